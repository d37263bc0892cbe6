"""Figure restatements: a sentence with no incident word of its own that restates how many
took part in an incident the text has just told ("Justice for North Korea puts the figure
closer to 600", "휴먼라이츠워치는 500명 이상으로, 북한정의연대는 약 600명으로 본다", "その数は
「500人超」とも「600人」とも言われる").

Each figure of such a sentence is a claim of its own about the incident it refers back to,
with the source named beside that figure. A sentence restates when it names a source or uses
a figure word (`lang/<lang>/restate.toml`: `cues`) and names no day of its own; figures of a part of the group ("13 women
among them", "이 중 여성 13명") and figures standing each after a place of their own (a
breakdown by province) are not restatements. The claims themselves are put together in
`claims`, which holds the assembly of a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refuge.extract import langdata
from refuge.extract.attribution import find_attribution
from refuge.extract.context import LOOKBACK, Context
from refuge.extract.counts import CountMention
from refuge.extract.dates import DateMention
from refuge.extract.rules import CLAUSE_MARKS
from refuge.extract.sections import section_at
from refuge.extract.triggers import Trigger
from refuge.gazetteer import PlaceMention
from refuge.records import Claim

# a figure this close after a place of its own is one line of a breakdown ("함경북도 240명")
BREAKDOWN_REACH = 4
# how far around a figure the words for other people or for a difference are looked for
OTHERS_REACH = 8


@dataclass(frozen=True)
class _Table:
    cues: re.Pattern[str] | None
    parts: re.Pattern[str] | None
    others: re.Pattern[str] | None
    source_before: re.Pattern[str] | None
    estimates: re.Pattern[str] | None
    told_before: re.Pattern[str] | None
    presence: re.Pattern[str] | None
    item_words: re.Pattern[str] | None
    lead_source: re.Pattern[str] | None
    asks: re.Pattern[str] | None
    follows: re.Pattern[str] | None
    # what may stand between a day and its figure in a run of them ("8월 29일 80명, 9월 18일에
    # 40명"); without it, a language reads no such run
    pair_gap: re.Pattern[str] | None


@langdata.per_language
def _table(lang: str) -> _Table:
    table = langdata.load(lang, "restate")

    pattern = langdata.either
    return _Table(
        pattern(table.get("cues", ()), re.IGNORECASE),
        pattern(table.get("parts", ()), re.IGNORECASE),
        pattern(table.get("others", ()), re.IGNORECASE),
        pattern(table.get("source_before", ())),
        pattern(table.get("estimates", ())),
        pattern(table.get("told_before", ()), re.IGNORECASE),
        pattern(table.get("presence", ()), re.IGNORECASE),
        pattern(table.get("item_words", ()), re.IGNORECASE),
        pattern(table.get("lead_source", ())),
        pattern(table.get("asks", ()), re.IGNORECASE),
        pattern(table.get("follows", ()), re.IGNORECASE),
        pattern(table.get("pair_gap", ())),
    )


def referent(ctx: Context, index: int, start: int, cued: bool) -> Claim | None:
    """The incident a restating sentence refers back to: the last claim told, in the same part
    of a timeline. Only a sentence that speaks of the figure ("the figure", "その数") reaches
    past the sentence just before, over a remark ("숫자는 단체마다 다르다") to the incident. A
    claim that pins nothing down ("Have you asked how many were sent back?": no day, no
    figure) stands for the incident of its kind told before it."""
    # a denial gives no figure; the figures after it are of the incident denied
    told = [(n, c) for n, c in ctx.recent if c.modality != "denied"]
    if not told:
        return None
    n, claim = told[-1]
    if index - n > (LOOKBACK if cued else 1):
        return None
    if section_at(ctx.sections, claim.evidence_start) != section_at(ctx.sections, start):
        return None
    if claim.date is None and claim.count is None:
        dated = (c for _, c in reversed(told) if c.type == claim.type and c.date)
        return next(dated, claim)
    return claim


def asked(ctx: Context, index: int, lang: str) -> tuple[int, str] | None:
    """The question asking how many ("Q: How many North Koreans hide in China?") that a
    sentence a few lines below answers, with its index, when no claim was told since it."""
    asks = _table(lang).asks
    if asks is None:
        return None
    told = ctx.recent[-1][0] if ctx.recent else -1
    for n in range(index - 1, max(told, index - 1 - LOOKBACK), -1):
        question = ctx.texts[n].strip()
        if question.endswith(("?", "？")) and asks.search(question):
            return n, question
    return None


def cued(text: str, lang: str) -> bool:
    """Whether a sentence speaks of the figure itself ("the toll", "그 수", "その数", "人数")."""
    cues = _table(lang).cues
    return bool(cues and cues.search(text))


def dated_pairs(
    text: str, lang: str, dates: list[DateMention], counts: list[CountMention]
) -> list[tuple[DateMention, CountMention]]:
    """The figures of a run that gives each its own day right before it ("지난해 10월 9일 500명
    이상, 9월 18일 40명, 8월 29일 80명이 그 안에 들어 있다"), paired with their days: two at least,
    every figure of the sentence, on days all different; else none."""
    gap = _table(lang).pair_gap
    if gap is None or len(counts) < 2:
        return []
    pairs = []
    for c in counts:
        day = next(
            (d for d in dates if d.end <= c.start and gap.fullmatch(text, d.end, c.start)), None
        )
        if day is None:
            return []
        pairs.append((day, c))
    return pairs if len({d.span for d, _ in pairs}) == len(pairs) else []


def follows_on(text: str, lang: str) -> bool:
    """Whether a sentence tells of a group that followed the one just told ("A smaller group of
    40 followed on the 18th", "9月18日又有40人")."""
    follows = _table(lang).follows
    return bool(follows and follows.search(text))


def gathered(text: str, lang: str) -> bool:
    """Whether a sentence tells how many were there ("当时大约有一百名支持者在场", "about 100
    supporters were on hand"): the people of a gathering told just before."""
    presence = _table(lang).presence
    return bool(presence and presence.search(text))


def only_estimates(triggers: list[Trigger], lang: str) -> bool:
    """Whether every incident word of a sentence is a verb of estimating ("한 단체는 700명
    이상으로 추산한다"): with nothing held, hidden or settled to count, it counts the people of
    the incident just told, not a stock."""
    estimates = _table(lang).estimates
    return bool(triggers and estimates) and all(
        estimates.fullmatch(t.surface) for t in triggers if estimates
    )


def restated_figures(
    text: str,
    lang: str,
    counts: list[CountMention],
    mentions: list[PlaceMention],
    told: Claim,
    source: str | None,
) -> list[tuple[CountMention, tuple[int, int]]]:
    """The figures of a restating sentence for the incident `told`, each with the stretch
    before it where its own source stands (from the figure before it). Left out: the group's
    own figure again, or a figure a demonstrative marks as told ("the two", "この31人"); parts
    of the group ("among them", or fewer than a group counted exactly: "the two women" of "a
    family of five"); other people or a difference ("several lawmakers", "相差一百人"); the
    teller (`source`: "据一名知情人士说"); and the lines of a breakdown by place."""
    if _breakdown(counts, mentions):
        return []
    at = text.find(source) if source else -1
    teller = (at, at + len(source)) if source and at >= 0 else (-1, -1)
    out = []
    lo = 0
    for c in counts:
        stretch = (lo, c.start)
        lo = c.end
        if not (
            teller[0] <= c.start < teller[1]
            or _not_a_figure_of(told, c, stretch, text, lang, mentions)
        ):
            out.append((c, stretch))
    return out


def _not_a_figure_of(
    told: Claim,
    c: CountMention,
    stretch: tuple[int, int],
    text: str,
    lang: str,
    mentions: list[PlaceMention],
) -> bool:
    """Whether figure `c` counts a part of the people of `told`, other people, or the same
    group again, rather than giving how many `told` concerned. A part that went one way
    ("이 가운데 단둥으로만 최대 200명", "このうち丹東経由は最大200人") is the incident's figure
    for that place."""
    table = _table(lang)
    # "among them" may stand before the part it counts or after it in its clause
    mark = CLAUSE_MARKS.search(text, c.end)
    # ...but not across a semicolon: "其中多数是女性；北韩正义连带则说是六百人" is another figure
    lo = max(stretch[0], text.rfind(";", 0, c.start) + 1, text.rfind("；", 0, c.start) + 1)
    hi = mark.start() if mark else len(text)
    near = text[lo:hi]
    routed = any(lo <= m.start and m.end <= hi and m.kind != "country" for m in mentions)
    if table.parts and table.parts.search(near) and not routed:
        return True
    around = text[max(0, c.start - OTHERS_REACH) : c.end + OTHERS_REACH]
    if table.others and table.others.search(around):
        return True
    # "この31人の家族が…", "judged that the two had committed crimes": the group told again
    if c.count == told.count or (table.told_before and table.told_before.search(text, 0, c.start)):
        return True
    whole, value = told.count, c.count.value or c.count.max
    return bool(
        whole and whole.qualifier == "exact" and whole.value and value and value < whole.value
    )


def _breakdown(counts: list[CountMention], mentions: list[PlaceMention]) -> bool:
    """'함경북도 240명, 양강도 210명, 평양 200여 명': two figures or more, each right after a
    place of its own, divide one group by place."""
    placed = [c for c in counts if any(0 <= c.start - m.end <= BREAKDOWN_REACH for m in mentions)]
    return len(placed) >= 2


def figure_source(text: str, lang: str, stretch: tuple[int, int]) -> str | None:
    """The source named in the stretch before a figure ("휴먼라이츠워치는 500명", "HRW put the
    number at 500, while JFNK said 600"), read as any source is, or as a topic just before it:
    in the figure's own clause first, then across the stretch ("A group in Seoul, JFNK, puts
    the figure at 600")."""
    marks = [m.end() for m in CLAUSE_MARKS.finditer(text, stretch[0], stretch[1])]
    starts = [marks[-1], stretch[0]] if marks else [stretch[0]]
    for start in starts:
        source = _named(text[start : stretch[1]], lang)
        if source:
            return source
    return None


def _named(piece: str, lang: str) -> str | None:
    """The source a stretch names: the topic right before the figure first, as it is the
    narrowest reading ("북송 인원에 대해 선교단체는" is the mission group), then any source."""
    before = _table(lang).source_before
    hit = before.search(piece) if before else None
    if hit:
        return hit.group("source").strip()
    own = find_attribution(piece, lang).source
    return own if own != "unnamed source" else None


# what a line of a list may hold besides its date and its figure: bullets, marks, a source in
# brackets ("· 8月29日：80人", "- 29 Aug.: 80 (HRW)")
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")
_LEFTOVER = re.compile(r"[\W_]*")
_LEAD_IN = re.compile(r"[:：]\s*$")


def is_item(text: str, lang: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a line holds only a date and a figure (`spans`: theirs), as a line of a list of
    incidents does; a time of day may go with the date (`item_words`)."""
    rest, pos = [], 0
    for start, end in sorted(spans):
        rest.append(text[pos:start])
        pos = max(pos, end)
    rest.append(text[pos:])
    left = _BRACKETED.sub(" ", " ".join(rest))
    words = _table(lang).item_words
    if words is not None:
        left = words.sub(" ", left)
    return _LEFTOVER.fullmatch(left) is not None


def leads_in(text: str) -> bool:
    """Whether a sentence announces a list after it ("它列出了三批：")."""
    return _LEAD_IN.search(text) is not None


def lead_source(text: str, lang: str) -> str | None:
    """Whose figures a lead-in announces ("人权观察（HRW）的统计，它列出了三批："), read as any
    source is, or as the owner of the statistics it names."""
    own = find_attribution(text, lang).source
    if own and own != "unnamed source":
        return own
    pattern = _table(lang).lead_source
    hit = pattern.search(text) if pattern else None
    return hit.group("source").strip() if hit else None
