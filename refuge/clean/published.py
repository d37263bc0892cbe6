"""The page's own publication date, and how it was found.

Evidence, strongest first: the HTML metadata a publisher writes (article:published_time,
JSON-LD datePublished, <time pubdate>); a dateline beside the headline ("2023年10月13日 11:42
配信", "입력 2023.10.11 14:03", "Saturday, May 11, 2024", "… - 2002-07-24"); the signature
date under a statement ("May 3rd, 2017"). Dates in weather or market widgets, crawl stamps
and reader comments are never taken: only the header and the lines around the article are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from refuge.clean.markers import has_any, markers
from refuge.records import Published

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for m in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|publish-date|date|dc\.date|DC\.date\.issued|sailthru\.date|"""
    r"""parsely-pub-date)["'][^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME = re.compile(
    r"""<time[^>]+datetime\s*=\s*["']([^"']+)["'][^>]*pubdate|<time[^>]+pubdate[^>]+datetime\s*=\s*["']([^"']+)""",
    re.IGNORECASE,
)
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")

# Japanese era years and the Republic of China calendar of Taiwan: year 1 is the base + 1.
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # An era year may stand in brackets after the Western one, "2002年（平成14年）3月15日", or the
    # Western one after the era year, "平成14年（2002年）3月15日".
    (
        re.compile(
            r"(\d{4})\s*年\s*(?:[（(][^（()）]{1,8}[)）]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
        ),
        "ymd",
    ),
    (
        re.compile(
            rf"({'|'.join(_ERAS)})\s*(\d{{1,3}}|元)\s*年\s*(?:[（(]\d{{4}}年?[)）]\s*)?"
            r"(\d{1,2})\s*月\s*(\d{1,2})\s*日"
        ),
        "era",
    ),
    # Month and day before the year: "10月13日 金曜日 2023年".
    (
        re.compile(
            r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(]?[月火水木金土日](?:曜日?)?[)）]?\s*)?(\d{4})\s*年"
        ),
        "mdy-cjk",
    ),
    (re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)"), "ymd"),
    # Korean blogs write "2024. 3. 5." with spaces after the dots, the last one often left out.
    (re.compile(r"(?<!\d)(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})(?:\.(?!\d)|(?![\d.]))"), "ymd"),
    # Boards print their timestamps with a two-digit year: "12-02-26 21:14", "23.10.09 08:15".
    (re.compile(r"(?<![\d.\-/])(\d{2})[-./](\d{2})[-./](\d{2})(?=\s+\d{1,2}:\d{2})"), "yy"),
    # European numeric dates with dots: "18.03.2002".
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])"), "dmy-numeric"),
    # US numeric dates "9/17/2004"; a day above 12 in front means the British order.
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "numeric"),
    (
        re.compile(
            rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?:of\s+)?(\d{{4}})\b", re.I
        ),
        "mdy",
    ),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,\s*|\s+)(\d{{4}})\b", re.I), "dmy"),
    # The ctime form of BBS headers: "Sat May  4 10:22:31 2024".
    (
        re.compile(
            rf"\b{_MONTH}\s+(\d{{1,2}})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+(\d{{4}})\b", re.I
        ),
        "mdy",
    ),
)
# Beside a date, a dateline holds little else: a weekday, a time, a word or two.
_DATELINE_SLACK = 24
_CLOCK = re.compile(
    r"\d{1,2}:\d{2}|\d{1,2}\s*(?:時|时|點|点|시)\s*\d{1,2}\s*(?:分|분)|[-–|]\s*\d{4}-\d{2}-\d{2}\s*$"
)
_LONG_TEXT = 200


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day if 1990 <= y <= 2100 else None


_CJK_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "兩": 2, "两": 2}
_CJK_NUMBER = re.compile(r"[〇零一二三四五六七八九十兩两]+(?=\s*[年月日])")


