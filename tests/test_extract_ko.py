"""Korean claims, read as examples: a news sentence in, the claims it makes out.

The sentences are written for these tests in the style of Korean wire copy: relative
clauses before the people they describe, slogans in quotes, "이날" and "같은 날" for a day
told before, remarks on a report ("주장이 사실이라면") that report nothing new.
"""

from __future__ import annotations

from datetime import date

from extracting import reader

from refuge.extract.actor import choose_actor
from refuge.extract.dates import find_dates
from refuge.records import Claim, DateSpan

PUBLISHED = date(2023, 10, 12)


claims_of = reader(PUBLISHED)


def one(text: str) -> Claim:
    found = claims_of(text)
    assert len(found) == 1, [c.to_json() for c in found]
    return found[0]


def figures(found: list[Claim]) -> list[tuple[str, int | None, date | None]]:
    return sorted(
        (c.type, c.count.value if c.count else None, c.date.start if c.date else None)
        for c in found
    )


def day(y: int, m: int, d: int) -> DateSpan:
    return DateSpan(date(y, m, d), date(y, m, d), "day")


# --- dates --------------------------------------------------------------------------------


def test_every_weekday_of_a_month_spans_its_first_to_its_last() -> None:
    (found,) = find_dates("8월 한 달 동안 매주 수요일 집회", "ko", date(2023, 7, 20))
    assert found.span == DateSpan(date(2023, 8, 2), date(2023, 8, 30), "day")


def test_a_weekday_written_after_a_date_checks_it() -> None:
    (found,) = find_dates("중국은 10월 9일 월요일에 이들을 넘겼다", "ko", date(2024, 5, 11))
    assert found.span == day(2023, 10, 9)
    assert found.span.note is None


def test_days_counted_from_an_event_and_treaty_years_are_no_dates() -> None:
    assert find_dates("올림픽 개막 사흘 전에도 북송", "ko", date(2023, 10, 14)) == []
    assert find_dates("중국은 1951년 난민협약 당사국이다", "ko", date(2023, 10, 14)) == []


def test_that_day_counts_from_the_last_day_named() -> None:
    (found,) = find_dates(
        "단체는 이날 밤 송환이 있었다고 밝혔다", "ko", date(2023, 10, 13), day(2023, 10, 9).start
    )
    assert found.span == day(2023, 10, 9)
    assert found.context_day


# --- what is no new incident ------------------------------------------------------------


def test_a_remark_on_a_report_without_a_figure_is_no_claim() -> None:
    assert claims_of("단체 주장이 사실로 확인되면, 올해 들어 가장 큰 규모의 강제북송이 된다.") == []
    assert (
        claims_of("평화를 바란다며 귀순한 이들을 돌려보낸 것이라면 명백한 잘못이라고 말했다.") == []
    )


def test_cannot_confirm_and_must_not_be_returned_are_no_claims() -> None:
    text = (
        "외교부 당국자는 이날 해당 보도를 확인해 줄 수 없다면서도, "
        "탈북민이 강제로 북송돼서는 안 된다는 입장에는 변함이 없다고 말했다."
    )
    assert claims_of(text) == []


def test_if_the_claim_is_true_leaves_an_earlier_return_asserted() -> None:
    claim = one(
        "주장이 사실이라면 중국은 지난 5월 탈북민 수십 명을 북송한 데 이어 또다시 송환에 나선 셈이다."
    )
    assert claim.type == "forced_repatriation"
    assert claim.date is not None and claim.date.start == date(2023, 5, 1)
    assert claim.modality == "asserted"


def test_a_sub_count_within_a_group_is_no_figure() -> None:
    found = claims_of(
        "단체 대표는 회원 두 명의 형제가 이번에 송환된 사람들 가운데 포함돼 있었다고 설명했다."
    )
    assert all(c.count is None for c in found)


def test_the_parts_of_an_all_of_them_are_no_figures() -> None:
    found = claims_of(
        "탈북민 일가족 6명이 4일 선양 주재 일본 총영사관에 뛰어들었다.\n"
        "남성 3명은 건물 안까지 들어갔다가 붙잡혔고, 결국 6명 모두 중국 공안에 연행됐다."
    )
    arrests = [c for c in found if c.type == "arrest"]
    assert [c.count.value for c in arrests if c.count] == [6]
    assert arrests[0].date == day(2023, 10, 4)
    assert "Shenyang" in {p.name for p in arrests[0].places}


