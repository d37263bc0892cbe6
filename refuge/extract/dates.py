"""Dates in running text, resolved to `DateSpan`s against the date of the text (the anchor).

Absolute forms ("October 9, 2023", "2023년 10월 9일", "2023年10月9日"), partial ones ("Oct. 12",
"10月9日", "9일"), months and parts of months ("late August", "8월 말", "8月底"), years, spans
("between 2005 and 2007", "5~6월", "2月8日から12日") and relative forms ("yesterday", "지난 9일",
"先月18日", "本週一", "two weeks ago") are all found by regex patterns kept per language in
`lang/<code>/dates.toml`; this module fills in what the text leaves out. A weekday written beside
a date is a check: a mismatch is put in `DateSpan.note`, not silently fixed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from refuge.extract.langdata import Guarded, guarded, load, per_language
from refuge.extract.numbers import fold, parse_number
from refuge.extract.rules import CLAUSE_MARKS, QUOTE
from refuge.records import DateSpan, Precision


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    span: DateSpan
    relative: bool
    # "이날", "that day": the day of an incident told before, which the caller may know better
    context_day: bool = False
    # "10年前の今日", "5년 전 이날": the day a retrospective sets its story on
    story: bool = False
    # how many days on from the day told a context day is ("전날" -1, "翌日" 1, "同日" 0)
    shift: int = 0


# Day ranges of the parts of a month and month ranges of the parts of a year.
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "end": (21, 31)}
_YEAR_PARTS = {
    "early": (1, 3),
    "mid": (5, 8),
    "late": (9, 12),
    "end": (12, 12),
    "first_half": (1, 6),
    "second_half": (7, 12),
}
_PRECISION_ORDER: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}
_WEEKDAY_NAMES = list(calendar.day_name)
# A month/day without a year takes the year of an explicit date written this close before it.
_CONTEXT_REACH = 300
_HALF_WEEK = timedelta(days=3)
# How far ahead of the text a date without a year may lie.
_FUTURE_REACH = 31
# How far before a date the verb that tells it as past may stand ("returned on").
PAST_REACH = 30
_GROUP_TABLES = {
    "mn": "months",
    "mn2": "months",
    "wd": "weekdays",
    "wds": "weekdays_short",
    "wdx": "weekdays_short",
    "wdy": "weekdays",
    "wde": "weekdays",
    "drel": "day_words",
    "seq": "sequel_words",
    "yrel": "year_words",
    "mrel": "month_words",
    "wrel": "week_words",
    "part": "parts",
    "unit": "ago_units",
    "era": "eras",
}


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    groups: dict[str, str]


@dataclass(frozen=True)
class _Resolved:
    span: DateSpan
    relative: bool
    explicit_month: tuple[int, int] | None


def date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where dates are written in `text`, resolved or not; numbers inside them are not counts."""
    return [(r.start, r.end) for r in _scan(fold(text), lang)]


def has_sequel(text: str, lang: str) -> bool:
    """Whether `text` dates something from a day told before it ("the next morning")."""
    words = _sequel_words(lang)
    folded = fold(text)
    return bool(words and words.search(folded)) or _sequel_day(lang, folded)


def _sequel_day(lang: str, folded: str) -> bool:
    """'翌15日': the day after the one told, named by its day of the month (`sequel_days`)."""
    days = load(lang, "dates").get("sequel_days", []) if lang in ("ko", "en", "ja", "zh") else []
    return any(re.search(p, folded) for p in days)


def has_context_day(text: str, lang: str) -> bool:
    """Whether `text` holds a word for a day told before it ("次日", "当天", "이날"), or a day of
    the month or year told before it ("5日後の同月7日", "同年9月18日", "같은 달 18일")."""
    if lang not in ("ko", "en", "ja", "zh"):
        return False
    table = load(lang, "dates")
    return any(
        _context_word(raw, table) or "same_month" in raw.groups or "same_year" in raw.groups
        for raw in _scan(fold(text), lang)
    )


@per_language
def _sequel_words(lang: str) -> re.Pattern[str] | None:
    words = load(lang, "dates").get("sequel_words", {}) if lang in ("ko", "en", "ja", "zh") else {}
    # Japanese and Chinese write no spaces: a word boundary never falls inside "一家は翌日、";
    # Korean attaches its endings to the word ("닷새 뒤인", "이틀 후에"), so only its start is
    # marked.
    before, after = {"en": (r"\b", r"\b"), "ko": ("(?<![가-힣])", "")}.get(lang, ("", ""))
    return re.compile(rf"{before}{_alternation(words)}{after}", re.IGNORECASE) if words else None


