"""Which date a claim takes, in date forms and layouts found on real pages.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, read

from refuge.extract.dates import find_dates
from refuge.records import DateSpan


def _day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan(date(y, m, d), date(y, m, d), "day")


def test_a_western_year_with_its_era_year_in_brackets_is_one_date() -> None:
    found = find_dates("2005年（平成17年）11月3日（木） 8時40分", "ja", date(2005, 11, 3))
    assert [m.span for m in found] == [_day(2005, 11, 3)]


def test_a_dateline_with_the_era_in_brackets_anchors_the_days_below_it() -> None:
    text = (
        "2005年（平成17年）11月3日（木） 8時40分\n"
        "脱北者8人は2日夜、国境の町から北朝鮮へ強制送還された。"
    )
    assert figures(read(text, date(2005, 11, 3))) == [("forced_repatriation", 8, "2005-11-02")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("일행은 4월 3일 대사관에 들어갔고 엿새 만인 9일 출국했다.", "ko"),
        ("They reached the embassy on April 3 and flew out on the 9th.", "en"),
        ("一行は4月3日に大使館に入り、9日に出国した。", "ja"),
        ("一行人4月3日进入大使馆，9日离境。", "zh"),
    ],
)
def test_a_bare_day_after_a_month_and_day_is_of_that_month(text: str, lang: str) -> None:
    # a text of late June: the bare 9th would otherwise be 9 June
    found = find_dates(text, lang, date(2011, 6, 28))
    assert [m.span for m in found] == [_day(2011, 4, 3), _day(2011, 4, 9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("同月19日，这家人抵达汉城。", "zh"), ("同月19日、一家はソウルに着いた。", "ja")],
)
def test_the_same_month_with_no_day_told_is_the_month_of_the_text(text: str, lang: str) -> None:
    assert [m.span for m in find_dates(text, lang, date(2011, 6, 4))] == [_day(2011, 6, 19)]


def test_a_day_word_with_its_day_in_brackets_is_one_mention_of_both() -> None:
    [mention] = find_dates("조사단은 내일(13일) 현지로 떠난다.", "ko", date(2020, 6, 12))
    assert (mention.text, mention.span) == ("내일(13일", _day(2020, 6, 13))


def test_a_day_in_brackets_after_a_weekday_is_the_date_the_weekday_checks() -> None:
    [right] = find_dates("Guards moved them on Tuesday (June 7).", "en", date(2011, 6, 10))
    assert right.span == _day(2011, 6, 7)
    [wrong] = find_dates("Guards moved them on Friday (June 7).", "en", date(2011, 6, 10))
    assert (wrong.span.start, wrong.span.note) == (
        date(2011, 6, 7),
        "weekday Friday does not match 2011-06-07",
    )


def test_a_weekday_after_tomorrow_checks_it_and_does_not_date_anything() -> None:
    # a text of Thursday 9 June 2011
    [found] = find_dates("The hearing resumes tomorrow, Friday.", "en", date(2011, 6, 9))
    assert (found.span, found.span.note) == (_day(2011, 6, 10), None)


def test_that_day_in_a_quote_is_the_day_told_before_not_the_day_of_speaking() -> None:
    text = (
        "국경 수용소에 있던 탈북민들이 지난달 17일 북한으로 넘겨졌다는 주장이 나왔다.\n"
        '한 구호단체 대표는 3일 전화 통화에서 "수용소의 40명이 넘는 사람들이 그날 '
        '모두 북송됐다"고 말했다.'
    )
    found = figures(read(text, date(2019, 9, 4)))
    assert ("forced_repatriation", 40, "2019-08-17") in found
    assert all(when != "2019-09-03" for _, _, when in found)


@pytest.mark.parametrize(
    ("text", "expected", "note"),
    [
        # a text of Tuesday 7 June 2011: this week's Thursday is the 9th
        ("团体宣布将于本周四（9日）在使馆前集会。", _day(2011, 6, 9), None),
        ("他们上周五（3日）在边境被捕。", _day(2011, 6, 3), None),
        (
            "他们上周五（4日）在边境被捕。",
            _day(2011, 6, 4),
            "weekday Friday does not match 2011-06-04",
        ),
    ],
)
def test_a_weekday_of_a_week_with_its_day_in_brackets(
    text: str, expected: DateSpan, note: str | None
) -> None:
    [found] = find_dates(text, "zh", date(2011, 6, 7))
    assert (found.span.start, found.span.note) == (expected.start, note)


@pytest.mark.parametrize(
    "text",
    [
        "多名人权律师5日发表公开信，称边境已有数十名出逃者被遣返。\n"
        "公开信还说，目前仍有三百多人被关押在当地看守所。",
        "人権専門家らは5日、脱北者の送還が続いているとの声明を出した。\n"
        "声明によると、現在もなお300人余りが中国の施設に拘束されている。",
    ],
)
def test_a_state_a_statement_reports_is_as_of_the_day_of_the_statement(text: str) -> None:
    # a text of 7 March: "now" in the statement is the 5th, the day it was made
    held = [f for f in figures(read(text, date(2015, 3, 7))) if f[1] == 300]
    assert [when for _, _, when in held] == ["2015-03-05"]


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("他們上週五被捕", "他们上周五被捕"),
        ("這個月底將開庭", "这个月底将开庭"),
        ("預計後天抵達", "预计后天抵达"),
        ("三個月前越境", "三个月前越境"),
        ("10月9號被遣返", "10月9号被遣返"),
        ("本週四（12日）集會", "本周四（12日）集会"),
    ],
)
def test_traditional_script_dates_read_as_the_simplified(traditional: str, simplified: str) -> None:
    anchor = date(2023, 10, 10)
    assert (
        [m.span for m in find_dates(traditional, "zh", anchor)]
        == [m.span for m in find_dates(simplified, "zh", anchor)]
        != []
    )


def test_that_day_in_traditional_script_counts_from_the_day_told_before() -> None:
    [found] = find_dates("九人當天即被押回", "zh", date(2023, 10, 10), previous=date(2023, 10, 4))
    assert (found.span, found.context_day) == (_day(2023, 10, 4), True)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("23.8.29 탈북민 80명이 북송됐다.", date(2023, 8, 29)),
        ("'23.10.9 하루 만에 500여 명", date(2023, 10, 9)),
        ("98.5.3 국경을 넘었다.", date(1998, 5, 3)),
    ],
)
def test_a_korean_date_with_a_year_of_two_digits(text: str, day: date) -> None:
    [mention] = find_dates(text, "ko", date(2024, 1, 5))
    assert mention.span == DateSpan(day, day, "day")


def test_a_decimal_or_a_version_is_no_date_of_two_digits() -> None:
    assert find_dates("지지율은 23.8%, 환율은 1.2.3 버전이다.", "ko", date(2024, 1, 5)) == []
