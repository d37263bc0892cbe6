"""HTML pages: trafilatura finds the article once; cheap line work around it does the rest.

trafilatura is called exactly once per page (the ingest budget is 1.5x trafilatura alone).
Everything else works on the page's tag-stripped lines: trafilatura's lines are mapped back
to the page's own spelling (so quotes copied from the page stay verbatim), the headline,
standfirst and dateline it may drop are put back from the lines between the <h1> and the
first paragraph, and every other line of the page is kept as a removed block for review.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

import trafilatura

from refuge.clean.published import (
    arabic,
    banner_date,
    bylines,
    dateline,
    far_dateline,
    from_html_meta,
    in_page_order,
    iso_date,
    post_footer,
    signature_date,
)
from refuge.clean.textdump import BULLET, clean_text, is_prose, line_reason
from refuge.records import Published, RemovedBlock

_SCRIPTS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_TAGS = re.compile(
    r"<(?:br|/?p|/?div|/li|/h\d|h\d|/tr|/td|/th|/article|/section|/header|/footer|/title|/dt|/dd)\b[^>]*>",
    re.I,
)
_TAGS = re.compile(r"<[^>]*>")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TABLE_ROWS = re.compile(r"^\|.*\|\s*$(?:\n^\|.*\|\s*$)+", re.M)
# Non-breaking and typographic spaces become plain spaces, zero-width characters go, so that
# a phrase a reader copies from the page is found in the cleaned text. The ideographic
# space of CJK layout is kept: it is part of how those pages are written.
_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# How far above the first paragraph a headline and its dateline may stand.
_HEADER_SPAN = 15
_HEADLINE_GAP = 8
_PREFIX = 12
_TITLE_PARTS = re.compile(r"\s*(?:\s[-–—|:]\s|[_|｜]|-(?=[^-]{2,12}$))\s*")
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def normalise_spaces(text: str) -> str:
    return _INVISIBLE.sub("", text.translate(_SPACES))


def strip_tags(markup: str) -> str:
    """Plain lines of an HTML page, cheaply: no parser, so truncated or deeply nested pages work."""
    text = _COMMENTS.sub(" ", _SCRIPTS.sub(" ", markup))
    text = _BLOCK_TAGS.sub("\n", text)
    text = _TAGS.sub(" ", text)
    lines = (
        re.sub(r"[ \t\r\f\v]+", " ", html_lib.unescape(line)).strip() for line in text.split("\n")
    )
    return "\n".join(line for line in lines if line)


def _collapse(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _inline_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(_TAGS.sub(" ", fragment))).strip()


@dataclass(frozen=True)
class Extracted:
    """What trafilatura found, or why it found nothing."""

    text: str
    title: str | None
    date: str | None
    failure: str | None


def extract_main(markup: str) -> Extracted:
    """The one trafilatura call per page."""
    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except RecursionError:
        return Extracted("", None, None, "the page is nested too deeply for trafilatura")
    except (ValueError, TypeError, AttributeError) as exc:
        # trafilatura and lxml raise these on broken markup; the page is still text.
        return Extracted("", None, None, f"trafilatura failed ({exc.__class__.__name__})")
    if result is None:
        return Extracted("", None, None, "trafilatura found no main text")
    return Extracted(result.text or "", result.title or None, result.date or None, None)


def headline(markup: str, title: str | None) -> str | None:
    """The page's <h1>, else trafilatura's title, else <title>."""
    match = _H1.search(markup)
    if match and _inline_text(match.group(1)):
        return normalise_spaces(_inline_text(match.group(1)))
    if title:
        return normalise_spaces(title)
    match = _TITLE.search(markup)
    return normalise_spaces(_inline_text(match.group(1))) or None if match else None


def _index(lines: list[str], wanted: str, stop: int | None = None) -> int | None:
    """Index of the last line before `stop` that equals `wanted` but for white space."""
    key = _collapse(wanted)
    if not key:
        return None
    end = len(lines) if stop is None else stop
    for i in range(end - 1, -1, -1):
        if _collapse(lines[i]) == key:
            return i
    return None


@dataclass(frozen=True)
class Layout:
    """Where the article sits among the page's plain lines."""

    first: int | None
    last: int | None
    headline: int | None
    body: int | None


