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