def find_dates(
    text: str,
    lang: str,
    anchor: date | None,
    previous: date | None = None,
    ahead: bool = False,
    story: date | None = None,
    today: date | None = None,
    expect: bool = False,
    era: date | None = None,
) -> list[DateMention]:
    """Date mentions in `text`, in order. Without an anchor, only self-contained dates resolve.

    "The next morning" counts from the last day named before it, in `text` or, failing that,
    `previous` (the last day the text before it named). With `ahead` (the text announces
    something), a bare weekday is the coming one ("will be held on Saturday"). "이날", "같은
    날", "that day" (the table's `context_days`) count from `previous` too, or from the last day
    named earlier in `text` itself, and fall back to the anchor. `story` is the day a
    retrospective set its story on ("10年前の今日"): a date without a year is of its year.
    `today` is the page's own date, which such an anniversary counts from even where the text
    around it stands in another date. With `expect` (the text announces or expects something,
    "18日にも到着する見通し"), a bare day after the text's own day is still to come; otherwise
    it is of the month before. `era` is the last day the text before wrote in full in an
    earlier year than the text's own ("2019年11月7日"): a month without its year told after it
    is of its year when it is that same month ("on Nov. 2") or the text says so ("同年11月2日")."""
    return list(_dates(text, lang, anchor, previous, ahead, story, today, expect, era))


# A sentence's dates are asked for by its claims, its sections and the pairing of its figures,
# often with the same anchors; they depend on the arguments alone, so they are kept.
@lru_cache(maxsize=8192)
def _dates(
    text: str,
    lang: str,
    anchor: date | None,
    previous: date | None,
    ahead: bool,
    story: date | None,
    today: date | None,
    expect: bool,
    era: date | None = None,
) -> tuple[DateMention, ...]:
    day = previous
    if lang not in ("ko", "en", "ja", "zh"):
        return ()
    folded = fold(text)
    table = load(lang, "dates")
    raws = _scan(folded, lang)
    out: list[DateMention] = []
    roles: list[str] = []
    context: tuple[int, int, int] | None = None  # year, month, end offset of an explicit date
    # year, month and end offset of the last date that wrote its month: "3월 14일 … 나흘 만인
    # 18일", "March 14 … on the 18th" is a day of that month, wherever the text stands
    month_told: tuple[int, int, int] | None = None
    # A story the text told in an earlier year goes on in it: "5년 전 이날 … 이들은 그보다 닷새
    # 앞선 11월 2일 붙잡혔다" is 2 November of that year, not of the text's.
    told = previous if previous and anchor and previous.year < anchor.year else story
    story_month = (told.year, told.month) if told else None
    own_day = False  # whether `day` is now one this text named
    day_at = -1  # where in `text` the day `day` holds was named
    quotes = [m.span() for m in QUOTE.finditer(folded)]
    # the day and where it was named before a day told inside a relative clause on counted
    # people, with where that clause ends: "当天" past the clause counts from the day before it
    outer: tuple[date | None, bool, int, int] | None = None
    i = 0
    while i < len(raws):
        raw = raws[i]
        role = _role(raw.groups)
        if "seq" in raw.groups:
            days = [m.span.end for m in out if m.span.precision == "day"]
            base = days[-1] if days else previous
            offset = _lookup(table, "seq", raw.groups["seq"])
            if base is not None and offset is not None:
                day = base + timedelta(days=offset)
                span = DateSpan(day, day, "day")
                out.append(DateMention(raw.start, raw.end, text[raw.start : raw.end], span, True))
                # "on the same day, the 8th": a calendar day beside it restates it
                roles.append("dayword")
            i += 1
            continue
        near = context[:2] if context and raw.start - context[2] <= _CONTEXT_REACH else story_month
        if month_told and _bare_day(raw.groups) and raw.start - month_told[2] <= _CONTEXT_REACH:
            near = month_told[:2]
        last = day or told or anchor
        if near is None and era is not None and _of_era(raw.groups, lang, table, era):
            near = (era.year, era.month)
        if "same_year" in raw.groups and near is None and last is not None:
            # "同年11月2日", "같은 해 11월": the year of the last day named, else of the text
            near = (last.year, last.month)
        if "same_month" in raw.groups and last is not None:
            # "같은 달 18일", "同じ月の8日": the month of the last day named, else of the text
            near = (last.year, last.month)
        base = day if _context_word(raw, table) else None
        if base is not None and outer is not None and raw.start >= outer[3]:
            base, own_day, day_at = outer[0], outer[1], outer[2]
        told_outside = own_day and _quote_of(quotes, day_at) != _quote_of(quotes, raw.start)
        if base is not None and told_outside and _quote_of(quotes, raw.start) is not None:
            # 대표는 9일 "… 그날 넘겨졌다"고 말했다: "that day" in a quote is a day the speaker
            # told of, not the day they spoke on outside it
            base, own_day = previous or day, previous is None
        if "anniversary" in raw.groups:
            base = today
        first = _resolve(raw.groups, lang, base or anchor, near, ahead, expect)
        if first is not None and not (ahead or expect) and _told_past(folded, raw, table):
            first = _not_ahead(first, anchor)
        if first is None:
            i += 1
            continue
        start, end, resolved = raw.start, raw.end, first
        if i + 1 < len(raws) and _joined(folded, raw, raws[i + 1], table):
            ctx = (first.span.start.year, first.span.start.month)
            second = _resolve(raws[i + 1].groups, lang, anchor, ctx, ahead, expect)
            if second is not None and _mergeable(first.span, second.span):
                precision = max(
                    first.span.precision, second.span.precision, key=_PRECISION_ORDER.__getitem__
                )
                note = "; ".join(n for n in (first.span.note, second.span.note) if n) or None
                span = DateSpan(first.span.start, second.span.end, precision, note)
                # "2012年2月至3月", "October 8 to 9, 2023": the second end takes its year from
                # the first, so a span whose first end is written in full is no relative date
                borrowed = first.explicit_month is not None and second.span.end.year == ctx[0]
                relative = first.relative or (second.relative and not borrowed)
                resolved = _Resolved(span, relative, first.explicit_month)
                end = raws[i + 1].end
                i += 1
        resolved = _extend_since(folded, start, end, resolved, table, anchor)
        if resolved.explicit_month:
            context = (*resolved.explicit_month, end)
        if _names_month(raw.groups) and resolved.span.precision == "day":
            month_told = (resolved.span.end.year, resolved.span.end.month, end)
        mention = DateMention(start, end, text[start:end], resolved.span, resolved.relative)
        if (
            _context_word(raw, table)
            and own_day
            and out
            and out[-1].span.start == out[-1].span.end == day
            and _anchors(folded, out[-1], start)
        ):
            # "亚运会8日闭幕后的第二天": the day the event was on only anchors the day after it
            out.pop()
            roles.pop()
        out.append(
            replace(
                mention,
                context_day=_context_word(raw, table) and not own_day,
                story="anniversary" in raw.groups,
                shift=_lookup(table, "drel", raw.groups["drel"]) or 0
                if _context_word(raw, table)
                else 0,
            )
        )
        roles.append(role)
        if resolved.span.precision == "day" and resolved.span.start == resolved.span.end:
            clause_end = _relative_clause_end(folded, start, end, lang)
            outer = (day, own_day, day_at, clause_end) if clause_end is not None else None
            day, own_day, day_at = resolved.span.start, True, start
        i += 1
    return tuple(_appose(out, roles, text, lang))


