"""English phrasing classes, each shown by sentences in different words of one construction.

Written for these tests (not taken from any corpus): a class is covered when sentences with other
verbs, sources and numbers in the same construction give the same claims.
"""

from __future__ import annotations

from datetime import date

import pytest
from extracting import figures, reader

from refuge.records import Claim

PUBLISHED = date(2024, 6, 14)

claims_of = reader(PUBLISHED)

LEAD = "North Korean refugees are at risk in China. "


def _counts(found: list[Claim]) -> list[tuple[str, int | None, str | None]]:
    return [
        (c.type, c.count.value if c.count else None, c.count.qualifier if c.count else None)
        for c in found
    ]


# --- figures written with a symbol ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Beijing deported 300+ North Koreans on Monday, activists say.", 300, "more_than"),
        ("Police sent 45+ defectors back across the river on June 3.", 45, "more_than"),
        ("China returned ~250 North Korean escapees on Tuesday, a monitor said.", 250, "about"),
    ],
)
def test_a_plus_or_a_tilde_beside_the_figure_qualifies_it(
    text: str, value: int, qualifier: str
) -> None:
    found = claims_of(LEAD + text)
    assert _counts(found) == [("forced_repatriation", value, qualifier)]


# --- who gives a figure ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China reportedly sent 70 North Koreans back on Monday.",
        "Beijing reportedly deported 70 defectors on Monday.",
    ],
)
def test_reportedly_leaves_the_teller_unnamed(text: str) -> None:
    (claim,) = claims_of(LEAD + text)
    assert claim.modality == "reported"
    assert claim.attribution not in ("China", "Beijing")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Border Watch (a Seoul charity) is now saying ~90.", "Border Watch"),
        ("Liberty Union (an aid group) says 90.", "Liberty Union"),
        ("Open Doors Korea's figure is 90.", "Open Doors Korea"),
    ],
)
def test_a_source_restates_the_figure_after_a_remark(text: str, source: str) -> None:
    """The figure a named source gives in a sentence of its own, with a remark between it and
    the incident, is a second figure for that incident."""
    found = claims_of(
        LEAD + "Chinese police sent 80 North Koreans back across the border on June 10. "
        "None of this could be checked independently.\n" + text
    )
    assert [(c.count.value if c.count else None, c.attribution) for c in found][-1] == (90, source)
    assert {c.date.start for c in found if c.date} == {date(2024, 6, 10)}


@pytest.mark.parametrize("verb", ["recorded", "logged"])
def test_a_verb_of_recording_names_its_teller(verb: str) -> None:
    (claim,) = claims_of(LEAD + f"Amnesty {verb} 35 forced returns on May 2.")
    assert claim.attribution == "Amnesty"


@pytest.mark.parametrize("verb", ["fear", "believe", "suspect"])
def test_a_verb_of_fearing_names_its_teller(verb: str) -> None:
    (claim,) = claims_of(LEAD + f"Activists {verb} that 20 North Koreans were sent back on May 2.")
    assert claim.attribution == "Activists"


# --- figures in a list ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monitors counted 70 forced returns on 3 May and 25 more on 19 May.",
            [("forced_repatriation", 70, "2024-05-03"), ("forced_repatriation", 25, "2024-05-19")],
        ),
        (
            "Police caught 12 escapees in March and 9 more in April.",
            [("arrest", 12, "2024-03-01"), ("arrest", 9, "2024-04-01")],
        ),
    ],
)
def test_n_more_on_a_day_is_the_next_figure_of_a_list(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(claims_of(LEAD + text)) == expected


# --- verbs of taking people away -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On June 2, officers in Nanning picked up eleven North Koreans at a bus station.",
        "On June 2, police in Nanning picked up 11 refugees hiding in a flat.",
    ],
)
def test_picked_up_with_people_as_its_object_is_an_arrest(text: str) -> None:
    assert figures(claims_of(LEAD + text)) == [("arrest", 11, "2024-06-02")]


