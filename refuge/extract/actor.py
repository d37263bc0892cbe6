"""Actor: the state whose authorities carried out an incident, as an ISO country code.

Named agents come from `lang/<lang>/actors.toml` ("Chinese police" -> CN, "보위부" -> KP,
"우리 군" -> KR). Without one, the type decides: a forced return or an arrest of North Koreans
abroad is China's unless the places say otherwise; an execution is North Korea's; a departure
is China's when the text says they left China, but the arrival in the South it ends in is no
state's act (`arrival` and `departure` in the same table); asylum bids, protests and stock
figures have no actor.
"""

from __future__ import annotations

import re

from refuge.extract import langdata
from refuge.extract.triggers import compile_patterns
from refuge.records import Place

STATES: tuple[str, ...] = ("KR", "KP", "CN")


@langdata.per_language
def _agents(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = langdata.load(lang, "actors")
    out = []
    for code in STATES:
        pattern = compile_patterns(table.get(code, ()), lang)
        if pattern:
            out.append((code, pattern))
    return tuple(out)


def named_agents(text: str, lang: str) -> set[str]:
    return {code for code, pattern in _agents(lang) if pattern.search(text)}


@langdata.per_language
def _legs(lang: str) -> dict[str, re.Pattern[str] | None]:
    table = langdata.load(lang, "actors")
    names = ("arrival", "departure", "permission")
    return {name: compile_patterns(table.get(name, ()), lang) for name in names}


def _arrival_in_the_south(
    text: str, lang: str, act: str | None, countries: set[str | None]
) -> bool:
    """Whether a resettlement is the landing in South Korea, not China letting them go: read
    from the incident word when it is known, else from a sentence that tells no departure
    ("the five landed at Incheon", whatever police once dragged them out)."""
    arrival, departure = _legs(lang)["arrival"], _legs(lang)["departure"]
    if "KR" not in countries or arrival is None:
        return False
    if act is not None:
        return bool(arrival.search(act))
    return bool(arrival.search(text)) and not (departure and departure.search(text))


def choose_actor(
    kind: str, text: str, lang: str, places: tuple[Place, ...], act: str | None = None
) -> str | None:
    """`act` is the incident word the claim was read from, where one is known."""
    agents = named_agents(text, lang)
    if kind == "forced_repatriation":
        # North Korea's security men receive the returned ("北 보위부가 현장 지휘"); they return no one
        agents.discard("KP")
    countries = {p.country for p in places}
    if kind in ("asylum_seeking", "protest", "population_estimate", "disappearance"):
        return None
    if kind == "execution":
        return "KP"
    if kind == "resettlement":
        if _arrival_in_the_south(text, lang, act, countries):
            return None
        permission = _legs(lang)["permission"]
        if permission is not None and permission.search(act or text):
            # "they were allowed to fly out": only China lets them go
            return "CN"
        return "CN" if "CN" in agents or "CN" in countries else None
    for code in STATES:
        if code in agents:
            return code
    if kind == "detention" and "KP" in countries and "CN" not in countries:
        return "KP"
    if kind == "arrest" and countries and "CN" not in countries:
        return None
    return "CN"


__all__ = ["choose_actor", "named_agents"]
