"""Korean incident families in their many endings: each case is a sentence written for this
file, not taken from a corpus, and the exact claims it must give.

Families: predicates joined in a row with a day each ("붙잡혔고, 닷새 뒤 … 보내졌다"), the legs
of a flight out ("공항을 떠나 … 닿았다"), people in hiding as a stock ("몸을 숨긴 채 떠도는"),
people kept held as a state, not a catch ("붙잡아 두었던"), and head-counts by "사람" and the
words that carry a group on ("이 두 사람은", "이들 가족은", "일행은").
"""

from __future__ import annotations

from datetime import date

from extracting import figures, reader

claims_of = reader(date(2023, 10, 12))


# --- predicates joined in a row, each after a day of its own: one incident each -------------


def test_caught_then_sent_over_the_line_five_days_later_is_two_incidents() -> None:
    text = "북한 어민 두 명이 지난 2일 해군에 붙잡혔고, 닷새 뒤 군사분계선 너머로 강제로 보내졌다."
    assert figures(claims_of(text)) == [
        ("arrest", 2, "2023-10-02"),
        ("forced_repatriation", 2, "2023-10-07"),
    ]


def test_arrested_and_returned_on_days_of_their_own_in_a_plain_ending() -> None:
    text = "탈북민 세 명은 지난 3일 옌지에서 공안에 체포됐으며 8일 투먼을 거쳐 북송됐다."
    found = claims_of(text)
    assert figures(found) == [
        ("arrest", 3, "2023-10-03"),
        ("forced_repatriation", 3, "2023-10-08"),
    ]
    assert [p.name for p in found[1].places] == ["Tumen"]


def test_caught_and_handed_over_in_the_polite_ending() -> None:
    text = "탈북 여성 네 명이 지난 1일 단둥에서 붙잡혔고 5일 북측에 넘겨졌습니다."
    assert figures(claims_of(text)) == [
        ("arrest", 4, "2023-10-01"),
        ("forced_repatriation", 4, "2023-10-05"),
    ]


# --- the legs of a flight out -------------------------------------------------------------


def test_leaving_an_airport_and_reaching_a_city_is_a_resettlement() -> None:
    text = "탈북민 다섯 명은 지난 3일 오후 베이징 공항을 떠나 밤늦게 방콕에 닿았다."
    found = claims_of(text)
    assert figures(found) == [("resettlement", 5, "2023-10-03")]
    assert {p.name for p in found[0].places} >= {"Bangkok"}


def test_reaching_a_city_the_day_before_an_arrival_is_a_leg_of_its_own() -> None:
    text = (
        "탈북민 일가족 다섯 명이 11일 인천공항에 도착했다. 이들은 전날 오후 선양 공항을 떠나 "
        "밤늦게 마닐라에 닿았으며, 곧바로 서울행 비행기에 올랐다."
    )
    assert figures(claims_of(text)) == [
        ("resettlement", 5, "2023-10-11"),
        ("resettlement", 5, "2023-10-10"),
    ]


def test_boarding_the_flight_to_seoul_is_a_resettlement() -> None:
    text = "탈북자 일곱 명이 지난 5일 마닐라에서 서울행 항공기에 탑승했다."
    assert figures(claims_of(text)) == [("resettlement", 7, "2023-10-05")]


def test_no_contact_reached_is_not_an_arrival() -> None:
    text = "탈북민 다섯 명은 지난 3일 이후 가족과 연락이 닿지 않는다."
    assert [t for t, _, _ in figures(claims_of(text))] == ["disappearance"]


# --- people in hiding: a stock --------------------------------------------------------------


def test_people_hiding_and_drifting_in_china_are_a_stock_range() -> None:
    text = "단체들은 중국 동북 지방에 몸을 숨긴 채 떠도는 북한 주민이 10만∼20만 명에 이른다고 본다."
    found = claims_of(text)
    assert [(c.type, c.count.min, c.count.max) for c in found if c.count] == [
        ("population_estimate", 100000, 200000)
    ]


def test_people_living_in_hiding_are_a_stock_in_the_present_ending() -> None:
    text = "선교단체는 중국에 숨어 사는 탈북민이 3만 명에서 5만 명가량이라고 추정한다."
    found = claims_of(text)
    assert [(c.type, c.count.min, c.count.max) for c in found if c.count] == [
        ("population_estimate", 30000, 50000)
    ]


def test_people_who_hid_themselves_are_a_stock_in_the_past_ending() -> None:
    text = "현지 소식통은 라오스에 몸을 숨겼던 탈북민이 약 300명이라고 전했다."
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("population_estimate", 300)]


