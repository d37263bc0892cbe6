"""Written numbers in four languages parse to the integers they mean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refuge.extract.counts import find_counts
from refuge.extract.numbers import fold, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1,000", "en", 1000),
        ("600", "ko", 600),
        ("2천", "ko", 2000),
        ("2천6백", "ko", 2600),
        ("1만 2천", "ko", 12000),
        ("이백", "ko", 200),
        ("천오백", "ko", 1500),
        ("두", "ko", 2),
        ("스물다섯", "ko", 25),
        ("两千", "zh", 2000),
        ("五百", "zh", 500),
        ("两千六百", "zh", 2600),
        ("一万", "zh", 10000),
        ("一万零五十", "zh", 10050),
        ("二〇〇二", "zh", 2002),
        ("3万", "ja", 30000),
        ("1.5万", "ja", 15000),
        ("千", "ja", 1000),
        ("６００", "ja", 600),
        ("Twenty-five", "en", 25),
        ("fifteen", "en", 15),
        ("two dozen", "en", 24),
        ("a dozen", "en", 12),
        ("one hundred and twenty-five", "en", 125),
        ("2.6 million", "en", 2600000),
    ],
)
def test_parse_number(text: str, lang: str, value: int) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [("", "en"), ("1.23", "ko"), ("a", "en"), ("five five", "en"), ("people", "en"), ("명", "ko")],
)
def test_not_a_whole_number(text: str, lang: str) -> None:
    assert parse_number(text, lang) is None


def test_fold_keeps_offsets() -> None:
    text = "脱北者６００人"
    assert len(fold(text)) == len(text)
    assert fold(text) == "脱北者600人"


_KO_DIGITS = "영일이삼사오육칠팔구"
_ZH_DIGITS = "零一二三四五六七八九"


def _section(n: int, digits: str, small: tuple[str, str, str], zh: bool) -> str:
    """0 < n < 10000 written with place units; Korean drops a leading 일 before 십/백/천."""
    out = []
    gap = False
    for value, unit in ((1000, small[2]), (100, small[1]), (10, small[0]), (1, "")):
        d = n // value % 10
        if d == 0:
            gap = bool(out)
            continue
        if zh and gap:
            out.append(digits[0])
        gap = False
        if d == 2 and zh and unit in (small[1], small[2]):
            out.append("两")
        elif not (d == 1 and unit and not zh):
            out.append(digits[d])
        elif zh and d == 1 and unit:
            out.append(digits[1])
        out.append(unit)
    return "".join(out)


def to_korean(n: int) -> str:
    parts = []
    for value, unit in ((10**8, "억"), (10**4, "만"), (1, "")):
        section = n // value % 10**4
        if section:
            parts.append(_section(section, _KO_DIGITS, ("십", "백", "천"), zh=False) + unit)
    return "".join(parts)


def to_chinese(n: int) -> str:
    parts = []
    pending_zero = False
    for value, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = n // value % 10**4
        if not section:
            pending_zero = bool(parts)
            continue
        if parts and (pending_zero or section < 1000):
            parts.append("零")
        parts.append(_section(section, _ZH_DIGITS, ("十", "百", "千"), zh=True) + unit)
        pending_zero = False
    return "".join(parts)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_korean_numerals_round_trip(n: int) -> None:
    assert parse_number(to_korean(n), "ko") == n


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_number(to_chinese(n), "zh") == n


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["ko", "en", "ja", "zh"]))
def test_digits_with_separators_round_trip(n: int, lang: str) -> None:
    assert parse_number(f"{n:,}", lang) == n
    assert parse_number(str(n), lang) == n


def test_korean_formatter_examples() -> None:
    assert to_korean(1500) == "천오백"
    assert to_korean(2345) == "이천삼백사십오"
    assert to_chinese(2600) == "两千六百"
    assert to_chinese(10050) == "一万零五十"


@given(
    st.sampled_from(["about", "more than", "nearly", "some"]),
    st.sampled_from(["hundred", "thousand", "dozen"]),
)
def test_an_article_before_a_scale_is_one_of_it(bound: str, scale: str) -> None:
    (mention,) = find_counts(f"Police held {bound} a {scale} refugees.", "en")
    assert (
        mention.text.startswith(bound)
        and mention.count.value == {"hundred": 100, "thousand": 1000, "dozen": 12}[scale]
    )


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("２０２３年１０月９日、８０人が送還された。", "2023年10月9日、80人が送還された。"),
        ("中国当局は　約６００人を北朝鮮に引き渡した", "中国当局は 約600人を北朝鮮に引き渡した"),
        ("About 600 were sent back on Monday.", "About 600 were sent back on Monday."),
        ("탈북민 80명이 강제북송됐다.", "탈북민 80명이 강제북송됐다."),
    ],
)
def test_full_width_characters_fold_one_for_one_and_other_text_stays(
    text: str, folded: str
) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)
