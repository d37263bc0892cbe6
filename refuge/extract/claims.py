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

This module puts a sentence's claims together; the readings it draws on live beside it:
`rules` (each language's patterns), `context` (what earlier sentences left and what a claim
inherits from them), `clauses` (which figures count people and which incident word each
belongs to), `pairing` (the date of a figure) and `consolidate` (one claim per figure per
incident across the document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from refuge.extract.actor import choose_actor
from refuge.extract.attribution import find_attribution, reports
from refuge.extract.clauses import (
    STATIVE,
    carried_act,
    chained,
    described_act,
    figure_readings,
    is_modifier,
    joined_acts,
    joined_steps,
    main_trigger,
    people_counts,
    quoted_alone,
    relative_clause,
    type_for,
    without_parts,
)
from refuge.extract.consolidate import consolidate
from refuge.extract.context import (
    DAY_REACH,
    LOOKBACK,
    Context,
    about_one_person,
    anaphor_group,
    claim_carried,
    day_told,
    facility_again,
    finer_places,
    group_named,
    inherit,
    learn_era,
    learn_persons,
    located,
    missing_since,
    named_subject,
    one_befallen,
    same_scene,
    same_time,
    specific_places,
    stated_on,
    told_before,
)
from refuge.extract.counts import CountMention, is_part_noun
from refuge.extract.dates import (
    DateMention,
    find_dates,
    has_context_day,
    has_sequel,
    last_day,
)
from refuge.extract.modality import find_modality, first_cue
from refuge.extract.pairing import (
    day_of,
    event_dates,
    gap,
    nearest_date,
    own_date,
    paragraph_date,
    statement_days,
    window_date,
)
from refuge.extract.places import (
    incident_places,
    names_same_place,
    names_there,
    not_home,
    with_default,
)
from refuge.extract.restate import (
    asked,
    cued,
    dated_pairs,
    figure_source,
    follows_on,
    gathered,
    is_item,
    lead_source,
    leads_in,
    only_estimates,
    referent,
    restated_figures,
)
from refuge.extract.rules import (
    CLAUSE_MARKS,
    VERB_FINAL,
    clause_at,
    lang_rules,
    read_before,
    title_spans,
)
from refuge.extract.sections import Section, find_sections, headline_at, quote_words, section_at
from refuge.extract.triggers import (
    Trigger,
    find_triggers,
    forecast_spans,
    has,
    lexicon,
    names_topic,
    off_topic,
)
from refuge.gazetteer import Gazetteer, PlaceMention
from refuge.gazetteer.facilities import names_facility
from refuge.gazetteer.scripts import fold_han
from refuge.records import Claim, Count, DateSpan, Document, Place, Segmentation, Sentence

# a contrast this close before a clause ("…, but whether …") sets it against the one before
CONTRAST_REACH = 6
# the kinds a figure of people held or living somewhere now takes ("目前仍有数百人被关押")
STOCKS = ("detention", "population_estimate")
# figures this close to a forecast ("will ramp up the repatriation of thousands") are its own
FORECAST_REACH = 30


def _about_refugees(text: str, lang: str, ctx: Context) -> bool:
    if off_topic(text, lang):
        return False
    if has("strong", text, lang):
        return True
    if not ctx.topical:
        return False
    if has("weak", text, lang) or about_one_person(ctx, text):
        return True
    triggers = find_triggers(text, lang)
    if any(t.type in lexicon(lang).on_topic for t in triggers):
        return True
    if any(one_befallen(text, lang, t.start, t.end) for t in triggers):
        # "Authorities in Jilin arrested her in April": in a page about refugees, the one
        # person the incident word befalls is one of them
        return True
    if not has("anaphors", text, lang) and not _subject_dropped(text, lang):
        return False
    # "Q: How did the family leave China? A: … They left Beijing on Wednesday": in a page about
    # refugees, people named just before without the word are its people too
    return any(
        has("strong", t, lang) or has("weak", t, lang) for t in ctx.texts[-LOOKBACK:]
    ) or _recounted(ctx, text, lang)


def _subject_dropped(text: str, lang: str) -> bool:
    """Whether a sentence leaves out its subject where the language lets the sentences before
    name it ("今月2日、日本海で韓国海軍に拿捕された" in a list about two fishermen): no mark of
    a subject (`[subjects] marks`) anywhere in it, and a close that tells what happened
    (`[subjects] dropped_close`)."""
    lex = lexicon(lang)
    marks, close = lex.subject_marks, lex.dropped_close
    triggers = find_triggers(text, lang)
    if marks is None or close is None or not triggers or not close.search(text):
        return False
    return marks.search(text) is None


def _recounted(ctx: Context, text: str, lang: str) -> bool:
    """An anaphor with the figure of a group counted earlier in the page ("All five were still
    held", sentences after "a family of five North Koreans") is that group, however far back."""
    figures = {c.count.value for c in people_counts(text, lang) if c.count.value is not None}
    return any(c.count is not None and c.count.value in figures for _, c in ctx.recent)


def _pinned(
    text: str, lang: str, when: DateSpan | None, places: list[PlaceMention], modality: str
) -> bool:
    """A sentence without a figure names an incident only if it pins one down. One that
    imagines it ("if they were sent back") or remarks on one told elsewhere ("if the claim is
    true, it is the first mass return") names none."""
    if modality == "conditional":
        # "Seoul will take the necessary steps if they were sent back": a state's answer to the
        # incident it imagines is a claim of its own; "if they were sent back, they would face
        # prison" imagines only
        return has("responses", text, lang)
    if has("remarks", text, lang):
        return False
    if when is not None or modality == "denied":
        return True
    if any(p.kind != "country" for p in not_home(places, text, lang)):
        return True
    return has("quantity", text, lang)


def _carried_count(
    ctx: Context, index: int, text: str, lang: str, kind: str, when: DateSpan | None
) -> Count | None:
    """The figure of the people a figureless sentence's subject stands for. The missing are
    "they", however many were sent back, and those who protest are not the people counted
    before."""
    if kind in ("disappearance", "protest"):
        return None
    earlier = claim_carried(ctx, index, text, lang, _subject_dropped(text, lang))
    return None if earlier is None else earlier.count


def _group_just_told(
    ctx: Context,
    index: int,
    text: str,
    lang: str,
    carried: Count | None,
    modality: str,
    at: Trigger,
) -> bool:
    """'Five tried to run into the consulate on Wednesday. Armed police grabbed them and took
    them away': people the sentence just before counted, named by an anaphor right at the
    incident word (`[counts] carried_pins`), pin the incident down as that sentence's day and
    place would; one only feared or imagined for them pins nothing."""
    rules = lang_rules(lang)
    reach = rules.carried_pins
    if reach is None or rules.carry is None or carried is None or modality != "asserted":
        return False
    if at.type in STATIVE or (rules.unpinned and rules.unpinned.search(text)):
        return False
    if not ctx.recent or ctx.recent[-1][0] != index - 1 or ctx.recent[-1][1].count != carried:
        return False
    return rules.carry.search(text, max(0, at.start - reach[0]), at.end + reach[1]) is not None


def _told_already(ctx: Context, kind: str, count: Count, when: DateSpan | None) -> bool:
    """Whether a claim of this kind, figure and date was told before: the people a subject
    stands for, in the same act on the same day ("The group … left Beijing airport in the
    afternoon" after "25 … were flown to Manila on Friday"), are that claim told again."""
    return any((c.type, c.count, c.date) == (kind, count, when) for _, c in ctx.recent)


def _agent_text(text: str, lang: str, trigger: Trigger | None) -> str:
    """Where the agent of an incident word may stand: where clauses end in their verb, before
    the end of its clause ("600여 명은 국민이라며, 한국 정부가 조사에 나서야": Seoul returned no one)."""
    if trigger is None or not lang_rules(lang).clauses_before:
        return text
    mark = CLAUSE_MARKS.search(text, trigger.end)
    return text[: mark.start()] if mark else text


def _claim(
    ctx: Context,
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
    kind = _at_population_scale(kind, count)
    places = incident_places(mentions, text, lang, kind)
    # whether the places are those of the claim told before, not the sentence's own
    inherited = False
    if names_same_place(text, lang):
        told = next((c for _, c in reversed(ctx.recent) if c.type == kind and c.places), None)
        places = list(told.places) if told is not None else places
    if when is None and kind not in STOCKS:
        # the day the sentence just before named is nearer than any claim told before it
        when = paragraph_date(ctx, index, sentence.start, lang)
    told_here = ctx.statement_day is not None and ctx.statement_day[0] == index
    if when is None and kind in STOCKS and told_here and (source or modality == "reported"):
        # "国連の専門家は17日、…拘束されている北朝鮮出身者が数百人いると指摘した": a state told
        # in a statement this sentence dates is as of that day, not of a claim told before
        stated = stated_on(ctx, index)
        when = DateSpan(stated, stated, "day") if stated else None
    coarse = all(p.geonames_id is None for p in places)
    if when is None or coarse:
        figure = count if count and (count.value or count.qualifier == "range") else None
        earlier = inherit(ctx, index, kind, figure, when)
        if (
            earlier is not None
            and count
            and count.value
            and not _same_section(ctx, earlier, sentence)
        ):
            # "AUGUST 29 / … / SEPTEMBER 18 / Another forty were sent back": a new figure in a
            # dated part of a timeline is that part's incident; an uncounted one ("UN experts
            # said hundreds had been returned") may look back to an earlier part's
            earlier = None
        if earlier is not None and source is None and _opens_section(ctx, earlier, sentence):
            # "10월 9일 - 가장 긴 밤 / 탈북민들이 한꺼번에 넘겨졌습니다": the first incident
            # told in its own voice under a dated heading is that heading's
            earlier = None
        korean = read_before(lang)
        if earlier is not None and (not korean or same_time(when, earlier.date)):
            when = when or earlier.date
            inherited = not places
            places = (
                finer_places(places, list(earlier.places))
                if korean
                else places or list(earlier.places)
            )
    told = told_before(ctx, text, lang)
    if told is not None:
        # the story's last dated sentence: the one just before may only add a detail
        dated = (event_dates(t, lang, ctx.published, era=ctx.era) for t in reversed(told))
        dates = next((d for d in dated if d), [])
        when = when or (dates[-1].span if dates else None)
        story = " ".join(told)
        if all(p.geonames_id is None for p in places):
            # the story's cities, not a country a title names ("日本副领事")
            places = incident_places(ctx.gaz.find(story, lang), story, lang, kind) or places
    # the scene of the sentence before is shared on a day this sentence tells, not on the
    # page's date a stock figure takes ("up to 2,000 may be held" after a rally in Seoul)
    told_when = when
    if when is None:
        section = section_at(ctx.sections, sentence.start)
        # a state a statement reports ("声明指出，目前仍有数百人被关押"), in a sentence that
        # names who tells it, is as of the day the statement was made
        reported = source is not None or modality == "reported"
        stated = stated_on(ctx, index) if kind in STOCKS and reported else None
        if stated is not None:
            when = DateSpan(stated, stated, "day")
        elif section is not None:
            when = section.span
        elif ctx.published and _at_text_date(kind, text, lang, modality):
            when = DateSpan(ctx.published, ctx.published, "day")
    if not places and told_when is not None and kind != "population_estimate":
        places = list(same_scene(ctx, index, told_when))
    elif (
        told_when is not None
        and kind in _SCENE_COUNTRY
        and all(p.geonames_id is None for p in places)
    ):
        # "中国武警在门口把…拖出" after the bid at the consulate in Shenyang: the country of the
        # police is no finer than the scene the sentence before set on that day (a protest's
        # country is the one it is against, so it takes none)
        places = finer_places(places, list(same_scene(ctx, index, told_when)))
    if not places and kind != "population_estimate":
        # a stock is reckoned for a region, never at the scene of the entry's story
        places = list(_entry_scene(ctx, sentence))
    if all(p.geonames_id is None for p in places):
        # "outside the embassy": the one named before with its city
        places = [*facility_again(ctx, text, lang), *places]
    if all(p.geonames_id is None for p in places) and names_there(text, lang):
        # "She had started her hunger strike there": where the claims just before took place
        places = [*_told_scene(ctx, index), *places]
    act = trigger.surface if trigger is not None else None
    actor = choose_actor(kind, _agent_text(text, lang, trigger), lang, tuple(places), act)
    if inherited and actor is not None and all(p.country != actor for p in places):
        # "…the third man was caught by North Korean authorities at Kimchaek … the military
        # captured the two men on Saturday": the scene of one state's act is not another's
        places = []
    held = _held_by(ctx, text, lang, modality)
    if held is not None:
        # the people the answer is held ready for are as many as were told held
        places, actor = list(held.places), held.actor
        count = count or held.count
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


# incidents whose country named in the sentence is the state that carried them out
_SCENE_COUNTRY = ("arrest", "detention", "forced_repatriation")


def _read_claim(
    ctx: Context,
    read: _Read,
    trigger: Trigger,
    count: Count | None,
    when: DateSpan | None,
    mentions: list[PlaceMention],
    voice: tuple[str | None, str],
) -> Claim:
    """The claim a trigger of a sentence being read tells, with its source and modality."""
    source, mood = voice
    return _claim(
        ctx,
        read.sentence,
        read.index,
        read.lang,
        trigger.type,
        count,
        when,
        mentions,
        source,
        mood,
        trigger,
    )


def _told_scene(ctx: Context, index: int) -> tuple[Place, ...]:
    """The specific places of the last claim told in the few sentences before."""
    for n, claim in reversed(ctx.recent):
        if index - n > LOOKBACK:
            break
        if specific_places(claim):
            return specific_places(claim)
    return ()


def _held_by(ctx: Context, text: str, lang: str, modality: str) -> Claim | None:
    """'Seoul will take the necessary steps if they were sent back': the incident a state's
    answer imagines befalls the people told of before, where they were and at the hands of
    the state that had them, not of the state that answers: the claim it is read from."""
    if modality != "conditional" or not has("responses", text, lang):
        return None
    return next((c for _, c in reversed(ctx.recent) if specific_places(c)), None)


def _entry_scene(ctx: Context, sentence: Sentence) -> tuple[Place, ...]:
    """'8 May 2002 - Five tried to enter the consulate in Shenyang. … The family was allowed
    to fly out on 22 May': an unplaced incident in a dated entry of a timeline is set where the
    entry's story is."""
    here = section_at(ctx.sections, sentence.start)
    if here is None:
        return ()
    for _, claim in reversed(ctx.recent):
        if section_at(ctx.sections, claim.evidence_start) != here:
            break
        if specific_places(claim):
            return specific_places(claim)
    return ()


def _happened(text: str, lang: str, mention: DateMention) -> bool:
    """Whether a day is told as one something happened or is set to happen on, not one only
    hoped, feared or imagined."""
    mood = find_modality(text, lang, False, (mention.start, mention.end))
    return mood not in ("uncertain", "conditional")


def _stative(text: str, lang: str) -> bool:
    """Whether a sentence tells only a state ("all five were still held on Thursday"): its day
    is the one the state is told as of, which no "the same day" after it counts from."""
    triggers = find_triggers(text, lang)
    return bool(triggers) and all(t.type in STATIVE for t in triggers)


def _sequel_base(
    ctx: Context, lang: str, anchor: date | None, section: Section | None
) -> date | None:
    """The day "that night" or "five days later" counts from. In a dated part of a timeline
    ("OCTOBER 9 - The night after the closing ceremony / … more than 500 were returned that
    night") no incident of another dated part is its base: an incident told in this part or
    outside any, else the part's own day."""
    told = _day_before(ctx, lang, anchor, section) or _last_happened(ctx, section)
    if told is None and section is not None and section.span.precision == "day":
        return section.span.end
    return told


def _elsewhere(ctx: Context, offset: int, section: Section | None) -> bool:
    """Whether `offset` lies in a dated part of the text other than `section`."""
    there = section_at(ctx.sections, offset)
    return section is not None and there is not None and there != section


def _day_before(
    ctx: Context, lang: str, anchor: date | None, section: Section | None = None
) -> date | None:
    """The last day an incident happened on in the sentences just before (none of another
    dated part than `section`), which "five days later" counts from: "2 November … they
    brought two men ashore. Five days later, on 7 November, …" counts from the sentence before
    the one before."""
    for before, end in reversed(list(zip(ctx.texts, ctx.ends, strict=True))[-DAY_REACH:]):
        if _elsewhere(ctx, end - 1, section):
            return None
        if _stative(before, lang):
            return None
        told = [
            d
            for d in event_dates(before, lang, anchor, today=ctx.published, era=ctx.era)
            if d.span.precision == "day" and _happened(before, lang, d)
        ]
        if told:
            return told[-1].span.end
    return None


def _last_happened(ctx: Context, section: Section | None = None) -> date | None:
    """The last day an incident told so far (none of another dated part than `section`)
    happened, which "the next day" counts from when the sentence before names none; a day only
    hoped or feared for ("as early as Friday") is not one, nor the day a state is told of ("all
    five were still held on Thursday")."""
    for _, claim in reversed(ctx.recent):
        d = claim.date
        if _elsewhere(ctx, claim.evidence_start, section):
            # the timeline's earlier parts are further back still
            return None
        if claim.type in STATIVE:
            continue
        if claim.modality not in ("uncertain", "conditional") and d and d.precision == "day":
            return d.end if d.start == d.end else None
    return None


def _opens_section(ctx: Context, earlier: Claim, sentence: Sentence) -> bool:
    """Whether a sentence stands in a dated part of a timeline other than the earlier claim's,
    and no claim has been told in that part before it."""
    here = section_at(ctx.sections, sentence.start)
    if here is None or here == section_at(ctx.sections, earlier.evidence_start):
        return False
    return not any(here.start <= c.evidence_start < sentence.start for _, c in ctx.recent)


def _same_section(ctx: Context, earlier: Claim, sentence: Sentence) -> bool:
    here = section_at(ctx.sections, sentence.start)
    there = section_at(ctx.sections, earlier.evidence_start)
    return here == there


def _at_text_date(kind: str, text: str, lang: str, modality: str) -> bool:
    """A stock held now, people still missing, an intent declared, a bid just made: the text's
    date."""
    if kind in ("population_estimate", "detention", "disappearance"):
        return True
    if modality in ("conditional", "planned"):
        return True
    present = lang_rules(lang).present
    return bool(present and present.search(text))


def _held_in_a_named_place(
    trigger: Trigger, mentions: list[PlaceMention], text: str, lang: str
) -> bool:
    """'탈북민 3명은 현재 비엔티안의 이민국 수용소에 수감돼 있다': people held in a named city
    are a group in detention, not the stock held across a country or a province."""
    return trigger.type == "detention" and any(
        m.kind in ("city", "facility") for m in not_home(mentions, text, lang)
    )


# a stock is a figure reckoned for a whole country; a small exact figure counts one group
# ("12명은 현재 구류소에 갇혀 있다", "目前被关在看守所的12名脱北者")
GROUP_SIZE = 100


def _stock(kind: str, text: str, lang: str, count: Count | None = None) -> str:
    if count and count.qualifier == "exact" and count.value and count.value < GROUP_SIZE:
        return kind
    if kind == "detention" and count and count.qualifier == "vague" and (count.max or 0) < 1000:
        # "目前还有数百名朝鲜人被关在中国": people held, told as "hundreds", are a group in
        # detention; a stock is a number someone reckons
        return kind
    if (
        kind in ("detention", "population_estimate")
        and has("stock", text, lang)
        and not has("fates", text, lang)
    ):
        return "population_estimate"
    return kind


# no one arrest, return, bid or arrival takes in so many people: a figure this large counts
# how many hide or live somewhere ("aid groups put the number at 150,000 to 300,000")
POPULATION_SIZE = 100_000
_ACTS = ("arrest", "forced_repatriation", "asylum_seeking", "resettlement", "detention")


def _at_population_scale(kind: str, count: Count | None) -> str:
    if kind not in _ACTS or count is None or count.qualifier == "vague":
        return kind
    figure = count.value if count.value is not None else count.min
    return "population_estimate" if figure and figure >= POPULATION_SIZE else kind


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
    ctx: Context, read: _Read, c: CountMention, head: Trigger, seen: set[tuple[object, ...]]
) -> tuple[Claim, tuple[int, int]] | None:
    """The earlier act a relative clause before the figure tells, when it names its own day;
    with the span of that clause."""
    described = described_act((c.start, c.end), head, read.triggers, read.text, read.lang)
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
        day_of(ctx, own[-1], act.type),
        [m for m in read.mentions if lo <= m.start and m.end <= hi],
        read.source,
        find_modality(read.text[lo:hi], read.lang, read.source is not None),
        act,
    )
    return claim, (lo, hi)


