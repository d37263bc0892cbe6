"""Which claims a sentence holds and who tells them how: classes of phrasing seen across the
held-out sets, each shown with sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extracting import figures, reader

# a Thursday
PUBLISHED = date(2023, 10, 12)

claims_of = reader(PUBLISHED)


def test_police_picking_up_people_is_an_arrest() -> None:
    found = claims_of("On Monday, border police in Yanji picked up twelve North Korean defectors.")
    assert figures(found) == [("arrest", 12, "2023-10-09")]


def test_taking_a_group_away_is_an_arrest() -> None:
    found = claims_of(
        "On Monday six North Korean defectors tried to get into the consulate in Dalian. "
        "Guards stopped them at the door on Monday, taking all six away."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None) for c in found] == [
        ("asylum_seeking", "2023-10-09"),
        ("arrest", "2023-10-09"),
    ]


def test_a_consulate_named_with_its_country_abbreviated() -> None:
    found = claims_of(
        "On Monday three North Korean defectors slipped into the U.K. consulate in Dalian."
    )
    assert figures(found) == [("asylum_seeking", 3, "2023-10-09")]


def test_facilities_emptied_are_where_people_were_taken_from() -> None:
    found = claims_of(
        "Rights groups say that on Monday border guards cleared out two detention centres in "
        "Yanji and drove the North Korean detainees across the border."
    )
    assert [(c.type, c.attribution is not None) for c in found] == [("forced_repatriation", True)]


def test_a_campaign_press_conference_is_a_protest_an_official_briefing_is_not() -> None:
    found = claims_of(
        "North Korean defectors rallied outside the Chinese Embassy in Seoul on Tuesday, and "
        "a rights alliance has scheduled a press conference at the same spot for noon today."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None, c.modality) for c in found] == [
        ("protest", "2023-10-10", "asserted"),
        ("protest", "2023-10-12", "planned"),
    ]
    assert all(c.places and c.places[0].name == "Seoul" for c in found)
    briefing = claims_of(
        "China sent 40 North Korean defectors back on Monday. The foreign ministry spokesman "
        "told a regular press conference on Tuesday that the law was followed."
    )
    assert [c.type for c in briefing] == ["forced_repatriation"]


def test_the_rally_told_before_is_a_reference_and_the_day_after_a_verb_of_announcing_is_ahead() -> (
    None
):
    found = claims_of(
        "Defectors held a vigil outside the Chinese Embassy in Seoul this morning. The network "
        "behind this morning's vigil says it will be back at the same spot on Saturday for a "
        "press conference."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None, c.modality) for c in found] == [
        ("protest", "2023-10-12", "asserted"),
        ("protest", "2023-10-14", "planned"),
    ]


def test_who_recorded_feared_or_separately_estimated_tells_the_claim() -> None:
    recorded = claims_of(
        "Amnesty International recorded 30 forced returns of North Korean defectors on 2 October 2023."
    )
    assert [(c.attribution, c.modality) for c in recorded] == [
        ("Amnesty International", "reported")
    ]
    estimated = claims_of(
        "The UN Special Rapporteur has separately estimated that some 1,500 North Koreans are "
        "held in Chinese detention facilities."
    )
    assert [(c.attribution, c.modality) for c in estimated] == [
        ("UN Special Rapporteur", "reported")
    ]
    feared = claims_of(
        "Police arrested 20 North Korean defectors in Yanji on Monday. Activists fear that many "
        "of them have already been driven back across the border to North Korea."
    )
    assert feared[-1].type == "forced_repatriation"
    assert (feared[-1].attribution, feared[-1].modality) == ("Activists", "uncertain")


def test_a_source_whose_figure_is_given_in_a_sentence_of_its_own() -> None:
    found = claims_of(
        "Chinese guards drove the North Korean detainees across the border on Monday night. "
        'The monitor\'s figure is "more than 300."'
    )
    assert [(c.count.value if c.count else None, c.attribution) for c in found][-1] == (
        300,
        "The monitor",
    )


def _conditional(found: list) -> list[tuple[str, int | None, str, str | None, list[str]]]:
    return [
        (
            c.type,
            c.count.value if c.count else None,
            c.actor,
            c.modality,
            [p.name for p in c.places],
        )
        for c in found
        if c.modality == "conditional"
    ]


def test_a_states_answer_to_an_imagined_return_is_a_conditional_claim_about_the_group() -> None:
    en = claims_of(
        "Chinese police detained nine North Korean defectors in Dalian on Monday. Tokyo has said "
        "it will take appropriate measures if it learns that they were sent back."
    )
    assert _conditional(en) == [("forced_repatriation", 9, "CN", "conditional", ["Dalian"])]
    ko = claims_of(
        "탈북민 9명이 지난 9일 다롄에서 공안에 붙잡혔다. 외교부는 이들이 북송된다면 상응하는 "
        "조치를 취하겠다고 말했다."
    )
    assert _conditional(ko) == [("forced_repatriation", 9, "CN", "conditional", ["Dalian"])]
    ja = claims_of(
        "大連で脱北者9人が拘束された。日本政府は「送還が確認されれば、適切な対応を取る」と述べた。"
    )
    assert [c[2:] for c in _conditional(ja)] == [("CN", "conditional", ["Dalian"])]
    zh = claims_of(
        "9名脱北者本周一在大连被公安抓获。日本外务省表示，若这些人被遣返，将采取相应措施。"
    )
    assert _conditional(zh) == [("forced_repatriation", 9, "CN", "conditional", ["Dalian"])]


def test_imagining_what_befalls_the_returned_is_no_claim() -> None:
    found = claims_of(
        "Chinese police detained nine North Korean defectors in Dalian on Monday. If they were "
        "sent back, they would face prison."
    )
    assert [c.modality for c in found] == ["asserted"]


def _voices(found: list) -> list[tuple[int | None, str | None, str]]:
    return [(c.count.value if c.count else None, c.attribution, c.modality) for c in found]


def test_a_source_in_brackets_closing_what_it_counted() -> None:
    ko = claims_of("중국은 지난 9일 탈북민 약 70명을 북한으로 돌려보냈다(국제앰네스티 집계).")
    assert _voices(ko) == [(70, "국제앰네스티", "reported")]
    bare = claims_of("2023.10.02 중국, 탈북민 30명 북송(국제앰네스티)")
    assert _voices(bare) == [(30, "국제앰네스티", "reported")]
    gloss = claims_of("중국은 지난 9일 투먼(圖們)에서 탈북민 70명을 북한으로 돌려보냈다.")
    assert _voices(gloss) == [(70, None, "asserted")]
    ja = claims_of("2023年10月2日、遼寧省の施設から脱北者30人前後が送還される（アムネスティ調べ）")
    assert _voices(ja) == [(30, "アムネスティ", "reported")]
    zh = claims_of("10月2日，约30名脱北者被遣返（国际特赦组织统计）。")
    assert _voices(zh) == [(30, "国际特赦组织", "reported")]


def test_japanese_polite_and_reported_forms_name_the_teller() -> None:
    polite = claims_of("国際人権団体によりますと、今月2日、脱北者30人が北朝鮮に送還されました。")
    assert _voices(polite) == [(30, "国際人権団体", "reported")]
    after = claims_of("今月2日には脱北者30人が北朝鮮へ送られたと、国際人権団体は報告しています。")
    assert _voices(after) == [(30, "国際人権団体", "reported")]


def test_a_denial_in_the_words_it_is_denied_in() -> None:
    told = "Rights groups say China sent 300 North Korean defectors back on Monday night. "
    for denial in (
        'On Wednesday the foreign ministry said there are no so-called "defectors" in China.',
        'A ministry spokesman rejected the reports, saying there was no such thing as "defectors".',
        "Beijing denied on Wednesday that any refugees were among them.",
    ):
        found = claims_of(told + denial)
        assert [(c.type, c.modality) for c in found][-1] == ("forced_repatriation", "denied")
        assert found[-1].attribution is not None
    zh = claims_of(
        "人权团体称，中国本周一晚遣返300名脱北者。外交部发言人11日答记者问时表示，中国并没有所谓的“脱北者”。"
    )
    assert [(c.modality, c.attribution) for c in zh][-1] == ("denied", "外交部发言人")


def test_figures_after_a_denial_are_of_the_incident_denied() -> None:
    found = claims_of(
        "Rights groups say China sent more than 300 North Korean defectors back on Monday night. "
        'Today the foreign ministry said there are no so-called "defectors" in China. '
        "A group in Seoul puts the figure closer to 400."
    )
    assert [
        (c.count.value if c.count else None, c.date.start.isoformat() if c.date else None)
        for c in found
        if c.modality != "denied"
    ] == [(300, "2023-10-09"), (400, "2023-10-09")]


def test_the_number_given_for_a_stock_told_uncounted_is_that_stocks() -> None:
    found = claims_of(
        "2002年3月14日、脱北者10人が大連の日本総領事館に駆け込んだ。"
        "中国東北部には、国境を越えた北朝鮮住民が数多く身を潜めている。"
        "ある人権団体は、その数を10万人から20万人と見積もっている。"
    )
    (stock,) = [c for c in found if c.type == "population_estimate"]
    assert stock.count is not None and (stock.count.min, stock.count.max) == (100000, 200000)
    assert (stock.attribution, stock.modality) == ("ある人権団体", "reported")
    assert "CN" in {p.country for p in stock.places}


def test_what_befalls_anyone_once_caught_is_no_incident() -> None:
    found = claims_of(
        "人权团体估计，目前藏身中国的朝鲜人约有10万至20万人，他们一旦被抓就会被送回朝鲜。"
    )
    assert [(c.type, c.modality) for c in found] == [("population_estimate", "reported")]


def test_a_speakers_turn_in_minutes_names_its_teller() -> None:
    ja = claims_of("○委員（無所属）　今月2日、大連の日本総領事館に脱北者3人が駆け込んだ。")
    assert [(c.type, c.attribution, c.modality) for c in ja] == [
        ("asylum_seeking", "委員（無所属）", "reported")
    ]
    ko = claims_of("○박○○ 위원 그리고 탈북민 3명이 지난 2일 다롄 총영사관에 진입했습니다.")
    assert [(c.type, c.attribution, c.modality) for c in ko] == [
        ("asylum_seeking", "박○○ 위원", "reported")
    ]


def test_people_still_held_are_a_detention_not_an_arrest() -> None:
    found = claims_of(
        "人権団体によると、今も数十人の脱北者が中国で拘束され、同じ運命に直面している。"
    )
    assert [c.type for c in found] == ["detention"]


def voices(found: list) -> list[tuple[str, str, bool]]:
    return [(c.type, c.modality, c.attribution is not None) for c in found]


def test_a_new_paragraph_after_a_list_is_the_authors_again() -> None:
    found = claims_of(
        "按照人权团体的统计：\n（1）8月29日，80名朝鲜人被强制遣返。\n中国警方本月3日在丹东逮捕了12名朝鲜人。"
    )[1:]
    assert voices(found) == [("arrest", "asserted", False)]


def test_the_lines_of_a_list_are_told_by_the_source_of_its_lead_in() -> None:
    found = claims_of(
        "按照人权团体的统计：\n（1）8月29日，80名朝鲜人被强制遣返；\n（2）9月18日，又有40人被遣返。"
    )
    assert [(c.count.value if c.count else None, c.modality) for c in found] == [
        (80, "reported"),
        (40, "reported"),
    ]


def test_a_line_with_its_own_source_does_not_speak_for_the_next() -> None:
    found = claims_of(
        "- 2023.08.29 중국, 탈북민 80명 북송(인권단체 집계)\n"
        "- 2024.08.21 윈난성 쿤밍에서 탈북민 15명이 공안에 붙잡혀"
    )
    assert [(c.type, c.attribution is not None) for c in found] == [
        ("forced_repatriation", True),
        ("arrest", False),
    ]


def test_every_tense_of_a_korean_reporting_verb_names_its_teller() -> None:
    for verb in ("주장한 바 있다", "전해, 관심이 쏠린다", "밝히며 규탄했다", "말했습니다"):
        found = claims_of(f"탈북민 단체 대표는 지난 9일 탈북민 30명이 북송됐다고 {verb}.")
        assert voices(found) == [("forced_repatriation", "reported", True)], verb


def test_a_korean_report_made_known_by_an_outlet_is_its_report() -> None:
    found = claims_of(
        "지난 9일 단둥에서 탈북민 12명이 공안에 붙잡혔다는 소식이 MBC 보도로 알려졌다."
    )
    assert voices(found) == [("arrest", "reported", True)]
    found = claims_of("단체가 꼽은 사례를 보면, 지난 3일 옌지에서 탈북민 20명이 한꺼번에 검거됐다.")
    assert voices(found) == [("arrest", "reported", True)]


def test_a_korean_actor_opening_a_sentence_is_no_source() -> None:
    found = claims_of(
        "김영수 의원은 21일 서울 중국대사관 앞에서 북송 중단을 요구하며 단식 농성을 벌였다."
    )
    assert voices(found) == [("protest", "asserted", False)]


def test_in_this_case_imagines_nothing_but_if_caught_does() -> None:
    found = claims_of(
        "단체는 옌지에서도 탈북민 16명이 체포됐다고 밝혔으나, 이 경우 시점은 공개하지 않았다."
    )
    assert voices(found) == [("arrest", "reported", True)]
    found = claims_of("정부는 쿤밍의 탈북민 15명이 강제북송될 경우 대응하겠다는 입장이다.")
    assert voices(found) == [("forced_repatriation", "conditional", True)]


def test_korean_conjecture_and_headline_hedges_are_uncertain() -> None:
    for text in (
        "투먼 수용소서 탈북민 50명 북송된 듯",
        "단체는 단둥으로만 최대 200명이 북송됐을 것으로 보고 있다.",
        "탈북민 30명이 며칠 안에 북송될 수 있다.",
    ):
        assert [c.modality for c in claims_of(text)] == ["uncertain"], text


def test_a_feeling_voiced_is_no_account() -> None:
    found = claims_of("联合国难民署对事件表示感谢。据估计，仍有数以万计的朝鲜人藏匿在中国东北。")
    assert [c.attribution for c in found] == [None]


def test_japanese_reporting_verbs_and_accounts_name_their_teller() -> None:
    for text in (
        "国連の専門家グループは、中国が今月9日に脱北者500人を強制送還したと表明した。",
        "同団体の関係者は「今月3日に脱北者20人が中国公安に捕まった」と明かす。",
        "韓国の人権団体の調べでは、今月9日に脱北者600人が北朝鮮へ引き渡されたということです。",
    ):
        assert [(c.modality, c.attribution is not None) for c in claims_of(text)] == [
            ("reported", True)
        ], text


def test_a_japanese_hedge_on_a_noun_leaves_the_sentence_stated() -> None:
    found = claims_of(
        "韓国政府は7日、同僚を殺害したとされる北朝鮮の漁民2人を板門店経由で追放した。"
    )
    assert voices(found) == [("forced_repatriation", "asserted", False)]
    found = claims_of("中国は今月9日にも脱北者500人を一斉に送還したとされる。")
    assert voices(found) == [("forced_repatriation", "uncertain", False)]


def test_a_japanese_condition_before_its_consequence() -> None:
    found = claims_of(
        "韓国政府は、脱北者15人が北朝鮮に強制送還されたことが確認されれば「必要な措置を講じる」との立場を示した。"
    )
    assert [(c.type, c.modality) for c in found] == [("forced_repatriation", "conditional")]


def test_chinese_accounts_and_conditions() -> None:
    found = claims_of("据他掌握的情况，8月下旬中方已用两辆大巴送回90名朝鲜人。")
    assert [(c.modality, c.attribution is not None) for c in found] == [("reported", True)]
    found = claims_of("脱北者团体代表金某对本网记者表示，本周一中方遣返了约600名朝鲜人。")
    assert [c.attribution for c in found] == ["脱北者团体代表金某"]
    found = claims_of("声明称，如确认这15名朝鲜脱北者被强制遣返，将采取必要措施。")
    assert [c.modality for c in found] == ["conditional"]


def test_english_tellers_by_role_or_name_with_an_aside() -> None:
    for text in (
        "Rights organisations in Seoul, relying on contacts in China, say 31 North Korean "
        "defectors were arrested in Shenyang on Monday.",
        "The UN special rapporteur, Jane Doe, reckons some 2,000 North Korean defectors are "
        "held in Chinese detention centres.",
        "China sent about 600 North Korean defectors back over the border on Monday night, "
        "per JFNK.",
        "A Seoul group, Justice for North Korea, spoke of around ninety North Korean defectors "
        "sent back on Monday.",
    ):
        assert [c.attribution is not None for c in claims_of(text)] == [True], text


def test_an_english_headline_tag_is_no_teller_but_a_group_before_a_colon_is() -> None:
    found = claims_of("Activists: hundreds of North Korean defectors sent back by China on Monday")
    assert [c.attribution for c in found] == ["Activists"]
    found = claims_of("Update: hundreds of North Korean defectors sent back by China on Monday")
    assert [c.attribution for c in found] == [None]


def test_it_appears_that_hedges_and_should_it_be_established_imagines() -> None:
    found = claims_of(
        "It appears that 40 North Korean defectors were sent back from Dandong on Monday."
    )
    assert [c.modality for c in found] == ["uncertain"]
    found = claims_of(
        "Seoul will act should it be established that the 15 North Korean defectors were "
        "forcibly repatriated."
    )
    assert [c.modality for c in found] == ["conditional"]


def test_an_english_teller_placed_somewhere_is_a_teller() -> None:
    found = claims_of(
        "A source in North Hamgyong province told the paper that 200 North Korean defectors "
        "were escorted across from Tumen on Monday."
    )
    assert [c.attribution is not None for c in found] == [True]


def test_planned_pickets_and_scheduled_arrivals() -> None:
    found = claims_of(
        "Activists plan a lunchtime picket at China's embassy in Seoul this Thursday to press "
        "Beijing not to send North Korean defectors back."
    )
    assert [(c.type, c.modality) for c in found] == [("protest", "planned")]


def test_as_early_as_in_japanese_is_no_condition() -> None:
    found = claims_of("脱北者25人は、早ければ18日にもソウル入りする見通しだ。")
    assert [c.modality for c in found] == ["uncertain"]
    found = claims_of("韓国政府は、脱北者15人が強制送還されれば相応の対応をとると表明した。")
    assert [c.modality for c in found] == ["conditional"]


def test_korean_spoken_hearsay_and_a_place_opening_a_sentence() -> None:
    found = claims_of("어제 정부가 북한 주민 2명을 판문점을 통해 북으로 추방했다네요.")
    assert [(c.modality, c.attribution is not None) for c in found] == [("reported", True)]
    found = claims_of(
        "미국 워싱턴에서는 한 단체가 12일 중국대사관 앞에서 탈북민 북송 반대 시위를 벌이겠다고 예고했다."
    )
    assert [(c.type, c.modality) for c in found] == [("protest", "planned")]
    assert found[0].attribution != "미국 워싱턴에서"


def test_a_korean_estimate_of_a_figure_is_reported_not_hedged() -> None:
    found = claims_of("특별보고관은 중국 구금시설에 갇힌 탈북민이 2천여 명에 달할 것으로 추산했다.")
    assert [(c.modality, c.attribution is not None) for c in found] == [("reported", True)]


def test_the_report_a_japanese_clause_is_told_in_is_its_source() -> None:
    found = claims_of(
        "発端は、今月8日に中国公安当局が瀋陽で脱北者31人を摘発したという韓国メディアの報道だった。"
    )
    assert [c.attribution for c in found] == ["韓国メディア"]
