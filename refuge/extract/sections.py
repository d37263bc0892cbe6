"""Sections: the date each part of a text stands in, for resolving its relative dates.

A page is not always one text of one date. A year-in-review starts each section with a dated
line ("8月29日 再開後初の送還"); a blog repost quotes a months-old article between separator
lines, after saying when it was written ("아래는 2023년 10월 기사 내용을 정리한 것입니다").
Relative dates inside those parts ("先月18日", "이달 8일") resolve against the section's date,
and a claim the section gives no date takes the section's.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache

from refuge.extract import langdata
from refuge.extract.dates import find_dates
from refuge.extract.triggers import compile_patterns
from refuge.records import DateSpan

# a dated heading is a short line: a section title, not a sentence that mentions a date
MAX_HEADING = 40
# a headline of words set apart by spaces: at most this many words and letters
HEADLINE_WORDS = 16
MAX_WORDED_HEADLINE = 110
# a date must open the heading (after a bullet or bracket at most)
HEADING_LEAD = 2
# a headline giving a full date this long before the page's own date heads a reposted text
REPOST_GAP = 31
# how far before a date the word saying that a text is quoted may end ("記事は2002年3月16日付")
_QUOTE_WORD_BEFORE = 4
MAX_HEADLINE = 100
_SENTENCE_END = re.compile(r"[.!?。！？]\W*$")
_ENTRY = re.compile(r"\s*[-–—:：|]\s")
# what every timeline entry holds somewhere: a line without it needs no reading of its dates
_ENTRY_MARK = re.compile(r"[-–—:：|]\s")
# a month written as a number ("8月29日", "10월 9일") opens a timeline heading even without a
# year: the year is the text's; words like "先月" or "지난달" are never headings
_WRITTEN_MONTH = re.compile(r"\d{1,2}\s*[月월]")
# a dateline: a place name and a comma before the date, a dash after it
_DATELINE_PLACE = re.compile(r"\s*[A-Z][\w.'’ -]{1,30},\s*$")
_DATELINE_DASH = re.compile(r"\s*[—–-]{1,2}\s")
_DATELINE_REACH = 60
_SEPARATOR = re.compile(r"^\W*[─━—=＝\-_*~]{4,}.*$")
# "--- ここから（2023年10月のメモ） ---", "=== Quoted below: my notes of October 2023 ===": a rule
# of three marks or more on both sides of a label, which may date the text it opens
_LABELLED_RULE = re.compile(r"^[─━—=＝\-_*~]{3,}\s*(?P<label>.{1,40}?)\s*[─━—=＝\-_*~]{3,}$")


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    span: DateSpan


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _heading_date(
    line: str, langs: tuple[str, ...], anchor: date | None, frame: DateSpan | None = None
) -> DateSpan | None:
    """The date opening a short heading line, or a timeline entry ("9 October 2023 - ...").
    Under a heading that wrote its year (`frame`: "■ 2021年7月"), a date without its year
    ("7月14日，…") is of that year."""
    found = _heading_date_of(line, langs, anchor)
    if found is None or frame is None or _with_year(line, langs, found):
        return found
    return _heading_date_of(line, langs, frame.end)


def _heading_date_of(line: str, langs: tuple[str, ...], anchor: date | None) -> DateSpan | None:
    stripped = line.strip()
    if not stripped:
        return None
    if len(stripped) > MAX_HEADING and not _ENTRY_MARK.search(line):
        return None
    lead = len(line) - len(line.lstrip())
    for lang in langs:
        alone = _month_alone(lang, stripped, anchor)
        if alone is not None:
            return alone
        for m in find_dates(line, lang, anchor):
            if m.start - lead > HEADING_LEAD:
                continue
            if m.relative and not (_WRITTEN_MONTH.match(m.text) or _named_month(lang, m.text)):
                continue
            if len(stripped) <= MAX_HEADING or _ENTRY.match(line, m.end):
                return m.span
    return None


@cache
def _month_names(lang: str) -> re.Pattern[str] | None:
    names = sorted(langdata.load(lang, "dates").get("months", {}), key=len, reverse=True)
    if not names or not all(n.isascii() for n in names):
        return None
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?i)(?:{alternation})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{alternation})\b")


def _month_alone(lang: str, heading: str, anchor: date | None) -> DateSpan | None:
    """'DECEMBER' heading the last part of a year-in-review: the latest such month up to the
    text's date."""
    month = langdata.load(lang, "dates").get("months_alone", {}).get(heading.title())
    if month is None or anchor is None:
        return None
    year = anchor.year if month <= anchor.month else anchor.year - 1
    last = calendar.monthrange(year, month)[1]
    return DateSpan(date(year, month, 1), date(year, month, last), "month")


