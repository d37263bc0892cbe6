"""The per-document context of claim assembly, and what a sentence inherits from it.

`Context` holds what reading the earlier sentences of a document left behind: their texts,
the claims made so far, the last source, facilities and day named. The functions here look
back through it: the claim a sentence takes its date or places from, the group "이들" or
"all of them" stands for, the day "이날" means, the story a sentence carries on.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from refuge.extract.counts import CountMention
from refuge.extract.dates import DateMention
from refuge.extract.numbers import parse_number
from refuge.extract.places import bare_facilities
from refuge.extract.rules import lang_rules
from refuge.extract.sections import Section
from refuge.extract.triggers import has
from refuge.gazetteer import Gazetteer, PlaceMention
from refuge.records import Claim, Count, DateSpan, Place

# how far back (in sentences) an anaphor or an elided date/place may reach
LOOKBACK = 3
# how far back (in sentences) "이날", "that day" may refer to a day named before
DAY_REACH = 2
# how many sentences back a sentence carrying the story on ("In the end, ...") looks for places
STORY_REACH = 2


@dataclass
class Context:
    """What reading the earlier sentences of a document left behind."""

    text: str
    gaz: Gazetteer
    published: date | None
    sections: list[Section]
    topical: bool
    texts: list[str] = field(default_factory=list)
    # where each sentence read so far ends in `text`: whether a paragraph break lies between two
    ends: list[int] = field(default_factory=list)
    last_source: str | None = None
    recent: list[tuple[int, Claim]] = field(default_factory=list)
    facilities: dict[str, Place] = field(default_factory=dict)
    # the last single day named, and in which sentence: "이날" two sentences on still means it
    last_day: tuple[int, date] | None = None
    # the day a retrospective set its story on ("10年前の今日"): later dates without a year
    # are of that year
    story: date | None = None
    # the last day written in full in an earlier year than the text's ("2019年11月7日"): the
    # story a month without its year told after it may go on in
    era: date | None = None
    # the last day a statement was made on ("专家17日发表声明"), and in which sentence: what
    # "now" means in the sentences that go on reporting it
    statement_day: tuple[int, date] | None = None
    # people named so far ("金哲玉（音譯）"): a sentence about one of them counts one person
    persons: set[str] = field(default_factory=set)


def same_paragraph(ctx: Context, index: int, start: int) -> bool:
    """Whether the sentence before sentence `index` (which starts at `start`) is in its paragraph."""
    if index < 1 or index > len(ctx.ends):
        return False
    return "\n" not in ctx.text[ctx.ends[index - 1] : start]


def counted_before(ctx: Context, index: int, text: str, lang: str) -> Count | None:
    """'북한 주민 2명을 추방했다. … 이들은 지난 2일 해군에 붙잡혔다': a sentence whose subject
    stands for the people last counted, a few sentences back at most, is about as many."""
    earlier = claim_carried(ctx, index, text, lang)
    return earlier.count if earlier is not None else None


def claim_carried(
    ctx: Context, index: int, text: str, lang: str, dropped: bool = False
) -> Claim | None:
    """The claim that counted the people a sentence's subject stands for, or the people it
    leaves unsaid where the language drops a subject told before (`dropped`)."""
    carry = lang_rules(lang).carry
    if not dropped and (carry is None or not carry.search(text)):
        return None
    # "一行がソウルに着いた" after "…北朝鮮住民を15万〜30万人とみている": a group is not the
    # stock reckoned for a whole country
    before = [
        c
        for n, c in ctx.recent
        if index - n <= LOOKBACK and c.count is not None and c.type != "population_estimate"
    ]
    return before[-1] if before else None


def group_named(ctx: Context, index: int, text: str, lang: str) -> Count | None:
    """'Tokyo could accept an outcome under which China let the five leave': a group named by
    its size is the group of that size told before, however far back, or one of that size when
    the sentences just before counted none; fewer than a group just counted are a part of it
    ("hauled the two women back" after five tried to enter)."""
    pattern = lang_rules(lang).group_named
    hit = pattern.search(text) if pattern else None
    if hit is None:
        return None
    found = hit.groupdict()
    size = 2 if found.get("pair") else parse_number(found.get("size") or "", lang)
    if size is None:
        return None
    told = [c.count for _, c in ctx.recent if c.count is not None]
    same = next((c for c in reversed(told) if c.value == size), None)
    if same is not None:
        return same
    near = [c.count for n, c in ctx.recent if index - n <= LOOKBACK and c.count is not None]
    return None if near else Count(size, "exact", None, None)


def one_befallen(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the incident word at `start`..`end` befalls one person it names by a pronoun:
    "arrested her in April", "picked him up", "he was sent back"."""
    rules = lang_rules(lang)
    after = rules.one_after is not None and (
        rules.one_after.match(text, end) is not None
        or rules.one_after.search(text[:end], start) is not None
    )
    before = rules.one_before is not None and rules.one_before.search(text, 0, start) is not None
    return after or before


