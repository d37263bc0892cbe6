"""Assembly: from the trigger, figure, date and place mentions of a sentence to claims.

Only sentences holding an incident word are read further. In such a sentence each count of
people becomes one claim, typed by the incident word it belongs to and dated by the date
nearest to it; a sentence without a figure gives at most one claim, and only when it pins
the incident down (a date, a named place, "many", or a denial). Claims a sentence leaves
undated or unplaced take them from the claim just before it about the same kind of incident,
or from what the story told just before (see `_undated`).

Where relative clauses come before their noun (Japanese, Chinese), a figure may carry a second,
earlier incident in its clause, and Japanese strings several predicates to one subject: which
incident words belong to which figure is worked out in `clauses.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from refuge.extract import langdata
from refuge.extract.actor import choose_actor
from refuge.extract.attribution import find_attribution
from refuge.extract.clauses import chained, described, main_clause_date, relative_before
from refuge.extract.counts import CountMention, find_counts
from refuge.extract.dates import find_dates
from refuge.extract.modality import find_modality
from refuge.extract.places import incident_places, with_default
from refuge.extract.sections import Section, find_sections, section_at
from refuge.extract.triggers import TYPE_ORDER, Trigger, find_triggers, has, lexicon, off_topic
from refuge.gazetteer import Gazetteer, PlaceMention
from refuge.records import Claim, Count, DateSpan, Document, Place, Segmentation, Sentence

VERB_FINAL = ("ko", "ja")
# how far back (in sentences) an anaphor or an elided date/place may reach
LOOKBACK = 3
# how far back an undated incident takes the date the story last gave ("5月8日13时55分，哨兵发现
# 5名人员…" then "由公安人员将5人全部带离")
NARRATIVE_REACH = 2
# penalties, in characters of distance, when pairing a figure with an incident word or a date
CLAUSE_PENALTY = 25
WRONG_SIDE_PENALTY = 20
MODIFIER_PENALTY = 60
TYPE_PENALTY = {"detention": 35, "arrest": 4, "population_estimate": 8, "protest": 60}
# an incident word this close before a subject noun describes it ("갇혀 있던 탈북민")
MODIFIER_REACH = 12
# a count of athletes, crewmates or officials names them within this many characters
OTHERS_REACH = 14
_CLAUSE_MARKS = re.compile(r"[,;，；、]|\band\b|\bwhile\b")
# a figure that ends an item of an enumeration ("南寧で37人、")
_LIST_END = re.compile(r"[^\S\n]?[、，,]")
# kinds that state how things stand now, so they need no date of their own
_STATES = ("detention", "population_estimate")


@dataclass(frozen=True)
class _Rules:
    whole_after: re.Pattern[str] | None
    whole_before: re.Pattern[str] | None
    name_after: re.Pattern[str] | None
    others: re.Pattern[str] | None
    disputed: re.Pattern[str] | None
    person: re.Pattern[str] | None
    estimates: re.Pattern[str] | None
    same_day: re.Pattern[str] | None
    speech_after: re.Pattern[str] | None
    speech_before: re.Pattern[str] | None


@cache
def _rules(lang: str) -> _Rules:
    table = langdata.load(lang, "triggers")
    counts, dates = table.get("counts", {}), table.get("dates", {})

    def pattern(items: Sequence[str]) -> re.Pattern[str] | None:
        return re.compile("|".join(f"(?:{p})" for p in items)) if items else None

    return _Rules(
        pattern(counts.get("whole_after", ())),
        pattern(counts.get("whole_before", ())),
        pattern(counts.get("name_after", ())),
        pattern(counts.get("others", ())),
        pattern(counts.get("disputed", ())),
        pattern(counts.get("person", ())),
        pattern(table.get("stock", {}).get("estimates", ())),
        pattern(dates.get("same_day", ())),
        pattern(dates.get("speech_after", ())),
        pattern(dates.get("speech_before", ())),
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
    # the date someone last spoke on (sentence index, date), for a figure they state as
    # standing now ("声明指出，目前仍有数百人被关押")
    spoken: tuple[int, DateSpan] | None = None
    # the last date a sentence told in passing (sentence index, date, the cities it named)
    narrated: tuple[int, DateSpan, tuple[Place, ...]] | None = None
    recent: list[tuple[int, Claim]] = field(default_factory=list)
    # people named so far ("金哲玉（音譯）"): a sentence about one of them counts one person
    persons: set[str] = field(default_factory=set)


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
        before = text[max(0, t.start - 24) : t.start]
        after = text[t.end : t.end + MODIFIER_REACH + 8]
        return bool(
            re.search(
                r"(?:koreans?|defectors|refugees|people|escapees|women|men) (?:who (?:were|had been) (?:\w+ )?)?$",
                before,
                re.I,
            )
            or (lex.strong and lex.strong.match(after.lstrip()))
        )
    if lang == "zh":
        # "、" lists nouns inside one clause; "送回北韓的是…" is a cleft, not a description
        clause = re.split(r"[,，。；]", text[t.end : t.end + 3 * MODIFIER_REACH])[0]
        return "的" in clause and "的是" not in clause[: clause.index("的") + 2]
    after = re.split(r"[,，、。]", text[t.end : t.end + MODIFIER_REACH])[0]
    return bool(lex.strong and lex.strong.search(after))


def _type_for(span: tuple[int, int], triggers: list[Trigger], text: str, lang: str) -> Trigger:
    def cost(t: Trigger) -> float:
        c = _gap(span, (t.start, t.end), text, "before" if lang in VERB_FINAL else None)
        c += TYPE_PENALTY.get(t.type, 0) + TYPE_ORDER.index(t.type) * 0.1
        return c + (MODIFIER_PENALTY if _is_modifier(t, text, lang) else 0)

    return min(triggers, key=cost)


def _main_trigger(triggers: list[Trigger], text: str, lang: str) -> Trigger:
    protests = [t for t in triggers if t.type == "protest"]
    if protests:
        return protests[0]
    heads = [t for t in triggers if not _is_modifier(t, text, lang)] or triggers
    return heads[-1] if lang in VERB_FINAL else heads[0]


def _people_counts(text: str, lang: str) -> list:
    rules = _rules(lang)
    if rules.disputed and rules.disputed.search(text):
        return []
    out = []
    for c in find_counts(text, lang):
        if rules.whole_after and rules.whole_after.search(text[c.end : c.end + 8]):
            continue
        if rules.whole_before and rules.whole_before.search(text[max(0, c.start - 12) : c.start]):
            continue
        if rules.name_after and rules.name_after.search(text[c.end :]):
            continue
        near = text[max(0, c.start - OTHERS_REACH) : c.end + OTHERS_REACH]
        if rules.others and rules.others.search(near):
            continue
        out.append(c)
    return out


def _event_dates(
    text: str, lang: str, anchor: date | None, triggers: list[Trigger]
) -> tuple[list, list]:
    """The dates of incidents in a sentence, and apart from them the dates on which someone
    spoke ("12日、…と発表した"). A date with an incident word between it and the verb of
    speech ("先月末、何回かに分けて送還されたと報じた") dates the incident."""
    rules = _rules(lang)
    out, spoken = [], []
    for d in find_dates(text, lang, anchor):
        after = rules.speech_after.search(text[d.end : d.end + 24]) if rules.speech_after else None
        if after and not any(d.end <= t.start < d.end + after.end() for t in triggers):
            spoken.append(d)
            continue
        if rules.speech_before and rules.speech_before.search(text[max(0, d.start - 24) : d.start]):
            spoken.append(d)
            continue
        out.append(d)
    return out, spoken


def _same_clause(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return not _CLAUSE_MARKS.search(text[lo:hi])


def _nearest_date(
    span: tuple[int, int], dates: list, text: str, lang: str, trigger: Trigger | None = None
) -> DateSpan | None:
    """The date of a figure: one standing between it and its incident word ("2명을 7일 추방"),
    else the nearest, preferring the side dates take in the language."""
    if not dates:
        return None
    if trigger is not None:
        # in an enumeration ("3月に南寧で37人、4月に…7人が拘束され", "80 on Aug. 29 and 40 on
        # Sept. 18") each figure has its own date; a date before a figure that goes on to its
        # own predicate ("昨年から身を寄せていた一家4人が、先月28日に出国") is not the figure's
        listed = bool(_LIST_END.match(text, span[1]))
        own = [
            d
            for d in dates
            if _same_clause(span, (d.start, d.end), text) and (listed or d.start >= span[1])
        ]
        if own:
            return min(own, key=lambda d: _gap(span, (d.start, d.end), text, None)).span
        lo, hi = min(span[1], trigger.end), max(span[0], trigger.start)
        between = [d for d in dates if lo <= d.start and d.end <= hi]
        if between:
            return between[-1].span
    side = None if lang == "en" else "after"
    return min(dates, key=lambda d: _gap(span, (d.start, d.end), text, side)).span


def _about_refugees(text: str, lang: str, ctx: _Context, triggers: list[Trigger]) -> bool:
    if off_topic(text, lang):
        return False
    if has("strong", text, lang):
        return True
    if not ctx.topical:
        return False
    if has("weak", text, lang) or has("objections", text, lang) or _about_one_person(ctx, text):
        return True
    # in a document about refugees, a return or a protest needs no subject named again
    if any(t.type in ("forced_repatriation", "protest") for t in triggers):
        return True
    return has("anaphors", text, lang) and any(
        has("strong", t, lang) for t in ctx.texts[-LOOKBACK:]
    )


def _pinned(
    text: str, lang: str, when: DateSpan | None, places: list[PlaceMention], modality: str
) -> bool:
    """A sentence without a figure names an incident only if it pins one down."""
    if when is not None or modality == "denied":
        return True
    if any(p.kind != "country" for p in places):
        return True
    return has("quantity", text, lang)


def _inherit(ctx: _Context, index: int, kind: str) -> Claim | None:
    for n, claim in reversed(ctx.recent):
        if index - n > LOOKBACK:
            break
        if claim.type == kind:
            return claim
    return None


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
) -> Claim:
    text = ctx.text[sentence.start : sentence.end]
    places = incident_places(mentions, text, lang, kind)
    if when is None or not places:
        earlier = _inherit(ctx, index, kind)
        if earlier is not None:
            when = when or earlier.date
            places = places or list(earlier.places)
    if when is None:
        when, places = _undated(ctx, sentence, index, lang, kind, source, places)
    actor = choose_actor(kind, text, lang, tuple(places))
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


def _undated(
    ctx: _Context,
    sentence: Sentence,
    index: int,
    lang: str,
    kind: str,
    source: str | None,
    places: list[Place],
) -> tuple[DateSpan | None, list[Place]]:
    """The date of an incident its sentence leaves undated, from what came before, in order:
    "that day" as the day just told; the dated section it stands in; a date the story
    just told in passing (with its cities); for a state, the day its source spoke, else the
    day of publication."""
    text = ctx.text[sentence.start : sentence.end]
    same_day = _rules(lang).same_day
    if same_day and same_day.search(text):
        # the day a source spoke on in this sentence ("统一部7日表示，政府当天…"), else the
        # day of the incident just told
        if ctx.spoken and ctx.spoken[0] == index:
            return ctx.spoken[1], places
        if ctx.recent and index - ctx.recent[-1][0] <= 1:
            return ctx.recent[-1][1].date, places
    section = section_at(ctx.sections, sentence.start)
    # a dateline is a section of the publication date: it says nothing of the incident
    if section is not None and section.span.start != ctx.published:
        return section.span, places
    if kind not in _STATES and ctx.narrated and index - ctx.narrated[0] <= NARRATIVE_REACH:
        if not any(p.geonames_id for p in places):
            places = [*places, *(p for p in ctx.narrated[2] if p not in places)]
        return ctx.narrated[1], places
    if section is not None:
        return section.span, places
    if kind in _STATES and source and ctx.spoken and index - ctx.spoken[0] <= LOOKBACK:
        return ctx.spoken[1], places
    if kind in _STATES and ctx.published:
        return DateSpan(ctx.published, ctx.published, "day"), places
    return None, places


def _remember_narrative(ctx: _Context, sentence: Sentence, index: int, claimed: bool) -> None:
    """A date a claim was read with belongs to that claim; only one told in passing
    ("据中方通报，5月8日13时55分，…") carries over to the incidents after it."""
    text = ctx.text[sentence.start : sentence.end]
    lang = sentence.language
    section = section_at(ctx.sections, sentence.start)
    told, _ = _event_dates(text, lang, section.span.end if section else ctx.published, [])
    if told and claimed:
        ctx.narrated = None
    elif told:
        named = incident_places(ctx.gaz.find(text, lang), text, lang, "")
        ctx.narrated = (index, told[-1].span, tuple(p for p in named if p.geonames_id))


def _stock(kind: str, text: str, lang: str, trigger: Trigger, count: CountMention | None) -> str:
    """A figure of people held is a stock ("目前遭中國拘押的脫北者約有2000人") unless, where
    relative clauses come first, the people are the subject of being held ("数百人が拘束された
    まま", "仍有数百人被关押"): that is a detention, unless someone estimates it ("估计")."""
    if kind not in _STATES or not has("stock", text, lang):
        return kind
    estimated = _rules(lang).estimates
    if estimated and estimated.search(text):
        return "population_estimate"
    if count is not None and relative_before(lang) and trigger.start >= count.end:
        return kind
    return "population_estimate"


def _readings(
    c: CountMention,
    counts: list[CountMention],
    triggers: list[Trigger],
    dates: list,
    text: str,
    lang: str,
) -> list[tuple[Trigger, DateSpan | None]]:
    """What happened to the people of one figure, and when: the main incident word, the
    predicates strung to it, and an incident of their own told in a relative clause."""
    span = (c.start, c.end)
    owner = {t: described(t, counts, text, lang, _is_modifier(t, text, lang)) for t in triggers}
    own = [t for t in triggers if owner[t] is c]
    free = [t for t in triggers if owner[t] is None]
    if not free and not own:
        return []
    main = _type_for(span, free or own, text, lang)
    when = _nearest_date(span, dates, text, lang, main)
    if not free:
        return [(t, when) for t in _distinct(own)]
    heads = [t for t in free if not _is_modifier(t, text, lang)]
    links = _distinct(chained(main, heads, text, lang) if main in heads else [main])
    out = _dated_links(links, main, when, dates)
    background = [t for t in _distinct(own) if t.type not in {k.type for k, _ in out}]
    before = max((o.end for o in counts if o.end <= c.start), default=0)
    clause_dates = [
        d
        for d in dates
        if before <= d.start
        and d.end <= c.start
        and not main_clause_date(d.start, d.end, text, lang)
    ]
    if not background or not clause_dates:
        return out
    own_when = clause_dates[-1].span
    rest = [d for d in dates if d not in clause_dates]
    main_when = _nearest_date(span, rest, text, lang, main)
    if (main_when is not None and main_when != own_when) or main.type in _STATES:
        out = [(t, main_when if d == when else d) for t, d in out]
        out += [(t, own_when) for t in background]
    return out


def _dated_links(
    links: list[Trigger], main: Trigger, when: DateSpan | None, dates: list
) -> list[tuple[Trigger, DateSpan | None]]:
    """A predicate strung after the main one takes a date written in its own stretch
    ("昨年12月に…駆け込み、今月2日にソウルに到着した"), else the main one's."""
    out: list[tuple[Trigger, DateSpan | None]] = []
    for i, t in enumerate(links):
        own = [
            d
            for d in dates
            if i and t.start > main.start and links[i - 1].end <= d.start and d.end <= t.start
        ]
        out.append((t, own[-1].span if own else when))
    return out


def _distinct(triggers: list[Trigger]) -> list[Trigger]:
    kinds: set[str] = set()
    out = []
    for t in triggers:
        if t.type not in kinds:
            kinds.add(t.type)
            out.append(t)
    return out


def _in_source(c: CountMention, text: str, source: str | None, lang: str) -> bool:
    """'消息筋の一人は', '韩国统一部一名官员表示': one person inside the name of who speaks."""
    if not source or source not in text or c.count.value != 1:
        return False
    at = text.index(source)
    return at <= c.start and c.end <= at + len(source) and not find_triggers(source, lang)


def sentence_claims(ctx: _Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    text = ctx.text[sentence.start : sentence.end]
    found = find_attribution(text, lang, ctx.last_source)
    if found.source and found.source != "unnamed source":
        ctx.last_source = found.source
    _learn_persons(ctx, text, lang)
    triggers = find_triggers(text, lang)
    if not triggers or not _about_refugees(text, lang, ctx, triggers):
        return []
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    counts = [c for c in _people_counts(text, lang) if not _in_source(c, text, found.source, lang)]
    dates, spoken = _event_dates(text, lang, anchor, triggers)
    if spoken:
        ctx.spoken = (index, spoken[-1].span)
    mentions = ctx.gaz.find(text, lang)
    modality = find_modality(text, lang, found.reported)
    out: list[Claim] = []
    seen: set[tuple[object, ...]] = set()

    def add(kind: str, count: Count | None, when: DateSpan | None) -> None:
        if (kind, count) in seen:
            return
        seen.add((kind, count))
        out.append(
            _claim(ctx, sentence, index, lang, kind, count, when, mentions, found.source, modality)
        )

    for c in counts:
        for trigger, when in _readings(c, counts, triggers, dates, text, lang):
            add(_stock(trigger.type, text, lang, trigger, c), c.count, when)
    if not counts:
        heads = [t for t in triggers if not _is_modifier(t, text, lang)]
        if not heads:
            return out
        trigger = _main_trigger(triggers, text, lang)
        when = _nearest_date((trigger.start, trigger.end), dates, text, lang)
        if _pinned(text, lang, when, mentions, modality):
            one = Count(1, "exact") if _about_one_person(ctx, text) else None
            links = chained(trigger, heads, text, lang) if trigger in heads else [trigger]
            for t, t_when in _dated_links(_distinct(links), trigger, when, dates):
                add(_stock(t.type, text, lang, t, None), one, t_when)
    return out


def _learn_persons(ctx: _Context, text: str, lang: str) -> None:
    person = _rules(lang).person
    if person:
        # the words before a name may cling to it ("表妹金哲玉"): keep its every ending
        for m in person.finditer(text):
            name = m.group("name")
            ctx.persons.update(name[i:] for i in range(len(name) - 1))


def _about_one_person(ctx: _Context, text: str) -> bool:
    """'金哲玉在中國生活約25年，…今年4月遭吉林省當局拘留': a sentence whose subject is a person
    named before tells what happened to one person."""
    return any(text.lstrip().startswith(name) for name in ctx.persons)


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
    for c in _people_counts(text, lang):
        if _in_source(c, text, found.source, lang):
            continue
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
            # a headline drops the body's hedge ("600人" for "約600人"): the same figure
            twin = next(
                (o for o in claims if o.type == claim.type and _same_figure(o, claim) and o.date),
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
        out.append(claim)
    return out


def _same_figure(a: Claim, b: Claim) -> bool:
    if a.count == b.count:
        return True
    return bool(a.count and b.count and a.count.value and a.count.value == b.count.value)


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
        _remember_narrative(ctx, sentence, index, bool(found))
    return _consolidate(ctx.recent)