# --- people kept held: a state, not a catch -------------------------------------------------


def test_people_kept_held_then_handed_over_are_no_arrest() -> None:
    text = "중국 당국은 지난 9일 밤 수용시설에 붙잡아 두었던 탈북민 400명 안팎을 북한에 넘겼다."
    assert figures(claims_of(text)) == [("forced_repatriation", 400, "2023-10-09")]


def test_people_locked_up_then_returned_are_no_arrest() -> None:
    text = "중국이 감옥에 가둬 놓은 탈북민 수백 명을 지난 9일 북송했다."
    assert figures(claims_of(text)) == [("forced_repatriation", None, "2023-10-09")]


def test_people_held_in_custody_then_sent_back_are_no_arrest() -> None:
    text = "공안은 구치소에 억류해 둔 탈북 여성 열 명을 지난 4일 강제 송환했다."
    assert figures(claims_of(text)) == [("forced_repatriation", 10, "2023-10-04")]


# --- head-counts by "사람", and the words that carry a group on -----------------------------


def test_two_people_counted_by_saram_are_two() -> None:
    text = "중국 공안은 지난 3일 탈북민 20대 남성 두 사람을 붙잡았다."
    assert figures(claims_of(text)) == [("arrest", 2, "2023-10-03")]


def test_these_four_people_carry_the_family_on() -> None:
    text = "탈북민 일가족 4명이 지난 3일 영사관에 들어갔다. 이 네 사람은 이튿날 공안에 붙잡혔다."
    assert figures(claims_of(text)) == [
        ("asylum_seeking", 4, "2023-10-03"),
        ("arrest", 4, "2023-10-04"),
    ]


def test_the_family_named_again_carries_its_count() -> None:
    text = (
        "탈북민 일가족 6명이 지난 2일 인천공항에 도착했다. 세 살배기 아들을 포함한 이들 가족은 "
        "지난달 20일 선양에서 공안에 붙잡힌 적이 있다."
    )
    assert figures(claims_of(text)) == [
        ("resettlement", 6, "2023-10-02"),
        ("arrest", 6, "2023-09-20"),
    ]


def test_the_party_named_again_carries_its_count() -> None:
    text = "탈북민 일가족 4명이 인천공항에 도착했다. 일행은 지난 3일 공안에 붙잡혔다."
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [
        ("resettlement", 4),
        ("arrest", 4),
    ]


def test_one_persons_candle_is_no_head_count() -> None:
    text = "한 사람의 촛불이 탈북민 한 생명을 지킵니다. 집회는 매일 열린다."
    assert [c.count for c in claims_of(text) if c.count is not None] == []


def test_the_people_after_an_as_soon_as_clause_were_not_caught() -> None:
    text = "공범 1명이 북한 당국에 붙잡히자 탈북 선원 두 사람은 배를 몰고 달아났다."
    assert [c.count for c in claims_of(text) if c.count and c.count.value == 2] == []


# --- people held awaiting return: a stock, not a catch --------------------------------------


def test_people_held_awaiting_return_are_a_stock() -> None:
    text = "유엔 특별보고관은 중국에 붙잡혀 송환을 기다리는 탈북민이 1천 명을 웃도는 것으로 파악된다고 말했다."
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("population_estimate", 1000)]


def test_people_locked_up_awaiting_return_are_a_stock() -> None:
    text = "인권단체는 중국 구금시설에 갇혀 북송을 기다리는 탈북민이 약 800명이라고 밝혔다."
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("population_estimate", 800)]


def test_people_in_custody_awaiting_forced_return_are_a_stock() -> None:
    text = "선교단체는 현재 중국 공안에 억류돼 강제송환을 기다리는 탈북민이 300명가량이라고 전했다."
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("population_estimate", 300)]


# --- carried into a town on the North's side: a return -------------------------------------


def test_carried_over_into_a_northern_town_on_trucks_is_a_return() -> None:
    text = "방송은 지난 4일 투먼에서 남양으로 탈북민 30명가량이 트럭에 실려 넘어갔다고 전했다."
    assert figures(claims_of(text)) == [("forced_repatriation", 30, "2023-10-04")]


def test_dragged_off_to_a_northern_town_is_a_return() -> None:
    text = "지난 3일 탈북민 20명이 버스에 태워져 혜산으로 끌려갔다."
    found = claims_of(text)
    assert figures(found) == [("forced_repatriation", 20, "2023-10-03")]
    assert "Hyesan" in [p.name for p in found[0].places]