def _named_month(lang: str, text: str) -> bool:
    """'AUGUST 29', '9 Oct': a calendar day by its month's name opens a timeline heading even
    without a year, as '8月29日' does; 'last month' or 'Monday' never do."""
    names = _month_names(lang)
    return bool(names and names.match(text))


def _headline_date(line: str, langs: tuple[str, ...], published: date | None) -> DateSpan | None:
    """A reposted newsletter keeps its own headline ("China Repatriated 600 ... on Monday,
    October 9, 2023"): a title line with a full date well before the page's date says when the
    text under it was written."""
    stripped = line.strip()
    if published is None or not stripped or len(stripped) > MAX_HEADLINE:
        return None
    if _SENTENCE_END.search(stripped):
        return None
    for lang in langs:
        for m in find_dates(line, lang, None):
            if m.relative or m.span.precision != "day":
                continue
            if (published - m.span.end).days > REPOST_GAP:
                return m.span
    return None


def headline_at(text: str, start: int, worded: bool = False) -> bool:
    """Whether the sentence at `start` stands on a headline: a short line of its own that ends
    in no sentence mark ("中方将约六百名朝鲜人押回朝鲜", "25人闖入西班牙使館　翌日即飛往馬尼拉"),
    above the body, so that no line before it ends a sentence (a line of the body may lack
    its full stop: "…집회가 계획돼 있다"). With `worded`, a headline of words set apart by
    spaces may run longer in letters ("Family of seven reaches Seoul after UN office sit-in")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    worded = worded and line.count(" ") < HEADLINE_WORDS
    if not 0 < len(line) <= (MAX_WORDED_HEADLINE if worded else MAX_HEADING):
        return False
    if _SENTENCE_END.search(line):
        return False
    return not any(_SENTENCE_END.search(above.strip()) for above in text[:lo].split("\n"))


def _dateline_date(line: str, langs: tuple[str, ...], published: date | None) -> DateSpan | None:
    """'Beijing, March 15, 2002 — The group …': a paragraph opening with a dateline well before
    the page's date is an older report quoted in it; its relative dates are of that day."""
    # what every dateline holds: a line without a comma before the date and a dash after it
    # needs no reading of its dates
    if published is None or "," not in line[:_DATELINE_REACH] or not _DATELINE_DASH.search(line):
        return None
    for lang in langs:
        for m in find_dates(line[:_DATELINE_REACH], lang, None):
            if m.relative or m.span.precision != "day":
                continue
            if not (_DATELINE_PLACE.match(line[: m.start]) and _DATELINE_DASH.match(line, m.end)):
                continue
            if (published - m.span.end).days > REPOST_GAP:
                return m.span
    return None


def _own_dateline(line: str, langs: tuple[str, ...], published: date) -> bool:
    """Whether a line opens with the page's own date written in full, after a place at most
    ("Seoul, Friday, October 18, 2024 |"): the page's dateline."""
    lead = len(line) - len(line.lstrip())
    for lang in langs:
        for m in find_dates(line[: lead + MAX_HEADING], lang, None):
            if m.span != DateSpan(published, published, "day"):
                continue
            if m.start - lead <= HEADING_LEAD or _DATELINE_PLACE.match(line[: m.start]):
                return True
    return False


@cache
def quote_words(lang: str) -> re.Pattern[str] | None:
    """Words saying that what follows is quoted from an earlier text; compiled once, since
    every line of every text is tried."""
    return compile_patterns(
        langdata.load(lang, "triggers").get("sections", {}).get("quote_words", ()), lang
    )


@cache
def _meeting_words(lang: str) -> re.Pattern[str] | None:
    return compile_patterns(
        langdata.load(lang, "triggers").get("sections", {}).get("meeting_words", ()), lang
    )


def _meeting_date(line: str, langs: tuple[str, ...]) -> DateSpan | None:
    """'회의일시: 2012년 2월 23일(목) 오전 10시': the record of a meeting stands in the day the
    meeting sat, whenever the page put it up; what was said there ("오늘로 사흘째") is of
    that day."""
    if len(line) > MAX_HEADLINE:
        return None
    for lang in langs:
        words = _meeting_words(lang)
        label = words.search(line) if words else None
        if label is None:
            continue
        for m in find_dates(line, lang, None):
            if not m.relative and m.span.precision == "day" and m.start >= label.end():
                return m.span
    return None


