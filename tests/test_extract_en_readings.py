"""English readings of relative clauses, verb families and figures that blind pages used and
the rules missed: each example is written for these tests, several per family.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.extract.counts import find_counts
from refuge.records import Claim

PUBLISHED = date(2012, 3, 9)

claims_of = reader(PUBLISHED)

LEAD = "North Korean refugees face prison if they are caught in China. "


def _typed(found: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.type, c.count.value if c.count else None) for c in found]


# --- relative clauses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten of them, who were caught in Shenyang on Feb. 8, are now being held in a cell "
            "in Sinuiju, the source said.",
            [("arrest", 10, "2012-02-08"), ("detention", 10, "2012-03-09")],
        ),
        (
            "Six of the women, who had been arrested near Yanji on Feb. 14 while trying to "
            "make their way to Seoul, are still held in Tumen.",
            [("arrest", 6, "2012-02-14"), ("detention", 6, "2012-03-09")],
        ),
        (
            "Four teenagers, who were picked up by police at a bus station on Feb. 20, remain "
            "locked up in Hyesan.",
            [("arrest", 4, "2012-02-20"), ("detention", 4, "2012-03-09")],
        ),
    ],
)
def test_a_relative_clause_set_off_by_commas_describes_its_people(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    # the main clause's state is as of the page, not of the day the relative clause gives;
    # an incident word inside the clause ("make their way to Seoul") is no main predicate
    assert figures(claims_of(LEAD + text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "People who had been held in Yanji were sent back on Feb. 20, the source said.",
        "Women who had been kept in a Tumen jail were sent back over the river on Feb. 20.",
        "Escapees who had been detained in Hunchun were handed to North Korea on Feb. 20.",
    ],
)
def test_people_who_had_been_held_are_described_not_detained(text: str) -> None:
    assert [c.type for c in claims_of(LEAD + text)] == ["forced_repatriation"]


# --- verb families ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Guards turned the 45 detainees over at the Tumen crossing on Monday.", 45),
        ("Police moved some 300 North Koreans out of detention centres on Monday.", 300),
        ("Missionaries say about 70 refugees were taken back over at Hunchun on Monday.", 70),
        ("The group said 120 defectors were sent back over from Tumen on Monday.", 120),
        ("China packed 80 escapees onto buses and turned them over on Monday night.", 80),
    ],
)
def test_turned_over_sent_out_or_gone_over_is_a_return(text: str, value: int) -> None:
    assert ("forced_repatriation", value) in _typed(claims_of(LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 North Koreans crossed over from Hyesan into Changbai on Monday.",
        "About 30 escapees went over from the North's side at Tumen on Monday.",
        "Twelve detainees were sent from the Baishan facility to a hospital on Monday.",
    ],
)
def test_crossing_over_or_leaving_a_facility_is_no_return(text: str) -> None:
    assert "forced_repatriation" not in [c.type for c in claims_of(LEAD + text)]


def test_turned_over_to_the_police_is_no_return() -> None:
    found = claims_of(LEAD + "Villagers turned the 3 refugees over to local police on Monday.")
    assert "forced_repatriation" not in [c.type for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Seven North Koreans walked past guards into the Danish embassy on Monday.",
        "Three defectors ran past the sentries into Canada's mission on Monday.",
        "Five North Koreans asked to be sent on to South Korea on Monday.",
    ],
)
def test_past_the_guards_into_a_mission_or_asking_for_the_south_is_a_bid(text: str) -> None:
    assert "asylum_seeking" in [c.type for c in claims_of(LEAD + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Seven North Koreans entered the Danish embassy. Beijing let the seven North Koreans "
        "leave on Friday for Seoul.",
        "Seven North Koreans entered the Danish embassy. Officials allowed them to fly "
        "yesterday to Manila.",
        "The seven North Koreans came down the steps of a jet at Incheon on Friday.",
        "The seven North Koreans stepped off the plane in Seoul on Friday, completing "
        "their escape to South Korea.",
    ],
)
def test_let_leave_on_a_day_or_off_the_plane_is_a_resettlement(text: str) -> None:
    assert "resettlement" in [c.type for c in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Relatives had not been able to reach any of those sent back on 9 October.",
        "Families have been unable to contact the women since the returns of 9 October.",
        "Church workers could not reach the returnees after they were sent back on 9 October.",
    ],
)
def test_no_one_able_to_reach_those_sent_back_is_a_disappearance(text: str) -> None:
    assert "disappearance" in [c.type for c in claims_of(LEAD + text, date(2023, 12, 20))]


def test_failing_to_reach_a_gate_is_no_disappearance() -> None:
    found = claims_of(LEAD + "Five North Koreans failed to reach the consulate gate on Monday.")
    assert "disappearance" not in [c.type for c in found]


# --- figures and places ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("A source in Jilin put the total over those two evenings at 650-odd.", 650, "more_than"),
        ("The group put the number of people sent back that night at about 600.", 600, "about"),
        ("Rights monitors set the figure for the whole week at 90.", 90, "exact"),
    ],
)
def test_the_value_a_source_puts_its_figure_at_is_a_count(
    text: str, value: int, qualifier: str
) -> None:
    (found,) = find_counts(text, "en")
    assert (found.count.value, found.count.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups in Seoul say about 200 North Koreans were sent back on Monday.",
        "Relief organisations in Seoul believe that about 200 North Koreans were sent back on "
        "Monday.",
        "A Seoul documentation group said about 200 North Koreans were sent back on Monday.",
    ],
)
def test_a_tellers_home_town_is_no_place_of_the_incident(text: str) -> None:
    (found,) = claims_of(LEAD + text)
    assert found.type == "forced_repatriation"
    assert "Seoul" not in [p.name for p in found.places]
    assert found.attribution is not None


@pytest.mark.parametrize(
    "stock",
    [
        "Relief workers believe some 100,000 North Koreans are hiding in the north-east.",
        "As many as 200,000 escapees are living in hiding across the border provinces.",
        "Aid groups estimate that 150,000 North Koreans live secretly in the region.",
    ],
)
def test_a_stock_figure_takes_no_scene_of_the_story_above_it(stock: str) -> None:
    text = (
        "Monday, March 18, 2002\n"
        "The 25 North Koreans flew to Manila on Friday and landed in Seoul on Monday.\n"
        f"{stock}\n"
    )
    found = [c for c in claims_of(text, date(2002, 3, 18)) if c.type == "population_estimate"]
    assert found
    assert all(p.name not in ("Manila", "Seoul") for c in found for p in c.places)


# --- predicates, participles and remarks ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She says 34 North Koreans were picked up by police between Feb. 8 and 18 and face "
        "repatriation.",
        "Rights groups say 12 defectors were arrested in Yanji on Feb. 3 and now face deportation.",
        "Activists said 20 North Koreans were caught near Tumen on Feb. 6 and face return.",
    ],
)
def test_a_finite_passive_after_the_figure_is_its_predicate_and_a_risk_no_return(
    text: str,
) -> None:
    assert [c.type for c in claims_of(LEAD + text)] == ["arrest"]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "The 31 North Koreans detained in China last month have all been handed over to "
            "North Korea, a daily reported.",
            "2012-02-01",
        ),
        ("Eight defectors detained in Dandong on Feb. 3 were sent back on Feb. 20.", "2012-02-03"),
        (
            "The 14 women detained near Yanji in January were returned to the North on Monday.",
            "2012-01-01",
        ),
    ],
)
def test_a_participle_dated_in_its_own_clause_tells_an_arrest(text: str, arrested: str) -> None:
    found = figures(claims_of(LEAD + text))
    assert [(kind, day) for kind, _, day in found if kind != "forced_repatriation"] == [
        ("arrest", arrested)
    ]
    assert "forced_repatriation" in [kind for kind, _, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesperson told reporters yesterday that sending back people who had asked to "
        "stay in the South would amount to a crime against humanity.",
        "A senior official told lawmakers on Monday that sending home people who had asked for "
        "protection would violate international law.",
        "The envoy told reporters on Monday that sending back people who had asked to live in "
        "the South would constitute a grave breach of the convention.",
    ],
)
def test_a_sentence_that_only_judges_a_return_tells_none(text: str) -> None:
    assert claims_of(LEAD + text, date(2022, 7, 14)) == []


# --- headlines -------------------------------------------------------------------------------


def test_a_long_headline_without_the_bodys_figure_or_date_is_dropped() -> None:
    text = (
        "Action alert: rally and press conference at the Chinese Embassy this week\n"
        "North Korean defectors will hold a rally outside the Chinese Embassy in Seoul on "
        "Thursday.\n"
    )
    found = claims_of(text, date(2023, 10, 10))
    assert figures(found) == [("protest", None, "2023-10-12")]


def test_a_long_headline_sizing_an_arrival_the_body_tells_is_dropped() -> None:
    text = (
        "Family of seven reaches Seoul after weeks in a UN office\n"
        "Seven North Koreans camped in the UN refugee agency's office in Beijing last month. "
        "After four days Beijing let them go, and they flew on to Seoul through Manila.\n"
    )
    found = claims_of(text, date(2001, 7, 2))
    assert [c.type for c in found].count("resettlement") == 1


def test_a_long_headline_with_the_bodys_figure_is_kept_as_its_twin() -> None:
    text = (
        "Seoul sends back two North Korean fishermen accused of killing their crewmates\n"
        "Two North Korean fishermen were sent home through Panmunjom on Thursday.\n"
    )
    found = claims_of(text, date(2019, 11, 8))
    assert figures(found) == [("forced_repatriation", 2, "2019-11-07")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Ms Park is a lawyer who has represented North Korean defectors in asylum and "
        "citizenship cases since 2015.",
        "Thailand's asylum system gives North Korean refugees no status of their own.",
        "The clinic trains asylum officers to interview North Korean escapees in Bangkok.",
    ],
)
def test_asylum_as_a_field_of_law_or_work_is_no_bid(text: str) -> None:
    assert "asylum_seeking" not in [c.type for c in claims_of(LEAD + text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "A UN report last October said that up to 2,000 North Koreans could be in Chinese "
            "detention.",
            2000,
        ),
        ("The rapporteur reckoned about 2,000 North Koreans were in Chinese custody.", 2000),
        ("Researchers say as many as 1,500 escapees may still be in Chinese custody.", 1500),
    ],
)
def test_a_number_reckoned_of_those_who_could_be_held_is_a_stock(text: str, value: int) -> None:
    assert ("population_estimate", value) in _typed(claims_of(LEAD + text, date(2023, 7, 3)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Paramilitary police on Wednesday seized five North Koreans who tried to rush into "
            "Japan's consulate in Shenyang.",
            5,
        ),
        (
            "Police on Monday caught three defectors who attempted to dash into the Canadian embassy.",
            3,
        ),
        (
            "Guards on Friday dragged away four North Koreans who had tried to slip into the "
            "South Korean consulate in Shanghai.",
            4,
        ),
    ],
)
def test_people_seized_as_they_tried_to_enter_a_mission_made_a_bid_that_day(
    text: str, value: int
) -> None:
    found = figures(claims_of(text, date(2002, 5, 11)))
    assert {kind for kind, _, _ in found} == {"arrest", "asylum_seeking"}
    assert len({day for _, _, day in found}) == 1
    assert {n for _, n, _ in found} == {value}
