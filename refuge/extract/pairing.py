"""Pairing figures and incident words with their dates.

Distances between mentions that count clause marks and the side a date takes in the
language; the dates of what happened rather than of when it was said; and the date of one
figure: between it and its incident word, its own in an enumeration, else the nearest.
"""

from __future__ import annotations

from datetime import date, timedelta

from refuge.extract.context import Context, day_told, same_paragraph
from refuge.extract.dates import DateMention, find_dates
from refuge.extract.rules import CLAUSE_MARKS, QUOTE, LangRules, lang_rules
from refuge.extract.triggers import Trigger
from refuge.records import DateSpan

# penalties, in characters of distance, when pairing a figure with an incident word or a date
CLAUSE_PENALTY = 25
WRONG_SIDE_PENALTY = 20
# how far from its figure a date in an enumeration may stand
OWN_DATE_REACH = 60
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# kinds told as a state that holds on a day rather than an act done on it
STATES = ("detention", "population_estimate", "disappearance")


def gap(a: tuple[int, int], b: tuple[int, int], text: str, wrong_side: str | None) -> float:
    """Distance from mention a to mention b, longer across clause marks and on the wrong side
    ("after": b should not follow a; "before": b should not precede a)."""
    if b[0] < a[1] and a[0] < b[1]:
        # an incident word whose pattern takes the figure in ("今も数百人が…拘束され") holds it
        return 0.0
    if b[0] >= a[1]:
        between, side = text[a[1] : b[0]], "after"
    else:
        between, side = text[b[1] : a[0]], "before"
    cost = len(between) + CLAUSE_PENALTY * len(CLAUSE_MARKS.findall(between))
    return cost + (WRONG_SIDE_PENALTY if side == wrong_side else 0)


def window_date(window: tuple[int, int], trigger: Trigger, dates: list) -> DateMention | None:
    inside = [d for d in dates if window[0] <= d.start and d.end <= window[1]]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d.start - trigger.end))


def event_dates(
    text: str,
    lang: str,
    anchor: date | None,
    previous: date | None = None,
    statements: bool = False,
    ahead: bool = False,
    story: date | None = None,
    today: date | None = None,
    expect: bool = False,
    era: date | None = None,
) -> list:
    """Dates of what happened, not of when it was said; with `statements`, the date a report
    was made stays, since it dates the estimate the report gives ("a report presented last
    October said that as many as 2,000 were held")."""
    rules = lang_rules(lang)
    out = []
    for d in find_dates(text, lang, anchor, previous, ahead, story, today, expect, era):
        if not statements and _said_on(d, text, rules):
            continue
        if _spoken_on(d, text, rules):
            continue
        out.append(d)
    return out


def statement_days(
    text: str, lang: str, anchor: date | None, previous: date | None = None
) -> list[date]:
    """The single days `text` says something was stated on ("団体が11日明らかにした")."""
    rules = lang_rules(lang)
    return [
        d.span.start
        for d in find_dates(text, lang, anchor, previous)
        if d.span.precision == "day"
        and d.span.start == d.span.end
        and (_said_on(d, text, rules) or _spoken_on(d, text, rules))
    ]


def _said_on(d: DateMention, text: str, rules: LangRules) -> bool:
    """'団体が11日明らかにした', '13日、…送還されたと認めた': a date before a verb of telling;
    not one after the subject of the clause told ('200人が先月末、…送還されたと報じた')."""
    if rules.speech_next and rules.speech_next.match(text, d.end):
        return True
    if not (rules.speech_after and rules.speech_after.search(text[d.end : d.end + 24])):
        return False
    return not (rules.told_before and rules.told_before.search(text[max(0, d.start - 8) : d.start]))


