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