def missing_since(ctx: Context, text: str, lang: str, anchor: date | None) -> DateSpan | None:
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


def day_told(ctx: Context, index: int, text: str, lang: str) -> date | None:
    """The last day named a sentence or two back, which "이날" may mean; none after "한편"."""
    if ctx.last_day is None or index - ctx.last_day[0] > DAY_REACH:
        return None
    fresh = lang_rules(lang).fresh
    return None if fresh and fresh.search(text) else ctx.last_day[1]


def located(ctx: Context, mentions: list[PlaceMention], text: str, lang: str) -> list[PlaceMention]:
    """A facility named once with its city ("워싱턴 DC 중국대사관") is the same one when the
    text later names it bare ("중국대사관"), not the one a bare name stands for by default, nor
    none where the gazetteer places no bare word (`[places] bare_facility`: "総領事館の門")."""
    out = _bare_named(ctx, mentions, text, lang)
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


def _bare_named(
    ctx: Context, mentions: list[PlaceMention], text: str, lang: str
) -> list[PlaceMention]:
    out = []
    for start, end, word in bare_facilities(text, lang):
        if any(m.start <= start < m.end for m in mentions):
            continue
        noun = word.lower()
        named = next((p for s, p in reversed(ctx.facilities.items()) if noun in s.lower()), None)
        if named is not None:
            out.append(PlaceMention(start, end, word, named, "facility"))
    return out


def facility_again(ctx: Context, text: str, lang: str) -> tuple[Place, ...]:
    """'were chanting outside the embassy', '대사관 앞에서', '在使馆外': the facility named before
    with its city, when the text names it again by its bare word."""
    for _, _, word in bare_facilities(text, lang, "facility_again"):
        noun = word.lower()
        named = next((p for s, p in reversed(ctx.facilities.items()) if noun in s.lower()), None)
        if named is not None:
            return (named,)
    return ()


def inherit(
    ctx: Context,
    index: int,
    kind: str,
    count: Count | None = None,
    when: DateSpan | None = None,
) -> Claim | None:
    """The claim just before about the same kind of incident, else about the same number of
    people ("일가족 5명이 영사관에 뛰어들었다 … 결국 5명 모두 연행됐다": the same group). The
    kind comes first: "7명을 체포했다. 이들은 현재 갇혀 있다. 체포된 7명은 …" is the arrest
    again, not the detention of the text's date."""
    # a denial dates no incident: what follows it takes after the incident denied
    near = [c for n, c in reversed(ctx.recent) if index - n <= LOOKBACK and c.modality != "denied"]
    # of several told of the same kind, the one with the same figure on the same day is the one
    # told again ("50~60명 넘겨진 듯" in the headline, then "탈북민 50~60명이 지난달 26일 넘겨진")
    if count is not None and when is not None:
        same_figure = next(
            (c for c in near if c.type == kind and c.count == count and same_time(when, c.date)),
            None,
        )
        if same_figure is not None:
            return same_figure
    same_kind = next((c for c in near if c.type == kind), None)
    if same_kind is not None or count is None:
        return same_kind
    return next((c for c in near if c.count == count), None)


def same_time(when: DateSpan | None, earlier: DateSpan | None) -> bool:
    """Whether a claim may be the one told before: it names no date, or one that overlaps."""
    if when is None or earlier is None:
        return True
    return when.start <= earlier.end and earlier.start <= when.end


def finer_places(places: list[Place], earlier: list[Place]) -> list[Place]:
    """Places of a claim told again: the earlier claim's cities where this one names only
    their country ("중국 공안에 연행됐다" after "선양 주재 일본 총영사관")."""
    if not places:
        return earlier
    cities = [p for p in earlier if p.geonames_id is not None and within(p, places)]
    if cities and all(p.geonames_id is None for p in places):
        return cities + [p for p in places if p.country not in {c.country for c in cities}]
    return places