# --- which incident a figure belongs to -------------------------------------------------


def test_the_verb_after_a_figure_types_it_over_a_relative_clause_before_it() -> None:
    claim = one(
        "중국 공안은 억류하고 있던 탈북민 수십 명을 지난 3일 투먼, 훈춘을 거쳐 북한으로 넘겼다."
    )
    assert claim.type == "forced_repatriation"
    assert claim.date == day(2023, 10, 3)


def test_an_act_in_a_relative_clause_with_its_own_day_is_its_own_claim() -> None:
    found = claims_of(
        "지난 2일 베이징 주재 캐나다대사관에 들어가 망명을 요청했던 탈북자 4명이 9일 서울에 도착했다."
    )
    assert figures(found) == [
        ("asylum_seeking", 4, date(2023, 10, 2)),
        ("resettlement", 4, date(2023, 10, 9)),
    ]
    asylum = next(c for c in found if c.type == "asylum_seeking")
    assert "Beijing" in {p.name for p in asylum.places}


def test_a_state_in_a_relative_clause_takes_no_day_of_its_own() -> None:
    found = claims_of("중국 당국이 지난 3일 수용시설에 갇혀 있던 탈북민 80여 명을 북한으로 넘겼다.")
    assert figures(found) == [("forced_repatriation", 80, date(2023, 10, 3))]


def test_a_slogan_in_quotes_keeps_the_figure_away_from_the_day_outside() -> None:
    found = claims_of(
        '"강제북송 300여 명을 기억하라" 오늘 도심 집회\n'
        "중국 당국이 지난 3일 탈북민 300여 명을 북한으로 넘겼다."
    )
    returns = [c for c in found if c.type == "forced_repatriation"]
    assert returns and all(c.date == day(2023, 10, 3) for c in returns)


# --- what later sentences take from earlier ones ----------------------------------------


def test_people_just_counted_are_counted_again_in_the_next_clause() -> None:
    found = claims_of(
        "소식통은 지난 3일 탈북민 수십 명이 회령세관으로 넘어왔으며, "
        "이들이 지금 보위부 구류장에 갇혀 있다고 말했다."
    )
    detention = next(c for c in found if c.type == "detention")
    assert detention.count is not None and (detention.count.min, detention.count.max) == (24, 99)
    assert detention.actor == "KP"


def test_they_stand_for_the_people_counted_before() -> None:
    found = claims_of(
        "정부가 북한 주민 3명을 판문점을 통해 북으로 돌려보냈다.\n"
        "정부에 따르면 이들은 지난 1일 동해상에서 해군에 붙잡혔다."
    )
    arrest = next(c for c in found if c.type == "arrest")
    assert arrest.count is not None and arrest.count.value == 3
    assert arrest.date == day(2023, 10, 1)


def test_the_missing_are_missing_since_their_return() -> None:
    found = claims_of(
        "중국은 지난해 10월 9일 탈북민 수백 명을 북한으로 넘겼다.\n"
        "가족들은 아직도 이들의 생사조차 확인하지 못하고 있다.",
        published=date(2024, 3, 1),
    )
    missing = next(c for c in found if c.type == "disappearance")
    assert missing.date == DateSpan(date(2023, 10, 9), date(2024, 3, 1), "day")
    assert missing.count is None


def test_the_same_day_is_the_day_of_the_last_incident_of_its_kind() -> None:
    found = claims_of(
        "탈북민 3명이 5일 선양 주재 일본 총영사관에 뛰어들었다.\n"
        "앞서 지난달 다른 탈북민 2명이 영사관에 들어갔다.\n"
        "외신은 같은 날 선양 주재 미국 총영사관에도 탈북민 4명이 담을 넘어 들어갔다고 전했다."
    )
    four = next(c for c in found if c.count and c.count.value == 4)
    assert four.type == "asylum_seeking"
    assert four.date == day(2023, 10, 5)


