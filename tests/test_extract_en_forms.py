"""English forms beyond the dev corpus's wording: other verbs, phrasings, hedges and cues.

Every sentence here was written for these tests. Each test states a rule of the language
(how else a reporter writes an incident), not the wording of one document.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.extract.dates import find_dates
from refuge.records import Claim

# a Thursday
PUBLISHED = date(2023, 10, 12)


claims_of = reader(PUBLISHED)


# --- incident words for custody, silence and arrival (trigger coverage) ----------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Chinese police took nine North Korean defectors into custody in Yanji on Monday.",
            "arrest",
        ),
        (
            "Nine North Korean defectors applied for refugee status in Laos on Monday.",
            "asylum_seeking",
        ),
        ("Nine North Korean defectors touched down at Incheon airport on Monday.", "resettlement"),
        ("Contact with the nine North Korean defectors was lost on Monday.", "disappearance"),
    ],
)
def test_custody_refugee_status_arrival_and_lost_contact(text: str, kind: str) -> None:
    assert figures(claims_of(text)) == [(kind, 9, "2023-10-09")]


@pytest.mark.parametrize(
    "text",
    [
        "The nine North Korean defectors have not been seen since Monday.",
        "Nothing has been heard from the nine North Korean defectors since Monday.",
    ],
)
def test_not_seen_or_heard_of_since_is_a_disappearance(text: str) -> None:
    assert [(c.type, c.count.value if c.count else None) for c in claims_of(text)] == [
        ("disappearance", 9)
    ]


def test_those_returned_are_the_people_of_the_story_sentences_later() -> None:
    found = claims_of(
        "China sent 40 North Korean women back on Monday. The ministry in Seoul declined to "
        "comment. A spokesman said talks would go on. Officials met on Tuesday. The whereabouts "
        "of those returned on Monday remain unknown."
    )
    assert ("disappearance", None, "2023-10-09") in figures(found)


def test_all_five_are_the_group_counted_before() -> None:
    found = claims_of(
        "Police arrested five North Korean defectors in Yanji on Monday. A video shows a guard "
        "at the gate. A girl cries as an officer pulls her mother away. Reporters watched from "
        "across the street. All five were still being held in Yanji on Wednesday."
    )
    assert ("detention", 5, "2023-10-11") in figures(found)


def test_a_small_group_held_now_is_a_detention_not_a_stock() -> None:
    found = claims_of("Nine North Korean defectors are currently in the custody of Chinese police.")
    assert [(c.type, c.count.value if c.count else None) for c in found] == [("detention", 9)]


# --- figure restatements: figures for the incident just told, one claim per source -----------


def _restated(found: list[Claim]) -> list[tuple[str, int | None, str | None, bool]]:
    return [
        (
            c.type,
            c.count.value if c.count else None,
            c.date.start.isoformat() if c.date else None,
            c.attribution is not None,
        )
        for c in found
    ]


@pytest.mark.parametrize(
    ("restatement", "value", "qualifier"),
    [
        ("Some Seoul-based rights groups put the number as high as 800.", 800, "up_to"),
        ("A group of defectors in Seoul puts the figure closer to 800.", 800, "about"),
        ("A church network put the toll at 750.", 750, "exact"),
    ],
)
def test_a_bare_figure_after_the_figure_word_restates_the_return(
    restatement: str, value: int, qualifier: str
) -> None:
    found = claims_of("China sent hundreds of North Koreans back on Monday night. " + restatement)
    assert _restated(found) == [
        ("forced_repatriation", None, "2023-10-09", False),
        ("forced_repatriation", value, "2023-10-09", True),
    ]
    assert found[1].count is not None and found[1].count.qualifier == qualifier


def test_estimates_ranging_between_two_figures_are_one_range_claim() -> None:
    (_, found) = claims_of(
        "China sent hundreds of North Koreans back on Monday night. Estimates range from 700 to "
        "800."
    )
    assert found.count is not None and (found.count.min, found.count.max) == (700, 800)
    assert found.date is not None and found.date.start.isoformat() == "2023-10-09"


@pytest.mark.parametrize(
    "second",
    [
        # the women and the men of the family counted before are parts of it
        "Officers took the two women away first, while the two men were led out later, "
        "witnesses said.",
        "Several opposition lawmakers said the number was a scandal.",
        "The figure includes 13 women, a rights group said.",
    ],
)
def test_parts_and_other_people_restate_nothing(second: str) -> None:
    text = "Chinese police arrested 15 North Koreans in Kunming on Monday. " + second
    assert _restated(claims_of(text)) == [("arrest", 15, "2023-10-09", False)]


def test_the_group_named_again_is_counted_not_the_parts_beside_it() -> None:
    found = claims_of(
        "Police in Kunming caught 15 North Koreans last week, a rights group said. The 15, 11 "
        "women and four children among them, were sent back on Monday."
    )
    assert figures(found) == [
        ("arrest", 15, "2023-10-02"),
        ("forced_repatriation", 15, "2023-10-09"),
    ]


def test_the_two_named_again_restate_no_figure() -> None:
    text = (
        "Police caught several North Korean fishermen on Monday. Officials said the two had "
        "fought with the captain."
    )
    assert _restated(claims_of(text)) == [("arrest", None, "2023-10-09", False)]


def test_a_question_that_pins_nothing_down_leaves_the_figure_to_the_dated_return() -> None:
    found = claims_of(
        "Rights groups say China sent about 500 North Koreans back on Monday night. Did Beijing "
        "say how many were sent back? A church group in Seoul puts the figure closer to 700."
    )
    assert ("forced_repatriation", 700, "2023-10-09") in figures(found)


@pytest.mark.parametrize(
    ("incident", "kind", "value"),
    [
        (
            "Activists held a vigil outside the Chinese embassy on Monday against the return of "
            "North Korean defectors. About 200 supporters were on hand.",
            "protest",
            200,
        ),
        # those present at an arrest are onlookers, not the people arrested
        (
            "Police arrested five North Korean defectors in Yanji on Monday. About 100 onlookers "
            "were present.",
            "arrest",
            5,
        ),
    ],
)
def test_those_present_are_the_people_of_a_gathering_only(
    incident: str, kind: str, value: int
) -> None:
    assert figures(claims_of(incident)) == [(kind, value, "2023-10-09")]


# --- forced repatriation: moved to the frontier, handed over --------------------------------


def test_moved_to_the_border_is_a_return() -> None:
    found = claims_of(
        "Police moved about 300 North Korean detainees to the border crossing on Tuesday."
    )
    assert figures(found) == [("forced_repatriation", 300, "2023-10-10")]


def test_taken_to_crossings_beats_the_description_held_in_detention() -> None:
    found = claims_of(
        "A rights group said some 120 people held in detention centres in Jilin were taken to "
        "crossings near Hunchun on Sunday night, leaving the North Korean refugees no recourse."
    )
    assert figures(found) == [("forced_repatriation", 120, "2023-10-08")]


def test_handed_over_to_the_north_across_an_apposition() -> None:
    found = claims_of(
        "Chinese guards on Sunday handed roughly 40 North Korean women, held for months in a "
        "jail near Tumen, over to the North."
    )
    assert figures(found) == [("forced_repatriation", 40, "2023-10-08")]


# --- asylum and resettlement -------------------------------------------------------------------


def test_a_relative_clause_bid_and_a_flight_are_two_claims() -> None:
    found = claims_of(
        "Eleven North Koreans who scaled the wall of the Canadian embassy on Monday were flown "
        "to Seoul on Wednesday."
    )
    assert figures(found) == [
        ("asylum_seeking", 11, "2023-10-09"),
        ("resettlement", 11, "2023-10-11"),
    ]


def test_a_family_that_sought_protection_is_an_asylum_bid_not_a_description() -> None:
    found = claims_of(
        "Last May, a North Korean family of six sought protection at a UN office in Beijing and "
        "were later allowed to leave for Seoul."
    )
    # the family's second act, strung on by "and were later", is its own claim
    assert figures(found) == [
        ("asylum_seeking", 6, "2023-05-01"),
        ("resettlement", 6, "2023-05-01"),
    ]


# --- stocks, disappearances --------------------------------------------------------------------


def test_may_be_sitting_in_detention_by_someones_count_is_a_stock() -> None:
    (found,) = claims_of(
        "By one researcher's count, as many as 1,500 North Koreans may be sitting in Chinese "
        "detention."
    )
    assert found.type == "population_estimate"
    assert found.count is not None and (found.count.value, found.count.qualifier) == (1500, "up_to")
    assert found.attribution is not None and found.modality == "reported"


def test_no_word_from_them_is_a_disappearance() -> None:
    found = claims_of("Relatives have had no word from the North Korean women since October 9.")
    assert [c.type for c in found] == ["disappearance"]


def test_nobody_has_heard_from_them_is_a_disappearance() -> None:
    found = claims_of(
        "China sent back dozens of North Korean refugees on Monday night. None of their "
        "relatives has heard from them since Monday."
    )
    assert "disappearance" in [c.type for c in found]


# --- what is not an incident -------------------------------------------------------------------


def test_an_obligation_to_send_workers_home_is_not_a_return() -> None:
    text = (
        "U.N. sanctions required member states to send North Korean workers home by the end of "
        "2019. Washington urged Beijing not to send the North Korean women back."
    )
    assert claims_of(text) == []


def test_protests_about_something_else_are_not_refugee_protests() -> None:
    found = claims_of(
        "China repatriated 50 North Koreans on Monday. Separately, students held tuition "
        "protests in Seoul on Tuesday."
    )
    assert figures(found) == [("forced_repatriation", 50, "2023-10-09")]


def test_a_group_said_to_include_families_counts_the_group_not_the_families() -> None:
    found = claims_of(
        "Thirty North Koreans left Beijing for Manila on Friday. The group, said to include "
        "several families, boarded a flight in the afternoon."
    )
    assert figures(found) == [("resettlement", 30, "2023-10-06")]


# --- places, dates, actors, modality ------------------------------------------------------------


def test_a_city_naming_a_group_is_not_the_incident_place() -> None:
    (found,) = claims_of("A Seoul group said 70 North Koreans were sent back on Monday.")
    assert "Seoul" not in [p.name for p in found.places]


def test_the_neighbour_across_a_border_is_not_the_incident_place() -> None:
    (found,) = claims_of(
        "Chinese police arrested nine North Korean defectors near the border with Laos on Monday."
    )
    assert "Laos" not in [p.name for p in found.places]


def test_day_and_figure_are_not_a_span_of_days() -> None:
    found = find_dates("70 people on August 29 and 30 on September 18", "en", PUBLISHED)
    assert [m.span.start for m in found] == [date(2023, 8, 29), date(2023, 9, 18)]


def test_seoul_expelling_is_the_actor() -> None:
    (found,) = claims_of("Seoul deported two North Korean sailors through Panmunjom on Friday.")
    assert found.actor == "KR"


def test_planned_to_rally_is_planned() -> None:
    found = claims_of(
        "China sent back 60 North Korean defectors on Monday. Activists planned to rally "
        "outside the Chinese embassy in Seoul on Saturday."
    )
    assert [c.modality for c in found if c.type == "protest"] == ["planned"]


def test_a_part_of_a_relative_month_is_a_span_of_days() -> None:
    (found,) = find_dates("late last month", "en", date(2024, 5, 9))
    assert (found.span.start, found.span.end) == (date(2024, 4, 21), date(2024, 4, 30))


def test_rejecting_the_reports_is_a_denial() -> None:
    found = claims_of(
        "China's foreign ministry on Tuesday rejected the reports that North Korean defectors "
        "had been repatriated."
    )
    assert [c.modality for c in found] == ["denied"]


def test_taken_away_by_police_is_an_arrest() -> None:
    found = claims_of(
        "Four North Korean women were taken away by Chinese police in Yanji on Saturday."
    )
    assert figures(found) == [("arrest", 4, "2023-10-07")]


def test_leaders_delegations_and_airlines_travel_they_do_not_resettle() -> None:
    text = (
        "North Korean refugees in China live in fear. North Korean leader Kim Jong Un flew to "
        "Vladivostok on Tuesday. A North Korean delegation arrived in Beijing on Monday for "
        "trade talks. North Korean diplomats were expelled from Kuala Lumpur in March."
    )
    assert claims_of(text) == []


def test_a_rally_planned_for_a_weekday_is_ahead_and_planned() -> None:
    found = claims_of(
        "China sent back 60 North Korean defectors on Monday. A rally is planned for Saturday "
        "outside the Chinese embassy in Seoul."
    )
    protests = [c for c in found if c.type == "protest"]
    assert [(c.modality, c.date.start if c.date else None) for c in protests] == [
        ("planned", date(2023, 10, 14))
    ]


def test_beijing_letting_a_group_leave_is_a_chinese_resettlement() -> None:
    (found,) = claims_of(
        "Beijing allowed the five North Koreans to leave the country on May 22.", date(2002, 5, 23)
    )
    assert (found.type, found.actor) == ("resettlement", "CN")
    assert found.date is not None and found.date.start == date(2002, 5, 22)


def test_half_a_dozen_and_a_handful_are_several() -> None:
    from refuge.extract.counts import find_counts

    for text in ("half a dozen North Koreans", "a handful of North Koreans"):
        (found,) = find_counts(text, "en")
        assert (found.count.qualifier, found.count.min, found.count.max) == ("vague", 3, 9)


def test_a_handover_at_panmunjom_is_south_koreas() -> None:
    (found,) = claims_of(
        "The two North Korean sailors were blindfolded and handed to North Korean soldiers at "
        "Panmunjom on Monday."
    )
    assert (found.type, found.actor) == ("forced_repatriation", "KR")


def test_over_the_weekend_is_in_the_week_before() -> None:
    (found,) = find_dates("They were sent back over the weekend.", "en", date(2023, 10, 10))
    assert found.span.start <= date(2023, 10, 7) and date(2023, 10, 8) <= found.span.end


def test_headline_present_tense_verbs() -> None:
    for text, kind in (
        ("China sends 300 North Koreans back after summit", "forced_repatriation"),
        ("Chinese police seize 12 North Korean defectors in Yanji", "arrest"),
        ("Navy captures two North Korean fishermen off east coast", "arrest"),
    ):
        assert [c.type for c in claims_of(text + ".")] == [kind]


def test_drones_troops_and_hackers_are_not_refugee_incidents() -> None:
    text = (
        "North Korean refugees in China live in fear. South Korea's military intercepted a North "
        "Korean drone near the border on Tuesday. North Korean troops were forced back across "
        "the border by warning shots on Monday. North Korean hackers raided crypto exchanges "
        "in March."
    )
    assert claims_of(text) == []


def test_border_guards_intercepting_defectors_is_an_arrest() -> None:
    found = claims_of("Chinese border guards intercepted 14 North Korean defectors on Monday.")
    assert figures(found) == [("arrest", 14, "2023-10-09")]


# --- arrests: the active verb "detained" -------------------------------------------------------


def test_police_detaining_people_is_an_arrest_and_their_make_up_no_claim() -> None:
    found = claims_of(
        "Border police detained nine North Korean refugees in Yanji on Sunday. Seven of those "
        "held are women."
    )
    assert figures(found) == [("arrest", 9, "2023-10-08")]


def test_people_detained_somewhere_are_only_described() -> None:
    found = claims_of("Some 70 North Koreans detained in Jilin were sent back on Monday.")
    assert figures(found) == [("forced_repatriation", 70, "2023-10-09")]


# --- timelines: headings by a month's name ---------------------------------------------------


def test_each_heading_of_a_year_in_review_dates_its_own_entry() -> None:
    found = claims_of(
        "THE YEAR SO FAR\n"
        "MARCH 3\n"
        "Rights groups said thirty North Korean defectors were sent back.\n"
        "JUNE 14\n"
        "Another twenty North Koreans were returned, activists said.\n"
        "SEPTEMBER\n"
        "Activists estimate that about 1,500 North Koreans are still held in Chinese jails.\n"
    )
    assert figures(found) == [
        ("forced_repatriation", 30, "2023-03-03"),
        ("forced_repatriation", 20, "2023-06-14"),
        ("population_estimate", 1500, "2023-09-01"),
    ]


# --- reposts: anniversaries, quoted wire copy and what followed --------------------------------


def test_years_ago_today_is_that_calendar_day() -> None:
    (m,) = find_dates("Fifteen years ago today, they were caught.", "en", date(2023, 10, 12))
    assert (m.span.start, m.span.precision) == (date(2008, 10, 12), "day")


def test_a_quoted_dateline_dates_the_old_report_and_the_next_day_counts_from_what_happened() -> (
    None
):
    found = claims_of(
        "Ten years ago today, 14 North Koreans climbed the wall of the Canadian embassy in "
        "Beijing.\n"
        "Beijing, October 13, 2013 — The North Koreans who entered the compound on Saturday were "
        "expected to leave China as early as Tuesday.\n"
        "China let them fly out to Bangkok the next day, and they landed in Seoul on October 20.\n"
    )
    assert figures(found)[0] == ("asylum_seeking", 14, "2013-10-12")
    flights = [f for f in figures(found) if f[0] == "resettlement" and f[1] is None]
    assert ("resettlement", None, "2013-10-13") in flights
    assert ("resettlement", None, "2013-10-20") in flights


# --- sources that put a number on it ----------------------------------------------------------


def test_groups_putting_the_number_higher_give_a_second_figure() -> None:
    found = claims_of(
        "Chinese police sent back more than 300 North Korean defectors on Monday, rights "
        "monitors said. Some Seoul-based aid groups put the number as high as 450."
    )
    assert figures(found) == [
        ("forced_repatriation", 300, "2023-10-09"),
        ("forced_repatriation", 450, "2023-10-09"),
    ]
    assert found[1].count is not None and found[1].count.qualifier == "up_to"
    assert found[1].attribution == "Some Seoul-based aid groups"


def test_an_uncounted_dated_clause_beside_a_counted_one_is_a_claim_of_its_own() -> None:
    found = claims_of(
        "In early July a first group of North Korean defectors was sent back across the border, "
        "and in September about "
        "70 more followed, activists said."
    )
    assert sorted(figures(found), key=str) == sorted(
        [("forced_repatriation", None, "2023-07-01"), ("forced_repatriation", 70, "2023-09-01")],
        key=str,
    )


def test_a_source_that_has_since_written_is_named() -> None:
    (claim,) = claims_of(
        "Amnesty International has since written that 45 North Koreans were sent back on Oct. 2."
    )
    assert claim.attribution == "Amnesty International"


# --- figures of the parts of one group ---------------------------------------------------------


def test_kinds_of_people_joined_by_and_are_one_group() -> None:
    found = claims_of(
        "Border guards caught three North Korean men and two women near Hunchun on Sunday."
    )
    assert figures(found) == [("arrest", 5, "2023-10-08")]


def test_a_lone_child_closing_the_list_counts_one() -> None:
    found = claims_of(
        "Two North Korean women and a small child were detained by police in Yanji on Tuesday."
    )
    assert [c.count.value for c in found if c.count] == [3]


def test_parts_of_a_whole_in_apposition_give_the_whole() -> None:
    found = claims_of(
        "The 12 North Koreans, nine women and three boys among them, were arrested in Dandong on Monday."
    )
    assert figures(found) == [("arrest", 12, "2023-10-09")]


def test_a_second_predicate_on_more_of_the_group_adds_to_it() -> None:
    found = claims_of(
        "On Monday police seized two North Korean women and a baby at the gate and dragged out "
        "two men who had reached the lobby."
    )
    assert figures(found) == [("arrest", 5, "2023-10-09")]


def test_parts_told_on_days_of_their_own_stay_apart() -> None:
    found = claims_of(
        "Police detained two North Korean women on Monday and arrested three men on Tuesday."
    )
    assert figures(found) == [("arrest", 2, "2023-10-09"), ("arrest", 3, "2023-10-10")]


# --- forced repatriation: causative verbs of motion over the frontier ---------------------------


def test_pushed_over_the_border_is_a_return() -> None:
    found = claims_of(
        "Border guards pushed 30 North Korean women over the border into the North on Monday."
    )
    assert figures(found) == [("forced_repatriation", 30, "2023-10-09")]


def test_put_across_the_border_in_the_passive_is_a_return() -> None:
    found = claims_of(
        "A church group says 25 North Koreans were put across the border at Tumen on Sunday."
    )
    assert figures(found) == [("forced_repatriation", 25, "2023-10-08")]


def test_drove_across_a_bridge_is_a_return() -> None:
    found = claims_of(
        "Police drove about 40 North Koreans across the river bridge to Sinuiju on Sunday."
    )
    assert figures(found) == [("forced_repatriation", 40, "2023-10-08")]


def test_moved_out_of_a_detention_centre_is_a_return_not_a_detention() -> None:
    found = claims_of(
        "Some 70 North Koreans were moved out of a detention centre in Yanji on Sunday."
    )
    assert figures(found) == [("forced_repatriation", 70, "2023-10-08")]


def test_smaller_transfers_are_returns() -> None:
    found = claims_of(
        "Activists say the two smaller transfers of North Koreans took place on Aug. 29."
    )
    assert figures(found) == [("forced_repatriation", None, "2023-08-29")]


# --- asylum, disappearance, protest: objects and subjects spread out ---------------------------


def test_rushed_the_gate_is_an_asylum_bid() -> None:
    found = claims_of("Three North Korean women rushed the gate of the embassy on Monday.")
    assert figures(found) == [("asylum_seeking", 3, "2023-10-09")]


def test_fate_and_whereabouts_of_a_group_remain_unknown() -> None:
    found = claims_of(
        "The fate and whereabouts of the 40 North Koreans sent back on Monday remain unknown."
    )
    assert figures(found) == [("disappearance", None, "2023-10-09")]


def test_gathered_with_a_place_between_verb_and_outside() -> None:
    found = claims_of(
        "About 50 defectors gathered in the rain outside the Chinese embassy on Wednesday."
    )
    assert figures(found) == [("protest", 50, "2023-10-11")]


# --- incident words the verb and its figure stand apart in -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards pushed 40 North Korean women back over the border on Monday.", 40),
        ("Police drove about 70 North Koreans across the Yalu bridge on Monday.", 70),
        ("Some 30 North Korean defectors were marched across the river on Monday.", 30),
        ("About 90 North Korean detainees were moved out of a holding centre on Monday.", 90),
        ("Border police forced 25 North Koreans back into the North on Monday.", 25),
    ],
)
def test_driven_over_the_frontier_is_a_return(text: str, expected: int) -> None:
    assert figures(claims_of(text)) == [("forced_repatriation", expected, "2023-10-09")]


def test_escaping_across_the_border_is_no_return() -> None:
    assert claims_of("Thirty North Korean defectors crossed the river into China on Monday.") == []


def test_the_whereabouts_of_a_group_with_its_words_between() -> None:
    found = claims_of(
        "The whereabouts of the North Korean refugees sent back on Monday remain unknown."
    )
    assert [(c.type, c.date.start.isoformat() if c.date else None) for c in found] == [
        ("disappearance", "2023-10-09")
    ]


def test_gathered_with_words_before_the_place_is_a_rally() -> None:
    found = claims_of(
        "North Korean defectors gathered on the steps of the Chinese consulate on Tuesday to "
        "denounce the repatriations."
    )
    assert figures(found) == [("protest", None, "2023-10-10")]


def test_the_number_held_is_a_stock() -> None:
    found = claims_of(
        "Rights groups put the number of North Koreans held in Chinese custody at about 3,000."
    )
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("population_estimate", 3000)
    ]


def test_held_and_facing_the_same_fate_is_a_detention() -> None:
    found = claims_of(
        "Hundreds more North Koreans are currently held in China and may meet the same fate."
    )
    assert [c.type for c in found] == ["detention"]


def test_each_figure_of_an_enumeration_keeps_its_own_date() -> None:
    text = "Activists said China sent back 30 North Koreans on March 3, and 45 on April 20."
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 30, "2023-03-03"),
        ("forced_repatriation", 45, "2023-04-20"),
    ]


def test_the_previous_afternoon_counts_back_from_the_day_told() -> None:
    text = (
        "Seoul said on Wednesday that three North Koreans had been arrested in Dalian "
        "the previous afternoon."
    )
    assert figures(claims_of(text)) == [("arrest", 3, "2023-10-10")]


# --- a figure standing for the group told of; a government's protest ---------------------------


def test_all_five_is_the_group_told_of_before() -> None:
    found = claims_of(
        "North Korean refugees were arrested by police at the consulate on Wednesday. All five "
        "were still being held by Chinese police in Shenyang on Thursday."
    )
    assert figures(found) == [("arrest", None, "2023-10-11"), ("detention", 5, "2023-10-12")]


def test_an_opening_the_with_a_figure_counts_the_group_not_its_parts() -> None:
    found = claims_of(
        "Police arrested 15 North Korean refugees last week. The 15, 13 women and two teenagers "
        "among them, were rounded up by police in Kunming on Aug. 21."
    )
    assert figures(found) == [("arrest", 15, "2023-10-02"), ("arrest", 15, "2023-08-21")]


def test_the_two_inside_a_sentence_restates_nobody() -> None:
    found = claims_of(
        "China returned two North Koreans on Monday. Officials said the two had committed crimes."
    )
    assert figures(found) == [("forced_repatriation", 2, "2023-10-09")]


def test_the_fate_of_those_returned_is_a_disappearance() -> None:
    found = claims_of(
        "China sent back 40 North Koreans on Monday. The fate of those returned remains unknown."
    )
    assert figures(found) == [
        ("forced_repatriation", 40, "2023-10-09"),
        ("disappearance", None, "2023-10-09"),
    ]


def test_a_protest_lodged_with_a_government_is_diplomacy() -> None:
    found = claims_of(
        "Tokyo lodged a strong protest with Beijing on Thursday after police hauled away five "
        "North Koreans."
    )
    assert figures(found) == [("arrest", 5, "2023-10-12")]


def test_all_five_far_after_the_five_counted_is_that_group() -> None:
    found = claims_of(
        "Police arrested a family of five North Koreans at the consulate on Wednesday. A video "
        "shows a woman at the gate. The footage spread fast. Diplomats met late. All five were "
        "still being held by police on Thursday."
    )
    assert figures(found) == [("arrest", 5, "2023-10-11"), ("detention", 5, "2023-10-12")]


def test_the_same_day_after_a_state_counts_from_the_act_before_it() -> None:
    found = claims_of(
        "Police arrested a family of five North Koreans at the consulate on Wednesday. All five "
        "were still being held by police on Thursday. Two other North Korean men climbed over "
        "the wall of the U.S. consulate the same day."
    )
    assert figures(found) == [
        ("arrest", 5, "2023-10-11"),
        ("detention", 5, "2023-10-12"),
        ("asylum_seeking", 2, "2023-10-11"),
    ]


def test_a_vague_figure_the_sentence_states_exactly_gives_way() -> None:
    found = claims_of(
        "China sent hundreds of North Koreans back across the Tumen on Monday -- about 450, "
        "according to a church group."
    )
    assert figures(found) == [("forced_repatriation", 450, "2023-10-09")]


def test_a_bare_figure_summing_up_the_group_counts_it() -> None:
    found = claims_of("Police in Yanji rounded up dozens of North Koreans on Tuesday, 37 in all.")
    assert figures(found) == [("arrest", 37, "2023-10-10")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The figure comes from Amnesty International, which says 40 North Koreans were"
            " sent back on Oct. 3.",
            "Amnesty International",
        ),
        (
            "Officials cited the UN special rapporteur's estimate that some 40 North Koreans"
            " were sent back on Oct. 3.",
            "the UN special rapporteur",
        ),
        (
            "UN rights experts voiced alarm on Tuesday at reports that 40 North Koreans were"
            " sent back on Oct. 3.",
            "UN rights experts",
        ),
    ],
)
def test_a_source_told_beside_a_return(text: str, source: str) -> None:
    (found,) = claims_of(text)
    assert (found.type, found.attribution, found.modality) == (
        "forced_repatriation",
        source,
        "reported",
    )


def test_a_bound_before_a_hundred_is_kept() -> None:
    (claim,) = claims_of(
        "Chinese police rounded up more than a hundred North Koreans in Yanji on Tuesday."
    )
    assert claim.count is not None and (claim.count.value, claim.count.qualifier) == (
        100,
        "more_than",
    )


def test_a_few_dozen_is_dozens() -> None:
    (claim,) = claims_of("Chinese police rounded up a few dozen North Koreans in Yanji on Tuesday.")
    assert claim.count is not None and (claim.count.min, claim.count.max) == (24, 99)


def test_a_group_giving_a_figure_reports_it() -> None:
    (found,) = claims_of(
        "A rights group gave a higher figure, saying 40 North Koreans were sent back on Oct. 3."
    )
    assert (found.attribution, found.modality) == ("A rights group", "reported")


def test_a_ministry_that_denies_is_the_source_of_the_denial() -> None:
    (found,) = claims_of(
        "China's foreign ministry on Friday denied that 40 North Koreans were sent back on Oct. 3."
    )
    assert (found.attribution, found.modality) == ("China's foreign ministry", "denied")


def test_a_rapporteurs_mandate_country_is_no_place_of_the_stock() -> None:
    found = claims_of(
        "The UN envoy on North Korea says about 900 North Koreans are still in custody in China."
    )
    assert [(c.type, [p.country for p in c.places]) for c in found] == [
        ("population_estimate", ["CN"])
    ]


def test_one_who_gives_a_number_is_its_source() -> None:
    (found,) = claims_of(
        "Kim Min-su, a pastor who works near the border, gives a larger number: 40 North"
        " Koreans sent back on Oct. 3."
    )
    assert (found.attribution, found.modality) == ("Kim Min-su", "reported")


def test_a_labelled_rule_dates_the_old_notes_it_opens() -> None:
    text = (
        "I found my notes from that autumn and am posting them as they were.\n"
        "=== My notes, November 2022 ===\n"
        "Activists say China sent about 80 North Koreans back through Dandong on the 3rd of "
        "this month.\n"
        "=== End of notes ===\n"
    )
    assert ("forced_repatriation", 80, "2022-11-03") in figures(claims_of(text))


def test_a_day_of_last_year_written_out_is_of_that_year() -> None:
    found = find_dates(
        "Rights groups say some 300 were sent back on the night of October 3 last year.",
        "en",
        date(2024, 10, 20),
    )
    assert [(m.span.start, m.span.precision) for m in found] == [(date(2023, 10, 3), "day")]


def test_that_night_is_the_night_told_before() -> None:
    text = (
        "Chinese police handed about 300 North Koreans to the North through Tumen on October 3. "
        "Activists counted more than 40 others taken across at Dandong that night."
    )
    assert figures(claims_of(text)) == [
        ("forced_repatriation", 300, "2023-10-03"),
        ("forced_repatriation", 40, "2023-10-03"),
    ]


def test_the_pages_dateline_under_a_headline_about_an_older_day_ends_that_day() -> None:
    text = (
        "Still missing: the people China returned on 3 October 2023\n"
        "Seoul, Friday, October 18, 2024 | Statement\n"
        "On October 3 last year Chinese police sent about 300 North Koreans back through Tumen.\n"
        "Their families say they have heard nothing since early last month.\n"
    )
    found = claims_of(text, date(2024, 10, 18))
    assert ("forced_repatriation", 300, "2023-10-03") in figures(found)


def test_a_day_of_the_storys_month_without_a_year_is_of_the_storys_year() -> None:
    text = (
        "On the afternoon of Nov. 7, 2019, two North Korean fishermen were handed to the North at "
        "Panmunjom. The unification ministry released photographs of the handover on Tuesday. "
        "The navy had captured the two fishermen in the East Sea on Nov. 2."
    )
    assert ("arrest", 2, "2019-11-02") in figures(claims_of(text, date(2022, 7, 14)))


def test_that_same_year_places_a_day_in_the_year_told() -> None:
    text = (
        "In March 2012 Chinese police arrested 31 North Koreans in Shenyang. "
        "About 30 of them were sent back across the border on April 2 that same year."
    )
    assert ("forced_repatriation", 30, "2012-04-02") in figures(claims_of(text))


def test_a_figure_for_an_undated_incident_told_before_takes_the_day_its_sentence_names() -> None:
    text = (
        "Seoul now accepts that many North Koreans held in China have been sent back. "
        "Human Rights Watch put the number at more than 300 on the night of October 3."
    )
    assert ("forced_repatriation", 300, "2023-10-03") in figures(claims_of(text))


def test_a_source_figure_after_an_undated_return_keeps_its_own_weekday() -> None:
    text = (
        "Officials in Seoul say a large number of North Koreans appear to have been returned. "
        "Activists in Yanji put the figure at about 150 on Tuesday night."
    )
    assert ("forced_repatriation", 150, "2023-10-10") in figures(claims_of(text))


def test_a_statement_dated_by_a_sentence_without_an_incident_dates_the_state_it_reports() -> None:
    text = (
        "UN human rights experts said on Tuesday that Beijing must honour the principle of "
        "non-refoulement. "
        "Hundreds of North Koreans are reportedly still held in Chinese custody, the statement "
        "added."
    )
    found = claims_of(text, date(2023, 10, 12))
    assert ("detention", None, "2023-10-10") in figures(found)


def test_a_dateline_statement_dates_the_numbers_it_goes_on_to_give() -> None:
    text = (
        "GENEVA (10 October 2023) - Independent experts said on Tuesday that they were alarmed. "
        "In their view, the principle of non-refoulement binds every state. "
        "Several hundred North Korean escapees are still being held in Chinese detention, the "
        "experts said."
    )
    found = claims_of(text, date(2023, 10, 12))
    assert ("detention", None, "2023-10-10") in figures(found)