def _cjk_value(word: str) -> str:
    if "十" not in word:
        return "".join(str(_CJK_DIGITS[c]) for c in word)
    tens, _, units = word.partition("十")
    return str(
        (_CJK_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CJK_DIGITS.get(units, 0) if units else 0)
    )


def arabic(text: str) -> str:
    """Dates written in Chinese numerals ("二〇〇二年三月十四日", "民國九十一年") in digits,
    so that one set of patterns reads both."""
    return _CJK_NUMBER.sub(lambda m: _cjk_value(m.group(0)), text) if "年" in text else text


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first full calendar date written in `text` with its span, in any of the four
    languages; the span is in `arabic(text)`, which is `text` unless it writes numerals."""
    text = arabic(text)
    best: tuple[date, int, int] | None = None
    for pattern, order in _PATTERNS:
        for match in pattern.finditer(text):
            if order == "era":
                era, year, m, d = match.groups()
                a, b, c = str(_ERAS[era] + (1 if year == "元" else int(year))), m, d
            else:
                a, b, c = match.groups()
            if order == "yy":
                a = str((2000 if int(a) < 70 else 1900) + int(a))
            if order in ("ymd", "era", "yy"):
                day = _valid(int(a), int(b), int(c))
            elif order == "numeric":
                first, second = int(a), int(b)
                if first > 12:
                    first, second = second, first
                day = _valid(int(c), first, second)
            elif order == "dmy-numeric":
                day = _valid(int(c), int(b), int(a))
            elif order == "mdy-cjk":
                day = _valid(int(c), int(a), int(b))
            elif order == "mdy":
                day = _valid(int(c), _MONTHS[a.lower()], int(b))
            else:
                day = _valid(int(c), _MONTHS[b.lower()], int(a))
            if day:
                if best is None or match.start() < best[1]:
                    best = (day, match.start(), match.end())
                break
    return best


_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z])", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?![\d:])", re.I)


def in_page_order(published: Published | None, text: str) -> Published | None:
    """A numeric date either way round ("12/3/2012") is read month first, unless the page
    writes its other dates day first ("from 8 to 12 February"), as British pages do."""
    if published is None:
        return None
    found = _NUMERIC.search(arabic(published.evidence))
    if not found:
        return published
    first, second, year = (int(g) for g in found.groups())
    read_month_first = (published.value.month, published.value.day) == (first, second)
    if not read_month_first or first == second or second > 12:
        return published
    if len(_DAY_MONTH.findall(text)) <= len(_MONTH_DAY.findall(text)):
        return published
    day = _valid(year, second, first)
    return replace(published, value=day) if day else published


def parse_date(text: str) -> date | None:
    found = find_date(text)
    return found[0] if found else None


def from_html_meta(html: str) -> Published | None:
    head = html[:100_000]
    for tag in _META.finditer(head):
        content = _CONTENT.search(tag.group(0))
        if content:
            day = iso_date(content.group(1))
            if day:
                name = re.search(
                    r"""(?:property|name|itemprop)\s*=\s*["']([^"']+)""", tag.group(0), re.I
                )
                return Published(
                    day, f"html-meta:{name.group(1) if name else 'date'}", content.group(1)
                )
    for pattern, method in ((_JSONLD, "json-ld:datePublished"), (_TIME, "html-time:pubdate")):
        match = pattern.search(head)
        if match:
            value = next(g for g in match.groups() if g)
            day = iso_date(value)
            if day:
                return Published(day, method, value)
    return None


def iso_date(value: str) -> date | None:
    match = _ISO.search(value)
    return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def _dateline_words(line: str) -> bool:
    # A time of day beside a date marks a dateline, not a sentence that tells when it happened.
    clock = bool(_CLOCK.search(line)) and not line.rstrip().endswith("。")
    return clock or has_any(line, markers().dateline)


def _widget(line: str) -> bool:
    return has_any(line, markers().widget)