def _carried_claim(
    ctx: Context,
    read: _Read,
    c: CountMention,
    head: Trigger,
    seen: set[tuple[object, ...]],
    head_when: DateSpan | None,
) -> Claim | None:
    """The second incident an anaphor after the figure tells of the same people. Without a
    date of its own an act follows on the first ("뛰어들었으나 모두 붙잡혔다", "뛰어들었을 때는
    이들이 한국으로 가도록 허용했다"); a state ("이들이 지금 갇혀 있다") is of the text's date."""
    carried = carried_act((c.start, c.end), head, read.triggers, read.text, read.lang)
    if carried is None or (carried[0].type, c.count) in seen:
        return None
    later, lo = carried
    seen.add((later.type, c.count))
    own = [d for d in read.dates if d.start >= lo]
    follows = None if later.type in STATIVE else head_when
    return _claim(
        ctx,
        read.sentence,
        read.index,
        read.lang,
        later.type,
        c.count,
        day_of(ctx, own[0], later.type) if own else follows,
        [m for m in read.mentions if m.start >= lo],
        read.source,
        find_modality(read.text, read.lang, read.source is not None, (later.start, later.end)),
        later,
    )


def _chained_claims(
    ctx: Context,
    read: _Read,
    c: CountMention,
    told: list[tuple[Trigger, DateSpan | None, bool]],
    seen: set[tuple[object, ...]],
    nearby: str | None,
) -> list[Claim]:
    """'5명은 … 정문으로 뛰어들었다가 경비 경찰에게 붙잡혔다', '…뛰어들었다가 무장경찰에게 끌려나왔던
    5명이 23일 입국했다': where the verb ends the clause, predicates of other kinds that the
    people of a figure string on after an act told of them (`told`, with its day), joined by a
    connective that turns to what came of it (`[clauses] chain`), are incidents of theirs, on
    the day of that act unless a day stands between, at the places told before it. Words
    after the figure that only describe people are not theirs; in the relative clause before
    it, every one is. An act flagged in `told` (the start of that clause) is theirs too."""
    if lang_rules(read.lang).chain is None:
        return []
    pool = [
        t for t in read.triggers if t.end <= c.start or not is_modifier(t, read.text, read.lang)
    ]
    out = []
    for head, head_when, also in told:
        if head not in pool:
            continue
        acts = chained(head, pool[pool.index(head) :], read.text, read.lang)
        for before, t in zip([None, *acts], acts, strict=False):
            if before is None and not also:
                continue
            if (t.type, c.count) in seen or (before and before.end <= c.start < t.start):
                continue
            seen.add((t.type, c.count))
            lo = before.end if before else 0
            own = [d for d in read.dates if lo <= d.start and d.end <= t.start]
            when = day_of(ctx, own[-1], t.type) if own else head_when
            # the scene of the attempt, told before its outcome
            scene = [m for m in read.mentions if m.start < t.start]
            voice = _voice(read.text, read.lang, nearby, t)
            out.append(_read_claim(ctx, read, t, c.count, when, scene, voice))
    return out


