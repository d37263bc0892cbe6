"""Japanese incident words, hedges and dates in the forms a journalist writes them.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.extract.counts import find_counts
from refuge.extract.modality import find_modality
from refuge.extract.triggers import find_triggers

PUBLISHED = date(2024, 6, 20)


claims_of = reader(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("脱北者7人は3日、国境の川を越えて北朝鮮に連れ戻された。", "forced_repatriation"),
        ("脱北者7人は3日に強制的に本国へ帰された。", "forced_repatriation"),
        ("脱北者7人は3日に刑務所へ送られた。", "detention"),
        ("脱北者7人が3日、バンコク入りした。", "resettlement"),
    ],
)
def test_taken_back_imprisoned_and_arrived(text: str, kind: str) -> None:
    assert figures(claims_of(text)) == [(kind, 7, "2024-06-03")]


@pytest.mark.parametrize(
    "text", ["脱北者7人の行方はいまだ分かっていない。", "脱北者7人の安否は確認されていない。"]
)
def test_whereabouts_not_known_with_the_topic_particle(text: str) -> None:
    assert [c.type for c in claims_of(text)] == ["disappearance"]


def test_whereabouts_known_is_no_disappearance() -> None:
    assert claims_of("脱北者7人の行方は分かっています。") == []


# --- 数字の言い直し: 直前の事件の人数を、出典ごとに一つの主張として ----------------------------

OCTOBER = date(2023, 10, 12)


def _restated(text: str) -> list[tuple[str, int | None, str | None, bool, str]]:
    return [
        (
            c.type,
            c.count.value if c.count else None,
            c.date.start.isoformat() if c.date else None,
            c.attribution is not None,
            c.modality,
        )
        for c in claims_of(text, OCTOBER)
    ]


def test_the_figure_said_to_be_two_things_is_two_uncertain_claims() -> None:
    text = (
        "中国当局は今月9日夜、拘束していた脱北者を北朝鮮へ送り返した。"
        "その数は「700人以上」とも「800人」とも言われる。"
    )
    # the return told without a figure is the one these figures count
    assert _restated(text) == [
        ("forced_repatriation", 700, "2023-10-09", False, "uncertain"),
        ("forced_repatriation", 800, "2023-10-09", False, "uncertain"),
    ]


def test_another_groups_count_for_the_same_night_is_its_own_claim() -> None:
    text = (
        "中国当局が今月9日夜、脱北者およそ700人を北朝鮮に引き渡した。"
        "別の団体も同日夜の人数を800人以上とみている。"
    )
    assert _restated(text)[1] == ("forced_repatriation", 800, "2023-10-09", True, "reported")


def test_the_people_named_again_by_a_demonstrative_are_no_new_figure() -> None:
    text = "中国当局は今月9日、脱北者数人を拘束した。関係者によると、この2人は女性だという。"
    assert [n for _, n, _, _, _ in _restated(text)] == [None]


def test_those_gathered_are_the_people_of_the_rally_told_before() -> None:
    text = (
        "今月2日、中国大使館前で脱北者の送還に抗議する集会が開かれた。"
        "会場には支持者約100人が集まった。"
    )
    assert _restated(text) == [("protest", 100, "2023-10-02", False, "asserted")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("脱北者10人が北送された。", "forced_repatriation"),
        ("脱北者6人が本国へ送り返された。", "forced_repatriation"),
        ("脱北者6人が北朝鮮側に引き渡された。", "forced_repatriation"),
        ("脱北者4人が強制的に戻された。", "forced_repatriation"),
        ("脱北者4人が国境で追い返された。", "forced_repatriation"),
        ("脱北者3人が公安に捕らえられた。", "arrest"),
        ("脱北者3人が警察に検挙された。", "arrest"),
        ("脱北者3人が身柄を拘束された。", "arrest"),
        ("脱北者3人が公安に連行された。", "arrest"),
        ("脱北者2人がつかまった。", "arrest"),
        ("脱北者8人が施設に抑留されている。", "detention"),
        ("脱北者8人が留置場に入れられた。", "detention"),
        ("脱北者2人が領事館に保護を要請した。", "asylum_seeking"),
        ("脱北者2人が第三国への出国を希望している。", "asylum_seeking"),
        ("脱北者5人が北京を出発した。", "resettlement"),
        ("脱北者5人がソウルに入った。", "resettlement"),
        ("脱北者の家族がハンストを始めた。", "protest"),
        ("脱北者3人が北朝鮮側に移送された。", "forced_repatriation"),
        ("脱北者7人が施設に監禁されています。", "detention"),
        ("脱北者2人が大使館に飛び込んだ。", "asylum_seeking"),
        ("脱北した女性が消息を絶った。", "disappearance"),
    ],
)
def test_verb_forms_and_synonyms_name_the_incident(text: str, kind: str) -> None:
    assert kind in {t.type for t in find_triggers(text, "ja")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("脱北者数十人が送還されたと見られる。", "uncertain"),
        ("脱北者数十人が送還されたもようだ。", "uncertain"),
        ("脱北者数十人が送還された公算が大きい。", "uncertain"),
        ("送還されたかもしれない。", "uncertain"),
        ("当局は送還の報道を事実無根だとした。", "denied"),
        ("政府は送還を認めていない。", "denied"),
        ("脱北者が送還された可能性は否定できない。", "uncertain"),
        ("脱北者が送還された疑いが強い。", "uncertain"),
        ("もし送還されれば、厳しい処罰を受ける。", "conditional"),
        ("団体は来週、集会を開く計画だ。", "planned"),
        ("中国、脱北者を再び送還か　国境で目撃", "uncertain"),
        ("中国、脱北者を近く送還へ　関係者", "planned"),
    ],
)
def test_hedges_denials_and_plans(text: str, modality: str) -> None:
    assert find_modality(text, "ja", False) == modality


def test_a_figure_of_people_who_are_there_is_a_stock() -> None:
    found = claims_of("人権団体は、中国で拘束されている脱北者が約3000人いるとの見方を示した。")
    assert [c.type for c in found] == ["population_estimate"]
    assert found[0].count is not None and found[0].count.value == 3000


def test_the_day_a_spokesperson_spoke_is_not_the_incident_day() -> None:
    found = claims_of("団体の代表は今月3日、脱北者50人が先月28日に送還されたと明らかにした。")
    assert [(c.type, c.date.start if c.date else None) for c in found] == [
        ("forced_repatriation", date(2024, 5, 28))
    ]


def test_the_day_after_an_event_is_no_day_told() -> None:
    found = claims_of("当局は今月3日、式典の翌日に脱北者30人を送還した。")
    assert [c.date.start if c.date else None for c in found] == [date(2024, 6, 3)]


def test_the_next_day_counts_from_the_day_told() -> None:
    text = "脱北者12人が今月3日、公安に拘束された。翌日、12人は北朝鮮に送還された。"
    found = {c.type: c.date.start if c.date else None for c in claims_of(text)}
    assert found["forced_repatriation"] == date(2024, 6, 4)


def test_one_of_the_sources_is_no_count() -> None:
    found = claims_of("関係者の一人は、脱北者20人が今月5日に国境で拘束されたと話した。")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("arrest", 20)]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "low", "high"),
    [
        ("脱北者300人超が", 300, "more_than", None, None),
        ("300人を超える脱北者", 300, "more_than", None, None),
        ("脱北者70名余りが", 70, "more_than", None, None),
        ("およそ400人の脱北者", 400, "about", None, None),
        ("ざっと300人の脱北者", 300, "about", None, None),
        ("脱北者500人規模が", 500, "about", None, None),
        ("最大で900人の脱北者", 900, "up_to", None, None),
        ("500人近い脱北者", 500, "up_to", None, None),
        ("脱北者1000人足らず", 1000, "up_to", None, None),
        ("脱北者百数十人が", None, "vague", 110, 199),
        ("二十数人の脱北者", None, "vague", 21, 29),
        ("脱北者30〜40人が", None, "range", 30, 40),
    ],
)
def test_counters_and_qualifiers(
    text: str, value: int | None, qualifier: str, low: int | None, high: int | None
) -> None:
    [found] = find_counts(text, "ja")
    assert (found.count.value, found.count.qualifier, found.count.min, found.count.max) == (
        value,
        qualifier,
        low,
        high,
    )


def test_north_korean_security_agencies_hold_people_in_the_north() -> None:
    found = claims_of("送還された脱北者15人は、新義州の保安署に今月2日から収容されている。")
    assert [(c.type, c.actor) for c in found] == [("detention", "KP")]


@pytest.mark.parametrize(
    "text",
    ["中国には脱北者が約5万人いるとみられる。", "中国で暮らす脱北者は推定で3万人に上る。"],
)
def test_how_many_live_in_china_is_a_population_estimate(text: str) -> None:
    assert [c.type for c in claims_of(text)] == ["population_estimate"]


@pytest.mark.parametrize(
    "text",
    [
        "国連は中国に対し、脱北者を北朝鮮に送り返さないよう求めた。",
        "人権団体は脱北者10人の送還を見合わせるよう中国に要請した。",
        "専門家らは、脱北者の送還をやめるよう中国に求めた。",
    ],
)
def test_a_demand_to_stop_returns_is_no_return(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("韓国政府は、脱北者200人余りが送還されたことを確認したと明らかにした。", "CN"),
        ("韓国政府は7日、北朝鮮の漁民2人を板門店を通じて北朝鮮に追放したと発表した。", "KR"),
    ],
)
def test_seoul_acts_or_only_tells(text: str, actor: str) -> None:
    assert [c.actor for c in claims_of(text)] == [actor]


def test_a_relative_clause_with_its_own_day_is_an_incident_of_its_own() -> None:
    found = claims_of("今月10日に大使館に駆け込んだ北朝鮮住民8人が、今月12日に北京を出発した。")
    assert figures(found) == [
        ("resettlement", 8, "2024-06-12"),
        ("asylum_seeking", 8, "2024-06-10"),
    ]


def test_a_relative_clause_tells_of_the_figure_after_it_only() -> None:
    text = "3人は、昨年5月に領事館に駆け込んで韓国へ渡った脱北者一家6人の親戚だという。"
    assert figures(claims_of(text)) == [
        ("resettlement", 6, "2023-05-01"),
        ("asylum_seeking", 6, "2023-05-01"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "公安に拘束された脱北者9人が、今月8日に北朝鮮へ送還された。",
        "今月8日、国境で拘束された脱北者9人が北朝鮮へ送還された。",
    ],
)
def test_a_relative_clause_without_a_day_of_its_own_only_says_who(text: str) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", 9, "2024-06-08")]


def test_a_date_joined_to_the_verb_after_a_speaker_dates_the_incident() -> None:
    text = "専門家らは、今月9日に脱北者40人が送還されたとの報告に懸念を示した。"
    assert figures(claims_of(text)) == [("forced_repatriation", 40, "2024-06-09")]


def test_people_a_dated_relative_clause_tells_of_are_a_group_not_a_stock() -> None:
    text = (
        "消息筋は、今月2日に国境で捕まった脱北者6人が、現在は保衛部の施設に収容されていると話した。"
    )
    assert figures(claims_of(text)) == [
        ("detention", 6, "2024-06-20"),
        ("arrest", 6, "2024-06-02"),
    ]


def test_a_date_set_off_after_the_subject_dates_the_main_clause() -> None:
    text = "中国当局が今月9日に、拘束していた脱北者数百人を北朝鮮へ送り返した。"
    assert figures(claims_of(text)) == [("forced_repatriation", None, "2024-06-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北朝鮮から逃れてきた人たち20人が、今月3日に北京を出発した。", ("resettlement", 20)),
        ("北朝鮮の一家4人が今月5日、韓国に到着した。", ("resettlement", 4)),
    ],
)
def test_people_named_by_where_they_fled_from_are_refugees(
    text: str, expected: tuple[str, int]
) -> None:
    assert [(c.type, c.count.value if c.count else None) for c in claims_of(text)] == [expected]


def test_a_relative_clause_does_not_run_back_into_the_dateline() -> None:
    text = "【ソウル6日＝共同】公安に拘束された北朝鮮の一家4人が、5日午後、韓国に到着した。"
    assert figures(claims_of(text)) == [("resettlement", 4, "2024-06-05")]


def test_a_date_made_a_topic_frames_the_whole_sentence() -> None:
    text = "3月には北京の大使館に入った脱北者12人が韓国に渡っている。"
    assert figures(claims_of(text)) == [("resettlement", 12, "2024-03-01")]


def test_a_government_protesting_to_another_holds_no_rally() -> None:
    text = "脱北者の事件で、日本政府は中国の警察官が領事館に立ち入ったのは条約違反だとして繰り返し抗議してきた。"
    assert claims_of(text) == []


def test_an_estimate_of_how_many_are_held_now_is_a_stock() -> None:
    text = "専門家は、中国国内で今も3000人ほどの脱北者が拘束されているとみている。"
    assert figures(claims_of(text)) == [("population_estimate", 3000, "2024-06-20")]


def test_a_date_with_its_time_of_day_set_off_after_the_subject_dates_the_main_clause() -> None:
    text = "当局は今月9日夜、施設に拘束していた脱北者300人を北朝鮮側に引き渡した。"
    assert figures(claims_of(text)) == [("forced_repatriation", 300, "2024-06-09")]


def test_about_a_figure_and_a_part_of_a_month_joined_by_no() -> None:
    text = "脱北者七百人前後が先月の末に送還された。"
    found = claims_of(text)
    assert figures(found) == [("forced_repatriation", 700, "2024-05-21")]
    assert found[0].count is not None and found[0].count.qualifier == "about"


def test_nobody_reached_is_a_disappearance_without_a_figure() -> None:
    text = (
        "脱北者の送還が続く。今月9日に送還された人たちとは、その後誰一人として連絡が取れていない。"
    )
    assert [(c.type, c.count) for c in claims_of(text)] == [("disappearance", None)]


def test_a_figure_someone_puts_on_those_held_is_a_stock() -> None:
    text = "国連は、中国で拘束中の脱北者を3千人程度と見ています。"
    assert figures(claims_of(text)) == [("population_estimate", 3000, "2024-06-20")]


def test_a_sentence_on_the_number_counts_the_incident_just_told() -> None:
    text = "今月9日、脱北者が北朝鮮へ送還された。その数は「400人超」とも言われる。"
    assert figures(claims_of(text))[-1] == ("forced_repatriation", 400, "2024-06-09")


def test_predicates_one_subject_strings_together_are_incidents_of_theirs() -> None:
    text = "脱北者4人は今月8日午後、領事館に駆け込もうとしたが、警察官に取り押さえられた。"
    assert figures(claims_of(text)) == [
        ("asylum_seeking", 4, "2024-06-08"),
        ("arrest", 4, "2024-06-08"),
    ]


def test_a_noun_after_a_predicate_is_not_strung_to_it() -> None:
    text = (
        "中国には脱北者が数万人潜んでいるとされ、集団での駆け込みが相次ぐことを警戒する声がある。"
    )
    assert [c.type for c in claims_of(text)] == ["population_estimate"]


def test_a_bare_consulate_is_the_one_named_with_its_city_and_the_next_day_counts() -> None:
    text = (
        "脱北者の一家3人が今月5日、瀋陽の日本総領事館に駆け込んだ。"
        "一家は翌日、総領事館の門の前で警察官に取り押さえられ、連行された。"
    )
    arrest = claims_of(text)[-1]
    assert (arrest.type, arrest.date.start.isoformat() if arrest.date else None) == (
        "arrest",
        "2024-06-06",
    )
    assert [p.name for p in arrest.places] == ["Shenyang"]


@pytest.mark.parametrize(
    "text",
    [
        "拘束された脱北者8人は3日、北朝鮮の保衛省に身柄を移された。",
        "脱北者8人が3日、北朝鮮当局へ送られた。",
    ],
)
def test_custody_moved_to_the_north_is_a_return(text: str) -> None:
    assert ("forced_repatriation", 8, "2024-06-03") in figures(claims_of(text))


def test_something_sent_to_people_from_the_north_is_no_return() -> None:
    assert claims_of("北朝鮮から逃れた脱北者に支援物資を送った。") == []


def test_held_and_facing_the_same_fate_is_a_detention() -> None:
    found = claims_of("現在、さらに数百人の脱北者が中国で拘束されており、同じ運命に直面している。")
    assert [c.type for c in found] == ["detention"]


def test_a_dispute_over_a_scale_is_no_incident() -> None:
    text = "脱北者の送還について、その規模は300人とする見方から1000人に上るとの主張まで開きがある。"
    assert claims_of(text) == []


def test_people_described_by_what_befell_them_are_no_incident() -> None:
    text = "北朝鮮は2021年2月、中国で捕まった脱北者の受け入れを拒んできた。"
    assert claims_of(text) == []


def test_kinds_of_people_joined_by_to_are_one_group() -> None:
    found = claims_of("中国の公安当局は9日、延吉で脱北者の女性3人と子ども2人を拘束した。")
    assert figures(found) == [("arrest", 5, "2024-06-09")]


def test_each_figure_of_an_enumeration_keeps_its_own_date() -> None:
    text = "脱北者の送還は今年も続き、3月2日に15人、4月11日にも25人が北朝鮮へ送り返された。"
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 15, "2024-03-02"),
        ("forced_repatriation", 25, "2024-04-11"),
    ]


def test_a_time_of_day_after_the_date_keeps_it_the_main_clauses() -> None:
    text = "当局は5日夜、先月28日に国境で捕まえた脱北者7人を北朝鮮へ送還した。"
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 7, "2024-06-05"),
        ("arrest", 7, "2024-05-28"),
    ]


def test_the_day_a_group_made_it_known_is_no_incident_date() -> None:
    text = "当局が今月3日、脱北者70人を北朝鮮へ送還したと、人権団体が6日明らかにした。"
    assert figures(claims_of(text)) == [("forced_repatriation", 70, "2024-06-03")]


def test_an_anniversary_sets_the_year_of_the_dates_after_it() -> None:
    text = (
        "ちょうど8年前の今日、脱北者12人がソウルの中国大使館前で抗議集会を開いた。\n"
        "同じ月の2日から5日にかけて、公安が大連で脱北者12人を摘発した。\n"
        "摘発された12人は7月に入って北朝鮮へ送還された。"
    )
    found = claims_of(text)
    assert [
        (c.type, c.date.start.isoformat(), c.date.end.isoformat()) for c in found if c.date
    ] == [
        ("protest", "2016-06-20", "2016-06-20"),
        ("arrest", "2016-06-02", "2016-06-05"),
        ("forced_repatriation", "2016-07-01", "2016-07-31"),
    ]


def test_yo_after_the_counter_is_a_lower_bound() -> None:
    (claim,) = claims_of("中国当局は9日、脱北者三百名余を送還した。")
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (
        300,
        "more_than",
    )


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # the teller after the report
        (
            "脱北者40人が今月3日に北朝鮮へ送還されたと、韓国の人権団体が5日明らかにした。",
            "forced_repatriation",
            "韓国の人権団体",
        ),
        (
            "人権団体は、中国で拘束されている脱北者を約400人と見ている。",
            "population_estimate",
            "人権団体",
        ),
        (
            "人権団体は、脱北者約400人が中国で拘束されているとの推計を示した。",
            "population_estimate",
            "人権団体",
        ),
        # a speaker's tag before the teller is not part of its name
        (
            "【記者】人権団体は、今月3日に脱北者40人が送還されたとしています。",
            "forced_repatriation",
            "人権団体",
        ),
    ],
)
def test_who_tells_a_figure(text: str, kind: str, source: str) -> None:
    (found,) = claims_of(text)
    assert (found.type, found.attribution, found.modality) == (kind, source, "reported")


def test_a_report_in_the_press_is_reported() -> None:
    (found,) = claims_of("今月3日に脱北者40人が送還されたと一部で報じられている。")
    assert (found.type, found.modality) == ("forced_repatriation", "reported")
    assert found.attribution is not None


def test_a_date_inside_the_clause_a_report_tells_dates_the_incident() -> None:
    text = "地元紙は、施設にいた脱北者30人が先月末、何回かに分けて送還されたと報じた。"
    found = claims_of(text)
    assert [(c.type, c.date.start.isoformat(), c.date.end.isoformat()) for c in found] == [
        ("forced_repatriation", "2024-05-21", "2024-05-31")
    ]


def test_a_bare_day_after_the_texts_day_is_of_the_month_before() -> None:
    text = "支援団体によれば、25日に送還された脱北者12人とは連絡が取れていないという。"
    assert ("forced_repatriation", 12, "2024-05-25") in figures(claims_of(text))


def test_a_bare_day_after_the_texts_day_that_is_expected_is_to_come() -> None:
    text = "関係者によると、脱北者12人は25日にもソウルに到着する見通しだ。"
    assert figures(claims_of(text)) == [("resettlement", 12, "2024-06-25")]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the hedge is about what follows, not the return told before it
        ("中国は今月3日に脱北者40人を送還しており、今後も送還が続くとみられる。", "asserted"),
        ("脱北者40人が今月3日に送還されたとみられる。", "uncertain"),
    ],
)
def test_a_hedge_speaks_for_its_own_clause(text: str, modality: str) -> None:
    (found,) = claims_of(text)
    assert (found.type, found.modality) == ("forced_repatriation", modality)


# --- 記者の使う動詞の語族と、群れ全体を数える数字 ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("脱北者30人が3日、北へ送られた。", "forced_repatriation"),
        ("脱北者30人が3日、川を渡らされた。", "forced_repatriation"),
        ("脱北者30人は3日、国境を越えさせられた。", "forced_repatriation"),
        ("脱北者30人が3日、対岸の恵山へトラックで移送された。", "forced_repatriation"),
        ("脱北者の一家が3日、カナダ大使館の敷地内に入った。", "asylum_seeking"),
        ("脱北者30人が延吉の施設に入れられている。", "detention"),
        ("脱北者の男性とは3日から音信不通だ。", "disappearance"),
        ("市民団体が3日、脱北者の送還に抗議する記者会見を開いた。", "protest"),
    ],
)
def test_verb_families(text: str, kind: str) -> None:
    assert kind in [t.type for t in find_triggers(text, "ja")]


def test_an_officials_press_conference_is_no_protest() -> None:
    text = "外務省の報道官は3日の記者会見で、脱北者について述べた。"
    assert "protest" not in [t.type for t in find_triggers(text, "ja")]


def test_a_demand_that_they_not_be_sent_back_is_no_return() -> None:
    assert claims_of("脱北者30人が北朝鮮に戻されることがないよう求めた。") == []


@pytest.mark.parametrize(
    ("text", "low", "high"), [("七、八十人", 70, 80), ("2、3人", 2, 3), ("十二、三人", 12, 13)]
)
def test_neighbouring_digits_with_a_list_mark_are_a_range(text: str, low: int, high: int) -> None:
    (found,) = find_counts(text, "ja")
    assert (found.count.min, found.count.max, found.count.value) == (low, high, None)


def test_the_group_a_childs_age_and_the_adults_make_up_is_the_figure() -> None:
    text = "3歳の男児と大人3人からなる脱北者の4人が3日、大使館に駆け込んだ。"
    assert figures(claims_of(text)) == [("asylum_seeking", 4, "2024-06-03")]


def test_a_number_reckoned_for_the_people_held_is_a_stock() -> None:
    text = "多くの脱北者が中国で拘束されている。専門家は、その数を約3000人と見積もっている。"
    assert [(c.type, c.count.value if c.count else None) for c in claims_of(text)][-1] == (
        "population_estimate",
        3000,
    )


def test_people_awaiting_return_reckoned_in_thousands_are_a_stock() -> None:
    text = "国連の特別報告者は、中国で送還を待つ脱北者が3千人余りに上るとの見方を示した。"
    assert [(c.type, c.count.value if c.count else None) for c in claims_of(text)] == [
        ("population_estimate", 3000)
    ]


def test_a_part_with_an_incident_of_its_own_is_a_claim() -> None:
    text = (
        "今月3日、延吉で脱北者20人が中国公安に拘束された。"
        "関係者によると、このうち8人が現在、新義州の保衛部に収監されている。"
    )
    assert ("detention", 8) in [
        (c.type, c.count.value if c.count else None) for c in claims_of(text)
    ]


def test_a_family_running_into_a_consulate_needs_no_word_for_the_north() -> None:
    found = claims_of("家族4人が3日、瀋陽の総領事館に駆け込もうとした。")
    assert figures(found) == [("asylum_seeking", 4, "2024-06-03")]


def test_hundreds_held_told_in_a_dated_statement_are_held_as_of_its_day() -> None:
    text = (
        "「数百人がなお拘束」国連専門家\n"
        "国連の人権専門家は17日、中国で身柄を拘束されている脱北者が数百人いると指摘した。"
    )
    body = claims_of(text, date(2023, 10, 19))[-1]
    assert (body.type, body.date.start.isoformat() if body.date else None) == (
        "detention",
        "2023-10-17",
    )


def test_a_pattern_that_takes_the_figure_in_types_it() -> None:
    # "今も数百人が…拘束され": the figure inside the held-still pattern is held, not returned
    text = "専門家は、今も数百人の脱北者が中国の施設に拘束されたままで、送り返されるおそれがあると警告した。"
    found = claims_of(text)
    assert [(c.type, c.attribution) for c in found] == [("detention", "専門家")]


@pytest.mark.parametrize(
    "text",
    [
        "人権団体は、2020年以降の脱北者の強制送還を500件以上確認したとしている。",
        "両国は協定に基づき、国境を越えた脱北者を互いに引き渡してきた。",
    ],
)
def test_a_tally_of_cases_or_a_standing_practice_is_no_incident(text: str) -> None:
    assert [t.type for t in find_triggers(text, "ja")] == []


# --- quoted older texts: their relative dates are of the day they were written ------------------


def test_a_labelled_rule_dates_the_notes_it_opens() -> None:
    text = (
        "昔の記録を整理していたら、当時のメモが出てきたので載せておきます。\n"
        "--- ここから（2023年11月の記録） ---\n"
        "今月3日の夜、丹東の税関から脱北者約80人が北朝鮮へ送還された。\n"
        "--- ここまで ---\n"
        "あれから半年以上がたちました。\n"
    )
    assert ("forced_repatriation", 80, "2023-11-03") in figures(claims_of(text))


def test_a_rule_without_an_older_date_opens_no_section() -> None:
    text = "--- 速報 ---\n今月3日、丹東の税関から脱北者約80人が北朝鮮へ送還された。\n--- 以上 ---\n"
    assert ("forced_repatriation", 80, "2024-06-03") in figures(claims_of(text))


def test_a_quoted_report_of_a_month_without_its_year_is_of_the_last_such_month() -> None:
    text = (
        "以下は10月の報道の要約です。\n"
        "\n"
        "==== 要約 ====\n"
        "先月25日、琿春で拘束されていた脱北者30人余りが北朝鮮に引き渡された。\n"
        "==== 以上 ====\n"
    )
    assert ("forced_repatriation", 30, "2023-09-25") in figures(claims_of(text))


def test_a_clipping_dated_after_its_word_dates_the_summary_under_it() -> None:
    text = (
        "古い切り抜きが出てきました。記事は2012年3月10日付の夕刊です。\n"
        "＝＝＝＝ 要約 ＝＝＝＝\n"
        "中国当局は昨日、拘束していた脱北者約30人を北朝鮮に送還した。\n"
        "＝＝＝＝ ここまで ＝＝＝＝\n"
    )
    assert ("forced_repatriation", 30, "2012-03-09") in figures(claims_of(text))


def test_a_notice_dated_before_its_word_dates_the_text_under_it() -> None:
    text = (
        "当時の声明を再掲します。声明2019年11月8日付。\n"
        "------\n"
        "韓国政府は昨日、北朝鮮の漁民2人を板門店から北朝鮮へ追放した。\n"
        "------\n"
    )
    assert ("forced_repatriation", 2, "2019-11-07") in figures(claims_of(text))


# --- a story of an earlier year: its months without a year stay in it --------------------------


def test_the_same_year_is_the_year_of_the_story_told() -> None:
    text = (
        "2019年11月7日、韓国政府は北朝鮮の漁民2人を板門店から北朝鮮へ追放した。"
        "2人は同年11月2日に東海で韓国海軍に拿捕されていた。"
    )
    assert ("arrest", 2, "2019-11-02") in figures(claims_of(text))


def test_a_later_day_of_the_storys_month_is_of_its_year_past_headings() -> None:
    text = (
        "概要\n"
        "2002年5月8日、瀋陽の日本総領事館に北朝鮮の一家5人が駆け込もうとした。\n"
        "その後の経過\n"
        "日中両政府の協議は難航した。\n"
        "一家5人は5月22日に北京を出国し、マニラ経由でソウルに到着した。\n"
    )
    found = figures(claims_of(text, date(2023, 5, 8)))
    assert ("resettlement", 5, "2002-05-22") in found


def test_a_month_of_the_texts_own_year_ends_the_story() -> None:
    text = (
        "2019年11月7日、韓国政府は北朝鮮の漁民2人を板門店から北朝鮮へ追放した。"
        "2024年6月3日、中国当局は脱北者約30人を北朝鮮に送還した。"
        "11月2日には丹東で脱北者10人が拘束された。"
    )
    assert ("arrest", 10, "2023-11-02") in figures(claims_of(text))
