"""A calendar day set beside a day word that restates it ("the same day, the 8th", "전날인 8일",
"前日の22日", "翌日、9日") is the same day said twice: the calendar day is the date, however
the day word would count from the day told before it."""

from __future__ import annotations

from datetime import date

import pytest

from refuge.extract.dates import find_dates
from tests.extracting import figures, read

CASES = [
    # the day word alone would count from the page's date, the 12th
    (
        "en",
        "Three more crossed into the consulate grounds the same day, the 9th, officials said.",
        date(2024, 9, 10),
        date(2024, 9, 12),
        "2024-09-09",
    ),
    (
        "en",
        "They were moved to a border jail the next day, the 14th, and have not been seen since.",
        date(2024, 9, 10),
        date(2024, 9, 16),
        "2024-09-14",
    ),
    (
        "ko",
        "같은 날인 9일 미국총영사관에도 두 명이 들어갔다.",
        date(2024, 9, 10),
        date(2024, 9, 12),
        "2024-09-09",
    ),
    (
        "ko",
        "일행은 이튿날인 14일 국경 도시로 옮겨졌다.",
        date(2024, 9, 10),
        date(2024, 9, 16),
        "2024-09-14",
    ),
    (
        "ja",
        "一家は前日の22日午後、北京を発った。",
        date(2024, 9, 10),
        date(2024, 9, 25),
        "2024-09-22",
    ),
    (
        "ja",
        "その翌日、14日の夜に国境の町へ移された。",
        date(2024, 9, 10),
        date(2024, 9, 16),
        "2024-09-14",
    ),
]


@pytest.mark.parametrize(("lang", "text", "before", "page", "day"), CASES)
def test_the_calendar_day_beside_a_day_word_is_the_date(
    lang: str, text: str, before: date, page: date, day: str
) -> None:
    found = find_dates(text, lang, page, previous=before)
    assert [m.span.start.isoformat() for m in found] == [day]


def test_an_incident_on_the_same_day_said_twice_takes_the_calendar_day() -> None:
    # a brief whose "same day" refers to a story the page does not tell
    text = (
        "Three North Koreans entered the Swedish embassy in Beijing the same day, the 2nd, "
        "and asked for asylum, a diplomat said."
    )
    assert figures(read(text, date(2024, 9, 5))) == [("asylum_seeking", 3, "2024-09-02")]


@pytest.mark.parametrize(
    ("lang", "text", "day", "note"),
    [
        ("ko", "중국은 지난 월요일인 9일 밤 탈북민들을 넘겼다.", "2023-10-09", None),
        ("ko", "중국은 이번 주 월요일인 10일 밤 탈북민들을 넘겼다.", "2023-10-10", "Monday"),
        ("ko", "탈북민들은 10일이었던 월요일 밤 넘겨졌다.", "2023-10-10", "Monday"),
        ("ja", "中国は先週月曜日の10日に脱北者を送還した。", "2023-10-10", "Monday"),
    ],
)
def test_a_weekday_told_from_the_week_checks_the_calendar_day_beside_it(
    lang: str, text: str, day: str, note: str | None
) -> None:
    """ "지난 월요일인 9일", "先週月曜日の10日": the calendar day is the date, and a weekday that
    does not fall on it is noted, not silently dropped."""
    (found,) = find_dates(text, lang, date(2023, 10, 13))
    assert found.span.start.isoformat() == day
    assert (found.span.note is None) == (note is None)
    assert note is None or note in (found.span.note or "")
