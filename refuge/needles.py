"""Needles: literal strings one of which stands in every text a pattern matches.

Most sentences name none of a table's words, and a substring test on the needles says so much
faster than running the pattern, so both the language tables and the gazetteer's facility
words are looked for through them first.
"""

from __future__ import annotations

from collections.abc import Iterable


def fewest(needles: Iterable[str]) -> tuple[str, ...]:
    """The needles less those holding a shorter one: a text with the longer holds the shorter."""
    kept: list[str] = []
    for n in sorted(set(needles), key=lambda n: (len(n), n)):
        if not any(k in n for k in kept):
            kept.append(n)
    return tuple(kept)
