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


# --- 送走、送返：成批送回的人；"出境"只在获准离开或飞往他处时是离境 ---------------------

LEAD = "中国本周二（5日）把大批朝鲜人遣返回朝鲜。"


@pytest.mark.parametrize(
    "text",
    [
        "边防部门用三辆大巴送走了约七十人。",
        "約七十名脫北者被成批送返北韓。",
        "当晚约七十人被分批送走。",
    ],
)
def test_sent_away_in_batches_is_a_return(text: str) -> None:
    found = figures(claims_of(LEAD + text))
    assert ("forced_repatriation", 70, "2024-03-05") in found


@pytest.mark.parametrize(
    "text",
    [
        "人权团体说约有七十人，经图们、丹东等地出境。",
        "據悉約七十人分別從圖們和琿春的口岸出境。",
        "消息人士称，约七十人当晚从丹东口岸出境。",
    ],
)
def test_leaving_by_the_border_crossings_of_a_return_is_no_departure(text: str) -> None:
    found = figures(claims_of(LEAD + text))
    assert ("forced_repatriation", 70, "2024-03-05") in found
    assert all(kind != "resettlement" for kind, _, _ in found)


def test_leaving_to_fly_on_is_a_departure() -> None:
    found = figures(claims_of("七名脱北者本周二（5日）获准出境，随后飞往马尼拉。"))
    assert found == [("resettlement", 7, "2024-03-05")]


# --- 无中心语的关系从句（"被送过鸭绿江的，"）是数字的主语；"最多就有" 是上限 ----------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("当晚在丹东被押过鸭绿江的，最多就有七十人。", "up_to"),
        ("當晚在丹東被送過鴨綠江的，最多有七十人。", "up_to"),
        ("当晚经图们被遣返的，至少有七十人。", "more_than"),
    ],
)
def test_a_headless_relative_clause_names_the_people_of_its_figure(
    text: str, qualifier: str
) -> None:
    found = claims_of(LEAD + text)
    assert [
        (c.type, c.count.value, c.count.qualifier) for c in found if c.count and c.count.value == 70
    ] == [("forced_repatriation", 70, qualifier)]


# --- 被中国扣押的人：一个存量，不是一次抓捕 -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "报告说，被中国作为非法移民扣押的朝鲜人多达两千名。",
        "報告說，被中國當局扣押的北韓人多達兩千名。",
        "特别报告员说，目前遭中方扣留在各地收容所的朝鲜人多达两千名。",
    ],
)
def test_people_china_holds_are_a_stock(text: str) -> None:
    found = claims_of(text)
    assert [(c.type, c.count.value, c.count.qualifier) for c in found if c.count] == [
        ("population_estimate", 2000, "up_to")
    ]


# --- 个：在指人的词前才是人的量词 -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "后来韩国报纸说，这31个人在3月里全部被交给了朝方。",
        "後來有三十一個脫北者被遣返北韓。",
        "据悉，三十一个朝鲜人已被送回朝鲜。",
    ],
)
def test_ge_counts_people_before_a_word_for_them(text: str) -> None:
    assert [c.count.value for c in claims_of(text) if c.count] == [31]


def test_a_relative_of_a_member_told_in_cantonese_is_no_count() -> None:
    text = LEAD + "佢話團體有一位成員嘅親人就喺呢批人入面。"
    assert [c.count for c in claims_of(text) if c.count and c.count.value == 1] == []


# --- 从收容所押走：已被关押的人被带走，是遣返；"同一日" 是前文那一天 -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "同一日由图们收容所押走的，大约七十人。",
        "同一日從琿春的看守所被帶走的約七十人，也被送過圖們江。",
        "消息人士说，同一天约七十人从延吉拘留所被押出。",
    ],
)
def test_taken_out_of_a_detention_centre_on_the_same_day_is_a_return(text: str) -> None:
    found = figures(claims_of(LEAD + text))
    assert ("forced_repatriation", 70, "2024-03-05") in found
    assert all(kind != "arrest" for kind, _, _ in found)


# --- "7月的每个星期四"：一个月里每周的同一天，从第一个到最后一个 ---------------------------

JULY = date(2023, 7, 5)


@pytest.mark.parametrize(
    "text",
    [
        "維權團體計劃在7月的每個星期四中午，到中國駐美大使館外示威，呼籲停止遣返脫北者。",
        "声援脱北者的团体将于7月每逢周四在中国大使馆前举行抗议。",
        "人权团体计划7月每周四到中国驻美大使馆外集会，反对遣返脱北者。",
    ],
)
def test_a_weekday_repeating_through_a_month_spans_its_first_to_its_last(text: str) -> None:
    found = claims_of(text, JULY)
    assert [(c.type, c.date.start.isoformat(), c.date.end.isoformat()) for c in found] == [
        ("protest", "2023-07-06", "2023-07-27")
    ]


# --- 禁止遣返：不驱回的原则，不是一次遣返 -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "人权团体批评此举恐违反禁止遣返可能遭受酷刑者的国际义务。",
        "國際法禁止強制遣返可能遭受迫害的北韓人。",
        "律师指出，公约禁止把难民送回可能受迫害的国家，朝鲜人也不例外。",
    ],
)
def test_the_rule_against_refoulement_is_no_return(text: str) -> None:
    assert claims_of("七名朝鲜人本周二被捕。" + text)[1:] == []


# --- 量词后的关系从句里的日子是那些人的；从句之后的"当天"从它之前的那一天算起 ----------------

NOVEMBER = date(2019, 11, 8)


@pytest.mark.parametrize(
    "text",
    [
        "統一部昨日（7日）宣布，兩名上週六（2日）在東海被海軍扣押的北韓男子，已於當天下午經板門店交還北韓。",
        "统一部昨天（7日）说，两名本月2日在东海被海军扣押的北韩渔民，当天下午已经板门店被遣返。",
        "政府7日表示，三名2日在边境被抓获的朝鲜人，当天晚上已被押送过图们江。",
    ],
)
def test_a_day_in_a_relative_clause_on_counted_people_is_theirs(text: str) -> None:
    found = figures(claims_of(text, NOVEMBER))
    assert ("arrest", found[0][1], "2019-11-02") in found
    assert ("forced_repatriation", found[0][1], "2019-11-07") in found
