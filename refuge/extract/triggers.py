"""Triggers: the words that announce an incident, and who it must be about.

Everything language-specific is read from `lang/<lang>/triggers.toml`; this module compiles
it once per language into a handful of regular expressions and answers three questions about
a sentence: which incident words it holds (minus the senses that are not refugee incidents and
the ones someone demands be stopped), whether it is about North Koreans who left, and whether
it states a stock figure rather than one incident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from refuge.extract import langdata

# Most specific first: when two trigger words overlap, the longer one wins; when a figure
# sits between several, the earlier type in this list is the likelier main event.
TYPE_ORDER: tuple[str, ...] = (
    "forced_repatriation",
    "execution",
    "asylum_seeking",
    "resettlement",
    "arrest",
    "disappearance",
    "detention",
    "population_estimate",
    "protest",
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    type: str
    surface: str


@dataclass(frozen=True)
class Lexicon:
    # Every pattern is guarded: each is tried on every sentence, and most hold none of its
    # words
    triggers: tuple[tuple[str, langdata.Guarded], ...]
    strong: langdata.Guarded | None
    weak: langdata.Guarded | None
    anaphors: langdata.Guarded | None
    senses: langdata.Guarded | None
    objections: langdata.Guarded | None
    forecasts: langdata.Guarded | None
    quantity: langdata.Guarded | None
    stock: langdata.Guarded | None
    # people held told by what awaits them ("hundreds more are held, facing the same fate"):
    # the detention of a group, however "currently" it is worded, not a stock figure
    fates: langdata.Guarded | None
    remarks: langdata.Guarded | None
    # a state's answer held ready for an imagined incident ("will take the necessary steps if
    # they were sent back"): the incident it imagines is a conditional claim
    responses: langdata.Guarded | None
    # words right before an incident word that name it as one already told ("this afternoon's
    # rally", "Monday's mass return"): a reference, not a new incident
    told: langdata.Guarded | None
    # incident words that name where people were held, not what befell them ("emptied several
    # detention centres and drove the detainees across the border"): another incident word in
    # the sentence tells the incident
    scenes: langdata.Guarded | None
    # incidents that need no refugee named in their own sentence in a document about refugees
    on_topic: tuple[str, ...]
    # words naming the North or a return to it ("北朝鮮に戻された", "北韩"): a short text that
    # tells an incident beside them is about refugees though it names none
    topic: langdata.Guarded | None
    # what marks a sentence's subject ("5人が", "一家は"): where the language drops a subject the
    # sentences before have named, a sentence with none of these before its incident word is
    # about their people
    subject_marks: langdata.Guarded | None
    # how a sentence that drops its subject closes when it tells what happened ("拿捕された"),
    # not how things go ("タイにたどり着く") nor a remark ("出国まで、わずか1日あまり")
    dropped_close: langdata.Guarded | None


def compile_patterns(patterns: Iterable[str], lang: str) -> re.Pattern[str] | None:
    """One alternation; English entries are whole words, other scripts match inside words."""
    items = [p for p in patterns if p]
    if not items:
        return None
    body = "|".join(f"(?:{p})" for p in items)
    if lang == "en":
        body = rf"\b(?:{body})\b"
    return re.compile(body, re.IGNORECASE)


def _guarded(patterns: Iterable[str], lang: str) -> langdata.Guarded | None:
    pattern = compile_patterns(patterns, lang)
    return langdata.guarded(pattern) if pattern else None


@langdata.per_language
def lexicon(lang: str) -> Lexicon:
    table = langdata.load(lang, "triggers")
    triggers = tuple(
        (kind, pattern)
        for kind in TYPE_ORDER
        if (pattern := _guarded(table.get("triggers", {}).get(kind, ()), lang))
    )
    subjects = table.get("subjects", {})
    blockers = table.get("blockers", {})
    return Lexicon(
        triggers=triggers,
        strong=_guarded(subjects.get("strong", ()), lang),
        weak=_guarded(subjects.get("weak", ()), lang),
        anaphors=_guarded(subjects.get("anaphors", ()), lang),
        senses=_guarded(blockers.get("senses", ()), lang),
        objections=_guarded(blockers.get("objections", ()), lang),
        forecasts=_guarded(blockers.get("forecasts", ()), lang),
        quantity=_guarded(table.get("quantity", {}).get("words", ()), lang),
        stock=_guarded(table.get("stock", {}).get("words", ()), lang),
        fates=_guarded(table.get("stock", {}).get("fates", ()), lang),
        remarks=_guarded(table.get("remarks", {}).get("words", ()), lang),
        responses=_guarded(table.get("responses", {}).get("words", ()), lang),
        told=_guarded_either(table.get("references", {}).get("told", ())),
        scenes=_guarded(table.get("references", {}).get("scenes", ()), lang),
        on_topic=tuple(subjects.get("on_topic", ("forced_repatriation",))),
        topic=_guarded(subjects.get("topic", ()), lang),
        subject_marks=_guarded(subjects.get("marks", ()), lang),
        dropped_close=_guarded(subjects.get("dropped_close", ()), lang),
    )


def _guarded_either(patterns: Sequence[str]) -> langdata.Guarded | None:
    pattern = langdata.either(patterns, re.IGNORECASE)
    return langdata.guarded(pattern) if pattern else None


def _spans(pattern: langdata.Guarded | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def find_triggers(text: str, lang: str) -> list[Trigger]:
    """Incident words in a sentence, in order, without overlaps (the longest wins).

    A word inside a non-refugee sense ("remains were repatriated") or inside a demand to
    stop ("강제북송 반대", "stop the repatriations") is not a trigger.
    """
    return list(_triggers(text, lang))


FIGURE_MARKS = re.compile(r"(?<=\d)\+|[~≈](?=\d)")


# Assembly asks for the incident words of a sentence more than once (whether it is on topic,
# which words type its figures); they depend on the text alone.
@lru_cache(maxsize=4096)
def _triggers(text: str, lang: str) -> tuple[Trigger, ...]:
    lex = lexicon(lang)
    # "sent 45+ defectors back", "returned ~250 escapees": a figure's plus or tilde is read as
    # part of its word, so that the patterns' runs of words go over it (offsets hold)
    scan = FIGURE_MARKS.sub("0", text)
    words = [(kind, m.span()) for kind, pattern in lex.triggers for m in pattern.finditer(scan)]
    # the senses and demands that block an incident word are looked for only where one stands
    if not words:
        return ()
    blocked = _spans(lex.senses, text) + _spans(lex.objections, text) + _spans(lex.forecasts, text)
    found: list[Trigger] = []
    for kind, (start, end) in words:
        if end == start:
            continue
        if any(s < end and start < e for s, e in blocked):
            continue
        found.append(Trigger(start, end, kind, text[start:end]))
    found.sort(key=lambda t: (t.start - t.end, TYPE_ORDER.index(t.type), t.start))
    kept: list[Trigger] = []
    for t in found:
        if all(t.end <= k.start or k.end <= t.start for k in kept):
            kept.append(t)
    return tuple(sorted(kept, key=lambda t: t.start))


def forecast_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where a sentence forecasts that a policy goes on ("will ramp up the repatriation")."""
    return _spans(lexicon(lang).forecasts, text)


# Assembly asks the same questions of a sentence from several places (is it off topic, does it
# name refugees); the answers depend on the text alone.
@lru_cache(maxsize=16384)
def has(pattern_name: str, text: str, lang: str) -> bool:
    pattern: langdata.Guarded | None = getattr(lexicon(lang), pattern_name)
    return bool(pattern and pattern.search(text))


def names_topic(text: str, lang: str) -> bool:
    """A sentence that names refugees, or tells an incident beside a word for the North
    ("8月29日には80人が北朝鮮に戻された", "两百多名…被移交到惠山…朝方")."""
    if has("strong", text, lang):
        return True
    return (
        has("topic", text, lang) and not off_topic(text, lang) and bool(find_triggers(text, lang))
    )


def off_topic(text: str, lang: str) -> bool:
    """A sentence about workers, athletes or missiles, with no North Korean who left in it."""
    return has("senses", text, lang) and not has("strong", text, lang)


__all__ = [
    "TYPE_ORDER",
    "Lexicon",
    "Trigger",
    "compile_patterns",
    "find_triggers",
    "forecast_spans",
    "has",
    "lexicon",
    "names_topic",
]
