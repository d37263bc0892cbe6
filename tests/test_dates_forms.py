"""Which date a claim takes, in date forms and layouts found on real pages.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

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
