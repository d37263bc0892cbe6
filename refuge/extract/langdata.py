"""Per-language knowledge for the extract stage, read from TOML files beside this module.

Each language has a folder `lang/<code>/` holding small tables (`numbers.toml`, `dates.toml`,
`triggers.toml`, ...). Files are read on first use and cached, never at import time.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any, TypeVar

from refuge.needles import fewest

LANG_DIR = Path(__file__).resolve().parent / "lang"

T = TypeVar("T")
_TABLES: list[Callable[[str], object]] = []


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The table `lang/<lang>/<name>.toml`; an empty dict when the language has no such file.

    The result is shared between callers: treat it as read-only.
    """
    path = LANG_DIR / lang / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def per_language(build: Callable[[str], T]) -> Callable[[str], T]:
    """`cache` for a function that compiles one language's tables, listed so that
    `compile_tables` can build them all before they are first needed."""
    cached = cache(build)
    _TABLES.append(cached)
    return cached


def compile_tables() -> None:
    """Build every listed table of every language now: processes forked after this share
    them, where each would otherwise compile its own on its first pages."""
    for lang in sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()):
        for build in _TABLES:
            build(lang)


def either(patterns: Sequence[str], flags: int = 0) -> re.Pattern[str] | None:
    """One regex that matches any of a data file's patterns, or None when the list is empty."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


# Reading a pattern's parse tree needs the regex parser, which the standard library keeps
# private; its output has kept the same shape since Python 3.5.
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)

# IGNORECASE takes a character to its simple lower case and treats a few of those as one more
# ("s" and "ſ", "i" and "ı", "σ" and "ς": `_EXTRA_CASES`). `casefold` below writes each such
# class as one character, so that a guard can look for a caseless pattern's literal words in a
# lowered text. str.lower() gives the simple lower case of every character but "İ", which it
# writes as two ("i̇"): it is taken to "i" first.
_BEFORE_LOWER = {0x130: "i"}
_ONE_OF_A_CLASS = {
    code: chr(min(code, *others)) for code, others in _EXTRA_CASES.items() if min(others) < code
}


@lru_cache(maxsize=8192)
def casefold(text: str) -> str:
    """`text` with every character as the one IGNORECASE matches it by, one for one.

    A guard's test only: offsets of the result are those of `text`, but it is never matched on.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_BEFORE_LOWER).lower().translate(_ONE_OF_A_CLASS)


def _caseless(code: int, ignore: bool) -> bool:
    """Whether a literal matches only itself: always without IGNORECASE; with it, when the
    character has no case (the engine then compares it as is: CJK, Hangul, digits, commas)."""
    ch = chr(code)
    return not ignore or ch.lower() == ch == ch.upper()


def _shorter(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Of two needle sets, the one whose shortest needle is longer: the rarer to be found."""
    if a is None or b is None:
        return a or b
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _needles_of(items: Any, ignore: bool, folded: bool) -> tuple[str, ...] | None:
    """Strings one of which every match of a parsed sequence holds, or None if none is known.
    With `folded` they are case-folded, one of them held by the folded text of every match:
    then every literal counts, whatever its case."""
    best: tuple[str, ...] | None = None
    run = ""
    for op, av in items:
        if op is _sre.LITERAL and (folded or _caseless(av, ignore)):
            run += casefold(chr(av)) if folded else chr(av)
            continue
        best, run = _shorter(best, (run,) if run else None), ""
        if op is _sre.SUBPATTERN:
            _, add, remove, sub = av
            inner = (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            best = _shorter(best, _needles_of(sub, inner, folded))
        elif op in _REPEATS and av[0] >= 1:
            best = _shorter(best, _needles_of(av[2], ignore, folded))
        elif op is _sre.BRANCH:
            each = [_needles_of(alt, ignore, folded) for alt in av[1]]
            if all(n is not None for n in each):
                best = _shorter(best, tuple(s for n in each if n for s in n))
    return _shorter(best, (run,) if run else None)


@dataclass(frozen=True)
class Guarded:
    """A pattern with the literal strings one of which each of its matches holds: a text that
    holds none of them is turned away by a substring test, without running the pattern. The
    strings of a caseless pattern are case-folded and looked for in the folded text."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    folded: bool = False

    def _may_match(self, text: str) -> bool:
        if not self.needles:
            return True
        seen = casefold(text) if self.folded else text
        # this runs for every pattern on every sentence
        for n in self.needles:  # noqa: SIM110 (any() over a generator is a third slower here)
            if n in seen:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(text):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may_match(text) else iter(())

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self._may_match(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text) if self._may_match(text) else None


def guarded(pattern: re.Pattern[str]) -> Guarded:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    ignore = bool(parsed.state.flags & re.IGNORECASE)
    return Guarded(pattern, fewest(_needles_of(parsed, ignore, ignore) or ()), ignore)