def test_the_same_place_and_a_facility_named_again_bare() -> None:
    found = claims_of(
        "활동가들은 5일 워싱턴 DC 중국대사관 앞에서 강제북송 반대 시위를 열었다.\n"
        "이들은 9월 20일에도 같은 장소에서 집회를 연 바 있다.\n"
        "주최 측은 12일 중국대사관 앞에서 탈북민 송환 반대 시위를 다시 연다."
    )
    protests = [c for c in found if c.type == "protest"]
    assert len(protests) == 3
    assert all({p.name for p in c.places} == {"Washington"} for c in protests)
    assert protests[2].modality == "planned"


def test_a_breakdown_of_the_people_counted_before_is_no_new_figure() -> None:
    found = claims_of(
        "(서울=새벽통신) 북한 주민 7명이 지난 10일 베이징 주재 캐나다대사관에 들어갔다.\n"
        "이들은 남성 3명과 여성 4명으로, 대사관 담을 넘어 진입한 것으로 전해졌다."
    )
    assert [c.count.value for c in found if c.count] == [7]
    assert "Seoul" not in {p.name for p in found[0].places}


def test_awaiting_return_is_no_return() -> None:
    claim = one("현재 중국 내 구금시설에는 탈북민 백여 명이 송환을 기다리고 있는 것으로 추정된다.")
    assert claim.type == "population_estimate"
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (
        100,
        "more_than",
    )


def test_an_execution_before_a_gathered_crowd_counts_the_executed() -> None:
    found = claims_of(
        "北, 송환 탈북민 2명 공개처형설\n"
        "보위부가 지난달 27일 주민 수천 명을 모아 놓고 송환된 탈북민 2명을 총살했다고 소식통이 전했다."
    )
    executions = [c for c in found if c.type == "execution"]
    assert {c.count.value for c in executions if c.count} == {2}
    assert executions[0].modality == "uncertain"


def test_a_relative_clause_before_of_them_tells_of_the_whole_group() -> None:
    found = claims_of(
        "매체는 지난해 10월 북송된 탈북민 가운데 최소 20명이 교화소에 수감돼 있다고 전했다."
    )
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("detention", 20)]


def test_that_day_far_from_any_day_named_is_the_date_of_the_text() -> None:
    found = claims_of(
        "중국이 지난 3일 탈북민 40명을 북송했다고 단체가 밝혔다.\n"
        "단체는 송환자 명단을 공개했다.\n"
        "통일부는 관련 보도를 주시하고 있다고 말했다.\n"
        "한편 단체들은 이날 오후 서울 광화문광장에서 북송 반대 집회를 연다."
    )
    protest = next(c for c in found if c.type == "protest")
    assert protest.date == day(2023, 10, 12)


def test_arrested_then_to_be_returned_is_an_arrest_and_they_are_held_now() -> None:
    found = claims_of(
        '의원은 "중국 공안이 지난달 말 선양에서 탈북자 20여 명을 체포해 곧 북송할 것"이라고 말했다.\n'
        "이들은 현재 선양 변방부대 구류장에 수감돼 있는 것으로 알려졌다."
    )
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("arrest", 20),
        ("detention", 20),
    ]
    assert found[1].date == day(2023, 10, 12)


def test_a_bare_government_is_seouls_unless_a_country_names_it() -> None:
    assert choose_actor("forced_repatriation", "중국 정부가 탈북민을 북송했다.", "ko", ()) == "CN"
    assert choose_actor("forced_repatriation", "당시 정부는 이들을 추방했다.", "ko", ()) == "KR"


def test_a_return_is_carried_out_by_the_state_that_sends_people_back() -> None:
    claim = one(
        "중국이 지난 3일 탈북민 60명을 북송했으며 북한 보위부가 현장에서 이들을 넘겨받았다."
    )
    assert claim.actor == "CN"
    claim = one("지난 7일 북한 주민 2명이 판문점에서 군사분계선 너머로 넘겨졌다.")
    assert claim.actor == "KR"


def test_an_incident_dated_after_the_text_is_planned() -> None:
    claim = one("단체, 10월 20일 워싱턴 중국대사관 앞에서 강제북송 반대 집회")
    assert claim.date == day(2023, 10, 20)
    assert claim.modality == "planned"


def test_an_agent_in_a_later_clause_did_not_carry_out_the_incident() -> None:
    claim = one(
        "단체는 이번에 북송된 탈북민 50여 명도 대한민국 국민이라며, "
        "한국 정부가 진상 조사에 나서야 한다고 밝혔다."
    )
    assert claim.actor == "CN"
    assert "South Korea" not in {p.name for p in claim.places}