def _another_source(
    read: _Read, c: CountMention, counts: list[CountMention], told: list[Claim]
) -> Claim | None:
    """A figure with no incident word of its own, after one the sentence has just told and
    with a source named between them ("…有五百多人；北韩正义连带则说是六百人"): the figure that
    source gives for the same incident."""
    before = [o for o in counts if o.end <= c.start]
    if not told or not before:
        return None
    source = figure_source(read.text, read.lang, (before[-1].end, c.start))
    if source is None:
        return None
    return replace(told[-1], count=c.count, attribution=source, modality="reported")


def _carries_on(read: _Read, c: CountMention, head: Trigger) -> bool:
    """Whether an anaphor after a figure and its predicate tells a second incident of those
    people: not one set against the first ("…，但无法确认这些人是否被遣返") nor one they only
    aimed at then ("他们当时正准备离开中国")."""
    rules = lang_rules(read.lang)
    if not rules.carry_acts:
        return False
    carried = carried_act((c.start, c.end), head, read.triggers, read.text, read.lang)
    if carried is None:
        return False
    later, lo = carried
    if rules.contrasts and rules.contrasts.search(read.text, head.end, later.start):
        return False
    return not (rules.aims and rules.aims.search(read.text, lo, later.start))


def _own_places(
    trigger: Trigger, heads: list[Trigger], mentions: list[PlaceMention], lang: str
) -> list[PlaceMention]:
    """The places of one of several predicates a figure carries. In English a place follows
    its verb ("caught in Yanji on Sept. 3 and sent back via Tumen"); elsewhere it is the one
    nearest to it ("9月3日在延吉抓捕…，9月20日将他们遣返")."""

    def owner(m: PlaceMention) -> Trigger:
        if lang == "en":
            return next((t for t in reversed(heads) if t.start <= m.start), heads[0])
        return min(heads, key=lambda t: min(abs(m.start - t.end), abs(t.start - m.end)))

    return [m for m in mentions if owner(m) == trigger]