def _untable(text: str) -> list[str]:
    """trafilatura writes table cells as "| a | b |" rows; a page laid out in tables reads
    better, and maps back to the page's lines, one cell a line."""
    out: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        # A cell that spans lines opens a row with "| " or closes it with " |".
        if stripped.startswith("|") or stripped.endswith("|"):
            out += [c.strip() for c in stripped.strip("|").split("|") if c.strip().strip("-: ")]
        else:
            out.append(stripped)
    return out


def _layout(plain: list[str], kept: list[str], head: str | None) -> Layout:
    positions: dict[str, int] = {}
    starts: dict[str, int] = {}
    for i, line in enumerate(plain):
        key = _collapse(line)
        positions.setdefault(key, i)
        if len(key) >= _PREFIX:
            starts.setdefault(key[:_PREFIX], i)
    found = []
    body = None
    for line in kept:
        key = _collapse(line)
        # A kept line may join several lines of the page (cells, <br> runs): its start still
        # names the line of the page it begins with.
        where = positions.get(key, starts.get(key[:_PREFIX]) if len(key) >= _PREFIX else None)
        if where is not None:
            found.append(where)
            if body is None and is_prose(line):
                body = where
    if not found:
        return Layout(None, None, None, None)
    first, last = found[0], found[-1]
    top = None
    # <title> often carries the site's name: "Headline - Site", "Headline_Section_Site".
    for name in [head, *_TITLE_PARTS.split(head)] if head else []:
        top = _index(plain, name, first + 1) if len(name) >= _PREFIX // 2 else None
        if top is not None and first - top <= _HEADLINE_GAP:
            break
        top = None
    return Layout(first, last, top, body if body is not None else first)


def _header_lines(plain: list[str], layout: Layout, kept: set[str]) -> list[str]:
    """The standfirst, byline-free dateline and headline between the <h1> and the body."""
    if layout.headline is None or layout.first is None:
        return []
    out = []
    for line in plain[layout.headline : layout.first]:
        if _collapse(line) in kept or BULLET.match(line):
            continue
        if line_reason(line) is None:
            out.append(line)
    return out


def _published(markup: str, plain: list[str], layout: Layout, date: str | None) -> Published | None:
    found = from_html_meta(markup)
    if found:
        return found
    header: list[str] = []
    start = 0
    if layout.first is not None and layout.body is not None:
        top = min(layout.first, layout.headline if layout.headline is not None else layout.first)
        start = max(0, top - _HEADER_SPAN)
        header = [
            plain[layout.body],
            *plain[start : layout.body][::-1],
            *bylines(plain[layout.body + 1 :]),
        ]
        found = dateline(header)
        if found:
            return found
    if layout.body is not None and layout.last is not None:
        # Forum threads and blogs sign the first post under it, before the replies.
        found = post_footer(plain[layout.body : layout.last + 1])
        if found:
            return found
    if date:
        day = iso_date(date)
        if day:
            return Published(day, "trafilatura", date)
    if layout.last is not None:
        found = signature_date(plain[layout.last :])
    return found or banner_date(header) or far_dateline(plain[:start][::-1])


def with_dateline(lines: list[str], plain: list[str], evidence: str) -> list[str]:
    """The page's dateline belongs in the text (claims.md); trafilatura drops bylines, so one
    it dropped goes back where the page had it."""
    position = {_collapse(line): i for i, line in reversed(list(enumerate(plain)))}
    at = next((i for i, line in enumerate(plain) if arabic(line) == evidence), None)
    if at is None or _collapse(plain[at]) in {_collapse(line) for line in lines}:
        return lines
    after = [i for i, line in enumerate(lines) if position.get(_collapse(line), -1) > at]
    cut = after[0] if after else len(lines)
    return [*lines[:cut], plain[at].strip(), *lines[cut:]]


