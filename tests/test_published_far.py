"""Publication dates: a record dated far above its first paragraph, a compiler's credit beside
the date, and clocks and join dates that are never the page's date."""

from __future__ import annotations

from refuge.clean.published import far_dateline, from_lines
from tests.clean_corpus import clean_text

MINUTES = """\
議事録データベース
令和五年十月十九日（木曜日）
　　午前十時開会
出席委員
　委員長　佐藤　一郎君
　理事　田中　花子君
　　　　鈴木　次郎君
　　　　高橋　三郎君
　　　　伊藤　四郎君
　　　　渡辺　五郎君
　　　　山本　六郎君
　　　　中島　八郎君
　　　　小林　九郎君
　　　　加藤　十郎君
政府参考人
　（法務省出入国在留管理庁次長）　中村　七郎君
本日の会議に付した案件
　難民の保護に関する件
　　―――――――――――――
○佐藤委員長　これより会議を開きます。難民の保護に関する件について調査を進めます。
○田中委員　今月九日の夜、中国から北朝鮮へ多数の人々が送り返されたと報じられておりますが、政府はどのように把握しておりますか。
"""


def test_minutes_are_dated_by_the_sitting_above_the_list_of_members() -> None:
    doc = clean_text(MINUTES, "record.txt")
    assert doc.published is not None
    assert doc.published.value.isoformat() == "2023-10-19"
    assert doc.published.method == "far-dateline"
    # the dateline belongs in the text, above the proceedings
    assert doc.text.splitlines()[0] == "令和五年十月十九日（木曜日）"


def test_far_above_the_article_a_date_in_a_sentence_is_no_dateline() -> None:
    above = [
        "The committee last met on 4 March 2021 to hear evidence from aid groups in Seoul.",
        "Archive of the Standing Committee",
    ]
    assert far_dateline(above) is None


def test_when_far_dates_disagree_the_one_at_the_top_of_the_page_is_the_pages() -> None:
    # nearest first: two dated cards of a card-news page, then its byline at the top
    above = ["2023.10.9", "2021.7.14", "카드뉴스팀 | 게시 2023.10.20 09:30 | 조회 2,511"]
    found = far_dateline(above)
    assert found is not None and found.value.isoformat() == "2023-10-20"
    # one day named twice is that day, read from the nearest line
    agreed = far_dateline(["2012年2月23日（木）", "第十二期　2012年2月23日"])
    assert agreed is not None and agreed.evidence == "2012年2月23日（木）"


def test_a_compilers_credit_beside_the_date_under_the_first_paragraph_dates_the_page() -> None:
    cases = {
        "2023年10月12日（星期四） 宣教事工组 编": "2023-10-12",
        "2024년 5월 3일 금요일 · 소식지 편집팀 엮음": "2024-05-03",
        "May 3, 2024 — Edited by the newsletter team": "2024-05-03",
    }
    for credit, day in cases.items():
        text = (
            "Weekly letter of the Seoul fellowship\n"
            "Verse of the week: “Open your mouth for the mute, for the rights of all who are "
            "destitute.” (Proverbs 31:8)\n"
            "Issue 41\n"
            f"{credit}\n"
            "Church groups in Seoul gathered on Thursday to pray for the people sent back "
            "across the border this week.\n"
        )
        doc = clean_text(text, "record.txt")
        assert doc.published is not None and doc.published.value.isoformat() == day, credit


def test_a_clock_or_a_join_date_is_not_the_publication_date() -> None:
    for line in (
        "It is currently Wed Oct 11, 2023 9:15 pm",
        "현재 시각 2023.10.11 21:15",
        "現在時刻　2023年10月11日 21:15",
        "当前时间：2023-10-11 21:15",
        "Joined: 2016-03-02",
        "注册时间：2016-03-02",
    ):
        assert from_lines([line], []) is None, line


def test_a_numeric_date_is_read_day_first_on_a_page_that_writes_dates_day_first() -> None:
    british = {
        "Border Monitor — 5/4/2024\n": "2024-04-05",
        "Weekly Digest (posted 9/10/2023)\n": "2023-10-09",
        "Refugee Week Notes, 2/3/2012\n": "2012-03-02",
    }
    body = (
        "Aid workers say eleven people were caught in Yanji between 2 and 6 March and "
        "handed to the border police on 14 March, according to relatives in Seoul.\n"
    )
    for dateline, day in british.items():
        doc = clean_text("Archive\n" + dateline + body, "record.txt")
        assert doc.published is not None and doc.published.value.isoformat() == day, dateline


def test_a_numeric_date_stays_month_first_on_a_page_that_writes_month_first() -> None:
    body = (
        "Aid workers say eleven people were caught in Yanji between March 2 and March 6 and "
        "handed to the border police on March 14, according to relatives in Seoul.\n"
    )
    doc = clean_text("Archive\nBorder Monitor — 5/4/2024\n" + body, "record.txt")
    assert doc.published is not None and doc.published.value.isoformat() == "2024-05-04"
    # a day above twelve leaves no choice, whatever the page's habit
    doc = clean_text(
        "Archive\nBorder Monitor — 5/14/2024\n" + body.replace("March", "May"), "record.txt"
    )
    assert doc.published is not None and doc.published.value.isoformat() == "2024-05-14"