def _of_era(groups: dict[str, str], lang: str, table: dict[str, Any], era: date) -> bool:
    """Whether a date without a year belongs to the story told of an earlier year: it says
    "the same year", or it names the month that story's day fell in ("Nov. 7, 2019 … seized on
    Nov. 2")."""
    if "y" in groups or "yrel" in groups or "mrel" in groups or "wpast" in groups:
        return False
    if "same_year" in groups:
        return True
    if "m" in groups:
        month = parse_number(groups["m"], lang)
    elif "mn" in groups:
        month = _lookup(table, "mn", groups["mn"])
    else:
        return False
    return month == era.month and "m2" not in groups and "mn2" not in groups


def _relative_clause_end(folded: str, start: int, end: int, lang: str) -> int | None:
    """Where the relative clause a day stands in ends, when it describes people counted just
    before it (`relative_day` in the dates table: "两名上周六（2日）在东海被扣押的北韩男子，"):
    that day is theirs, not the main clause's."""
    rule = _relative_day_rule(lang)
    if rule is None or not rule[0].search(folded[max(0, start - 8) : start]):
        return None
    m = rule[1].match(folded, end)
    return m.end() if m else None


@cache
def _relative_day_rule(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = load(lang, "dates").get("relative_day") if lang in ("ko", "en", "ja", "zh") else None
    if not table:
        return None
    return re.compile(table["before"]), re.compile(table["after"])


# how close before a day word counted from it a day must stand to be only its anchor
_ANCHOR_REACH = 8


def _anchors(folded: str, before: DateMention, start: int) -> bool:
    """Whether the day just before a context day word is only what it counts from ("8日闭幕后的
    第二天"): close before it, with no clause mark between."""
    between = folded[before.end : start]
    return len(between) <= _ANCHOR_REACH and not CLAUSE_MARKS.search(between)


def _quote_of(quotes: list[tuple[int, int]], pos: int) -> int | None:
    return next((i for i, (s, e) in enumerate(quotes) if s <= pos < e), None)


def _names_month(groups: dict[str, str]) -> bool:
    return "d" in groups and bool({"m", "mn"} & set(groups))


def _bare_day(groups: dict[str, str]) -> bool:
    """A day of the month with nothing that places its month ("18일", "the 18th", "18日")."""
    placing = {"m", "mn", "y", "mrel", "yrel", "dpast", "dnext", "same_month", "wrel", "wd", "wds"}
    return "d" in groups and not placing & set(groups)


def _role(groups: dict[str, str]) -> str:
    """'dayword' ("yesterday"), 'weekday' (a bare "Monday"), 'day' (a calendar day) or 'other'."""
    if "drel" in groups:
        return "dayword"
    if ("wd" in groups or "wds" in groups) and "d" not in groups:
        # "Monday", and "last Monday", "이번 주 월요일", "先週の月曜日" beside a calendar day
        return "weekday"
    return "day" if "d" in groups else "other"


def _appose(
    mentions: list[DateMention], roles: list[str], text: str, lang: str
) -> list[DateMention]:
    """A day word or weekday written beside a calendar day restates it ("yesterday, Monday,
    October 9th", "10월 9일 월요일", "今天（13日）", "on Monday (Oct 9)"): the calendar day is
    the date, the weekday only checks it, and a day word resolved against a later text must not
    outvote it. A weekday after a day word ("tomorrow, Friday") only checks it too."""
    table = load(lang, "dates")
    out: list[DateMention] = []
    out_roles: list[str] = []
    for mention, role in zip(mentions, roles, strict=True):
        between = text[out[-1].end : mention.start] if out else ""
        if out and (re.fullmatch(r"[\s,]*[(（]?", between) or _joins(table, between)):
            last, last_role = out[-1], out_roles[-1]
            if last_role == "dayword" and role == "day":
                # the mention is both words ("내일(13일)"), dated by the calendar day, in the
                # month of the day word where both name the same day of the month
                said, span = last.span, mention.span
                if (
                    said.start == said.end
                    and span.start == span.end
                    and said.start.day == span.start.day
                ):
                    span = replace(span, start=said.start, end=said.end)
                merged = replace(
                    mention, start=last.start, text=text[last.start : mention.end], span=span
                )
                out[-1], out_roles[-1] = merged, role
                continue
            if last_role == "weekday" and role == "day":
                # "on Monday (Oct 9)": the day the weekday stands before, which it checks
                last, mention = mention, last
            if (last_role in ("day", "dayword") and role == "weekday") or (
                last_role == "weekday" and role == "day"
            ):
                weekday = _weekday_named(table, mention.text)
                span = last.span
                if weekday is not None and weekday != span.start.weekday():
                    note = f"weekday {_WEEKDAY_NAMES[weekday]} does not match {span.start}"
                    span = DateSpan(span.start, span.end, span.precision, note)
                start, end = min(last.start, mention.start), max(last.end, mention.end)
                out[-1] = DateMention(start, end, text[start:end], span, last.relative)
                out_roles[-1] = "day" if "day" in (role, last_role) else last_role
                continue
        out.append(mention)
        out_roles.append(role)
    return out


def _weekday_named(table: dict[str, Any], text: str) -> int | None:
    """The weekday a mention ends in ("지난 월요일", "先週の月曜日", "Monday"), which checks the
    calendar day beside it."""
    words = sorted(table["weekdays"].items(), key=lambda kv: len(kv[0]), reverse=True)
    folded = text.strip().lower()
    return next((n for word, n in words if folded.endswith(word.lower())), None)


def _joins(table: dict[str, Any], between: str) -> bool:
    """Whether the words between two dates set the second beside the first ("전날인 8일",
    "前日の8日"): the table's `apposition`."""
    joiners = table.get("apposition", ())
    return bool(joiners) and re.fullmatch("|".join(joiners), between) is not None


# ---- finding --------------------------------------------------------------------------------


def _alternation(words: Any, case_sensitive: bool = False) -> str:
    ordered = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered) or "(?!)"
    if ordered and all(ordered):
        # The engine tries every word at every position of a text; a class of their first
        # letters turns most positions away at one test (what matches is unchanged).
        firsts = "".join(sorted({re.escape(w[0]) for w in ordered}))
        body = f"(?=[{firsts}])(?:{body})"
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


