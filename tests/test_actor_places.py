"""Who carried an incident out, and where it happened: classes of phrasing, in sentences of
our own, with the actor (or place) each claim must get."""

from __future__ import annotations

from datetime import date

from extracting import reader

claims_of = reader(date(2002, 6, 2))


def _actors(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.type, c.date.start.isoformat() if c.date else "", c.actor) for c in claims_of(text)]


# --- an arrival in the South is no state's act; China's leave to go is China's --------------


def test_a_landing_in_seoul_has_no_actor_whoever_once_held_them() -> None:
    text = (
        "Four North Koreans, whom Chinese police had hauled out of a consulate gate in May, "
        "touched down at Incheon airport on 30 May."
    )
    assert ("resettlement", "2002-05-30", None) in _actors(text)


def test_chinas_leave_to_go_is_chinas_and_the_landing_after_it_is_no_ones() -> None:
    found = _actors(
        "China let the four North Koreans leave for Manila on 28 May, and they landed in Seoul "
        "on 30 May."
    )
    assert ("resettlement", "2002-05-28", "CN") in found
    assert ("resettlement", "2002-05-30", None) in found


def test_an_arrival_in_the_south_has_no_actor_in_every_language() -> None:
    for text in (
        "중국 공안에 붙잡혔던 탈북자 4명이 30일 오후 인천공항을 통해 입국했다.",
        "中国の警察に連れ出された北朝鮮住民4人が、30日夕、仁川空港に到着した。",
        "曾被中国警方带走的四名朝鲜人30日经马尼拉抵达首尔。",
    ):
        found = [c for c in claims_of(text) if c.type == "resettlement"]
        assert found and all(c.actor is None for c in found), text


def test_a_departure_from_china_stays_chinas() -> None:
    for text in (
        "탈북자 4명은 28일 중국을 떠나 필리핀 마닐라로 출국했다.",
        "北朝鮮住民4人は28日、中国当局の出国許可を受けて北京を離れた。",
        "四名朝鲜人28日获准离开北京，飞往马尼拉。",
    ):
        found = [c for c in claims_of(text) if c.type == "resettlement"]
        assert found and all(c.actor == "CN" for c in found), text


# --- a handover at Panmunjom, or a capture by "our navy", is the South's ---------------------


def test_a_handover_at_panmunjom_is_the_souths_in_every_language() -> None:
    for text in (
        "統一省によると、政府は5日、漁船の北朝鮮男性3人を板門店を通じて北朝鮮側へ追放した。",
        "统一部5日表示，政府当天经板门店将三名朝鲜男子驱逐出境，遣返朝方。",
    ):
        kinds = {c.type: c.actor for c in claims_of(text)}
        assert kinds.get("forced_repatriation") == "KR", text


def test_a_capture_by_our_navy_is_the_souths() -> None:
    text = "The three fishermen had been seized by our navy on May 20 near the sea border."
    found = [c for c in claims_of(text) if c.type == "arrest"]
    assert found and found[0].actor == "KR"


# --- where it happened: neighbours across a border, speaking governments, capitals ----------


def _places(text: str, kind: str) -> list[list[str]]:
    return [[p.name for p in c.places] for c in claims_of(text) if c.type == kind]


def test_a_country_named_by_its_border_is_the_neighbour_not_the_place() -> None:
    for text in (
        "중국 공안은 지난달 라오스 국경 부근에서 탈북민 6명을 붙잡았다.",
        "中国公安は先月、ラオス国境付近で脱北者6人を拘束した。",
        "中国公安上月在老挝边境附近抓获六名脱北者。",
        "Chinese police caught six North Koreans near the Laos border last month.",
    ):
        assert _places(text, "arrest") == [["China"]], text


def test_a_government_that_speaks_is_no_place_of_the_incident() -> None:
    for text in (
        "韓国政府は、中国で拘束された脱北者9人が送還されたと明らかにした。",
        "日本政府によると、中国で拘束された脱北者9人が送還された。",
    ):
        assert all("South Korea" not in p for p in _places(text, "forced_repatriation")), text


