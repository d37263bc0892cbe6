"""Chinese headlines and the body under them, and other families the zh pass widened.

A headline restates the lead: its day words ("今日", "翌日", "同一天") count from the page's
date, not from the story's, so the body's claim of the same type and figure is the one kept.
The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

PUBLISHED = date(2024, 3, 8)  # a Friday

claims_of = reader(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "中方将十二名朝鲜人押回朝鲜　次日即送走\n"
            "边境消息人士7日说，吉林省图们市的收容所本周二（5日）把十二名朝鲜人押送过图们江。",
            [("forced_repatriation", 12, "2024-03-05")],
        ),
        (
            "三名北韓人闖入加拿大使館　今日獲准離境\n"
            "三名北韓人本週一（4日）衝進加拿大駐北京大使館，要求前往南韓。",
            [("asylum_seeking", 3, "2024-03-04")],
        ),
        (
            "同一天　另有两人进入美国总领馆\n据一名官员说，本月4日还有两名朝鲜人翻墙进入美国驻沈阳总领事馆。",
            [("asylum_seeking", 2, "2024-03-04")],
        ),
    ],
)
def test_a_headline_restating_the_body_is_the_bodys_claim(
    text: str, kept: list[tuple[str, int, str]]
) -> None:
    assert figures(claims_of(text)) == kept


def test_a_figureless_headline_is_the_counted_incident_below_it() -> None:
    text = "两次遣返鲜为人知\n人权团体称，本月4日中方遣返了三十名朝鲜人。"
    assert figures(claims_of(text)) == [("forced_repatriation", 30, "2024-03-04")]


def test_a_line_of_the_body_without_its_full_stop_is_no_headline() -> None:
    # the first line ends a sentence, so the short line under it is body text
    text = "人权团体称，本月4日中方遣返了三十名朝鲜人。\n昨天又有三十名朝鲜人被遣返"
    assert ("forced_repatriation", 30, "2024-03-07") in figures(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "五名脱北者今天凌晨终于来到韩国。",
        "五名脫北者今天凌晨終於來到南韓。",
        "五名脱北者今天凌晨平安到了首尔。",
    ],
)
def test_coming_to_the_south_is_an_arrival(text: str) -> None:
    assert figures(claims_of(text)) == [("resettlement", 5, "2024-03-08")]