def _quote_date(line: str, langs: tuple[str, ...], anchor: date | None) -> DateSpan | None:
    """'아래는 2023년 10월 기사', '那篇10月的报道': the date of the text a line says it quotes.
    A month without its year ("10月的报道") is the last such month before the page: an older
    text, as a quote is; one that would lie after the page is not read."""
    for lang in langs:
        words = quote_words(lang)
        if not words or not words.search(line):
            continue
        for m in find_dates(line, lang, anchor):
            if m.relative and (anchor is None or m.span.end > anchor):
                continue
            # the word follows the date ("2023년 10월 기사") or just precedes it ("記事は2002年
            # 3月16日付の朝刊")
            if words.search(line, m.end, m.end + 12) or words.search(
                line, max(0, m.start - _QUOTE_WORD_BEFORE), m.start
            ):
                return m.span
    return None


def _rule_date(line: str, langs: tuple[str, ...], published: date | None) -> DateSpan | None:
    """'--- ここから（2023年10月のメモ） ---': a rule whose label dates an older text opens that
    text, which runs to the next rule."""
    rule = _LABELLED_RULE.match(line.strip())
    if rule is None or published is None:
        return None
    for lang in langs:
        for m in find_dates(rule.group("label"), lang, None):
            if (published - m.span.end).days > REPOST_GAP:
                return m.span
    return None


def _with_year(line: str, langs: tuple[str, ...], heading: DateSpan) -> bool:
    """Whether a heading writes its month or year in full ("■ 2012年2月至3月"), not one the
    reader must place ("OCTOBER", "8月")."""
    return any(
        m.span == heading and not m.relative for lang in langs for m in find_dates(line, lang, None)
    )


def _date_alone(line: str, langs: tuple[str, ...], heading: DateSpan) -> bool:
    """Whether a line is a month or year written in full and nothing else but marks ("■ 2012年
    2月至3月", "【2023年】"): the heading of a timeline's part, not a line that opens with a
    year ("― 2020年の国境封鎖以降…")."""
    return any(
        m.span == heading
        and not m.relative
        and not re.search(r"\w", line[: m.start] + line[m.end :])
        for lang in langs
        for m in find_dates(line, lang, None)
    )


def find_sections(text: str, langs: tuple[str, ...], published: date | None) -> list[Section]:
    """Dated parts of a text, in order; text outside them stands in the publication date."""
    lines = _lines(text)
    starts: list[tuple[int, DateSpan, bool]] = []
    quote: DateSpan | None = None
    separators_seen = 0
    # the month or year the last heading gave ("■ 2021年7月"): a day without its year heading
    # a line under it ("7月14日，…") is of that year, not of the page's
    frame: DateSpan | None = None
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        labelled = _rule_date(line, langs, published) if quote is None else None
        if labelled is not None:
            quote, separators_seen = labelled, 0
        if _SEPARATOR.match(line.strip()) or _LABELLED_RULE.match(line.strip()):
            if quote is not None and separators_seen == 0:
                starts.append((e + 1, quote, True))
                separators_seen = 1
            elif quote is not None:
                starts.append(
                    (s, DateSpan(published, published, "day") if published else quote, False)
                )
                quote, separators_seen = None, 0
            continue
        if published and starts and starts[-1][2] and _own_dateline(line, langs, published):
            # "2024年10月10日（星期四）臺北 ｜ Taipei, …" under a headline that names an older
            # day: the headline told what the page is about, and the page goes on in its own date
            starts.append((s, DateSpan(published, published, "day"), False))
            continue
        heading = (
            _heading_date(line, langs, published, frame)
            or _headline_date(line, langs, published)
            or _dateline_date(line, langs, published)
            or _meeting_date(line, langs)
        )
        if heading is not None:
            starts.append((s, heading, True))
            if heading.precision != "day" and _date_alone(line, langs, heading):
                frame = heading
            continue
        found = _quote_date(line, langs, published)
        if found is not None and any(
            _SEPARATOR.match(text[a:b].strip()) for a, b in lines[n + 1 : n + 3]
        ):
            quote, separators_seen = found, 0
    sections: list[Section] = []
    for i, (start, span, dated) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        if dated:
            sections.append(Section(start, end, span))
    return sections


def section_at(sections: list[Section], offset: int) -> Section | None:
    i = bisect_right([s.start for s in sections], offset) - 1
    if i >= 0 and sections[i].start <= offset < sections[i].end:
        return sections[i]
    return None


__all__ = ["Section", "find_sections", "section_at"]
