"""Places of an incident, chosen from the gazetteer's mentions in its sentence.

Keeps the most specific places (a city hides its province and country), drops an
organisation's home town ("the Seoul-based group") and, when the text names no place in the
country where the incident happened, adds that country ("sent back 80 people" -> China).
"""

from __future__ import annotations

import re
from functools import cache

from refuge.extract import langdata
from refuge.gazetteer import Gazetteer, PlaceMention
from refuge.records import Place

_RANK = {"country": 0, "admin1": 1, "city": 2, "facility": 2}

# Where an incident of each type happened when the text names no place in that country:
# the actor's country for state actions (China letting people leave included); North Korea for
# deaths and disappearances after return.
_DEFAULT_BY_TYPE = {
    "disappearance": "KP",
    "execution": "KP",
    "population_estimate": "CN",
}
_ACTOR_TYPES = ("forced_repatriation", "arrest", "detention", "resettlement")


# "a Seoul documentation group": how far after a place its organisation's noun may stand
HOME_REACH = 32


@langdata.per_language
def _home(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    table = langdata.load(lang, "places")

    def join(items: list[str], anchor: str) -> re.Pattern[str] | None:
        if not items:
            return None
        body = "|".join(f"(?:{p})" for p in items)
        return re.compile(f"^(?:{body})" if anchor == "start" else f"(?:{body})$", re.IGNORECASE)

    return join(table.get("home_after", []), "start"), join(table.get("home_before", []), "end")


@cache
def _neighbour(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "places").get("border_after", [])
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def _is_home(text: str, m: PlaceMention, lang: str) -> bool:
    after, before = _home(lang)
    border = _neighbour(lang)
    if m.kind == "country" and border and border.match(text, m.end):
        # "베트남 국경 부근에서 붙잡혔다": the country across a border, not where it happened
        return True
    if after and after.search(text[m.end : m.end + HOME_REACH]):
        return True
    return bool(before and before.search(text[max(0, m.start - 40) : m.start]))


@cache
def _same_place(lang: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "places").get("same_place", [])
    return langdata.either(words, re.IGNORECASE)


@cache
def _bare_facility(lang: str, key: str) -> re.Pattern[str] | None:
    words = langdata.load(lang, "places").get(key, [])
    return langdata.either(words, re.IGNORECASE)


def bare_facilities(text: str, lang: str, key: str = "bare_facility") -> list[tuple[int, int, str]]:
    """'総領事館の門から': a facility word without its city, with its span. With `key`
    "facility_again", the words that only name again a facility told before ("outside the
    embassy"): they place a claim but pin no incident of their own."""
    pattern = _bare_facility(lang, key)
    if pattern is None:
        return []
    # the facility word itself ("embassy" of "the embassy"), to find the one named before
    return [(m.start(), m.end(), m.group().split()[-1]) for m in pattern.finditer(text)]


@cache
def _there(lang: str) -> re.Pattern[str] | None:
    return langdata.either(langdata.load(lang, "places").get("there", []), re.IGNORECASE)


def names_there(text: str, lang: str) -> bool:
    """'started her hunger strike there', '그곳에서': the place is the one told just before."""
    pattern = _there(lang)
    return bool(pattern and pattern.search(text))


def names_same_place(text: str, lang: str) -> bool:
    """'같은 장소에서', 'at the same spot': the place is the one of the incident told before."""
    pattern = _same_place(lang)
    return bool(pattern and pattern.search(text))


def not_home(mentions: list[PlaceMention], text: str, lang: str) -> list[PlaceMention]:
    """The mentions that may be where something happened: no organisation's home town, no
    Games named by their city."""
    return [m for m in mentions if not _is_home(text, m, lang)]


def incident_places(mentions: list[PlaceMention], text: str, lang: str, kind: str) -> list[Place]:
    """The most specific incident places among a sentence's mentions, in text order."""
    kept = not_home(mentions, text, lang)
    if kind == "forced_repatriation":
        # "sent back to North Korea" names the destination, not where the return happened
        kept = [m for m in kept if not (m.kind == "country" and m.place.country == "KP")]
    out: list[Place] = []
    for m in kept:
        rank = _RANK.get(m.kind, 2)
        finer = any(
            _RANK.get(o.kind, 2) > rank
            and o.place.country == m.place.country
            and (rank == 0 or o.place.admin1 == m.place.admin1)
            for o in kept
        )
        if not finer and m.place not in out:
            out.append(m.place)
    return out


def with_default(
    places: list[Place], kind: str, actor: str | None, gaz: Gazetteer
) -> tuple[Place, ...]:
    code = actor if kind in _ACTOR_TYPES else _DEFAULT_BY_TYPE.get(kind)
    if kind == "population_estimate" and places:
        code = None
    if code and not any(p.country == code for p in places):
        places = [*places, gaz.country(code)]
    return tuple(places)


__all__ = ["incident_places", "names_same_place", "names_there", "not_home", "with_default"]
