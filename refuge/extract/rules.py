"""Per-language reading rules for claim assembly, compiled once per language.

The `[counts]`, `[dates]` and `[grammar]` tables of a language's `triggers.toml` say which
figures are wholes, parts or other people, which dates are of speech, which words carry a
group or a story on, and whether clauses stand before their noun; this module turns them into
one `LangRules` of compiled patterns, with the clause and quote marks every reader shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refuge.extract import langdata

# languages whose verb ends the clause: the incident word of a figure stands after it
VERB_FINAL = ("ko", "ja")
CLAUSE_MARKS = re.compile(r"[,;，；、]|\band\b|\bwhile\b")
QUOTE = re.compile(r'"[^"]*"|“[^“”]*”|「[^「」]*」|『[^『』]*』')


@dataclass(frozen=True)
class LangRules:
    whole_after: re.Pattern[str] | None
    whole_before: re.Pattern[str] | None
    part_after: re.Pattern[str] | None
    total_after: re.Pattern[str] | None
    # what stands right before the total of the parts told just before it ("여성 13명과 10대 2명
    # 등 15명", "女童与四名大人组成的五名朝鲜人")
    total_before: re.Pattern[str] | None
    carry: re.Pattern[str] | None
    of_group: re.Pattern[str] | None
    name_after: re.Pattern[str] | None
    others: re.Pattern[str] | None
    speech_after: re.Pattern[str] | None
    speech_before: re.Pattern[str] | None
    fresh: re.Pattern[str] | None
    clauses_before: bool
    present: re.Pattern[str] | None
    continuers: re.Pattern[str] | None
    anaphoric: re.Pattern[str] | None
    apposition: re.Pattern[str] | None
    members: re.Pattern[str] | None
    # Japanese and Chinese relative clauses on a figure's people (`[clauses]`): what follows an
    # incident word that ends one, and what stands around a date of the main clause instead
    attributive: re.Pattern[str] | None
    topic_date: tuple[re.Pattern[str], re.Pattern[str]] | None
    speech_set_off: re.Pattern[str] | None
    # what ends the text before a date inside the clause a verb of telling reports ("200人が
    # 先月末、…送還されたと報じた"), which dates the incident, not the report
    told_before: re.Pattern[str] | None
    speech_next: re.Pattern[str] | None
    clause_opens: re.Pattern[str] | None
    frame_date: re.Pattern[str] | None
    chain: re.Pattern[str] | None
    chain_breaks: re.Pattern[str] | None
    nominal: re.Pattern[str] | None
    disputed: re.Pattern[str] | None
    # a sentence whose every incident word describes people tells no incident
    describe_only: bool
    clause_breaks: re.Pattern[str] | None
    contrasts: re.Pattern[str] | None
    person: re.Pattern[str] | None
    # what follows a day told only in passing ("앞서 8월 29일에도"): not the day "전날" counts from
    aside_after: re.Pattern[str] | None
    # a part of a group counted before ("このうち10人") with an incident word of its own in its
    # clause is a claim of its own (`[counts] parts_told`)
    parts_told: bool = False
    # what a speaker's date must be followed by to be the day they spoke ("議員は21日、…と訴えた"
    # but not "議員は21日、…ハンガーストライキに入った", the day of what they did)
    speech_verbs: re.Pattern[str] | None = None
    # what ends a clause of its own subject right after its incident word ("공범이 붙잡히자 두
    # 사람은 달아났다"): a figure after it is no one that incident befell
    own_subject: re.Pattern[str] | None = None
    # what follows the figure of one who tells ("一名要求匿名的消息人士11日说"): a source, not
    # one of the people of the incident (`[counts] tellers`)
    tellers: re.Pattern[str] | None = None
    # what an anaphor's clause says its people set out to do, not what befell them ("他们当时
    # 正准备离开中国"): no second incident (`[grammar] aims`)
    aims: re.Pattern[str] | None = None
    # where clauses follow their noun, an anaphor after a figure and its predicate carries the
    # figure on to a second incident ("…被移交过来，他们眼下被关在拘留所里"; `[counts] carry_acts`)
    carry_acts: bool = False
    # how a quoted statement ends, read from its last character on (`[clauses] statement`:
    # "…消えた」", "…200人」米団体が主張"): a figure in it counts no one an incident word outside it tells
    quoted_statement: re.Pattern[str] | None = None
    # what opens a breakdown right after a figure ("15人（女性13人と10代の2人）"): the figures in it
    # are parts of that figure's group (`[counts] breakdown`)
    breakdown: re.Pattern[str] | None = None
    # a person named as the subject of a clause ("탈북 여성 김철옥 씨는 … 붙잡혀"): before an
    # incident word, the one person it befell (`[counts] person_subject`)
    person_subject: re.Pattern[str] | None = None
    # a group named by its size without a people noun of its own ("the five", "all five", "the
    # pair"; `[counts] group_named`, the size in a group `size`, or `pair` for two)
    group_named: re.Pattern[str] | None = None
    # one person the incident word befalls, as its object right after it ("arrested her") or
    # its subject right before it ("she was deported"; `[counts] one_after`, `one_before`)
    one_after: re.Pattern[str] | None = None
    one_before: re.Pattern[str] | None = None
    # how far before and after an incident word an anaphor for the people counted in the
    # sentence just before pins the incident down (`[counts] carried_pins`); none where unset
    carried_pins: tuple[int, int] | None = None
    # ...but not in a sentence that only imagines, urges or fears it (`[counts] unpinned`)
    unpinned: re.Pattern[str] | None = None
    # what opens a clause of time ("five days after its navy captured them"; `[grammar]
    # time_clause`): its act is set on a day of its own
    time_clause: re.Pattern[str] | None = None
    # what closes a figure's noun phrase right after it where the noun stands before the figure
    # ("乗組員16人を"): words after it name no people of its (`[counts] closed_after`)
    closed_after: re.Pattern[str] | None = None
    # what stands right before a quote that names a work (`[clauses] titles`: "under the
    # headline", "a report titled", a citation's "Human Rights Watch, "): the quote is a title
    title_lead: re.Pattern[str] | None = None


@langdata.per_language
def lang_rules(lang: str) -> LangRules:
    table = langdata.load(lang, "triggers")
    counts, dates = table.get("counts", {}), table.get("dates", {})
    clauses = table.get("clauses", {})
    topic = clauses.get("topic_date")

    pattern = langdata.either
    return LangRules(
        pattern(counts.get("whole_after", ())),
        pattern(counts.get("whole_before", ())),
        pattern(counts.get("part_after", ())),
        pattern(counts.get("total_after", ())),
        pattern(counts.get("total_before", ())),
        pattern(counts.get("carry", ())),
        pattern(counts.get("of_group", ())),
        pattern(counts.get("name_after", ())),
        pattern(counts.get("others", ())),
        pattern(dates.get("speech_after", ())),
        pattern(dates.get("speech_before", ())),
        pattern(dates.get("fresh", ())),
        bool(table.get("grammar", {}).get("clauses_before", False)),
        pattern(dates.get("present", ())),
        pattern(dates.get("continuers", ())),
        pattern(counts.get("anaphoric", ())),
        pattern(counts.get("apposition", ())),
        pattern(counts.get("members", ())),
        pattern(clauses.get("attributive", ())),
        (re.compile(topic[0]), re.compile(topic[1])) if topic else None,
        pattern(dates.get("speech_set_off", ())),
        pattern(dates.get("told_before", ())),
        pattern(dates.get("speech_next", ())),
        pattern(clauses.get("opens", ())),
        pattern(clauses.get("frame", ())),
        pattern(clauses.get("chain", ())),
        pattern(clauses.get("chain_breaks", ())),
        pattern(clauses.get("nominal", ())),
        pattern(counts.get("disputed", ())),
        bool(clauses.get("describe_only", False)),
        pattern(table.get("grammar", {}).get("clause_breaks", ())),
        pattern(table.get("grammar", {}).get("contrasts", ())),
        pattern(counts.get("person", ())),
        pattern(dates.get("aside_after", ())),
        bool(counts.get("parts_told", False)),
        pattern(dates.get("speech_verbs", ())),
        pattern(table.get("grammar", {}).get("own_subject", ())),
        pattern(counts.get("tellers", ())),
        pattern(table.get("grammar", {}).get("aims", ())),
        bool(counts.get("carry_acts", False)),
        pattern(clauses.get("statement", ())),
        pattern(counts.get("breakdown", ())),
        pattern(counts.get("person_subject", ())),
        pattern(counts.get("group_named", ())),
        pattern(counts.get("one_after", ())),
        pattern(counts.get("one_before", ())),
        tuple(counts["carried_pins"]) if "carried_pins" in counts else None,
        pattern(counts.get("unpinned", ())),
        pattern(table.get("grammar", {}).get("time_clause", ())),
        pattern(counts.get("closed_after", ())),
        pattern(clauses.get("titles", ())),
    )


def title_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where `text` quotes the title of a work ("under the headline "China Forcibly Returns More
    than 500 to North Korea,"", "Human Rights Watch, "China: Hundreds of North Koreans Forcibly
    Returned""): the inside of each such quote, whose figures and incident words are the
    title's, not the sentence's."""
    lead = lang_rules(lang).title_lead
    if lead is None:
        return []
    out = []
    for m in QUOTE.finditer(text):
        if lead.search(text, max(0, m.start() - TITLE_LEAD_REACH), m.start()):
            out.append((m.start() + 1, m.end() - 1))
    return out


# how far before a quote the words that make it a title may start
TITLE_LEAD_REACH = 80


def read_before(lang: str) -> bool:
    """Whether the language's clauses stand before the noun they describe (its triggers table
    says so in `[grammar] clauses_before`): the Korean reading of figures applies."""
    return lang_rules(lang).clauses_before


def clause_at(text: str, focus: tuple[int, int], lang: str) -> tuple[int, int]:
    """The clause of `text` holding the mention at `focus`, bounded by the language's
    `[grammar] clause_breaks`; the whole text where the language lists none."""
    breaks = lang_rules(lang).clause_breaks
    if breaks is None:
        return 0, len(text)
    starts = [m.end() for m in breaks.finditer(text, 0, focus[0])]
    after = breaks.search(text, focus[1])
    return (starts[-1] if starts else 0), (after.start() if after else len(text))