def _uncounted_clauses(
    ctx: Context, read: _Read, counts: list[CountMention], told: list[Claim], nearby: str | None
) -> list[Claim]:
    """'In late August a first group was driven back, and in September about 40 more
    followed': beside the counted incidents, a clause of its own that dates an act without a
    figure tells one more. Only where the language marks its clauses (`clause_breaks`)."""
    if lang_rules(read.lang).clause_breaks is None:
        return []
    contrasts = lang_rules(read.lang).contrasts
    out: list[Claim] = []
    days = {c.date for c in told}
    for t in read.triggers:
        if t.type in STATIVE or is_modifier(t, read.text, read.lang):
            continue
        lo, hi = clause_at(read.text, (t.start, t.end), read.lang)
        if any(lo <= c.start < hi for c in counts):
            continue
        # "…, but whether they were sent back on Sept. 20 is unknown": no incident told
        if contrasts and contrasts.search(read.text, max(0, lo - CONTRAST_REACH), hi):
            continue
        own = [d for d in read.dates if lo <= d.start and d.end <= hi]
        group = _carried_on(read, told, t, (lo, hi)) if not own else None
        if group is None and (not own or own[0].span in days):
            continue
        voice = _voice(read.text, read.lang, nearby, t)
        if voice[1] == "conditional":
            continue
        if own:
            days.add(own[0].span)
        here = [m for m in read.mentions if lo <= m.start < hi]
        out.append(
            _read_claim(
                ctx,
                read,
                t,
                group.count if group else None,
                own[0].span if own else None,
                here or ([m for m in read.mentions if m.start < lo] if group else []),
                voice,
            )
        )
    return out


def _carried_on(
    read: _Read, told: list[Claim], t: Trigger, clause: tuple[int, int]
) -> Claim | None:
    """'Police rounded up around 30 North Koreans last month, and activists fear the group will
    be handed over any day': a clause whose people are an anaphor (`[counts] carry`) for the
    figure the sentence has just told (`told`: its claims so far) tells a second incident of
    that figure."""
    rules = lang_rules(read.lang)
    carry = rules.carry
    if not told or carry is None or told[-1].type == t.type or told[-1].count is None:
        return None
    if rules.time_clause and rules.time_clause.search(read.text, clause[0], t.start):
        # "…expelled two fishermen, five days after its navy captured them": an act the
        # clause sets on another day than the one told, which it does not name
        return None
    return told[-1] if carry.search(read.text, clause[0], clause[1]) else None


def _is_member(c: CountMention, lang: str) -> bool:
    """A figure of one kind of person in a group ("女性2人", "two women and a girl")."""
    return c.summed or is_part_noun(c.head or "", lang)


def _as_their_group(
    ctx: Context, index: int, counts: list[CountMention], lang: str
) -> list[CountMention]:
    """The members of a group told one kind at a time are that group, not incidents of their
    own: "5人は男性2人、女性2人と幼い女の子で、男性2人は…連れ出された" counts five, and so do
    "一家五口试图进入…，两名妇女和一名幼童…被拖出" and "女性2人と女児を門の外へ引きずり出し、
    男性2人も連れ出した" after "一家5人が…駆け込もうとした". The group, in the sentence or told
    just before, is theirs when the members told make up half of it or more."""
    members = [c for c in counts if _is_member(c, lang)]
    if not members or any(c.count.value is None for c in members):
        return counts
    told = sum(c.count.value or 0 for c in members)
    wholes = [c.count for c in counts if c not in members and c.count.value is not None]
    if not wholes and len(members) == len(counts):
        wholes = [
            c.count
            for n, c in reversed(ctx.recent)
            if index - n <= LOOKBACK and c.count is not None and c.count.value is not None
        ][:1]
    group = next(
        (
            w
            for w in reversed(wholes)
            if w.qualifier == "exact"
            and max(c.count.value or 0 for c in members) < (w.value or 0) <= 2 * told
        ),
        None,
    )
    if group is None:
        return counts
    return [replace(c, count=group) if c in members else c for c in counts]


def _of_another_subject(trigger: Trigger, c: CountMention, text: str, lang: str) -> bool:
    """Whether the incident word before a figure ends a clause with a subject of its own
    (`[grammar] own_subject`: "공범이 붙잡히자 두 사람은 달아났다"): the figure is not its people."""
    own = lang_rules(lang).own_subject
    return own is not None and trigger.end <= c.start and bool(own.match(text, trigger.end))


def _joined_claims(
    ctx: Context,
    read: _Read,
    c: CountMention,
    trigger: Trigger,
    counts: list[CountMention],
    nearby: str | None,
    seen: set[tuple[object, ...]],
) -> list[Claim]:
    """'어민 두 명은 지난 2일 해군에 붙잡혔고, 닷새 뒤 북측에 넘겨졌다': where the verb ends the
    clause, one figure carried by predicates of different kinds joined in a row, each after a
    day of its own, is one incident per predicate, dated and placed in its own stretch."""
    acts = joined_acts(
        (c.start, c.end), trigger, read.triggers, read.dates, counts, read.text, read.lang
    )
    out = []
    for t, when in acts:
        if (t.type, c.count) in seen:
            continue
        seen.add((t.type, c.count))
        voice = _voice(read.text, read.lang, nearby, t)
        here = _own_places(t, [a for a, _ in acts], read.mentions, read.lang)
        out.append(_read_claim(ctx, read, t, c.count, when, here, voice))
    return out


