"""What a claim takes from the sentences around it, in all four languages.

Each case is written for this file: two acts joined in one sentence, each on a day of its own
("열렸고, 이튿날 …", "開き、翌日には…"); a claim whose sentence names no date after a sentence
of the same paragraph that named one and told nothing else.
"""

from __future__ import annotations

from datetime import date

from extracting import figures, reader

PUBLISHED = date(2023, 10, 18)

claims_of = reader(PUBLISHED)


# --- two acts joined in one sentence, the second on "the next day" ---------------------------


def test_ko_rally_then_press_conference_the_next_day_are_two_protests() -> None:
    text = (
        "중국이 탈북민 수백 명을 강제 북송했다.\n"
        "지난 12일 오후 서울 중국대사관 앞에서 규탄 집회가 열렸고, "
        "이튿날 오전에는 같은 장소에서 기자회견이 이어졌다."
    )
    protests = [f for f in figures(claims_of(text)) if f[0] == "protest"]
    assert protests == [("protest", None, "2023-10-12"), ("protest", None, "2023-10-13")]


def test_ja_rally_then_press_conference_the_next_day_are_two_protests() -> None:
    text = (
        "中国が脱北者数百人を強制送還した。\n"
        "ソウルでは先週木曜日、中国大使館の前で人権団体が抗議集会を開き、"
        "翌日には同じ場所で市民団体が記者会見を開いた。"
    )
    protests = [f for f in figures(claims_of(text)) if f[0] == "protest"]
    assert protests == [("protest", None, "2023-10-12"), ("protest", None, "2023-10-13")]


def test_zh_rally_then_press_conference_the_next_day_are_two_protests() -> None:
    text = (
        "中国强制遣返了数百名脱北者。\n"
        "10月12日，人权团体在首尔的中国大使馆前举行抗议集会，次日又在同一地点举行记者会。"
    )
    protests = [f for f in figures(claims_of(text)) if f[0] == "protest"]
    assert protests == [("protest", None, "2023-10-12"), ("protest", None, "2023-10-13")]


def test_en_rally_then_press_conference_the_next_day_are_two_protests() -> None:
    text = (
        "China forcibly returned hundreds of North Korean refugees.\n"
        "Activists rallied outside the Chinese embassy in Seoul on Thursday, and the next day "
        "a coalition held a press conference at the same spot."
    )
    found = [c for c in claims_of(text) if c.type == "protest"]
    assert [(c.date.start.isoformat() if c.date else None) for c in found] == [
        "2023-10-12",
        "2023-10-13",
    ]
    assert all(any(p.name == "Seoul" for p in c.places) for c in found)


def test_the_same_word_again_goes_on_with_the_incident_and_tells_no_new_one() -> None:
    text = (
        "中国强制遣返了数百名脱北者。\n"
        "议员自10月10日起在首尔的中国大使馆前绝食，抗议强制遣返，昨天在绝食第8天时昏倒。"
    )
    protests = [f for f in figures(claims_of(text)) if f[0] == "protest"]
    assert len(protests) == 1


def test_a_ministry_press_conference_is_no_protest_ja() -> None:
    text = "中国が脱北者数百人を強制送還した。\n外務省の報道官は17日の記者会見で、送還を確認していないと述べた。"
    assert [f for f in figures(claims_of(text)) if f[0] == "protest"] == []


# --- an undated claim after a sentence of its paragraph that named the day -------------------


def test_ko_undated_return_takes_the_day_the_sentence_before_named() -> None:
    text = (
        "중국은 올해 들어 탈북민 송환을 이어 왔다.\n"
        "지난 9일 밤에는 규모가 달랐다. 인권단체 집계로 하룻밤 사이에 500명 넘는 탈북민이 "
        "돌려보내졌다."
    )
    assert ("forced_repatriation", 500, "2023-10-09") in figures(claims_of(text))