def _event_time(line: str, start: int) -> bool:
    """'회의일시: 2012년 2월 23일(목) 오전 10시', 'When: Thursday, Oct. 12': a date labelled as
    the time of the meeting or event the page tells of, however like a dateline it looks."""
    return has_any(line[:start], markers().event_time)


# A byline or a filing line sets its date off with a separator: "Name, columnist | 2024.11.07",
# "Monday, March 5, 2012 | Filed under …", "The Courier, Friday, March 15, 2002", "Monitor
# (03/15/2002)". Body sentences don't.
_SEPARATORS = "|·•/–—"
# Before a date that ends its line, a comma or an opening bracket sets it off too.
_SEPARATORS_BEFORE = _SEPARATORS + ",("
_LEAD_WORDS = 14


_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$", re.IGNORECASE)


def _set_off(line: str, start: int, end: int) -> bool:
    before, after = _WEEKDAY_BEFORE.sub("", line[:start].strip()).strip(), line[end:].strip()
    ends = not after.strip(")）")
    if before and before[-1] in _SEPARATORS_BEFORE and (ends or _CLOCK.match(after)):
        return True
    # Between two separators, as in "By … | December 29, 2023 | 7 min read".
    if before and after and before[-1] in _SEPARATORS and after[0] in _SEPARATORS:
        return True
    lead_ok = not before or (len(before) <= _LEAD_WORDS and not any(c.isdigit() for c in before))
    return lead_ok and bool(after) and after[0] in _SEPARATORS


def from_lines(
    header: list[str], trailer: list[str], above: list[str] | None = None
) -> Published | None:
    """A dateline among the lines around the headline, else a signature date under the text,
    else the date of a banner at the top of the page, else a date line standing alone further
    up.

    `header` is the headline region, nearest to the article first; `trailer` the lines from
    the last paragraph on, nearest first; `above` the lines above the headline region,
    nearest first.
    """
    return (
        dateline(header)
        or signature_date(trailer)
        or banner_date(header)
        or far_dateline(above or [])
    )


def far_dateline(above: list[str]) -> Published | None:
    """A dateline far above the article, past a long preamble: the minutes of a sitting
    ("平成十四年五月十五日（水曜日）" over the list of members present), a card-news page whose
    byline sits over a stack of dated cards. The nearest one counts when all of them name one
    day; when they disagree, the lower ones are the cards' or a timeline's, and the one at the
    top of the page is the page's own."""
    found = list(_datelines(above))
    if not found:
        return None
    nearest, top = found[0], found[-1]
    day = nearest if all(p.value == nearest.value for p in found) else top
    return Published(day.value, "far-dateline", day.evidence)


# The header of a reply on a bulletin board: "2 名無しさん 2024/05/10(金) 08:16:03 ID:Qw7nM2tL0".
_REPLY_HEADER = re.compile(r"\bID:\s?[\w+/.]{4,}")


def dateline(header: list[str]) -> Published | None:
    """The first dateline among the header lines; a board post's own header line counts only
    when no other line is a dateline, since a page that quotes a thread dates itself apart.
    A page that pastes an older article under a line like "====原文开始====" is dated by the
    lines above that line: the dateline under it is the quoted article's."""
    own = _above_quote(header)
    lines = [line for line in own if not _REPLY_HEADER.search(line)]
    return _first_dateline(lines) or _first_dateline(own) or _first_dateline(header)


def _above_quote(header: list[str]) -> list[str]:
    # `header` runs from the article upwards, so the lines after the marker stand above it.
    for i, line in enumerate(header):
        if len(line) <= _LONG_TEXT and has_any(line, markers().quote_start):
            return header[i + 1 :]
    return header


def _first_dateline(header: list[str]) -> Published | None:
    return next(_datelines(header), None)


