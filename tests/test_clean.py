"""Cleaning, by example: text dumps and HTML pages in four languages, and the real corpora."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from clean_corpus import cleaned, gold_docs
from hypothesis import given
from hypothesis import strategies as st

from refuge.clean import CleanError, clean
from refuge.clean.textdump import is_prose, weighted_length
from refuge.records import Document, RawDocument, Source


def _raw(text: str, media_type: str = "text/plain", name: str = "example.txt") -> RawDocument:
    data = text.encode("utf-8")
    return RawDocument(
        sha256=hashlib.sha256(data).hexdigest(),
        name=name,
        source=Source(name),
        data=data,
        media_type=media_type,  # type: ignore[arg-type]
        encoding="utf-8",
        text=text,
    )


def _clean(text: str, media_type: str = "text/plain") -> Document:
    return clean(_raw(text, media_type, "example.html" if "html" in media_type else "example.txt"))


def _assert_kept(doc: Document, keep: list[str], drop: list[str]) -> None:
    for s in keep:
        assert s in doc.text, s
    for s in drop:
        assert s not in doc.text, s
        assert any(s in block.text for block in doc.removed), s


KOREAN_DUMP = """\
2024.03.02 (토)
  • 맑음서울 11.2℃
  • 흐림부산 13.0℃
  • 구름많음대전 9.8℃
기상청 제공
홈 > 정치 > 북한
로그인 | 회원가입 | 구독신청

탈북 가족 5명, 제3국 거쳐 입국…"두 달 넘게 걸렸다"
입력 2024.02.29 09:15 | 수정 2024.02.29 11:02
박민수 기자 mspark@news.example

중국에 숨어 지내던 탈북민 일가족 5명이 동남아시아의 한 나라를 거쳐 최근 한국에 도착한 것으로 확인됐다.
이들을 도운 선교단체 관계자는 국경을 넘은 뒤 안전한 곳에 닿기까지 두 달 넘게 걸렸다고 말했다.
통일부는 개별 사안에 대해서는 확인해 줄 수 없다는 입장을 밝혔다.

저작권자 © 뉴스예시 무단전재 및 재배포 금지
관련기사
북한 주민 2명 소형 목선 타고 귀순
코스피 2,650.12 ▲12.30
댓글 2
하늘빛 2024-02-29 10:01 무사히 도착해서 다행입니다.
k_lee 2024-02-29 10:40 나머지 가족들도 꼭 만나길 바랍니다.
"""


def test_korean_dump_keeps_headline_dateline_and_body_and_drops_widgets_and_comments() -> None:
    doc = _clean(KOREAN_DUMP)
    _assert_kept(
        doc,
        keep=[
            '탈북 가족 5명, 제3국 거쳐 입국…"두 달 넘게 걸렸다"',
            "입력 2024.02.29 09:15",
            "탈북민 일가족 5명이 동남아시아의 한 나라를 거쳐",
            "확인해 줄 수 없다는 입장을 밝혔다.",
        ],
        drop=["맑음서울 11.2℃", "기상청 제공", "무단전재", "코스피", "무사히 도착해서", "댓글 2"],
    )
    assert doc.published is not None
    assert doc.published.value == date(2024, 2, 29)
    assert doc.published.method == "dateline"
    assert doc.title == '탈북 가족 5명, 제3국 거쳐 입국…"두 달 넘게 걸렸다"'


STATEMENT_UNDER_WEATHER = """\
2024.07.15 (월)
  • 흐림서울 26.1℃
  • 비부산 24.3℃
기상청 제공

Open Letter from the Families of the Missing

We are the relatives of people who fled North Korea and were caught in China last winter.
Since their arrest we have received no word of where they are held or whether they are alive.
We ask every government that can speak to Beijing to ask for their release before they are sent back.

                               June 20th, 2019

                                 Families of the Missing Committee
"""


def test_a_date_above_a_weather_widget_is_not_the_publication_date() -> None:
    doc = _clean(STATEMENT_UNDER_WEATHER)
    _assert_kept(
        doc,
        keep=["Open Letter from the Families of the Missing", "caught in China last winter."],
        drop=["26.1℃", "기상청 제공"],
    )
    assert doc.published is not None
    assert doc.published.value == date(2019, 6, 20)
    assert doc.published.method == "signature"


ENGLISH_WIRE = """\
Skip to main content
World  Business  Markets  Opinion
Sign In   Register
We use cookies to improve your experience. By continuing you accept our cookie policy.