def test_en_undated_return_takes_the_day_the_sentence_before_named() -> None:
    text = (
        "China has kept up its returns of North Korean refugees this year.\n"
        "The worst came on the night of 9 October. Rights groups say more than 500 North "
        "Koreans were sent back."
    )
    assert ("forced_repatriation", 500, "2023-10-09") in figures(claims_of(text))


def test_a_day_named_in_another_paragraph_dates_nothing() -> None:
    text = (
        "China has kept up its returns of North Korean refugees this year.\n"
        "The worst came on the night of 9 October.\n"
        "Rights groups say more than 500 North Koreans were sent back."
    )
    assert ("forced_repatriation", 500, None) in figures(claims_of(text))


def test_the_scene_the_sentence_before_told_goes_on_on_its_day() -> None:
    text = (
        "五名北韩人8日下午试图冲进日本驻沈阳总领事馆寻求庇护。"
        "在馆外站岗的中国武警随即把两名妇女拖走。"
    )
    found = figures(claims_of(text))
    assert ("arrest", 2, "2023-10-08") in found


def test_a_claim_of_the_sentence_before_with_no_day_of_its_own_dates_nothing() -> None:
    text = (
        "China has returned North Korean refugees for decades.\n"
        "Police later arrested two North Korean women in Yanji."
    )
    assert ("arrest", 2, None) in figures(claims_of(text))


# --- another group that followed the one just told ------------------------------------------


def test_en_a_group_that_followed_on_a_day_of_its_own_is_the_same_kind() -> None:
    text = (
        "China sent back 80 North Korean refugees on Sept. 3.\n"
        "A smaller group of 40 followed on Sept. 14."
    )
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 80, "2023-09-03"),
        ("forced_repatriation", 40, "2023-09-14"),
    ]


def test_zh_another_group_on_a_day_of_its_own_is_the_same_kind() -> None:
    text = "中国当局9月3日将80名脱北者遣返朝鲜。9月14日，又有40人。"
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 80, "2023-09-03"),
        ("forced_repatriation", 40, "2023-09-14"),
    ]


def test_ko_a_group_that_followed_is_the_same_kind() -> None:
    text = "중국 당국이 9월 3일 탈북민 80명을 북한으로 돌려보냈다. 9월 14일에는 40명이 뒤따랐다."
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 80, "2023-09-03"),
        ("forced_repatriation", 40, "2023-09-14"),
    ]


def test_ja_a_group_that_followed_is_the_same_kind() -> None:
    text = "中国当局は9月3日、脱北者80人を北朝鮮へ送還した。9月14日には40人が続いた。"
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 80, "2023-09-03"),
        ("forced_repatriation", 40, "2023-09-14"),
    ]


def test_a_group_that_followed_without_a_day_of_its_own_is_no_claim() -> None:
    text = "China sent back 80 North Korean refugees on Sept. 3.\nA smaller group of 40 followed."
    assert figures(claims_of(text)) == [("forced_repatriation", 80, "2023-09-03")]


def test_zh_another_group_entering_a_consulate_is_a_group_of_its_own() -> None:
    text = "五名北韩人8日试图冲进日本驻沈阳总领事馆。同一天，另有两名北韩人进入美国驻沈阳总领事馆。"
    assert ("asylum_seeking", 2, "2023-10-08") in figures(claims_of(text))


# --- "the day before", "the next day": counted from the incident told, by the word's offset ---


def test_ko_the_day_before_an_arrival_is_the_day_before_it() -> None:
    text = (
        "탈북민 일가족 5명이 15일 인천공항을 통해 입국했다. "
        "이들은 전날 중국 샤먼을 떠나 마닐라를 경유했다."
    )
    assert [f[2] for f in figures(claims_of(text)) if f[0] == "resettlement"] == [
        "2023-10-15",
        "2023-10-14",
    ]


def test_ja_the_next_day_after_an_arrest_is_the_day_after_it() -> None:
    text = "脱北者5人が9日、瀋陽で中国公安に拘束された。5人は翌日、北朝鮮へ送還された。"
    assert ("forced_repatriation", 5, "2023-10-10") in figures(claims_of(text))


