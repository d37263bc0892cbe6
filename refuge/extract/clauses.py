"""Clauses: which incident words of a sentence tell what happened to which figure.

Japanese and Chinese put a relative clause before the noun it describes, so a figure may carry
an earlier incident of its own ("14日に大使館に駆け込んだ25人は15日に出国した", "前日闖入使館的
二十五名北韓人，昨日離開北京"): that clause is a second claim about the same people, dated by its
own date. Such a clause belongs to the figure right after it, never to a figure before it
("5人は、…に駆け込んで韓国へ渡った一家7人の親族だという"). Japanese also strings predicates of
one subject together ("駆け込もうとし、…取り押さえられて連行された"): each is an incident.

What marks these in each language is data in `lang/<code>/triggers.toml`, table `[clauses]`:
`relative` ("before" where relative clauses precede their noun), `describes` (a pattern the text
between an incident word and the figure must match in full for the word to describe it),
`chain` (what joins two predicates of one subject), `chain_breaks` (a new subject) and
`topic_date` (the text before and after a date that dates the main clause, not a relative one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from refuge.extract import langdata
from refuge.extract.counts import CountMention
from refuge.extract.triggers import Trigger


@dataclass(frozen=True)
class _Grammar:
    before: bool
    describes: re.Pattern[str] | None
    chain: re.Pattern[str] | None
    breaks: re.Pattern[str] | None
    topic_date: tuple[re.Pattern[str], re.Pattern[str]] | None


@cache
def _grammar(lang: str) -> _Grammar:
    table = langdata.load(lang, "triggers").get("clauses", {})

    def pattern(items: Sequence[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{p})" for p in items)) if items else None

    return _Grammar(
        table.get("relative") == "before",
        re.compile(table["describes"]) if table.get("describes") else None,
        pattern(table.get("chain", ())),
        pattern(table.get("chain_breaks", ())),
        (re.compile(topic[0]), re.compile(topic[1]))
        if (topic := table.get("topic_date"))
        else None,
    )


def relative_before(lang: str) -> bool:
    return _grammar(lang).before


def described(
    t: Trigger, counts: Sequence[CountMention], text: str, lang: str, modifier: bool
) -> CountMention | None:
    """The figure whose people the incident word describes in a relative clause, if any."""
    grammar = _grammar(lang)
    if not grammar.before:
        return None
    following = [c for c in counts if c.start >= t.end]
    if not following:
        return None
    first = following[0]
    between = text[t.end : first.start]
    if grammar.describes and grammar.describes.fullmatch(between):
        return first
    return first if modifier and not re.search(r"[，。；,;]", between) else None


def main_clause_date(start: int, end: int, text: str, lang: str) -> bool:
    """A date that stands right after the topic ("代表は今月2日、") dates the main clause."""
    topic = _grammar(lang).topic_date
    return bool(topic and topic[0].search(text[:start]) and topic[1].match(text[end:]))


def chained(main: Trigger, heads: Sequence[Trigger], text: str, lang: str) -> list[Trigger]:
    """The predicates strung to `main` with one subject ("…とし、…取り押さえられて連行された")."""
    grammar = _grammar(lang)
    if grammar.chain is None:
        return [main]
    ordered = sorted(heads, key=lambda t: t.start)
    i = ordered.index(main)
    link = [main]

    def joined(a: Trigger, b: Trigger) -> bool:
        between = text[a.end : b.start]
        if grammar.breaks and grammar.breaks.search(between):
            return False
        # the trigger may end in the continuative itself ("駆け込み、")
        return bool(grammar.chain and grammar.chain.search(text[a.end - 1 : b.start]))

    j = i
    while j > 0 and joined(ordered[j - 1], ordered[j]):
        j -= 1
        link.insert(0, ordered[j])
    j = i
    while j + 1 < len(ordered) and joined(ordered[j], ordered[j + 1]):
        j += 1
        link.append(ordered[j])
    return link


__all__ = ["chained", "described", "main_clause_date", "relative_before"]
