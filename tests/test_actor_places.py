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