def within(city: Place, places: tuple[Place, ...] | list[Place]) -> bool:
    """Whether `city` lies in one of the coarse `places`: a country takes any of its cities, a
    province named keeps out the cities of another ("네이멍구에서도" after "난닝에서는")."""
    return city.country in {p.country for p in places} and not other_province(city, places)


def other_province(city: Place, places: tuple[Place, ...] | list[Place]) -> bool:
    """Whether `places` name provinces of `city`'s country, none of them its own, and not the
    country itself."""
    same = [p for p in places if p.country == city.country and p.geonames_id is None]
    provinces = {p.admin1 for p in same if p.admin1}
    whole = any(not p.admin1 for p in same)
    return bool(provinces) and not whole and city.admin1 not in provinces


def same_scene(ctx: Context, index: int, when: DateSpan) -> tuple[Place, ...]:
    """'Five tried to enter the consulate in Shenyang. Police dragged two women out of the
    gate': the sentence right after, on the same day, is in the same place."""
    for n, claim in reversed(ctx.recent):
        if n == index - 1 and claim.date == when and specific_places(claim):
            return specific_places(claim)
    return ()


def told_before(ctx: Context, text: str, lang: str) -> list[str] | None:
    """'In May and June, Seoul and Beijing were embroiled ... In the end, China allowed more
    than 20 to go': a sentence that carries the story on stands in the date of the sentence
    before and the places of the story so far, whose last sentences this returns."""
    rules = lang_rules(lang)
    if rules.continuers is None or not ctx.texts or not rules.continuers.match(text.lstrip()):
        return None
    return ctx.texts[-STORY_REACH:]


def anaphor_group(
    ctx: Context, text: str, lang: str, index: int
) -> tuple[CountMention, DateSpan | None] | None:
    """'all of them were executed': the figure, and failing its own the date, of the group the
    claim just before counted."""
    pattern = lang_rules(lang).anaphoric
    hit = pattern.search(text) if pattern else None
    if hit is None:
        return None
    size = hit.groupdict().get("size")
    for n, claim in reversed(ctx.recent):
        if index - n > LOOKBACK:
            break
        if claim.count is not None and claim.count.value is not None:
            if size is not None and parse_number(size, lang) != claim.count.value:
                return None
            mention = CountMention(hit.start(), hit.end(), hit.group(), claim.count, None)
            return mention, claim.date
    return None


def specific_places(claim: Claim) -> tuple[Place, ...]:
    return tuple(p for p in claim.places if p.geonames_id is not None)


def learn_persons(ctx: Context, text: str, lang: str) -> None:
    """Remember the people `text` names the way a report marks a personal name."""
    person = lang_rules(lang).person
    if person is None:
        return
    for m in person.finditer(text):
        name = m.group("name")
        # the words before a name may cling to it ("表妹金哲玉"): keep its every ending
        ctx.persons.update(name[i:] for i in range(len(name) - 1))


def about_one_person(ctx: Context, text: str) -> bool:
    """'金哲玉在中國生活約25年，…今年4月遭吉林省當局拘留': a sentence whose subject is a person
    named before tells what happened to one person."""
    head = text.lstrip()
    return any(head.startswith(name) for name in ctx.persons)


def learn_era(ctx: Context, dates: list[DateMention], anchor: date | None) -> None:
    """Remember the last day or month a sentence wrote with its year, when that year is before
    the text's; a date written in full in another year ends the story."""
    for d in dates:
        if d.relative or anchor is None:
            continue
        if d.span.precision != "year" and d.span.start.year < anchor.year:
            ctx.era = d.span.start
        elif ctx.era is not None and d.span.start.year != ctx.era.year:
            ctx.era = None


def named_subject(text: str, lang: str, before: int) -> bool:
    """'로이터통신에 따르면 탈북민 김철옥 씨는 지난 4월 … 붙잡혀': a person the sentence names as
    its subject before the incident word is the one it befell; one named after it ("…고 사촌
    김혁 씨가 밝혔다") is who tells it."""
    subject = lang_rules(lang).person_subject
    return subject is not None and any(m.start() < before for m in subject.finditer(text))


def stated_on(ctx: Context, index: int) -> date | None:
    """'专家们17日发表声明 … 声明指出，目前仍有数百人被关押': the day of a statement made in
    this sentence or one or two before, which a state it reports is as of."""
    if ctx.statement_day is None or index - ctx.statement_day[0] > DAY_REACH:
        return None
    return ctx.statement_day[1]