def _without_day(line: str, day: date, start: int, end: int) -> str:
    """The line without its date, written once or, in a bilingual dateline, again in the
    other language ("2012年2月23日（星期四） Thursday, 23 February 2012")."""
    rest = line[:start] + line[end:]
    again = find_date(rest)
    while again and again[0] == day:
        rest = rest[: again[1]] + rest[again[2] :]
        again = find_date(rest)
    return rest


def _datelines(header: list[str]) -> Iterator[Published]:
    for i, line in enumerate(header):
        line = arabic(line)
        found = find_date(line) if len(line) <= _LONG_TEXT else None
        if not found:
            continue
        day, start, end = found
        if _event_time(line, start):
            continue
        mostly_date = len(_without_day(line, day, start, end)) <= _DATELINE_SLACK
        own = _dateline_words(line) or _set_off(line, start, end)
        if not (mostly_date or own):
            continue
        # A bare date above a weather or market widget is the widget's, not the article's; a
        # date with dateline words or set off in a byline ("… | Last updated 11:02") is the page's.
        if _widget(line) or (not own and any(_widget(x) for x in header[max(0, i - 1) : i])):
            continue
        yield Published(day, "dateline", line)


# How far under the first paragraph a byline may stand: under a standfirst, or under a
# forum's pinned notice that reads as a paragraph.
_BYLINE_LINES = 4


def bylines(lines: list[str]) -> list[str]:
    """The lines just under the first paragraph that are bylines or post lines with a date
    ("By … · Tuesday, Nov. 12, 2019", "Posted by u/… · Oct 13, 2023"). A bare date there is a
    timeline's heading, not the page's date, so it does not count."""
    out = []
    for line in lines[:_BYLINE_LINES]:
        found = find_date(line) if len(line) <= _LONG_TEXT else None
        if found and (
            _dateline_words(line)
            or _set_off(arabic(line), found[1], found[2])
            or has_any(line, markers().posted)
        ):
            out.append(line)
    return out


def banner_date(header: list[str]) -> Published | None:
    """The last resort: a page with no dateline of its own often shows the day of its issue
    at the head of the weather or market banner ("2002年3月16日 星期六　天文台：多雲…").
    Only a date that opens the line counts; a date inside a forecast is the forecast's."""
    for line in reversed(header):
        line = arabic(line)
        found = find_date(line) if len(line) <= _LONG_TEXT else None
        if found and _widget(line) and not line[: found[1]].strip():
            return Published(found[0], "banner", line)
    return None


# A magazine issue or a dated signature that names only the month: "1998年3月号".
_MONTH_ISSUE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:号|號|刊)?\s*$|(\d{4})년\s*(\d{1,2})월호\s*$"
)
_SIGNATURE_LEN = 48
_SIGNATURE_LINES = 4
_POST_FOOTER_LEN = 90


def post_footer(lines: list[str]) -> Published | None:
    """The footer of the first post on a forum or blog page: "Posted by … on …", "发表于 …"."""
    for line in lines:
        if len(line) <= _POST_FOOTER_LEN and has_any(line, markers().posted):
            day = parse_date(line)
            if day:
                return Published(day, "post-footer", line)
    return None


def signature_date(trailer: list[str]) -> Published | None:
    """The date under a statement or post, in the few short lines after its last paragraph."""
    found = post_footer(trailer[: _SIGNATURE_LINES * 2])
    if found:
        return found
    # Under a post, a run of dated lines is a comment thread or an archive list, not a signature.
    if sum(1 for line in trailer[: _SIGNATURE_LINES * 2] if find_date(line)) > 1:
        return None
    for line in trailer[:_SIGNATURE_LINES]:
        if len(line) > _SIGNATURE_LEN or _widget(line):
            continue
        day = parse_date(line)
        if day:
            return Published(day, "signature", line)
        month = _MONTH_ISSUE.search(line)
        if month:
            y, m = (int(g) for g in month.groups() if g)
            first = _valid(y, m, 1)
            if first:
                return Published(first, "signature-month", line)
    return None
