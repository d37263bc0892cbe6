"""Dates in four languages, resolved against the date of the text they stand in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refuge.extract.dates import find_dates
from refuge.records import DateSpan

ANCHOR = date(2023, 10, 11)  # a Wednesday


def spans(text: str, lang: str, anchor: date | None = ANCHOR) -> list[DateSpan]:
    return [m.span for m in find_dates(text, lang, anchor)]


def day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan(date(y, m, d), date(y, m, d), "day")


def between(a: date, b: date, precision: str) -> DateSpan:
    return DateSpan(a, b, precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The rally was held on October 9, 2023.", "en", day(2023, 10, 9)),
        ("They met on 9 October 2023 in Seoul.", "en", day(2023, 10, 9)),
        ("Police came on Feb. 8th of 2008.", "en", day(2008, 2, 8)),
        ("The vigil is set for Oct. 12.", "en", day(2023, 10, 12)),
        ("It happened in May 2002.", "en", between(date(2002, 5, 1), date(2002, 5, 31), "month")),
        (
            "They were sent back in late August.",
            "en",
            between(date(2023, 8, 21), date(2023, 8, 31), "month"),
        ),
        ("between 2005 and 2007", "en", between(date(2005, 1, 1), date(2007, 12, 31), "year")),
        ("from 2005 to 2007", "en", between(date(2005, 1, 1), date(2007, 12, 31), "year")),
        (
            "in May and June of that year",
            "en",
            between(date(2023, 5, 1), date(2023, 6, 30), "month"),
        ),
        ("arrested 8-9 Oct", "en", between(date(2023, 10, 8), date(2023, 10, 9), "day")),
        ("Police said yesterday.", "en", day(2023, 10, 10)),
        ("They were returned on Monday night.", "en", day(2023, 10, 9)),
        ("They fled last Monday.", "en", day(2023, 10, 9)),
        ("A protest is planned for this Thursday.", "en", day(2023, 10, 12)),
        (
            "They arrived two weeks ago.",
            "en",
            between(date(2023, 9, 24), date(2023, 9, 30), "day"),
        ),
        (
            "He was caught last October.",
            "en",
            between(date(2022, 10, 1), date(2022, 10, 31), "month"),
        ),
        ("Arrests rose this year.", "en", between(date(2023, 1, 1), date(2023, 12, 31), "year")),
        ("2023-10-09", "en", day(2023, 10, 9)),
        ("중국은 2023년 10월 9일 밤 이들을 넘겼다.", "ko", day(2023, 10, 9)),
        ("발표는 2023.10.11 이뤄졌다.", "ko", day(2023, 10, 11)),
        ("지난 9일(월) 밤 송환됐다.", "ko", day(2023, 10, 9)),
        ("지난 20일 체포됐다.", "ko", day(2023, 9, 20)),
        ("지난달 26일 북송됐다.", "ko", day(2023, 9, 26)),
        ("이달 8일과 9일 두 차례", "ko", between(date(2023, 10, 8), date(2023, 10, 9), "day")),
        ("8월 말 버스로", "ko", between(date(2023, 8, 21), date(2023, 8, 31), "month")),
        ("5~6월 사이", "ko", between(date(2023, 5, 1), date(2023, 6, 30), "month")),
        # "from late last year" with nothing after it to run to runs on to the date of the text
        ("지난해 말부터", "ko", between(date(2022, 12, 1), date(2023, 10, 11), "month")),
        ("작년에 도착했다", "ko", between(date(2022, 1, 1), date(2022, 12, 31), "year")),
        ("내일 집회가 열린다", "ko", day(2023, 10, 12)),
        ("이날 밝혔다", "ko", day(2023, 10, 11)),
        ("中国は2023年10月9日に送還した。", "ja", day(2023, 10, 9)),
        ("9日（月）夜に送還された。", "ja", day(2023, 10, 9)),
        ("先月18日にも送還された。", "ja", day(2023, 9, 18)),
        ("今月8日に拘束された。", "ja", day(2023, 10, 8)),
        ("昨日発表した。", "ja", day(2023, 10, 10)),
        ("明日集会を開く。", "ja", day(2023, 10, 12)),
        ("昨年6月に亡命した。", "ja", between(date(2022, 6, 1), date(2022, 6, 30), "month")),
        ("5月から6月にかけて", "ja", between(date(2023, 5, 1), date(2023, 6, 30), "month")),
        ("2月8日から12日にかけて", "ja", between(date(2023, 2, 8), date(2023, 2, 12), "day")),
        ("平成14年5月8日", "ja", day(2002, 5, 8)),
        ("中方于2023年10月9日晚遣返。", "zh", day(2023, 10, 9)),
        ("二〇〇二年五月八日", "zh", day(2002, 5, 8)),
        ("自8月底起分批遣返", "zh", between(date(2023, 8, 21), date(2023, 8, 31), "month")),
        ("去年被捕", "zh", between(date(2022, 1, 1), date(2022, 12, 31), "year")),
        ("上周一被送回", "zh", day(2023, 10, 2)),
        ("本週一（9日）晚間", "zh", day(2023, 10, 9)),
        ("当日下午", "zh", day(2023, 10, 11)),
        ("8日至9日", "zh", between(date(2023, 10, 8), date(2023, 10, 9), "day")),
    ],
)
def test_dates(text: str, lang: str, expected: DateSpan) -> None:
    assert expected in spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("13时55分，两名男子被带出。", "zh"),
        ("오후 8시에 3년 7개월 만에 11일째 3일간 20대", "ko"),
        ("4415秒飛行し、11日目、3日間、5回目。", "ja"),
        ("from noon to 1 p.m., 12-1 pm, at 7:30", "en"),
        ("They may leave. Police march in.", "en"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert spans(text, lang) == []


def test_weekday_mismatch_is_a_note() -> None:
    (span,) = spans("The raid came on Tuesday, October 9, 2023.", "en")
    assert span.start == date(2023, 10, 9)
    assert span.note == "weekday Tuesday does not match 2023-10-09"
    (ok,) = spans("Monday, October 9th, 2023", "en")
    assert ok.note is None
    (ko,) = spans("지난 9일(화)", "ko")
    assert ko.note == "weekday Tuesday does not match 2023-10-09"


def test_relative_flag_and_missing_anchor() -> None:
    (absolute,) = find_dates("2023年10月9日", "ja", None)
    assert absolute.relative is False
    assert find_dates("先月18日", "ja", None) == []
    (rel,) = find_dates("先月18日", "ja", ANCHOR)
    assert rel.relative is True


def test_a_year_carries_to_later_dates_nearby() -> None:
    text = "They were captured on Nov. 2, 2019. Five days later, on Nov. 7, they were expelled."
    assert spans(text, "en", date(2022, 7, 19))[-1] == day(2019, 11, 7)


_WRITE = {
    "en": lambda d: f"on {d:%B} {d.day}, {d.year}",
    "en-dmy": lambda d: f"on {d.day} {d:%B} {d.year}",
    "ko": lambda d: f"{d.year}년 {d.month}월 {d.day}일에",
    "ja": lambda d: f"{d.year}年{d.month}月{d.day}日に",
    "zh": lambda d: f"{d.year}年{d.month}月{d.day}日",
}


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
    st.sampled_from(sorted(_WRITE)),
)
def test_absolute_dates_round_trip(when: date, form: str) -> None:
    lang = form.split("-")[0]
    assert spans(_WRITE[form](when), lang, None) == [day(when.year, when.month, when.day)]


_AGO = {
    "en": lambda n: f"{n} days ago",
    "ko": lambda n: f"{n}일 전",
    "ja": lambda n: f"{n}日前",
    "zh": lambda n: f"{n}天前",
}


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(sorted(_AGO)),
)
def test_days_ago_resolve_against_any_anchor(anchor: date, n: int, lang: str) -> None:
    assert spans(_AGO[lang](n), lang, anchor) == [
        DateSpan(*(anchor - timedelta(days=n),) * 2, "day")
    ]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_yesterday_and_last_month_agree_across_languages(anchor: date) -> None:
    yesterday = {
        spans(w, lang, anchor)[0]
        for w, lang in (("yesterday", "en"), ("어제", "ko"), ("昨日", "ja"), ("昨天", "zh"))
    }
    assert yesterday == {day(*(anchor - timedelta(days=1)).timetuple()[:3])}
    last_month = {
        spans(w, lang, anchor)[0]
        for w, lang in (("last month", "en"), ("지난달", "ko"), ("先月", "ja"), ("上个月", "zh"))
    }
    (span,) = last_month
    assert span.precision == "month" and span.end == anchor.replace(day=1) - timedelta(days=1)


# "N years ago today" in each language's words: the same calendar day N years back
_ANNIVERSARY = {
    "en": lambda n: f"{n} years ago today",
    "ko": lambda n: f"{n}년 전 오늘",
    "ja": lambda n: f"{n}年前の今日",
    "zh": lambda n: f"{n}年前的今天",
}


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)).filter(
        lambda d: (d.month, d.day) != (2, 29)
    ),
    st.integers(min_value=1, max_value=40),
    st.sampled_from(sorted(_ANNIVERSARY)),
)
def test_an_anniversary_is_that_calendar_day_back(anchor: date, n: int, lang: str) -> None:
    (found,) = find_dates(_ANNIVERSARY[lang](n), lang, anchor)
    assert found.span == day(anchor.year - n, anchor.month, anchor.day)
    assert found.story


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.integers(1, 28))
def test_a_day_word_with_its_day_in_brackets_is_that_day(anchor: date, d: int) -> None:
    # "昨（十八）日": the written day wins over the day word, in the text's month or the one before
    expected = find_dates(f"{d}日", "zh", anchor)[0].span
    assert spans(f"昨（{d}）日", "zh", anchor) == [expected]
    assert spans(f"今天（{d}日）", "zh", anchor) == [expected]


def test_the_same_month_is_the_month_of_the_story() -> None:
    found = find_dates("同じ月の8日から12日にかけて", "ja", ANCHOR, story=date(2012, 2, 21))
    assert [m.span for m in found] == [between(date(2012, 2, 8), date(2012, 2, 12), "day")]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 30)))
def test_a_bare_day_after_the_texts_day_looks_back_unless_expected(anchor: date) -> None:
    after = anchor.day + 1
    if after > 28:
        return
    (back,) = spans(f"{after}日", "ja", anchor)
    assert back.start < anchor and back.start.day == after
    (ahead,) = [m.span for m in find_dates(f"{after}日", "ja", anchor, expect=True)]
    assert ahead == day(anchor.year, anchor.month, after)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("지난 3월 2일 밤, 곧 박람회 개막 이튿날 마흔 명이 넘겨졌다.", "ko"),
        ("今年3月2日夜、博覧会開幕翌日に40人が送還された。", "ja"),
        ("今年3月2日晚，亦即博览会开幕翌日，四十人被遣返。", "zh"),
        ("On the night of March 2, the day after the fair opened, forty were sent back.", "en"),
    ],
)
def test_the_day_after_an_undated_event_leaves_the_written_date(text: str, lang: str) -> None:
    assert spans(text, lang) == [day(2023, 3, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年5月1日に拘束された。", DateSpan(date(2019, 5, 1), date(2019, 5, 1), "day")),
        (
            "平成元年の春、家族は川を渡った。",
            DateSpan(date(1989, 1, 1), date(1989, 12, 31), "year"),
        ),
        (
            "平成14年5月8日、5人が総領事館に駆け込んだ。",
            DateSpan(date(2002, 5, 8), date(2002, 5, 8), "day"),
        ),
    ],
)
def test_an_era_year_counts_from_the_eras_first_year(text: str, expected: DateSpan) -> None:
    assert spans(text, "ja")[:1] == [expected]