_SUBHEADS = re.compile(r"<h[2-4]\b[^>]*>(.*?)</h[2-4]\s*>", re.IGNORECASE | re.DOTALL)


def _with_subheadings(lines: list[str], plain: list[str], markup: str) -> list[str]:
    """On a page without an <article>, trafilatura keeps the paragraphs and drops the section
    headings between them; a year-in-review dates its sections by those headings ("10월 9일 -
    가장 긴 밤"), so each one that stood between two kept lines goes back where it stood."""
    heads = {_collapse(_inline_text(m.group(1))) for m in _SUBHEADS.finditer(markup)} - {""}
    missing = heads - {_collapse(line) for line in lines}
    if not missing:
        return lines
    position = {_collapse(line): i for i, line in reversed(list(enumerate(plain)))}
    placed = [position.get(_collapse(line)) for line in lines]
    known = [p for p in placed if p is not None]
    if not known:
        return lines
    low, high = min(known), max(known)
    inserts = sorted(
        (position[key], plain[position[key]].strip())
        for key in missing
        if key in position
        and low < position[key] < high
        and line_reason(plain[position[key]].strip()) is None
    )
    out = list(lines)
    for at, line in reversed(inserts):
        cut = next((j for j, p in enumerate(placed) if p is not None and p > at), len(out))
        out.insert(cut, line)
        placed.insert(cut, at)
    return out


_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)


def declared_language(markup: str) -> str | None:
    """The primary language subtag of <html lang>: "zh-Hant-HK" is "zh"."""
    found = _HTML_LANG.search(markup[:5000])
    return found.group(1).lower() if found else None


@dataclass(frozen=True)
class Cleaned:
    title: str | None
    text: str
    published: Published | None
    removed: tuple[RemovedBlock, ...]


def _fallback(markup: str, plain: list[str], why: str, date: str | None) -> Cleaned:
    """No usable article from trafilatura: the page's plain lines go through the text cleaner."""
    text, dropped = clean_text("\n".join(plain))
    head = headline(markup, None)
    layout = _layout(plain, text.splitlines(), head)
    removed = [RemovedBlock("", f"{why}; cleaned as plain lines"), *dropped]
    published = in_page_order(_published(markup, plain, layout, date), text)
    return Cleaned(head, text, published, tuple(removed))


def clean_html(markup: str) -> Cleaned:
    plain = normalise_spaces(strip_tags(markup)).splitlines()
    found = extract_main(markup)
    if found.failure:
        return _fallback(markup, plain, found.failure, None)
    if _TABLE_ROWS.search(found.text):
        # 2002-era table layouts come out as rows of cells: plain lines read better.
        return _fallback(markup, plain, "trafilatura: table layout", found.date)
    originals = {_collapse(line): line for line in plain}
    verbatim = [
        originals.get(_collapse(line), line) for line in _untable(normalise_spaces(found.text))
    ]
    text, dropped = clean_text("\n".join(verbatim))
    kept = [line for line in text.splitlines() if line]
    if not kept:
        return _fallback(markup, plain, "trafilatura's text was all boilerplate", found.date)
    head = headline(markup, found.title)
    layout = _layout(plain, kept, head)
    keys = {_collapse(line) for line in kept}
    header = _header_lines(plain, layout, keys)
    if head and not header and _collapse(head) not in _collapse("".join(kept[:3])):
        header = [originals.get(_collapse(head), head)]
    lines = [*header, *kept]
    published = in_page_order(_published(markup, plain, layout, found.date), "\n".join(kept))
    if published and published.method in ("dateline", "far-dateline"):
        lines = with_dateline(lines, plain, published.evidence)
    lines = _with_subheadings(lines, plain, markup)
    in_text = {_collapse(line) for line in lines}
    seen = {_collapse(b.text) for b in dropped}
    removed = [*dropped]
    removed += [
        RemovedBlock(line, "outside-article")
        for line in plain
        if _collapse(line) not in in_text and _collapse(line) not in seen
    ]
    return Cleaned(
        found.title or head,
        "\n".join(lines),
        published,
        tuple(removed),
    )
