"""Attribution: who a sentence says its information comes from.

`lang/<lang>/attribution.toml` holds `sources` (patterns whose group "source" names the
teller: "according to X", "X에 따르면", "Xによると", "据X称") and `hearsay` (reported speech whose
teller was named earlier: "という", "~다고 전했다", "据报道"). For hearsay the caller passes the
last source named nearby. A source that is only a pronoun (`pronouns`: "그에 따르면", "他说")
stands for that last source too; one matching `not_sources` (a byline: "本报记者") is no source;
`trim` cuts what stands beside a name without being one ("그리고 …", "…7日", "【記者】…").
A sentence that is wholly a quotation is the speech of the last source named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from refuge.extract import langdata
from refuge.extract.rules import clause_at

# a captured "source" longer than this is a clause, not a name
MAX_SOURCE = 80


@dataclass(frozen=True)
class Attribution:
    source: str | None
    reported: bool


# a sentence standing wholly inside quotation marks: someone's words, not the author's
QUOTED = re.compile(r'^\s*(?:"[^"]+"|“[^“”]+”|「[^「」]+」|『[^『』]+』)\s*[.。]?\s*$')
# a source read as this, then the words, is a pronoun the caller resolves to the last source
# named; with none named, a pronoun that is a phrase ("그 단체") is kept as written
PRONOUN = "\0pronoun"


def _resolved(source: str, nearby: str | None) -> str:
    words = source[len(PRONOUN) :]
    return nearby or (words if len(words) >= 3 else "unnamed source")


def _joined(patterns: list[str]) -> re.Pattern[str] | None:
    return langdata.either(patterns, re.MULTILINE)


def _spelled(table: dict, key: str) -> list[str]:
    """A table's patterns with each `{{NAME}}` spelled out as the table's `words.NAME`: one
    verb family ("said, says, told, reported, …"; "밝혔, 전했, 주장했, …") shared by every
    pattern that needs it, so that a verb added once is heard everywhere."""
    words = table.get("words", {})
    out = []
    for pattern in table.get(key, ()):
        for name, alternatives in words.items():
            pattern = pattern.replace("{{" + name + "}}", "(?:" + "|".join(alternatives) + ")")
        out.append(pattern)
    return out


@langdata.per_language
def _patterns(lang: str) -> tuple[tuple[langdata.Guarded, ...], langdata.Guarded | None]:
    # Every sentence and clause is tried against every source pattern; most hold none of the
    # words a pattern needs ("according to", "따르면"), and a substring test says so.
    table = langdata.load(lang, "attribution")
    sources = tuple(
        langdata.guarded(re.compile(p, re.MULTILINE)) for p in _spelled(table, "sources")
    )
    hearsay = _joined(_spelled(table, "hearsay"))
    return sources, langdata.guarded(hearsay) if hearsay else None


@langdata.per_language
def _filters(
    lang: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    table = langdata.load(lang, "attribution")
    pronouns = table.get("pronouns", ())
    whole = re.compile("|".join(pronouns)) if pronouns else None
    return whole, _joined(table.get("trim", ())), _joined(table.get("not_sources", ()))


def _tidy(source: str, lang: str) -> str | None:
    pronouns, trim, bylines = _filters(lang)
    if trim is not None:
        source = trim.sub("", source)
    source = source.strip(" \t\n,、，:：\"'“”「」『』")
    if pronouns is not None and pronouns.fullmatch(source):
        return PRONOUN + source
    if len(source) < 2 or len(source) > MAX_SOURCE:
        return None
    if bylines is not None and bylines.search(source):
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
                return Attribution(_resolved(own, nearby) if own.startswith(PRONOUN) else own, True)
    source, reported = _read(text, lang)
    if source is not None and source.startswith(PRONOUN):
        return Attribution(_resolved(source, nearby), True)
    if source is None and reported:
        return Attribution(nearby or "unnamed source", True)
    return Attribution(source, reported)


def reports(text: str, lang: str) -> bool:
    """Whether `text` tells on someone's word at all: a source named or hearsay marked."""
    return _read(text, lang)[1]


# A sentence that yields no claim is read again as the continuation of the one before; what it
# names depends on the text alone, so it is kept for that second reading.
@lru_cache(maxsize=4096)
def _read(text: str, lang: str) -> tuple[str | None, bool]:
    """The source named in `text`, and whether it reports speech at all."""
    sources, hearsay = _patterns(lang)
    for pattern in sources:
        m = pattern.search(text)
        if m and (source := _tidy(m.group("source"), lang)):
            return source, True
    return None, bool(hearsay and hearsay.search(text)) or bool(QUOTED.match(text))


__all__ = ["Attribution", "find_attribution", "reports"]
