"""English sentences that tell no incident of their own, or tell one already told: a figure of
occasions ("two smaller returns"), a week or month holding a day the page counts, a figure
inside a quoted title, an incident shown in photographs or video, and the like.

Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

claims_of = reader(date(2023, 10, 13))

LEAD = "North Korean refugees face prison if they are caught in China. "


@pytest.mark.parametrize(
    "text",
    [
        "HRW says it documented two smaller returns in the weeks before the Games.",
        "Activists counted three separate forced returns over the summer.",
        "There had been two earlier returns, both in September, the group said.",
        "Start with the two previous returns that came first.",
    ],
)
def test_a_figure_of_occasions_counts_no_people(text: str) -> None:
    found = figures(claims_of(LEAD + text))
    assert all(value not in (2, 3) for _, value, _ in found)


def test_a_figure_of_returns_with_no_word_of_occasion_counts_people() -> None:
    found = figures(claims_of(LEAD + "HRW said it had verified 670 forced returns since 2020."))
    assert ("forced_repatriation", 670, "2020-01-01") in found


@pytest.mark.parametrize(
    "week",
    [
        "The mass expulsion of North Koreans from China this week was not the first.",
        "China's deportation of North Koreans this month drew wide criticism.",
        "News of this week's mass repatriation of North Koreans spread fast.",
    ],
)
def test_a_week_or_month_holding_a_counted_day_tells_that_incident_again(week: str) -> None:
    body = "More than 500 North Koreans were sent back on Monday night, HRW said."
    found = figures(claims_of(f"{week} {body}"))
    assert found == [("forced_repatriation", 500, "2023-10-09")]


def test_a_campaign_running_since_a_day_is_no_restatement_of_one_rally() -> None:
    text = (
        "Activists have held a vigil against the forced repatriation of North Koreans outside "
        "the embassy every evening since October 2. About 100 people rallied there on Tuesday."
    )
    kinds = [(kind, value) for kind, value, _ in figures(claims_of(text))]
    assert kinds.count(("protest", None)) == 1


TIMELINE = (
    "2023 in review: China's deportations of North Koreans\n"
    "SEPTEMBER 18 - Ahead of the Games\n"
    "HRW documented 40 North Koreans forcibly sent across the border.\n"
    "OCTOBER 9 - The longest night\n"
    "Buses left the holding facilities in Jilin after dark. {then}\n"
)


@pytest.mark.parametrize(
    "then",
    [
        "More than 500 people were returned that night, HRW said.",
        "That same night, more than 500 North Koreans were sent back, according to HRW.",
        "HRW said more than 500 were handed over later that day.",
    ],
)
def test_that_night_in_a_dated_part_of_a_timeline_is_that_parts_night(then: str) -> None:
    found = figures(claims_of(TIMELINE.format(then=then), date(2023, 12, 28)))
    assert ("forced_repatriation", 500, "2023-10-09") in found
    assert ("forced_repatriation", 40, "2023-09-18") in found


@pytest.mark.parametrize(
    "shown",
    [
        "In July the ministry made public still photographs and a video of the 2019 handover.",
        "On Tuesday it released ten photographs of the moment the pair were led across the line.",
        "Lawmakers were shown footage of the deportation at a closed hearing on Tuesday.",
        "The ministry published images showing the two men being walked to the border.",
    ],
)
def test_an_incident_a_picture_shows_is_told_elsewhere(shown: str) -> None:
    told = "Seoul deported two North Korean fishermen through Panmunjom on Nov. 7, 2019. "
    found = figures(claims_of(told + shown, date(2022, 7, 13)))
    assert found == [("forced_repatriation", 2, "2019-11-07")]


def test_a_still_closed_border_is_no_picture() -> None:
    text = (
        "While the border was still closed because of COVID-19, some 50 North Koreans were "
        "driven across from Dandong to Sinuiju on July 14, 2021."
    )
    assert ("forced_repatriation", 50, "2021-07-14") in figures(claims_of(text))


@pytest.mark.parametrize(
    "crossed",
    [
        "Buses left holding facilities in Jilin and crossed at border posts including Tumen and "
        "Hunchun.",
        "A convoy of trucks carrying detainees went through the Tumen and Hunchun checkpoints.",
        "The coaches rolled across the bridges at Tumen and Hunchun after midnight.",
    ],
)
def test_vehicles_over_the_frontier_place_the_return_they_carry(crossed: str) -> None:
    text = f"{crossed} More than 500 North Koreans were sent back that night, HRW said."
    found = claims_of(LEAD + "On Monday, October 9, China emptied its detention centres. " + text)
    counted = [c for c in found if c.count is not None and c.count.value == 500]
    assert [p.name for p in counted[0].places] == ["Tumen", "Hunchun"]


def test_tourist_buses_over_the_bridge_are_no_return() -> None:
    found = claims_of(LEAD + "Tourist buses crossed the Friendship Bridge to Sinuiju in April.")
    assert found == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("OKN will rally at the embassy every Thursday this month.", "2023-07-01", "2023-07-31"),
        ("Campaigners will hold a vigil each Saturday next month.", "2023-08-01", "2023-08-31"),
        ("Weekly Thursday protests at the embassy go on this month.", "2023-07-01", "2023-07-31"),
    ],
)
def test_every_weekday_of_a_relative_month_is_that_month(text: str, start: str, end: str) -> None:
    found = claims_of(LEAD.replace("caught", "sent back") + text, date(2023, 7, 5))
    protests = [c for c in found if c.type == "protest"]
    assert [(c.date.start.isoformat(), c.date.end.isoformat()) for c in protests] == [(start, end)]


@pytest.mark.parametrize(
    "titled",
    [
        'In a report released on Thursday under the headline "China Forcibly Returns More than '
        '500 to North Korea," HRW said 40 North Koreans were sent back on September 18.',
        'HRW said 40 North Koreans were sent back on September 18, in a statement titled "Hundreds '
        'Returned After the Games."',
        'Its briefing, headlined "600 Deported in One Night", said 40 North Koreans were sent back '
        "on September 18.",
    ],
)
def test_a_quoted_title_tells_no_incident_of_the_sentence(titled: str) -> None:
    assert figures(claims_of(LEAD + titled)) == [("forced_repatriation", 40, "2023-09-18")]


def test_a_reference_lists_title_gives_way_to_the_figure_after_it() -> None:
    text = (
        'Sources:\n1. Human Rights Watch, "China: Hundreds of North Koreans Forcibly Returned" '
        "— more than 500 sent back on October 9, 2023.\n"
    )
    assert figures(claims_of(LEAD + text)) == [("forced_repatriation", 500, "2023-10-09")]


def test_a_quoted_statement_keeps_its_figure() -> None:
    text = 'Kim said: "More than 500 North Koreans were sent back on Monday night."'
    assert ("forced_repatriation", 500, "2023-10-09") in figures(claims_of(LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday China handed 40 women back to the country they had fled, activists said.",
        "On Monday China returned 40 women to the regime they escaped, activists said.",
        "On Monday 40 women were deported to the state they had risked their lives to flee.",
    ],
)
def test_sent_back_to_the_country_they_fled_is_a_return(text: str) -> None:
    assert ("forced_repatriation", 40, "2023-10-09") in figures(claims_of(LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "On Nov. 7, 2019, two fishermen were walked to the Military Demarcation Line at Panmunjom.",
        "On Nov. 7, 2019, two fishermen were led across the demarcation line at Panmunjom.",
        "On Nov. 7, 2019, police escorted two fishermen to the truce village of Panmunjom.",
    ],
)
def test_walked_to_the_line_between_the_koreas_is_a_return(text: str) -> None:
    found = figures(claims_of(LEAD + text, date(2022, 11, 7)))
    assert ("forced_repatriation", 2, "2019-11-07") in found
