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
        "5日夜里，稳城口岸也过来了几十名被中国抓住的脱北者。",
    ],
)
def test_a_handover_told_by_the_side_that_receives(text: str) -> None:
    assert [(c.type, c.date.start.isoformat()) for c in claims_of(text)] == [
        ("forced_repatriation", "2023-12-05")
    ]


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