Ten North Koreans detained near Chinese border town, activists say
By Staff Writer
March 4, 2024 9:30 AM GMT+9

SEOUL, March 4 - Chinese police detained ten North Koreans in a raid on a house near the border town of Tumen last week, an activist group said on Monday.
The group said the ten, including two teenagers, were taken to a detention centre and could be sent back within weeks.
China's foreign ministry did not respond to a request for comment.

Share this: Facebook X Email
Most Read
1. Markets slip as oil rises
2. Ten North Koreans detained near Chinese border town, activists say
Comments are closed.
© 2024 Example Wire. All rights reserved.
"""


def test_english_wire_dump_drops_banner_share_bar_and_most_read_list() -> None:
    doc = _clean(ENGLISH_WIRE)
    _assert_kept(
        doc,
        keep=[
            "Ten North Koreans detained near Chinese border town, activists say",
            "March 4, 2024 9:30 AM GMT+9",
            "Chinese police detained ten North Koreans",
            "could be sent back within weeks.",
        ],
        drop=["cookie policy", "Share this", "Most Read", "Markets slip", "Comments are closed"],
    )
    assert doc.text.count("Ten North Koreans detained near") == 1
    assert doc.published is not None and doc.published.value == date(2024, 3, 4)


JAPANESE_DUMP = """\
北東アジア通信
ホーム > 国際 > 朝鮮半島
当サイトはクッキーを使用しています。引き続き閲覧すると同意したものとみなされます。

脱北者3人、タイ経由で韓国入り　支援団体が明らかに
2024年4月2日 18:05 配信
Xでポスト　｜　Facebookでシェア　｜　LINEで送る

　北朝鮮から中国へ逃れていた脱北者3人が、ラオスとタイを経由して先月末に韓国へ到着したと、ソウルの支援団体が2日明らかにした。
　団体によると、3人は昨年秋に中国の東北部で身を隠していたという。

■関連記事
・北朝鮮、国境で警備強化か
アクセスランキング
1. 円相場　1ドル＝151円台
"""


def test_japanese_dump_keeps_dateline_and_drops_ranking_and_share_bar() -> None:
    doc = _clean(JAPANESE_DUMP)
    _assert_kept(
        doc,
        keep=["脱北者3人、タイ経由で韓国入り", "2024年4月2日 18:05 配信", "先月末に韓国へ到着した"],
        drop=["Facebookでシェア", "クッキー", "関連記事", "円相場", "アクセスランキング"],
    )
    assert doc.published is not None
    assert (doc.published.value, doc.published.method) == (date(2024, 4, 2), "dateline")


BBS_DUMP = """\
論壇 BBS › 看板 News › 文章閱讀
作者  river_walker (河邊)
看板  News
標題  [新聞] 遼寧逮捕十多名北韓人
時間  Tue Mar 12 21:05:44 2024
───────────────────────────

據南韓團體消息，遼寧省公安上週在丹東一帶逮捕了十多名北韓人，目前關押在當地看守所。

團體表示，被捕者多為女性，擔心他們近期會被遣返。