def _voice(text: str, lang: str, nearby: str | None, trigger: Trigger) -> tuple[str | None, str]:
    """Who tells the incident at `trigger` and how firmly, read in its own clause first: "X
    said 500 were returned, and activists fear more will be" is two voices."""
    focus = (trigger.start, trigger.end)
    found = find_attribution(text, lang, nearby, focus)
    return found.source, find_modality(text, lang, found.reported, focus)


def sentence_claims(ctx: Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    text = ctx.text[sentence.start : sentence.end]
    nearby = ctx.last_source
    found = find_attribution(text, lang, nearby)
    if found.source and found.source != "unnamed source":
        ctx.last_source = found.source
    _cite_statement(ctx, index, found.source, lang)
    learn_persons(ctx, text, lang)
    triggers = find_triggers(text, lang)
    if not triggers or not _about_refugees(text, lang, ctx):
        # "GENEVA – UN experts on Tuesday urged China …": a sentence that tells no incident may
        # still date the statement the sentences after it report, and "2019年11月7日下午，板门店。"
        # the year a "同年11月2日" after it is of
        _learn_statement_day(ctx, sentence, index, lang)
        _learn_era_of(ctx, sentence, lang)
        return []
    disputed = lang_rules(lang).disputed
    if disputed is not None and disputed.search(text):
        # "500〜600人とする見方から2600人に達するとの主張まで開きがある": a dispute over a scale
        return []
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    forecasts = forecast_spans(text, lang)
    counts = [
        c
        for c in people_counts(text, lang)
        if not any(gap((c.start, c.end), f, text, None) <= FORECAST_REACH for f in forecasts)
    ]
    counts = without_parts(ctx, index, counts, text, lang)
    counts = [c for c in counts if not quoted_alone((c.start, c.end), triggers, text, lang)]
    counts = _as_their_group(ctx, index, counts, lang)
    previous = None
    if ctx.texts and has_sequel(text, lang):
        previous = _sequel_base(ctx, lang, anchor, section)
    spoken = statement_days(text, lang, anchor, previous)
    if spoken:
        ctx.statement_day = (index, spoken[-1])
    modality = find_modality(text, lang, found.reported)
    if read_before(lang) or has_context_day(text, lang):
        # "次日，他们被带离": a day word counts from the day the sentences before named
        previous = previous or day_told(ctx, index, text, lang)

    def dated(ahead: bool) -> list[DateMention]:
        expect = modality in ("planned", "uncertain")
        return event_dates(
            text,
            lang,
            anchor,
            previous,
            ahead=ahead,
            story=ctx.story,
            today=ctx.published,
            expect=expect,
            era=ctx.era,
        )

    dates = dated(False)
    if modality == "planned":
        dates = _ahead_where_planned(text, lang, dated(True), dates)
    ctx.story = next((d.span.start for d in dates if d.story), ctx.story)
    learn_era(ctx, dates, anchor)
    named = last_day(_told_days(dates, text, lang))
    if named is not None:
        ctx.last_day = (index, named)
    mentions = ctx.gaz.find(text, lang)
    mentions = located(ctx, mentions, text, lang)
    read = _Read(sentence, index, lang, text, triggers, dates, mentions, found.source, modality)
    out: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    earlier = None if counts else anaphor_group(ctx, text, lang, index)
    if earlier is not None and modality == "conditional" and not has("responses", text, lang):
        # "if they were sent back, they would face prison": the group told of, imagined
        earlier = None
    if earlier is not None:
        counts = [earlier[0]]
    for c in counts:
        if read_before(lang):
            trigger = type_for((c.start, c.end), triggers, text, lang)
            if _of_another_subject(trigger, c, text, lang):
                continue
            joined = _joined_claims(ctx, read, c, trigger, counts, nearby, seen)
            if joined:
                told = [
                    (t, when, False)
                    for t, when in joined_acts(
                        (c.start, c.end), trigger, triggers, dates, counts, text, lang
                    )
                ]
                out.extend(joined)
                out.extend(_chained_claims(ctx, read, c, told, seen, nearby))
                continue
            kind = _stock(trigger.type, text, lang, c.count)
            if kind != trigger.type and _held_in_a_named_place(trigger, mentions, text, lang):
                kind = trigger.type
            if (kind, c.count) in seen:
                continue
            seen.add((kind, c.count))
            # "8월 29일엔 여든 명, 9월 18일엔 마흔 명이 넘겨졌다": each figure its own date
            when = own_date((c.start, c.end), counts, dates, text, lang) or day_of(
                ctx, nearest_date((c.start, c.end), dates, text, lang, trigger), kind
            )
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
                    find_modality(text, lang, found.reported, (trigger.start, trigger.end)),
                    trigger,
                )
            )
            if described is not None:
                out.append(described[0])
            head_when = out[-1 - bool(described)].date
            later = _carried_claim(ctx, read, c, trigger, seen, head_when)
            if later is not None:
                out.append(later)
            told = [(trigger, head_when, False)]
            relative = relative_clause((c.start, c.end), triggers, text, lang)
            if described is not None and relative is not None:
                # "들어가려다 붙잡힌 3명", "뛰어들었다가 … 끌려나왔던 5명": the acts the relative
                # clause that dates its own strings on, from its first
                told.append((relative[1][0], described[0].date, True))
            out.extend(_chained_claims(ctx, read, c, told, seen, nearby))
            continue
        spans = [(o.start, o.end) for o in counts]
        readings = figure_readings((c.start, c.end), spans, triggers, text, lang, dates)
        if not readings:
            # "…被押过边境的有五百多人；北韩正义连带则说是六百人": another source's figure
            other = _another_source(read, c, counts, out)
            if other is not None and (other.type, c.count) not in seen:
                seen.add((other.type, c.count))
                out.append(other)
            continue
        # a date a relative clause gives its own act is not the date of the main predicate
        told = [w for _, w in readings if w is not None]
        acts = dict(
            joined_acts((c.start, c.end), readings[0][0], triggers, dates, counts, text, lang)
            if len(readings) == 1
            else ()
        )
        for trigger, window in [(t, None) for t in acts] or readings:
            # people whose relative clause tells what befell them on a day of their own are a
            # group told of ("先月8日に捕まった10人が、現在は監房に"), not a stock
            kind = trigger.type if len(readings) > 1 else _stock(trigger.type, text, lang, c.count)
            key = (kind, c.count)
            if key in seen:
                continue
            seen.add(key)
            # "当晚遭遣返的500名": a day word in the relative clause is the day of the one told
            when = acts.get(trigger) or (
                day_of(ctx, window_date(window, trigger, dates), kind) if window else None
            )
            if kind == "population_estimate":
                pool = event_dates(
                    text, lang, anchor, previous, statements=True, story=ctx.story, era=ctx.era
                )
            else:
                pool = dates
            if window is None or kind in STATIVE:
                # "ten of them, who were caught on Feb. 8, are now being held": a state the
                # main clause tells is not dated by the act of the relative clause
                pool = [
                    d for d in pool if not any(w != window and w[0] <= d.start < w[1] for w in told)
                ]
            when = (
                when
                or own_date((c.start, c.end), counts, pool, text, lang)
                or day_of(ctx, nearest_date((c.start, c.end), pool, text, lang, trigger), kind)
                or (earlier[1] if earlier else None)
            )
            source, mood = _voice(text, lang, nearby, trigger)
            here = _own_places(trigger, list(acts), mentions, lang) if acts else mentions
            out.append(
                _claim(ctx, sentence, index, lang, kind, c.count, when, here, source, mood, trigger)
            )
        if len(readings) == 1 and not acts and _carries_on(read, c, readings[0][0]):
            # "数百名脱北者被移交过来，他们眼下被关在拘留所里": the anaphor carries the figure on
            later = _carried_claim(
                ctx, read, c, readings[0][0], seen, out[-1].date if out else None
            )
            if later is not None:
                out.append(later)
    if counts and not read_before(lang):
        out.extend(_uncounted_clauses(ctx, read, counts, out, nearby))
    if not counts:
        described = lang == "en" or lang_rules(lang).describe_only
        if described and all(is_modifier(t, text, lang) for t in triggers):
            # "the exact number of North Koreans seeking refuge", "中国で捕まった脱北者の受け
            # 入れ": who they are, no incident
            return out
        steps = joined_steps(triggers, dates, text, lang, mentions)
        for trigger, window, when in steps:
            # "…, and a coalition will meet at the same spot": where the sentence's first act was
            same = names_same_place(text[window[0] : window[1]], lang)
            here = [m for m in mentions if same or window[0] <= m.start < window[1]]
            source, mood = _voice(text, lang, nearby, trigger)
            out.append(
                _claim(
                    ctx,
                    sentence,
                    index,
                    lang,
                    trigger.type,
                    None,
                    when,
                    here,
                    source,
                    mood,
                    trigger,
                )
            )
        if steps:
            return out
        trigger = main_trigger(triggers, text, lang)
        # a stock is a figure: people held, told with none ("10人が現在、…に収監されている" after
        # its figure was left out), are in detention
        kind = trigger.type
        when = day_of(ctx, nearest_date((trigger.start, trigger.end), dates, text, lang), kind)
        if when is None and kind == "disappearance":
            when = missing_since(ctx, text, lang, anchor)
        carried = _carried_count(ctx, index, text, lang, kind, when)
        pinned = _pinned(text, lang, when, mentions, modality)
        if pinned or _group_just_told(ctx, index, text, lang, carried, modality, trigger):
            count = group_named(ctx, index, text, lang) or carried
            if when is None and not pinned:
                # pinned by the people just counted: on the day that sentence told them on
                when = ctx.recent[-1][1].date
            if count is not None and _told_already(ctx, kind, count, when):
                # "…expelled the two on Thursday. The handover took place at 3 p.m., … take
                # them": the same incident of the same people told again, no figure of its own
                count = None
            if count is None and (
                about_one_person(ctx, text)
                or named_subject(text, lang, trigger.start)
                or one_befallen(text, lang, trigger.start, trigger.end)
            ):
                count = Count(1, "exact", None, None)
            if count is not None:
                # "이들은 현재 구류장에 수감돼 있다": a group told of before, not a stock figure
                kind = trigger.type
            source, mood = _voice(text, lang, nearby, trigger)
            out.append(
                _claim(
                    ctx, sentence, index, lang, kind, count, when, mentions, source, mood, trigger
                )
            )
    return _without_vague_twins(out)


