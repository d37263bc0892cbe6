"""Evidence highlighting: escape the untrusted text first, and only then insert <mark>.

Every piece of document text passes through `markupsafe.escape` before it is joined with
the few tags written here; attribute values are escaped too. Nothing from a document
reaches the page as markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """One claim's evidence: character offsets into the cleaned text and its label."""

    start: int
    end: int
    label: str
    anchor: str
    kind: str


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """The text as HTML with each span marked; overlapping spans nest as several labels.

    Offsets outside the text are clipped and empty spans skipped, so a bad claim row
    costs a missing highlight, never a broken page.
    """
    n = len(text)
    usable = [
        (max(0, min(s.start, n)), max(0, min(s.end, n)), s)
        for s in spans
        if isinstance(s.start, int) and isinstance(s.end, int)
    ]
    usable = [(a, b, s) for a, b, s in usable if a < b]
    cuts = sorted({0, n, *(a for a, _, _ in usable), *(b for _, b, _ in usable)})
    out: list[str] = []
    for left, right in itertools.pairwise(cuts):
        piece = escape(text[left:right])
        covering = [s for a, b, s in usable if a <= left and right <= b]
        starting = [s for a, _, s in usable if a == left]
        for s in starting:
            out.append(
                Markup(
                    '<a class="claim-label claim-{kind}" id="{anchor}" href="#{anchor}">{label}</a>'
                ).format(kind=s.kind, anchor=s.anchor, label=s.label)
            )
        if covering:
            labels = " ".join(s.label for s in covering)
            kinds = " ".join(f"ev-{s.kind}" for s in covering)
            out.append(
                Markup(
                    '<mark class="evidence {kinds}" data-claims="{labels}">{piece}</mark>'
                ).format(kinds=kinds, labels=labels, piece=piece)
            )
        else:
            out.append(piece)
    return Markup("").join(out)


def claim_anchor(key: str) -> str:
    """A fragment id for a claim key ("ab12:3-40:arrest#1" -> "claim-ab12-3-40-arrest-1")."""
    return "claim-" + "".join(ch if ch.isalnum() else "-" for ch in key)
