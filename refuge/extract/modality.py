"""Modality: how firmly a sentence states an incident.

Cues come from `lang/<lang>/modality.toml`. The strongest cue wins, in the order denied,
conditional, planned, uncertain; with no cue a claim is `reported` when it is attributed and
`asserted` when the author states it. Words listed as `neutral` look like cues but are not
("주장이 사실이라면" weighs a report; it imagines no incident), so they are read past.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from refuge.extract import langdata
from refuge.extract.rules import clause_at
from refuge.extract.triggers import compile_patterns

ORDER: tuple[str, ...] = ("denied", "conditional", "planned", "uncertain")


@langdata.per_language
def _cues(lang: str) -> tuple[tuple[str, langdata.Guarded], ...]:
    table = langdata.load(lang, "modality")
    out: list[tuple[str, langdata.Guarded]] = []
    for name in ORDER:
        # cues carry their own word boundaries; compile them as plain alternations
        pattern = compile_patterns(table.get(name, ()), "" if lang == "en" else lang)
        if pattern:
            # most sentences hold no cue word ("않았다", "予定"): a substring test says so
            out.append((name, langdata.guarded(pattern)))
    return tuple(out)


@cache
def _later_clauses(lang: str) -> re.Pattern[str] | None:
    """Where a clause ends for a hedge that only reaches back as far as it: `hedge_breaks` in
    the language's modality table."""
    breaks = langdata.load(lang, "modality").get("hedge_breaks", ())
    return re.compile("|".join(breaks)) if breaks else None


def _hedge_reaches(text: str, lang: str, pattern: langdata.Guarded, focus: tuple[int, int]) -> bool:
    """Whether a hedge or an announcement speaks for the incident word at `focus`. Where the
    language lists `hedge_breaks` (Chinese, Japanese), one in a later clause is about something
    else ("…遭逮捕，目前仍被关押，随时可能被送回": the arrest is told) while one before it
    opens what follows ("据信，…已被遣返"); elsewhere it must stand in the clause itself."""
    later = _later_clauses(lang)
    if later is not None:
        end = later.search(text, focus[1])
        return bool(pattern.search(text, 0, end.start() if end else len(text)))
    start, end = clause_at(text, focus, lang)
    return bool(pattern.search(text, start, end))


@cache
def _neutral(lang: str) -> re.Pattern[str] | None:
    table = langdata.load(lang, "modality")
    return compile_patterns(table.get("neutral", ()), "" if lang == "en" else lang)


# cues that speak only for the clause they stand in: "left China on Friday, flying on to a
# journey that is expected to end in Seoul" states the departure
CLAUSE_BOUND = ("planned", "uncertain")


# A sentence's modality is asked for once for the sentence and once per incident word in it;
# which cues it holds depends on its text alone.
@lru_cache(maxsize=4096)
def _cues_in(text: str, lang: str) -> tuple[str, tuple[tuple[str, langdata.Guarded], ...]]:
    """The text with its neutral words blanked, and the cues it holds, strongest first."""
    neutral = _neutral(lang)
    if neutral:
        # blanked, not cut out, so that a focus still points at the incident word
        text = neutral.sub(lambda m: " " * len(m.group()), text)
    return text, tuple((name, p) for name, p in _cues(lang) if p.search(text))


def find_modality(
    text: str, lang: str, attributed: bool, focus: tuple[int, int] | None = None
) -> str:
    """The strongest cue in `text`; a hedge ("expected", "appear to") or an announcement only
    counts where it reaches the incident word at `focus` (`_hedge_reaches`)."""
    text, held = _cues_in(text, lang)
    for name, pattern in held:
        if (
            name in CLAUSE_BOUND
            and focus is not None
            and not _hedge_reaches(text, lang, pattern, focus)
        ):
            continue
        return name
    return "reported" if attributed else "asserted"


def first_cue(text: str, lang: str, name: str) -> int | None:
    """Where the first cue of modality `name` stands in `text`, if any."""
    text, held = _cues_in(text, lang)
    pattern = dict(held).get(name)
    hit = pattern.search(text) if pattern else None
    return hit.start() if hit else None


__all__ = ["find_modality", "first_cue"]