def _learn_era_of(ctx: Context, sentence: Sentence, lang: str) -> None:
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    text = ctx.text[sentence.start : sentence.end]
    learn_era(ctx, find_dates(text, lang, anchor), anchor)


def _cite_statement(ctx: Context, index: int, source: str | None, lang: str) -> None:
    """'OHCHRは17日、共同声明を公表した。… 声明によると … 専門家らは、現在も数百人が拘束された
    まま': a sentence citing the statement dated just before tells what it said that day, and
    the sentences after it still report that day's statement."""
    day, words = ctx.statement_day, quote_words(lang)
    if day is None or source is None or words is None or index - day[0] > DAY_REACH:
        return
    if words.search(source):
        ctx.statement_day = (index, day[1])


def _learn_statement_day(ctx: Context, sentence: Sentence, index: int, lang: str) -> None:
    text = ctx.text[sentence.start : sentence.end]
    section = section_at(ctx.sections, sentence.start)
    spoken = statement_days(text, lang, section.span.end if section else ctx.published)
    if spoken:
        ctx.statement_day = (index, spoken[-1])


def _ahead_where_planned(
    text: str, lang: str, ahead: list[DateMention], past: list[DateMention]
) -> list[DateMention]:
    """A day word counts forward only where the announcement reaches it: in its clause, or
    after it where a verb opens its clause ("Activists rallied on Thursday, and a coalition has
    scheduled a press conference for today": the rally's Thursday is the one gone by; "says it
    will be back tomorrow, Friday,": that Friday is ahead)."""
    before = {d.start: d for d in past}
    cue = None if lang in VERB_FINAL else first_cue(text, lang, "planned")

    def announced(d: DateMention) -> bool:
        if cue is not None and cue < d.start:
            return True
        return find_modality(text, lang, False, (d.start, d.end)) == "planned"

    return [d if announced(d) or d.start not in before else before[d.start] for d in ahead]


def _without_vague_twins(claims: list[Claim]) -> list[Claim]:
    """'hundreds of North Koreans, about 600 by one group's count': a vague figure the same
    sentence states exactly, for the same incident and from the same source, is that figure;
    a vague figure from another source ("UN experts said hundreds") stays a claim of its own."""

    def stated(vague: Claim, other: Claim) -> bool:
        v, o = vague.count, other.count
        if v is None or o is None or v.qualifier != "vague" or o.qualifier == "vague":
            return False
        figure = o.value if o.value is not None else o.min
        return (
            figure is not None
            and v.min is not None
            and v.max is not None
            and v.min <= figure <= v.max
            and other.type == vague.type
            and other.date == vague.date
            and other.attribution == vague.attribution
        )

    return [c for c in claims if not any(stated(c, o) for o in claims if o is not c)]


