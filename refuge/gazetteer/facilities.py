"""Embassies, consulates, customs posts and detention centres as places.

"Chinese Embassy in Washington, D.C.", "주한 중국대사관", "在瀋陽日本総領事館", "장백세관":
the facility becomes one mention placed in its city. When only the host country is named
(주중 한국대사관), an embassy is placed in that country's capital and a consulate in the
country. The nationality in the name (the "Chinese" of a Chinese embassy) is not a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from refuge.needles import fewest
from refuge.records import Place

from . import data
from .mention import PlaceMention
from .scripts import fold, is_word_char

# characters a nationality or host prefix may sit before the facility word
_WINDOW = 40


class _Places(Protocol):
    def capital(self, code: str) -> Place | None: ...

    def country(self, code: str) -> Place: ...


@dataclass(frozen=True)
class _Rules:
    words: re.Pattern[str]
    # one of these stands in every text `words` matches (the words less those holding a
    # shorter one): most sentences name no facility, and substring tests say so faster than
    # the pattern, which also checks word edges
    needles: tuple[str, ...]
    types: dict[str, str]
    link: re.Pattern[str]
    in_city: re.Pattern[str]
    host: re.Pattern[str]
    hosts: dict[str, str]
    demonym: re.Pattern[str]
    demonyms: dict[str, str]
    default_host: dict[str, str]
    capital_after: re.Pattern[str] | None


def _alternation(words: list[str]) -> str:
    def one(w: str) -> str:
        body = re.escape(w)
        return rf"\b{body}\b" if is_word_char(w[0]) else body

    return "|".join(one(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _rules() -> _Rules:
    types: dict[str, str] = {}
    links: list[str] = []
    in_city: list[str] = []
    hosts: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    default_host: dict[str, str] = {}
    capital_after: list[str] = []
    for lang in data.LANGS:
        fac = data.lang_rules(lang).facility
        for kind, words in (("embassy", fac.embassy), ("consulate", fac.consulate)):
            types.update({fold(w): kind for w in words})
        types.update({fold(w): "other" for w in fac.other if fold(w) not in types})
        links.extend(fac.city_links)
        if fac.in_city:
            in_city.append(fac.in_city)
        hosts.update({fold(k): v for k, v in fac.host_prefixes.items()})
        demonyms.update({fold(k): v for k, v in fac.demonyms.items()})
        if fac.default_host:
            default_host[lang] = fac.default_host
        if fac.capital_after:
            capital_after.append(fac.capital_after)
    return _Rules(
        words=re.compile(_alternation(list(types))),
        needles=fewest(types),
        types=types,
        link=re.compile("|".join(f"(?:{x})" for x in links)),
        in_city=re.compile("|".join(f"(?:{x})" for x in in_city)),
        host=re.compile(rf"(?:{_alternation(list(hosts))})\s*$"),
        hosts=hosts,
        demonym=re.compile(rf"(?:{_alternation(list(demonyms))})\s*$"),
        demonyms=demonyms,
        default_host=default_host,
        capital_after=re.compile("|".join(f"(?:{x})" for x in capital_after))
        if capital_after
        else None,
    )


def _facility_words(folded: str) -> Iterator[re.Match[str]]:
    """The facility words of a folded text, the pattern run only where a needle stands."""
    rules = _rules()
    for n in rules.needles:
        if n in folded:
            return rules.words.finditer(folded)
    return iter(())


@dataclass
class _Facility:
    """One facility phrase being put together, left to right edges and what it absorbed."""

    left: int
    right: int
    kind: str
    nationality: str | None = None
    city: PlaceMention | None = None
    host: str | None = None
    host_place: Place | None = None


def names_facility(text: str) -> bool:
    """Whether `text` holds a facility word (an embassy, a consulate, a customs post)."""
    return next(_facility_words(fold(text)), None) is not None


def attach_facilities(
    text: str, folded: str, lang: str, mentions: list[PlaceMention], places: _Places
) -> list[PlaceMention]:
    """Replace the mentions inside each facility phrase by one facility mention."""
    rules = _rules()
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    out = list(mentions)
    # a text that named "the Spanish embassy in Beijing" means it by "the Spanish embassy"
    located: dict[tuple[str, str | None], Place] = {}
    for match in _facility_words(folded):
        fac = _Facility(match.start(), match.end(), rules.types[match.group()])
        _nationality(folded, fac, by_end, rules)
        _city_before(folded, fac, by_end, rules)
        if fac.city is None:
            _city_after(folded, fac, by_start, rules)
        if fac.kind != "other":
            key = (fac.kind, fac.nationality)
            if fac.city is not None:
                located[key] = fac.city.place
            elif fac.host is None:
                fac.host_place = located.get(key)
        place = _place_of(fac, lang, rules, places)
        if place is None and (fac.kind == "other" or fac.nationality is None):
            continue
        out = [m for m in out if not (fac.left <= m.start and m.end <= fac.right)]
        if place is not None:
            surface = text[fac.left : fac.right]
            out.append(PlaceMention(fac.left, fac.right, surface, place, "facility"))
    return sorted(out, key=lambda m: m.start)


def name_capitals(
    text: str, folded: str, mentions: list[PlaceMention], places: _Places
) -> list[PlaceMention]:
    """'the Chinese capital', '중국 수도', '中国首都': a country's capital named by its country,
    as a city (so that "China's embassy in the U.S. capital" is placed in it)."""
    rules = _rules()
    if rules.capital_after is None:
        return mentions
    out = list(mentions)
    for m in rules.capital_after.finditer(folded):
        start = m.start()
        country = next((o for o in out if o.end == start and o.kind == "country"), None)
        code = country.place.country if country else None
        if country is not None:
            start = country.start
        else:
            dm = rules.demonym.search(folded, max(0, start - _WINDOW), start)
            if dm is None:
                continue
            code, start = rules.demonyms[dm.group().strip()], dm.start()
        capital = places.capital(code) if code else None
        if capital is None:
            continue
        out = [o for o in out if not (start <= o.start and o.end <= m.end())]
        out.append(PlaceMention(start, m.end(), text[start : m.end()], capital, "city"))
    return sorted(out, key=lambda m: m.start)


def _nationality(
    folded: str, fac: _Facility, by_end: dict[int, PlaceMention], rules: _Rules
) -> None:
    """'중국대사관', 'Spanish Embassy', "Japan's consulate", "Seoul's mission"."""
    before = folded[: fac.left]
    stripped = before.rstrip()
    for tail in ("", "'s"):
        if tail and not stripped.endswith(tail):
            continue
        m = by_end.get(len(stripped) - len(tail))
        if m is not None and (tail or m.kind == "country"):
            fac.nationality, fac.left = m.place.country, m.start
            return
    window_start = max(0, fac.left - _WINDOW)
    dm = rules.demonym.search(folded, window_start, fac.left)
    if dm is not None:
        fac.nationality = rules.demonyms[dm.group().strip()]
        fac.left = dm.start()


def _city_before(
    folded: str, fac: _Facility, by_end: dict[int, PlaceMention], rules: _Rules
) -> None:
    """'베이징 주재 스페인대사관', '瀋陽の日本総領事館', '在瀋陽…', '日本驻沈阳…', '장백세관'."""
    for end in range(fac.left, max(-1, fac.left - 12), -1):
        m = by_end.get(end)
        if m is not None and m.kind == "city" and rules.link.fullmatch(folded, end, fac.left):
            fac.city, fac.left = m, m.start
            break
    if fac.city is not None and fac.left > 0 and folded[fac.left - 1] in "在驻주":
        fac.left -= 1
        nat = by_end.get(fac.left)
        if nat is not None and nat.kind == "country" and fac.nationality is None:
            fac.nationality, fac.left = nat.place.country, nat.start
    hm = rules.host.search(folded, max(0, fac.left - 8), fac.left)
    if hm is not None:
        fac.host = rules.hosts[hm.group().strip()]
        fac.left = hm.start()


def _city_after(
    folded: str, fac: _Facility, by_start: dict[int, PlaceMention], rules: _Rules
) -> None:
    """'Chinese Embassy in Washington, D.C.', 'consulate in the Chinese city of Shenyang'."""
    im = rules.in_city.match(folded, fac.right)
    if im is None:
        return
    m = by_start.get(im.end())
    if m is not None and m.kind == "city":
        fac.city, fac.right = m, m.end


def _place_of(fac: _Facility, lang: str, rules: _Rules, places: _Places) -> Place | None:
    if fac.city is not None:
        return fac.city.place
    if fac.host_place is not None:
        return fac.host_place
    if fac.kind == "other":
        return None
    host = fac.host
    if host is None and fac.kind == "embassy" and fac.nationality is not None:
        default = rules.default_host.get(lang)
        host = default if default != fac.nationality else None
    if host is None:
        return None
    if fac.kind == "embassy":
        return places.capital(host) or places.country(host)
    return places.country(host)
