"""A pronoun or a group noun standing for the people just counted ("them", "the family",
"이들 가족은", "一家は", "他们") carries their figure to the next incident told of them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import figures, read

PUBLISHED = date(2024, 9, 3)

CASES = [
    (
        "Chinese police detained 14 North Koreans in Dandong on 20 August. "
        "On 26 August they handed them back to North Korea through Sinuiju.",
        ("forced_repatriation", 14, "2024-08-26"),
    ),
    (
        "Seven North Koreans entered the Danish embassy in Beijing on 20 August. "
        "China let them fly to Seoul on 27 August.",
        ("resettlement", 7, "2024-08-27"),
    ),
    (
        "Nine North Koreans were caught near Tumen on 12 August. "
        "Police said the group was sent back to the North on 19 August.",
        ("forced_repatriation", 9, "2024-08-19"),
    ),
    (
        "중국 공안이 지난달 20일 단둥에서 탈북민 14명을 체포했다. "
        "이들 일행은 26일 신의주를 거쳐 북한으로 송환됐다.",
        ("forced_repatriation", 14, "2024-08-26"),
    ),
    (
        "탈북민 일가족 7명이 지난달 20일 베이징 주재 덴마크대사관에 진입했다. "
        "이들 가족은 27일 서울에 도착했다.",
        ("resettlement", 7, "2024-08-27"),
    ),
    (
        "中国公安は8月20日、丹東で北朝鮮出身の14人を拘束した。"
        "彼らは26日、新義州経由で北朝鮮に送還された。",
        ("forced_repatriation", 14, "2024-08-26"),
    ),
    (
        "北朝鮮出身の一家7人が8月20日、北京のデンマーク大使館に駆け込んだ。"
        "一家は27日、ソウルに到着した。",
        ("resettlement", 7, "2024-08-27"),
    ),
    (
        "中国警方8月20日在丹东抓获14名朝鲜人。他们26日经新义州被遣返朝鲜。",
        ("forced_repatriation", 14, "2024-08-26"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_group_named_again_keeps_its_figure(text: str, expected: tuple) -> None:
    assert expected in figures(read(text, PUBLISHED))
