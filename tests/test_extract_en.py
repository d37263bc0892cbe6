"""English claims, read as examples, and the English and seed figures they add up to.

The sentences are written for these tests: wire copy, NGO timelines and newsletters of the
kind the corpus holds. The floors at the end only go up.
"""

from __future__ import annotations

from datetime import date

from extracting import figures, reader

from refuge.extract.dates import find_dates

PUBLISHED = date(2023, 10, 12)


claims_of = reader(PUBLISHED)


# --- dates ------------------------------------------------------------------------------


def test_a_day_word_beside_a_calendar_day_restates_it() -> None:
    found = find_dates("They were sent back yesterday, Monday, October 2nd.", "en", PUBLISHED)
    assert [m.span.start for m in found] == [date(2023, 10, 2)]


def test_a_weekday_after_a_korean_day_only_checks_it() -> None:
    found = find_dates("10월 2일 월요일에 북송됐다.", "ko", PUBLISHED)
    assert [(m.span.start, m.span.note) for m in found] == [(date(2023, 10, 2), None)]


def test_a_month_label_does_not_push_a_day_into_the_future() -> None:
    found = find_dates(
        "Update, May 2024: the group now says 300 left on November 2.", "en", date(2024, 5, 20)
    )
    assert [m.span.start for m in found][-1] == date(2023, 11, 2)


def test_weekly_events_in_a_month_span_that_month() -> None:
    (found,) = find_dates("a vigil every Friday in November", "en", date(2023, 10, 30))
    assert (found.span.start, found.span.end) == (date(2023, 11, 1), date(2023, 11, 30))


def test_a_reposted_newsletter_keeps_the_date_of_its_own_headline() -> None:
    text = (
        "Friday, March 8, 2024\n"
        "Refugee Watch Update\n"
        "China Returned 300 North Koreans on Tuesday, October 3, 2023\n"
        "Rights groups said China repatriated about 300 North Korean refugees yesterday, "
        "Tuesday, October 3rd, through Tumen.\n"
        "We will hold a vigil at the Chinese Embassy in Washington, D.C. this Friday.\n"
    )
    found = claims_of(text, date(2024, 3, 8))
    assert ("forced_repatriation", 300, "2023-10-03") in figures(found)
    assert ("protest", None, "2023-10-06") in figures(found)


# --- figures ----------------------------------------------------------------------------


def test_each_figure_of_an_enumeration_takes_its_own_date() -> None:
    found = claims_of(
        "The group says China sent back more than 300 North Koreans on Oct. 3, 2023, another 25 on "
        "Aug. 14, 2023, and nearly thirty in May 2022."
    )
    assert figures(found) == [
        ("forced_repatriation", 300, "2023-10-03"),
        ("forced_repatriation", 25, "2023-08-14"),
        ("forced_repatriation", 30, "2022-05-01"),
    ]


def test_bare_figures_joined_by_and_each_with_a_month() -> None:
    found = claims_of(
        "Activists say China quietly sent North Koreans back: 30 in June and 20 in July."
    )
    assert figures(found) == [
        ("forced_repatriation", 30, "2023-06-01"),
        ("forced_repatriation", 20, "2023-07-01"),
    ]


def test_a_group_described_by_its_parts_is_one_claim_with_the_total() -> None:
    found = claims_of(
        "3 June 2003 - Eighteen North Koreans, four families and three children, "
        "rushed into the German embassy in Beijing."
    )
    assert figures(found) == [("asylum_seeking", 18, "2003-06-03")]
    found = claims_of(
        "A North Korean father and nine relatives, a family group of ten, were arrested in Yanji."
    )
    assert [c.count.value for c in found if c.count] == [10]


def test_all_of_them_takes_the_group_just_counted() -> None:
    found = claims_of(
        "Police arrested 14 North Koreans in Yanji on Sept. 4, 2023. "
        "Activists say all of them were executed after they were returned to North Korea."
    )
    assert ("execution", 14, "2023-09-04") in figures(found)


# --- predicates -------------------------------------------------------------------------


def test_a_relative_clause_and_the_main_verb_are_two_incidents() -> None:
    found = claims_of(
        "The 12 North Koreans who rushed into the Canadian embassy in Beijing on Tuesday "
        "left China on Thursday, flying to Seoul."
    )
    assert figures(found) == [
        ("asylum_seeking", 12, "2023-10-10"),
        ("resettlement", 12, "2023-10-12"),
    ]


def test_a_passive_description_is_not_an_incident_of_its_own() -> None:
    found = claims_of(
        "About 40 North Koreans who were caught in Shenyang are about to be sent back."
    )
    assert [(c.type, c.modality) for c in found] == [("forced_repatriation", "uncertain")]