@per_language
def _patterns(lang: str) -> tuple[Guarded, ...]:
    table = load(lang, "dates")
    # plain strings of the table ("year", "num", "end", ...) are pattern pieces of their own
    raw = {k: v for k, v in table.items() if isinstance(v, str) and k != "flags"}
    fills = {
        **raw,
        "end": table.get("end", ""),
        "mname": _alternation(table.get("months", {})),
        "mname_alone": _alternation(table.get("months_alone", {}), case_sensitive=True),
        "wd": _alternation(table["weekdays"]),
        "wdshort": _alternation(table["weekdays_short"]),
        "drel": _alternation(table["day_words"]),
        "seq": _alternation(table.get("sequel_words", {})),
        "yrel": _alternation(table["year_words"]),
        "mrel": _alternation(table["month_words"]),
        "wrel": _alternation(table["week_words"]),
        "part": _alternation(table["parts"]),
        "past": _alternation(table["past"]),
        "future": _alternation(table["future"]),
        "unit": _alternation(table["ago_units"]),
        "ago_number": _alternation(table.get("ago_numbers", {})),
        "ago_day": _alternation(table.get("ago_days", {})),
        "era": _alternation(table.get("eras", {})),
    }
    flags = re.IGNORECASE if "i" in table.get("flags", "") else 0
    compiled = []
    for source in table["patterns"]:
        for key, value in fills.items():
            source = source.replace("{" + key + "}", value)
        # every sentence is scanned with every pattern; most hold no word or mark it needs
        compiled.append(guarded(re.compile(source, flags)))
    return tuple(compiled)


