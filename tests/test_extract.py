"""Claim extraction, read as examples: a sentence in, the claims it makes out.

The sentences are written for these tests; they describe the kind of incident the corpus
reports, in each of the four languages.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import reader

from refuge.extract import EXTRACTOR_VERSION
from refuge.extract.actor import choose_actor
from refuge.extract.attribution import find_attribution
from refuge.extract.modality import find_modality
from refuge.extract.triggers import find_triggers
from refuge.records import Claim

PUBLISHED = date(2023, 10, 12)


claims_of = reader(PUBLISHED)


def one(text: str, published: date = PUBLISHED) -> Claim:
    found = claims_of(text, published)
    assert len(found) == 1, [c.to_json() for c in found]
    return found[0]


# --- triggers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("중국 공안이 탈북민 12명을 강제북송했다.", "ko", "forced_repatriation"),
        ("北朝鮮の男性3人が大使館に駆け込んだ。", "ja", "asylum_seeking"),
        ("警方在边境抓捕了8名脱北者。", "zh", "arrest"),
        ("Seven North Koreans were arrested near the border.", "en", "arrest"),
        ("Their whereabouts remain unknown.", "en", "disappearance"),
        ("탈북민 가족과는 연락이 끊겼다.", "ko", "disappearance"),
    ],
)
def test_trigger_words_name_the_incident_type(text: str, lang: str, kind: str) -> None:
    assert kind in {t.type for t in find_triggers(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The remains of soldiers were repatriated to the United States.", "en"),
        ("Activists urged China to stop the repatriations.", "en"),
        ("단체들은 강제북송 반대 입장을 밝혔다.", "ko"),
        ("団体は送還中止を求めた。", "ja"),
        ("他们呼吁中国停止遣返。", "zh"),
    ],
)
def test_non_refugee_senses_and_demands_to_stop_are_not_triggers(text: str, lang: str) -> None:
    assert [t for t in find_triggers(text, lang) if t.type == "forced_repatriation"] == []


# --- attribution, modality, actor -------------------------------------------------------


def test_attribution_names_the_source() -> None:
    assert (
        find_attribution("According to Amnesty, 40 people were returned.", "en").source == "Amnesty"
    )
    assert find_attribution("현지 소식통에 따르면 20명이 북송됐다.", "ko").reported
    assert find_attribution("関係者によると、10人が送還された。", "ja").reported
    assert find_attribution("据韩联社报道，30名脱北者被遣返。", "zh").reported
    assert find_attribution("Forty people were returned last week.", "en").source is None


def test_hearsay_takes_the_source_named_before() -> None:
    found = find_attribution("丹東からも数人が送り返されたという。", "ja", nearby="支援団体")
    assert found.source == "支援団体"


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        ("About 50 people appear to have been sent back.", "en", "uncertain"),
        ("The group will hold a protest this Friday.", "en", "planned"),
        ("The ministry denied that there were any so-called defectors.", "en", "denied"),
        ("20명이 북송된 것으로 추정된다.", "ko", "uncertain"),
        ("30人が送還された模様だ。", "ja", "uncertain"),
        ("据信有40人被遣返。", "zh", "uncertain"),
        ("如果他们被遣返，政府将采取措施。", "zh", "conditional"),
    ],
)
def test_modality_cues(text: str, lang: str, modality: str) -> None:
    assert find_modality(text, lang, attributed=False) == modality


def test_modality_without_cue_follows_attribution() -> None:
    assert find_modality("Ten people were sent back.", "en", attributed=True) == "reported"
    assert find_modality("Ten people were sent back.", "en", attributed=False) == "asserted"


def test_actor_from_named_agent_or_type() -> None:
    assert choose_actor("forced_repatriation", "They were sent back.", "en", ()) == "CN"
    text = "The South Korean navy captured two men."
    assert choose_actor("arrest", text, "en", ()) == "KR"
    assert choose_actor("detention", "보위부 구류장에 갇혀 있다.", "ko", ()) == "KP"
    assert choose_actor("protest", "A rally was held.", "en", ()) is None


# --- whole sentences --------------------------------------------------------------------


def test_english_repatriation_with_figure_date_places_and_source() -> None:
    claim = one(
        "According to a missionary group, about 70 North Koreans were sent back "
        "through Tumen and Hunchun on October 3."
    )
    assert claim.type == "forced_repatriation"
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (70, "about")
    assert claim.date is not None and claim.date.start == date(2023, 10, 3)
    assert {p.name for p in claim.places} >= {"Tumen", "Hunchun"}
    assert claim.actor == "CN"
    assert claim.attribution is not None and claim.modality == "reported"
    assert claim.language == "en"
    assert claim.extractor_version == EXTRACTOR_VERSION


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Weather: sunny.\nChina deported 14 North Koreans on October 2."
    claim = one(text)
    assert text[claim.evidence_start : claim.evidence_end] == claim.evidence
    assert "deported 14" in claim.evidence


def test_korean_repatriation_resolves_relative_day_against_publication() -> None:
    claim = one("중국 당국이 지난 5일 탈북민 30여 명을 단둥을 통해 강제북송했다.")
    assert claim.type == "forced_repatriation"
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (
        30,
        "more_than",
    )
    assert claim.date is not None and claim.date.start == date(2023, 10, 5)
    assert "Dandong" in {p.name for p in claim.places}


def test_japanese_arrest_with_hearsay() -> None:
    claim = one("支援団体によると、今月2日に瀋陽で脱北者8人が拘束された。")
    assert claim.type == "arrest"
    assert claim.count is not None and claim.count.value == 8
    assert claim.modality == "reported" and claim.attribution is not None
    assert "Shenyang" in {p.name for p in claim.places}


def test_chinese_repatriation_gets_china_when_no_place_is_named() -> None:
    claim = one("人权组织称，10月4日约有50名脱北者被遣返。")
    assert claim.type == "forced_repatriation"
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (50, "about")
    assert any(p.country == "CN" for p in claim.places)


def test_two_figures_in_one_sentence_make_two_claims() -> None:
    found = claims_of(
        "About 300 North Koreans were repatriated on October 3, "
        "and as many as 90 of them were sent back through Dandong."
    )
    figures = sorted((c.count.value, c.count.qualifier) for c in found if c.count)
    assert figures == [(90, "up_to"), (300, "about")]


def test_a_figure_is_claimed_once_per_sentence() -> None:
    found = claims_of("China repatriated 40 North Koreans, 40 of them women, on October 3.")
    assert len([c for c in found if c.count and c.count.value == 40]) == 1


def test_off_topic_sentences_make_no_claims() -> None:
    assert claims_of("The national team sent 150 athletes to the Games on October 1.") == []
    assert claims_of("Officials said the remains of 20 soldiers were repatriated.") == []


def test_a_demand_to_stop_repatriation_is_a_protest_not_a_return() -> None:
    claim = one("활동가들이 10일 서울 중국대사관 앞에서 강제북송 중단을 촉구하는 집회를 열었다.")
    assert claim.type == "protest"
    assert "Seoul" in {p.name for p in claim.places}


def test_denial_is_a_denied_claim() -> None:
    claim = one("中国外交部发言人否认中国存在所谓“脱北者”。")
    assert claim.type == "forced_repatriation"
    assert claim.modality == "denied"


# --- Japanese and Chinese: which incident words belong to which figure ------------------


def _kinds(found: list[Claim]) -> set[tuple[str, int | None, str | None]]:
    return {
        (
            c.type,
            c.count.value if c.count else None,
            c.date.start.isoformat() if c.date else None,
        )
        for c in found
    }


def test_each_figure_of_an_enumeration_takes_its_own_month() -> None:
    found = claims_of("支援団体によると、脱北者は5月に延吉で12人、6月に丹東で9人が拘束された。")
    assert _kinds(found) == {("arrest", 12, "2023-05-01"), ("arrest", 9, "2023-06-01")}
    assert all(c.modality == "reported" for c in found)


def test_a_chinese_cleft_names_the_main_incident() -> None:
    claim = one("人权团体称，10月3日被送回朝鲜的是关押在图们的30名脱北者。")
    assert claim.type == "forced_repatriation"
    assert claim.count is not None and claim.count.value == 30


def test_routes_disputes_and_requests_are_not_incidents() -> None:
    assert claims_of("脱北者の多くはラオスを経由してタイで亡命を申請するルートを使う。") == []
    assert (
        claims_of("送還の規模については300人とする見方から900人に達するとの主張まで開きがある。")
        == []
    )
    found = claims_of("外相は10日、中国大使に脱北者5人の引き渡しを求めた。")
    assert "forced_repatriation" not in {c.type for c in found}


def test_a_bound_before_the_verb_qualifies_the_figure() -> None:
    claim = one("人权观察称，今年以来中国警方至少抓捕了15名朝鲜出逃者。")
    assert claim.type == "arrest"
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (
        15,
        "more_than",
    )


def test_a_timeline_heading_dates_the_figures_under_it() -> None:
    text = "10月17日　専門家が声明\n国連の専門家らは、さらに数百人の脱北者が拘束されたままだとする声明を出した。"
    claim = one(text, date(2023, 12, 27))
    assert claim.type == "detention"
    assert claim.date is not None and claim.date.start == date(2023, 10, 17)
    assert claim.attribution is not None and claim.modality == "reported"


def test_a_date_followed_by_since_runs_on_to_publication() -> None:
    claim = one("人权观察称，中国自今年8月以来已遣返至少500名朝鲜人。")
    assert claim.date is not None
    assert (claim.date.start, claim.date.end) == (date(2023, 8, 1), PUBLISHED)
    assert claim.count is not None and claim.count.qualifier == "more_than"


def test_a_japanese_denial_that_defectors_exist() -> None:
    found = claims_of("中国外務省報道官は12日、「中国に脱北者は存在しない」と述べた。")
    assert [(c.type, c.modality) for c in found] == [("forced_repatriation", "denied")]


def test_the_parts_of_a_total_are_not_claims_of_their_own() -> None:
    claim = one("脱北者の支援団体によると、拘束されたのは女性4人と子ども1人の計5人だという。")
    assert claim.type == "arrest"
    assert claim.count is not None and claim.count.value == 5


def test_a_date_inside_a_description_of_the_people_is_not_the_incident_date() -> None:
    claim = one(
        "大使館に昨年から身を寄せていた脱北者の一家4人が、先月28日に出国を認められた。",
        date(2024, 6, 1),
    )
    assert claim.type == "resettlement"
    assert claim.date is not None and claim.date.start == date(2024, 5, 28)


def test_an_estimate_of_people_held_is_a_stock() -> None:
    claim = one("联合国特别报告员估计，中国境内约有2000名脱北者遭到拘押。")
    assert claim.type == "population_estimate"


def test_a_chinese_woman_held_by_police_is_an_arrest() -> None:
    text = "一名脫北女子近日抵達南韓。據悉，該女子今年6月在延邊被中國公安拘留。"
    arrest = next(c for c in claims_of(text, date(2023, 12, 20)) if c.type == "arrest")
    assert arrest.date is not None and arrest.date.start == date(2023, 6, 1)
    assert arrest.actor == "CN"


def test_a_past_experience_is_no_dated_incident() -> None:
    found = claims_of(
        "支援団体によると、脱北者のうち数人は以前にも中国で捕まり、送り返された経験があるという。"
    )
    assert found == []


def test_a_diplomatic_protest_is_no_rally() -> None:
    for text in (
        "脱北者の送還をめぐり、日本政府は10日、中国に強く抗議した。",
        "对于脱北者被遣返一事，韩国政府10日已向中方提出严正抗议。",
    ):
        assert "protest" not in {c.type for c in claims_of(text)}
    assert one("脱北者の家族らは10日、東京の中国大使館前で抗議集会を開いた。").type == "protest"


def test_the_victims_of_a_crime_are_not_the_people_of_the_incident() -> None:
    found = claims_of(
        "这两名朝鲜渔民本月2日被韩国海军截获，据称他们杀害了16名同事。", date(2019, 11, 8)
    )
    assert {(c.type, c.count.value if c.count else None, c.actor) for c in found} == {
        ("arrest", 2, "KR")
    }
