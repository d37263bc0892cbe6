"""English sentences whose figure stands elsewhere: a group named by its size ("the five",
"the pair"), one person named by a pronoun ("arrested her"), the people counted in the
sentence just before ("grabbed them and took them away"), a figure set with "it" for the
number ("HRW puts it at about 60"), and the day "that night" means under a dated heading of a
timeline.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

claims_of = reader(date(2002, 5, 11))

LEAD = "North Korean refugees face prison if they are caught in China. "
BID = "Five North Koreans tried to run into the Japanese consulate in Shenyang on Wednesday. "


@pytest.mark.parametrize(
    "then",
    [
        "Chinese armed police grabbed them and took them away.",
        "Guards at the gate seized them and led them off.",
        "Police officers then removed all five people from the compound.",
        "Minutes later, armed officers dragged them out of the visa section.",
    ],
)
def test_the_people_counted_just_before_are_taken_away_that_day(then: str) -> None:
    assert ("arrest", 5, "2002-05-08") in figures(claims_of(BID + then))


def test_a_group_named_by_its_size_is_the_group_of_that_size_told_before() -> None:
    text = (
        BID + "Last June a family of seven entered the UNHCR office in Beijing and later flew "
        "to Seoul. On Friday China let the five leave for Manila, and they flew on to Seoul."
    )
    found = figures(claims_of(text))
    assert ("resettlement", 5, "2002-05-10") in found
    assert ("resettlement", 7, "2002-05-10") not in found


@pytest.mark.parametrize(
    "then",
    [
        "On Thursday the pair were handed to the North at Panmunjom.",
        "Seoul deported the two to the North at Panmunjom on Thursday.",
    ],
)
def test_the_pair_or_the_two_are_two(then: str) -> None:
    text = "Two North Korean fishermen crossed the sea border in a squid boat on Nov. 2, 2019. "
    found = figures(claims_of(text + then, date(2019, 11, 9)))
    assert ("forced_repatriation", 2, "2019-11-07") in found


@pytest.mark.parametrize(
    ("then", "kind"),
    [
        ("Authorities in Jilin province arrested her in April, her cousin said.", "arrest"),
        ("Police in Yanji picked him up in April and held him for weeks.", "arrest"),
        ("She was sent back to North Korea in April, her cousin said.", "forced_repatriation"),
        ("He was deported in April, according to his brother.", "forced_repatriation"),
    ],
)
def test_one_person_named_by_a_pronoun_counts_one(then: str, kind: str) -> None:
    text = LEAD + "Kim Mi-ran, a North Korean woman, had lived in China for 20 years. "
    found = figures(claims_of(text + then))
    assert (kind, 1, "2002-04-01") in found


@pytest.mark.parametrize(
    "restated",
    [
        "Human Rights Watch puts it at about 60 in total.",
        "A church network in Seoul estimates it at about 60.",
        "Justice for North Korea places it nearer 60, citing its own contacts.",
    ],
)
def test_a_figure_set_with_it_for_the_number_restates_the_incident(restated: str) -> None:
    text = (
        LEAD + "More than 50 North Koreans held in Tumen were handed to the North on April 26, "
        "a defectors' group said. "
    )
    found = claims_of(text + restated, date(2024, 5, 3))
    again = [c for c in found if c.count and c.count.value == 60]
    assert [(c.type, c.date.start.isoformat() if c.date else None) for c in again] == [
        ("forced_repatriation", "2024-04-26")
    ]
    assert again[0].attribution is not None


TIMELINE = (
    "How the returns unfolded\n"
    "SEPTEMBER 18 - Ahead of the Games\n"
    "Forty North Koreans were sent back across the border, rights groups said.\n"
    "OCTOBER 9 - After the closing ceremony\n"
    "Buses left holding centres and crossed at border posts including Tumen and Dandong. "
)


@pytest.mark.parametrize(
    "then",
    [
        "By one group's count, more than 500 people were returned that night.",
        "More than 500 North Koreans were handed over that night, activists said.",
        "Activists said more than 500 were deported later that day.",
    ],
)
def test_that_night_under_a_dated_heading_is_the_headings_day(then: str) -> None:
    found = claims_of(TIMELINE + then + "\n", date(2023, 12, 28))
    late = [c for c in found if c.count and c.count.value == 500]
    assert [c.date.start.isoformat() for c in late if c.date] == ["2023-10-09"]
    assert {p.name for p in late[0].places} >= {"Tumen", "Dandong"}


def test_a_government_a_demand_is_made_of_is_no_place() -> None:
    text = (
        LEAD + "Activists rallied in Seoul on Friday, demanding that Beijing release the "
        "34 North Koreans its police had detained."
    )
    found = claims_of(text, date(2012, 2, 25))
    assert all("Beijing" not in [p.name for p in c.places] for c in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Campaigners say police rounded up around 30 North Koreans in Shenyang last month, "
            "and they fear the group will be handed over to the North any day now.",
            30,
        ),
        (
            "Chinese police caught 12 defectors near Yanji on Monday, and activists fear they "
            "will soon be sent back.",
            12,
        ),
        (
            "Police detained 15 North Koreans in Kunming on Feb. 8, and the group was later "
            "deported to the North.",
            15,
        ),
    ],
)
def test_an_anaphor_in_a_clause_of_its_own_carries_the_figure_to_a_second_act(
    text: str, value: int
) -> None:
    found = figures(claims_of(LEAD + text, date(2012, 2, 25)))
    assert ("forced_repatriation", value, None) in found
    assert any(kind == "arrest" and n == value for kind, n, _ in found)


def test_a_clause_of_its_own_that_stays_in_custody_is_no_second_act() -> None:
    found = figures(
        claims_of(LEAD + "Police detained 15 North Koreans in Kunming, and they remain in custody.")
    )
    assert [kind for kind, _, _ in found] == ["arrest"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rally, attended by roughly a hundred pastors and students, ended at dusk.", 100),
        ("On Friday some 80 pastors and believers held a prayer vigil at the embassy.", 80),
        ("About 50 campaigners marched to the Chinese embassy in Seoul on Friday.", 50),
    ],
)
def test_those_who_gather_are_counted_whoever_they_are(text: str, value: int) -> None:
    found = figures(claims_of(LEAD + text, date(2012, 3, 2)))
    assert [(kind, n) for kind, n, _ in found] == [("protest", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan must not let the five from Shenyang be sent back.",
        "Seoul should never allow them to be returned to the North.",
    ],
)
def test_a_demand_not_to_let_them_be_sent_back_is_no_incident(text: str) -> None:
    found = claims_of(BID + text)
    assert "forced_repatriation" not in [c.type for c in found]


def test_an_anaphor_in_a_clause_of_time_carries_no_second_act() -> None:
    text = (
        "On Nov. 7, 2019, Seoul expelled two North Korean fishermen through Panmunjom, five days "
        "after its navy captured them."
    )
    found = figures(claims_of(text, date(2019, 11, 9)))
    assert ("arrest", 2, "2019-11-07") not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A convoy was used to move more than 500 North Koreans through five border crossings.",
            500,
        ),
        ("About 60 detainees were trucked via the Tumen checkpoint on Friday.", 60),
        ("On September 18, China sent another 40 people across the border.", 40),
        ("Some 50 women were taken across the river to Sinuiju on Friday.", 50),
    ],
)
def test_moved_through_the_crossings_or_sent_across_the_border_is_a_return(
    text: str, value: int
) -> None:
    found = figures(claims_of(LEAD + text, date(2023, 10, 12)))
    assert [(kind, n) for kind, n, _ in found] == [("forced_repatriation", value)]


FISHERMEN = "The navy caught two North Korean fishermen near the sea border on Nov. 2, 2019. "


@pytest.mark.parametrize(
    "then",
    [
        "On Nov. 7 they were walked to the Military Demarcation Line at Panmunjom.",
        "On Nov. 7 the two were handed back to the country they had fled.",
        "On Nov. 7 officials led them to the truce village and handed them over.",
    ],
)
def test_led_to_the_demarcation_line_or_back_to_the_land_they_fled_is_a_return(
    then: str,
) -> None:
    found = figures(claims_of(FISHERMEN + then, date(2019, 11, 9)))
    assert ("forced_repatriation", 2, "2019-11-07") in found


@pytest.mark.parametrize(
    "then",
    [
        "The navy intercepted their 17-ton squid boat near the sea border on Nov. 2.",
        "On Nov. 2 the navy seized their wooden boat after a two-day chase.",
    ],
)
def test_the_boat_they_are_in_stands_for_them(then: str) -> None:
    text = "Seoul handed two North Korean fishermen to the North on Nov. 7. "
    found = figures(claims_of(text + then, date(2019, 11, 9)))
    assert ("arrest", 2, "2019-11-02") in found


def test_the_scene_of_one_states_act_is_not_anothers() -> None:
    text = (
        "Three North Korean fishermen fled by boat in 2019. On Oct. 21 North Korean police "
        "caught one of them at Kimchaek. Officials said the South Korean navy then captured "
        "the two others on Nov. 2."
    )
    found = claims_of(text, date(2019, 11, 9))
    caught = [c for c in found if c.type == "arrest" and c.actor == "KR"]
    assert caught and all(p.country == "KR" for p in caught[0].places)
