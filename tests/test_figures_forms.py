"""Figures beyond a number with its noun: signs and range openers before a bare English figure,
a source in brackets after one, a figure listed with "more" before its date, a family counted
by 口, a few with no counter, and numbers that count no refugee (a question's "how many", the
staff of a mission, the one who tells, a part said to be women).

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

from extracting import figures, reader
from hypothesis import given
from hypothesis import strategies as st
from test_numbers import to_chinese

from refuge.extract.clauses import people_counts
from refuge.extract.counts import find_counts
from refuge.records import Count

claims_of = reader(date(2022, 6, 30))


def counts(text: str, lang: str) -> list[Count]:
    return [m.count for m in find_counts(text, lang)]


@given(st.integers(min_value=2, max_value=9_999_999))
def test_a_tilde_before_a_bare_figure_is_about(n: int) -> None:
    assert counts(f"A group in Seoul now puts it at ~{n:,}.", "en") == [Count(n, "about")]
    assert counts(f"One NGO is now saying ~ {n}.", "en") == [Count(n, "about")]


@given(st.integers(min_value=2, max_value=999_999), st.integers(min_value=1, max_value=999_999))
def test_anywhere_from_opens_a_range(low: int, extra: int) -> None:
    text = f"Church groups put the number anywhere from {low:,} to {low + extra:,}."
    assert counts(text, "en") == [Count(None, "range", low, low + extra)]


def test_a_source_in_brackets_follows_a_bounded_figure() -> None:
    text = "Estimates run from at least 300 (a mission group) to about 350 (a Seoul NGO)."
    assert counts(text, "en") == [Count(300, "more_than"), Count(350, "about")]


def test_a_figure_with_more_before_its_date_is_listed() -> None:
    found = claims_of(
        "Border police sent 30 North Korean refugees back on 4 March 2021 and 12 more on "
        "19 March 2021."
    )
    assert figures(found) == [
        ("forced_repatriation", 30, "2021-03-04"),
        ("forced_repatriation", 12, "2021-03-19"),
    ]


@given(st.integers(min_value=2, max_value=30), st.sampled_from(["一家", "全家"]))
def test_a_family_counts_its_members_by_kou(n: int, lead: str) -> None:
    assert counts(f"{lead}{to_chinese(n)}口逃到了大连。", "zh") == [Count(n, "exact")]
    assert counts(f"{lead}{n}口逃到了大连。", "zh") == [Count(n, "exact")]


def test_kou_elsewhere_counts_no_one() -> None:
    assert counts("他们从三个口岸出境，涉及人口问题。", "zh") == []


def test_a_family_of_kou_is_a_claim() -> None:
    found = claims_of("2010年3月5日，一家四口朝鲜人闯入外国驻北京使馆寻求庇护。")
    assert figures(found) == [("asylum_seeking", 4, "2010-03-05")]


def test_a_few_with_no_counter_is_vague_in_korean() -> None:
    assert counts("훈춘에서도 소수가 북송됐다는 말이 돈다.", "ko") == [Count(None, "vague", 3, 9)]
    assert counts("소수 민족 학생과 소수점 계산", "ko") == []


def test_how_many_in_a_question_counts_no_one() -> None:
    assert counts("그중 몇 명이 북송됐는지 확인하셨나요?", "ko") == []
    assert counts("당국은 몇 명을 붙잡았습니까?", "ko") == []
    assert counts("국경에서 탈북민 몇 명이 붙잡혔다.", "ko") == [Count(None, "vague", 3, 9)]
    assert counts("到底有几名朝鲜人被遣返？", "zh") == []
    assert counts("边防抓了几名朝鲜人。", "zh") == [Count(None, "vague", 3, 9)]


def test_a_part_said_to_be_women_is_no_claim_of_its_own() -> None:
    found = people_counts("延吉で脱北者9人拘束　6人は女性 [続報]", "ja")
    assert [c.count for c in found] == [Count(9, "exact")]


def test_the_staff_of_a_mission_are_no_refugees() -> None:
    assert people_counts("総領事館の館員3人が門の外に出て様子を見た。", "ja") == []


def test_the_one_who_tells_is_no_refugee() -> None:
    found = people_counts("消息来自一名在图们住了二十年的居民，约40名朝鲜人被押走。", "zh")
    assert [c.count for c in found] == [Count(40, "about")]
