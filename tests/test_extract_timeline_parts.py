"""Timelines whose dated parts span months ("■ 2012年2月至3月", "2019년 10~11월"): each part
tells a story of its own year, and a day without its year under it is of that year, not of
the year the part before told.

The texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.extract.dates import find_dates

claims_of = reader(date(2024, 9, 5))


@pytest.mark.parametrize(
    ("heading", "lang", "start", "end"),
    [
        ("2012年2月至3月", "zh", date(2012, 2, 1), date(2012, 3, 31)),
        ("2023年8月到10月", "zh", date(2023, 8, 1), date(2023, 10, 31)),
        ("2019年10月〜11月", "ja", date(2019, 10, 1), date(2019, 11, 30)),
        ("2023年10月8日至9日", "zh", date(2023, 10, 8), date(2023, 10, 9)),
    ],
)
def test_a_span_written_with_its_year_once_is_no_relative_date(
    heading: str, lang: str, start: date, end: date
) -> None:
    (m,) = find_dates(heading, lang, date(2024, 9, 5))
    assert (m.span.start, m.span.end, m.relative) == (start, end, False)


def test_each_part_of_a_chinese_timeline_dates_the_days_under_it() -> None:
    found = claims_of(
        "■ 2002年5月\n"
        "5月8日，五名朝鲜人试图进入日本驻沈阳总领事馆。这家人于22日获准离开中国，次日抵达首尔。\n"
        "■ 2012年2月至3月\n"
        "2月9日至13日，中国公安在长春一带抓获了二十九名脱北者。\n"
        "■ 2023年8月至10月\n"
        "中方8月29日将七十名朝鲜人押回朝鲜。\n"
    )
    assert ("arrest", 29, "2012-02-09") in figures(found)
    assert ("forced_repatriation", 70, "2023-08-29") in figures(found)


def test_a_traditional_timeline_part_spanning_months() -> None:
    found = claims_of(
        "◆ 2021年7月\n"
        "7月14日，約五十名北韓人從丹東被押回新義州。\n"
        "◆ 2023年9月至10月\n"
        "9月18日，又有四十名北韓人被遣返。\n"
    )
    assert ("forced_repatriation", 40, "2023-09-18") in figures(found)


def test_a_japanese_timeline_part_spanning_months() -> None:
    found = claims_of(
        "■2019年7月\n"
        "7月14日、脱北者50人が丹東から北朝鮮へ送還された。\n"
        "■2023年8月〜10月\n"
        "8月29日、中国当局は脱北者80人を北朝鮮に送還した。\n"
    )
    assert ("forced_repatriation", 80, "2023-08-29") in figures(found)


def test_a_line_that_opens_with_a_year_frames_no_part() -> None:
    found = claims_of(
        "资料列表\n"
        "一、人权观察声明\n"
        "— 2020年封锁边境以来，已确认多起遣返。\n"
        "二、北韩正义连带\n"
        "— 10月9日有六百多名脱北者被遣返。\n",
        date(2024, 7, 5),
    )
    assert ("forced_repatriation", 600, "2023-10-09") in figures(found)