def test_a_figure_under_an_if_is_conditional() -> None:
    claim = one(
        "외교부는 쿤밍에서 붙잡힌 탈북민 15명이 강제 북송된 것으로 확인되면 조치를 하겠다고 밝혔다."
    )
    assert claim.type == "forced_repatriation"
    assert claim.count is not None and claim.count.value == 15
    assert claim.modality == "conditional"


def test_a_headline_of_two_quotes_types_each_figure_by_its_own_quote() -> None:
    found = claims_of('"中 구금 탈북민 2천 명 가까이"…보고관 "송환 임박"')
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("detention", 2000)]


def test_held_in_china_at_large_is_a_stock_figure() -> None:
    claim = one("보고관은 중국 내 구금시설에 탈북민 2천 명 가까이가 억류돼 있다고 밝혔다.")
    assert claim.type == "population_estimate"
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (2000, "up_to")


def test_meanwhile_starts_a_story_whose_that_day_is_the_date_of_the_text() -> None:
    found = claims_of(
        "앞서 2021년 7월 14일에는 단둥을 통해 탈북민 약 50명이 송환됐다.\n"
        "한편 탈북민 단체들은 이날 서울에서 북송 반대 집회를 열었다."
    )
    protest = next(c for c in found if c.type == "protest")
    assert protest.date == day(2023, 10, 12)


def test_talks_on_the_issue_of_returns_are_no_return() -> None:
    assert (
        claims_of("외교부 장관은 12일 중국 외교부장과 만나 탈북민 강제북송 문제를 논의했다.") == []
    )


def test_an_earlier_return_on_another_day_lends_no_cities() -> None:
    found = claims_of(
        "중국은 지난 4월 26일 창바이에서 탈북민 200여 명을 북송했다.\n"
        "중국은 지난 9일에도 탈북민 600여 명을 북송했다."
    )
    later = next(c for c in found if c.count and c.count.value == 600)
    assert {p.name for p in later.places} == {"China"}


def test_the_same_month_is_the_month_of_the_last_day_named() -> None:
    found = find_dates("9월 3일 붙잡혔고 같은 달 18일 북송됐다", "ko", date(2023, 10, 12))
    assert [m.span for m in found] == [day(2023, 9, 3), day(2023, 9, 18)]


def test_this_weekend_is_its_saturday_and_sunday() -> None:
    (found,) = find_dates("이들은 이르면 이번 주말 서울에 도착한다", "ko", date(2023, 10, 12))
    assert found.span == DateSpan(date(2023, 10, 14), date(2023, 10, 15), "day")


def test_days_later_counts_from_a_day_two_sentences_back() -> None:
    # A talk-show guest tells a three-year-old story: the month and day of the return are of
    # the year the story began in, counted from the day two sentences before.
    text = (
        "2020년 3월 4일 해경이 서해에서 작은 목선 한 척을 발견했습니다. 배에는 식량이 거의 없었다고 합니다. "
        "당국은 그로부터 나흘 뒤인 3월 8일 이들을 판문점을 통해 북측으로 넘겼습니다."
    )
    found = claims_of(text, date(2023, 6, 1))
    returns = [c for c in found if c.type == "forced_repatriation"]
    assert [c.date for c in returns] == [day(2020, 3, 8)]


def test_the_first_incident_under_a_dated_heading_is_that_headings() -> None:
    # A newsletter's timeline: the heading dates the return its first sentence tells, and the
    # figures that follow are of that return, not of the one under the heading before.
    text = (
        "3월 2일 - 첫 소식\n"
        "한 단체에 따르면 3월 2일 탈북민 20명이 북한으로 넘겨졌습니다.\n"
        "5월 7일 - 가장 긴 밤\n"
        "지린성 훈춘과 투먼의 세관에서 탈북민들이 한꺼번에 넘겨졌습니다. HRW는 그 수를 100명 이상으로 보았습니다."
    )
    found = claims_of(text, date(2023, 12, 28))
    assert figures(found) == [
        ("forced_repatriation", 20, date(2023, 3, 2)),
        ("forced_repatriation", 100, date(2023, 5, 7)),
    ]
