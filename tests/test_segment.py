"""Segment: language spans and sentences with offsets into the cleaned text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from refuge.records import Document
from refuge.segment import segment
from refuge.segment.language import detect, script_counts
from refuge.segment.sentences import split_sentences


def _doc(text: str, declared: str | None = None) -> Document:
    return Document("0" * 64, "t.txt", None, text, None, declared_language=declared)


def test_a_bilingual_newsletter_has_two_languages_with_spans() -> None:
    text = (
        "중국이 지난 9일 탈북민 수백 명을 강제 북송했다고 단체가 밝혔다. 단체는 목요일 집회를 연다.\n"
        "China sent back hundreds of North Korean refugees on Monday, the group said. "
        "It will hold a rally on Thursday in front of the embassy.\n"
    )
    seg = segment(_doc(text))
    assert seg.languages == ("en", "ko")
    assert [s.language for s in seg.segments] == ["ko", "en"]
    first, second = seg.segments
    assert text[first.start : first.end].startswith("중국이")
    assert text[second.start : second.end].endswith("embassy.")
    assert len(seg.sentences()) == 4


def test_kanji_heavy_japanese_is_not_taken_for_chinese() -> None:
    assert detect("中国当局が脱北者を強制送還した。") == "ja"
    assert detect("中国当局将脱北者强制遣返回朝鲜。") == "zh"
    assert detect("據報導，約兩百名脫北者被遣返。") == "zh"
    assert detect("탈북민 200여 명") == "ko"
    assert detect("up to 200 North Koreans") == "en"
    assert detect("2023.10.11 14:03") is None


def test_a_short_quoted_line_in_another_language_does_not_make_a_language() -> None:
    body = "중국 당국이 탈북민을 대거 북송했다는 주장이 나왔다. " * 30
    seg = segment(_doc(body + "\nRFA\n"))
    assert seg.languages == ("ko",)


def test_sentences_respect_abbreviations_and_cjk_stops() -> None:
    text = "The U.S. Embassy in Washington, D.C. said on Oct. 12 that N. Koreans were held. Others left.\n中国が送還した。次に来た。"
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == [
        "The U.S. Embassy in Washington, D.C. said on Oct. 12 that N. Koreans were held.",
        "Others left.",
        "中国が送還した。",
        "次に来た。",
    ]


def test_offsets_always_point_into_the_text() -> None:
    text = "  첫 문장이다.  둘째 문장이다.\n\n\tThird one here.  "
    for start, end in split_sentences(text):
        piece = text[start:end]
        assert piece == piece.strip() and piece


@given(st.text(max_size=200))
def test_script_counts_count_each_script_once(text: str) -> None:
    expected = {"hangul": 0, "kana": 0, "han": 0, "latin": 0}
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            expected["hangul"] += 1
        elif 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9D:
            expected["kana"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            expected["han"] += 1
    for token in re.split(r"[^A-Za-z0-9]+", text):
        if token.isalpha():
            expected["latin"] += len(token)
    assert script_counts(text) == expected


def test_an_identifier_beside_a_japanese_reply_header_is_no_english() -> None:
    assert detect("：2025/01/14(火) 21:03:55.12 ID:aB3xK9mQ0", context="ja") != "en"
    assert script_counts("ID:aB3xK9mQ0 and a word")["latin"] == len("IDandaword")


def test_a_short_han_dateline_in_a_japanese_text_is_japanese() -> None:
    assert detect("東洋新報　2024年5月8日", context="ja") == "ja"
    assert detect("東洋新報　2024年5月8日", context="zh") == "zh"


def test_a_bilingual_page_lists_first_the_language_it_declares() -> None:
    text = (
        "우리 단체는 지난 9일 중국이 탈북민 수백 명을 강제로 돌려보냈다는 소식에 깊은 우려를 표한다.\n"
        "We are deeply concerned by reports that China forcibly sent back hundreds of North Korean "
        "refugees on the 9th, and we call for the release of everyone still held in detention."
    )
    assert segment(_doc(text, "ko")).languages == ("ko", "en")
    assert segment(_doc(text, "en")).languages == ("en", "ko")


def test_a_templates_declared_language_does_not_outweigh_the_text() -> None:
    text = (
        "중국 당국이 지난주 국경 도시에서 탈북민 여러 명을 붙잡았다고 현지 소식통이 전했다. "
        "가족들은 아직 그들의 행방을 모른다고 말했다. Share"
    )
    assert segment(_doc(text, "en")).languages == ("ko",)


def test_a_title_quoted_whole_in_another_language_lists_that_language() -> None:
    body = "단체는 지난달 국경 지역에서 탈북민 여러 명이 붙잡혔다고 밝혔다. " * 20
    quoted = (
        "유엔 보고관은 'Voices from the Other Side of the River'라는 제목의 보고서에서 "
        "구금 시설의 실태를 전했다.\n"
    )
    assert segment(_doc(body + quoted)).languages == ("ko", "en")
    body_zh = "该组织说，上个月在边境地区有多名脱北者被抓。" * 20
    quoted_zh = "报告题为“Nowhere to Go: Returned Across the Yalu”，由一个首尔团体发布。\n"
    assert segment(_doc(body_zh + quoted_zh)).languages == ("zh", "en")
    body_en = "The group said several people were caught near the border last month. " * 12
    quoted_en = "The booklet is called '돌아갈 수 없는 강을 건너서' and is sold in Seoul.\n"
    assert segment(_doc(body_en + quoted_en)).languages == ("en", "ko")


def test_a_quoted_name_or_word_in_latin_letters_lists_no_language() -> None:
    body = "団体によると、先月国境付近で北朝鮮の人々が拘束された。" * 20
    for aside in ("団体名は「NK Watch」という。", "報告書は「Safe Haven」と呼ばれる。"):
        assert segment(_doc(body + aside)).languages == ("ja",)


def test_a_page_and_its_english_summary_list_the_original_first() -> None:
    # about two and a quarter letters of English for each Korean or Chinese character
    korean = (
        "중국 당국이 지난 9일 밤 탈북민 600여 명을 북한으로 돌려보냈다고 인권 단체들이 밝혔다. "
        "단체들은 이들 대부분이 여성이며 가족들과 연락이 끊겼다고 전했다.\n"
    )
    english_ko = (
        "Chinese authorities sent more than 600 North Koreans back on the night of the 9th, "
        "rights groups said. Most of them were women, and their families have lost touch.\n"
    )
    chinese = "人权团体说，中国当局于9日晚将600多名脱北者遣返朝鲜。这些团体说，他们大多数是女性。\n"
    english_zh = "Rights groups said China sent more than 600 defectors back on the night of the 9th; most are women.\n"
    japanese = "支援団体によると、中国当局は9日夜、北朝鮮の人々600人余りを送り返した。\n"
    english_ja = "Aid groups said China returned over 600 North Koreans on the night of the 9th; most were women.\n"
    assert segment(_doc(korean + english_ko)).languages == ("ko", "en")
    assert segment(_doc(chinese + english_zh)).languages == ("zh", "en")
    assert segment(_doc(japanese + english_ja)).languages == ("ja", "en")
