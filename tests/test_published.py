"""Publication dates: the page's own date, how it was found, and never a widget's or a reply's."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from refuge.clean.published import find_date, from_html_meta, from_lines, parse_date
from tests.clean_corpus import clean_text

_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

days = st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


FORMATS = [
    lambda d: f"{d.year}年{d.month}月{d.day}日 11:42 配信",
    lambda d: f"입력 {d.year}.{d.month:02d}.{d.day:02d} 14:03",
    lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d} 08:45 来源：新华网",
    lambda d: f"{_WEEKDAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{_MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    lambda d: f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}",
    lambda d: f"{d.year}. {d.month}. {d.day}. 22:47",
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d} 22:11:42",
    lambda d: f"民國{d.year - 1911}年{d.month}月{d.day}日 中央社",
    lambda d: f"平成{d.year - 1988}年（{d.year}年）{d.month}月{d.day}日",
    lambda d: f"{d.month}月{d.day}日 {'月火水木金土日'[d.weekday()]}曜日 {d.year}年",
    lambda d: f"동북아일보 {d.year}. {d.month}. {d.day} {'월화수목금토일'[d.weekday()]}",
    lambda d: f"Border Weekly — {d.day:02d}.{d.month:02d}.{d.year}",
]


@given(days, st.sampled_from(range(len(FORMATS))))
def test_every_written_form_of_a_date_reads_back_as_that_date(day: date, form: int) -> None:
    assert parse_date(FORMATS[form](day)) == day


@given(days)
def test_a_numeric_date_reads_month_first_unless_the_first_number_is_a_day(day: date) -> None:
    assert parse_date(f"{day.month}/{day.day}/{day.year} 5:54:13 AM") == day
    if day.day > 12:
        assert parse_date(f"{day.day}/{day.month}/{day.year}") == day


@given(st.text(max_size=60))
def test_any_text_either_gives_a_real_date_or_none(text: str) -> None:
    found = find_date(text)
    if found is not None:
        day, start, end = found
        assert 1990 <= day.year <= 2100
        assert 0 <= start < end <= len(text)


def test_japanese_era_years_count_from_their_first_year() -> None:
    assert parse_date("平成14年3月15日 夕刊") == date(2002, 3, 15)
    assert parse_date("令和元年5月1日") == date(2019, 5, 1)
    assert parse_date("令和5年10月11日（水）配信") == date(2023, 10, 11)


def test_impossible_dates_are_not_dates() -> None:
    assert parse_date("2023-02-30") is None
    assert parse_date("2023年13月1日") is None


def test_a_dateline_beside_the_headline_is_the_publication_date() -> None:
    header = ["2023年10月13日 11:42 配信", "中国、脱北者を送還か　支援団体が発表"]
    pub = from_lines(header, [])
    assert pub is not None
    assert (pub.value, pub.method, pub.evidence) == (
        date(2023, 10, 13),
        "dateline",
        "2023年10月13日 11:42 配信",
    )


def test_the_date_of_a_weather_bar_is_not_the_publication_date() -> None:
    # Nearest to the article first: the date stands above the weather line.
    header = ["기상청 제공", "맑음서울 21.4℃", "2024.08.20 (화)"]
    assert from_lines(header, []) is None


def test_a_date_inside_a_running_sentence_is_not_a_dateline() -> None:
    header = [
        "On 9 October 2023 China sent back hundreds of people detained in Jilin and Liaoning."
    ]
    assert from_lines(header, []) is None


def test_a_byline_sets_its_date_off_with_a_separator() -> None:
    header = [
        "한때 우리가 외면했던 두 어부",
        "김하늘 객원논설위원 · 통일문제연구소 연구위원 | 2021.06.15",
    ]
    pub = from_lines(header, [])
    assert pub is not None and (pub.value, pub.method) == (date(2021, 6, 15), "dateline")


def test_a_date_opening_a_filing_line_is_the_publication_date() -> None:
    header = ["Thursday, April 4, 2019 | Filed under Asia, Refugees | Written by Sam Reyes"]
    pub = from_lines(header, [])
    assert pub is not None and pub.value == date(2019, 4, 4)


def test_a_date_set_off_inside_a_sentence_is_still_not_a_dateline() -> None:
    header = ["Activists met on 9 October 2023 / and again a week later to plan the next rally."]
    assert from_lines(header, []) is None


def test_with_nothing_else_the_banner_at_the_top_gives_the_day() -> None:
    header = ["脫北者抵達馬尼拉", "1999年7月2日 星期五　天文台：晴，氣溫26至31度"]
    pub = from_lines(header, [])
    assert pub is not None and (pub.value, pub.method) == (date(1999, 7, 2), "banner")


def test_a_dateline_wins_over_the_banner() -> None:
    header = ["發布時間：1999年7月3日", "1999年7月2日 星期五　天文台：晴"]
    pub = from_lines(header, [])
    assert pub is not None and (pub.value, pub.method) == (date(1999, 7, 3), "dateline")


def test_a_date_inside_a_forecast_is_not_a_banner() -> None:
    assert from_lines(["首爾天氣：晴　週末預報 1999年7月4日 有雨"], []) is None


def test_a_byline_may_name_the_weekday_before_the_date() -> None:
    pub = from_lines(["By Dana Ortiz and Kim Ha-eun · Friday, June 7, 2019"], [])
    assert pub is not None and pub.value == date(2019, 6, 7)


def test_a_time_of_day_in_characters_marks_a_dateline() -> None:
    pub = from_lines(["令和4年6月3日（金曜日）10時05分～10時20分　於：会見室"], [])
    assert pub is not None and pub.value == date(2022, 6, 3)


def test_a_sentence_that_tells_the_hour_is_not_a_dateline() -> None:
    line = "据报道，该船于2021年6月3日23时16分在黄海海域沉没，船上人员全部获救。"
    assert from_lines([line], []) is None


def test_a_board_timestamp_with_a_two_digit_year() -> None:
    pub = from_lines(["글쓴이 : 운영진 | 날짜 : 19-11-08 09:30 | 조회 : 412"], [])
    assert pub is not None and pub.value == date(2019, 11, 8)
    assert parse_date("on 12.05.19 at the border") is None


def test_a_page_quoting_a_board_thread_dates_itself_not_the_thread() -> None:
    header = [
        "1：名無しさん（東京都） 2021/03/04(木) 21:10:02.11 ID:xY12ab3C0",
        "2021年03月05日 08:00　｜　コメント(12)",
    ]
    pub = from_lines(header, [])
    assert pub is not None and pub.value == date(2021, 3, 5)
    alone = from_lines(header[:1], [])
    assert alone is not None and alone.value == date(2021, 3, 4)


def test_a_date_in_chinese_numerals() -> None:
    pub = from_lines(["中華民國九十年五月八日　星期二"], [])
    assert pub is not None and pub.value == date(2001, 5, 8)
    assert parse_date("二〇〇二年三月十四日") == date(2002, 3, 14)


def test_a_signature_date_under_a_statement() -> None:
    pub = from_lines([], ["May 3rd, 2017", "The Committee"])
    assert pub is not None and (pub.value, pub.method) == (date(2017, 5, 3), "signature")


def test_reply_timestamps_under_a_post_are_not_a_signature() -> None:
    trailer = ["minsu 2023-10-11 15:12 so sad", "k_lee 2023-10-11 15:40 agreed", "Reply"]
    assert from_lines([], trailer) is None


def test_a_post_footer_names_the_date_even_when_replies_follow() -> None:
    trailer = [
        "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)",
        "2004-12-27 12:46",
        "2004-12-27 12:53",
    ]
    pub = from_lines([], trailer)
    assert pub is not None and (pub.value, pub.method) == (date(2004, 12, 27), "post-footer")


def test_a_magazine_issue_gives_the_month() -> None:
    pub = from_lines([], ["——《某月刊》1998年3月号"])
    assert pub is not None and (pub.value, pub.method) == (date(1998, 3, 1), "signature-month")


def test_html_metadata_names_its_property() -> None:
    page = '<meta property="article:published_time" content="2023-10-11T14:03:00+09:00">'
    pub = from_html_meta(page)
    assert pub is not None
    assert (pub.value, pub.method) == (date(2023, 10, 11), "html-meta:article:published_time")


def test_json_ld_date_published() -> None:
    pub = from_html_meta(
        '<script type="application/ld+json">{"datePublished": "2022-07-19"}</script>'
    )
    assert pub is not None and (pub.value, pub.method) == (
        date(2022, 7, 19),
        "json-ld:datePublished",
    )


@given(days)
def test_a_korean_byline_with_a_title_dates_the_page(day: date) -> None:
    line = f"김하늘 객원논설위원 · 통일정책연구원 선임연구위원 | {day.year}.{day.month:02d}.{day.day:02d}"
    found = from_lines([line], [])
    assert found is not None and found.value == day


@given(days)
def test_a_western_date_may_carry_the_era_year_in_brackets(day: date) -> None:
    era = f"令和{day.year - 2018}年" if day.year > 2018 else f"平成{day.year - 1988}年"
    assert parse_date(f"{day.year}年（{era}）{day.month}月{day.day}日（水）") == day


def test_a_dated_masthead_line_above_the_weather_is_the_pages_own() -> None:
    header = [
        "World | Explainer",
        "Markets: Nikkei 11,402.10 +0.3% | Weather: Taipei 31C humid",
        "Thursday, June 13, 2002 | Last updated 9:40 a.m. local time",
        "THE HARBOUR TIMES ONLINE",
    ]
    found = from_lines(header, [])
    assert found is not None and found.value == date(2002, 6, 13)


def test_a_bare_date_above_the_weather_stays_the_widgets() -> None:
    found = from_lines(["Weather: Seoul 12°C cloudy", "2024년 3월 5일 화요일"], [])
    assert found is None


def test_a_newsletter_issue_line_dates_the_issue() -> None:
    header = [
        "In this issue: Markets · Weather · Letters",
        "Your weekly notes on the peninsula · No. 88 · February 6, 2023",
        "THE BORDERLANDS LETTER",
    ]
    found = from_lines(header, [])
    assert found is not None and found.value == date(2023, 2, 6)


def test_a_post_line_under_a_pinned_notice_dates_the_thread() -> None:
    page = (
        "r/koreanpolitics\n"
        "Be kind to each other: no slurs, no doxxing, and cite a source for every news claim you post.\n"
        "Posted by u/seoul_reader · Mar 3, 2024\n"
        "Two people were reportedly sent back from Dandong last week, according to a church group.\n"
        "Nobody has been able to confirm where they are now, and the consulate will not comment.\n"
    )
    doc = clean_text(page, "thread.txt")
    assert doc.published is not None and doc.published.value == date(2024, 3, 3)


def test_a_byline_trafilatura_drops_is_put_back_and_dates_the_page() -> None:
    page = (
        "<html><body><main><article><h1>The border has closed again</h1>"
        "<p class='standfirst'>Families near the river say the patrols are back, and busier.</p>"
        "<p class='byline'>By Kim Na-rae · Wednesday, Aug. 7, 2024</p>"
        "<p>Residents of the border towns describe more patrols along the river this summer than at "
        "any time since the pandemic, and far fewer people willing to talk to visitors about it.</p>"
        "<p>Two women who tried to cross in July were caught within hours, a local pastor said, and "
        "their families have heard nothing from them since.</p>"
        "</article></main></body></html>"
    )
    doc = clean_text(page, "border.html")
    assert doc.published is not None and doc.published.value == date(2024, 8, 7)
    assert "By Kim Na-rae · Wednesday, Aug. 7, 2024" in doc.text


@given(days)
def test_an_outlets_name_then_a_comma_or_a_bracket_sets_its_date_off(day: date) -> None:
    weekday, month = _WEEKDAYS[day.weekday()], _MONTHS[day.month - 1]
    for line in (
        f"The Valley Gazette, {weekday}, {month} {day.day}, {day.year}",
        f"Frontier Notes, {day.day} {month} {day.year}",
        f"Aid Watch Bulletin ({day.month:02d}/{day.day:02d}/{day.year})" if day.day > 12 else None,
    ):
        if line:
            found = from_lines([line], [])
            assert found is not None and found.value == day


def test_a_date_that_goes_on_into_a_sentence_is_no_dateline() -> None:
    assert (
        from_lines(["On March 5, 2012, police arrested three people near the river."], []) is None
    )


@given(days)
def test_a_date_between_two_separators_of_a_byline_dates_the_page(day: date) -> None:
    line = f"By Mira Dalton, Policy Editor | {_MONTHS[day.month - 1]} {day.day}, {day.year} | 5 min read"
    found = from_lines([line], [])
    assert found is not None and found.value == day


def test_a_broadcast_date_dates_a_transcript() -> None:
    for line in (
        "[아침 시사 광장] 2021년 3월 4일(목) 방송 · 전문 보기",
        "『朝のニュース解説』2021年3月4日（木）放送分 書き起こし",
        "《时事直播间》2021年3月4日 播出 节目文字稿",
    ):
        found = from_lines([line], [])
        assert found is not None and found.value == date(2021, 3, 4), line


def test_a_pasted_article_under_a_quote_marker_does_not_date_the_post() -> None:
    # Nearest the article first: the pasted article's dateline, the marker, then the post header.
    header = [
        "《北方晨报》　2013年6月2日　要闻版",
        "====原文开始====",
        "存档里找到的旧新闻，原样贴上来：",
        "2024-06-02 21:05　来自 iPhone客户端",
        "1楼　老张看世界　楼主",
    ]
    found = from_lines(header, [])
    assert found is not None and found.value == date(2024, 6, 2)


BILINGUAL = [
    lambda d: (
        f"{d.year}年{d.month}月{d.day}日（星期{'一二三四五六日'[d.weekday()]}） "
        f"{_WEEKDAYS[d.weekday()]}, {d.day} {_MONTHS[d.month - 1]} {d.year}"
    ),
    lambda d: (
        f"{d.year}년 {d.month}월 {d.day}일({'월화수목금토일'[d.weekday()]}) / "
        f"{_WEEKDAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}, {d.year}"
    ),
    lambda d: (
        f"{d.day} {_MONTHS[d.month - 1]} {d.year} · {d.year}年{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）"
    ),
]


@given(days, st.sampled_from(range(len(BILINGUAL))))
def test_a_dateline_that_gives_its_day_in_two_languages_is_the_pages_date(
    day: date, form: int
) -> None:
    found = from_lines([BILINGUAL[form](day), "Prayer Letter No. 47"], [])
    assert found is not None and found.value == day
