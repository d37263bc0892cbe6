"""Which claims a sentence holds and who tells them how: classes of phrasing seen across the
held-out sets, each shown with sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extracting import figures, reader

# a Thursday
PUBLISHED = date(2023, 10, 12)

claims_of = reader(PUBLISHED)


def test_police_picking_up_people_is_an_arrest() -> None:
    found = claims_of("On Monday, border police in Yanji picked up twelve North Korean defectors.")
    assert figures(found) == [("arrest", 12, "2023-10-09")]


def test_taking_a_group_away_is_an_arrest() -> None:
    found = claims_of(
        "On Monday six North Korean defectors tried to get into the consulate in Dalian. "
        "Guards stopped them at the door on Monday, taking all six away."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None) for c in found] == [
        ("asylum_seeking", "2023-10-09"),
        ("arrest", "2023-10-09"),
    ]


def test_a_consulate_named_with_its_country_abbreviated() -> None:
    found = claims_of(
        "On Monday three North Korean defectors slipped into the U.K. consulate in Dalian."
    )
    assert figures(found) == [("asylum_seeking", 3, "2023-10-09")]


def test_facilities_emptied_are_where_people_were_taken_from() -> None:
    found = claims_of(
        "Rights groups say that on Monday border guards cleared out two detention centres in "
        "Yanji and drove the North Korean detainees across the border."
    )
    assert [(c.type, c.attribution is not None) for c in found] == [("forced_repatriation", True)]


def test_a_campaign_press_conference_is_a_protest_an_official_briefing_is_not() -> None:
    found = claims_of(
        "North Korean defectors rallied outside the Chinese Embassy in Seoul on Tuesday, and "
        "a rights alliance has scheduled a press conference at the same spot for noon today."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None, c.modality) for c in found] == [
        ("protest", "2023-10-10", "asserted"),
        ("protest", "2023-10-12", "planned"),
    ]
    assert all(c.places and c.places[0].name == "Seoul" for c in found)
    briefing = claims_of(
        "China sent 40 North Korean defectors back on Monday. The foreign ministry spokesman "
        "told a regular press conference on Tuesday that the law was followed."
    )
    assert [c.type for c in briefing] == ["forced_repatriation"]


def test_the_rally_told_before_is_a_reference_and_the_day_after_a_verb_of_announcing_is_ahead() -> (
    None
):
    found = claims_of(
        "Defectors held a vigil outside the Chinese Embassy in Seoul this morning. The network "
        "behind this morning's vigil says it will be back at the same spot on Saturday for a "
        "press conference."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None, c.modality) for c in found] == [
        ("protest", "2023-10-12", "asserted"),
        ("protest", "2023-10-14", "planned"),
    ]


def test_who_recorded_feared_or_separately_estimated_tells_the_claim() -> None:
    recorded = claims_of(
        "Amnesty International recorded 30 forced returns of North Korean defectors on 2 October 2023."
    )
    assert [(c.attribution, c.modality) for c in recorded] == [
        ("Amnesty International", "reported")
    ]
    estimated = claims_of(
        "The UN Special Rapporteur has separately estimated that some 1,500 North Koreans are "
        "held in Chinese detention facilities."
    )
    assert [(c.attribution, c.modality) for c in estimated] == [
        ("UN Special Rapporteur", "reported")
    ]
    feared = claims_of(
        "Police arrested 20 North Korean defectors in Yanji on Monday. Activists fear that many "
        "of them have already been driven back across the border to North Korea."
    )
    assert feared[-1].type == "forced_repatriation"
    assert (feared[-1].attribution, feared[-1].modality) == ("Activists", "uncertain")


def test_a_source_whose_figure_is_given_in_a_sentence_of_its_own() -> None:
    found = claims_of(
        "Chinese guards drove the North Korean detainees across the border on Monday night. "
        'The monitor\'s figure is "more than 300."'
    )
    assert [(c.count.value if c.count else None, c.attribution) for c in found][-1] == (
        300,
        "The monitor",
    )
