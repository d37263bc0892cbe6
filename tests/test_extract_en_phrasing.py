"""English phrasing classes read by construction rather than by word.

Each class is shown by sentences written for these tests, in different words of one construction
(never taken from a corpus): the construction, not the verb, tells the incident.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import reader

from refuge.records import Claim

PUBLISHED = date(2024, 6, 14)

claims_of = reader(PUBLISHED)

LEAD = "North Korean refugees are at risk in China. "


def _typed(found: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.type, c.count.value if c.count else None) for c in found]


# --- a return told by its direction, whatever the verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Authorities ferried about 300 North Korean refugees back across the river.", 300),
        ("Police loaded 40 defectors onto lorries and hauled them back into North Korea.", 40),
        ("Guards flew 12 escapees back to the North last week.", 12),
        ("Officials shuttled some 75 defectors back over the frontier.", 75),
    ],
)
def test_any_verb_with_back_over_the_frontier_is_a_return(text: str, value: int) -> None:
    assert _typed(claims_of(LEAD + text)) == [("forced_repatriation", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ninety detainees were quietly ferried back on Tuesday, a monitor said.", 90),
        ("About 45 people were walked across from the border town on Friday.", 45),
        ("Some 30 detainees had been shuttled over the bridge on Monday.", 30),
        ("Twenty refugees were also returned from the coast, the group said.", 20),
    ],
)
def test_the_passive_with_back_across_or_over_is_a_return(text: str, value: int) -> None:
    assert _typed(claims_of(LEAD + text)) == [("forced_repatriation", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 70 detainees went back through three crossings on Monday, the group said.", 70),
        ("The activists said 120 escapees went back over the bridge on Sunday.", 120),
        ("All 18 defectors caught last week are now back in North Korea, a monitor said.", 18),
    ],
)
def test_people_who_went_back_or_are_back_in_the_north_were_returned(text: str, value: int) -> None:
    assert ("forced_repatriation", value) in _typed(claims_of(LEAD + text))


def test_people_of_the_north_shipped_home_are_returned() -> None:
    found = claims_of("Beijing trucks 40 North Korean escapees home, a monitor says.")
    assert _typed(found) == [("forced_repatriation", 40)]


@pytest.mark.parametrize(
    "text",
    [
        "Guards pulled the three women back at the gate of the consulate.",
        "The delegation was flown back to Pyongyang after the talks.",
    ],
)
def test_pulled_back_at_a_gate_or_a_delegation_flown_home_is_no_return(text: str) -> None:
    assert "forced_repatriation" not in [c.type for c in claims_of(LEAD + text)]


# --- a short text that names no refugee, but names the North ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Border guards: 80 handed over\nAbout 80 people were ferried across to Sinuiju on Friday.",
        "Pyongyang receives 60 sent back\nSome 60 people were handed back on Friday, guards said.",
        "No news of 30\nThe 30 people deported from China in May were driven back across the border.",
    ],
)
def test_a_page_naming_the_north_or_a_return_from_china_is_on_topic(text: str) -> None:
    assert "forced_repatriation" in [c.type for c in claims_of(text)]


def test_a_page_naming_neither_refugees_nor_the_north_is_not() -> None:
    text = "Ferry news\nAbout 80 people were ferried across to the island on Friday."
    assert claims_of(text) == []