@pytest.mark.parametrize(
    "second",
    [
        "Guards pulled the women and the boy back from the door, taking all three away.",
        "Soldiers dragged the men and the old woman out, leading all three off.",
        "Officers hauled all three off to a van.",
    ],
)
def test_a_particle_verb_with_its_object_between_is_an_arrest(second: str) -> None:
    found = claims_of(
        LEAD + "On May 20, three North Koreans ran into the French embassy in Beijing. " + second
    )
    assert ("arrest", 3, "2024-05-20") in figures(found)


def test_a_group_of_another_size_is_not_the_group_told_before() -> None:
    found = claims_of(
        LEAD + "On May 20, three North Koreans ran into the French embassy in Beijing. "
        "Guards took all nine away."
    )
    assert ("arrest", 3, "2024-05-20") not in figures(found)


@pytest.mark.parametrize(
    "text",
    [
        "Two North Koreans slipped into the U.S. consulate in Shanghai on May 3.",
        "Two North Koreans ran into the U.K. embassy in Beijing on May 3.",
    ],
)
def test_an_embassy_named_with_initials_is_entered(text: str) -> None:
    assert figures(claims_of(LEAD + text)) == [("asylum_seeking", 2, "2024-05-03")]


# --- a facility noun -----------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["emptied", "cleared"])
def test_a_detention_centre_cleared_for_a_return_is_no_detention(verb: str) -> None:
    found = claims_of(
        LEAD + f"On June 4, police {verb} two detention centres in Jilin and drove the detainees "
        "across the border at Tumen."
    )
    assert [c.type for c in found] == ["forced_repatriation"]


# --- a question and its answer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "kind", "bounds"),
    [
        (
            "Q: How many North Koreans are hiding in China?",
            "A: No one can say. Church groups put the number at 50,000 to 200,000.",
            "population_estimate",
            (50000, 200000),
        ),
        (
            "Q: What is the number of defectors living in China without papers?",
            "A: It is hard to know. One aid network puts the figure between 30,000 and 80,000.",
            "population_estimate",
            (30000, 80000),
        ),
    ],
)
def test_the_answer_to_a_how_many_question_counts_what_it_asks(
    question: str, answer: str, kind: str, bounds: tuple[int, int]
) -> None:
    found = claims_of(
        "Q: Has it happened before?\nA: Yes. In April a family of six took refuge in the "
        f"Canadian embassy in Beijing.\n\n{question}\n{answer}"
    )
    last = found[-1]
    assert last.type == kind
    assert last.count is not None and (last.count.min, last.count.max) == bounds
    assert last.date is not None and last.date.start == PUBLISHED
    assert [p.name for p in last.places] == ["China"]
    assert last.attribution is not None


def test_a_question_with_a_claim_told_after_it_answers_nothing_below() -> None:
    found = claims_of(
        "Q: How many North Koreans are hiding in China?\nA: Nobody knows. In April a family of "
        "six took refuge in the Canadian embassy in Beijing. Activists put the number at 40."
    )
    assert "population_estimate" not in [c.type for c in found]


# --- the people of a question-and-answer page ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "day"),
    [
        (
            "Q: How did the group get out?",
            "A: After a week of talks, Beijing let them go. They left Beijing on Tuesday night.",
            "2024-06-11",
        ),
        (
            "Q: And what happened to the women?",
            "A: Officials let them travel on. They left Bangkok on Wednesday morning.",
            "2024-06-12",
        ),
    ],
)
def test_they_in_an_answer_are_the_people_the_question_names(
    question: str, answer: str, day: str
) -> None:
    found = claims_of(
        "Six North Koreans who sheltered in a church reached Seoul this week.\n"
        "Q: Where did they hide?\nA: In a church hall for a month.\n"
        f"{question}\n{answer}"
    )
    assert ("resettlement", None, day) in figures(found)


# --- a lead dated coarsely, its body to the day -----------------------------------------------


