"""English incident words read as families: each verb or noun with its inflections, phrasal
forms and the synonyms a reporter uses, and the qualifiers and dates a figure comes with.

Every sentence is written for these tests; several words of one family are shown so that the
family, not one phrasing, is what is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import reader

from refuge.extract.counts import find_counts
from refuge.extract.dates import find_dates
from refuge.records import Claim

PUBLISHED = date(2023, 10, 12)

claims_of = reader(PUBLISHED)

LEAD = "North Korean refugees face prison if they are caught in China. "


def _typed(found: list[Claim]) -> list[tuple[str, int | None]]:
    return [(c.type, c.count.value if c.count else None) for c in found]


def _has(text: str, kind: str, value: int | None) -> bool:
    return (kind, value) in _typed(claims_of(LEAD + text))


# --- forced_repatriation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 35 escapees were ferried to the Namyang and Tumen checkpoints on Sunday.", 35),
        ("About 70 detainees were carried to the frontier in army trucks on Friday.", 70),
        ("Guards loaded 45 defectors onto lorries on Tuesday night.", 45),
        ("Roughly 120 were put on three coaches on Monday, the group said.", 120),
        ("Police handed 18 North Koreans to North Korean security agents on Monday.", 18),
        ("Some 25 women were removed to North Korea on Saturday.", 25),
        ("One group said up to 90 of the returnees went through Namyang on Monday.", 90),
    ],
)
def test_moved_to_the_frontier_or_handed_to_the_north_is_a_return(text: str, value: int) -> None:
    assert _has(text, "forced_repatriation", value)


def test_a_prison_in_a_border_city_is_no_frontier() -> None:
    found = claims_of(
        LEAD + "The 12 defectors were taken to a prison in the border city of Dandong."
    )
    assert "forced_repatriation" not in [c.type for c in found]


def test_a_word_for_people_returned_before_does_not_type_a_new_act() -> None:
    found = claims_of(LEAD + "Three returnees were executed by firing squad in Hyesan on Monday.")
    assert _typed(found) == [("execution", 3)]


# --- asylum_seeking ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Six North Koreans tried to reach the safety of the Canadian embassy on Monday.", 6),
        ("Three defectors vaulted the fence of the Danish consulate in Beijing on Monday.", 3),
        ("Two women got over the wall of Spain's embassy in Beijing on Monday.", 2),
        ("A group of 11 North Koreans fought its way into the Mexican embassy on Monday.", 11),
        ("Four defectors raced into Germany's consulate in Shanghai on Monday.", 4),
        ("A family of six holed up in the Italian embassy in Beijing on Monday.", 6),
    ],
)
def test_any_way_into_a_diplomatic_compound_is_an_asylum_bid(text: str, value: int) -> None:
    assert _has(text, "asylum_seeking", value)


# --- arrest, detention, disappearance --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Nine escapees were picked up by Chinese public security on Monday.", "arrest", 9),
        ("Six North Koreans fell into the hands of police in Yanji on Monday.", "arrest", 6),
        ("Patrols stopped 13 North Koreans near Hunchun on Monday.", "arrest", 13),
        ("Eight defectors were swept up in a dragnet in Shenyang on Monday.", "arrest", 8),
        ("Eleven women were sitting in police cells in Tumen on Monday.", "detention", 11),
        (
            "Relatives say seven defectors have been incarcerated in Yanji since May.",
            "detention",
            7,
        ),
    ],
)
def test_the_verbs_of_catching_and_holding(text: str, kind: str, value: int) -> None:
    assert _has(text, kind, value)


def test_people_taken_in_by_diplomats_are_not_arrested() -> None:
    text = "Two North Koreans climbed into the U.S. consulate on Monday and were taken in by diplomats."
    assert "arrest" not in [c.type for c in claims_of(LEAD + text)]


@pytest.mark.parametrize(
    "text",
    [
        "No one knows where the eight defectors were taken after Monday's raid in Yanji.",
        "The eight defectors caught in Yanji on Monday have since vanished without a trace.",
    ],
)
def test_nobody_knowing_where_they_are_is_a_disappearance(text: str) -> None:
    assert "disappearance" in [c.type for c in claims_of(LEAD + text)]


# --- resettlement and protest ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 14 defectors touched down in Incheon on Monday morning.", 14),
        ("Nine North Koreans made their way to Seoul via Bangkok on Monday.", 9),
        ("The seven left Beijing for Manila on Monday.", 7),
    ],
)
def test_arrival_in_any_words_is_resettlement(text: str, value: int) -> None:
    assert _has(text, "resettlement", value)


def test_a_background_year_of_a_speaker_is_no_arrival() -> None:
    text = "A defector who arrived in Seoul in 2015 said she still feared for her family."
    assert "resettlement" not in [c.type for c in claims_of(LEAD + text)]


@pytest.mark.parametrize(
    "text",
    [
        "About 80 activists were chanting outside the Chinese embassy in Seoul on Monday.",
        "Campaigners gathered once more on Monday from noon outside China's consulate in Busan.",
        "Defectors took to the streets outside the Chinese embassy in Seoul on Monday.",
    ],
)
def test_any_words_of_a_street_protest(text: str) -> None:
    assert "protest" in [c.type for c in claims_of(LEAD + text)]


def test_any_verb_of_protest_after_a_word_of_intent_is_planned() -> None:
    (found,) = claims_of(LEAD + "Activists intend to picket China's mission in Seoul on Friday.")
    assert (found.type, found.modality, found.date and found.date.start) == (
        "protest",
        "planned",
        date(2023, 10, 13),
    )


def test_a_government_that_protests_is_no_rally() -> None:
    assert claims_of(LEAD + "Tokyo protests raid on its consulate in Shenyang") == []


# --- qualifiers, number words and dates ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("upward of 400 defectors", 400, "more_than"),
        ("north of 300 people", 300, "more_than"),
        ("as few as 40 refugees", 40, "more_than"),
        ("the best part of 1,500 North Koreans", 1500, "up_to"),
        ("just shy of 90 detainees", 90, "up_to"),
        ("in the neighbourhood of 700 people", 700, "about"),
        ("a pair of fishermen", 2, "exact"),
        ("up to 120 of the returnees", 120, "up_to"),
    ],
)
def test_qualifiers_before_a_figure(text: str, value: int, qualifier: str) -> None:
    (m,) = find_counts(text, "en")
    assert (m.count.value, m.count.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("were moved on the nights of the 3rd and 4th.", date(2023, 10, 3), date(2023, 10, 4)),
        ("were moved on the 20th of last month.", date(2023, 9, 20), date(2023, 9, 20)),
        ("were moved in the last days of August.", date(2023, 8, 21), date(2023, 8, 31)),
        ("were moved in the first week of October.", date(2023, 10, 1), date(2023, 10, 10)),
    ],
)
def test_days_told_by_parts_of_a_month(text: str, start: date, end: date) -> None:
    (m,) = find_dates(text, "en", PUBLISHED)
    assert (m.span.start, m.span.end) == (start, end)


# --- one figure, several acts of its people --------------------------------------------------


def test_a_figure_heads_each_act_its_people_string_on() -> None:
    found = claims_of(
        LEAD + "In May, 14 North Koreans climbed into the Danish embassy in Beijing, and the "
        "authorities later let them fly out to Seoul."
    )
    assert sorted(_typed(found)) == [("asylum_seeking", 14), ("resettlement", 14)]


def test_an_arrest_then_a_return_of_one_group_are_two_claims_with_their_own_days() -> None:
    found = claims_of(
        LEAD
        + "Nine defectors were caught in Tumen on Monday and sent back to the North on Wednesday."
    )
    assert sorted((c.type, c.date and c.date.start) for c in found) == [
        ("arrest", date(2023, 10, 9)),
        ("forced_repatriation", date(2023, 10, 11)),
    ]


def test_a_warning_after_and_is_no_act_of_the_people() -> None:
    found = claims_of(
        LEAD + "Monitors said dozens of North Koreans had been repatriated on Monday, and "
        "warned that returnees face torture and imprisonment."
    )
    assert [c.type for c in found] == ["forced_repatriation"]


def test_a_figure_added_to_a_group_told_before_needs_no_people_noun() -> None:
    found = claims_of(LEAD + "Dozens more remain in Chinese detention in Tumen.")
    assert [(c.type, c.count and c.count.qualifier) for c in found] == [("detention", "vague")]


# --- who tells it, and how firmly ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Guards drove 60 defectors back across the river on Monday, per Amnesty International.",
            "Amnesty International",
        ),
        ("Police sent 45 escapees back on Monday, quoting a pastor in Yanji.", "a pastor in Yanji"),
        ("About 70 people were sent back on Monday, rights activists said.", "rights activists"),
        (
            "A witness in Tumen told the paper that 30 detainees were sent back on Monday.",
            "A witness in Tumen",
        ),
    ],
)
def test_the_teller_of_a_return_in_any_words(text: str, source: str) -> None:
    (found,) = claims_of(LEAD + text)
    assert (found.attribution, found.modality) == (source, "reported")


def test_a_measure_held_ready_should_it_be_established_is_conditional() -> None:
    found = claims_of(
        LEAD + "Seoul will take the necessary steps should it be established that the nine "
        "defectors held in Shenyang have been sent back."
    )
    assert "conditional" in [c.modality for c in found]


def test_people_scheduled_to_land_are_a_planned_arrival() -> None:
    found = claims_of(LEAD + "The 12 defectors are scheduled to land at Incheon on Saturday.")
    assert [(c.type, c.modality) for c in found] == [("resettlement", "planned")]


def test_a_short_wire_naming_detainees_returned_from_border_towns_is_on_topic() -> None:
    text = (
        "Dozens thought sent back from Namyang\n"
        "About 40 detainees from centres in Tumen appear to have been trucked back on Monday, "
        "a church group told the agency."
    )
    assert [(c.type, c.count and c.count.value) for c in claims_of(text)] == [
        ("forced_repatriation", 40)
    ]
