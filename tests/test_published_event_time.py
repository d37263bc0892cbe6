"""A date labelled as the time of the meeting or event a page tells of ("회의일시:", "日時：",
"When:") is not the page's date, however like a dateline it looks; and the record of a meeting
stands in the day the meeting sat, so what was said there is dated from it."""

from __future__ import annotations

from datetime import date

import pytest

from refuge.clean.published import from_lines
from tests.extracting import figures, read

# header lines run from the article upwards, nearest first
HEADERS = [
    (
        [
            "장소: 국회 외교통일위원회 회의실",
            "회의일시: 2024년 3월 5일(화) 오후 2시 10분",
            "자료 등록: 2024.03.06 | 분류: 통일",
        ],
        date(2024, 3, 6),
    ),
    (
        [
            "会場：衆議院第一委員室",
            "開催日時：2024年3月5日（火）14時00分",
            "掲載 2024年3月7日 09:30",
        ],
        date(2024, 3, 7),
    ),
    (
        [
            "Where: Room 2172, Rayburn Building",
            "When: March 5, 2024, 10:00 a.m.",
            "Posted March 8, 2024 | Committee staff",
        ],
        date(2024, 3, 8),
    ),
    (
        ["活动时间：2024年3月5日 14:00", "发布时间：2024-03-04 09:30"],
        date(2024, 3, 4),
    ),
]


@pytest.mark.parametrize(("header", "page"), HEADERS)
def test_an_event_time_is_not_the_page_date(header: list[str], page: date) -> None:
    found = from_lines(header, [])
    assert found is not None and found.value == page


def test_a_meeting_record_dates_what_was_said_from_the_day_it_sat() -> None:
    text = (
        "회의일시: 2024년 3월 5일(화) 오후 2시\n"
        "○김○○ 위원 언론 보도에 따르면 어제 단둥에서 탈북민 12명이 공안에 체포됐다고 합니다."
    )
    assert ("arrest", 12, "2024-03-04") in figures(read(text, date(2024, 3, 8)))


def test_an_english_hearing_record_dates_what_was_said_from_the_day_it_sat() -> None:
    text = (
        "Date of hearing: March 5, 2024\n"
        "Mr. Kim: Yesterday Chinese police arrested 12 North Koreans in Dandong, "
        "according to press reports."
    )
    assert ("arrest", 12, "2024-03-04") in figures(read(text, date(2024, 3, 8)))