def _spoken_on(d: DateMention, text: str, rules: LangRules) -> bool:
    """'代表は2日、…と明らかにした': a date right after a speaker is when they spoke, when it is
    set off from what follows (`speech_set_off`); one joined to a verb further on ('専門家らは、
    今月9日に…送還されたとの報告') dates what they spoke of."""
    if rules.speech_before is None or not rules.speech_before.search(
        text[max(0, d.start - 24) : d.start]
    ):
        return False
    if rules.speech_verbs is not None and not rules.speech_verbs.search(text, d.end):
        return False
    return rules.speech_set_off is None or bool(rules.speech_set_off.match(text, d.end))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted text: a slogan or a statement in quotes carries its own dates."""
    return [m.span() for m in QUOTE.finditer(text)]


def quote_at(quotes: list[tuple[int, int]], pos: int) -> int | None:
    return next((i for i, (s, e) in enumerate(quotes) if s <= pos < e), None)


def nearest_date(
    span: tuple[int, int], dates: list, text: str, lang: str, trigger: Trigger | None = None
) -> DateMention | None:
    """The date of a figure: one standing between it and its incident word ("2명을 7일 추방"),
    else the nearest, preferring the side dates take in the language."""
    quotes = quote_spans(text)
    dates = [d for d in dates if quote_at(quotes, d.start) == quote_at(quotes, span[0])]
    if not dates:
        return None
    if trigger is not None:
        lo, hi = min(span[1], trigger.end), max(span[0], trigger.start)
        between = [d for d in dates if lo <= d.start and d.end <= hi]
        if between:
            return between[-1]
    side = None if lang == "en" else "after"
    return min(dates, key=lambda d: gap(span, (d.start, d.end), text, side))


def day_of(ctx: Context, mention: DateMention | None, kind: str) -> DateSpan | None:
    """The span of a claim's date mention; "이날" or "the same day" is the day of the last
    incident of the same kind when one was told, not merely the last day named, and "전날",
    "the next day" the day before or after it."""
    if mention is None:
        return None
    if mention.context_day:
        for _, claim in reversed(ctx.recent):
            d = claim.date
            if claim.type == kind and d is not None and d.precision == "day" and d.start == d.end:
                day = d.start + timedelta(days=mention.shift)
                return DateSpan(day, day, "day")
    return mention.span


def own_date(
    span: tuple[int, int], counts: list, dates: list, text: str, lang: str
) -> DateSpan | None:
    """In an enumeration ("more than 500 on Oct. 9, another 40 on Sept. 18, 80 on Aug. 29",
    "8월 29일엔 80명, 9월 18일엔 40명이") each figure has its own date: the one in its own
    stretch between clause marks, else the one on the side dates take in the language, before
    the next figure begins."""
    if len(counts) < 2 or len(dates) < 2:
        return None
    segment = _segment(text, span)
    inside = [d for d in dates if segment[0] <= d.start and d.end <= segment[1]]
    alone = not any(segment[0] <= c.start < segment[1] and c.start != span[0] for c in counts)
    if inside and alone:
        # "took place this year: 80 people on Aug. 29": the item's day, not the list's year
        finest = min(_PRECISION_RANK[d.span.precision] for d in inside)
        inside = [d for d in inside if _PRECISION_RANK[d.span.precision] == finest]
        return min(inside, key=lambda d: gap(span, (d.start, d.end), text, None)).span
    if lang == "en":
        limit = min((c.start for c in counts if c.start >= span[1]), default=None)
        after = [d for d in dates if d.start >= span[1] and (limit is None or d.end <= limit)]
        if after and after[0].start - span[1] <= OWN_DATE_REACH:
            return after[0].span
        return None
    floor = max((c.end for c in counts if c.end <= span[0]), default=None)
    before = [d for d in dates if d.end <= span[0] and (floor is None or d.start >= floor)]
    if before and span[0] - before[-1].end <= OWN_DATE_REACH:
        return before[-1].span
    return None


def _segment(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The stretch of `text` between the clause marks around the mention at `span`."""
    starts = [m.end() for m in CLAUSE_MARKS.finditer(text, 0, span[0])]
    after = CLAUSE_MARKS.search(text, span[1])
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def paragraph_date(ctx: Context, index: int, start: int, lang: str) -> DateSpan | None:
    """'작년 10월 9일 밤에는 규모가 달랐다. HRW 집계로 하룻밤 사이에 500명 넘는 사람이
    돌려보내졌다', 'The worst came on the night of 9 October. Rights groups say over 500 were
    sent back': the date of an incident its own sentence leaves undated is the one the sentence
    just before it in the paragraph names, when that sentence told no incident of its own."""
    if not same_paragraph(ctx, index, start):
        return None
    told = [c for n, c in ctx.recent if n == index - 1]
    if told:
        # "五名北韩人8日试图冲进总领馆。…武警把两名妇女拖走": the scene the sentence before
        # told goes on, on its one day
        # a state told as of the text's date ("이들은 현재 갇혀 있다") dates no act after it
        if any(c.modality in ("denied", "conditional") or c.type in STATES for c in told):
            return None
        spans = {c.date for c in told}
        return spans.pop() if len(spans) == 1 and None not in spans else None
    before = ctx.texts[index - 1]
    # "gave a smaller number for that same day": a day word there counts from the day told
    told_day = day_told(ctx, index - 1, before, lang)
    found = event_dates(before, lang, ctx.published, told_day, today=ctx.published, era=ctx.era)
    spans = {d.span for d in found}
    if len(spans) != 1:
        return None
    (span,) = spans
    if ctx.published is not None and span.start > ctx.published:
        return None
    return span