def test_sent_into_the_north_in_the_passive_is_a_return() -> None:
    text = "탈북 여성 여섯 명이 지난 2일 단둥에서 신의주로 보내졌다."
    assert figures(claims_of(text)) == [("forced_repatriation", 6, "2023-10-02")]


# --- a bid for refuge told by the gate, the hiding or the wish to go South -------------------


def test_sheltering_inside_an_embassy_and_asking_to_go_south_is_asylum() -> None:
    text = (
        "같은 날 베이징의 캐나다대사관 안으로도 북한 주민 세 명이 몸을 피해 한국행 의사를 밝혔다."
    )
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("asylum_seeking", 3)]


def test_rushing_through_an_embassy_gate_is_asylum() -> None:
    text = "탈북자 네 명은 지난 8일 독일대사관 정문으로 뛰어들었다."
    assert figures(claims_of(text)) == [("asylum_seeking", 4, "2023-10-08")]


def test_telling_the_wish_to_go_south_in_a_consulate_is_asylum() -> None:
    text = "탈북민 두 명이 지난 5일 영사관에 들어가 한국행 의사를 전했다."
    assert figures(claims_of(text)) == [("asylum_seeking", 2, "2023-10-05")]


# --- a group told in parts: kinds of people, a lone child, a second clause of the same catch --


def test_two_women_and_a_child_are_three() -> None:
    text = "중국 공안은 지난 6일 옌지에서 탈북 여성 두 명과 아이를 붙잡았다."
    assert figures(claims_of(text)) == [("arrest", 3, "2023-10-06")]


def test_women_and_a_child_caught_at_the_gate_and_men_taken_inside_are_one_group() -> None:
    text = (
        "탈북민 일가족이 지난 8일 대사관에 뛰어들었다. 경비 경찰은 정문에서 여성 두 명과 "
        "어린 여자아이를 붙잡았고, 건물 안까지 들어가 남성 두 명을 끌고 나갔다."
    )
    assert (("arrest", 5, "2023-10-08")) in figures(claims_of(text))


def test_a_number_after_the_lone_child_is_its_own_part() -> None:
    text = "중국 공안은 지난 6일 탈북 여성 세 명과 아이 한 명을 체포했다."
    assert figures(claims_of(text)) == [("arrest", 4, "2023-10-06")]


def test_parts_each_with_a_day_of_their_own_stay_apart() -> None:
    text = "공안은 지난 3일 탈북 여성 3명을 체포했고, 지난 5일 남성 2명을 북송했다."
    assert sorted(n for _, n, _ in figures(claims_of(text))) == [2, 3]


# --- one among those returned: a sub-count, no claim of its own ------------------------------

_RETURN = "중국이 지난 9일 탈북민 600명을 북송했다. "


def test_one_relative_among_those_returned_is_no_claim() -> None:
    text = _RETURN + "장 대표는 단체 회원의 가족 한 명이 송환 대상에 들어 있었다고 했다."
    assert figures(claims_of(text)) == [("forced_repatriation", 600, "2023-10-09")]


def test_two_on_the_list_of_returnees_are_no_claim() -> None:
    text = _RETURN + "그의 조카 두 명도 북송 명단에 올라 있었다."
    assert figures(claims_of(text)) == [("forced_repatriation", 600, "2023-10-09")]


def test_women_counted_among_the_returned_are_no_claim() -> None:
    text = _RETURN + "이 가운데 여성 세 명이 송환 인원에 포함됐다고 한다."
    assert figures(claims_of(text)) == [("forced_repatriation", 600, "2023-10-09")]


# --- refugees counted by a crowd that speaks for them are not its members --------------------


def test_refugees_a_rally_speaks_for_are_no_part_of_the_crowd() -> None:
    text = (
        "시민 100여 명이 지난 2일 서울 중국대사관 앞에 모여 집회를 열었다. 이들은 선양 등에서 "
        "체포된 탈북자 31명의 북송 중단을 촉구했다."
    )
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("protest", 100), ("arrest", 31)]


def test_defectors_an_ngo_names_are_no_part_of_its_members() -> None:
    text = (
        "회원 50여 명이 지난 2일 광화문에서 기도회를 열었다. 이들은 지린성에서 붙잡힌 탈북민 "
        "12명의 석방을 호소했다."
    )
    assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("protest", 50), ("arrest", 12)]