# A sentence is scanned for dates by its counts, its sections and each anchor its dates are
# resolved against; the scan depends on the text alone, so it is kept for the next caller.
@lru_cache(maxsize=4096)
def _scan(text: str, lang: str) -> tuple[_Raw, ...]:
    """Every pattern's matches; overlaps go to the leftmost, then longest, then earliest pattern."""
    if lang not in ("ko", "en", "ja", "zh"):
        return ()
    found: list[tuple[int, int, int, dict[str, str]]] = []
    for rank, pattern in enumerate(_patterns(lang)):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            start = m.end("lead") if m.groupdict().get("lead") else m.start()
            groups = {k: v for k, v in m.groupdict().items() if v is not None and k != "lead"}
            found.append((start, m.end(), rank, groups))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2]))
    chosen: list[_Raw] = []
    for start, end, _, groups in found:
        if chosen and start < chosen[-1].end:
            continue
        chosen.append(_Raw(start, end, groups))
    return tuple(chosen)


def _joined(text: str, first: _Raw, second: _Raw, table: dict[str, Any]) -> bool:
    between = text[first.end : second.start]
    return _joiner(tuple(table["span_joiners"])).fullmatch(between) is not None


# The small patterns built from a table's word lists are compiled once per list: they are
# tried at every date of every sentence.
@cache
def _joiner(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s*{_alternation(words)}\s*", re.IGNORECASE)


@cache
def _since_before(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b{_alternation(words)}\s+$", re.I)


@cache
def _since_after(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s?(?:{_alternation(words)})")


@cache
def _past_before(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(words)})\s*$", re.IGNORECASE)


def _mergeable(first: DateSpan, second: DateSpan) -> bool:
    return first.precision == second.precision and first.start < second.end


def _extend_since(
    text: str,
    start: int,
    end: int,
    resolved: _Resolved,
    table: dict[str, Any],
    anchor: date | None,
) -> _Resolved:
    """ "since January 2024", "今年1月以来", "21日起" run on to the date of the text."""
    words, after = table.get("since", []), table.get("since_after", [])
    if not (words or after) or anchor is None or anchor <= resolved.span.end:
        return resolved
    before_hit = words and _since_before(tuple(words)).search(text[max(0, start - 12) : start])
    after_hit = after and _since_after(tuple(after)).match(text[end : end + 6])
    if not (before_hit or after_hit):
        return resolved
    span = resolved.span
    return _Resolved(
        DateSpan(span.start, anchor, span.precision, span.note), True, resolved.explicit_month
    )


# ---- resolving ------------------------------------------------------------------------------


def last_day(mentions: list[DateMention]) -> date | None:
    """The last single day among `mentions`: what "이날" or "that day" after them means."""
    days = [
        m.span.start for m in mentions if m.span.precision == "day" and m.span.start == m.span.end
    ]
    return days[-1] if days else None


def _context_word(raw: _Raw, table: dict[str, Any]) -> bool:
    return "drel" in raw.groups and _is_context_day(table, raw.groups["drel"])


def _is_context_day(table: dict[str, Any], word: str) -> bool:
    words = table.get("context_days", [])
    return word in words or word.lower() in (w.lower() for w in words)


def _lookup(table: dict[str, Any], group: str, word: str) -> Any:
    entries = table[_GROUP_TABLES[group]]
    if word in entries:
        return entries[word]
    lowered = {k.lower(): v for k, v in entries.items()}
    return lowered.get(word.lower(), lowered.get(word.lower().strip()))


def _resolve(
    g: dict[str, str],
    lang: str,
    anchor: date | None,
    context: tuple[int, int] | None,
    ahead: bool = False,
    expect: bool = False,
) -> _Resolved | None:
    table = load(lang, "dates")
    try:
        if "drel" in g:
            return _relative_day(g, table, anchor)
        if "n_ago" in g or "n_ago_days" in g:
            return _ago(g, lang, anchor)
        if ("wd" in g or "wds" in g) and "d" not in g:
            return _weekday(g, table, anchor, ahead)
        if ("wd" in g or "wds" in g) and not {"m", "mn", "y"} & set(g):
            return _weekday_and_day(g, lang, anchor, ahead or expect)
        if "wrel" in g and "d" not in g:
            return _week(g, table, anchor)
        return _calendar(g, lang, anchor, context, ahead or expect)
    except ValueError:
        return None


def _told_past(folded: str, raw: _Raw, table: dict[str, Any]) -> bool:
    """Whether a date without a year stands after a verb in the past ("the people returned on
    9 October", "were caught on June 30"): a day that has been, not one coming up."""
    words = table.get("past_before")
    if not words or "y" in raw.groups:
        return False
    before = folded[max(0, raw.start - PAST_REACH) : raw.start]
    return _past_before(tuple(words)).search(before) is not None


def _not_ahead(found: _Resolved, anchor: date | None) -> _Resolved:
    """A day told as past that fell after the text's date is the year before's."""
    span = found.span
    if anchor is None or span.start <= anchor:
        return found
    try:
        back = DateSpan(
            span.start.replace(year=span.start.year - 1),
            span.end.replace(year=span.end.year - 1),
            span.precision,
            span.note,
        )
    except ValueError:
        return found
    return replace(found, span=back)


def _relative_day(
    g: dict[str, str], table: dict[str, Any], anchor: date | None
) -> _Resolved | None:
    offset = _lookup(table, "drel", g["drel"])
    if anchor is None or offset is None:
        return None
    day = anchor + timedelta(days=offset)
    return _Resolved(DateSpan(day, day, "day"), True, None)


def _ago(g: dict[str, str], lang: str, anchor: date | None) -> _Resolved | None:
    table = load(lang, "dates")
    if anchor is None:
        return None
    if "n_ago_days" in g:
        n, unit = table["ago_days"][g["n_ago_days"]], "day"
    else:
        words = {k.lower(): v for k, v in table.get("ago_numbers", {}).items()}
        n = words.get(g["n_ago"].lower()) or parse_number(g["n_ago"], lang)
        unit = _lookup(table, "unit", g["unit"])
    if n is None or unit is None:
        return None
    if unit == "day":
        day = anchor - timedelta(days=n)
        return _Resolved(DateSpan(day, day, "day"), True, None)
    if unit == "week":
        # "two weeks ago" is a round figure: the week around that day
        day = anchor - timedelta(days=7 * n)
        return _Resolved(DateSpan(day - _HALF_WEEK, day + _HALF_WEEK, "day"), True, None)
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, -n)
        return _Resolved(_month_span(year, month, month), True, None)
    if "anniversary" in g:
        back = _years_back(anchor, n)
        period = g["anniversary"].lower()
        if period.endswith("month"):
            return _Resolved(
                _month_span(back.start.year, back.start.month, back.start.month), True, None
            )
        if period.endswith("week"):
            monday = back.start - timedelta(days=back.start.weekday())
            return _Resolved(DateSpan(monday, monday + timedelta(days=6), "day"), True, None)
        return _Resolved(back, True, None)
    return _Resolved(_year_span(anchor.year - n, anchor.year - n), True, None)


def _years_back(anchor: date, n: int) -> DateSpan:
    """The same calendar day `n` years before `anchor`; 29 February falls on the 28th."""
    try:
        day = anchor.replace(year=anchor.year - n)
    except ValueError:
        day = anchor.replace(year=anchor.year - n, day=28)
    return DateSpan(day, day, "day")


def _weekday(
    g: dict[str, str], table: dict[str, Any], anchor: date | None, ahead: bool = False
) -> _Resolved | None:
    wd = _lookup(table, "wd", g["wd"]) if "wd" in g else _lookup(table, "wds", g["wds"])
    if anchor is None or wd is None:
        return None
    if "wrel" in g:
        monday = anchor - timedelta(days=anchor.weekday())
        day = monday + timedelta(days=7 * _lookup(table, "wrel", g["wrel"]) + wd)
    elif "wpast" in g:
        day = anchor - timedelta(days=(anchor.weekday() - wd) % 7 or 7)
    elif "wnext" in g:
        day = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    else:
        step = (wd - anchor.weekday()) % 7 if ahead else -((anchor.weekday() - wd) % 7)
        day = anchor + timedelta(days=step)
    return _Resolved(DateSpan(day, day, "day"), True, None)


def _weekday_and_day(
    g: dict[str, str], lang: str, anchor: date | None, ahead: bool
) -> _Resolved | None:
    """ "本周四（12日）": the written day, in the month that sets it nearest the weekday named;
    the weekday checks it."""
    weekday = _weekday(g, load(lang, "dates"), anchor, ahead)
    if weekday is None:
        return None
    named, wanted = weekday.span.start, int(parse_number(g["d"], lang) or 0)
    near = [
        date(y, m, wanted)
        for y, m in (_shift_month(named.year, named.month, k) for k in (-1, 0, 1))
        if 1 <= wanted <= calendar.monthrange(y, m)[1]
    ]
    if not near:
        return None
    day = min(near, key=lambda d: abs((d - named).days))
    note = None
    if day.weekday() != named.weekday():
        note = f"weekday {_WEEKDAY_NAMES[named.weekday()]} does not match {day.isoformat()}"
    return _Resolved(DateSpan(day, day, "day", note), True, None)


def _week(g: dict[str, str], table: dict[str, Any], anchor: date | None) -> _Resolved | None:
    if anchor is None:
        return None
    monday = anchor - timedelta(days=anchor.weekday())
    start = monday + timedelta(days=7 * _lookup(table, "wrel", g["wrel"]))
    if "weekend" in g:
        start += timedelta(days=5)
        return _Resolved(DateSpan(start, start + timedelta(days=1), "day"), True, None)
    return _Resolved(DateSpan(start, start + timedelta(days=6), "day"), True, None)


def _calendar(
    g: dict[str, str],
    lang: str,
    anchor: date | None,
    context: tuple[int, int] | None,
    ahead: bool = False,
) -> _Resolved | None:
    table = load(lang, "dates")

    def number(written: str | None) -> int | None:
        return parse_number(written, lang) if written is not None else None

    year = number(g.get("y"))
    year2 = number(g.get("y2"))
    if year is not None and year < 100:
        # a year of two digits ("23.10.9"): of this century unless that lies past the anchor
        latest = anchor.year if anchor else date.today().year
        year += 2000 if 2000 + year <= latest else 1900
    if "era" in g:
        base = _lookup(table, "era", g["era"])
        year = base + (1 if g["ey"] == table.get("era_first_year") else number(g["ey"]) or 0)
    month = number(g.get("m")) or (_lookup(table, "mn", g["mn"]) if "mn" in g else None)
    month2 = number(g.get("m2")) or (_lookup(table, "mn", g["mn2"]) if "mn2" in g else None)
    day, day2 = number(g.get("d")), number(g.get("d2"))
    explicit = year is not None
    relative = False
    if "yrel" in g:
        if anchor is None:
            return None
        year, relative = anchor.year + _lookup(table, "yrel", g["yrel"]), True
    if "mrel" in g:
        if anchor is None:
            return None
        year, month = _shift_month(anchor.year, anchor.month, _lookup(table, "mrel", g["mrel"]))
        relative = True
    if year is None and month is None and day is None:
        return None
    if month is not None and year is None:
        year = _year_for_month(g, month, day, anchor, context)
        if year is None:
            return None
        relative = True
    if day is not None and month is None:
        found = _month_for_day(g, day, anchor, context, ahead)
        if found is None:
            return None
        year, month = found
        relative = True
    assert year is not None
    part = _lookup(table, "part", g["part"]) if "part" in g else None
    span = _build_span(year, year2, month, month2, day, day2, part)
    if span is None:
        return None
    span = _check_weekday(g, table, span)
    if "wde" in g:
        span = _every_weekday(span, _lookup(table, "wde", g["wde"]))
    explicit_month = (year, month) if explicit and month is not None else None
    return _Resolved(span, relative, explicit_month)


def _year_for_month(
    g: dict[str, str],
    month: int,
    day: int | None,
    anchor: date | None,
    context: tuple[int, int] | None,
) -> int | None:
    if anchor is not None and "wpast" in g:
        return anchor.year if month < anchor.month else anchor.year - 1
    if anchor is not None and "wnext" in g:
        return anchor.year if month >= anchor.month else anchor.year + 1
    if context is not None and (
        anchor is None
        or date(context[0], month, min(day or 1, 28)) <= anchor + timedelta(days=_FUTURE_REACH)
    ):
        # "Update, March 2024: ... returned on October 9" in a text of March 2024 looks back
        return context[0]
    if anchor is None:
        return None
    # News looks back: the latest such date on or before the text's own date, unless the same
    # date in the coming weeks is meant ("a rally on October 12" in a text of October 10).
    first = day or 1
    upcoming = date(anchor.year, month, min(first, calendar.monthrange(anchor.year, month)[1]))
    passed = upcoming < anchor if day is not None else month < anchor.month
    if passed:
        upcoming = upcoming.replace(year=anchor.year + 1)
    if (upcoming - anchor).days <= _FUTURE_REACH:
        return upcoming.year
    return anchor.year if (month, first) <= (anchor.month, anchor.day) else anchor.year - 1


def _month_for_day(
    g: dict[str, str],
    day: int,
    anchor: date | None,
    context: tuple[int, int] | None,
    ahead: bool = False,
) -> tuple[int, int] | None:
    if anchor is not None and "dpast" in g:
        return (
            (anchor.year, anchor.month)
            if day <= anchor.day
            else _shift_month(anchor.year, anchor.month, -1)
        )
    if anchor is not None and "dnext" in g:
        return (
            (anchor.year, anchor.month)
            if day >= anchor.day
            else _shift_month(anchor.year, anchor.month, 1)
        )
    if context is not None:
        return context
    if anchor is None:
        return None
    if not 1 <= day <= 31:
        return None
    # "31일" in a text of June 15 is May 31: step back to a month that has the day. News looks
    # back: "9日に送還された" in a text of November 2 is October 9, unless it looks ahead.
    year, month = anchor.year, anchor.month
    if day > anchor.day and not ahead:
        year, month = _shift_month(year, month, -1)
    while day > calendar.monthrange(year, month)[1]:
        year, month = _shift_month(year, month, -1)
    return year, month


def _build_span(
    year: int,
    year2: int | None,
    month: int | None,
    month2: int | None,
    day: int | None,
    day2: int | None,
    part: str | None,
) -> DateSpan | None:
    if month is None:
        if part in _YEAR_PARTS:
            first, last = _YEAR_PARTS[part]
            return DateSpan(date(year, first, 1), _month_end(year, last), "month")
        if year2 is not None and year2 <= year:
            return None
        return _year_span(year, year2 or year)
    if day is None:
        if part in _MONTH_PARTS:
            first, last = _MONTH_PARTS[part]
            end = min(last, calendar.monthrange(year, month)[1])
            return DateSpan(date(year, month, first), date(year, month, end), "month")
        if month2 is not None and month2 <= month:
            return None
        return _month_span(year, month, month2 or month)
    if day2 is not None:
        if day2 <= day:
            return None
        return DateSpan(date(year, month, day), date(year, month, day2), "day")
    single = date(year, month, day)
    return DateSpan(single, single, "day")


def _check_weekday(g: dict[str, str], table: dict[str, Any], span: DateSpan) -> DateSpan:
    group = next((k for k in ("wdx", "wdy", "wd", "wds") if k in g), None)
    if group is None or span.precision != "day":
        return span
    weekday = _lookup(table, group, g[group])
    if weekday is None or weekday == span.start.weekday():
        return span
    note = f"weekday {_WEEKDAY_NAMES[weekday]} does not match {span.start.isoformat()}"
    return DateSpan(span.start, span.end, span.precision, note)


def _every_weekday(span: DateSpan, weekday: int | None) -> DateSpan:
    """ "7월 매주 목요일", "every Thursday in July": from the first such weekday to the last."""
    if weekday is None or span.precision != "month":
        return span
    first = span.start + timedelta(days=(weekday - span.start.weekday()) % 7)
    last = span.end - timedelta(days=(span.end.weekday() - weekday) % 7)
    return DateSpan(first, last, "day", span.note) if first <= last else span


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int, month2: int) -> DateSpan:
    return DateSpan(date(year, month, 1), _month_end(year, month2), "month")


def _year_span(year: int, year2: int) -> DateSpan:
    return DateSpan(date(year, 1, 1), date(year2, 12, 31), "year")
