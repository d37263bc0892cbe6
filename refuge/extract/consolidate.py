"""Consolidation of one document's claims: one claim per figure per incident.

Claims of the same type, figure or date told in other sentences (a headline and its body,
a sentence naming only the cities, the other language of a bilingual page) lend each other
dates and places; a figureless claim an already counted one tells is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from refuge.extract.context import other_province, specific_places
from refuge.extract.dates import find_dates
from refuge.records import Claim, DateSpan, Place

# a title is a short line that ends without a sentence mark
_TITLE_LEN = 100
_SENTENCE_END = re.compile(r"[.!?。！？]\W*$")


def consolidate(
    numbered: list[tuple[int, Claim]], text: str = "", published: date | None = None
) -> list[Claim]:
    """One claim per figure per incident.

    A headline leaves out the date the body gives for the same figure; a sentence without a
    figure ("북송은 9일 훈춘·투먼에서 진행됐다") adds the cities of an incident another sentence
    counts. The first takes the date, the second gives its places to the counted claims of
    the same type and date and is dropped.
    """
    claims = _titles_dated_by_body([c for _, c in numbered], text, published)
    out: list[Claim] = []
    for claim in claims:
        if claim.date is None and claim.count is not None:
            # a headline drops the qualifier ("60명 또 북송" over "60여 명을 넘긴"): the figure
            # is the same
            twin = next(
                (o for o in claims if o.type == claim.type and _same_figure(o, claim) and o.date),
                None,
            )
            if twin is not None:
                claim = replace(
                    claim, date=twin.date, places=merge_places(claim.places, specific_places(twin))
                )
        # a headline naming the kind of incident the body dates ("难民经马尼拉转赴南韩")
        if (
            claim.count is None
            and claim.date is None
            and claim.modality != "denied"
            and any(o.type == claim.type and o.date for o in claims)
        ):
            continue
        if claim.count is None and claim.date is not None and claim.modality != "denied":
            counted = [
                o
                for o in claims
                if o.count is not None and o.type == claim.type and o.date == claim.date
            ]
            if counted or _placed_twin(claim, claims):
                continue
        if _finer_twin(claim, claims):
            continue
        if claim.count is not None and claim.date is not None and not specific_places(claim):
            extra = [
                p
                for o in claims
                if o.type == claim.type and o.date == claim.date
                for p in specific_places(o)
                if not other_province(p, claim.places)
            ]
            claim = replace(claim, places=merge_places(claim.places, tuple(extra)))
        out.append(_with_translation_places(claim, claims))
    return out


def _titles_dated_by_body(claims: list[Claim], text: str, published: date | None) -> list[Claim]:
    """A headline or a section title restates an incident its body tells ("周四又有九名脱北者在
    丹东被抓" over "九名朝鲜人8月22日在辽宁丹东…被抓获"; "UN experts: hundreds still held in
    China" over "…said on 17 October that hundreds remain detained"): it is the body's claim,
    on the body's day. A title that names no day stands in the page's date, and its day words
    other than "today" ("목요일", "翌日") are read against it too, as is "同一天", which has no
    day before it to count from in a title; a body sentence dates the incident better. A
    calendar date or "今晨" written in a title is the title's own."""
    lines = [_title_line(text, c) for c in claims]
    body = [c for c, line in zip(claims, lines, strict=True) if line is None]
    if len(body) == len(claims):
        return claims
    out = []
    for claim, line in zip(claims, lines, strict=True):
        # a title with neither a figure nor a date is dropped below, where a body claim tells it
        told = claim.count is not None or claim.date is not None
        if line and told and not _writes_own_day(line, claim, published):
            day = _body_day(claim, body)
            if day is not None and not _within(day, claim.date):
                claim = replace(claim, date=day)
        out.append(claim)
    return out


def _title_line(text: str, claim: Claim) -> str | None:
    """The line a claim was read from, when that line is a title."""
    start = text.rfind("\n", 0, claim.evidence_start) + 1
    end = text.find("\n", claim.evidence_end)
    line = text[start : end if end >= 0 else len(text)].strip()
    return line if 0 < len(line) <= _TITLE_LEN and not _SENTENCE_END.search(line) else None


def _writes_own_day(line: str, claim: Claim, published: date | None) -> bool:
    """Whether the title itself writes the claim's day: a calendar date, or "today"."""
    if claim.date is None:
        return False
    return any(
        m.span == claim.date and not m.context_day and (not m.relative or m.span.start == published)
        for m in find_dates(line, claim.language, published)
    )


def _within(day: DateSpan, span: DateSpan | None) -> bool:
    """Whether a title's month or week holds the body's day: the title is then the coarser
    twin, which `_finer_twin` drops."""
    return span is not None and span.start <= day.start and day.end <= span.end


def _body_day(title: Claim, body: list[Claim]) -> DateSpan | None:
    """The one date the body gives incidents of the title's kind and figure; a title without a
    figure tells the one incident of its kind the body dates."""
    twins = [
        o
        for o in body
        if o.type == title.type
        and o.date is not None
        and o.modality != "denied"
        and (title.count is None or _same_figure(o, title))
    ]
    days = {o.date for o in twins}
    return days.pop() if len(days) == 1 else None


def _finer_twin(claim: Claim, claims: list[Claim]) -> bool:
    """'China sent more than 200 back last week' over '…upwards of 200 … were handed over last
    Friday': a lead dates a figure by the week or month the body dates to a day within it, and
    the body's day is the incident's."""
    when = claim.date
    if claim.count is None or when is None:
        return False
    return any(
        o is not claim
        and o.type == claim.type
        and o.count == claim.count
        and _same_scene(claim, o)
        and o.date is not None
        and when.start <= o.date.start
        and o.date.end <= when.end
        and (o.date.end - o.date.start) < (when.end - when.start)
        for o in claims
    )


def _same_scene(a: Claim, b: Claim) -> bool:
    """Whether two claims name no different cities: 200 at one centre late in April and 200
    at another on the 26th are two returns."""
    here, there = specific_places(a), specific_places(b)
    return not here or not there or bool(set(here) & set(there))


def _same_figure(a: Claim, b: Claim) -> bool:
    if a.count is None or b.count is None:
        return False
    if a.count.value is None:
        return a.count == b.count
    return a.count.value == b.count.value


def _placed_twin(claim: Claim, claims: list[Claim]) -> bool:
    """'…돌려보내지 말라고 요구하며 의원이 오늘부터 단식에 들어갔다. … 의원은 오늘 서울 …
    대사관 맞은편에서 단식 농성을 시작했다': a lead that names no place tells the incident
    the next sentence places, on the same day."""
    if specific_places(claim):
        return False
    return any(
        o is not claim
        and o.count is None
        and (o.type, o.date) == (claim.type, claim.date)
        and specific_places(o)
        for o in claims
    )


def _with_translation_places(claim: Claim, claims: list[Claim]) -> Claim:
    """The other language version of a bilingual page tells the same incident and may name
    where it happened ("중국대사관 앞" / "the Chinese Embassy in Washington, D.C.")."""
    twins = [
        o
        for o in claims
        if o.language != claim.language
        and (o.type, o.date, o.count) == (claim.type, claim.date, claim.count)
    ]
    extra = tuple(p for o in twins for p in specific_places(o))
    return replace(claim, places=merge_places(claim.places, extra)) if extra else claim


def merge_places(a: tuple[Place, ...], b: tuple[Place, ...]) -> tuple[Place, ...]:
    return a + tuple(p for p in b if p not in a)