def test_a_capital_named_by_its_country_places_the_incident_in_it() -> None:
    text = "Three North Koreans were arrested in the Chinese capital on Monday, police said."
    assert _places(text, "arrest") == [["Beijing"]]


def test_an_unplaced_figure_told_again_takes_the_places_of_the_same_figure() -> None:
    text = (
        "투먼에서 탈북민 30~40명이 지난 3일 북한으로 넘겨졌다. "
        "창바이에서도 같은 날 100명 넘게 송환됐다고 한 단체가 밝혔다. "
        "중국 지린성 국경 도시의 시설에 있던 탈북민 30~40명이 지난 3일 송환된 것으로 보인다."
    )
    found = claims_of(text, date(2024, 5, 5))
    told = [c for c in found if c.count and c.count.min == 30 and "지린성" in c.evidence]
    assert told and [p.name for p in told[0].places] == ["Tumen"]


def test_a_province_named_keeps_out_the_cities_of_another_province() -> None:
    text = (
        "선교회에 따르면 광시좡족자치구 난닝에서 3월 탈북민 20명이 붙잡혔다. "
        "네이멍구자치구에서도 9명이 체포됐다고 선교회는 밝혔다."
    )
    nine = [c for c in claims_of(text, date(2024, 5, 5)) if c.count and c.count.value == 9]
    assert nine and [p.name for p in nine[0].places] == ["Inner Mongolia"]


def test_a_facility_named_again_by_its_bare_word_is_the_one_named_before() -> None:
    for text in (
        "Activists rallied at the Chinese Embassy in Seoul on Monday against the forced "
        "repatriation of North Korean refugees.\n\nOn Friday, about 80 activists were chanting "
        "outside the embassy when the lawmaker fainted on the 11th day of her hunger strike.",
        "탈북자 단체들은 지난 14일부터 주한 중국대사관 앞에서 북송 반대 집회를 열고 있다.\n\n"
        "21일에는 한 의원이 대사관 앞에서 단식 농성에 들어갔다.",
        "数百人14日在中国驻首尔大使馆前集会，反对遣返脱北者。\n\n今天约八十名民众在使馆外抗议遣返脱北者。",
    ):
        found = claims_of(text, date(2012, 3, 2))
        assert len(found) == 2 and all([p.name for p in c.places] == ["Seoul"] for c in found)


def test_the_country_of_the_police_is_no_finer_than_the_scene_told_just_before() -> None:
    text = (
        "一家四口昨天下午试图冲进日本驻沈阳总领事馆。中国武警在门口把两名妇女拖出，又带走两名男子。"
    )
    arrests = [c for c in claims_of(text, date(2002, 5, 9)) if c.type == "arrest"]
    assert arrests and all("Shenyang" in [p.name for p in c.places] for c in arrests)


def test_there_is_where_the_claims_just_before_took_place() -> None:
    for text, lang in (
        (
            "Chinese police sent 80 North Korean refugees back on Aug. 29, activists said at the "
            "Chinese Embassy in Seoul.\n\nOn Feb. 21 a lawmaker began a hunger strike there "
            "against the forced repatriation of North Korean refugees.",
            "en",
        ),
        (
            "탈북자 단체들은 14일 주한 중국대사관 앞에서 북송 반대 집회를 열었다.\n\n"
            "21일에는 한 의원이 그곳에서 단식 농성에 들어갔다.",
            "ko",
        ),
    ):
        protests = [c for c in claims_of(text, date(2012, 3, 2)) if c.type == "protest"]
        assert protests and all("Seoul" in [p.name for p in c.places] for c in protests), lang


def test_there_were_is_no_place() -> None:
    from refuge.extract.places import names_there

    assert not names_there("There were no arrests that night.", "en")
    assert names_there("She began her fast there on Feb. 21.", "en")
