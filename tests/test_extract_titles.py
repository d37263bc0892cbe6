"""A headline or a section title restating the body's incident is the body's claim, on the
body's day: a title that names no day, or names it by a weekday or a day word read against the
page's date, does not outvote the date its body sentence gives."""

from __future__ import annotations

from datetime import date

from tests.extracting import figures, read


def _days(text: str, kind: str, published: date) -> set[str | None]:
    return {day for t, _, day in figures(read(text, published)) if t == kind}


def test_ko_a_headline_without_a_day_is_the_lead_on_its_day() -> None:
    text = (
        '유엔 전문가들 "탈북민 수백 명 아직 중국에 구금"\n'
        "유엔 인권 전문가들은 17일 성명을 내고 중국에 구금된 탈북민이 수백 명에 이른다고 밝혔다."
    )
    assert _days(text, "detention", date(2023, 10, 18)) == {"2023-10-17"}


def test_zh_a_headline_without_a_day_is_the_lead_on_its_day() -> None:
    text = (
        "联合国专家：仍有数百名朝鲜人被关押\n"
        "联合国人权专家17日发表声明说，目前仍有数百名朝鲜人被关押在中国。"
    )
    assert _days(text, "detention", date(2023, 10, 18)) == {"2023-10-17"}


def test_ko_a_headline_weekday_read_against_the_page_date_gives_way_to_the_body() -> None:
    text = (
        "탈북단체, 목요일 주한 중국대사관 앞 집회\n"
        "단체는 이번 주 목요일인 12일 서울 중국대사관 앞에서 강제북송 규탄 집회를 열겠다고 밝혔다."
    )
    assert _days(text, "protest", date(2023, 10, 10)) == {"2023-10-12"}


def test_zh_a_headline_weekday_read_against_the_page_date_gives_way_to_the_body() -> None:
    text = (
        "周四又有九名脱北者在丹东被抓\n"
        "据韩国媒体报道，九名朝鲜人8月22日在辽宁丹东一处民宅被中国公安抓获。"
    )
    assert _days(text, "arrest", date(2024, 9, 3)) == {"2024-08-22"}


def test_zh_same_day_in_a_headline_has_no_day_to_count_from() -> None:
    text = (
        "同一天 另有三人进入韩国驻沈阳总领馆\n"
        "据外交消息人士说，同日（14日）还有三名朝鲜人进入韩国驻沈阳总领事馆。"
    )
    assert _days(text, "asylum_seeking", date(2002, 5, 16)) == {"2002-05-14"}


def test_a_title_that_says_today_keeps_its_own_day() -> None:
    text = (
        "Five North Koreans land in Seoul today\n"
        "The five, who had left Beijing on Tuesday, flew in from Manila early this morning.\n"
        "They reached Manila on 2 September after a stop in Xiamen, officials said."
    )
    assert "2024-09-03" in _days(text, "resettlement", date(2024, 9, 3))