def test_a_dated_description_is_an_incident_too() -> None:
    found = claims_of("About 40 North Koreans arrested in Shenyang last month were sent back.")
    assert {c.type for c in found} == {"arrest", "forced_repatriation"}


def test_naming_people_by_what_they_sought_is_no_claim() -> None:
    assert (
        claims_of("The diplomat would not say how many North Koreans seeking refuge there.") == []
    )


def test_a_forecast_of_more_returns_is_no_claim() -> None:
    assert (
        claims_of(
            "Beijing will step up the repatriation of the thousands of North Koreans in hiding."
        )
        == []
    )


def test_a_dateline_city_is_not_where_it_happened() -> None:
    (claim,) = claims_of("TOKYO, Oct. 11 -- China deported 9 North Koreans on Monday.")
    assert claim.date is not None and claim.date.start == date(2023, 10, 9)
    assert "Tokyo" not in {p.name for p in claim.places}


def test_a_story_carried_on_takes_the_date_just_given() -> None:
    found = claims_of(
        "In April and May, the two capitals argued over the refugees in the consulate. "
        "In the end, China allowed 11 North Koreans to go to South Korea."
    )
    (claim,) = [c for c in found if c.type == "resettlement"]
    assert claim.date is not None and (claim.date.start, claim.date.end) == (
        date(2023, 4, 1),
        date(2023, 5, 31),
    )


def test_a_declared_intent_stands_at_the_date_of_the_text() -> None:
    (claim,) = claims_of(
        "We, 500 North Korean defectors, declare our intent to seek asylum abroad."
    )
    assert claim.type == "asylum_seeking"
    assert claim.date is not None and claim.date.start == PUBLISHED


def test_a_rally_needs_no_refugee_named_in_its_own_sentence() -> None:
    found = claims_of(
        "China sent 30 North Koreans back on Monday. "
        "On Wednesday some 80 students chanted outside the Chinese embassy in Seoul."
    )
    assert ("protest", 80, "2023-10-11") in figures(found)


def test_joined_predicates_with_their_own_dates_are_two_incidents() -> None:
    found = claims_of(
        "9 April 2003 - A North Korean family of four entered the Danish embassy in Beijing. "
        "China let them leave for Seoul the next day, and they landed in Seoul on 14 April."
    )
    moves = [
        (c.date.start.isoformat(), c.modality) for c in found if c.type == "resettlement" and c.date
    ]
    assert moves == [("2003-04-10", "asserted"), ("2003-04-14", "asserted")]


def test_a_hedge_in_another_clause_does_not_hedge_the_incident() -> None:
    (claim,) = claims_of(
        "Nine North Koreans left China on Tuesday, on a journey that is expected to end in Seoul."
    )
    assert (claim.type, claim.modality) == ("resettlement", "asserted")


def test_the_next_sentence_on_the_same_day_is_in_the_same_place() -> None:
    found = claims_of(
        "2 June 2003 - Three North Koreans tried to enter the South Korean consulate in Shenyang. "
        "Police dragged one woman away from the gate, sparking a row between Seoul and Beijing."
    )
    (arrest,) = [c for c in found if c.type == "arrest"]
    assert {p.name for p in arrest.places} == {"Shenyang"}


def test_the_date_of_a_report_dates_the_estimate_it_gives() -> None:
    found = claims_of(
        "A report published last March said that up to 1,500 North Koreans were being held "
        "in Chinese detention as illegal migrants."
    )
    (stock,) = [c for c in found if c.type == "population_estimate"]
    assert stock.date is not None and stock.date.start == date(2023, 3, 1)


def test_a_testimony_is_a_source() -> None:
    (claim,) = claims_of("A testimony states that 30 North Koreans were executed in Hoeryong.")
    assert (claim.type, claim.modality) == ("execution", "reported")
    assert claim.attribution is not None


def test_people_returned_from_a_city_were_repatriated() -> None:
    found = claims_of(
        "At least 35 North Koreans were forcibly returned from Hunchun last week, "
        "according to Daily NK."
    )
    assert [(c.type, c.count.value if c.count else None) for c in found] == [
        ("forced_repatriation", 35)
    ]
    assert found[0].attribution == "Daily NK"


def test_a_rights_group_at_the_end_of_the_sentence_is_the_source() -> None:
    (claim,) = claims_of(
        "Police arrested 8 North Korean defectors in Yanji on Monday, a rights group said."
    )
    assert (claim.modality, claim.attribution) == ("reported", "a rights group")


def test_a_capital_that_speaks_is_not_a_place() -> None:
    (claim,) = claims_of("Seoul said on Friday that 17 North Koreans had arrived in Thailand.")
    assert "Seoul" not in {p.name for p in claim.places}