def test_kinds_of_people_after_the_group_are_still_its_parts() -> None:
    text = (
        "탈북민 7명이 지난 2일 대사관에 들어갔다. 이들은 탈북 여성 3명과 남성 4명으로 이뤄져 있다."
    )
    assert figures(claims_of(text)) == [("asylum_seeking", 7, "2023-10-02")]


# --- an attempt and what came of it, strung on one subject: one incident each ---------------


def test_rushing_the_gate_then_being_caught_is_a_bid_and_an_arrest() -> None:
    text = (
        "탈북민 다섯 명은 지난 8일 오후 선양의 일본 총영사관 정문으로 뛰어들었다가 경비를 서던 "
        "무장경찰에게 붙잡혀 끌려나갔다."
    )
    assert figures(claims_of(text)) == [
        ("asylum_seeking", 5, "2023-10-08"),
        ("arrest", 5, "2023-10-08"),
    ]


def test_climbing_the_wall_but_being_caught_is_a_bid_and_an_arrest() -> None:
    text = "탈북자 네 명은 9일 베이징의 캐나다 대사관 담을 넘었으나 곧바로 경비병들에게 붙잡혔다."
    found = claims_of(text)
    assert figures(found) == [("asylum_seeking", 4, "2023-10-09"), ("arrest", 4, "2023-10-09")]
    assert [p.name for p in found[1].places] == ["Beijing"]


def test_trying_to_get_in_and_being_arrested_is_told_by_its_source() -> None:
    text = (
        "북한 주민 세 명이 10일 오전 베이징 한국대사관 영사부 안으로 뛰어들려다가 정문을 지키던 "
        "공안에 연행됐다고 현지 소식통이 전했다."
    )
    found = claims_of(text)
    assert figures(found) == [("asylum_seeking", 3, "2023-10-10"), ("arrest", 3, "2023-10-10")]
    assert {c.attribution for c in found} == {"현지 소식통"}


def test_an_arrest_after_a_day_of_its_own_takes_that_day() -> None:
    text = "탈북민 일가족 여섯 명은 지난 2일 미국 총영사관에 들어가려다 이튿날 공안에 체포됐다."
    assert figures(claims_of(text)) == [
        ("asylum_seeking", 6, "2023-10-02"),
        ("arrest", 6, "2023-10-03"),
    ]


# --- entering a mission through its gate, and asking to go South -----------------------------


def test_pushing_through_the_gate_and_pleading_to_go_south_is_a_bid() -> None:
    for text in (
        "탈북자 스물다섯 명이 지난 14일 베이징 스페인대사관 정문을 밀고 들어가 한국행을 호소했다.",
        "탈북민 여덟 명이 지난 14일 베이징 독일대사관 철문을 뚫고 진입했다.",
        "탈북민 열 명이 지난 14일 베이징 대사관 안으로 들어가 한국행을 간청했다.",
    ):
        assert [(t, d) for t, _, d in figures(claims_of(text))] == [
            ("asylum_seeking", "2023-09-14")
        ], text


# --- taken away by the police, told from the side of those who took them ----------------------


def test_police_taking_people_away_is_an_arrest() -> None:
    for text in (
        "탈북민 일행이 영사관에 들어간 뒤 공안 요원이 5명 모두를 데리고 현장을 떠났다.",
        "그날 밤 중국 경찰이 탈북민 5명을 데리고 나갔다.",
        "무장경찰이 정문 앞에서 탈북민 5명을 데려갔다.",
    ):
        assert [(t, n) for t, n, _ in figures(claims_of(text))] == [("arrest", 5)], text


# --- a demand that people be handed over is no handover ---------------------------------------


def test_a_demand_to_hand_people_over_is_no_return() -> None:
    for text in (
        "일본 외상은 10일 중국 대사를 불러 중국 측이 데려간 탈북자 5명을 하루빨리 일본에 인도하라고 촉구했다.",
        "일본 정부는 중국에 탈북자 5명을 넘겨 달라고 거듭 요구했다.",
        "한국 정부는 중국에 탈북민 5명을 한국으로 송환할 것을 요청했다.",
    ):
        assert [c.type for c in claims_of(text)] == [], text


def test_an_attempt_and_its_outcome_in_the_relative_clause_are_both_told() -> None:
    text = (
        "지난 2일 선양의 일본 총영사관 정문으로 뛰어들었다가 무장경찰에게 끌려나왔던 탈북자 일가족 "
        "5명이 11일 인천공항을 통해 입국했다."
    )
    found = claims_of(text)
    assert sorted(figures(found)) == [
        ("arrest", 5, "2023-10-02"),
        ("asylum_seeking", 5, "2023-10-02"),
        ("resettlement", 5, "2023-10-11"),
    ]
    assert [p.name for c in found if c.type == "arrest" for p in c.places] == ["Shenyang"]


