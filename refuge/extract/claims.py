"""Assembly: from the trigger, figure, date and place mentions of a sentence to claims.

Only sentences holding an incident word are read further. In such a sentence each count of
people becomes one claim, typed by the incident word it belongs to and dated by its own date
in an enumeration, else the date nearest to it; figures in apposition are one group, and a
figure whose people have a relative clause may be two incidents (the clause's and the main
verb's). A sentence without a figure gives one claim per joined predicate with its own date,
or at most one claim, and only when it pins the incident down (a date, a named place, "many",
or a denial) and neither imagines it nor only remarks on it. Claims a sentence leaves undated or unplaced take them from the claim just
before it about the same kind of incident, or from the story a sentence carries on.

Where a language's clauses stand before the noun they describe (`[grammar] clauses_before`,
Korean), a figure is typed by the predicate after it, not by the relative clause before it
("구금하고 있던 탈북민 수백 명을 넘겼다"); an act in that clause with a day of its own is a
claim too, and an anaphor after the figure ("…며, 이들이 구류장에 갇혀") carries the figure on
to a second incident. Quotes keep their figures, dates and types to themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import pairwise

from refuge.extract import langdata
from refuge.extract.actor import choose_actor
from refuge.extract.attribution import find_attribution
from refuge.extract.counts import CountMention, find_counts
from refuge.extract.dates import DateMention, find_dates, has_sequel, last_day
from refuge.extract.modality import find_modality
from refuge.extract.places import incident_places, names_same_place, with_default
from refuge.extract.sections import Section, find_sections, section_at
from refuge.extract.triggers import (
    TYPE_ORDER,
    Trigger,
    find_triggers,
    forecast_spans,
    has,
    lexicon,
    off_topic,
)
from refuge.gazetteer import Gazetteer, PlaceMention
from refuge.records import Claim, Count, DateSpan, Document, Place, Segmentation, Sentence

VERB_FINAL = ("ko", "ja")
# how far back (in sentences) an anaphor or an elided date/place may reach
LOOKBACK = 3
# how far back (in sentences) "이날", "that day" may refer to a day named before
DAY_REACH = 2
# penalties, in characters of distance, when pairing a figure with an incident word or a date
CLAUSE_PENALTY = 25
WRONG_SIDE_PENALTY = 20
MODIFIER_PENALTY = 60
TYPE_PENALTY = {"detention": 35, "arrest": 4, "population_estimate": 8, "protest": 60}
# incident types that describe a state people are in, not an act with a day of its own
STATIVE = ("detention", "population_estimate", "disappearance")
# an incident word this close before a subject noun describes it ("갇혀 있던 탈북민")
MODIFIER_REACH = 12
# a count of athletes, crewmates or officials names them within this many characters
OTHERS_REACH = 14
# "한 명의 가족이 북송된 사람들 가운데 포함돼": a part of a group named this close after it
PART_REACH = 36
# a relative clause on a figure's people ("North Koreans who ...") starts this close after it
RELATIVE_REACH = 40
RELATIVE = re.compile(r"\s*(?:who|that)\b")
# figures this close to a forecast ("will ramp up the repatriation of thousands") are its own
FORECAST_REACH = 30
# how many sentences back a sentence carrying the story on ("In the end, ...") looks for places
STORY_REACH = 2
# how far from its figure a date in an enumeration may stand
OWN_DATE_REACH = 60
_CLAUSE_MARKS = re.compile(r"[,;，；、]|\band\b|\bwhile\b")
_QUOTE = re.compile(r'"[^"]*"|“[^“”]*”|「[^「」]*」|『[^『』]*』')


@dataclass(frozen=True)
class _Rules:
    whole_after: re.Pattern[str] | None
    whole_before: re.Pattern[str] | None
    part_after: re.Pattern[str] | None
    total_after: re.Pattern[str] | None
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


@cache
def _rules(lang: str) -> _Rules:
    table = langdata.load(lang, "triggers")
    counts, dates = table.get("counts", {}), table.get("dates", {})

    def pattern(items: Sequence[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{p})" for p in items)) if items else None

    return _Rules(
        pattern(counts.get("whole_after", ())),
        pattern(counts.get("whole_before", ())),
        pattern(counts.get("part_after", ())),
        pattern(counts.get("total_after", ())),
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
    )


@dataclass
class _Context:
    """What reading the earlier sentences of a document left behind."""

    text: str
    gaz: Gazetteer
    published: date | None
    sections: list[Section]
    topical: bool
    texts: list[str] = field(default_factory=list)
    last_source: str | None = None
    recent: list[tuple[int, Claim]] = field(default_factory=list)
    facilities: dict[str, Place] = field(default_factory=dict)
    # the last single day named, and in which sentence: "이날" two sentences on still means it
    last_day: tuple[int, date] | None = None


def _gap(a: tuple[int, int], b: tuple[int, int], text: str, wrong_side: str | None) -> float:
    """Distance from mention a to mention b, longer across clause marks and on the wrong side
    ("after": b should not follow a; "before": b should not precede a)."""
    if b[0] >= a[1]:
        between, side = text[a[1] : b[0]], "after"
    else:
        between, side = text[b[1] : a[0]], "before"
    cost = len(between) + CLAUSE_PENALTY * len(_CLAUSE_MARKS.findall(between))
    return cost + (WRONG_SIDE_PENALTY if side == wrong_side else 0)


def _is_modifier(t: Trigger, text: str, lang: str) -> bool:
    """'North Koreans detained in Jilin', '갇혀 있던 탈북민', '关押在吉林的': a description."""
    lex = lexicon(lang)
    if lang == "en":
        before = text[max(0, t.start - 60) : t.start]
        after = text[t.end : t.end + MODIFIER_REACH + 8]
        return bool(
            re.search(
                r"(?:koreans?|defectors|refugees|people|escapees|women|men|group|family)"
                r"(?: of (?:\w+ ){1,3}?nationality)?"
                r" (?:(?:who|that) (?:were|had been|had) (?:\w+ )?|(?:forced|made) to )?$",
                before,
                re.I,
            )
            or (lex.strong and lex.strong.match(after.lstrip()))
        )
    if lang == "zh":
        clause = re.split(r"[,，、。；]", text[t.end : t.end + 3 * MODIFIER_REACH])[0]
        return "的" in clause
    after = re.split(r"[,，、。]", text[t.end : t.end + MODIFIER_REACH])[0]
    # the people described, not a second incident word that is also a topic word ("체포해 북송")
    incidents = [(k.start, k.end) for k in find_triggers(after, lang)]
    return bool(
        lex.strong
        and any(
            not any(s < m.end() and m.start() < e for s, e in incidents)
            for m in lex.strong.finditer(after)
        )
    )


def _type_for(span: tuple[int, int], triggers: list[Trigger], text: str, lang: str) -> Trigger:
    def cost(t: Trigger) -> float:
        c = _gap(span, (t.start, t.end), text, "before" if lang in VERB_FINAL else None)
        c += TYPE_PENALTY.get(t.type, 0) + TYPE_ORDER.index(t.type) * 0.1
        return c + (MODIFIER_PENALTY if _is_modifier(t, text, lang) else 0)

    quotes = _quotes(text)
    inside = _quote_at(quotes, span[0])
    # a headline of two quotes ("中 구금 탈북민 2천 명"…"송환 임박") types a figure by its own quote
    same = [t for t in triggers if _quote_at(quotes, t.start) == inside]
    triggers = same or triggers
    best = min(triggers, key=cost)
    relative = _relative_clause(span, triggers, text, lang)
    if relative is not None and best in relative[1]:
        # "구금하고 있던 탈북민 수백 명을 ... 넘겼다": the verb after the figure is its predicate;
        # the ones before only describe the people
        heads = [t for t in triggers if t.start >= span[1] and not _is_modifier(t, text, lang)]
        if heads:
            return heads[0]
    return best


def _relative_clause(
    span: tuple[int, int], triggers: list[Trigger], text: str, lang: str
) -> tuple[tuple[int, int], list[Trigger]] | None:
    """The relative clause that describes the people of a figure in a language whose clauses
    end before the noun they describe (`[grammar] clauses_before` in its triggers table: "지난
    14일 대사관에 들어가 한국행을 요구했던 탈북자 25명"), with the incident words in it: it
    ends in an incident word that modifies the people and runs back to the last clause mark."""
    if not _rules(lang).clauses_before:
        return None
    modifiers = [t for t in triggers if t.end <= span[0] and _is_modifier(t, text, lang)]
    if not modifiers or _CLAUSE_MARKS.search(text, modifiers[-1].end, span[0]):
        return None
    last = modifiers[-1]
    marks = [m.end() for m in _CLAUSE_MARKS.finditer(text, 0, last.start)]
    lo = marks[-1] if marks else 0
    return (lo, last.end), [t for t in triggers if lo <= t.start and t.end <= last.end]


def _described(
    span: tuple[int, int], head: Trigger, triggers: list[Trigger], text: str, lang: str
) -> tuple[Trigger, tuple[int, int]] | None:
    """An earlier act the people of a figure are described by, and the clause that tells it:
    "한국행을 요구했던 탈북자 25명이 18일 도착" holds an asylum bid besides the arrival. States
    ("갇혀 있던 탈북민") take the day of the main verb, so they are no act of their own."""
    relative = _relative_clause(span, triggers, text, lang)
    if relative is None:
        return None
    of_group = _rules(lang).of_group
    if of_group and of_group.search(text, relative[0][1], span[0]):
        return None
    acts = [t for t in relative[1] if t.type != head.type and t.type not in STATIVE]
    return (acts[-1], relative[0]) if acts else None


def _carried(
    span: tuple[int, int], head: Trigger, triggers: list[Trigger], text: str, lang: str
) -> tuple[Trigger, int] | None:
    """A second incident told of the same people further on ("수백 명이 넘어왔으며, 이들이 지금
    구류장에 갇혀 있다"): an incident word of another kind after an anaphor that follows the
    figure and its predicate, with where that anaphor starts."""
    carry = _rules(lang).carry
    if carry is None:
        return None
    m = carry.search(text, max(span[1], head.end))
    if m is None:
        return None
    later = [t for t in triggers if t.start >= m.end() and t.type != head.type]
    return (later[0], m.start()) if later else None


def _without_parts(
    ctx: _Context, index: int, counts: list[CountMention], text: str, lang: str
) -> list[CountMention]:
    """'7명이 대사관에 들어갔다. 이들은 남성 3명과 여성 4명으로': figures told of the people
    counted before, and smaller than their number, are parts of that group."""
    carry = _rules(lang).carry
    m = carry.search(text) if carry else None
    group = _counted_before(ctx, index, text, lang)
    if m is None or group is None or group.value is None:
        return counts
    return [
        c
        for c in counts
        if c.start < m.start() or c.count.value is None or c.count.value >= group.value
    ]


def _counted_before(ctx: _Context, index: int, text: str, lang: str) -> Count | None:
    """'북한 주민 2명을 추방했다. … 이들은 지난 2일 해군에 붙잡혔다': a sentence whose subject
    stands for the people last counted, a few sentences back at most, is about as many."""
    carry = _rules(lang).carry
    if carry is None or not carry.search(text):
        return None
    before = [c for n, c in ctx.recent if index - n <= LOOKBACK and c.count is not None]
    return before[-1].count if before else None


def _missing_since(ctx: _Context, text: str, lang: str, anchor: date | None) -> DateSpan | None:
    """'We do not know whether they are alive': people the text told were sent back have been
    missing from the day of their return to the date of the text."""
    if anchor is None or not has("anaphors", text, lang):
        return None
    returned = next(
        (c.date for _, c in reversed(ctx.recent) if c.type == "forced_repatriation" and c.date),
        None,
    )
    if returned is None or returned.start > anchor:
        return None
    return DateSpan(returned.start, anchor, "day")


def _readings(
    span: tuple[int, int],
    triggers: list[Trigger],
    text: str,
    lang: str,
    dates_in: Callable[[tuple[int, int]], bool],
) -> list[tuple[Trigger, tuple[int, int] | None]]:
    """The incident words a figure belongs to, each with the stretch of text its date is in.

    A subject with a relative clause has two predicates: "The 25 North Koreans who forced
    their way into the embassy on Thursday left China on Friday" is an asylum bid on Thursday
    and a departure on Friday. A passive description ("who were caught in China", "held in a
    detention facility") only says who they are: the main predicate alone is the claim,
    unless the description dates what it tells ("arrested in China last month").
    """
    main = _type_for(span, triggers, text, lang)
    if lang != "en":
        return [(main, None)]
    after = [t for t in triggers if t.start >= span[1]]
    if not after or after[0].start - span[1] > RELATIVE_REACH:
        return [(main, None)]
    first = after[0]
    described = _is_modifier(first, text, lang)
    if not described and not RELATIVE.match(text, span[1]):
        return [(main, None)]
    second = next((t for t in after if t.type != first.type), None)
    if second is None:
        return [(main, None)]
    tail = (second.start, len(text))
    clause = (first.end, second.start)
    if described and not dates_in(clause):
        return [(second, tail)]
    return [(first, clause), (second, tail)]


def _window_date(window: tuple[int, int], trigger: Trigger, dates: list) -> DateSpan | None:
    inside = [d for d in dates if window[0] <= d.start and d.end <= window[1]]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d.start - trigger.end)).span


def _main_trigger(triggers: list[Trigger], text: str, lang: str) -> Trigger:
    protests = [t for t in triggers if t.type == "protest"]
    if protests:
        return protests[0]
    heads = [t for t in triggers if not _is_modifier(t, text, lang)] or triggers
    return heads[-1] if lang in VERB_FINAL else heads[0]


def _people_counts(text: str, lang: str) -> list:
    rules = _rules(lang)
    out = []
    for c in find_counts(text, lang):
        if rules.whole_after and rules.whole_after.search(text[c.end : c.end + 8]):
            continue
        if rules.whole_before and rules.whole_before.search(text[max(0, c.start - 12) : c.start]):
            continue
        if rules.part_after and rules.part_after.search(text[c.end : c.end + PART_REACH]):
            continue
        if rules.name_after and rules.name_after.search(text[c.end :]):
            continue
        near = text[max(0, c.start - OTHERS_REACH) : c.end + OTHERS_REACH]
        if rules.others and rules.others.search(near):
            continue
        out.append(c)
    totals = [
        c.count.value
        for c in out
        if rules.total_after and c.count.value and rules.total_after.search(text[c.end : c.end + 8])
    ]
    if totals:
        # "여자 2명은 … 붙잡혔고, 결국 5명 모두 연행됐다": the parts of an "all five" are no claims
        out = [c for c in out if c.count.value is None or c.count.value >= max(totals)]
    return _totals(out, text, rules)


def _totals(counts: list, text: str, rules: _Rules) -> list:
    """'Twenty-five North Koreans, six families and two orphaned girls': figures in apposition
    describe one group; the total (the largest) is the claim, the parts are not."""
    if rules.apposition is None or len(counts) < 2:
        return counts
    groups: list[list] = [[counts[0]]]
    joined = False
    for prev, c in pairwise(counts):
        between = text[prev.end : c.start]
        if rules.apposition.fullmatch(between):
            groups[-1].append(c)
            joined = True
        elif joined and rules.members and rules.members.fullmatch(between):
            groups[-1].append(c)
        else:
            groups.append([c])
            joined = False
    return [max(g, key=lambda c: c.count.value or 0) for g in groups]


def _event_dates(
    text: str,
    lang: str,
    anchor: date | None,
    previous: date | None = None,
    statements: bool = False,
    ahead: bool = False,
) -> list:
    """Dates of what happened, not of when it was said; with `statements`, the date a report
    was made stays, since it dates the estimate the report gives ("a report presented last
    October said that as many as 2,000 were held")."""
    rules = _rules(lang)
    out = []
    for d in find_dates(text, lang, anchor, previous, ahead):
        said = rules.speech_after and rules.speech_after.search(text[d.end : d.end + 24])
        if said and not statements:
            continue
        if rules.speech_before and rules.speech_before.search(text[max(0, d.start - 24) : d.start]):
            continue
        out.append(d)
    return out


def read_before(lang: str) -> bool:
    """Whether the language's clauses stand before the noun they describe (its triggers table
    says so in `[grammar] clauses_before`): the Korean reading of figures applies."""
    return _rules(lang).clauses_before


def _day_told(ctx: _Context, index: int, text: str, lang: str) -> date | None:
    """The last day named a sentence or two back, which "이날" may mean; none after "한편"."""
    if ctx.last_day is None or index - ctx.last_day[0] > DAY_REACH:
        return None
    fresh = _rules(lang).fresh
    return None if fresh and fresh.search(text) else ctx.last_day[1]


def _quotes(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted text: a slogan or a statement in quotes carries its own dates."""
    return [m.span() for m in _QUOTE.finditer(text)]


def _quote_at(quotes: list[tuple[int, int]], pos: int) -> int | None:
    return next((i for i, (s, e) in enumerate(quotes) if s <= pos < e), None)


def _nearest_date(
    span: tuple[int, int], dates: list, text: str, lang: str, trigger: Trigger | None = None
) -> DateMention | None:
    """The date of a figure: one standing between it and its incident word ("2명을 7일 추방"),
    else the nearest, preferring the side dates take in the language."""
    quotes = _quotes(text)
    dates = [d for d in dates if _quote_at(quotes, d.start) == _quote_at(quotes, span[0])]
    if not dates:
        return None
    if trigger is not None:
        lo, hi = min(span[1], trigger.end), max(span[0], trigger.start)
        between = [d for d in dates if lo <= d.start and d.end <= hi]
        if between:
            return between[-1]
    side = None if lang == "en" else "after"
    return min(dates, key=lambda d: _gap(span, (d.start, d.end), text, side))


def _day_of(ctx: _Context, mention: DateMention | None, kind: str) -> DateSpan | None:
    """The span of a claim's date mention; "이날" or "the same day" is the day of the last
    incident of the same kind when one was told, not merely the last day named."""
    if mention is None:
        return None
    if mention.context_day:
        for _, claim in reversed(ctx.recent):
            d = claim.date
            if claim.type == kind and d is not None and d.precision == "day" and d.start == d.end:
                return d
    return mention.span


def _own_date(span: tuple[int, int], counts: list, dates: list, lang: str) -> DateSpan | None:
    """In an enumeration ("more than 500 on Oct. 9, another 40 on Sept. 18, 80 on Aug. 29")
    each figure has its own date, on the side dates take in the language, before the next
    figure begins."""
    if len(counts) < 2 or len(dates) < 2:
        return None
    if lang == "en":
        limit = min((c.start for c in counts if c.start >= span[1]), default=None)
        after = [d for d in dates if d.start >= span[1] and (limit is None or d.end <= limit)]
        if after and after[0].start - span[1] <= OWN_DATE_REACH:
            return after[0].span
        return None
    floor = max((c.end for c in counts if c.end <= span[0]), default=None)
    before = [d for d in dates if d.end <= span[0] and (floor is None or d.start >= floor)]
    if before and span[0] - before[-1].end <= OWN_DATE_REACH:
        return before[-1].span
    return None


def _about_refugees(text: str, lang: str, ctx: _Context) -> bool:
    if off_topic(text, lang):
        return False
    if has("strong", text, lang):
        return True
    if not ctx.topical:
        return False
    if has("weak", text, lang):
        return True
    if any(t.type in lexicon(lang).on_topic for t in find_triggers(text, lang)):
        return True
    return has("anaphors", text, lang) and any(
        has("strong", t, lang) for t in ctx.texts[-LOOKBACK:]
    )


def _located(ctx: _Context, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A facility named once with its city ("워싱턴 DC 중국대사관") is the same one when the
    text later names it bare ("중국대사관"), not the one a bare name stands for by default."""
    out = []
    for m in mentions:
        if m.kind == "facility":
            key = m.surface.strip()
            earlier = next((p for s, p in ctx.facilities.items() if key in s and key != s), None)
            if earlier is not None:
                m = replace(m, place=earlier)
            else:
                ctx.facilities.setdefault(key, m.place)
        out.append(m)
    return out


def _pinned(
    text: str, lang: str, when: DateSpan | None, places: list[PlaceMention], modality: str
) -> bool:
    """A sentence without a figure names an incident only if it pins one down. One that
    imagines it ("if they were sent back") or remarks on one told elsewhere ("if the claim is
    true, it is the first mass return") names none."""
    if modality == "conditional" or has("remarks", text, lang):
        return False
    if when is not None or modality == "denied":
        return True
    if any(p.kind != "country" for p in places):
        return True
    return has("quantity", text, lang)


def _inherit(ctx: _Context, index: int, kind: str, count: Count | None = None) -> Claim | None:
    """The claim just before about the same kind of incident, or about the same number of
    people ("일가족 5명이 영사관에 뛰어들었다 … 결국 5명 모두 연행됐다": the same group)."""
    for n, claim in reversed(ctx.recent):
        if index - n > LOOKBACK:
            break
        if claim.type == kind or (count is not None and claim.count == count):
            return claim
    return None


def _same_time(when: DateSpan | None, earlier: DateSpan | None) -> bool:
    """Whether a claim may be the one told before: it names no date, or one that overlaps."""
    if when is None or earlier is None:
        return True
    return when.start <= earlier.end and earlier.start <= when.end


def _finer(places: list[Place], earlier: list[Place]) -> list[Place]:
    """Places of a claim told again: the earlier claim's cities where this one names only
    their country ("중국 공안에 연행됐다" after "선양 주재 일본 총영사관")."""
    if not places:
        return earlier
    countries = {p.country for p in places}
    cities = [p for p in earlier if p.geonames_id is not None and p.country in countries]
    if cities and all(p.geonames_id is None for p in places):
        return cities + [p for p in places if p.country not in {c.country for c in cities}]
    return places


def _agent_text(text: str, lang: str, trigger: Trigger | None) -> str:
    """Where the agent of an incident word may stand: where clauses end in their verb, before
    the end of its clause ("600여 명은 국민이라며, 한국 정부가 조사에 나서야": Seoul returned no one)."""
    if trigger is None or not _rules(lang).clauses_before:
        return text
    mark = _CLAUSE_MARKS.search(text, trigger.end)
    return text[: mark.start()] if mark else text


def _claim(
    ctx: _Context,
    sentence: Sentence,
    index: int,
    lang: str,
    kind: str,
    count: Count | None,
    when: DateSpan | None,
    mentions: list[PlaceMention],
    source: str | None,
    modality: str,
    trigger: Trigger | None = None,
) -> Claim:
    text = ctx.text[sentence.start : sentence.end]
    places = incident_places(mentions, text, lang, kind)
    if names_same_place(text, lang):
        told = next((c for _, c in reversed(ctx.recent) if c.type == kind and c.places), None)
        places = list(told.places) if told is not None else places
    coarse = all(p.geonames_id is None for p in places)
    if when is None or coarse:
        earlier = _inherit(ctx, index, kind, count if count and count.value else None)
        korean = read_before(lang)
        if earlier is not None and (not korean or _same_time(when, earlier.date)):
            when = when or earlier.date
            places = (
                _finer(places, list(earlier.places)) if korean else places or list(earlier.places)
            )
    told = _told_before(ctx, text, lang)
    if told is not None:
        dates = _event_dates(told[-1], lang, ctx.published)
        when = when or (dates[-1].span if dates else None)
        story = " ".join(told)
        places = places or incident_places(ctx.gaz.find(story, lang), story, lang, kind)
    if when is None:
        section = section_at(ctx.sections, sentence.start)
        if section is not None:
            when = section.span
        elif ctx.published and _at_text_date(kind, text, lang, modality):
            when = DateSpan(ctx.published, ctx.published, "day")
    if not places and when is not None:
        places = list(_same_scene(ctx, index, when))
    actor = choose_actor(kind, _agent_text(text, lang, trigger), lang, tuple(places))
    anchor = ctx.published
    if modality in ("asserted", "reported") and when and anchor and when.start > anchor:
        # "OKN, 10월 12일 집회 열어" in a text of October 10: what lies ahead is announced
        modality = "planned"
    lead = len(text) - len(text.lstrip())
    evidence = text.strip()
    start = sentence.start + lead
    return Claim(
        type=kind,  # type: ignore[arg-type]
        date=when,
        places=with_default(list(places), kind, actor, ctx.gaz),
        count=count,
        actor=actor,
        attribution=source,
        modality=modality,  # type: ignore[arg-type]
        language=lang,
        evidence=evidence,
        evidence_start=start,
        evidence_end=start + len(evidence),
    )


def _same_scene(ctx: _Context, index: int, when: DateSpan) -> tuple[Place, ...]:
    """'Five tried to enter the consulate in Shenyang. Police dragged two women out of the
    gate': the sentence right after, on the same day, is in the same place."""
    for n, claim in reversed(ctx.recent):
        if n == index - 1 and claim.date == when and _specific(claim):
            return _specific(claim)
    return ()


def _told_before(ctx: _Context, text: str, lang: str) -> list[str] | None:
    """'In May and June, Seoul and Beijing were embroiled ... In the end, China allowed more
    than 20 to go': a sentence that carries the story on stands in the date of the sentence
    before and the places of the story so far, whose last sentences this returns."""
    rules = _rules(lang)
    if rules.continuers is None or not ctx.texts or not rules.continuers.match(text.lstrip()):
        return None
    return ctx.texts[-STORY_REACH:]


def _at_text_date(kind: str, text: str, lang: str, modality: str) -> bool:
    """A stock held now, people still missing, an intent declared, a bid just made: the text's
    date."""
    if kind in ("population_estimate", "detention", "disappearance"):
        return True
    if modality in ("conditional", "planned"):
        return True
    present = _rules(lang).present
    return bool(present and present.search(text))


def _stock(kind: str, text: str, lang: str) -> str:
    if kind in ("detention", "population_estimate") and has("stock", text, lang):
        return "population_estimate"
    return kind


@dataclass(frozen=True)
class _Read:
    """What a sentence holds, read once: the pieces its claims are put together from."""

    sentence: Sentence
    index: int
    lang: str
    text: str
    triggers: list[Trigger]
    dates: list[DateMention]
    mentions: list[PlaceMention]
    source: str | None
    modality: str


def _described_claim(
    ctx: _Context, read: _Read, c: CountMention, head: Trigger, seen: set[tuple[object, ...]]
) -> tuple[Claim, tuple[int, int]] | None:
    """The earlier act a relative clause before the figure tells, when it names its own day;
    with the span of that clause."""
    described = _described((c.start, c.end), head, read.triggers, read.text, read.lang)
    if described is None or (described[0].type, c.count) in seen:
        return None
    act, (lo, hi) = described
    own = [d for d in read.dates if lo <= d.start and d.end <= hi]
    if not own:
        return None
    seen.add((act.type, c.count))
    claim = _claim(
        ctx,
        read.sentence,
        read.index,
        read.lang,
        act.type,
        c.count,
        _day_of(ctx, own[-1], act.type),
        [m for m in read.mentions if lo <= m.start and m.end <= hi],
        read.source,
        find_modality(read.text[lo:hi], read.lang, read.source is not None),
        act,
    )
    return claim, (lo, hi)


def _carried_claim(
    ctx: _Context, read: _Read, c: CountMention, head: Trigger, seen: set[tuple[object, ...]]
) -> Claim | None:
    """The second incident an anaphor after the figure tells of the same people."""
    carried = _carried((c.start, c.end), head, read.triggers, read.text, read.lang)
    if carried is None or (carried[0].type, c.count) in seen:
        return None
    later, lo = carried
    seen.add((later.type, c.count))
    own = [d for d in read.dates if d.start >= lo]
    return _claim(
        ctx,
        read.sentence,
        read.index,
        read.lang,
        later.type,
        c.count,
        _day_of(ctx, own[0] if own else None, later.type),
        [m for m in read.mentions if m.start >= lo],
        read.source,
        read.modality,
        later,
    )


def sentence_claims(ctx: _Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    text = ctx.text[sentence.start : sentence.end]
    found = find_attribution(text, lang, ctx.last_source)
    if found.source and found.source != "unnamed source":
        ctx.last_source = found.source
    triggers = find_triggers(text, lang)
    if not triggers or not _about_refugees(text, lang, ctx):
        return []
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    forecasts = forecast_spans(text, lang)
    counts = [
        c
        for c in _people_counts(text, lang)
        if not any(_gap((c.start, c.end), f, text, None) <= FORECAST_REACH for f in forecasts)
    ]
    counts = _without_parts(ctx, index, counts, text, lang)
    previous = None
    if ctx.texts and has_sequel(text, lang):
        told = [d for d in _event_dates(ctx.texts[-1], lang, anchor) if d.span.precision == "day"]
        previous = told[-1].span.end if told else None
    modality = find_modality(text, lang, found.reported)
    if read_before(lang):
        previous = previous or _day_told(ctx, index, text, lang)
    dates = _event_dates(text, lang, anchor, previous, ahead=modality == "planned")
    named = last_day(dates)
    if named is not None:
        ctx.last_day = (index, named)
    mentions = ctx.gaz.find(text, lang)
    mentions = _located(ctx, mentions) if read_before(lang) else mentions
    read = _Read(sentence, index, lang, text, triggers, dates, mentions, found.source, modality)
    out: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    earlier = None if counts else _anaphor(ctx, text, lang, index)
    if earlier is not None:
        counts = [earlier[0]]
    for c in counts:
        if read_before(lang):
            trigger = _type_for((c.start, c.end), triggers, text, lang)
            kind = _stock(trigger.type, text, lang)
            if (kind, c.count) in seen:
                continue
            seen.add((kind, c.count))
            when = _day_of(ctx, _nearest_date((c.start, c.end), dates, text, lang, trigger), kind)
            described = _described_claim(ctx, read, c, trigger, seen)
            # the places of the earlier act told in the relative clause are not those of this one
            own = [
                m
                for m in mentions
                if not (described and described[1][0] <= m.start < described[1][1])
            ]
            out.append(
                _claim(
                    ctx,
                    sentence,
                    index,
                    lang,
                    kind,
                    c.count,
                    when,
                    own,
                    read.source,
                    modality,
                    trigger,
                )
            )
            if described is not None:
                out.append(described[0])
            later = _carried_claim(ctx, read, c, trigger, seen)
            if later is not None:
                out.append(later)
            continue
        readings = _readings(
            (c.start, c.end),
            triggers,
            text,
            lang,
            lambda w: any(w[0] <= d.start and d.end <= w[1] for d in dates),
        )
        for trigger, window in readings:
            kind = _stock(trigger.type, text, lang)
            key = (kind, c.count)
            if key in seen:
                continue
            seen.add(key)
            when = _window_date(window, trigger, dates) if window else None
            if kind == "population_estimate":
                pool = _event_dates(text, lang, anchor, previous, statements=True)
            else:
                pool = dates
            when = (
                when
                or _own_date((c.start, c.end), counts, pool, lang)
                or _day_of(ctx, _nearest_date((c.start, c.end), pool, text, lang, trigger), kind)
                or (earlier[1] if earlier else None)
            )
            mood = find_modality(text, lang, found.reported, (trigger.start, trigger.end))
            out.append(
                _claim(
                    ctx, sentence, index, lang, kind, c.count, when, mentions, found.source, mood
                )
            )
    if not counts:
        if lang == "en" and all(_is_modifier(t, text, lang) for t in triggers):
            # "the exact number of North Koreans seeking refuge": who they are, no incident
            return out
        steps = _steps(triggers, dates, text, lang)
        for trigger, window, when in steps:
            here = [m for m in mentions if window[0] <= m.start < window[1]]
            mood = find_modality(text, lang, found.reported, (trigger.start, trigger.end))
            out.append(
                _claim(
                    ctx, sentence, index, lang, trigger.type, None, when, here, found.source, mood
                )
            )
        if steps:
            return out
        trigger = _main_trigger(triggers, text, lang)
        kind = _stock(trigger.type, text, lang)
        when = _day_of(ctx, _nearest_date((trigger.start, trigger.end), dates, text, lang), kind)
        if when is None and kind == "disappearance":
            when = _missing_since(ctx, text, lang, anchor)
        if _pinned(text, lang, when, mentions, modality):
            # the missing are "they", however many were sent back; no figure is told for them
            count = None if kind == "disappearance" else _counted_before(ctx, index, text, lang)
            if count is not None:
                # "이들은 현재 구류장에 수감돼 있다": a group told of before, not a stock figure
                kind = trigger.type
            mood = find_modality(text, lang, found.reported, (trigger.start, trigger.end))
            out.append(
                _claim(
                    ctx,
                    sentence,
                    index,
                    lang,
                    kind,
                    count,
                    when,
                    mentions,
                    found.source,
                    mood,
                    trigger,
                )
            )
    return out


def _steps(
    triggers: list[Trigger], dates: list, text: str, lang: str
) -> list[tuple[Trigger, tuple[int, int], DateSpan]]:
    """'The family was allowed to fly out on 22 May and arrived in Seoul the next morning':
    predicates joined in one sentence, each with its own date, are one incident each, placed
    by what their own stretch of the sentence names."""
    if lang != "en" or len(triggers) < 2:
        return []
    heads = [t for t in triggers if not _is_modifier(t, text, lang)]
    out = []
    for n, t in enumerate(heads):
        end = heads[n + 1].start if n + 1 < len(heads) else len(text)
        own = [d for d in dates if t.end <= d.start and d.end <= end]
        if own:
            out.append((t, (t.start, end), own[0].span))
    if len(out) < 2 or len({o[2] for o in out}) < len(out):
        return []
    return out


def _anaphor(
    ctx: _Context, text: str, lang: str, index: int
) -> tuple[CountMention, DateSpan | None] | None:
    """'all of them were executed': the figure, and failing its own the date, of the group the
    claim just before counted."""
    pattern = _rules(lang).anaphoric
    hit = pattern.search(text) if pattern else None
    if hit is None:
        return None
    for n, claim in reversed(ctx.recent):
        if index - n > LOOKBACK:
            break
        if claim.count is not None and claim.count.value is not None:
            mention = CountMention(hit.start(), hit.end(), hit.group(), claim.count, None)
            return mention, claim.date
    return None


def _continuation(ctx: _Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    """'Human Rights Watch put the number at more than 500, while JFNK said about 600':
    figures given by named sources right after an incident, for that same incident."""
    if not ctx.recent or ctx.recent[-1][0] != index - 1:
        return []
    text = ctx.text[sentence.start : sentence.end]
    found = find_attribution(text, lang, None)
    if not found.source:
        return []
    previous = ctx.recent[-1][1]
    out = []
    for c in _without_parts(ctx, index, _people_counts(text, lang), text, lang):
        modality = find_modality(text, lang, True)
        claim = _claim(
            ctx, sentence, index, lang, previous.type, c.count, None, [], found.source, modality
        )
        out.append(replace(claim, date=previous.date, places=previous.places, actor=previous.actor))
    return out


def _specific(claim: Claim) -> tuple[Place, ...]:
    return tuple(p for p in claim.places if p.geonames_id is not None)


def _consolidate(numbered: list[tuple[int, Claim]]) -> list[Claim]:
    """One claim per figure per incident.

    A headline leaves out the date the body gives for the same figure; a sentence without a
    figure ("북송은 9일 훈춘·투먼에서 진행됐다") adds the cities of an incident another sentence
    counts. The first takes the date, the second gives its places to the counted claims of
    the same type and date and is dropped.
    """
    claims = [c for _, c in numbered]
    out: list[Claim] = []
    for claim in claims:
        if claim.date is None and claim.count is not None:
            twin = next(
                (o for o in claims if o.type == claim.type and o.count == claim.count and o.date),
                None,
            )
            if twin is not None:
                claim = replace(claim, date=twin.date, places=_merge(claim.places, _specific(twin)))
        if claim.count is None and claim.date is not None and claim.modality != "denied":
            counted = [
                o
                for o in claims
                if o.count is not None and o.type == claim.type and o.date == claim.date
            ]
            if counted:
                continue
        if claim.count is not None and claim.date is not None and not _specific(claim):
            extra = [
                p
                for o in claims
                if o.type == claim.type and o.date == claim.date
                for p in _specific(o)
            ]
            claim = replace(claim, places=_merge(claim.places, tuple(extra)))
        out.append(_with_translation_places(claim, claims))
    return out


def _with_translation_places(claim: Claim, claims: list[Claim]) -> Claim:
    """The other language version of a bilingual page tells the same incident and may name
    where it happened ("중국대사관 앞" / "the Chinese Embassy in Washington, D.C.")."""
    twins = [
        o
        for o in claims
        if o.language != claim.language
        and (o.type, o.date, o.count) == (claim.type, claim.date, claim.count)
    ]
    extra = tuple(p for o in twins for p in _specific(o))
    return replace(claim, places=_merge(claim.places, extra)) if extra else claim


def _merge(a: tuple[Place, ...], b: tuple[Place, ...]) -> tuple[Place, ...]:
    return a + tuple(p for p in b if p not in a)


def read_claims(doc: Document, segmentation: Segmentation, gaz: Gazetteer) -> list[Claim]:
    """Every claim of a cleaned, segmented document, in text order."""
    sentences = [s for s in segmentation.sentences() if s.language in ("ko", "en", "ja", "zh")]
    published = doc.published.value if doc.published else None
    langs = tuple(lang for lang in segmentation.languages if lang in ("ko", "en", "ja", "zh"))
    topical = any(has("strong", doc.text[s.start : s.end], s.language) for s in sentences)
    ctx = _Context(doc.text, gaz, published, find_sections(doc.text, langs, published), topical)
    for index, sentence in enumerate(sentences):
        found = sentence_claims(ctx, sentence, index, sentence.language)
        if not found:
            found = _continuation(ctx, sentence, index, sentence.language)
        ctx.recent.extend((index, c) for c in found)
        ctx.texts.append(doc.text[sentence.start : sentence.end])
    return _consolidate(ctx.recent)
