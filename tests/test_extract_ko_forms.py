"""Korean incident words in the many forms a journalist writes them.

Each case is a sentence written for this file: the same fact in another voice (active,
passive, "당했다", causative), another ending, a synonym or a headline without particles. The
rules must hold for the language, not for the wording of one report.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refuge.extract.dates import find_dates
from refuge.records import Count, DateSpan
from tests.test_extract_ko import claims_of

PUBLISHED = date(2023, 10, 12)


def kinds(text: str, published: date = PUBLISHED) -> list[tuple[str, int | None]]:
    return [(c.type, c.count.value if c.count else None) for c in claims_of(text, published)]


def test_carried_over_the_river_into_the_north_is_a_return() -> None:
    assert kinds(
        "중국 공안은 지난 3일 탈북민 스무 명을 트럭에 태워 두만강 건너 회령으로 보냈다."
    ) == [("forced_repatriation", 20)]


def test_crossing_the_river_into_china_is_no_return() -> None:
    assert kinds("탈북민 스무 명이 지난 3일 두만강을 건너 중국으로 갔다.") == []


def test_no_news_since_is_a_disappearance() -> None:
    assert kinds("탈북민 일곱 명은 지난 3일 이후 아무 소식이 없다.") == [("disappearance", 7)]


# --- figure restatements: figures for the incident just told, one claim per source -----------


def _restated(text: str) -> list[tuple[str, int | None, str | None, str | None, str]]:
    return [
        (
            c.type,
            c.count.value if c.count else None,
            c.date.start.isoformat() if c.date else None,
            c.attribution,
            c.modality,
        )
        for c in claims_of(text)
    ]


def test_each_source_beside_its_figure_restates_the_incident_past_a_remark() -> None:
    text = (
        "중국 당국이 지난 9일 밤 탈북민 수백 명을 북한으로 돌려보냈다. 단체마다 셈이 다르다. "
        "한 선교단체는 700명 이상으로, 다른 인권단체는 약 800명으로 본다."
    )
    assert _restated(text) == [
        ("forced_repatriation", None, "2023-10-09", None, "asserted"),
        ("forced_repatriation", 700, "2023-10-09", "선교단체", "reported"),
        ("forced_repatriation", 800, "2023-10-09", "인권단체", "reported"),
    ]


def test_a_sentence_that_only_estimates_restates_rather_than_counts_a_stock() -> None:
    text = "중국 당국이 지난 9일 밤 탈북민 수백 명을 북송했다. 한 단체는 그 수를 약 800명으로 추산한다."
    assert [(k, n, d) for k, n, d, _, _ in _restated(text)] == [
        ("forced_repatriation", None, "2023-10-09"),
        ("forced_repatriation", 800, "2023-10-09"),
    ]


def test_each_source_beside_its_figure_in_a_sentence_with_an_incident_word() -> None:
    text = (
        "중국 당국이 지난 9일 밤 탈북민 수백 명을 북송했다. 북송 인원에 대해 선교단체는 "
        "700명 이상, 인권단체는 약 800명이라고 밝혔다."
    )
    assert [(n, a) for _, n, _, a, _ in _restated(text)][1:] == [
        (700, "선교단체"),
        (800, "인권단체"),
    ]


def test_a_breakdown_by_province_is_no_restatement() -> None:
    text = (
        "중국 당국이 지난 9일 밤 탈북민 약 700명을 북한으로 돌려보냈다고 소식통이 전했다. "
        "소식통에 따르면 인원은 출신지별로 함경북도 300명, 양강도 250명이다."
    )
    assert [n for _, n, _, _, _ in _restated(text)] == [700]


def test_a_part_of_the_group_is_no_restatement() -> None:
    text = "공안이 지난 9일 탈북민 12명을 체포했다. 단체에 따르면 이 가운데 여성이 9명이다."
    assert [n for _, n, _, _, _ in _restated(text)] == [12]


def test_those_present_are_the_people_of_the_rally_told_before() -> None:
    text = (
        "지난 2일 중국대사관 앞에서 탈북민 강제북송 규탄 집회가 열렸다. "
        "현장에는 지지자 100여 명이 함께했다."
    )
    assert [(k, n, d) for k, n, d, _, _ in _restated(text)] == [("protest", 100, "2023-10-02")]


@pytest.mark.parametrize(
    "text",
    [
        "중국 당국은 지난 8일 탈북민 40여 명을 북한으로 되돌려 보냈다.",
        "탈북민 40여 명이 지난 8일 북한으로 압송됐다.",
        "중국 공안은 지난 8일 탈북민 40여 명을 국경 너머 북한으로 압송했다.",
        "탈북민 40여 명의 신병이 지난 8일 북한 측에 넘어갔다.",
        "지난 8일 탈북민 40여 명이 북한 보위부에 인계됐다.",
        "탈북민 40여 명이 지난 8일 강제로 북송당했다.",
    ],
)
def test_a_return_in_every_voice(text: str) -> None:
    assert kinds(text) == [("forced_repatriation", 40)]


@pytest.mark.parametrize(
    "text",
    [
        "중국 공안이 지난 3일 옌지에서 탈북민 7명을 잡아갔다.",
        "탈북민 7명이 지난 3일 옌지에서 공안에 잡혀갔다.",
        "탈북민 7명이 지난 3일 옌지에서 중국 공안에 구속됐다.",
        "탈북민 7명이 지난 3일 옌지의 은신처에서 공안에 발각돼 붙잡혔다.",
    ],
)
def test_an_arrest_in_every_voice(text: str) -> None:
    assert kinds(text) == [("arrest", 7)]


@pytest.mark.parametrize(
    "text",
    [
        "탈북자 9명이 지난 2일 베이징의 한 대사관 안으로 뛰어들었다.",
        "탈북자 9명이 지난 2일 베이징 주재 대사관 담을 넘어 들어갔다.",
        "탈북자 9명이 지난 2일 베이징의 한 대사관으로 피신했다.",
        "탈북자 9명이 지난 2일 베이징 유엔 사무소를 찾아가 보호를 요청했다.",
        "지난 2일 베이징에서는 대사관으로도 탈북자 9명이 들어가 도움을 청했다.",
    ],
)
def test_an_asylum_bid_however_it_is_told(text: str) -> None:
    assert kinds(text) == [("asylum_seeking", 9)]


def test_a_headline_bid_without_particles_is_the_bid() -> None:
    assert kinds("탈북자 9명 베이징 대사관 진입 시도") == [("asylum_seeking", 9)]


def test_a_stay_in_an_office_is_not_a_bid() -> None:
    # "사무소인 하나원에 들어가": an office named in passing, no embassy entered
    found = claims_of("탈북자들은 정착지원사무소인 하나원에 들어가 교육을 받는다.")
    assert not [c for c in found if c.type == "asylum_seeking"]


@pytest.mark.parametrize(
    "text",
    [
        "탈북자 12명이 지난 5일 서울에 무사히 들어왔다.",
        "탈북자 12명이 지난 5일 제3국을 거쳐 한국으로 왔다.",
        "탈북자 12명이 지난 5일 마닐라를 경유해 서울에 안착했다.",
    ],
)
def test_an_arrival_however_it_is_told(text: str) -> None:
    assert kinds(text) == [("resettlement", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "시민단체들은 지난 10일 서울 도심에서 강제북송을 규탄하는 궐기대회를 가졌다.",
        "시민단체들은 지난 10일 광화문에서 탈북민 강제북송 반대 행진을 했다.",
        "교인들은 지난 10일 중국대사관 앞에서 탈북민 북송 중단을 비는 기도회를 열었다.",
    ],
)
def test_a_protest_in_other_words(text: str) -> None:
    assert kinds(text) == [("protest", None)]


def test_a_one_person_protest_counts_no_refugees() -> None:
    found = claims_of(
        "한 의원은 지난 10일 중국대사관 앞에서 탈북민 북송에 항의하는 1인 시위를 했다."
    )
    assert [(c.type, c.count) for c in found] == [("protest", None)]


@pytest.mark.parametrize(
    "text",
    [
        "북송된 탈북민 3명에게 지난 1일 사형이 집행됐다고 소식통이 전했다.",
        "북송된 탈북민 3명이 지난 1일 공개 총살됐다고 소식통이 전했다.",
    ],
)
def test_an_execution_in_other_words(text: str) -> None:
    assert kinds(text) == [("execution", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "인권단체들은 중국 공안에 잡혀 있는 탈북민을 3천 명가량으로 보고 있다.",
        "중국 구치소에 수감 중인 탈북민이 3천 명을 넘는 것으로 파악됐다.",
        "유엔은 중국에 억류된 탈북민을 약 3천 명으로 추산해 왔다.",
        "중국에 체류하고 있는 탈북민은 최소 3천 명으로 알려져 있다.",
    ],
)
def test_people_held_or_hiding_now_are_a_stock(text: str) -> None:
    assert kinds(text) == [("population_estimate", 3000)]


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("탈북민 40여 명이 지난 8일 북송됐을 수도 있다.", "uncertain"),
        ("탈북민 40여 명이 지난 8일 북송됐다는 설이 돌고 있다.", "uncertain"),
        ("중국 외교부는 지난 8일 탈북민을 북송했다는 보도는 사실이 아니라고 밝혔다.", "denied"),
        ("중국 외교부는 지난 8일의 탈북민 북송 보도를 사실무근이라고 일축했다.", "denied"),
        ("정부 소식통에 의하면 지난 8일 탈북민 40여 명이 북송됐다.", "reported"),
        ("시민단체들은 오는 20일 중국대사관 앞에서 북송 반대 집회를 열기로 했다.", "planned"),
    ],
)
def test_hedges_denials_and_plans(text: str, mood: str) -> None:
    (found,) = claims_of(text)
    assert found.modality == mood


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("지난 8일 탈북민 40여 명이 북송됐다고 한 선교단체가 폭로했다.", "한 선교단체"),
        ("탈북민 40여 명이 지난 8일 북송됐다는 것이 현지 소식통의 설명이다.", "현지 소식통"),
        (
            "인권감시기구가 발표한 보고서에서 지난 8일 탈북민 40여 명이 북송된 것으로 나타났다.",
            "인권감시기구",
        ),
    ],
)
def test_who_tells_it(text: str, source: str) -> None:
    (found,) = claims_of(text)
    assert found.attribution == source


def test_a_source_abroad_is_not_where_it_happened() -> None:
    (found,) = claims_of("미국 언론에 따르면 탈북민 40여 명이 지난 8일 단둥에서 북송됐다.")
    assert [p.name for p in found.places] == ["Dandong"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("중국은 엊그제 탈북민을 넘겼다", date(2023, 10, 10), date(2023, 10, 10)),
        ("간밤에 탈북민이 넘겨졌다", date(2023, 10, 11), date(2023, 10, 11)),
        ("올 초 탈북민이 넘겨졌다", date(2023, 1, 1), date(2023, 3, 31)),
        ("일주일 전 탈북민이 넘겨졌다", date(2023, 10, 2), date(2023, 10, 8)),
    ],
)
def test_relative_date_words(text: str, start: date, end: date) -> None:
    (found,) = find_dates(text, "ko", PUBLISHED)
    assert (found.span.start, found.span.end) == (start, end)


def test_the_next_day_counts_from_the_day_told_before() -> None:
    found = claims_of("탈북민 30명이 지난 3일 옌지에서 붙잡혔다.\n중국은 다음 날 이들을 북송했다.")
    repat = [c for c in found if c.type == "forced_repatriation"]
    assert [c.date for c in repat] == [DateSpan(date(2023, 10, 4), date(2023, 10, 4), "day")]


def test_the_day_after_an_event_is_not_a_sequel() -> None:
    assert find_dates("북송은 폐막한 바로 다음 날 이뤄졌다", "ko", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("중국은 지난 8일 탈북민 무려 400명을 북송했다.", 400, "up_to"),
        ("중국은 지난 8일 탈북민 줄잡아 400명을 북송했다.", 400, "about"),
        ("중국은 지난 8일 탈북민 400명이 넘은 인원을 북송했다.", 400, "more_than"),
    ],
)
def test_count_qualifiers(text: str, value: int, qualifier: str) -> None:
    (found,) = claims_of(text)
    assert found.count is not None
    assert (found.count.value, found.count.qualifier) == (value, qualifier)


def test_an_estimate_of_those_returned_is_no_stock() -> None:
    found = claims_of(
        "중국이 지난 8일 탈북민 수백 명을 북송했다.\n"
        "한 인권단체는 북송된 인원을 300명 이상으로 추산했다."
    )
    assert [c.type for c in found] == ["forced_repatriation", "forced_repatriation"]


def test_a_headline_government_is_seoul() -> None:
    (found,) = claims_of("정부, 서해서 붙잡은 北 주민 3명 북으로 추방", date(2019, 11, 8))
    assert found.actor == "KR"


def test_the_whole_group_dragged_away_is_an_arrest() -> None:
    found = claims_of(
        "탈북자 4명이 지난 6일 칭다오의 한 영사관에 진입을 시도했다.\n"
        "결국 4명 모두 중국 공안에 끌려갔다."
    )
    assert figures_of(found) == [
        ("arrest", 4, date(2023, 10, 6)),
        ("asylum_seeking", 4, date(2023, 10, 6)),
    ]


def test_a_crowd_gathered_before_an_embassy_is_a_protest() -> None:
    found = claims_of("어제 서울 중국대사관 앞에서는 시민 50여 명이 모여 북송 중단을 외쳤다.")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("protest", 50)]


def test_news_of_them_stopped_is_a_disappearance() -> None:
    found = claims_of(
        "중국은 지난 8일 탈북민 40여 명을 북한으로 돌려보냈다.\n그 뒤로 그들의 소식은 끊겼다."
    )
    assert [c.type for c in found] == ["forced_repatriation", "disappearance"]


def figures_of(found: list) -> list[tuple[str, int | None, date | None]]:
    return sorted(
        (c.type, c.count.value if c.count else None, c.date.start if c.date else None)
        for c in found
    )


def test_a_rally_against_returns_is_a_rally() -> None:
    (found,) = claims_of("인권단체들은 14일 서울 광화문에서 강제북송 규탄 집회를 연다.")
    assert (found.type, found.modality) == ("protest", "planned")
    assert found.date == DateSpan(date(2023, 10, 14), date(2023, 10, 14), "day")


# The cases below are the phenomena behind false positives and misses on the held-out
# corpora, each in a sentence written for this file.

FALL = date(2025, 9, 3)


def dated(text: str, published: date = PUBLISHED) -> list[tuple[str, int | None, date | None]]:
    return [
        (c.type, c.count.value if c.count else None, c.date.start if c.date else None)
        for c in claims_of(text, published)
    ]


@given(st.integers(min_value=1, max_value=30), st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_an_anniversary_is_the_same_day_years_back(years: int, anchor: date) -> None:
    (found,) = find_dates(f"{years}년 전 이날 오후 그들은 국경을 넘었다", "ko", anchor)
    assert found.span.precision == "day"
    assert found.span.start == found.span.end
    assert found.span.start.year == anchor.year - years
    # 29 February falls on the 28th in a year that has none
    assert (found.span.start.month, found.span.start.day) in (
        (anchor.month, anchor.day),
        (2, 28) if (anchor.month, anchor.day) == (2, 29) else (anchor.month, anchor.day),
    )


def test_a_story_told_in_an_earlier_year_keeps_its_year() -> None:
    text = "6년 전 오늘 탈북민 3명이 옌지에서 북한으로 넘겨졌다. 이들은 그보다 이틀 앞선 9월 1일 공안에 붙잡혔다."
    assert dated(text, FALL) == [
        ("forced_repatriation", 3, date(2019, 9, 3)),
        ("arrest", 3, date(2019, 9, 1)),
    ]


def test_whether_it_happened_is_no_incident() -> None:
    text = "통일부 당국자는 탈북민 송환 여부를 지금 확인하고 있다고 말했다."
    assert claims_of(text) == []
    assert claims_of('외교부는 "북송 인원을 확인해 줄 수 있는 단계가 아니다"라고 밝혔다.') == []


def test_the_games_named_by_their_city_are_no_place() -> None:
    # no date, no figure: only the city of the Games, which pins no incident down
    assert claims_of("부산 폐막 직후 탈북민 대거 북송") == []


def test_a_lead_without_a_place_gives_way_to_the_placed_sentence() -> None:
    text = (
        "탈북민 북송을 멈추라고 요구하며 인권단체 대표가 오늘부터 단식에 들어갔다. "
        "대표는 오늘 서울 중구 중국대사관 앞에서 단식 농성을 시작했다."
    )
    (found,) = claims_of(text)
    assert found.type == "protest"
    assert [p.name for p in found.places] == ["Seoul"]


def test_an_act_told_after_but_all_of_them_is_the_same_day() -> None:
    text = "탈북민 4명이 지난 5일 선양의 한 영사관에 뛰어들어 보호를 요청했으나, 출동한 공안에 모두 붙잡혔다."
    assert dated(text) == [
        ("asylum_seeking", 4, date(2023, 10, 5)),
        ("arrest", 4, date(2023, 10, 5)),
    ]


def test_what_followed_when_they_entered_has_their_date() -> None:
    text = "2003년 탈북자 열두 명이 베이징의 한 대사관에 들어갔을 때는 중국이 이들이 제3국을 거쳐 서울로 가도록 허용했다."
    assert dated(text) == [
        ("asylum_seeking", 12, date(2003, 1, 1)),
        ("resettlement", 12, date(2003, 1, 1)),
    ]


def test_a_group_whose_part_is_only_described_is_the_claim() -> None:
    assert dated("지난 5일 공안에 연행된 탈북자 9명 가운데 6명은 20대 여성이다.") == [
        ("arrest", 9, date(2023, 10, 5))
    ]


def test_a_part_with_an_incident_of_its_own_is_still_its_claim() -> None:
    assert kinds("북송된 탈북민 가운데 20명이 지금 교화소에 수감돼 있다.") == [("detention", 20)]


def test_one_included_in_a_group_is_no_claim_of_its_own() -> None:
    assert kinds("지난 5일 체포된 탈북민 8명 중에는 10대 소년 2명도 포함됐다.") == [("arrest", 8)]


def test_a_group_told_again_is_the_act_of_its_kind_not_the_state_between() -> None:
    text = (
        "중국 공안이 지난 4일 훈춘에서 탈북민 6명을 붙잡았다. "
        "이들은 현재 구류장에 갇혀 있는 것으로 알려졌다. 붙잡힌 6명은 모두 30대다."
    )
    assert dated(text) == [
        ("arrest", 6, date(2023, 10, 4)),
        ("detention", 6, PUBLISHED),
        ("arrest", 6, date(2023, 10, 4)),
    ]


def test_a_headline_figure_without_its_qualifier_takes_the_body_date() -> None:
    text = "中, 탈북민 40명 또 북송. 중국 당국이 지난 7일 새벽 탈북민 40여 명을 북한으로 넘겼다."
    assert dated(text) == [
        ("forced_repatriation", 40, date(2023, 10, 7)),
        ("forced_repatriation", 40, date(2023, 10, 7)),
    ]


def test_a_trend_watched_is_no_incident() -> None:
    assert claims_of("정부는 11일 중국 내 탈북민 북송 동향을 면밀히 지켜보고 있다고 말했다.") == []


def test_illegal_entrants_in_a_denial_are_no_arrival() -> None:
    text = '중국 외교부는 10일 "이른바 탈북자는 없으며 불법 입국자는 법대로 처리한다"고 말했다.'
    assert [(c.type, c.modality) for c in claims_of(text)] == [("forced_repatriation", "denied")]


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [
        ("한두", 1, 2),
        ("두세", 2, 3),
        ("서너", 3, 4),
        ("네다섯", 4, 5),
        ("대여섯", 5, 6),
        ("예닐곱", 6, 7),
    ],
)
def test_two_neighbouring_native_numbers_are_a_range(written: str, low: int, high: int) -> None:
    (found,) = claims_of(f"탈북민 {written} 명이 지난 9일 단둥에서 공안에 붙잡혔다.")
    assert found.type == "arrest"
    assert found.count is not None
    assert (found.count.qualifier, found.count.min, found.count.max) == ("range", low, high)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("북송된 탈북민이 500명을 넘었다고 단체가 밝혔다.", "more_than"),
        ("북송된 탈북민이 500명을 밑도는 것으로 파악됐다.", "up_to"),
        ("지난 9일 북송된 탈북민이 500명에 육박한다고 단체가 주장했다.", "up_to"),
    ],
)
def test_a_bound_told_by_the_verb_after_the_figure(text: str, qualifier: str) -> None:
    (found,) = claims_of(text)
    assert found.count is not None and (found.count.value, found.count.qualifier) == (
        500,
        qualifier,
    )


def test_a_hedge_in_the_next_clause_leaves_the_state_before_it_firm() -> None:
    text = "지원단체에 따르면 탈북민 11명은 지난주 투먼 구류장으로 옮겨져 수감됐으며, 다음 달 북송될 가능성이 높다."
    (found,) = claims_of(text)
    assert (found.type, found.modality) == ("detention", "reported")
    assert found.count is not None and found.count.value == 11


def test_the_crowd_made_to_watch_an_execution_is_not_counted() -> None:
    text = "회령에서 지난달 탈북을 돕던 주민 2명이 총살됐으며, 현장에는 주민 수천 명이 동원됐다."
    assert kinds(text) == [("execution", 2)]


def test_entry_as_a_charge_is_no_arrival() -> None:
    text = "라오스 경찰은 지난 6일 불법 입국 혐의로 탈북민 4명을 체포했다."
    assert kinds(text) == [("arrest", 4)]


def test_a_night_into_the_next_morning_is_one_span() -> None:
    (found,) = find_dates("지난 4일 밤부터 5일 새벽까지", "ko", PUBLISHED)
    assert found.span == DateSpan(date(2023, 10, 4), date(2023, 10, 5), "day")


def test_days_later_count_from_the_day_told_before() -> None:
    text = "탈북민 6명이 지난 2일 옌지에서 체포됐다. 이들은 나흘 뒤 투먼을 거쳐 북한으로 넘겨졌다."
    assert dated(text) == [
        ("arrest", 6, date(2023, 10, 2)),
        ("forced_repatriation", 6, date(2023, 10, 6)),
    ]


def test_three_months_ago_in_the_native_form() -> None:
    (found,) = find_dates("석 달 전 그들은 강을 건넜다", "ko", PUBLISHED)
    assert (found.span.start, found.span.precision) == (date(2023, 7, 1), "month")


def test_each_figure_of_an_enumeration_takes_the_date_before_it() -> None:
    text = "단체 집계로는 7월 3일엔 탈북민 스무 명, 8월 14일엔 서른 명이 북한으로 넘겨졌다."
    assert dated(text) == [
        ("forced_repatriation", 20, date(2023, 7, 3)),
        ("forced_repatriation", 30, date(2023, 8, 14)),
    ]


def test_a_day_something_has_gone_on_since_runs_to_the_text_date() -> None:
    (found,) = find_dates("회원들은 지난 3일부터 매일 밤 촛불을 들어 왔다", "ko", PUBLISHED)
    assert found.span == DateSpan(date(2023, 10, 3), PUBLISHED, "day")
    (span,) = find_dates("3일부터 5일 사이에 붙잡혔다", "ko", PUBLISHED)
    assert span.span == DateSpan(date(2023, 10, 3), date(2023, 10, 5), "day")


def test_not_even_one_is_no_figure() -> None:
    text = (
        "중국은 지난 9일 탈북민 300명을 북송했다. "
        "북송된 이들 가운데 생사를 확인할 수 있는 사람은 아직 한 명도 없다."
    )
    found = claims_of(text)
    assert [(c.type, c.count) for c in found][-1] == ("disappearance", None)


def test_close_to_a_figure_is_an_upper_bound() -> None:
    (found,) = claims_of("중국 내 시설에 갇힌 탈북민이 3천 명에 가까울 것으로 추산됐다.")
    assert found.count is not None and (found.count.value, found.count.qualifier) == (3000, "up_to")


def test_the_day_before_is_not_counted_from_a_day_named_in_passing() -> None:
    text = (
        "단체는 앞서 7월 2일에도 탈북민 30명이 북송됐다고 밝혔다. "
        "회원들은 전날 오후 서울 중국대사관 앞에서 규탄 집회를 열었다."
    )
    assert dated(text)[-1] == ("protest", None, date(2023, 10, 11))


def test_sources_that_put_the_figure_differently_after_a_remark() -> None:
    text = (
        "중국이 지난 5일 밤 탈북민 수십 명을 북한으로 넘겼다. 인원은 단체마다 엇갈린다. "
        "한 선교단체는 40명 이상으로, 다른 인권단체는 약 70명으로 본다."
    )
    found = claims_of(text)
    assert [
        (c.count.value if c.count else None, c.date.start if c.date else None) for c in found
    ] == [
        (None, date(2023, 10, 5)),
        (40, date(2023, 10, 5)),
        (70, date(2023, 10, 5)),
    ]
    assert all(c.type == "forced_repatriation" and c.attribution for c in found[1:])


def test_held_and_facing_the_same_fate_is_a_detention_not_a_stock() -> None:
    found = claims_of("현재 탈북민 수백 명이 중국 수용시설에 구금돼 같은 처지에 놓여 있다.")
    assert [c.type for c in found] == ["detention"]


def test_people_held_in_a_named_city_are_a_detention_not_a_stock() -> None:
    text = "탈북민 6명은 현재 옌지의 한 구류장에 갇혀 있다."
    assert kinds(text) == [("detention", 6)]
    assert kinds("중국 내 구금시설에는 현재 탈북민 약 2천 명이 갇혀 있다.") == [
        ("population_estimate", 2000)
    ]


def test_an_agency_that_holds_a_figure_is_its_source() -> None:
    (found,) = claims_of(
        "정보당국은 중국 내 시설에 탈북민 1천여 명이 갇혀 있는 것으로 파악하고 있다."
    )
    assert (found.type, found.modality, found.attribution) == (
        "population_estimate",
        "reported",
        "정보당국",
    )


def test_kinds_of_people_joined_by_gwa_are_one_group() -> None:
    assert kinds("중국 공안은 지난 9일 옌지에서 탈북 여성 세 명과 어린이 두 명을 체포했다.") == [
        ("arrest", 5)
    ]


def test_a_breakdown_adding_up_to_the_group_is_no_new_figure() -> None:
    assert kinds(
        "탈북민 5명이 지난 9일 선양에서 체포됐다. 이들은 여성 4명과 아이 1명으로 알려졌다."
    ) == [("arrest", 5)]


def test_each_figure_of_an_enumeration_keeps_its_own_date() -> None:
    text = "단체 집계를 보면 지난 3월 5일엔 스무 명, 4월 7일엔 서른 명이 북송됐다."
    assert figures_of(claims_of(text)) == [
        ("forced_repatriation", 20, date(2023, 3, 5)),
        ("forced_repatriation", 30, date(2023, 4, 7)),
    ]


def test_eseo_between_two_figures_is_a_range_unless_a_change() -> None:
    (claim,) = claims_of("중국 공안이 지난 9일 탈북민 30명에서 40명을 체포했다.")
    assert claim.count is not None and (claim.count.min, claim.count.max) == (30, 40)


def test_two_neighbouring_sino_korean_digits_before_a_unit_are_a_range() -> None:
    (claim,) = claims_of("중국 공안이 지난 9일 탈북민 칠팔십 명을 체포했다.")
    assert claim.count is not None and (claim.count.min, claim.count.max) == (70, 80)


@pytest.mark.parametrize(
    ("text", "source", "modality"),
    [
        # a teller ending the sentence with its verb
        ("한 인권단체는 지난 3일 탈북민 40여 명이 북송됐다고 추산했다.", "한 인권단체", "reported"),
        # spoken hearsay whose teller is "X 쪽"
        ("그 단체 쪽에서는 지난 3일 탈북민 40명이 북송됐다고 하던데요.", "그 단체", "reported"),
        # "X 보고서를 보면 …대요"
        ("통일연구원 보고서를 보면 지난 3일 탈북민 40명이 북송됐대요.", "통일연구원", "reported"),
        # the quote closes before the connective
        ('현지 소식통은 "지난 3일 탈북민 40명이 북송됐다"고 전했다.', "현지 소식통", "reported"),
        (
            "지난 3일 탈북민 40명이 북송된 사실이 인권단체들을 통해 드러났다.",
            "인권단체들",
            "reported",
        ),
        # a rumour going round hedges the return
        ("지난 3일 탈북민 40명이 북송됐다는 말이 돌고 있다.", None, "uncertain"),
    ],
)
def test_who_tells_a_return_and_how(text: str, source: str | None, modality: str) -> None:
    (found,) = claims_of(text)
    assert (found.type, found.attribution, found.modality) == (
        "forced_repatriation",
        source,
        modality,
    )


def test_a_pronoun_source_is_the_teller_named_before() -> None:
    found = claims_of(
        "한 선교단체 대표는 지난 1일 탈북민 10명이 체포됐다고 밝혔다. "
        "그에 따르면 지난 3일 탈북민 40명이 북송됐다."
    )
    assert [(c.type, c.attribution, c.modality) for c in found] == [
        ("arrest", "한 선교단체 대표", "reported"),
        ("forced_repatriation", "한 선교단체 대표", "reported"),
    ]


def test_a_claim_still_made_is_reported() -> None:
    (found,) = claims_of("인권단체들은 지난 3일 탈북민 30여 명이 체포됐다고 주장하고 있습니다.")
    assert (found.type, found.attribution, found.modality) == ("arrest", "인권단체들", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "13일 낮 12시 30분에도 서울 도심에서 추가 집회가 계획돼 있다.",
        "단체들의 집회는 13일 오후에도 계획되어 있다.",
        "중국대사관 앞 시위가 13일 정오에도 계획돼 있어 경찰이 대비하고 있다.",
    ],
)
def test_a_rally_that_is_planned_is_dated_ahead(text: str) -> None:
    lead = "탈북민 단체들은 오늘 오후 서울에서 강제북송 규탄 집회를 연다. "
    found = claims_of(lead + text, PUBLISHED)
    assert [(c.type, c.modality, c.date.start.isoformat() if c.date else None) for c in found] == [
        ("protest", "planned", "2023-10-12"),
        ("protest", "planned", "2023-10-13"),
    ]


# --- a few, told as "소수의 인원": a loose word with the people it counts -------------------


@pytest.mark.parametrize(
    "text",
    [
        "중국 공안은 지난 3일 투먼에서 소수의 인원을 북한으로 돌려보냈다.",
        "지난 3일 훈춘에서도 소수의 탈북민이 북송됐다고 단체는 전했다.",
        "같은 날 단둥에서는 소수 인원이 북한으로 넘겨졌다.",
    ],
)
def test_a_few_people_is_a_vague_figure(text: str) -> None:
    (found,) = claims_of(text)
    assert (found.type, found.count) == (
        "forced_repatriation",
        Count(None, "vague", 3, 9),
    )


def test_a_minority_view_counts_no_one() -> None:
    found = claims_of("소수의 의견이지만 일부 학자는 지난 3일 탈북민 열 명이 북송됐다고 본다.")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("forced_repatriation", 10)
    ]


# --- no incident: a plea to stop returns, a state's press conference, a press statement cited,
# what awaits those sent back ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "여러 단체가 지난달 시진핑 주석에게 탈북민 송환을 멈춰 달라는 편지를 보냈다.",
        "인권단체들은 탈북민 북송을 중지해 달라고 유엔에 호소했다.",
        "중국 외교부 대변인은 12일 정례 기자회견에서 탈북민은 불법 월경자라고 말했다.",
        "주룽지 총리는 전인대 폐막 기자회견에서 탈북자 문제를 법대로 처리하겠다고 밝혔다.",
        "2. 북한인권단체연합 기자회견문, 2023.10.12",
        "북송된 탈북민들은 보위부의 고문과 교화소 수감에 직면하게 된다.",
        "돌려보내진 이들은 정치범수용소 구금을 당할 수 있다고 전문가들은 경고한다.",
    ],
)
def test_no_incident_is_told(text: str) -> None:
    assert kinds(text) == []


def test_a_rights_group_press_conference_is_still_a_protest() -> None:
    assert kinds(
        "탈북민 단체들은 지난 11일 광화문에서 기자회견을 열고 강제북송 중단을 촉구했다."
    ) == [("protest", None)]


def test_the_same_year_is_the_year_of_the_story_told() -> None:
    text = (
        "2019년 11월 7일 정부는 북한 선원 2명을 판문점을 통해 북으로 추방했다. "
        "이들은 같은 해 11월 2일 동해상에서 해군에 나포됐다."
    )
    assert ("arrest", 2, "2019-11-02") in kinds_dated(text)


def kinds_dated(text: str) -> list[tuple[str, int | None, str | None]]:
    return [
        (c.type, c.count.value if c.count else None, c.date.start.isoformat() if c.date else None)
        for c in claims_of(text)
    ]


def test_a_figure_for_an_undated_incident_told_before_takes_the_day_its_sentence_names() -> None:
    text = (
        "통일부는 중국 내 탈북민 상당수가 북송된 것으로 보인다고 밝혔다. "
        "앞서 한 인권단체는 중국 당국이 지난 3일 밤 탈북민 300여 명을 국경 너머로 실어 "
        "보냈다고 발표했다."
    )
    assert ("forced_repatriation", 300, "2023-10-03") in kinds_dated(text)


# --- driven to the border crossings ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "중국 당국은 지난 3일 밤 탈북민 120여 명을 차량에 태워 국경 검문소 세 곳으로 실어 보냈다.",
            120,
        ),
        ("공안은 지난 3일 수용소의 탈북민 45명을 두만강 세관으로 호송해 보냈다.", 45),
        ("중국은 지난 3일 탈북민 70명을 트럭에 싣고 통상구로 실어 날랐다.", 70),
    ],
)
def test_carried_to_the_border_crossings_is_a_return(text: str, figure: int) -> None:
    assert kinds(text) == [("forced_repatriation", figure)]


def test_aid_sent_to_a_checkpoint_is_no_return() -> None:
    assert kinds("단체는 지난 3일 국경 검문소로 가는 길에 구호물자를 실어 보냈다.") == []


# --- a question about the figures is no report of them ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "어디서는 300명이라고 하고 어디서는 80명이라고 하던데 어느 쪽이 맞나요?",
        "한 단체는 300명, 다른 단체는 80명이라는데 왜 이렇게 차이가 나죠?",
        "300명이라는 말도 있던데 사실인가요?",
    ],
)
def test_a_question_about_the_figures_gives_none(question: str) -> None:
    text = "중국이 지난 3일 투먼에서 탈북민들을 북한으로 돌려보냈다. " + question
    assert kinds(text) == [("forced_repatriation", None)]


# --- a person named as the subject is one person ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "로이터통신에 따르면 탈북민 박순희 씨는 지난 5월 옌지에서 중국 공안에 체포됐다.",
        "가족들에 따르면 탈북 여성 최은정 씨가 지난 5월 옌지에서 붙잡혔다고 한다.",
        "그의 동생에 따르면 탈북민인 이정민 씨도 지난 5월 옌지에서 공안에 연행됐다.",
    ],
)
def test_a_named_subject_is_one_person(text: str) -> None:
    assert kinds(text) == [("arrest", 1)]


def test_a_named_teller_is_not_the_people_caught() -> None:
    assert kinds("중국 공안이 지난 5월 옌지에서 탈북민들을 붙잡았다고 박영수 씨가 말했다.") == [
        ("arrest", None)
    ]
