"""Cleaning, by example: the furniture of forums, Q&A sites and newsletters in four languages
(menus that end in an ellipsis, profile fields, view counters, feedback prompts, advert labels,
mailing footers, disclaimers, lists of similar threads) goes; the post and its headline stay."""

from __future__ import annotations

import pytest

from refuge.clean.textdump import is_prose, line_reason
from tests.clean_corpus import clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Reply to topic | Jump to page... | 12 posts • Page 2 of 2",
        "글쓰기 | 목록으로... | 추천 2 · 신고하기. 맨 위로",
        "トップ ・ 活動報告 ・ 資料室 ・ お問い合わせはこちらへ。ご支援のお願い。",
        "返回列表 | 发新帖... | 只看楼主。倒序浏览 | 打印本页",
    ],
)
def test_a_menu_with_an_ellipsis_or_full_stops_is_no_paragraph(line: str) -> None:
    assert not is_prose(line)
    assert line_reason(line) == "menu-or-share-bar"


FORUM_THREAD = """\
BorderTalk Community
Forum index › Asia › Korea
Register | Log in | FAQ
Thread: Seven people reportedly caught near Tumen last week
Reply to thread | Search this thread... | 3 posts • Page 1 of 1
river_crossing
Joined: Jun 2015 | Posts: 904
Views: 2,310 | Replies: 2
Posted Tue Apr 16, 2024 7:02 pm

A relative in Yanbian told me that seven people were caught by border police near Tumen last week and taken to a holding centre.
She said two of them were teenagers, and that the family has not been allowed to visit.

Similar threads
- Seven caught near Tumen: second source confirms numbers
Powered by a forum engine nobody remembers
"""


def test_a_forum_threads_menus_profile_and_counters_go_and_its_title_stays() -> None:
    doc = clean_text(FORUM_THREAD)
    assert "Thread: Seven people reportedly caught near Tumen last week" in doc.text
    assert "seven people were caught by border police near Tumen" in doc.text
    for furniture in (
        "Reply to thread | Search this thread...",
        "Joined: Jun 2015",
        "Views: 2,310",
        "Seven caught near Tumen: second source confirms numbers",
        "Powered by",
    ):
        assert furniture not in doc.text, furniture
    assert doc.published is not None and doc.published.value.isoformat() == "2024-04-16"


@pytest.mark.parametrize(
    ("post", "furniture"),
    [
        (
            "중국 공안이 지난주 옌지에서 탈북민 세 명을 붙잡았다는 소식이 전해졌습니다.\n"
            "가족들은 아직 면회를 허락받지 못했다고 합니다.",
            ["조회수 3,412회", "가입일: 2016.03.02", "이 기사 도움이 되셨나요? 예(41) 아니요(3)"],
        ),
        (
            "瀋陽で先週、北朝鮮から逃れてきた男性二人が公安に拘束されたと支援団体が伝えた。\n"
            "団体は二人の身柄が近く移送されるのではないかと懸念している。",
            [
                "閲覧数：2,018　回答数：4",
                "この回答は役に立ちましたか？　はい（12）",
                "【PR】今だけ送料無料！",
            ],
        ),
        (
            "据当地人说，上周在延吉有三名脱北者被边防人员带走，家属至今无法探视。\n"
            "当地教会已经联系律师，但还没有得到任何答复。",
            ["查看：5120 | 回复：9", "积分：3310", "【广告】暑期特惠，点击领取优惠券。"],
        ),
    ],
)
def test_counters_profile_fields_feedback_prompts_and_adverts_go(
    post: str, furniture: list[str]
) -> None:
    doc = clean_text("\n".join([furniture[0], furniture[1], "", post, "", furniture[2], ""]))
    for line in post.splitlines():
        assert line in doc.text
    for line in furniture:
        assert line not in doc.text, line


@pytest.mark.parametrize(
    ("body", "footer"),
    [
        (
            "Aid workers say at least twelve people were returned across the river at Dandong last "
            "month.\nTheir families in Seoul have heard nothing since.",
            "The views expressed in this column are the author's own and do not necessarily "
            "reflect those of the magazine.",
        ),
        (
            "지원 단체는 지난달 단둥에서 적어도 열두 명이 강을 건너 북으로 넘겨졌다고 전했습니다.\n"
            "서울에 있는 가족들은 그 뒤로 아무 소식도 듣지 못했습니다.",
            "본 소식지는 후원 회원님께 매월 이메일로 발송됩니다. 수신을 원치 않으시면 회신해 주세요.",
        ),
        (
            "支援団体によると、先月丹東で少なくとも12人が川を渡って北朝鮮側に引き渡された。\n"
            "ソウルの家族はその後、何の知らせも受け取っていないという。",
            "このメールは会員の皆さまにお送りしています。配信停止をご希望の方はこちらへご連絡ください。",
        ),
        (
            "援助人员说，上个月在丹东至少有十二人被押过江交给朝方。\n他们在首尔的家人此后再没有收到任何消息。",
            "本文仅代表作者个人观点，不代表本站观点。",
        ),
    ],
)
def test_a_mailing_footer_or_a_disclaimer_goes_though_it_reads_like_a_sentence(
    body: str, footer: str
) -> None:
    doc = clean_text(body + "\n" + footer + "\n")
    for line in body.splitlines():
        assert line in doc.text
    assert footer not in doc.text


@pytest.mark.parametrize(
    ("floor", "reply"),
    [
        (
            "沙发　图们老李　发表于 2024-02-03 20:11",
            "这个数字我第一次看到，别的地方不是说五十人吗？大家怎么看这件事情呢。",
        ),
        (
            "板凳 延边小雨 发表于 2024-02-03 20:40",
            "我家就在江边，小时候站在堤上就能看到对岸的房子和烟囱，很近很近的。",
        ),
        ("7楼　路过的老王", "楼主辛苦了，翻译得很清楚，但是其他媒体的报道和这个说法不太一样吧。"),
    ],
)
def test_a_forum_threads_replies_go_and_the_first_posts_closing_line_stays(
    floor: str, reply: str
) -> None:
    thread = (
        "1楼　边境观察员　楼主\n"
        "发表于 2024-02-03 19:58\n"
        "据当地人说，上周在图们有五十多名脱北者被边防人员押送过江，交给了朝方的保卫部门。\n"
        "他们说这些人大多是女性，其中几个人在中国已经生活了十多年，有的还有孩子。\n"
        "以上是听来的消息，仅供参考。\n"
        f"{floor}\n{reply}\n"
    )
    doc = clean_text(thread)
    assert "五十多名脱北者被边防人员押送过江" in doc.text
    assert "以上是听来的消息，仅供参考。" in doc.text
    assert reply not in doc.text
