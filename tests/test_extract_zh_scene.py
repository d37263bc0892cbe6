"""Chinese sentences that carry a scene on ("紧接着，…", "武警赶到后，…"): an arrest told in
them is of the day the sentence before set the scene on, even where that sentence told no
incident of its own.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

claims_of = reader(date(2002, 5, 15))


@pytest.mark.parametrize(
    ("text", "figure", "day"),
    [
        (
            "据目击者说，8日清晨有五名北韩人出现在美国驻沈阳总领事馆附近。\n"
            "紧接着，公安人员把五人全部带走。",
            5,
            "2002-05-08",
        ),
        (
            "消息人士说，7日晚上三名朝鲜人躲进了一座教堂。\n边防警察赶到后，将三人强行押走。",
            3,
            "2002-05-07",
        ),
        (
            "據目擊者說，9日下午有四名脫北者出現在領事館門口。\n隨即，武警把這四個人帶走。",
            4,
            "2002-05-09",
        ),
        (
            "按照警方的说法，8日下午，两名脱北者来到日本驻沈阳总领事馆门前。\n"
            "警方表示，武警到场后，把这两名脱北者一并带走。",
            2,
            "2002-05-08",
        ),
    ],
)
def test_an_arrest_that_carries_the_scene_on_is_of_its_day(
    text: str, figure: int, day: str
) -> None:
    assert ("arrest", figure, day) in figures(claims_of(text))
