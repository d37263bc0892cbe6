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


def test_a_bare_figure_as_a_passive_subject_in_a_reported_clause_counts() -> None:
    found = claims_of(
        "China forcibly returned about 300 North Korean refugees on 2 May 2022. A mission group "
        "later said that 45 were returned on 3 May 2022 and 20 on 9 May 2022."
    )
    assert figures(found) == [
        ("forced_repatriation", 300, "2022-05-02"),
        ("forced_repatriation", 45, "2022-05-03"),
        ("forced_repatriation", 20, "2022-05-09"),
    ]


def test_a_bare_figure_after_that_without_a_passive_counts_no_one() -> None:
    assert counts("She said that 45 is too many to count.", "en") == []


LISTS = {
    "zh": "今年中国多次遣返朝鲜脱北者。一家团体的统计如下：\n· 3月2日：35人\n· 4月7日晚：60多人",
    "ja": "今年、中国は脱北者を何度も北朝鮮へ送還した。ある団体の集計は次の通り：\n・3月2日：35人\n"
    "・4月7日夜：60人余り",
    "ko": "올해 중국은 탈북민을 여러 차례 북송했다. 한 단체의 집계는 다음과 같다:\n- 3월 2일: 35명\n"
    "- 4월 7일 밤: 60여 명",
}


def test_the_lines_of_a_list_after_a_lead_in_are_incidents_of_their_own_dates() -> None:
    for lang, text in LISTS.items():
        found = claims_of(text)
        assert [(c.type, c.count, c.date.start.isoformat() if c.date else None) for c in found][
            -2:
        ] == [
            ("forced_repatriation", Count(35, "exact"), "2022-03-02"),
            ("forced_repatriation", Count(60, "more_than"), "2022-04-07"),
        ], lang
        # the lead-in names whose figures they are
        assert all(c.attribution and c.modality == "reported" for c in found[-2:]), lang


def test_a_dated_figure_with_no_lead_in_is_no_line_of_a_list() -> None:
    found = claims_of("今年中国多次遣返朝鲜脱北者。\n· 3月2日：35人")
    assert all(c.count is None for c in found)


POPULATIONS = {
    "zh": "2022年5月3日，边防在延吉抓捕了12名朝鲜人。援助团体估计，藏身中国的朝鲜人约有12万至20万人，"
    "一旦被抓就会被遣返。",
    "ja": "5月3日、延吉で脱北者12人が拘束された。支援団体は、その数を12万人から20万人と見積もっている。",
}


def test_a_figure_at_the_scale_of_a_population_is_no_head_count_of_an_act() -> None:
    for lang, text in POPULATIONS.items():
        found = claims_of(text)
        assert [(c.type, c.count) for c in found] == [
            ("arrest", Count(12, "exact")),
            ("population_estimate", Count(None, "range", 120_000, 200_000)),
        ], lang
        # a stock is told as of the text's date, not the day of the arrest before it
        assert found[1].date is not None and found[1].date.start == date(2022, 6, 30), lang


ROUTES = {
    "ko": (
        "중국 공안은 지난달 3일 밤 탈북민 약 300명을 북한에 넘겼다. 한 단체는 이 가운데 훈춘 한 "
        "곳으로만 최대 90명이 넘어갔을 것으로 보고 있다.",
        "2022-05-03",
    ),
    "ja": (
        "中国当局は今月3日夜、脱北者およそ300人を北朝鮮側に引き渡した。ある団体は、このうち琿春を"
        "経由して送られたのは最大90人に上ると主張している。",
        "2022-06-03",
    ),
}


def test_a_part_that_went_one_way_is_the_incidents_figure_for_that_place() -> None:
    for lang, (text, day) in ROUTES.items():
        found = claims_of(text)
        assert [(c.type, c.count, c.date.start.isoformat() if c.date else None) for c in found] == [
            ("forced_repatriation", Count(300, "about"), day),
            ("forced_repatriation", Count(90, "up_to"), day),
        ], lang
        # the one who gives the figure, not the cleft before it ("送られたのは")
        assert found[1].attribution in ("한 단체", "ある団体"), lang


def test_a_part_with_no_place_of_its_own_is_no_claim() -> None:
    found = claims_of(
        "中国当局は今月3日夜、脱北者およそ300人を北朝鮮側に引き渡した。ある団体は、このうち女性"
        "は最大90人に上るとみている。"
    )
    assert [c.count for c in found] == [Count(300, "about")]


def test_a_korean_headline_bound_after_the_counter_is_more_than() -> None:
    assert counts('中, 옌지 구금 탈북민 또 북송…"훈춘서만 80명 넘어"', "ko") == [
        Count(80, "more_than")
    ]


def test_the_parts_before_their_total_are_no_claims_of_their_own() -> None:
    for text, lang, total in (
        ("남성 4명과 어린이 3명 등 7명이 국경에서 붙잡혔다.", "ko", 7),
        ("아이 2명과 성인 4명으로 구성된 일가족 6명이 체포됐다.", "ko", 6),
        ("少年1人と大人3人からなる4人が拘束された。", "ja", 4),
        ("男性2人と女性5人の計7人が送還された。", "ja", 7),
        ("一名男童与三名大人组成的四名朝鲜人被捕。", "zh", 4),
        ("六名妇女和两名儿童等八人被遣返。", "zh", 8),
    ):
        assert [c.count for c in people_counts(text, lang)] == [Count(total, "exact")], text