def test_an_announced_event_on_a_weekday_is_the_coming_one() -> None:
    found = claims_of(
        "North Korean defectors plan a rally. A vigil will be held outside the Chinese embassy "
        "in Seoul on Saturday."
    )
    (vigil,) = [c for c in found if c.type == "protest"]
    assert vigil.modality == "planned"
    assert vigil.date is not None and vigil.date.start == date(2023, 10, 14)


def test_a_capital_that_acts_is_its_government_and_a_ministry_is_a_source() -> None:
    (claim,) = claims_of("Beijing deported 19 North Koreans last Thursday.")
    assert "Beijing" not in {p.name for p in claim.places}
    (claim,) = claims_of(
        "South Korea's unification ministry said 30 defectors arrived in Seoul on Oct. 2."
    )
    assert claim.attribution is not None and claim.modality == "reported"


def test_a_group_including_some_is_one_claim() -> None:
    found = claims_of(
        "Police arrested 13 North Koreans, including five children, near the Laos border on Sept. 30."
    )
    assert figures(found) == [("arrest", 13, "2023-09-30")]


def test_not_knowing_how_many_is_no_claim() -> None:
    assert claims_of("North Koreans were returned. It is not known how many were returned.") == []


def test_an_active_return_and_a_held_stock() -> None:
    found = claims_of("In 2019, China returned at least 60 North Koreans through Dandong.")
    assert figures(found) == [("forced_repatriation", 60, "2019-01-01")]
    (stock,) = claims_of(
        "Between 2,000 and 3,000 North Koreans are thought to be held in Chinese detention."
    )
    assert (stock.type, stock.modality) == ("population_estimate", "uncertain")


# --- clauses: one figure, two predicates; one sentence, two voices ---------------------------


def test_one_figure_carried_by_two_dated_predicates_is_two_claims() -> None:
    found = claims_of(
        "Police caught 12 North Korean defectors in Yanji on Sept. 3 and sent them back via "
        "Tumen on Sept. 20."
    )
    assert figures(found) == [
        ("arrest", 12, "2023-09-03"),
        ("forced_repatriation", 12, "2023-09-20"),
    ]
    assert [[p.name for p in c.places] for c in found] == [["Yanji"], ["Tumen"]]


def test_a_second_predicate_set_against_the_first_is_no_claim() -> None:
    found = claims_of(
        "Police caught 12 North Korean defectors on Sept. 3, but whether they were sent back on "
        "Sept. 20 is unknown."
    )
    assert figures(found) == [("arrest", 12, "2023-09-03")]


def test_each_clause_has_its_own_source() -> None:
    found = claims_of(
        "Yonhap said 20 North Korean defectors were caught on Monday, and Human Rights Watch "
        "says 50 North Koreans were sent back on Tuesday."
    )
    assert figures(found) == [
        ("arrest", 20, "2023-10-09"),
        ("forced_repatriation", 50, "2023-10-10"),
    ]
    assert [c.attribution for c in found] == ["Yonhap", "Human Rights Watch"]


def test_a_fear_in_the_next_clause_leaves_the_incident_asserted() -> None:
    claim, feared = claims_of(
        "Police arrested 40 North Korean defectors in Yanji on Monday, and activists fear they "
        "may be sent back."
    )
    assert (claim.type, claim.modality) == ("arrest", "asserted")
    # the return feared for the same 40 is a claim of its own, and only feared
    assert (feared.type, feared.modality, feared.count) == (
        "forced_repatriation",
        "uncertain",
        claim.count,
    )


def test_a_stock_figure_takes_no_scene_from_the_rally_before_it() -> None:
    found = claims_of(
        "Activists rallied outside the Chinese embassy in Seoul on Thursday. As many as 3,000 "
        "North Koreans may be held in Chinese jails, one researcher estimates."
    )
    (stock,) = [c for c in found if c.type == "population_estimate"]
    assert "Seoul" not in {p.name for p in stock.places}
    assert {p.country for p in stock.places} == {"CN"}


def test_list_lines_under_a_lead_in_take_the_day_it_names() -> None:
    # A forum post: the day is in the lead, the figures in the bullet lines under it.
    text = (
        "Trying to make sense of what happened last Friday (the 3rd). Here is what I have so far:\n"
        "- A church group says more than 70 North Koreans were handed over to the North at Tumen.\n"
        "- Another aid worker says 12 were sent back through Dandong.\n"
    )
    found = claims_of(text, date(2024, 5, 10))
    assert [
        (c.type, c.count.value if c.count else None, c.date.start if c.date else None)
        for c in found
    ] == [
        ("forced_repatriation", 70, date(2024, 5, 3)),
        ("forced_repatriation", 12, date(2024, 5, 3)),
    ]
