"""Chinese families of phrasing beyond the dev corpus: who tells the story (not one of its
people), a handover told from the receiving side, a second incident carried on by 他们, the
ways of saying no word has come since, and the background of habits, routes, hashtags and
questions that tells no incident.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

PUBLISHED = date(2023, 12, 20)  # a Wednesday

claims_of = reader(PUBLISHED)


def _kinds_and_figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (c.type, c.count.value if c.count else None, c.count.min if c.count else None)
        for c in claims_of(text)
    ]


# --- 说话的人不是事件中的人 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一名要求匿名的丹东消息人士5日说，这些脱北者是经鸭绿江大桥被送回的。",
        "一名化名老李的延边传教士透露，那批人已经全部被押回朝鲜。",
        "一名住在图们江边的村民告诉记者，那晚他亲眼看见几辆大巴把脱北者送回对岸。",
    ],
)
def test_one_who_tells_is_no_figure_of_the_return(text: str) -> None:
    assert [(k, n) for k, n, _ in _kinds_and_figures(text)] == [("forced_repatriation", None)]


def test_one_caught_is_still_a_figure() -> None:
    found = claims_of("12月3日，一名朝鲜居民在延吉火车站被公安抓获。")
    assert figures(found) == [("arrest", 1, "2023-12-03")]


# --- 从接收一方说的移交 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "惠山的消息人士说，5日凌晨有一百多名脱北者从长白被移交过来。",
        "据茂山一名干部透露，5日下午对岸又押送过来三十名脱北者。",
        "5日夜里，稳城口岸又交过来几十名被中国抓住的脱北者。",
    ],
)
def test_a_handover_told_by_the_side_that_receives(text: str) -> None:
    assert [(c.type, c.date.start.isoformat()) for c in claims_of(text)] == [
        ("forced_repatriation", "2023-12-05")
    ]


def test_people_who_came_over_the_border_are_no_handover() -> None:
    found = claims_of("5日夜里，从边境过来了几十名脱北者，躲进了延吉的教会。")
    assert "forced_repatriation" not in [c.type for c in found]


# --- 他们：同一批人的第二件事 -------------------------------------------------------------------


def test_they_are_then_held_after_the_handover() -> None:
    text = "5日晚上，有两百多名脱北者经南阳口岸被移交过来，他们目前被关在保卫部的拘留所里。"
    assert _kinds_and_figures(text) == [
        ("forced_repatriation", 200, None),
        ("detention", 200, None),
    ]


def test_they_then_vanish_after_being_sent_back() -> None:
    text = "11月28日，中方把关押在图们的数十名脱北者送回朝鲜，他们此后便下落不明。"
    assert _kinds_and_figures(text) == [
        ("forced_repatriation", None, 24),
        ("disappearance", None, 24),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # what they set out to do when caught
        "12月3日，十二名脱北者在昆明被公安抓获，当时他们正准备取道老挝前往泰国。",
        # a second act set against the first, asked and not told
        "12月3日，十二名脱北者在昆明被公安抓获，但目前无法确认他们是否已被遣返。",
        "12月3日，十二名脱北者在昆明被公安抓获，他们原本打算经越南前往韩国。",
    ],
)
def test_an_aim_or_a_question_after_they_is_no_second_incident(text: str) -> None:
    assert figures(claims_of(text)) == [("arrest", 12, "2023-12-03")]


# --- 音讯全无的说法 -------------------------------------------------------------------------------


RETURN = "11月28日，中国将约三百名脱北者遣返回朝鲜。"


@pytest.mark.parametrize(
    "tail",
    [
        "他们的亲属至今也没有收到任何消息。",
        "自从被押过鸭绿江，这些人与家人的联络就全部中断了。",
        "一位牧师说，到现在没有人知道他们被关在哪里。",
        "这些人是死是活，外面没人知道。",
    ],
)
def test_no_word_since_the_return_is_a_disappearance(tail: str) -> None:
    found = claims_of(RETURN + tail)
    assert [c.type for c in found] == ["forced_repatriation", "disappearance"]
    assert found[1].date is not None and found[1].date.start.isoformat() >= "2023-11-01"


def test_no_one_heard_from_is_no_figure_of_one() -> None:
    found = claims_of(RETURN + "自11月被送回之后，这批人没有一人的消息传出。")
    assert [(c.type, c.count) for c in found][1] == ("disappearance", None)


# --- 惯常做法、中转地、话题标签与疑问：不是事件 ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "出逃的朝鲜人通常先乘火车到昆明，再经老挝进入泰国。",
        "丹东往往是被抓的脱北者移交朝方之前的最后一站。",
        "南宁是不少朝鲜出逃者经越南前往第三国的中转站。",
        "朝鲜关闭边境后，一直拒绝接收在中国被捕的本国人。",
        "#脱北者遣返# 转发一下。",
        "他们是否在11月被遣返，目前还不清楚。",
    ],
)
def test_a_habit_a_route_a_tag_or_a_question_tells_no_incident(text: str) -> None:
    assert claims_of("朝鲜出逃者的遭遇。" + text) == []


# --- 同一句里另一个来源的数字 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("人权观察称，11月28日被押过边境的有三百多人；“北韩正义连带”则说是四百人。", 400),
        (
            "据一名传教士说，11月28日被送回的朝鲜人约有三百人，其中多半是妇女；另一个团体掌握的数字则是四百人上下。",
            400,
        ),
        ("11月28日被遣返的朝鲜人超过300人；一个救援团体估计为450人。", 450),
    ],
)
def test_a_second_source_gives_its_own_figure_for_the_same_return(text: str, second: int) -> None:
    found = claims_of(text)
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("forced_repatriation", 300),
        ("forced_repatriation", second),
    ]
    assert all(c.date is not None and c.date.start.isoformat() == "2023-11-28" for c in found)
    assert found[1].attribution is not None and found[1].modality == "reported"


def test_a_figure_inside_a_coalition_name_is_still_no_count() -> None:
    found = claims_of("“反对遣返三百名脱北者国民联合”12月5日在使馆前集会。")
    assert figures(found) == [("protest", None, "2023-12-05")]


# --- 重述的数字：人数、来源、被遣返的那批人 -------------------------------------------------------


def test_figures_after_a_semicolon_are_no_part_of_the_group_before() -> None:
    text = (
        "11月28日夜里，中方把关押在图们的朝鲜人拉到口岸，集中移交。"
        "一名传教士把人数定在三百人以上，其中多数是女性；另一个团体则说约有四百人。"
    )
    assert [c.count.value for c in claims_of(text) if c.count] == [300, 400]


@pytest.mark.parametrize(
    "text",
    [
        "这次被遣返的300多人依照韩国宪法都是大韩民国国民。",
        "上述被遣返的300多人大多是妇女。",
        "此次被遣返的300多人里有不少人在韩国有亲属。",
    ],
)
def test_those_of_the_return_named_again_are_no_new_figure(text: str) -> None:
    found = claims_of("11月28日，中国把300多名脱北者遣返回朝鲜。" + text)
    assert figures(found) == [("forced_repatriation", 300, "2023-11-28")]


# --- 把人带到口岸、清空拘留所：遣返 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "11月28日，关押脱北者的图们拘留设施被清空了。",
        "11月28日，武警把关押的朝鲜人押到丹东的口岸。",
        "11月28日夜里，这批脱北者在珲春被分批移交。",
    ],
)
def test_emptied_facilities_and_people_taken_to_the_crossing(text: str) -> None:
    assert [(c.type, c.date.start.isoformat()) for c in claims_of(text) if c.date] == [
        ("forced_repatriation", "2023-11-28")
    ]


# --- 不是一件事：议定书、之际、搜捕、规模之争 ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "北京一直依据1986年签订的议定书把越境的朝鲜人送回。",
        "这批人被遣返之际，正值两国建交纪念日。",
        "人权团体批评，中国公安仍在边境四处搜捕脱北者。",
        "外界对人数的估计从三百人到一千人不等。",
    ],
)
def test_a_practice_a_backdrop_a_hunt_or_a_dispute_is_no_incident(text: str) -> None:
    assert claims_of("朝鲜出逃者的遭遇。" + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "特别报告员：在华被拘朝鲜人或达两千多名",
        "报告估计，在华遭拘押的北韩人约有一千五百名。",
        "目前在华被关押的脱北者多达两千人。",
    ],
)
def test_people_held_in_china_are_a_stock(text: str) -> None:
    assert [c.type for c in claims_of(text)] == ["population_estimate"]


# --- 人数本身：数字后没有量词 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("据一个救援团体说，11月28日被押回朝鲜的脱北者人数逾300，分批送出。", 300, "more_than"),
        ("11月28日遣返的朝鲜人，总人数约为450。", 450, "about"),
        ("11月28日被遣返的脱北者人数超过三百，多为妇女。", 300, "more_than"),
    ],
)
def test_the_headcount_told_with_no_counter(text: str, value: int, qualifier: str) -> None:
    found = claims_of(text)
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("forced_repatriation", value)
    ]
    assert found[0].count is not None and found[0].count.qualifier == qualifier


# --- 相当多、不应被送走、传出的消息 ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "统一部表示，相当多北韩人看来已被送返北韩。",
        "一位牧师说，为数不少的朝鲜人已被遣返。",
        "众多脱北者恐已被遣返回朝鲜。",
    ],
)
def test_many_without_a_figure_pins_a_return(text: str) -> None:
    assert [c.type for c in claims_of(text)] == ["forced_repatriation"]


@pytest.mark.parametrize(
    "text",
    [
        "外交部强调，海外脱北者无论如何都不应违反本人意愿被强行送走。",
        "政府对上周传出的大规模遣返消息只表示正在了解情况。",
        "首尔对近日传来的北送传闻不予置评。",
    ],
)
def test_a_norm_or_the_news_of_returns_is_no_return(text: str) -> None:
    assert claims_of("朝鲜出逃者的遭遇。" + text) == []
