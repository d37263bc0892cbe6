"""Korean, Japanese and Chinese short texts in the phrasings a journalist varies: the context
a short text gives, and the incident words of one sense.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

PUBLISHED = date(2024, 6, 20)

claims_of = reader(PUBLISHED)


# --- a short text that names no refugee: the North beside the incident tells the topic ----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("市民日報 2024年6月20日\n国境の町で12人\n当局は3日、12人を北朝鮮側へ送り返した。", "ja"),
        ("市民日报 2024年6月20日\n边境12人\n当局3日把12人押送回朝鲜。", "zh"),
        ("시민일보 2024-06-20\n국경서 12명\n당국은 3일 12명을 북한으로 돌려보냈다.", "ko"),
    ],
)
def test_a_return_to_the_north_needs_no_refugee_named(text: str, lang: str) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", 12, "2024-06-03")]


def test_a_return_with_no_north_named_is_no_refugee_incident() -> None:
    assert claims_of("市民日報 2024年6月20日\n空港で12人\n当局は3日、12人を送り返した。") == []


def test_the_souths_staff_sent_out_of_the_north_are_not_refugees() -> None:
    assert claims_of("시민일보 2024-06-20\n북한은 3일 남측 직원 12명을 추방했다.") == []


# --- any verb of moving people, then a town of the North ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("脱北者12人は3日、茂山へ移送された。", "ja"),
        ("3日，12名脱北者被押送到会宁。", "zh"),
    ],
)
def test_moved_to_a_town_of_the_north(text: str, lang: str) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", 12, "2024-06-03")]


# --- the same sense in other words -------------------------------------------------------------


def test_cut_off_news_with_an_adverb_between() -> None:
    found = claims_of("市民日報 2024年6月20日\n脱北者12人の消息は以来途絶えている。")
    assert [c.type for c in found] == ["disappearance"]


@pytest.mark.parametrize(
    "text",
    ["3日，12名脱北者从上海起飞。", "3日，12名脱北者在曼谷降落。"],
)
def test_a_flight_told_by_its_ends(text: str) -> None:
    assert figures(claims_of(text)) == [("resettlement", 12, "2024-06-03")]


def test_slogans_shouted_are_a_protest() -> None:
    found = claims_of("3日，约50名市民在领馆外高呼口号，要求停止遣返脱北者。")
    assert figures(found) == [("protest", 50, "2024-06-03")]


def test_dragged_out_is_an_arrest() -> None:
    found = claims_of("3日，警察把三名脱北者从领馆门口拽了出去。")
    assert [c.type for c in found] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    ["탈북민 12명은 3일 중국을 떠났다.", "탈북민 12명은 3일 중국 광저우를 떠났다."],
)
def test_leaving_china_or_a_city_of_it(text: str) -> None:
    assert figures(claims_of(text)) == [("resettlement", 12, "2024-06-03")]


def test_into_the_souths_airport() -> None:
    found = claims_of(
        "탈북민 12명은 3일 김포공항으로 들어왔다. 탈북민 9명은 3일 인천공항에 들어왔다."
    )
    assert figures(found)[-1] == ("resettlement", 9, "2024-06-03")


# --- people named by what befell them are refugees --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "市民日報 2024年6月20日\n今月3日に送還された人たちの消息は今も途絶えたままだ。",
        "市民日报 2024年6月20日\n本月3日被遣返的人至今下落不明。",
    ],
)
def test_the_returned_named_by_their_return(text: str) -> None:
    assert [c.type for c in claims_of(text)] == ["disappearance"]
