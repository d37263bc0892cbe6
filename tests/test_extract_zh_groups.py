"""Chinese groups and journeys: a bracket that breaks a group down, a household that totals the
relatives before it, "另有" under "当中" naming members of the group told, where people meant to
go when caught, a plan put off, an expulsion to a third country, and a flight told by where it
took off and landed.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

claims_of = reader(date(2002, 3, 18))


@pytest.mark.parametrize(
    "text",
    [
        "3月14日，二十五名朝鲜人（六个家庭外加两名孤女）冲进西班牙驻北京大使馆。",
        "3月14日，二十五名脱北者（包括六个家庭和两名少女）闯入西班牙大使馆。",
        "3月14日，二十五名北韓人（六戶人家另加兩名孤女）衝進西班牙駐北京大使館。",
    ],
)
def test_a_bracket_after_a_group_breaks_it_down(text: str) -> None:
    assert [(k, n) for k, n, _ in figures(claims_of(text))] == [("asylum_seeking", 25)]


@pytest.mark.parametrize(
    "text",
    [
        "少年张吉洙与六名亲属一家七口进入联合国难民署驻北京办事处，要求前往韩国。",
        "一名朝鲜男子带着四名家人一家五口冲进了日本驻沈阳总领事馆。",
    ],
)
def test_a_household_after_the_relatives_counts_them_all(text: str) -> None:
    assert [k for k, _, _ in figures(claims_of(text))] == ["asylum_seeking"]
    assert len({n for _, n, _ in figures(claims_of(text))}) == 1


def test_another_few_among_the_group_are_members_of_it() -> None:
    found = claims_of(
        "报道指，这31名脱北者是在2月8日至12日期间先后被中国公安扣押，"
        "当中不少人在南韩有直系亲属，另有数名未成年人。"
    )
    assert [(k, n) for k, n, _ in figures(found)] == [("arrest", 31)]


@pytest.mark.parametrize(
    "text",
    [
        "一名消息人士说，本月8日在沈阳打算前往南韩时落网的10名脱北者，已被押回朝鲜。",
        "据悉，这10名脱北者是在准备经越南前往第三国途中被捕的。",
        "这十名朝鲜人8日在昆明试图越境前往老挝之际被中国警方抓获。",
    ],
)
def test_where_they_meant_to_go_when_caught_is_no_journey(text: str) -> None:
    assert "resettlement" not in [k for k, _, _ in figures(claims_of(text))]


@pytest.mark.parametrize(
    "text",
    [
        "据外交通商部介绍，这25名脱北者原计划16日下午抵达首尔，但行程推迟了两天。",
        "这25名脱北者原定16日飞往首尔，后因故延期。",
    ],
)
def test_a_plan_put_off_is_no_arrival(text: str) -> None:
    assert claims_of(text) == []


def test_an_expulsion_to_a_third_country_lets_them_go() -> None:
    found = claims_of("这批脱北者15日以被中方驱逐至第三国的方式离开中国，当晚飞抵马尼拉。")
    assert [(k, d) for k, _, d in figures(found)] == [("resettlement", "2002-03-15")]


@pytest.mark.parametrize(
    "text",
    [
        "这25名脱北者今天中午乘大韩航空班机从马尼拉尼诺伊·阿基诺国际机场起飞。",
        "这25名脱北者乘坐的班机预计今天下午降落在仁川国际机场。",
    ],
)
def test_a_flight_told_by_its_ends(text: str) -> None:
    assert [(k, n) for k, n, _ in figures(claims_of(text))] == [("resettlement", 25)]
