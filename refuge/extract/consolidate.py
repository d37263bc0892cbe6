"""Consolidation of one document's claims: one claim per figure per incident.

Claims of the same type, figure or date told in other sentences (a headline and its body,
a sentence naming only the cities, the other language of a bilingual page) lend each other
dates and places; a figureless claim an already counted one tells is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from refuge.extract.context import other_province, specific_places
from refuge.records import Claim, DateSpan, Place


def consolidate(
    numbered: list[tuple[int, Claim]],
    headlines: frozenset[int] = frozenset(),
    worded: frozenset[int] = frozenset(),
) -> list[Claim]:
    """One claim per figure per incident.

    A headline leaves out the date the body gives for the same figure; a sentence without a
    figure ("북송은 9일 훈춘·투먼에서 진행됐다") adds the cities of an incident another sentence
    counts. The first takes the date, the second gives its places to the counted claims of
    the same type and date and is dropped. A longer headline of words (`worded`: "Action
    alert: rally and press conference at the Chinese Embassy this week") is dropped only where
    it lacks the figure or the date of what the body tells.
    """
    claims = [
        c
        for i, c in numbered
        if not (i in headlines and _told_below(i, c, numbered, headlines))
        and not (
            i in worded and _sketched(c, numbered) and _told_below(i, c, numbered, worded, True)
        )
    ]
    claims = _dated_by_the_next(claims, numbered)
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
            # "the mass expulsion this week" over "more than 500 were returned on Monday": a
            # figureless claim of a week or month holding the day a figure is told on is that
            # incident told again
            counted = [
                o
                for o in claims
                if o.count is not None and o.type == claim.type and _within(o.date, claim.date)
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


def _within(inner: DateSpan | None, outer: DateSpan) -> bool:
    """Whether `inner` is `outer`, or a day of the week, month or year `outer` names; a span
    running from a day to another ("since the 14th") is a campaign of its own."""
    if inner is None:
        return False
    if inner == outer:
        return True
    period = outer.precision in ("month", "year") or (outer.end - outer.start).days == WEEK
    return period and outer.start <= inner.start and inner.end <= outer.end


# the days a week spans after its first
WEEK = 6


def _dated_by_the_next(claims: list[Claim], numbered: list[tuple[int, Claim]]) -> list[Claim]:
    """'…恵山へ移された脱北者が200人を上回ると伝えた。移送は今月8日から9日にかけて行われた':
    a figure told without a day takes the day of the same kind of incident the very next
    sentence dates without a figure; that sentence only tells when it took place."""
    where = {id(c): i for i, c in numbered}
    out = list(claims)
    for n, claim in enumerate(out):
        if claim.date is not None or claim.count is None:
            continue
        if any(o.type == claim.type and _same_figure(o, claim) and o.date for o in claims):
            # the same figure dated elsewhere ("40 on September 18") dates it
            continue
        after = where.get(id(claim), -2) + 1
        dating = next(
            (
                o
                for o in claims
                if where.get(id(o)) == after
                and o.type == claim.type
                and o.count is None
                and o.date is not None
            ),
            None,
        )
        if dating is not None:
            out[n] = replace(claim, date=dating.date)
    return out


def _sketched(claim: Claim, numbered: list[tuple[int, Claim]]) -> bool:
    """A headline claim without a figure, or without a date and a figure the body dates."""
    if claim.count is None:
        return True
    return claim.date is None and not any(
        o is not claim and o.type == claim.type and _same_figure(o, claim) and o.date
        for _, o in numbered
    )


def _told_below(
    index: int,
    claim: Claim,
    numbered: list[tuple[int, Claim]],
    headlines: frozenset[int],
    sized: bool = False,
) -> bool:
    """'中方将约六百名朝鲜人押回朝鲜' over the lead that dates the 600: a headline restates an
    incident the body tells, of the same type and figure (any figure, when it gives none); its
    relative day words ("今日", "翌日", "同一天") count from the page's date, not the story's,
    so the body's claim is the one to keep."""
    return any(
        j > index
        and j not in headlines
        and o.type == claim.type
        # "Family of seven reaches Seoul" over "they flew on to Seoul": a long headline sizes
        # an arrival the body tells without its figure
        and (claim.count is None or (sized and o.count is None) or _same_figure(o, claim))
        for j, o in numbered
    )


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
    return a + tuple(dict.fromkeys(p for p in b if p not in a))
