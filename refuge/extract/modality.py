"""Modality: how firmly a sentence states an incident.

Cues come from `lang/<lang>/modality.toml`. The strongest cue wins, in the order denied,
conditional, planned, uncertain; with no cue a claim is `reported` when it is attributed and
`asserted` when the author states it. Words listed as `neutral` look like cues but are not
("주장이 사실이라면" weighs a report; it imagines no incident), so they are read past.
"""

from __future__ import annotations

import re
from functools import cache

from refuge.extract import langdata
from refuge.extract.triggers import compile_patterns

ORDER: tuple[str, ...] = ("denied", "conditional", "planned", "uncertain")


@cache
def _cues(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = langdata.load(lang, "modality")
    out: list[tuple[str, re.Pattern[str]]] = []
    for name in ORDER:
        # cues carry their own word boundaries; compile them as plain alternations
        pattern = compile_patterns(table.get(name, ()), "" if lang == "en" else lang)
        if pattern:
            out.append((name, pattern))
    return tuple(out)


@cache
def _neutral(lang: str) -> re.Pattern[str] | None:
    table = langdata.load(lang, "modality")
    return compile_patterns(table.get("neutral", ()), "" if lang == "en" else lang)


def find_modality(text: str, lang: str, attributed: bool) -> str:
    neutral = _neutral(lang)
    if neutral:
        text = neutral.sub(" ", text)
    for name, pattern in _cues(lang):
        if pattern.search(text):
            return name
    return "reported" if attributed else "asserted"


__all__ = ["find_modality"]
