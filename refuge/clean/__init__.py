"""Clean: main text, title and publication date out of a page; what is removed is kept.

HTML goes through trafilatura once; text dumps through line-level boilerplate removal
(`textdump`). The publication date comes from metadata, a dateline or a signature
(`published`), never from a widget or a comment.
"""

from __future__ import annotations

import html as html_lib
import re

import trafilatura

from refuge.clean.published import from_html_meta, from_lines, iso_date
from refuge.clean.textdump import clean_text, is_prose, line_reason
from refuge.records import Document, Published, RawDocument, RemovedBlock

_SCRIPTS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = re.compile(
    r"<(?:br|/p|/div|/li|/h\d|/tr|/td|/article|/section|/header|/footer|/title)\b[^>]*>", re.I
)
_TAGS = re.compile(r"<[^>]+>")
_HEADER_SPAN = 15
# Non-breaking and typographic spaces become plain spaces, zero-width characters go, so that
# a phrase a reader copies from the page is found in the cleaned text. The ideographic
# space of CJK layout is kept: it is part of how those pages are written.
_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def normalise_spaces(text: str) -> str:
    return _INVISIBLE.sub("", text.translate(_SPACES))


class CleanError(ValueError):
    """Nothing usable remains of a document (the pipeline quarantines it)."""


def strip_tags(markup: str) -> str:
    """Plain lines of an HTML page, cheaply: no parser, so truncated pages work too."""
    text = _SCRIPTS.sub(" ", markup)
    text = _BLOCK_TAGS.sub("\n", text)
    text = _TAGS.sub(" ", text)
    lines = (
        re.sub(r"[ \t\r\f\v]+", " ", html_lib.unescape(line)).strip() for line in text.split("\n")
    )
    return "\n".join(line for line in lines if line)


_TABLE_ROWS = re.compile(r"^\|.*\|\s*$(?:\n^\|.*\|\s*$)+", re.M)


def _collapse(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _verbatim(text: str, plain: str) -> str:
    """trafilatura folds the page's spacing (ideographic spaces, runs of spaces); where one of
    its lines is a line of the page but for white space, the page's own line is used, so that
    quotes copied from the page are found in the cleaned text."""
    originals = {_collapse(line): line for line in plain.splitlines()}
    return "\n".join(originals.get(_collapse(line), line) for line in text.splitlines())


def _around_article(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines above the first paragraph (nearest first) and below the last one."""
    prose = [
        i
        for i, line in enumerate(lines)
        if is_prose(line) and line_reason(line) != "footer-or-list"
    ]
    if not prose:
        return lines[:_HEADER_SPAN], []
    header = [*lines[max(0, prose[0] - _HEADER_SPAN) : prose[0]][::-1], lines[prose[0]]]
    return header, lines[prose[-1] + 1 :]


def _published(lines: list[str]) -> Published | None:
    header, trailer = _around_article(lines)
    return from_lines(header, trailer)


def _clean_html(raw: RawDocument) -> Document:
    plain = normalise_spaces(strip_tags(raw.text))
    try:
        result = trafilatura.bare_extraction(
            raw.text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except RecursionError:
        result = None
    text = (result.text or "") if result is not None else ""
    title = (result.title or None) if result is not None else None
    removed: list[RemovedBlock] = []
    table_layout = bool(_TABLE_ROWS.search(text))
    if not text.strip() or table_layout:
        # trafilatura found no article, or flattened a table layout into rows of cells
        # (2002-era pages): the page is cleaned as plain lines instead.
        text, removed = clean_text(plain)
        why = "table layout" if table_layout else "no main text found"
        removed.insert(0, RemovedBlock("", f"trafilatura: {why}; cleaned as plain lines"))
    else:
        text, dropped = clean_text(_verbatim(normalise_spaces(text), plain))
        if title and _collapse(title) not in _collapse(text):
            text = f"{_verbatim(title, plain)}\n{text}"
        kept = set(text.splitlines())
        removed = [RemovedBlock(b.text, b.reason) for b in dropped]
        removed += [
            RemovedBlock(line, "outside-article") for line in plain.splitlines() if line not in kept
        ]
    if not text.strip():
        raise CleanError("no text remains after removing markup and boilerplate")
    published = from_html_meta(raw.text) or _published(plain.splitlines())
    if published is None and result is not None and result.date:
        day = iso_date(result.date)
        if day:
            published = Published(day, "trafilatura", result.date)
    return Document(
        sha256=raw.sha256,
        name=raw.name,
        title=title,
        text=text,
        published=published,
        removed=tuple(removed),
        media_type=raw.media_type,
        encoding=raw.encoding,
    )


def _clean_plain(raw: RawDocument) -> Document:
    text, removed = clean_text(normalise_spaces(raw.text))
    if not text.strip():
        raise CleanError("no text remains after removing boilerplate")
    lines = [line.strip() for line in raw.text.splitlines() if line.strip()]
    title = next((line for line in text.splitlines() if line.strip()), None)
    return Document(
        sha256=raw.sha256,
        name=raw.name,
        title=title,
        text=text,
        published=_published(lines),
        removed=tuple(removed),
        media_type=raw.media_type,
        encoding=raw.encoding,
    )


def clean(raw: RawDocument) -> Document:
    if raw.media_type == "text/html":
        return _clean_html(raw)
    return _clean_plain(raw)


__all__ = ["CleanError", "clean", "strip_tags"]
