"""Clean: main text, title and publication date out of a page; what is removed is kept.

HTML goes through trafilatura once (`html`); text dumps through line-level boilerplate
removal (`textdump`). The publication date comes from metadata, a dateline or a signature
(`published`), never from a widget, a crawl stamp or a comment.
"""

from __future__ import annotations

from refuge.clean.html import (
    clean_html,
    declared_language,
    normalise_spaces,
    strip_tags,
    with_dateline,
)
from refuge.clean.published import from_lines, in_page_order
from refuge.clean.textdump import around_article, clean_text, is_prose, weighted_length
from refuge.records import Document, RawDocument

# Below this, in Latin-letter units, a text without a single sentence is a menu, not a page.
_MIN_TEXT = 40


class CleanError(ValueError):
    """Nothing usable remains of a document (the pipeline quarantines it)."""


def _check(text: str) -> None:
    if not text.strip():
        raise CleanError("no text remains after removing markup and boilerplate")
    lines = text.splitlines()
    if weighted_length(text) < _MIN_TEXT and not any(is_prose(line) for line in lines):
        raise CleanError(f"no main text: only {len(lines)} short line(s) remain after cleaning")


def _html(raw: RawDocument) -> Document:
    cleaned = clean_html(raw.text)
    _check(cleaned.text)
    return Document(
        sha256=raw.sha256,
        name=raw.name,
        title=cleaned.title,
        text=cleaned.text,
        published=cleaned.published,
        removed=cleaned.removed,
        media_type=raw.media_type,
        encoding=raw.encoding,
        declared_language=declared_language(raw.text),
    )


def _plain(raw: RawDocument) -> Document:
    text, removed = clean_text(normalise_spaces(raw.text))
    _check(text)
    lines = [line.strip() for line in normalise_spaces(raw.text).splitlines() if line.strip()]
    header, trailer, above = around_article(lines)
    published = in_page_order(from_lines(header, trailer, above), text)
    # A dump keeps its dateline among the headline lines; one found far above them goes back.
    if published and published.method == "far-dateline":
        text = "\n".join(with_dateline(text.splitlines(), lines, published.evidence))
    return Document(
        sha256=raw.sha256,
        name=raw.name,
        title=next((line for line in text.splitlines() if line.strip()), None),
        text=text,
        published=published,
        removed=tuple(removed),
        media_type=raw.media_type,
        encoding=raw.encoding,
    )


def clean(raw: RawDocument) -> Document:
    """The cleaned document; raises CleanError when nothing usable remains."""
    if not raw.text.strip():
        raise CleanError("the document is empty")
    if raw.media_type == "text/html":
        return _html(raw)
    return _plain(raw)


__all__ = ["CleanError", "clean", "normalise_spaces", "strip_tags"]