def _told_days(dates: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """The days a sentence tells its story on, without those it names in passing ("HRW는 앞서
    8월 29일에도 80명을 넘긴 것으로 파악했다"): "전날" in the next sentence is not counted
    from those."""
    aside = lang_rules(lang).aside_after
    if aside is None:
        return dates
    return [d for d in dates if not aside.match(text, d.end)]


def _restated(ctx: Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    """'Human Rights Watch put the number at more than 500, while JFNK said about 600', 'その数は
    「500人超」とも「600人」とも言われる': figures a sentence without an incident word of its
    own gives for the incident just told, one claim each, by the source named beside it. A
    sentence that asks about the figures ("어디서는 200명이라고 하던데 뭐가 맞나요?") gives none."""
    text = ctx.text[sentence.start : sentence.end]
    if text.rstrip().endswith(("?", "？")):
        return []
    present = gathered(text, lang)
    cue = cued(text, lang)
    whole = find_attribution(text, lang, None).source
    question = asked(ctx, index, lang)
    if question is not None and (cue or whole):
        return _answered(ctx, sentence, index, lang, question[1], whole)
    # a figure a named source gives reaches over a remark ("Seoul is still checking") too
    previous = referent(ctx, index, sentence.start, bool(cue or present or whole))
    if previous is None or not _same_day(text, lang, ctx, previous):
        return []
    # "当时大约有一百名支持者在场": those present are the people of a gathering only
    cue = cue or (present and previous.type == "protest")
    mentions = ctx.gaz.find(text, lang)
    counts = without_parts(ctx, index, people_counts(text, lang), text, lang)
    figures = [
        (c, figure_source(text, lang, stretch) or whole)
        for c, stretch in restated_figures(text, lang, counts, mentions, previous, whole)
    ]
    if not cue and not any(source for _, source in figures):
        return []
    out = []
    for c, source in figures:
        modality = find_modality(text, lang, source is not None, (c.start, c.end))
        # "…とみられる。報告者は約2000人にのぼると推計している": a number reckoned for the
        # people held just told is the stock, not one more detention
        kind = _stock(previous.type, text, lang, c.count)
        claim = _claim(ctx, sentence, index, lang, kind, c.count, None, mentions, source, modality)
        # the source's own cities, where it names them ("…说大约六百人，地点包括图们、珲春")
        places = claim.places if specific_places(claim) else previous.places
        if claim.type != previous.type:
            # a population figure after an incident: the stock as of the text's date
            out.append(claim)
            continue
        # an incident told before without a day takes the one this sentence names ("앞서 HRW는
        # … 이번 주 월요일(9일) 밤 … 500여 명을 실어 보냈다고 발표했다")
        when = previous.date or _day_named(ctx, sentence, lang)
        out.append(replace(claim, date=when, places=places, actor=previous.actor))
    return out


def _listed(ctx: Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    """'它列出了三批： · 8月29日：80人 · 9月18日：40人': the lines of a list after a lead-in,
    each only a date and a figure, are incidents of the kind told last, each on its own date,
    by the source the lead-in names."""
    text = ctx.text[sentence.start : sentence.end]
    counts = people_counts(text, lang)
    if len(counts) != 1 or not ctx.recent:
        return []
    dates = event_dates(text, lang, ctx.published, today=ctx.published, era=ctx.era)
    spans = [(c.start, c.end) for c in counts] + [(d.start, d.end) for d in dates]
    if not dates or not is_item(text, lang, spans):
        return []
    lead = _lead_in(ctx, lang)
    if lead is None:
        return []
    told = ctx.recent[-1][1]
    source = lead_source(lead, lang)
    modality = "reported" if source else "asserted"
    claim = _claim(
        ctx, sentence, index, lang, told.type, counts[0].count, dates[-1].span, [], source, modality
    )
    return [replace(claim, places=claim.places or told.places, actor=told.actor)]


def _enumerated(ctx: Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    """'HRW는 … 강제송환을 670건 넘게 확인했다. 지난해 10월 9일 500명 이상, 9월 18일 40명이 그 안에
    들어 있다': right after a sentence that told an incident, one with no incident word of its
    own that runs figures each on a day of its own (`dated_pairs`) tells that many incidents of
    the same kind, by the source it names or else the one told before."""
    if not ctx.recent or index - ctx.recent[-1][0] > 1:
        return []
    told = ctx.recent[-1][1]
    if told.modality in ("denied", "conditional", "planned"):
        return []
    text = ctx.text[sentence.start : sentence.end]
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    dates = event_dates(text, lang, anchor, today=ctx.published, era=ctx.era)
    pairs = dated_pairs(text, lang, dates, people_counts(text, lang))
    if not pairs:
        return []
    source = find_attribution(text, lang, None).source or told.attribution
    modality = find_modality(text, lang, source is not None)
    mentions = ctx.gaz.find(text, lang)
    out = []
    for day, c in pairs:
        claim = _claim(
            ctx, sentence, index, lang, told.type, c.count, day.span, mentions, source, modality
        )
        places = claim.places if specific_places(claim) else told.places
        out.append(replace(claim, places=places, actor=claim.actor or told.actor))
    return out


def _followed(ctx: Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    """'Eighty were sent back on Aug. 29. A smaller group of 40 followed on the 18th': a figure
    that follows the group just told, on a day of its own, is an incident of the same kind,
    placed where the sentence says or where the one before was."""
    text = ctx.text[sentence.start : sentence.end]
    if not ctx.recent or index - ctx.recent[-1][0] > LOOKBACK or not follows_on(text, lang):
        return []
    counts = without_parts(ctx, index, people_counts(text, lang), text, lang)
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    dates = event_dates(text, lang, anchor, today=ctx.published, era=ctx.era)
    if len(counts) != 1 or not dates:
        return []
    told = ctx.recent[-1][1]
    if told.modality in ("denied", "conditional") or (told.date and dates[-1].span == told.date):
        return []
    source = find_attribution(text, lang, None).source
    modality = find_modality(text, lang, source is not None)
    when = dates[-1].span
    mentions = ctx.gaz.find(text, lang)
    claim = _claim(
        ctx, sentence, index, lang, told.type, counts[0].count, when, mentions, source, modality
    )
    places = claim.places if specific_places(claim) else told.places
    return [replace(claim, places=places, actor=claim.actor or told.actor)]


def _lead_in(ctx: Context, lang: str) -> str | None:
    """The sentence that announces the list a line belongs to, over the lines before it."""
    for before in reversed(ctx.texts):
        if leads_in(before):
            return before
        counts = people_counts(before, lang)
        dates = event_dates(before, lang, ctx.published, today=ctx.published, era=ctx.era)
        spans = [(c.start, c.end) for c in counts] + [(d.start, d.end) for d in dates]
        if len(counts) != 1 or not dates or not is_item(before, lang, spans):
            return None
    return None


def _answered(
    ctx: Context, sentence: Sentence, index: int, lang: str, question: str, whole: str | None
) -> list[Claim]:
    """'Q: How many North Koreans are hiding in China? A: Nobody knows. Aid groups put the
    number at 100,000 to 300,000': the figures of an answer count the incident its question
    names, dated and placed as the question tells it."""
    triggers = find_triggers(question, lang)
    if not triggers or not _about_refugees(question, lang, ctx):
        return []
    trigger = main_trigger(triggers, question, lang)
    kind = _stock(trigger.type, question, lang)
    text = ctx.text[sentence.start : sentence.end]
    asked_places = incident_places(ctx.gaz.find(question, lang), question, lang, kind)
    counts = without_parts(ctx, index, people_counts(text, lang), text, lang)
    out = []
    lo = 0
    for c in counts:
        source = figure_source(text, lang, (lo, c.start)) or whole
        lo = c.end
        modality = find_modality(text, lang, source is not None, (c.start, c.end))
        claim = _claim(ctx, sentence, index, lang, kind, c.count, None, [], source, modality)
        out.append(replace(claim, places=tuple(asked_places) or claim.places))
    return out


def _stock_figures(ctx: Context, sentence: Sentence, index: int, lang: str) -> list[Claim]:
    """'Many North Koreans hide in China's northeast. Aid groups put the number at 150,000 to
    300,000': the figures a sentence gives for the number a stock told just before left
    uncounted are that stock's, whatever incident was told before it."""
    text = ctx.text[sentence.start : sentence.end]
    if not ctx.texts or not cued(text, lang) or any(n == index - 1 for n, _ in ctx.recent):
        return []
    stock = ctx.texts[-1]
    kind = "population_estimate"
    if not any(t.type == kind for t in find_triggers(stock, lang)):
        return []
    source = find_attribution(text, lang, None).source
    modality = find_modality(text, lang, source is not None)
    # where the stock is, not the home of those who count it ("韓国の支援団体は、その数を…")
    places = incident_places(ctx.gaz.find(stock, lang), stock, lang, kind)
    out = []
    for c in people_counts(text, lang):
        claim = _claim(ctx, sentence, index, lang, kind, c.count, None, [], source, modality)
        out.append(replace(claim, places=tuple(places) or claim.places))
    return out


def _sources_beside(text: str, lang: str, found: list[Claim]) -> list[Claim]:
    """'북송 인원에 대해 휴먼라이츠워치는 500명 이상, 북한정의연대는 약 600명이라고 밝혔다':
    where two figures of one sentence each have a source of their own beside them, each
    figure's claim is that source's."""
    if not found:
        return found
    counts = people_counts(text, lang)
    own: dict[Count, str | None] = {}
    lo = 0
    for c in counts:
        own.setdefault(c.count, figure_source(text, lang, (lo, c.start)))
        lo = c.end
    if len({source for source in own.values() if source}) < 2:
        return found
    out = []
    for claim in found:
        source = own.get(claim.count) if claim.count else None
        if source is None:
            out.append(claim)
            continue
        mood = "reported" if claim.modality == "asserted" else claim.modality
        out.append(replace(claim, attribution=source, modality=mood))  # type: ignore[arg-type]
    return out


def _estimates(text: str, lang: str) -> bool:
    return only_estimates(find_triggers(text, lang), lang)


def _same_day(text: str, lang: str, ctx: Context, told: Claim) -> bool:
    """Whether a sentence names no day other than that of the incident it may restate:
    "据RFA报道，2021年7月14日，约50名朝鲜人……" is an incident of its own; "同日", "그날 밤"
    mean the incident's own day."""
    day = told.date.end if told.date and told.date.precision == "day" else None
    own = event_dates(text, lang, ctx.published, day, era=ctx.era)
    return all(same_time(d.span, told.date) for d in own)


def _day_named(ctx: Context, sentence: Sentence, lang: str) -> DateSpan | None:
    """The one date a sentence names for what happened, if it names exactly one."""
    section = section_at(ctx.sections, sentence.start)
    anchor = section.span.end if section else ctx.published
    text = ctx.text[sentence.start : sentence.end]
    spans = {d.span for d in event_dates(text, lang, anchor, era=ctx.era)}
    return spans.pop() if len(spans) == 1 else None


def _topical(text: str, sentences: list[Sentence], gaz: Gazetteer) -> bool:
    """Whether a page is about North Koreans who left: a sentence names them or the North beside
    an incident word, or, in a short text, tells an incident at one of the North's places
    ("200 people were escorted across from Changbai to Hyesan")."""
    for s in sentences:
        here = text[s.start : s.end]
        if names_topic(here, s.language):
            return True
        north = any(m.place.country == "KP" for m in gaz.find(here, s.language))
        if north and not off_topic(here, s.language) and find_triggers(here, s.language):
            return True
    return False


def read_claims(doc: Document, segmentation: Segmentation, gaz: Gazetteer) -> list[Claim]:
    """Every claim of a cleaned, segmented document, in text order."""
    sentences = [s for s in segmentation.sentences() if s.language in ("ko", "en", "ja", "zh")]
    published = doc.published.value if doc.published else None
    langs = tuple(lang for lang in segmentation.languages if lang in ("ko", "en", "ja", "zh"))
    text = _untitled(_folded(doc.text, sentences), sentences)
    topical = _topical(text, sentences, gaz)
    ctx = Context(text, gaz, published, find_sections(text, langs, published), topical)
    # the source a lead-in names, the day it names, and the sentence it stands in
    teller: str | None = None
    lead_day: DateSpan | None = None
    lead = -1
    section = None
    for index, sentence in enumerate(sentences):
        lang = sentence.language
        here = text[sentence.start : sentence.end]
        entered = section_at(ctx.sections, sentence.start)
        if section is not None and entered is not None and entered != section:
            _enter_section(ctx, entered.span)
        section = entered
        if lead >= 0 and not (
            lead == index - 1 or _list_goes_on(text, sentences[index - 1], sentence)
        ):
            teller, lead_day, lead = None, None, -1
        # a sentence that only estimates is first read as giving figures for the incident told
        found = _restated(ctx, sentence, index, lang) if _estimates(here, lang) else []
        found = found or _sources_beside(here, lang, sentence_claims(ctx, sentence, index, lang))
        if not found and not find_triggers(here, lang):
            if names_facility(here):
                # "The tent stands by the gate of the Chinese Embassy in central Seoul": the
                # embassy a later sentence names bare ("outside the embassy") is this one
                located(ctx, ctx.gaz.find(here, lang), here, lang)
            # a sentence whose incident word told nothing ("その規模については…まで開きがある")
            # restates nothing either
            found = (
                _listed(ctx, sentence, index, lang)
                or _enumerated(ctx, sentence, index, lang)
                or _stock_figures(ctx, sentence, index, lang)
                or _restated(ctx, sentence, index, lang)
                or _followed(ctx, sentence, index, lang)
            )
        if teller is not None and not reports(here, lang):
            # "按照人权观察的统计：（1）8月29日，80人被遣返；…": the lines a lead-in announces are
            # told on the word of the source it names
            found = [_on_word_of(c, teller) for c in found]
        if lead_day is not None and lead != index:
            # "about last Friday (the 26th). Here's what I have so far: / - … / - …": the lines
            # a lead-in announces tell of the day it names, where they name none
            found = [
                replace(c, date=lead_day) if c.date is None and c.type not in STOCKS else c
                for c in found
            ]
        if leads_in(here) and not LIST_ITEM.match(here):
            teller, lead = lead_source(here, lang), index
            lead_day = None if found else _lead_day(ctx, index, sentence, lang)
        ctx.recent.extend((index, c) for c in found)
        ctx.texts.append(here)
        ctx.ends.append(sentence.end)
    headlines = frozenset(i for i, s in enumerate(sentences) if headline_at(text, s.start))
    worded = frozenset(
        i
        for i, s in enumerate(sentences)
        if i not in headlines and headline_at(text, s.start, worded=True)
    )
    claims = consolidate(ctx.recent, headlines, worded)
    return [_as_written(c, doc.text, text) for c in claims]


def _enter_section(ctx: Context, span: DateSpan) -> None:
    """A timeline's next dated part ("■ 2012年2月至3月") tells a story of its own: "次日", a
    month without its year and "同年" no longer go back to a day the part before told in
    another year."""
    years = range(span.start.year, span.end.year + 1)
    if ctx.last_day is not None and ctx.last_day[1].year not in years:
        ctx.last_day = None
    if ctx.era is not None and ctx.era.year not in years:
        ctx.era = None
    if ctx.story is not None and ctx.story.year not in years:
        ctx.story = None


def _lead_day(ctx: Context, index: int, sentence: Sentence, lang: str) -> DateSpan | None:
    """The one day a lead-in names, else the one its paragraph's sentence before names; never
    a day after the text's own."""
    here = ctx.text[sentence.start : sentence.end]
    spans = {
        d.span for d in event_dates(here, lang, ctx.published, today=ctx.published, era=ctx.era)
    }
    if not spans:
        return paragraph_date(ctx, index, sentence.start, lang)
    if len(spans) != 1:
        return None
    (span,) = spans
    return None if ctx.published is not None and span.start > ctx.published else span


def _list_goes_on(text: str, before: Sentence, here: Sentence) -> bool:
    """Whether `here` still belongs to the list a lead-in opened: a line of it, or a sentence
    going on in the paragraph of one."""
    return before.language == here.language and (
        "\n" not in text[before.end : here.start] or LIST_ITEM.match(text, here.start) is not None
    )


# a line of a list: "（1）", "2.", "•", "- "
LIST_ITEM = re.compile(
    r"\s*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．、]|[•·・\-–—*▪■□●◆◇])"
)


def _on_word_of(claim: Claim, teller: str) -> Claim:
    if claim.attribution is not None:
        return claim
    mood = "reported" if claim.modality == "asserted" else claim.modality
    return replace(claim, attribution=teller, modality=mood)  # type: ignore[arg-type]


def _folded(text: str, sentences: list[Sentence]) -> str:
    """The text as Chinese rules read it: traditional characters of Chinese sentences in their
    simplified form (據 as 据, 週 as 周), so that the zh tables list each word once. One
    character for one, so offsets hold."""
    pieces, pos = [], 0
    for s in sentences:
        if s.language == "zh":
            pieces += [text[pos : s.start], fold_han(text[s.start : s.end])]
            pos = s.end
    return "".join(pieces) + text[pos:]


def _untitled(text: str, sentences: list[Sentence]) -> str:
    """The text with the titles it quotes blanked out ("under the headline "China Forcibly
    Returns More than 500 to North Korea,""): a title's figures and incident words tell no
    incident of the sentence. One character for one, so offsets hold."""
    pieces, pos = [], 0
    for s in sentences:
        here = text[s.start : s.end]
        for lo, hi in title_spans(here, s.language):
            pieces += [text[pos : s.start + lo], " " * (hi - lo)]
            pos = s.start + hi
    return "".join(pieces) + text[pos:]


def _as_written(claim: Claim, original: str, folded: str) -> Claim:
    """A claim read from the folded text, with its evidence and source as the page writes them."""
    if original == folded:
        return claim
    evidence = original[claim.evidence_start : claim.evidence_end]
    source = claim.attribution
    at = folded.find(source) if source else -1
    if source and at >= 0:
        source = original[at : at + len(source)]
    return replace(claim, evidence=evidence, attribution=source)
