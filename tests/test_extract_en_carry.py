"""English sentences that carry the people, the scene or the state of the sentence before:
"the pair", "them", "the group" stand for the people last counted; the truce village and the
inter-Korean border are Panmunjom; the navy that stops fishermen is the South's.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.segment.sentences import split_sentences

claims_of = reader(date(2019, 11, 9))

CAUGHT = "The navy caught three North Korean fishermen near the sea border on Nov. 2. "


@pytest.mark.parametrize(
    "then",
    [
        "On Thursday the pair were handed to the North, the ministry said.",
        "Officials sent them back to North Korea on Thursday.",
        "The men were deported to the North on Thursday, officials said.",
        "The group was expelled to North Korea on Thursday.",
    ],
)
def test_a_word_for_the_people_counted_before_carries_their_figure(then: str) -> None:
    found = figures(claims_of(CAUGHT.replace("three", "two") + then))
    assert ("forced_repatriation", 2, "2019-11-07") in found


def test_a_source_named_the_group_carries_no_figure() -> None:
    text = (
        "Rights groups said 300 North Koreans were sent back on Monday. According to the group, "
        "70 North Koreans were returned on Nov. 4 and another 20 on Nov. 5."
    )
    found = figures(claims_of(text))
    assert ("forced_repatriation", 70, "2019-11-04") in found
    assert ("forced_repatriation", 20, "2019-11-05") in found


def test_a_protest_takes_no_figure_of_the_people_counted_before() -> None:
    text = (
        "Police arrested 12 North Korean escapees in Yanji on Nov. 4. "
        "Activists rallied outside China's embassy in Seoul on Friday to demand their release, "
        "saying Beijing must not send them back."
    )
    (protest,) = [c for c in claims_of(text) if c.type == "protest"]
    assert protest.count is None


@pytest.mark.parametrize(
    "then",
    [
        "The government handed them back to North Korea through the truce village on Nov. 7.",
        "Both in their 20s, the men were forced over the inter-Korean border line on Nov. 7.",
        "They were led across the military demarcation line on Nov. 7, the ministry said.",
    ],
)
def test_the_truce_village_and_the_inter_korean_border_are_panmunjom(then: str) -> None:
    found = [c for c in claims_of(CAUGHT.replace("three", "two") + then)]
    (returned,) = [c for c in found if c.type == "forced_repatriation"]
    assert [p.name for p in returned.places] == ["Panmunjom"]
    assert (returned.actor, returned.count and returned.count.value) == ("KR", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Two North Korean fishermen were seized by the navy in the East Sea on Nov. 2.",
        "Naval forces from the South intercepted a boat with two North Korean fishermen on Nov. 2.",
        "The South's navy captured two North Korean fishermen off the east coast on Nov. 2.",
    ],
)
def test_the_navy_that_stops_fishermen_is_the_souths(text: str) -> None:
    (caught,) = claims_of(text)
    assert (caught.type, caught.actor, [p.country for p in caught.places]) == (
        "arrest",
        "KR",
        ["KR"],
    )


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("They were caught on Nov. 2. The navy handed them over.", 2),
        ("It began on May 8. Police came at dawn.", 2),
        ("1. The first group left on Monday.", 1),
        ("J. Smith said so.", 1),
    ],
)
def test_a_one_digit_day_ends_a_sentence_and_a_line_number_does_not(text: str, pieces: int) -> None:
    assert len(split_sentences(text)) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Twelve North Koreans were flown to Manila on Friday. The group, said to include three "
        "children, left Beijing airport in the afternoon.",
        "Chinese police arrested nine North Korean escapees in Yanji on Friday. They were "
        "arrested at a safe house in the city, a church group said.",
        "Border guards sent 14 North Korean refugees back across the river on Friday. The men "
        "were sent back at dawn, a missionary said.",
    ],
)
def test_a_carried_subject_of_the_same_act_on_the_same_day_tells_it_again(text: str) -> None:
    found = claims_of(text)
    assert len(found) == 1 and found[0].count is not None


@pytest.mark.parametrize(
    "text",
    [
        "Seoul sent two North Korean fishermen back on Nov. 7 after it told Pyongyang of the plan.",
        "Two North Korean fishermen were sent back on Nov. 7; officials had informed Pyongyang "
        "the day before.",
        "Two North Korean fishermen were returned on Nov. 7 after Seoul notified Pyongyang.",
    ],
)
def test_a_capital_spoken_to_is_no_place_of_the_incident(text: str) -> None:
    (returned,) = claims_of(text)
    assert "Pyongyang" not in [p.name for p in returned.places]
