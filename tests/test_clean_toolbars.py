"""Cleaning, by example: toolbars of short buttons (set apart by bars with no spaces, or by wide
gaps), currency rates, visitor counters and the end mark under a release or a wire story
("###", "（完）", "（了）", "(끝)") go in four languages; datelines and headlines stay."""

from __future__ import annotations

import pytest

from refuge.clean.textdump import line_reason
from tests.clean_corpus import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Font size A+ A-   Print this   Send by e-mail",
        "文字の大きさ｜印刷する｜メールで送る｜保存",
        "글자 크기  인쇄  스크랩  메일 보내기",
        "字号｜打印｜收藏｜复制链接",
        "좋아요（12）　슬퍼요（3）　화나요（40）",
        "[Text: Bigger Smaller Default] [Print page] [Close window]",
    ],
)
def test_a_toolbar_of_short_buttons_is_a_menu(line: str) -> None:
    assert line_reason(line) == "menu-or-share-bar"


@pytest.mark.parametrize(
    "line",
    [
        "2024年5月8日　16:40　配信",
        "북한 주민 송환 논란　정부 대응 주목",
        "Posted 12 March 2012   10:40   Seoul",
    ],
)
def test_a_dateline_or_a_headline_in_parts_is_no_menu(line: str) -> None:
    assert line_reason(line) != "menu-or-share-bar"


@pytest.mark.parametrize(
    "line",
    ["1ドル＝149.85円", "1달러=1,302.40원", "1美元＝7.3120元", "$1 = ¥149.31"],
)
def test_a_currency_rate_is_a_widget(line: str) -> None:
    assert line_reason(line) == "widget"


@pytest.mark.parametrize(
    "line",
    ["您是本站第 0091234 位访客", "Visitors since 2015: 48,113", "누적 방문자 수 12,345명"],
)
def test_a_visitor_counter_is_boilerplate(line: str) -> None:
    assert line_reason(line) is not None


RELEASE = """\
Border Watch Coalition
Home | Campaigns | Newsroom | Donate

FOR IMMEDIATE RELEASE
March 4, 2024

Coalition says dozens of North Koreans were taken from a shelter in Yanji

The coalition said on Monday that Chinese police had taken dozens of North Koreans from a church shelter in Yanji and moved them to a detention centre near the border.
Families in South Korea have asked Seoul to raise the case with Beijing before the group is sent back.

###

From our blog
- Why 2022 saw the fewest arrivals in two decades
- Meet our spring volunteers: 4 students, 10 weeks
Follow us on social media for updates from the border, and share this release with your friends.
"""

WIRE = """\
东北亚通讯社
首页 | 国际 | 朝鲜半岛

韩国统一部称无法确认被遣返人数
2023年10月13日 10:05

韩国统一部发言人13日在例行记者会上表示，政府目前无法确认被遣返的具体人数，但会继续向中方表达关切。
据悉，韩方已通过外交渠道多次要求中方依照国际准则处理越境者问题，并保障他们的人身安全。

（完）

热门话题：
· 丹东口岸恢复通关后首月客流破十万
· 一名脱北女性在首尔获颁奖学金
有关边境地区的更多报道和分析，欢迎关注本社的官方账号，并与您的朋友一同分享这篇文章。
"""


@pytest.mark.parametrize("page", [RELEASE, WIRE])
def test_what_follows_the_end_mark_of_a_release_or_a_wire_story_goes(page: str) -> None:
    doc = clean_text(page)
    body, after = page.split("\n\n###\n\n" if "###" in page else "\n\n（完）\n\n")
    last_paragraph = body.strip().splitlines()[-1]
    assert last_paragraph in doc.text
    for line in after.strip().splitlines()[1:]:
        assert line not in doc.text, line