───────────────────────────
※ 發信站: 論壇 BBS, 來自: 1.2.xx.xx
推 user_a: 又是丹東                                  03/12 21:10
噓 user_b: 消息來源不明                              03/12 21:15
→ user_c: 希望不要被送回去                           03/12 21:20
"""


def test_bbs_dump_drops_push_and_boo_replies_and_keeps_labelled_title() -> None:
    doc = _clean(BBS_DUMP)
    _assert_kept(
        doc,
        keep=["[新聞] 遼寧逮捕十多名北韓人", "逮捕了十多名北韓人", "擔心他們近期會被遣返。"],
        drop=["又是丹東", "消息來源不明", "發信站"],
    )
    assert doc.published is not None and doc.published.value == date(2024, 3, 12)


ARTICLE_PAGE = """\
<html><head><title>Activists rally for detained refugees | Example Times</title>
<meta property="article:published_time" content="2023-11-02T08:00:00+09:00"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a></nav>
<div class="weather">Seoul 12°C Sunny</div>
<article><h1>Activists rally for detained refugees</h1>
<p class="dateline">Posted November 2, 2023 08:00</p>
<p>About two hundred activists gathered outside the Chinese embassy in Seoul on Thursday to demand the release of North Koreans held in Chinese detention centres.</p>
<p>Organisers said they would hold the rally every week until the detainees were freed, and read out letters from relatives.</p>
</article>
<section class="comments"><h3>Comments (2)</h3><p>kim88 2023-11-02 09:12 Good to see this.</p></section>
<footer>Copyright 2023 Example Times. All rights reserved.</footer>
</body></html>"""


def test_html_article_keeps_headline_and_dateline_and_reads_the_meta_date() -> None:
    doc = _clean(ARTICLE_PAGE, "text/html")
    _assert_kept(
        doc,
        keep=[
            "Activists rally for detained refugees",
            "Posted November 2, 2023 08:00",
            "About two hundred activists gathered",
        ],
        drop=["12°C", "Good to see this", "All rights reserved"],
    )
    assert doc.text.splitlines()[0] == "Activists rally for detained refugees"
    assert doc.published is not None
    assert doc.published.value == date(2023, 11, 2)
    assert doc.published.method == "html-meta:article:published_time"


OLD_PAGE = """\
<html><head><title>News Online</title></head><body>
<table><tr><td>Front Page | World | Business | Sport</td></tr>
<tr><td><b>Tuesday, 23 April,2002, 10:15 GMT</b><br>
<font size=4><b>Six North Koreans reach Seoul via Manila</b></font><br>
<p>SEOUL -- Six North Koreans who had sought asylum at a foreign school in Beijing arrived in Seoul on Tuesday after a stopover in Manila, officials said.</p>
<p>The group, two families, had spent more than a week inside the school compound before Chinese authorities agreed to let them leave.</p>
</td></tr></table>
<p>E-mail this story to a friend | Printable version</p>
</body></html>"""


def test_a_2002_page_with_no_metadata_is_dated_by_its_dateline() -> None:
    doc = _clean(OLD_PAGE, "text/html")
    _assert_kept(
        doc,
        keep=["Six North Koreans reach Seoul via Manila", "arrived in Seoul on Tuesday"],
        drop=["E-mail this story", "Front Page | World"],
    )
    assert doc.published is not None
    assert doc.published.value == date(2002, 4, 23)
    assert doc.published.method == "dateline"


def test_kept_lines_are_verbatim_substrings_of_the_source() -> None:
    doc = _clean(JAPANESE_DUMP)
    for line in doc.text.splitlines():
        assert line in JAPANESE_DUMP


def test_cleaning_is_deterministic() -> None:
    assert _clean(KOREAN_DUMP) == _clean(KOREAN_DUMP)


@pytest.mark.parametrize("media_type", ["text/plain", "text/html"])
@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_an_empty_document_raises_a_clean_error(text: str, media_type: str) -> None:
    with pytest.raises(CleanError, match="empty"):
        _clean(text, media_type)


def test_a_page_of_menus_only_raises_a_clean_error() -> None:
    page = "<html><body><ul><li>Home</li><li>World</li><li>Contact</li></ul></body></html>"
    with pytest.raises(CleanError, match="no main text"):
        _clean(page, "text/html")


def test_a_truncated_page_still_gives_its_text() -> None:
    page = (
        "<html><head><title>Border news</title></head><body><h1>Border news</h1>"
        "<p>Police in Yanji said on Friday that they had arrested four people who crossed the "
        "river at night. The four were taken to a detention centre in the ci"
    )
    doc = _clean(page, "text/html")
    assert "arrested four people who crossed the river at night." in doc.text


def test_a_deeply_nested_page_falls_back_to_plain_lines_and_says_so() -> None:
    sentence = "A sentence deep inside the page survives the fallback to plain lines."
    page = "<html><body>" + "<div>" * 30_000 + f"<p>{sentence}</p>" + "</div>" * 30_000
    doc = _clean(page + "</body></html>", "text/html")
    assert sentence in doc.text
    assert any("plain lines" in block.reason for block in doc.removed)


def test_every_removed_line_has_a_reason() -> None:
    doc = _clean(KOREAN_DUMP)
    assert doc.removed
    assert all(block.reason for block in doc.removed)


_DOCS = gold_docs()


@pytest.mark.parametrize("doc", _DOCS, ids=[d.name for d in _DOCS])
def test_real_document_keeps_must_keep_and_drops_must_drop(doc) -> None:
    text = cleaned(doc.path).text
    assert [s for s in doc.gold["must_keep"] if s not in text] == []
    assert [s for s in doc.gold["must_drop"] if s in text] == []


@pytest.mark.parametrize(
    ("name", "day", "method"),
    [
        # A statement under a weather widget: the widget's date is not the page's.
        ("000_28bb35da24f991d6.txt", date(2017, 5, 3), "signature"),
        ("002_117b612d5a92b669.txt", date(2024, 5, 11), "dateline"),
        ("dev_001.html", date(2023, 10, 11), "html-meta:article:published_time"),
        ("dev_002.txt", date(2023, 10, 13), "dateline"),
        ("dev_013.html", date(2002, 3, 15), "dateline"),
        ("dev_034.txt", date(2024, 5, 4), "dateline"),
    ],
)
def test_real_document_publication_date_and_how_it_was_found(
    name: str, day: date, method: str
) -> None:
    doc = next(d for d in _DOCS if d.name == name)
    pub = cleaned(doc.path).published
    assert pub is not None
    assert (pub.value, pub.method) == (day, method)
    assert pub.evidence


def test_an_abbreviation_or_an_episode_number_does_not_make_a_line_prose() -> None:
    assert not is_prose("Evening service: 5:00 / 7:30 (Korean) · 8:00 p.m. (Youth Ministry)")
    assert not is_prose("Ep. 88 – Why the border towns went quiet after the pandemic ended")
    assert is_prose("The group met at 8 p.m. on Friday. Police watched from across the road.")


@given(st.text(max_size=200))
def test_a_wide_character_weighs_two_and_a_space_nothing(text: str) -> None:
    expected = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text if not ch.isspace())
    assert weighted_length(text) == expected


def test_a_numbered_list_of_search_terms_is_not_prose() -> None:
    assert not is_prose("Trending now: 1. 장마 시작  2. 환율 급등  3. 올림픽 예선  4. 전세 사기")
    assert is_prose("경찰은 2명을 붙잡았다. 나머지 3명의 행방은 아직 알려지지 않았다.")


def test_a_board_posts_header_with_its_comment_count_opens_the_post() -> None:
    page = (
        "생활정보방 : 자유게시판\n"
        "실시간 인기검색어: 1. 장마  2. 환율  3. 전세\n"
        "\n"
        "[시사] 국경 쪽 소식 들으셨나요?\n"
        "작성자: 두만강바람 | 2021.07.16 22:05 | 조회 311 | 댓글 4\n"
        "\n"
        "그저께 밤에 단둥에서 탈북민 여러 명이 신의주로 넘겨졌다는 얘기가 돌더라고요.\n"
        "가족들은 아직 아무 연락도 못 받았다고 하니 마음이 무겁습니다. 다들 어떻게 보세요?\n"
        "\n"
        "댓글 4\n"
        "ㄴ 압록강 | 07.16 22:30\n"
        "  기사 링크 좀 주세요\n"
    )
    doc = _clean(page)
    assert "작성자: 두만강바람 | 2021.07.16 22:05 | 조회 311 | 댓글 4" in doc.text
    assert (
        "그저께 밤에 단둥에서 탈북민 여러 명이 신의주로 넘겨졌다는 얘기가 돌더라고요." in doc.text
    )
    assert "인기검색어" not in doc.text and "기사 링크 좀 주세요" not in doc.text
    assert doc.published is not None and doc.published.value == date(2021, 7, 16)


def test_a_wire_credit_after_the_last_sentence_keeps_it_a_paragraph() -> None:
    assert is_prose("支援団体は来週、東京の中国大使館前で抗議集会を開く予定だ。（時事）")
    assert is_prose("The families were told nothing about where the group was taken. (Reuters)")


def test_a_newsletters_reading_list_and_subscription_footer_are_boilerplate() -> None:
    page = (
        "THE MONDAY LETTER\n"
        "Issue #9 · March 4, 2024\n"
        "\n"
        "Rice prices in the border markets rose again last week, traders in the region told us by phone.\n"
        "Most of them blamed the new checkpoints on the roads out of the river towns, not the harvest.\n"
        "\n"
        "WHAT WE'RE READING\n"
        "- Church group says about 40 people were sent back across the river in February\n"
        "\n"
        "You are receiving this because you asked for it. Unsubscribe\n"
    )
    doc = _clean(page)
    assert "Rice prices in the border markets rose again last week" in doc.text
    assert "sent back across the river" not in doc.text
    assert "You are receiving this" not in doc.text


def test_a_radio_transcripts_marked_speaker_turns_are_its_text() -> None:
    page = (
        "라디오 시사정보 | 다시듣기 | 편성표\n"
        '[인터뷰] "그날 국경에서 무슨 일이"\n'
        "방송일 2023.10.16 07:20\n"
        "\n"
        "◇ 진행자> 지난주 중국에서 탈북민들이 대거 북송됐다는 소식이 있었는데요. 어떻게 파악하고 계십니까?\n"
        "◆ 박서진 대표> 저희가 현지 소식통을 통해 확인한 바로는 지난 9일 밤 수백 명이 넘겨졌습니다.\n"
        "◇ 진행자> 가족들과는 연락이 되고 있습니까?\n"
        "◆ 박서진 대표> 아직 아무도 소식을 듣지 못했다고 합니다. 그게 가장 걱정입니다.\n"
        "\n"
        "※ 인터뷰 내용을 인용할 때는 프로그램명을 밝혀 주시기 바랍니다.\n"
    )
    doc = _clean(page)
    assert "지난 9일 밤 수백 명이 넘겨졌습니다" in doc.text
    assert "아직 아무도 소식을 듣지 못했다고 합니다" in doc.text
    assert "※ 인터뷰 내용을" not in doc.text
    assert not is_prose("■ 관련기사: 중국, 탈북민 수백 명 또 북송했다는 보도가 나왔다.")


def test_an_html_page_declares_its_language() -> None:
    page = (
        '<html lang="zh-Hant-HK"><body><article><h1>邊境消息</h1>'
        "<p>據當地居民說，上週有數十名脫北者在丹東被公安帶走，家屬至今仍然沒有任何消息。</p>"
        "<p>人權團體呼籲當局公開這些人的下落，並停止把他們送回北韓。</p></article></body></html>"
    )
    assert _clean(page, "text/html").declared_language == "zh"


def test_section_headings_trafilatura_drops_go_back_between_their_paragraphs() -> None:
    body = "회원 여러분께 올해 있었던 일을 날짜 순서대로 정리해 알려 드립니다. 함께 읽어 주세요."
    page = (
        "<html><body><div class='top'><a href='/'>처음</a> · <a href='/news'>소식</a></div>"
        "<div class='wrap'><h1>돌아보는 한 해</h1>"
        f"<p>{body}</p>"
        "<h2>3월 2일 - 첫 소식</h2>"
        "<p>국경 도시의 시설에 있던 탈북민 스무 명이 이날 북한으로 넘겨졌다고 한 단체가 전했습니다.</p>"
        "<h2>5월 7일 - 두 번째 소식</h2>"
        "<p>같은 단체는 다른 시설에서도 열 명이 더 넘겨졌다고 알렸습니다. 자세한 경위는 아직 모릅니다.</p>"
        "</div><div class='foot'>© 2023 한 단체. All rights reserved.</div></body></html>"
    )
    doc = _clean(page, "text/html")
    lines = doc.text.splitlines()
    assert lines.index("3월 2일 - 첫 소식") < lines.index("5월 7일 - 두 번째 소식")
    assert lines[lines.index("3월 2일 - 첫 소식") + 1].startswith("국경 도시의")
