"""Chinese forms, simplified and traditional: the verbs, hedges, day words and count qualifiers
a Chinese report uses for an incident, beyond the phrasings the dev corpus happens to hold.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.extract.clauses import people_counts
from refuge.extract.counts import find_counts
from refuge.extract.dates import find_dates
from refuge.extract.modality import find_modality
from refuge.extract.triggers import find_triggers
from refuge.gazetteer.scripts import fold_han
from refuge.records import Count

PUBLISHED = date(2024, 6, 13)  # a Thursday


claims_of = reader(PUBLISHED)


def kinds(text: str) -> list[str]:
    # the tables are written in simplified characters; a page is read folded to them
    return [t.type for t in find_triggers(fold_han(text), "zh")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("边防警察3日在延吉抓了七名脱北者。", "arrest"),
        ("七名脱北者3日被押解出境。", "forced_repatriation"),
        ("七名脱北者3日搭机前往曼谷。", "resettlement"),
        ("七名脱北者3日起便与亲属断了联系。", "disappearance"),
    ],
)
def test_caught_escorted_out_flown_on_and_cut_off(text: str, kind: str) -> None:
    assert figures(claims_of(text)) == [(kind, 7, "2024-06-03")]


def test_a_small_group_held_now_is_a_detention_not_a_stock() -> None:
    found = claims_of("目前七名脱北者被关在延吉的看守所。")
    assert [c.type for c in found] == ["detention"]


def test_a_figure_inside_a_coalition_name_is_no_count() -> None:
    found = claims_of("“反对遣返三百名脱北者国民联合”明天将在使馆对面的广场召开记者会。")
    assert figures(found) == [("protest", None, "2024-06-14")]


def test_life_or_death_unknown_is_a_disappearance() -> None:
    assert kinds("七名脱北者至今生死未卜。") == ["disappearance"]


# --- 数字的重述：前文事件的人数，每个来源各为一条 ------------------------------------------

OCTOBER = date(2023, 10, 12)


def _restated(text: str) -> list[tuple[str, int | None, str | None, bool]]:
    return [
        (
            c.type,
            c.count.value if c.count else None,
            c.date.start.isoformat() if c.date else None,
            c.attribution is not None,
        )
        for c in claims_of(text, OCTOBER)
    ]


def test_two_sources_two_figures_for_the_night_told_before() -> None:
    text = "中国当局9日夜间将数百名朝鲜人遣返回国。人数方面，人权观察称逾七百人，另一团体则说约八百人。"
    assert _restated(text) == [
        ("forced_repatriation", None, "2023-10-09", False),
        ("forced_repatriation", 700, "2023-10-09", True),
        ("forced_repatriation", 800, "2023-10-09", True),
    ]


def test_a_figure_with_a_day_of_its_own_restates_nothing() -> None:
    text = "中国当局9日夜间将数百名朝鲜人遣返回国。据一家电台报道，2021年5月3日，约70名朝鲜人从丹东出发。"
    assert [n for _, n, _, _ in _restated(text)] == [None]


def test_a_difference_between_figures_is_no_restatement() -> None:
    text = "中国当局9日夜间将约700名朝鲜人遣返回国。两个团体的数字相差可达一百人左右。"
    assert [n for _, n, _, _ in _restated(text)] == [700]


def test_the_teller_and_the_people_named_again_are_no_figures() -> None:
    text = "中国公安9日在昆明抓捕了数名朝鲜人。据一名知情人士说，这两名妇女来自咸镜北道。"
    assert [n for _, n, _, _ in _restated(text)] == [None]


def test_those_present_are_the_people_of_the_rally_told_before() -> None:
    text = "昨天（2日）数百名市民在中国大使馆前集会，抗议遣返脱北者。当时大约有一百名支持者在场。"
    assert _restated(text)[-1] == ("protest", 100, "2023-10-02", False)


# --- incident words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("边防部门把这批脱北者移交给朝方。", "forced_repatriation"),
        ("警方随后将三名北韓人交還北韓。", "forced_repatriation"),
        ("两名朝鲜渔民已被驱逐出境。", "forced_repatriation"),
        ("这些妇女被强行送回朝鲜。", "forced_repatriation"),
        ("他们随即被押解回朝鲜。", "forced_repatriation"),
        ("一名脱北者在火车站被公安查获。", "arrest"),
        ("警方在边境扣押了五名北韩人。", "arrest"),
        ("這批脫北者在昆明落網。", "arrest"),
        ("这些人目前被囚禁在图们。", "detention"),
        ("三名脱北者翻墙进入领事馆。", "asylum_seeking"),
        ("一家四口逃进德国驻华使馆。", "asylum_seeking"),
        ("数百名市民在使馆前游行。", "protest"),
        ("團體在網上發起連署，呼籲停止遣返。", "protest"),
        ("支持者在大使馆前声援绝食的议员。", "protest"),
    ],
)
def test_incident_words_of_each_type(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_a_facility_is_a_place_not_a_detention() -> None:
    assert "detention" not in kinds("收容设施里的脱北者被移交给朝方。")
    assert "detention" not in kinds("拘留所外有人等候。")
    assert "detention" in kinds("他们被收容在边境。")


def test_the_word_for_a_policy_is_no_incident() -> None:
    assert kinds("双方讨论了遣返程序。") == []
    assert kinds("韩方将遣返安排通知了朝方。") == []
    assert kinds("政府重申不强迫遣返的立场。") == []


def test_police_entering_a_mission_is_no_asylum_bid() -> None:
    assert "asylum_seeking" not in kinds("武警未经允许进入领馆。")


def test_a_handover_to_the_north_is_typed_over_the_facility_it_left() -> None:
    found = claims_of("据悉，拘留设施内的四十余名脱北者昨天被移交给朝方。")
    assert [(c.type, c.count) for c in found] == [
        ("forced_repatriation", Count(40, "more_than", None, None))
    ]


# --- hedges, denials, plans --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("这些人恐已被遣返。", "uncertain"),
        ("他们或许已被送回朝鲜。", "uncertain"),
        ("據傳有數十人被遣返。", "uncertain"),
        ("有关消息尚未证实。", "uncertain"),
        ("疑遭强制遣返的妇女共有六人。", "uncertain"),
        ("中方驳斥了遣返脱北者的报道。", "denied"),
        ("倘若被遣返，他们将面临酷刑。", "conditional"),
        ("团体定于下周一在使馆前举行集会。", "planned"),
        ("支持者准备明天在使馆外示威。", "planned"),
    ],
)
def test_modality_cues(text: str, modality: str) -> None:
    assert find_modality(fold_han(text), "zh", attributed=False) == modality


def test_a_crime_alleged_of_the_people_does_not_hedge_their_return() -> None:
    assert find_modality("政府遣返了两名涉嫌杀人的渔民。", "zh", attributed=False) == "asserted"


# --- dates --------------------------------------------------------------------------------


def spans(text: str) -> list[tuple[date, date]]:
    return [(m.span.start, m.span.end) for m in find_dates(text, "zh", PUBLISHED)]


def test_a_day_span_after_a_relative_month() -> None:
    assert spans("上月3日至7日间") == [(date(2024, 5, 3), date(2024, 5, 7))]
    assert spans("本月2日到4日") == [(date(2024, 6, 2), date(2024, 6, 4))]


def test_that_day_is_the_day_named_before() -> None:
    found = find_dates("当局10日证实，当天共有九人被遣返。", "zh", PUBLISHED)
    assert [m.span.start for m in found] == [date(2024, 6, 10), date(2024, 6, 10)]


def test_the_next_day_counts_from_the_day_named_before() -> None:
    found = find_dates("他们5日抵达马尼拉，次日飞往首尔。", "zh", PUBLISHED)
    assert [m.span.start for m in found] == [date(2024, 6, 5), date(2024, 6, 6)]


@pytest.mark.parametrize(
    ("text", "day"),
    [("今晨", date(2024, 6, 13)), ("昨夜", date(2024, 6, 12)), ("前晚", date(2024, 6, 11))],
)
def test_morning_and_night_words(text: str, day: date) -> None:
    assert spans(text) == [(day, day)]


def test_the_same_day_dates_a_second_group() -> None:
    found = claims_of("本月4日，二十名脱北者在丹东被遣返。图们也有十人在同一天被遣返。")
    assert [
        (c.count.value if c.count else None, c.date.start if c.date else None) for c in found
    ] == [
        (20, date(2024, 6, 4)),
        (10, date(2024, 6, 4)),
    ]


# --- counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("不少于30名脱北者", Count(30, "more_than", None, None)),
        ("不下百人", Count(100, "more_than", None, None)),
        ("超2000名脱北者", Count(2000, "more_than", None, None)),
        ("约莫五十人", Count(50, "about", None, None)),
        ("二百来人", Count(200, "about", None, None)),
        ("十來名婦女", Count(10, "about", None, None)),
        ("不到二十名", Count(20, "up_to", None, None)),
        ("至多八十人", Count(80, "up_to", None, None)),
        ("約有百名", Count(100, "about", None, None)),
    ],
)
def test_count_qualifiers(text: str, count: Count) -> None:
    assert [c.count for c in find_counts(fold_han(text), "zh")] == [count]


def test_a_capital_told_what_to_do_is_no_place_of_the_protest() -> None:
    (found,) = claims_of("昨天约有百名脱北者在首尔的使馆前声援，要求北京停止遣返。")
    assert found.type == "protest"
    assert [p.name for p in found.places] == ["Seoul"]


def test_a_figure_right_after_a_comma_is_counted() -> None:
    (found,) = claims_of("据韩联社报道，30名脱北者上周被遣返。")
    assert (found.type, found.count) == ("forced_repatriation", Count(30, "exact", None, None))
    assert [c.count for c in find_counts("共1,200名", "zh")] == [Count(1200, "exact", None, None)]


def test_members_told_one_by_one_are_no_group() -> None:
    found = claims_of("本月4日，一名男子冲进领馆，两名女子随即跟进，另一名男子也闯入馆内。")
    assert all(c.count is None or c.count.value != 2 for c in found)


def test_a_third_person_does_not_make_the_pair_a_part() -> None:
    found = claims_of("本月4日，两名脱北者伙同另一人在边境被抓获。")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("arrest", 2)]


def test_officials_and_police_counted_are_not_the_people() -> None:
    found = claims_of("两名中国公安将5名脱北者带走。")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("arrest", 5)]
    assert [c.count for c in find_counts("一名官员表示", "zh")] == [Count(1, "exact", None, None)]
    assert people_counts("一名官员表示，他们可能已被遣返。", "zh") == []


def test_the_return_named_again_is_no_new_incident() -> None:
    assert kinds("这次遣返发生在两国会谈之后不久。") == []
    assert kinds("此次遣返事件引发了批评。") == []
    assert "forced_repatriation" in kinds("此次遣返的五十名脱北者多为妇女。")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("这批脱北者被送回国后下落不明。", "forced_repatriation"),
        ("他们经曼谷转赴南韩。", "resettlement"),
        ("一家三口上周安全抵韩。", "resettlement"),
        ("两名脱北者被公开枪毙。", "execution"),
        ("这名女子被遣返后至今不知去向。", "disappearance"),
    ],
)
def test_more_incident_words(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_going_home_of_ones_own_accord_is_no_return() -> None:
    assert kinds("选手们比赛结束后回国。") == []


def test_a_source_quoted_through_another() -> None:
    from refuge.extract.attribution import find_attribution

    assert find_attribution("韩媒援引消息人士的说法称，30名脱北者被遣返。", "zh").source


def test_citizens_counted_but_not_money() -> None:
    assert [c.count for c in find_counts("约有300名民众参加", "zh")] == [
        Count(300, "about", None, None)
    ]
    assert find_counts("花了10万人民币", "zh") == []


def test_north_koreans_named_by_who_they_are() -> None:
    (found,) = claims_of("本月3日，三名朝鲜妇女在延吉被抓捕。")
    assert (found.type, found.count) == ("arrest", Count(3, "exact", None, None))


def test_handed_over_with_an_aspect_mark_and_held_in() -> None:
    assert "forced_repatriation" in kinds("这些人被押解到图们后交给了朝方。")
    assert "detention" in kinds("他们被关在图们的看守设施里。")


def test_a_relative_clause_with_its_own_day_is_an_incident_of_its_own() -> None:
    found = claims_of("上月10日在图们被拘留的脱北者30人，本月5日被遣返回朝鲜。")
    assert figures(found) == [
        ("forced_repatriation", 30, "2024-06-05"),
        ("arrest", 30, "2024-05-10"),
    ]


# --- clause shapes, story and day words ---------------------------------------------------


def test_an_arrest_does_not_run_into_the_facility_the_people_are_held_in() -> None:
    assert kinds("目前约有三百名脱北者被关押在边境的拘留设施。") == ["detention"]


def test_the_whole_group_after_its_parts() -> None:
    found = claims_of("5月8日，武警把两名闯入的脱北者带走，随后将6人全部带离。")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("arrest", 6)]


def test_a_cleft_types_its_figure_by_the_verb_it_opens_with() -> None:
    found = claims_of("上月3日被遣返朝鲜的是关押在延吉、图们两地的四十余名脱北者。")
    assert [(c.type, c.count, c.date and c.date.start) for c in found] == [
        ("forced_repatriation", Count(40, "more_than", None, None), date(2024, 5, 3))
    ]


def test_a_remark_on_the_return_or_a_decision_is_no_new_incident() -> None:
    found = claims_of("韩国政府3日将两名朝鲜船员遣返。媒体称，这是政府首次强制送回越境者。")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("forced_repatriation", 2)
    ]
    assert kinds("在野党批评当局的遣返决定。") == []


def test_the_next_day_in_a_later_sentence_counts_from_the_day_told() -> None:
    found = claims_of("5月8日，五名脱北者闯入日本驻沈阳领馆。次日，他们被公安带走。")
    assert [(c.type, c.date and c.date.start) for c in found][-1] == ("arrest", date(2024, 5, 9))


def test_a_day_counted_from_a_named_event_is_not_from_the_day_told() -> None:
    found = claims_of("上周一（10号），也就是峰会结束的第二天，当局把三十名脱北者送回了朝鲜。")
    assert [c.date and c.date.start for c in found] == [date(2024, 6, 10)]


def test_a_sentence_carrying_the_story_on_takes_its_date_and_city() -> None:
    found = claims_of(
        "4月2日，七名脱北者在丹东车站附近被发现。一名男子试图逃跑。"
        "警方称，边防人员随后将7人全部抓获。"
    )
    (arrest,) = [c for c in found if c.type == "arrest"]
    assert (arrest.count.value if arrest.count else None, arrest.date and arrest.date.start) == (
        7,
        date(2024, 4, 2),
    )
    assert [p.name for p in arrest.places] == ["Dandong"]


def test_a_second_source_names_its_own_cities() -> None:
    found = claims_of(
        "据人权团体称，10日约有三百名脱北者被遣返。另一团体则说大约四百人，地点包括图们和丹东。"
    )
    second = [c for c in found if c.count and c.count.value == 400]
    assert [p.name for c in second for p in c.places] == ["Tumen", "Dandong"]


def test_one_figure_carried_by_two_dated_predicates_is_two_claims() -> None:
    found = claims_of("中国警方5月3日在延吉抓捕了12名脱北者，5月20日将他们遣返回朝鲜。")
    assert [
        (c.type, c.count and c.count.value, c.date and c.date.start.isoformat()) for c in found
    ] == [
        ("arrest", 12, "2024-05-03"),
        ("forced_repatriation", 12, "2024-05-20"),
    ]


def test_a_doubted_second_predicate_is_no_claim() -> None:
    found = claims_of("中国警方5月3日在延吉抓捕了12名脱北者，但无法确认他们是否5月20日被遣返。")
    assert [c.type for c in found] == ["arrest"]


def test_a_person_named_before_is_one_person() -> None:
    found = claims_of(
        "据悉，一名叫朴英姬（音译）的脱北妇女也在被遣返者当中。"
        "朴英姬在延吉生活了十年，今年3月遭当地公安逮捕。"
    )
    (arrest,) = [c for c in found if c.type == "arrest"]
    assert (arrest.count, arrest.date and arrest.date.start) == (
        Count(1, "exact", None, None),
        date(2024, 3, 1),
    )


def test_a_headline_counts_refugees_without_a_counter() -> None:
    assert [c.count for c in find_counts("12脱北者在丹东被捕", "zh")] == [
        Count(12, "exact", None, None)
    ]


def test_a_threat_if_sent_back_is_conditional() -> None:
    assert find_modality("他们扬言若被遣返便会绝食。", "zh", False) == "conditional"


def test_a_traditional_page_reads_as_the_simplified_one_and_keeps_its_characters() -> None:
    simplified = claims_of("据韩联社报道，上周三约有三十名脱北者在图们被遣返。")
    traditional = claims_of("據韓聯社報導，上週三約有三十名脫北者在圖們被遣返。")
    assert (
        figures(traditional) == figures(simplified) == [("forced_repatriation", 30, "2024-06-05")]
    )
    assert traditional[0].evidence == "據韓聯社報導，上週三約有三十名脫北者在圖們被遣返。"
    assert traditional[0].attribution == "韓聯社"


def test_that_night_in_a_relative_clause_is_the_night_told() -> None:
    found = claims_of(
        "本月3日夜间，边防当局把约300名脱北者遣送回朝鲜。该团体负责人表示，这些人被分批押上大巴。"
        "另据一名传教士说，当晚遭强制遣返的朝鲜人超过200名。"
    )
    assert ("forced_repatriation", 200, "2024-06-03") in figures(found)


def test_people_held_in_china_are_a_stock_and_a_return_they_face_is_none() -> None:
    found = claims_of("专家估计，在中国遭拘押、面临遣返的朝鲜人多达3000名。")
    assert [(c.type, c.count) for c in found] == [
        ("population_estimate", Count(3000, "up_to", None, None))
    ]
    assert kinds("他们随时可能被公安查获并遣返。") == []


def test_the_parts_and_their_total_are_one_group() -> None:
    found = claims_of("这批人包括三个家庭及两名少女，共十六人，本月4日闯入领馆。")
    assert figures(found) == [("asylum_seeking", 16, "2024-06-04")]


def test_them_stands_for_the_people_counted_before() -> None:
    found = claims_of("政府5日将三名朝鲜渔民遣返。海警于本月1日扣押了他们乘坐的渔船。")
    assert ("arrest", 3, "2024-06-01") in figures(found)


def test_the_taiwanese_day_in_brackets() -> None:
    found = claims_of("十名脫北者昨（12）日經泰國抵達南韓。")
    assert figures(found) == [("resettlement", 10, "2024-06-12")]


def test_sent_on_to_a_town_of_the_north_is_a_return() -> None:
    assert kinds("约40名朝鲜人乘大巴经大桥被送往新义州。") == ["forced_repatriation"]


def test_a_year_after_a_clause_comma() -> None:
    found = claims_of("据电台报道，2021年7月14日，约50名朝鲜人经大桥被送往新义州。")
    assert figures(found) == [("forced_repatriation", 50, "2021-07-14")]


def test_a_protest_in_a_page_about_refugees_needs_no_refugee_in_its_sentence() -> None:
    found = claims_of("本月3日，中国将二十名脱北者遣返。一名议员从本月5日开始在大使馆前绝食。")
    assert ("protest", None, "2024-06-05") in figures(found)


def test_kinds_of_people_joined_by_he_are_one_group() -> None:
    found = claims_of("中国公安9日在延吉抓捕了三名脱北妇女和两名儿童。")
    assert figures(found) == [("arrest", 5, "2024-06-09")]


def test_a_campaign_press_conference_is_a_protest() -> None:
    found = claims_of(
        "本月3日，中国将二十名脱北者遣返。声援脱北者的团体5日在使馆对面的广场召开记者会。"
    )
    assert ("protest", None, "2024-06-05") in figures(found)


def test_a_ministry_press_conference_is_no_protest() -> None:
    assert kinds("外交部发言人5日举行例行记者会。") == []
    assert kinds("统一部5日召开记者会。") == []


def test_held_and_facing_the_same_fate_is_a_detention() -> None:
    found = claims_of("目前仍有数百名脱北者被关押在中国，面临同样的命运。")
    assert [c.type for c in found] == ["detention"]


def test_then_is_the_day_just_told() -> None:
    found = claims_of(
        "本月3日，中国将二十名脱北者遣返。议员昨天（12日）在大使馆前的集会上发言。"
        "约八十名支持者当时在场声援。"
    )
    assert ("protest", 80, "2024-06-12") in figures(found)


def test_a_headline_naming_the_incident_the_body_dates_is_no_claim_of_its_own() -> None:
    found = claims_of("脱北者经曼谷转赴南韩\n十名脱北者昨天经曼谷抵达首尔。")
    assert figures(found) == [("resettlement", 10, "2024-06-12")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("十二名北韓人昨（十二）日經泰國抵達南韓。", "2024-06-12"),
        ("十二名北韓人今天（13日）經泰國抵達南韓。", "2024-06-13"),
    ],
)
def test_a_day_word_that_writes_its_day_out_is_that_day(text: str, day: str) -> None:
    assert figures(claims_of(text)) == [("resettlement", 12, day)]


def test_each_figure_of_an_enumeration_keeps_its_own_date() -> None:
    text = "据韩国民间团体统计，中方三月二日遣返了十五名朝鲜人，四月十一日又遣返了二十五名朝鲜人。"
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 15, "2024-03-02"),
        ("forced_repatriation", 25, "2024-04-11"),
    ]


def test_an_anniversary_sets_the_year_of_the_dates_after_it() -> None:
    text = (
        "八年前的今天，十二名朝鲜人闯入北京一所使馆寻求庇护。\n同月15日，这批人获准经第三国离境。"
    )
    found = claims_of(text)
    assert [(c.type, c.date.start.isoformat()) for c in found if c.date] == [
        ("asylum_seeking", "2016-06-13"),
        ("resettlement", "2016-06-15"),
    ]


def test_yuewei_before_a_figure_is_about() -> None:
    (claim,) = claims_of("中国警方9日遣返了一批脱北者，人数约为四百人。")
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (400, "about")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the day after the teller is no part of its name
        ("韩国统一部5日宣布，本月3日有40名朝鲜人被遣返。", "韩国统一部"),
        ("据人权团体估计，本月3日约有40名朝鲜人被遣返。", "人权团体"),
        # a headline's source prefix
        ("韩国团体：中国本月3日遣返40名朝鲜人", "韩国团体"),
        # a byline is no source
        ("【本报记者王明报道】本月3日，40名朝鲜人在丹东被遣返。", None),
    ],
)
def test_who_tells_a_return(text: str, source: str | None) -> None:
    (found,) = claims_of(text)
    modality = "asserted" if source is None else "reported"
    assert (found.type, found.attribution, found.modality) == (
        "forced_repatriation",
        source,
        modality,
    )


def test_he_said_is_the_speaker_named_before() -> None:
    found = claims_of(
        "人权团体负责人5日表示，本月1日有10名朝鲜人被捕。他还说，本月3日有40名朝鲜人被遣返。"
    )
    assert [(c.type, c.attribution, c.modality) for c in found] == [
        ("arrest", "人权团体负责人", "reported"),
        ("forced_repatriation", "人权团体负责人", "reported"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source", "modality"),
    [
        # a hedge in a later clause is about the return to come, not the arrest told
        (
            "据人权团体透露，本月3日有40名朝鲜人在丹东被捕，随时可能被遣返。",
            "arrest",
            "人权团体",
            "reported",
        ),
        # one before the incident opens what follows
        ("据信，本月3日有40名朝鲜人在丹东被遣返。", "forced_repatriation", None, "uncertain"),
        (
            "【本报综合报道】本月3日，40名朝鲜人在丹东被遣返。",
            "forced_repatriation",
            None,
            "asserted",
        ),
    ],
)
def test_how_firmly_an_incident_is_told(
    text: str, kind: str, source: str | None, modality: str
) -> None:
    (found,) = claims_of(text)
    assert (found.type, found.attribution, found.modality) == (kind, source, modality)


# --- the verb families of a Chinese report, and figures that count a whole group ---------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("三十名脱北者前晚被押过图们江。", "forced_repatriation"),
        ("武警把十名脱北者送往对岸的惠山。", "forced_repatriation"),
        ("他们被交给朝鲜国家保卫省。", "forced_repatriation"),
        ("三名北韩人昨天进入加拿大驻北京大使馆。", "asylum_seeking"),
        ("一名脱北妇女向联合国难民署申请庇护。", "asylum_seeking"),
        ("十名脱北者被关在延吉的看守所里。", "detention"),
        ("被捕的两名男子至今下落未明。", "disappearance"),
        ("那位母亲与家人失去了联络。", "disappearance"),
        ("六名脱北者获准离开中国。", "resettlement"),
        ("活动人士在大使馆前拉起横幅。", "protest"),
    ],
)
def test_verb_families(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_police_going_into_a_mission_seek_no_asylum() -> None:
    assert "asylum_seeking" not in kinds("两名武警随后进入领事馆。")


def test_a_protest_against_returns_is_a_protest() -> None:
    # "抗议遣返": the demand keeps the return out, not the protest
    assert kinds("人权团体在使馆前抗议强制遣返。") == ["protest"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("五、六十名", 50, 60), ("两三百人", 200, 300), ("十二、三名", 12, 13)],
)
def test_neighbouring_digits_are_a_range(text: str, low: int, high: int) -> None:
    (found,) = find_counts(text, "zh")
    assert found.count == Count(None, "range", low, high)


def test_nian_is_twenty() -> None:
    (found,) = find_counts("廿五名脱北者", "zh")
    assert found.count == Count(25, "exact")


def test_the_whole_a_group_is_made_of_is_the_figure() -> None:
    text = "一名三岁男童与两名大人组成的三名朝鲜人本月3日冲进大使馆寻求庇护。"
    assert figures(claims_of(text)) == [("asylum_seeking", 3, "2024-06-03")]


def test_a_family_counted_before_its_verb_is_its_subject() -> None:
    # "冲进北京的…": the 的 ties the city to the mission, it does not describe the family
    text = "本月3日，一家六口冲进北京的外国使馆，五天后获准离境。"
    assert figures(claims_of(text))[0] == ("asylum_seeking", 6, "2024-06-03")


def test_hundreds_held_are_a_detention_and_a_reckoned_number_a_stock() -> None:
    held = claims_of("联合国专家本月3日表示，目前还有数百名朝鲜人被关在中国的拘留所。")
    assert [c.type for c in held] == ["detention"]
    stock = claims_of("专家估算，中国各地收容所里关着的朝鲜出逃者在三千人左右。")
    assert [(c.type, c.count.value if c.count else None) for c in stock] == [
        ("population_estimate", 3000)
    ]


def test_a_part_with_an_incident_of_its_own_is_a_claim_but_not_one_member() -> None:
    text = "本月3日，二十名脱北者在延吉被捕。其中八人被关在新义州的看守所。"
    assert ("detention", 8) in [
        (c.type, c.count.value if c.count else None) for c in claims_of(text)
    ]
    one = "本月3日，五名脱北者来到领馆门口，其中一名男子冲进大门。"
    assert 1 not in [c.count.value for c in claims_of(one) if c.count]


def test_people_awaiting_return_reckoned_in_thousands_are_a_stock() -> None:
    found = claims_of("特别报告员估计，在中国等待遣返的朝鲜人有三千多名。")
    assert [c.type for c in found] == ["population_estimate"]


def test_a_family_breaking_into_a_consulate_needs_no_word_for_the_north() -> None:
    found = claims_of("一家四口本月3日试图冲进日本驻沈阳总领事馆。")
    assert figures(found) == [("asylum_seeking", 4, "2024-06-03")]


@pytest.mark.parametrize(
    "text",
    ["人权团体确认了五百多起强制遣返。", "中国依据两国签订的议定书，一直把越境的朝鲜人遣返回国。"],
)
def test_a_tally_of_cases_or_a_standing_practice_is_no_incident(text: str) -> None:
    assert kinds(text) == []


# --- quoted older texts: their relative dates are of the day they were written ------------------


def test_a_quoted_report_of_a_month_without_its_year_dates_its_relative_days() -> None:
    text = (
        "下面是那篇11月的报道，原文照录。\n"
        "\n"
        "==== 报道原文 ====\n"
        "据消息人士透露，中国当局本月3日将关押在图们的约80名脱北者遣返回朝鲜。\n"
        "==== 原文完 ====\n"
    )
    assert ("forced_repatriation", 80, "2023-11-03") in figures(claims_of(text))


def test_a_labelled_rule_dates_the_notes_it_opens() -> None:
    text = (
        "翻旧帖时看到自己当时记下的东西，转过来。\n"
        "--- 以下为2023年11月的笔记 ---\n"
        "本月3日夜里，丹东口岸有约80名脱北者被遣返回朝鲜。\n"
        "--- 笔记完 ---\n"
    )
    assert ("forced_repatriation", 80, "2023-11-03") in figures(claims_of(text))


def test_a_quoted_report_of_a_later_month_is_of_the_year_before() -> None:
    text = (
        "下面是12月的报道摘要。\n"
        "\n"
        "==== 摘要 ====\n"
        "本月3日，中国当局将约80名脱北者遣返回朝鲜。\n"
        "==== 摘要完 ====\n"
    )
    assert ("forced_repatriation", 80, "2023-12-03") in figures(claims_of(text))


def test_the_pages_dateline_under_a_headline_about_an_older_day_ends_that_day() -> None:
    text = (
        "他们在哪里？──2023年10月3日被遣返的脱北者\n"
        "2024年10月18日（星期五）首尔 ｜ 声明\n"
        "去年10月3日夜间，中国当局经图们口岸将约300名脱北者遣返回朝鲜。\n"
    )
    found = claims_of(text, date(2024, 10, 18))
    assert ("forced_repatriation", 300, "2023-10-03") in figures(found)


def test_the_same_year_is_the_year_of_the_story_told() -> None:
    text = (
        "2012年2月8日至12日，中国公安在沈阳等地抓捕了31名脱北者。"
        "同年3月10日，这些人被全部遣返回朝鲜。"
    )
    assert ("forced_repatriation", 31, "2012-03-10") in figures(claims_of(text))


def test_a_figure_for_an_undated_incident_told_before_takes_the_day_its_sentence_names() -> None:
    text = (
        "韩国统一部表示，滞留中国的大批脱北者似乎已被遣返。"
        "此前人权团体称，中国当局6月3日夜间用车队把300多名脱北者送过了边境。"
    )
    assert ("forced_repatriation", 300, "2024-06-03") in figures(claims_of(text))


def test_a_statement_dated_by_a_sentence_without_an_incident_dates_the_state_it_reports() -> None:
    text = (
        "联合国人权专家11日发表声明，敦促中国遵守不遣返原则。"
        "声明指出，目前仍有数百名脱北者被关押在中国的拘留设施里。"
    )
    assert ("detention", None, "2024-06-11") in figures(claims_of(text))
