"""Attribution: who a sentence says its information comes from.

`lang/<lang>/attribution.toml` holds `sources` (patterns whose group "source" names the
teller: "according to X", "X에 따르면", "Xによると", "据X称") and `hearsay` (reported speech whose
teller was named earlier: "という", "~다고 전했다", "据报道"). For hearsay the caller passes the
last source named nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from refuge.extract import langdata
from refuge.extract.rules import clause_at

# a captured "source" longer than this is a clause, not a name
MAX_SOURCE = 80


@dataclass(frozen=True)
class Attribution:
    source: str | None
    reported: bool


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    table = langdata.load(lang, "attribution")
    flags = re.MULTILINE
    sources = tuple(re.compile(p, flags) for p in table.get("sources", ()))
    hearsay = table.get("hearsay", ())
    joined = re.compile("|".join(f"(?:{p})" for p in hearsay), flags) if hearsay else None
    return sources, joined


def _tidy(source: str) -> str | None:
    source = source.strip(" \t\n,、，:：\"'“”「」『』")
    if len(source) < 2 or len(source) > MAX_SOURCE:
        return None
    return source


def find_attribution(
    text: str, lang: str, nearby: str | None = None, focus: tuple[int, int] | None = None
) -> Attribution:
    """The source a sentence names, or `nearby` when it only signals reported speech. A source
    named in the clause of the incident word at `focus` speaks for it before one named in
    another clause ("Yonhap said 20 were caught, and HRW says 50 were sent back")."""
    if focus is not None:
        start, end = clause_at(text, focus, lang)
        if (start, end) != (0, len(text)):
            own, _ = _read(text[start:end], lang)
            if own is not None:
                return Attribution(own, True)
    source, reported = _read(text, lang)
    if source is None and reported:
        return Attribution(nearby or "unnamed source", True)
    return Attribution(source, reported)


# A sentence that yields no claim is read again as the continuation of the one before; what it
# names depends on the text alone, so it is kept for that second reading.
@lru_cache(maxsize=4096)
def _read(text: str, lang: str) -> tuple[str | None, bool]:
    """The source named in `text`, and whether it reports speech at all."""
    sources, hearsay = _patterns(lang)
    for pattern in sources:
        m = pattern.search(text)
        if m and (source := _tidy(m.group("source"))):
            return source, True
    return None, bool(hearsay and hearsay.search(text))


__all__ = ["Attribution", "find_attribution"]