def test_caught_trying_to_get_in_then_sent_back_is_three_incidents() -> None:
    for text in (
        "지난달 캐나다 대사관에 들어가려다 붙잡힌 탈북민 3명이 최근 북송됐다.",
        "지난달 대사관 담을 넘었다가 경비병에게 붙잡힌 탈북민 3명이 최근 북송됐다.",
    ):
        assert sorted(t for t, _, _ in figures(claims_of(text))) == [
            "arrest",
            "asylum_seeking",
            "forced_repatriation",
        ], text


# --- a return at hand is a hedged return; a risk is none ---------------------------------------


def test_a_return_at_hand_is_an_uncertain_return() -> None:
    for text in (
        "시민단체들은 최근 붙잡힌 탈북자 30여 명이 조만간 북으로 넘겨질 처지라고 주장했다.",
        "선양에서 붙잡힌 탈북민 30여 명은 곧 북송될 상황에 놓였다.",
        "이르면 다음 주 탈북민 30여 명이 북한으로 송환될 처지다.",
    ):
        found = [c for c in claims_of(text) if c.type == "forced_repatriation"]
        assert [(c.count.value, c.modality) for c in found if c.count] == [(30, "uncertain")], text


def test_a_risk_of_being_sent_back_is_no_return() -> None:
    text = "전문가들은 구금된 탈북민들이 언제든 북한으로 넘겨질 위험에 놓여 있다고 경고했다."
    assert [c.type for c in claims_of(text) if c.type == "forced_repatriation"] == []


# --- a statement dated where it was made ------------------------------------------------------


def test_a_state_a_statement_goes_on_to_tell_is_as_of_its_day() -> None:
    for place in (
        "제네바에서 낸 성명에서",
        "뉴욕에서 연 기자회견에서",
        "제네바에서 발표한 성명에서",
    ):
        text = (
            f"유엔 전문가들은 지난 10일(현지시간) {place} 중국이 이달 초 탈북민 수백 명을 강제로 "
            '돌려보냈다고 지적했다. 전문가들은 이어 "지금도 중국에 수백 명이 붙잡혀 있다"고 우려했다.'
        )
        held = [c for c in claims_of(text) if c.type == "detention"]
        assert [c.date.start.isoformat() for c in held] == ["2023-10-10"], place


# --- a run of figures, each on a day of its own, after the incident it breaks down ------------


def test_a_run_of_days_and_figures_after_a_told_return_is_one_return_each() -> None:
    lead = "HRW는 지난해 중국이 탈북민을 여러 차례 북한으로 강제송환했다고 밝혔다. "
    for run in (
        "8월 29일 80명, 9월 18일 40명, 10월 9일 500여 명이 그 안에 들어 있다.",
        "여기에는 8월 29일 80명, 9월 18일 40명, 10월 9일 500여 명이 포함된다.",
        "날짜별로는 8월 29일에 80명, 9월 18일에 40명, 10월 9일 밤에 500여 명이었다.",
    ):
        found = claims_of(lead + run)
        listed = [(n, d) for t, n, d in figures(found) if n is not None]
        assert listed == [(80, "2023-08-29"), (40, "2023-09-18"), (500, "2023-10-09")], run
        assert {c.attribution for c in found} == {"HRW"}


def test_figures_without_days_of_their_own_are_no_run() -> None:
    text = (
        "HRW는 지난 9일 중국이 탈북민 500여 명을 북한으로 강제송환했다고 밝혔다. "
        "이 가운데 여성 300명, 남성 200명이 있었다."
    )
    assert [n for _, n, _ in figures(claims_of(text))] == [500]


def test_whether_the_caught_were_among_those_sent_back_is_no_return() -> None:
    lead = "선교사는 지난달 붙잡힌 탈북민이 30명에 이른다고 전했다. "
    for asked in (
        "이들이 이달 송환 대상에 들어 있었는지는 확인되지 않았다.",
        "이들이 북송 명단에 올랐는지조차 알 수 없다.",
        "이들 가운데 몇 명이 송환 대상에 포함됐는지도 분명하지 않다.",
    ):
        assert [c.type for c in claims_of(lead + asked)] == ["arrest"], asked
