"""Head-counts of people: numbers attached to a person counter or a people noun, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refuge.extract.counts import find_counts
from refuge.records import Count

SHARED = Path(__file__).resolve().parents[2] / "shared"


def counts(text: str, lang: str) -> list[Count]:
    return [m.count for m in find_counts(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("경찰은 탈북민 300여 명을 국경에서 붙잡았다.", "ko", Count(300, "more_than")),
        ("약 1500명이 광장에 모였다.", "ko", Count(1500, "about")),
        ("3천여 명이 수용소에 갇혀 있다.", "ko", Count(3000, "more_than")),
        ("400명이 넘는 주민이 강을 건넜다.", "ko", Count(400, "more_than")),
        ("최대 120명이 송환될 수 있다.", "ko", Count(120, "up_to")),
        ("탈북자 70명 이상이 체포됐다.", "ko", Count(70, "more_than")),
        ("30~40명이 구금됐다.", "ko", Count(None, "range", 30, 40)),
        ("수백 명의 탈북민이 돌아갔다.", "ko", Count(None, "vague", 200, 999)),
        ("몇 천명이 숨어 산다.", "ko", Count(None, "vague", 2000, 9999)),
        ("어부 세 명이 배를 버렸다.", "ko", Count(3, "exact")),
        ("이백 명이 행진했다.", "ko", Count(200, "exact")),
        ("国境で脱北者300人を超える人々が拘束された。", "ja", Count(300, "more_than")),
        ("およそ80人が送還された。", "ja", Count(80, "about")),
        ("700人余りが収容されている。", "ja", Count(700, "more_than")),
        ("脱北者400人超が送還された。", "ja", Count(400, "more_than")),
        ("20〜30人が逃れた。", "ja", Count(None, "range", 20, 30)),
        ("中国には約2万人の脱北者が潜んでいる。", "ja", Count(20000, "about")),
        ("藏匿在中国的朝鲜人约有5万人。", "zh", Count(50000, "about")),
        ("中国警方至少抓捕了92名朝鲜出逃者。", "zh", Count(92, "more_than")),
        ("数百人が拘束された。", "ja", Count(None, "vague", 200, 999)),
        ("少数が送り返された。", "ja", Count(None, "vague", 3, 9)),
        ("当局は300余名脱北者遣返。", "zh", Count(300, "more_than")),
        ("约七百人被关押。", "zh", Count(700, "about")),
        ("一千多名难民在边境。", "zh", Count(1000, "more_than")),
        ("三千六百人被送回。", "zh", Count(3600, "exact")),
        ("30至40人被捕。", "zh", Count(None, "range", 30, 40)),
        ("数以千计的难民逃离。", "zh", Count(None, "vague", 2000, 9999)),
        ("千人以上参加集会。", "zh", Count(1000, "more_than")),
        ("Police held about 300 North Koreans.", "en", Count(300, "about")),
        ("More than 1,200 refugees crossed.", "en", Count(1200, "more_than")),
        ("As many as 90 defectors were caught.", "en", Count(90, "up_to")),
        ("nearly forty people were returned", "en", Count(40, "up_to")),
        ("Thirty-two activists marched.", "en", Count(32, "exact")),
        ("two dozen escapees hid there", "en", Count(24, "exact")),
        ("between 20,000 and 40,000 migrants", "en", Count(None, "range", 20000, 40000)),
        ("dozens of detainees", "en", Count(None, "vague", 24, 99)),
        ("tens of thousands of North Koreans", "en", Count(None, "vague", 20000, 99999)),
        ("300-plus refugees fled", "en", Count(300, "more_than")),
        ("An NGO counted at least 45.", "en", Count(45, "more_than")),
    ],
)
def test_head_counts(text: str, lang: str, expected: Count) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("2022년 3월 15일 오후 8시에 30대 남성이 1억 달러를 냈다.", "ko"),
        ("버스 두 대가 도시 세 곳을 지났다. 기온은 18.2℃.", "ko"),
        ("정부는 입장을 천명했다. 수명이 길다.", "ko"),
        ("2023年、25歳の男性が5回目の試験で3000キロを4415秒で走った。", "ja"),
        ("200万円の寄付と30%の増加。", "ja"),
        ("2023年观众达8.26亿人次，中国获201金，20亿美元。", "zh"),
        ("第5名的选手来自少数民族。", "zh"),
        ("In 2019, a man aged 40 paid $500 for 3 km at 7:30 p.m. on Oct. 9; 60% agreed.", "en"),
        ("The 10th anniversary drew 5 buses.", "en"),
    ],
)
def test_not_head_counts(text: str, lang: str) -> None:
    assert counts(text, lang) == []


def test_mentions_carry_offsets_and_heads() -> None:
    text = "중국은 9일 탈북민 600여 명을 돌려보냈다."
    (mention,) = find_counts(text, "ko")
    assert text[mention.start : mention.end] == mention.text == "600여 명"
    assert mention.head == "탈북민"
    (bare,) = find_counts("The group said more than 500.", "en")
    assert bare.head is None and bare.count == Count(500, "more_than")


@given(st.integers(min_value=2, max_value=9_999_999), st.sampled_from(["ko", "ja", "zh", "en"]))
def test_any_figure_with_a_counter_is_found(n: int, lang: str) -> None:
    text = {
        "ko": f"탈북민 {n:,}명이 체포됐다.",
        "ja": f"脱北者{n:,}人が拘束された。",
        "zh": f"{n:,}名脱北者被捕。",
        "en": f"Police detained {n:,} refugees.",
    }[lang]
    assert counts(text, lang) == [Count(n, "exact")]


def test_gold_counts_are_found_in_their_evidence() -> None:
    """Every gold claim whose evidence states its figure gets that exact Count back."""
    found = total = 0
    for line in (SHARED / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        for claim in json.loads(line)["claims"]:
            if claim["count"] is None:
                continue
            total += 1
            gold = Count(**claim["count"])
            found += gold in counts(claim["evidence"], claim["language"])
    # 14 of the gold counts are not written in their evidence sentence (sub-counts, "them").
    assert found / total >= 0.87, f"{found}/{total}"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("据当地媒体报道，300余名边民参加了集会。", "zh", Count(300, "more_than", None, None)),
        ("関係者によると、120人余りが集まった。", "ja", Count(120, "more_than", None, None)),
        ("名单上共有2,400名。", "zh", Count(2400, "exact", None, None)),
    ],
)
def test_a_figure_after_a_clause_comma_keeps_its_bound(
    text: str, lang: str, expected: Count
) -> None:
    assert [c.count for c in find_counts(text, lang)] == [expected]


@given(
    st.integers(min_value=1, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from(["ko", "ja", "zh", "en"]),
)
def test_parts_joined_by_and_add_up(women: int, children: int, lang: str) -> None:
    text = {
        "ko": f"탈북 여성 {women}명과 어린이 {children}명이 체포됐다.",
        "ja": f"脱北者の女性{women}人と子ども{children}人が拘束された。",
        "zh": f"{women}名妇女和{children}名儿童被捕。",
        "en": f"Police detained {women} women and {children} children.",
    }[lang]
    (mention,) = find_counts(text, lang)
    assert mention.count == Count(women + children, "exact") and mention.summed


def test_a_whole_before_its_parts_is_no_part() -> None:
    found = counts("Police held 15 North Koreans, 13 women and two teenagers.", "en")
    assert found == [Count(15, "exact"), Count(15, "exact")]
    assert counts("탈북민 2명과 중국인 브로커 1명이 붙잡혔다.", "ko") == [
        Count(2, "exact"),
        Count(1, "exact"),
    ]


def test_a_change_between_two_figures_is_no_range() -> None:
    assert Count(None, "range", 30, 40) not in counts("탈북민이 30명에서 40명으로 늘었다.", "ko")
    assert counts("탈북민 30명에서 40명이 붙잡혔다.", "ko") == [Count(None, "range", 30, 40)]


@given(st.integers(min_value=1, max_value=8), st.sampled_from(["ko", "ja", "zh"]))
def test_two_neighbouring_digits_before_ten_are_a_range(low: int, lang: str) -> None:
    digits = {"ko": "일이삼사오육칠팔구", "ja": "一二三四五六七八九", "zh": "一二三四五六七八九"}[
        lang
    ]
    written = digits[low - 1] + digits[low] + {"ko": "십", "ja": "十", "zh": "十"}[lang]
    text = {
        "ko": f"탈북민 {written} 명이",
        "ja": f"脱北者{written}人が",
        "zh": f"{written}名脱北者",
    }[lang]
    assert counts(text, lang) == [Count(None, "range", low * 10, (low + 1) * 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Upward of 300 North Koreans were sent back.", Count(300, "more_than")),
        ("north of 1,000 refugees remain in hiding", Count(1000, "more_than")),
        ("a minimum of 40 defectors were held", Count(40, "more_than")),
        ("just shy of 70 escapees were caught", Count(70, "up_to")),
        ("in the neighbourhood of 90 people were returned", Count(90, "about")),
        ("300-some refugees fled", Count(300, "more_than")),
        ("a pair of fishermen were handed back", Count(2, "exact")),
        ("a couple of defectors were caught", Count(2, "exact")),
    ],
)
def test_english_bounds_and_small_group_words(text: str, expected: Count) -> None:
    assert counts(text, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("脱北者七、八十人が送還された。", "ja", Count(None, "range", 70, 80)),
        ("三、四人が拘束された。", "ja", Count(None, "range", 3, 4)),
        ("约七、八十名朝鲜人被遣返。", "zh", Count(None, "range", 70, 80)),
    ],
)
def test_two_neighbouring_digits_apart_by_a_list_comma_are_a_range(
    text: str, lang: str, expected: Count
) -> None:
    assert counts(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police caught 20 North Koreans in March, and 16 more were held in April.", [20, 16]),
        ("12 more were sent back on Friday.", [12]),
        ("Three more have been caught since.", [3]),
        ("He stayed three more days in the city.", []),
    ],
)
def test_a_bare_figure_of_more_people_before_its_verb_counts_them(
    text: str, expected: list[int]
) -> None:
    assert [c.value for c in counts(text, "en")] == expected