@pytest.mark.parametrize(
    ("lead", "body", "day"),
    [
        (
            "China deported about 90 North Koreans this month, activists said.",
            "According to a missionary group, about 90 detainees were driven across the border "
            "on June 6.",
            "2024-06-06",
        ),
        (
            "Police sent more than 40 defectors back last week, a monitor says.",
            "The monitor says more than 40 North Koreans were handed over to the North on "
            "Thursday, June 6.",
            "2024-06-06",
        ),
    ],
)
def test_a_figure_dated_by_week_or_month_and_to_the_day_is_one_claim(
    lead: str, body: str, day: str
) -> None:
    found = claims_of(f"{lead}\n{body}")
    assert [d for _, _, d in figures(found)] == [day]


def test_the_same_figure_at_another_city_is_another_claim() -> None:
    found = claims_of(
        "About 90 North Koreans were sent back from Tumen this month, activists said.\n"
        "About 90 more were driven across the border at Dandong on June 6."
    )
    assert len(found) == 2


# --- an anniversary by the month or week ---------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "start", "end"),
    [
        ("Twelve years ago this month,", "2012-06-01", "2012-06-30"),
        ("Five years ago this week,", "2019-06-10", "2019-06-16"),
    ],
)
def test_years_ago_this_month_is_that_month_back(opening: str, start: str, end: str) -> None:
    (claim,) = claims_of(
        LEAD + f"{opening} 30 defectors climbed over the wall of the Canadian embassy in Beijing."
    )
    assert claim.date is not None
    assert (claim.date.start.isoformat(), claim.date.end.isoformat()) == (start, end)


# --- a day told as past ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Families say those deported on June 20 have not been heard from.", "2023-06-20"),
        ("Twelve defectors were caught on June 30, a monitor said.", "2023-06-30"),
        ("The 40 people who were sent back on July 2 are still missing.", "2023-07-02"),
    ],
)
def test_a_day_after_a_verb_in_the_past_is_not_one_to_come(text: str, day: str) -> None:
    found = claims_of(LEAD + text)
    assert found and found[0].date is not None and found[0].date.start.isoformat() == day


def test_a_day_announced_ahead_is_still_to_come() -> None:
    (claim,) = claims_of(LEAD + "Activists will rally outside the Chinese embassy on June 20.")
    assert claim.date is not None and claim.date.start == date(2024, 6, 20)


# --- an auxiliary is no part of a source -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Japanese government has said 12 North Koreans were sent back.",
            "The Japanese government",
        ),
        ("The rights network had said 12 defectors were deported.", "The rights network"),
    ],
)
def test_has_said_names_the_source_without_has(text: str, source: str) -> None:
    (claim,) = claims_of(LEAD + text)
    assert claim.attribution == source


# --- a government's stance ------------------------------------------------------------------


@pytest.mark.parametrize(
    "stance",
    [
        "Beijing regards North Koreans who cross without papers as migrants and sends them back "
        "under a 1960s treaty with Pyongyang.",
        "Hanoi treats defectors found without documents as illegal entrants and returns them "
        "under an agreement with Beijing.",
    ],
)
def test_a_capitals_standing_policy_is_no_incident(stance: str) -> None:
    found = claims_of("Fifteen North Korean refugees were caught in Kunming on June 2. " + stance)
    assert figures(found) == [("arrest", 15, "2024-06-02")]


# --- an object's relative clause with a day of its own -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Thursday police arrested four North Koreans who had entered the Thai embassy "
            "on Tuesday.",
            [("arrest", 4, "2024-06-13"), ("asylum_seeking", 4, "2024-06-11")],
        ),
        (
            "Guards detained six defectors who had climbed over the wall of a school on "
            "Monday night.",
            [("arrest", 6, "2024-06-10"), ("asylum_seeking", 6, "2024-06-10")],
        ),
    ],
)
def test_an_object_whose_clause_tells_an_earlier_dated_act_is_two_incidents(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(claims_of(LEAD + text)) == expected


def test_an_undated_clause_after_the_object_only_describes_it() -> None:
    found = claims_of(LEAD + "On Thursday police arrested four North Koreans who had fled.")
    assert figures(found) == [("arrest", 4, "2024-06-13")]