def test_zh_the_next_day_after_a_return_is_the_day_after_it() -> None:
    text = "5名脱北者9日在沈阳被中国公安抓捕。次日，又有两名脱北者在沈阳被抓捕。"
    assert ("arrest", 2, "2023-10-10") in figures(claims_of(text))


def test_ko_the_day_after_an_incident_a_headline_names_counts_from_no_day() -> None:
    text = (
        "탈북자 25명 스페인대사관 진입 이튿날 마닐라로\n"
        "탈북자 스물다섯 명이 전날 베이징 주재 스페인대사관에 들어가 망명을 요청했다."
    )
    found = figures(claims_of(text, date(2002, 3, 15)))
    assert ("asylum_seeking", 25, "2002-03-14") in found


def test_a_day_word_in_the_sentence_before_counts_from_the_day_told() -> None:
    text = (
        "Activists said China sent 200 North Koreans back across the border on Oct. 9. "
        "A missionary group gave a smaller number for that same day. "
        "It says between 50 and 60 people were sent back through Tumen."
    )
    found = claims_of(text)
    ranged = [c for c in found if c.count and c.count.qualifier == "range"]
    assert [(c.type, c.date.start.isoformat() if c.date else None) for c in ranged] == [
        ("forced_repatriation", "2023-10-09")
    ]


def test_zh_the_day_after_an_event_given_its_day_is_the_day_after_it() -> None:
    text = (
        "中国当局本月9日晚间将约600名脱北者强制遣返回朝鲜。\n"
        "遣返发生在亚运会8日闭幕后的第二天晚上。"
        "人权团体称，当晚被押过边境的朝鲜人在500名以上。"
    )
    found = figures(claims_of(text, date(2023, 10, 11)))
    assert ("forced_repatriation", 500, "2023-10-09") in found
    assert all(f[2] != "2023-10-08" for f in found)


def test_a_day_set_off_by_a_clause_mark_is_a_day_of_its_own() -> None:
    text = "中国强制遣返了数百名脱北者。\n10月12日，人权团体举行抗议集会，次日又举行记者会。"
    protests = [f[2] for f in figures(claims_of(text)) if f[0] == "protest"]
    assert protests == ["2023-10-12", "2023-10-13"]


# --- acts on one day, each in a place of its own ---------------------------------------------


def _protest_places(text: str) -> list[tuple[str | None, list[str]]]:
    return [
        (c.date.start.isoformat() if c.date else None, [p.name for p in c.places])
        for c in claims_of(text)
        if c.type == "protest"
    ]


def test_ko_rallies_on_the_same_day_in_two_cities_are_two_protests() -> None:
    text = (
        "중국이 탈북민 수백 명을 강제 북송했다.\n"
        "지난 12일 서울 중국대사관 앞에서 규탄 집회가 열렸고, "
        "같은 날 미국 워싱턴에서도 항의 시위가 열렸다."
    )
    assert _protest_places(text) == [("2023-10-12", ["Seoul"]), ("2023-10-12", ["Washington"])]


def test_en_rallies_on_the_same_day_in_two_cities_are_two_protests() -> None:
    text = (
        "China forcibly returned hundreds of North Korean refugees.\n"
        "In Seoul, activists rallied outside the Chinese embassy on Thursday, and campaigners "
        "picketed the Chinese mission in Washington on the same day."
    )
    assert _protest_places(text) == [("2023-10-12", ["Seoul"]), ("2023-10-12", ["Washington"])]


def test_acts_on_one_day_in_one_place_stay_one_claim() -> None:
    text = (
        "중국이 탈북민 수백 명을 강제 북송했다.\n"
        "지난 12일 서울 중국대사관 앞에서 규탄 집회가 열렸고, 같은 날 같은 장소에서 "
        "기자회견도 열렸다."
    )
    assert len(_protest_places(text)) == 1
