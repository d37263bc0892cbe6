"""Sentence boundaries with offsets, for Korean, English, Japanese and Chinese text.

Lines are hard boundaries (headlines, datelines and paragraphs are lines in cleaned text).
Within a line, CJK full stops always end a sentence; a Latin full stop ends one only when a
space and a capital, digit or quote follow and the word before it is not a known abbreviation
("Oct.", "D.C.", "N. Koreans").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CJK_END = re.compile(r"[。！？!?](?:[」』”\"'）)]*)")
_LATIN_END = re.compile(r"(?<=[.!?])[\"'”’)]*(?=\s+[\"'“‘(\[]?[A-Z0-9가-힣])")
# initials ("J.M. Missionary Union", "N.K. News") do not end a sentence
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "st",
        "mt",
        "jr",
        "sr",
        "co",
        "corp",
        "inc",
        "ltd",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.n",
        "u.k",
        "d.c",
        "p.m",
        "a.m",
        "e.g",
        "i.e",
        "n",
        "s",
        "approx",
        "est",
        "dept",
    ]
)


def _latin_breaks(line: str) -> Iterator[int]:
    for match in _LATIN_END.finditer(line):
        end = match.end()
        head = line[:end].rstrip("\"'”’)")
        if head.endswith("."):
            words = head[:-1].split()
            token = words[-1].lower().lstrip("(\"'“‘") if words else ""
            # a one-letter word is an initial; a one-digit one ends a date ("on Nov. 2. The
            # navy…") unless it numbers the line ("1. The first…")
            initial = len(token) == 1 and (not token.isdigit() or len(words) == 1)
            if token in _ABBREVIATIONS or initial or _INITIALS.fullmatch(token):
                continue
        yield end


def _korean_breaks(line: str) -> Iterator[int]:
    # Korean prose ends sentences with a Latin full stop after a verb ending ("했다.").
    for match in re.finditer(r"(?<=[가-힣])[.](?=\s)", line):
        yield match.end()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of sentences, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        breaks = {m.end() for m in _CJK_END.finditer(line)}
        breaks.update(_latin_breaks(line))
        breaks.update(_korean_breaks(line))
        start = 0
        for end in [*sorted(breaks), len(line)]:
            piece = line[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                spans.append((pos + start + lead, pos + start + lead + len(stripped)))
            start = end
        pos += len(line)
    return spans
