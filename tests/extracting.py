"""Reading a short text the way the pipeline reads a page, for the extraction tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from refuge.extract import extract
from refuge.records import Claim, Document, Published
from refuge.segment import segment


def read(text: str, published: date) -> list[Claim]:
    """The claims of `text` as one cleaned page published on `published`."""
    doc = Document(
        sha256="t" * 64, name="t.txt", title=None, text=text, published=Published(published, "test")
    )
    return extract(doc, segment(doc))


def reader(default: date) -> Callable[..., list[Claim]]:
    """`read` with a page date of its own for each test module (its examples speak of it)."""

    def claims_of(text: str, published: date = default) -> list[Claim]:
        return read(text, published)

    return claims_of


def figures(found: list[Claim]) -> list[tuple[str, int | None, str | None]]:
    """Type, figure and first day of each claim: what most examples check."""
    return [
        (c.type, c.count.value if c.count else None, c.date.start.isoformat() if c.date else None)
        for c in found
    ]
