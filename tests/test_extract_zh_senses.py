"""Chinese words whose sense decides the kind of claim: "被扣" is seized (as "扣押" is) unless it
says where they are held; "拦下" and "截下" stop and take people; people held in China however
they are classed ("以「非法移民」身分遭到拘留的") are a stock; and a dateline sentence that
tells no incident still sets the year "同年" goes back to.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

claims_of = reader(date(2023, 12, 15))


@pytest.mark.parametrize(
    "text",
    [
        "4月在中越边境一带有7名朝鲜人被扣。",
        "两名北韩妇女4月在延吉火车站被扣，至今下落不明。",
        "據悉，7名脫北者4月在邊境被扣。",
    ],
)
def test_seized_is_an_arrest(text: str) -> None:
    assert next(k for k, _, _ in figures(claims_of(text))) == "arrest"


def test_held_at_a_post_is_a_detention() -> None:
    assert [k for k, _, _ in figures(claims_of("三名脱北者目前被扣在丹东边防站。"))] == [
        "detention"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "11月2日，两名朝鲜渔民在东海被韩国海军拦下。",
        "11月2日，载有两名北韩渔民的木船在东海被海军截下。",
    ],
)
def test_stopped_at_sea_is_an_arrest(text: str) -> None:
    assert figures(claims_of(text))[0] == ("arrest", 2, "2023-11-02")


@pytest.mark.parametrize(
    "text",
    [
        "联合国特别报告员去年10月提交的报告指出，在中国以“非法移民”身份遭到拘留的北韩人多达2000名。",
        "据人权团体估计，在中国被当作非法移民拘留的脱北者约有两千人。",
        "在中國遭到拘押的北韓人據信超過2000人。",
        "遭到中方扣押的朝鲜人估计超过两千名。",
    ],
)
def test_people_held_in_china_however_classed_are_a_stock(text: str) -> None:
    assert [(k, n) for k, n, _ in figures(claims_of(text))] == [("population_estimate", 2000)]


@pytest.mark.parametrize(
    "text",
    [
        "2019年11月7日下午，板门店。\n他们是同年11月2日在东海被韩国海军拦下的两名朝鲜渔民。",
        "2019年11月7日，板門店。\n兩人是同年11月2日在東海被南韓海軍拘捕的北韓漁民。",
    ],
)
def test_a_dateline_sentence_sets_the_year_of_the_same_year(text: str) -> None:
    found = claims_of(text, date(2022, 7, 14))
    assert ("arrest", 2, "2019-11-02") in figures(found)


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        ("10月3日夜，边防巡逻队在图们江边拦下了三名越境的朝鲜人。", 1),
        ("5日凌晨，四名脱北者在延吉郊外被武警截下。", 1),
        ("交警在丹东市区拦下一辆超速的货车。", 0),
    ],
)
def test_stopping_people_is_an_arrest_but_stopping_a_lorry_is_not(text: str, arrests: int) -> None:
    assert sum(c.type == "arrest" for c in claims_of(text)) == arrests
