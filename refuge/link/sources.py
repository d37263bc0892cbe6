"""Who a figure comes from, in one spelling across languages, so corroboration is counted honestly."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class KnownSource:
    id: str
    label: str
    pattern: re.Pattern[str]


@cache
def known_sources() -> tuple[KnownSource, ...]:
    data = tomllib.loads(Path(__file__).with_name("sources.toml").read_text("utf-8"))
    out = []
    for s in data["source"]:
        alts = []
        for alias in sorted(s["aliases"], key=len, reverse=True):
            a = re.escape(fold(alias))
            # Short Latin names ("un", "ap") must not match inside other words.
            alts.append(rf"\b{a}\b" if alias.isascii() else a)
        out.append(KnownSource(s["id"], s["label"], re.compile("|".join(alts))))
    return tuple(out)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@cache
def source_ids(attribution: str) -> tuple[str, ...]:
    """Known sources an attribution names, in the order they appear; else its folded text."""
    folded = fold(attribution)
    found = []
    for s in known_sources():
        m = s.pattern.search(folded)
        if m:
            found.append((m.start(), s.id))
    if found:
        return tuple(i for _, i in sorted(found))
    bare = re.sub(r"[\s\W_]+", " ", folded).strip()
    return (f"said:{bare}",)


@cache
def source_label(source_id: str) -> str:
    for s in known_sources():
        if s.id == source_id:
            return s.label
    return source_id.removeprefix("said:").removeprefix("outlet:")


def claim_sources(attribution: str | None, outlet: str) -> tuple[str, ...]:
    """An attributed claim belongs to the sources it names; an unattributed one to its outlet."""
    if attribution and attribution.strip():
        return source_ids(attribution)
    return (f"outlet:{outlet}",)
