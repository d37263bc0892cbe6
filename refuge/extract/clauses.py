"""Reading the clauses of a sentence: which figures count people, and which incident word
each belongs to.

Figures of athletes, crewmates or parts of a group are dropped; figures in apposition are
one group; a relative clause on a figure's people may tell an incident of its own (before
the noun in Korean, after it with "who" in English), and an anaphor after the figure may
carry it on to a second; predicates joined in one sentence may each have their own date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from refuge.extract import langdata
from refuge.extract.context import Context, counted_before
from refuge.extract.counts import CountMention, find_counts, is_part_noun
from refuge.extract.dates import DateMention
from refuge.extract.pairing import gap, quote_at, quote_spans
from refuge.extract.rules import CLAUSE_MARKS, VERB_FINAL, LangRules, lang_rules
from refuge.extract.triggers import TYPE_ORDER, Trigger, find_triggers, has, lexicon
from refuge.records import DateSpan

# penalties, in characters of distance, when a figure is typed by an incident word that only
# describes its people, or by a type more often the backdrop than the incident
MODIFIER_PENALTY = 60
# incident types an English subject does itself: a past form after the people is their predicate
ACTIVE_ONLY = ("asylum_seeking", "resettlement")
# past forms of these that are also passives describing people ("North Koreans resettled in")
# auxiliaries that make an incident word starting with them a finite predicate, not a participle
FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had"})
PARTICIPLES = frozenset({"resettled", "settled", "allowed", "permitted", "granted", "let"})
TYPE_PENALTY = {"detention": 35, "arrest": 4, "population_estimate": 8, "protest": 60}
# incident types that describe a state people are in, not an act with a day of its own
STATIVE = ("detention", "population_estimate", "disappearance")
# an incident word this close before a subject noun describes it ("갇혀 있던 탈북민")
MODIFIER_REACH = 12
# a Chinese figure of people ("两名", "七口", "25人"): the subject of the words after it
ZH_HEADCOUNT = re.compile(r"[0-9零一二两三四五六七八九十廿百千万多余几]+(?:名|人|口|位)")
# a count of athletes, crewmates or officials names them within this many characters
OTHERS_REACH = 14
# "한 명의 가족이 북송된 사람들 가운데 포함돼": a part of a group named this close after it
PART_REACH = 36
# how far before its total a part may stand ("13명과 10대 2명 등 15명")
TOTAL_REACH = 30
# how far before a figure the words making it a part of a group told before may reach ("当中不少人
# 在南韩有亲属，另有数名未成年人")
WHOLE_REACH = 48
# a quote this much longer than the figure in it is a statement, not the figure quoted
# ("「500人超」", "“about 600”"): its brackets and a character at most
QUOTED_FIGURE_REACH = 3
# a relative clause on a figure's people ("North Koreans who ...") starts this close after it
RELATIVE_REACH = 40
# "Ten of them, who were caught in Shenyang": a relative clause, set off by a comma or not
RELATIVE = re.compile(r"\s*(?:,\s*who|who|that)\b")


def is_modifier(t: Trigger, text: str, lang: str) -> bool:
    """'North Koreans detained in Jilin', '갇혀 있던 탈북민', '关押在吉林的': a description."""
    lex = lexicon(lang)
    if lex.told and lex.told.search(text, 0, t.start):
        return True
    if lex.scenes and lex.scenes.fullmatch(t.surface):
        # "held in a detention centre", "two of the returnees": where people were held, or who
        # they are by what befell them; another incident word tells what befell them now
        return True
    if lang == "en":
        if t.type == "protest":
            # "defectors gathered outside the consulate": a rally has no passive that could
            # describe its people, so the noun before it is its subject
            return False
        before = text[max(0, t.start - 60) : t.start]
        verb = t.surface.split(" ", 1)[0].lower()
        if verb in FINITE and not re.search(r"\b(?:who|that),? $", before):
            # "34 North Koreans were picked up": a finite verb is the clause's predicate
            return False
        if t.type in ACTIVE_ONLY and not verb.endswith("ing") and verb not in PARTICIPLES:
            # "25 North Koreans forced its way into the embassy", "the five flew out": a bid or
            # an arrival is done by its people, not to them; only its "-ing" form or a relative
            # clause ("five North Koreans who had rushed the gate") describes them
            return bool(
                re.search(r"\b(?:who|that) (?:were|had been|had|have|has) (?:\w+ )?$", before)
            )
        after = text[t.end : t.end + MODIFIER_REACH + 8]
        return bool(
            re.search(
                r"(?:koreans?|defectors|refugees|people|escapees|women|men|group|family)"
                r"(?: of (?:\w+ ){1,3}?nationality)?"
                # the auxiliary may be the trigger's own ("who had been held in Yanji")
                r",? (?:(?:who|that) (?:(?:were|had been|had) (?:\w+ )?)?|(?:forced|made) to )?$",
                before,
                re.I,
            )
            # "ten of them, who were caught in Shenyang": a passive set off by commas
            or re.search(r", (?:who|that) (?:were|had been|have been) (?:\w+ )?$", before)
            or (lex.strong and lex.strong.match(after.lstrip()))
        )
    if lang == "zh":
        # "关押在图们、珲春的": a list of places does not end the description
        clause = re.split(r"[,，。；]", text[t.end : t.end + 3 * MODIFIER_REACH])[0]
        # "被送回的是…的50人": the clause a cleft opens with is the predicate of its figure
        if "的" not in clause or clause.startswith("的是", clause.index("的")):
            return False
        if clause.endswith("的") and text.startswith(("，", ","), t.end + len(clause)):
            # "被送过鸭绿江的，最多就有200人": a clause with no noun after its 的 names the
            # people its figure counts; its word is their predicate
            return False
        # "一家七口冲进北京的联合国难民署": a word whose people stand before it in its clause is
        # their predicate, and the 的 after it ties a place to its object
        # ...but a classifier right before it ("五十名被关在图们的朝鲜人") opens a description of
        # the noun after
        head = re.split(r"[,，。；：:]", text[max(0, t.start - 3 * MODIFIER_REACH) : t.start])[-1]
        counted = ZH_HEADCOUNT.search(head) and not head.endswith(("名", "位"))
        return not (lex.strong and lex.strong.search(head)) and not counted
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


def type_for(span: tuple[int, int], triggers: list[Trigger], text: str, lang: str) -> Trigger:
    def cost(t: Trigger) -> float:
        c = gap(span, (t.start, t.end), text, "before" if lang in VERB_FINAL else None)
        c += TYPE_PENALTY.get(t.type, 0) + TYPE_ORDER.index(t.type) * 0.1
        return c + (MODIFIER_PENALTY if is_modifier(t, text, lang) else 0)

    quotes = quote_spans(text)
    inside = quote_at(quotes, span[0])
    # a headline of two quotes ("中 구금 탈북민 2천 명"…"송환 임박") types a figure by its own quote
    same = [t for t in triggers if quote_at(quotes, t.start) == inside]
    triggers = same or triggers
    best = min(triggers, key=cost)
    relative = relative_clause(span, triggers, text, lang)
    if relative is not None and best in relative[1]:
        # "구금하고 있던 탈북민 수백 명을 ... 넘겼다": the verb after the figure is its predicate;
        # the ones before only describe the people
        heads = [t for t in triggers if t.start >= span[1] and not is_modifier(t, text, lang)]
        if heads:
            return heads[0]
    return best


def relative_clause(
    span: tuple[int, int], triggers: list[Trigger], text: str, lang: str
) -> tuple[tuple[int, int], list[Trigger]] | None:
    """The relative clause that describes the people of a figure in a language whose clauses
    end before the noun they describe (`[grammar] clauses_before` in its triggers table: "지난
    14일 대사관에 들어가 한국행을 요구했던 탈북자 25명"), with the incident words in it: it
    ends in an incident word that modifies the people and runs back to the last clause mark."""
    if not lang_rules(lang).clauses_before:
        return None
    modifiers = [t for t in triggers if t.end <= span[0] and is_modifier(t, text, lang)]
    if not modifiers or CLAUSE_MARKS.search(text, modifiers[-1].end, span[0]):
        return None
    last = modifiers[-1]
    marks = [m.end() for m in CLAUSE_MARKS.finditer(text, 0, last.start)]
    lo = marks[-1] if marks else 0
    return (lo, last.end), [t for t in triggers if lo <= t.start and t.end <= last.end]


def described_act(
    span: tuple[int, int], head: Trigger, triggers: list[Trigger], text: str, lang: str
) -> tuple[Trigger, tuple[int, int]] | None:
    """An earlier act the people of a figure are described by, and the clause that tells it:
    "한국행을 요구했던 탈북자 25명이 18일 도착" holds an asylum bid besides the arrival. States
    ("갇혀 있던 탈북민") take the day of the main verb, so they are no act of their own."""
    relative = relative_clause(span, triggers, text, lang)
    if relative is None:
        return None
    of_group = lang_rules(lang).of_group
    if of_group and of_group.search(text, relative[0][1], span[0]):
        return None
    acts = [t for t in relative[1] if t.type != head.type and t.type not in STATIVE]
    return (acts[-1], relative[0]) if acts else None


def carried_act(
    span: tuple[int, int], head: Trigger, triggers: list[Trigger], text: str, lang: str
) -> tuple[Trigger, int] | None:
    """A second incident told of the same people further on ("수백 명이 넘어왔으며, 이들이 지금
    구류장에 갇혀 있다"): an incident word of another kind after an anaphor that follows the
    figure and its predicate, with where that anaphor starts."""
    carry = lang_rules(lang).carry
    if carry is None:
        return None
    m = carry.search(text, max(span[1], head.end))
    if m is None:
        return None
    later = [t for t in triggers if t.start >= m.end() and t.type != head.type]
    return (later[0], m.start()) if later else None


def without_parts(
    ctx: Context, index: int, counts: list[CountMention], text: str, lang: str
) -> list[CountMention]:
    """'7명이 대사관에 들어갔다. 이들은 남성 3명과 여성 4명으로': figures told of the people
    counted before, and smaller than their number, are parts of that group; so are parts
    that add up to it."""
    carry = lang_rules(lang).carry
    m = carry.search(text) if carry else None
    group = counted_before(ctx, index, text, lang)
    if m is None or group is None or group.value is None:
        return counts
    return [
        c
        for c in counts
        if c.start < m.start()
        or c.count.value is None
        or c.count.value > group.value
        or (c.count.value == group.value and not c.summed)
        or _refugees_of_their_own(c, lang)
    ]


def _refugees_of_their_own(c: CountMention, lang: str) -> bool:
    """'시민 100여 명이 모였다. 이들은 체포된 탈북자 31명의 북송 중단을 촉구했다': a figure headed
    by a word for refugees, not for a kind of person ("여성 3명"), counts people of its own, not
    members of the group "이들" stands for."""
    head = c.head or ""
    return has("strong", head, lang) and not is_part_noun(head, lang)


def figure_readings(
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    triggers: list[Trigger],
    text: str,
    lang: str,
    dates: list[DateMention],
) -> list[tuple[Trigger, tuple[int, int] | None]]:
    """The incident words a figure belongs to, each with the stretch of text its date is in
    (None: the figure's own date, found as for any figure). `spans` are all the sentence's
    figures.

    A subject with a relative clause has two predicates: "The 25 North Koreans who forced
    their way into the embassy on Thursday left China on Friday" is an asylum bid on Thursday
    and a departure on Friday. A passive description ("who were caught in China", "held in a
    detention facility") only says who they are: the main predicate alone is the claim,
    unless the description dates what it tells ("arrested in China last month").
    """
    if lang_rules(lang).attributive is not None:
        return _prenominal_readings(span, spans, triggers, text, lang, dates)
    main = type_for(span, triggers, text, lang)
    if lang != "en":
        return [(main, None)]
    verbs = [t for t in triggers if t.end <= span[0] and len(text[t.end : span[0]].split()) <= 1]
    if verbs and RELATIVE.match(text, span[1]):
        # "seized five North Koreans who tried to rush into the consulate": the verb whose
        # object the figure is leads, whatever its relative clause tells
        main = verbs[-1]
    after = [t for t in triggers if t.start >= span[1]]
    if not after or after[0].start - span[1] > RELATIVE_REACH:
        return [(main, None)]
    first = after[0]
    if main.end <= span[0] and first.type != main.type and RELATIVE.match(text, span[1]):
        # "hauled away five North Koreans who had rushed the gate the previous afternoon": the
        # object's relative clause, dated on its own, tells an earlier act of the same people;
        # the main verb keeps the day nearest it, wherever that stands
        clause = (span[1], len(text))
        whole = (0, len(text))
        # "seized five North Koreans who tried to rush into the consulate": a bid its people
        # made is an incident of its own, on the main verb's day when it has none
        bid = first.type == "asylum_seeking"
        return [(main, whole), (first, clause)] if bid or _dated(clause, dates) else [(main, None)]
    described = is_modifier(first, text, lang)
    if not described and not RELATIVE.match(text, span[1]):
        # "25 North Koreans forced their way into the embassy and were later let fly out": the
        # figure's people are the subject of each act the sentence strings on (`[clauses] chain`)
        heads = [t for t in triggers if t.start >= main.start and not is_modifier(t, text, lang)]
        acts = chained(main, heads, text, lang) if main.start >= span[1] else [main]
        if len(acts) < 2:
            return [(main, None)]
        ends = [t.start for t in acts[1:]] + [len(text)]
        return [
            (t, (0 if n == 0 else t.start, end))
            for n, (t, end) in enumerate(zip(acts, ends, strict=True))
        ]
    second = next(
        (t for t in after if t.type != first.type and t.start >= _clause_closed(text, span, first)),
        None,
    )
    if second is None:
        return [(main, None)]
    tail = (second.start, len(text))
    clause = (first.end, second.start)
    if described and not _dated(clause, dates):
        return [(second, tail)]
    if described:
        first = _dated_act(first, lang)
    return [(first, clause), (second, tail)]


def _dated_act(t: Trigger, lang: str) -> Trigger:
    """'The 31 North Koreans detained in China last month': a participle dated by its own
    clause tells the act it names, not the state it left them in (`[clauses] dated_acts`)."""
    kind = langdata.load(lang, "triggers").get("clauses", {}).get("dated_acts", {})
    return replace(t, type=kind[t.surface.lower()]) if t.surface.lower() in kind else t


def _clause_closed(text: str, span: tuple[int, int], first: Trigger) -> int:
    """Where the main clause resumes after a relative clause set off by commas ("ten of them,
    who were caught … while trying to make their way to South Korea, are now held"): the
    incident words before it are the relative clause's."""
    if not text.startswith(",", span[1]):
        return 0
    close = text.find(",", first.end)
    return close if close >= 0 else 0


def _dated(window: tuple[int, int], dates: list[DateMention]) -> bool:
    return any(window[0] <= d.start and d.end <= window[1] for d in dates)


def described_figure(
    t: Trigger, spans: list[tuple[int, int]], text: str, lang: str
) -> tuple[int, int] | None:
    """The figure whose people an incident word describes where relative clauses stand before
    their noun: the word ends in the attributive form (`[clauses] attributive`: "送還された",
    "被遣返的") and the next figure follows in the same clause ("送還された脱北者600人")."""
    attributive = lang_rules(lang).attributive
    if attributive is None or not attributive.match(text, t.end):
        return None
    head = next((s for s in spans if s[0] >= t.end), None)
    if head is None or head[0] - t.end > RELATIVE_REACH:
        return None
    return None if CLAUSE_MARKS.search(text, t.end, head[0]) else head


def _clause_start(
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    dates: list[DateMention],
    text: str,
    lang: str,
) -> int:
    """Where the relative clause on the people of a figure begins: after the figure before
    it or a dateline or quote (`[clauses] opens`), and after a date of the main clause: one
    made a topic of its own ("3月には"), or one set off at the head or after the topic ("代表は
    今月2日、", "先月、")."""
    rules = lang_rules(lang)
    lo = max((s[1] for s in spans if s[1] <= span[0]), default=0)
    if rules.clause_opens is not None:
        lo = max((m.end() for m in rules.clause_opens.finditer(text, lo, span[0])), default=lo)

    def of_main(d: DateMention) -> bool:
        topic, frame = rules.topic_date, rules.frame_date
        if frame is not None and frame.match(text, d.end):
            return True
        return bool(topic and topic[0].search(text[lo : d.start]) and topic[1].match(text[d.end :]))

    heads = [d.end for d in dates if lo <= d.start and d.end <= span[0] and of_main(d)]
    return max(heads, default=lo)


def _prenominal_readings(
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    triggers: list[Trigger],
    text: str,
    lang: str,
    dates: list[DateMention],
) -> list[tuple[Trigger, tuple[int, int] | None]]:
    """'14日に大使館に駆け込んだ25人は15日に出国した': the figure's predicate after it, and an
    act its relative clause tells with a day of its own, dated in that clause. An incident
    word that describes another figure's people is no reading of this one ("5人は、…韓国へ
    渡った一家7人の親族だ": the five did not go)."""
    owner = _owners(spans, triggers, dates, text, lang)
    pool = [
        t for t in triggers if owner[t] in (None, span) and not _quoted_apart(span, t, text, lang)
    ]
    if not pool:
        return []
    main = type_for(span, pool, text, lang)
    heads = [
        t
        for t in pool
        if t.start >= span[1] and owner[t] is None and not is_modifier(t, text, lang)
    ]
    if owner[main] == span and heads:
        main = type_for(span, heads, text, lang)
    if not any(owner[t] == span for t in triggers):
        return [(t, None) for t in chained(main, heads, text, lang)]
    clause = (_clause_start(span, spans, dates, text, lang), span[0])
    if not _dated(clause, dates):
        return [(main, None)]
    acts: dict[str, Trigger] = {}
    for t in triggers:
        if owner[t] == span and t.type not in STATIVE:
            acts[t.type] = t
    acts.pop(main.type, None)
    # the predicate is the relative clause itself ("…に駆け込んで韓国へ渡った一家7人"): its date
    own = clause if owner[main] == span else None
    return [(main, own), *((t, clause) for t in acts.values())]


def _quoted_apart(span: tuple[int, int], t: Trigger, text: str, lang: str) -> bool:
    """Whether a figure stands in a quoted statement (`[clauses] statement`: one that ends in a
    predicate or is told as said) and the incident word outside it ("「丹東経由で最大200人」米団体
    が主張、木曜に抗議集会": the 200 are not the rally's). A quoted name for the people ("「脱北者
    25人」マニラ到着") or the figure alone ("「500人超」とも言われる") is still theirs."""
    statement = lang_rules(lang).quoted_statement
    quotes = quote_spans(text)
    inside = quote_at(quotes, span[0])
    if statement is None or inside is None or quote_at(quotes, t.start) == inside:
        return False
    start, end = quotes[inside]
    longer = (end - start) - (span[1] - span[0]) > QUOTED_FIGURE_REACH
    return longer and statement.match(text, end - 2) is not None


def quoted_alone(span: tuple[int, int], triggers: list[Trigger], text: str, lang: str) -> bool:
    """Whether a figure stands in a quoted statement that holds none of the sentence's incident
    words ("「丹東から500人以上が消えた」　市民団体がきょう集会"): it counts no one the sentence
    tells of."""
    return bool(triggers) and all(_quoted_apart(span, t, text, lang) for t in triggers)


def chained(main: Trigger, heads: list[Trigger], text: str, lang: str) -> list[Trigger]:
    """The main predicate and those its subject strings on after it (`[clauses] chain`: "5人は
    …駆け込もうとしたが、…取り押さえられた"), one of each kind: each is an incident of theirs."""
    rules = lang_rules(lang)
    out = [main]
    if rules.chain is None or main not in heads:
        return out
    for t in heads[heads.index(main) + 1 :]:
        # the predicate before may end in the continuative itself ("駆け込み、")
        between = text[out[-1].end - 1 : t.start]
        if rules.chain_breaks and rules.chain_breaks.search(between[1:]):
            break
        if not rules.chain.search(between):
            break
        # a noun ("集団での駆け込みが相次ぐ") is no predicate of theirs
        nominal = rules.nominal is not None and rules.nominal.match(text, t.end)
        if t.type not in {o.type for o in out} and not nominal:
            out.append(t)
    return out


def _owners(
    spans: list[tuple[int, int]],
    triggers: list[Trigger],
    dates: list[DateMention],
    text: str,
    lang: str,
) -> dict[Trigger, tuple[int, int] | None]:
    """The figure each incident word tells of through a relative clause, if any: the figure
    after the word that ends the clause, for every word from the clause's start on."""
    owner: dict[Trigger, tuple[int, int] | None] = dict.fromkeys(triggers)
    for t in triggers:
        head = described_figure(t, spans, text, lang)
        if head is None:
            continue
        lo = _clause_start(head, spans, dates, text, lang)
        for other in triggers:
            if lo <= other.start and other.end <= t.end:
                owner[other] = head
    return owner


def joined_acts(
    span: tuple[int, int],
    main: Trigger,
    triggers: list[Trigger],
    dates: list,
    counts: list,
    text: str,
    lang: str,
) -> list[tuple[Trigger, DateSpan]]:
    """'Two fishermen captured on Nov. 2 and deported on Nov. 7': one figure carried by
    predicates of different kinds joined in a row, each with a day of its own, is one incident
    per predicate. A predicate's date stands after it in English and before it where
    adverbials precede the verb; a predicate whose stretch counts people of its own is theirs."""
    heads = [t for t in triggers if not is_modifier(t, text, lang)]
    if main not in heads or len(heads) < 2:
        return []
    after = lang == "en"
    contrasts = lang_rules(lang).contrasts
    out: list[tuple[Trigger, DateSpan]] = []
    for n, t in enumerate(heads):
        if out and contrasts and contrasts.search(text, heads[n - 1].end, t.start):
            break
        lo = t.end if after else (heads[n - 1].end if n else 0)
        hi = (heads[n + 1].start if n + 1 < len(heads) else len(text)) if after else t.start
        own = [d for d in dates if lo <= d.start and d.end <= hi]
        # its subject stands before it in English: the stretch from the predicate before
        floor = heads[n - 1].end if n else 0
        others = [
            c for c in counts if floor <= c.start and c.end <= hi and (c.start, c.end) != span
        ]
        if not own or others:
            if out:
                break
            continue
        out.append((t, (own[0] if after else own[-1]).span))
    chosen = [t for t, _ in out]
    if main not in chosen or len({t.type for t in chosen}) < len(chosen) or len(chosen) < 2:
        return []
    if len({when for _, when in out}) < len(out):
        return []
    return out


def main_trigger(triggers: list[Trigger], text: str, lang: str) -> Trigger:
    heads = [t for t in triggers if not is_modifier(t, text, lang)] or triggers
    protests = [t for t in heads if t.type == "protest"]
    if protests:
        return protests[0]
    scenes = lexicon(lang).scenes
    acts = [t for t in heads if not (scenes and scenes.fullmatch(t.surface))]
    heads = acts or heads
    return heads[-1] if lang in VERB_FINAL else heads[0]


def people_counts(text: str, lang: str) -> list[CountMention]:
    """The figures of `text` that count the people of an incident, in order."""
    return list(_people_counts(text, lang))


# A sentence's figures are read for its claims, for the sources beside them and for what it
# restates; they depend on the text alone, so they are kept for the next reader.
@lru_cache(maxsize=4096)
def _people_counts(text: str, lang: str) -> tuple[CountMention, ...]:
    rules = lang_rules(lang)
    out = []
    parts_until = -1  # the end of a clause whose figures are parts of a group counted in it
    found = find_counts(text, lang)
    for n, c in enumerate(found):
        if c.start < parts_until:
            continue
        if rules.breakdown is not None and rules.breakdown.match(text, c.end):
            # "北朝鮮の人々15人（女性13人と10代の2人）": the figures in brackets right after a
            # figure say who its people are
            parts_until = _bracket_end(text, c.end)
        if rules.whole_after and rules.whole_after.search(text[c.end : c.end + 8]):
            if not rules.clauses_before or _told_of_parts(c, text, lang):
                continue
            parts_until = _clause_end(text, c.end)
        if rules.whole_before and rules.whole_before.search(
            text[max(0, c.start - WHOLE_REACH) : c.start]
        ):
            # "このうち10人が現在、新義州に収監されている": a part with an incident of its own
            # in its sentence is a claim of its own; "其中13人为女性" only describes the group,
            # and one of them ("其中一名男子冲进…") is a member told one by one
            rest = re.split(r"[。.]", text[c.end :])[0]
            told = rules.parts_told and (c.count.value or 0) != 1 and find_triggers(rest, lang)
            if not told:
                continue
        if rules.part_after and rules.part_after.search(text[c.end : c.end + PART_REACH]):
            continue
        if rules.tellers and rules.tellers.search(text[c.end : c.end + PART_REACH]):
            continue
        if rules.name_after and rules.name_after.search(text[c.end :]):
            continue
        if (
            rules.total_before
            and c.count.value
            and rules.total_before.search(text[max(0, c.start - 12) : c.start])
        ):
            # the parts just before a total of them are no claims of their own
            while (
                out
                and out[-1].count.value is not None
                and (
                    out[-1].count.value < c.count.value
                    or (out[-1].summed and out[-1].count.value == c.count.value)
                )
                and c.start - out[-1].end <= TOTAL_REACH
            ):
                out.pop()
        # "两名涉嫌杀害16名同伴的船员": the people another figure counts are not this one's
        lo = max(c.start - OTHERS_REACH, found[n - 1].end if n else 0)
        hi = min(c.end + OTHERS_REACH, found[n + 1].start if n + 1 < len(found) else len(text))
        if rules.closed_after and rules.closed_after.match(text, c.end):
            # "2人が漁船内で同僚の乗組員16人を殺害": a case particle ends the figure's noun
            # phrase, so the crewmates after it are another figure's people
            hi = c.end
        near = text[max(0, lo) : hi]
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
    return tuple(_totals(out, text, rules))


def _bracket_end(text: str, pos: int) -> int:
    close = BRACKET_CLOSE.search(text, pos)
    return close.end() if close else pos


BRACKET_CLOSE = re.compile(r"[)）]")


def _clause_end(text: str, pos: int) -> int:
    mark = CLAUSE_MARKS.search(text, pos)
    return mark.start() if mark else len(text)


def _told_of_parts(whole: CountMention, text: str, lang: str) -> bool:
    """'북송된 탈북민 가운데 20명이 수감돼 있다': an incident word after the part makes the part
    a claim of its own. '체포된 탈북민 7명 가운데 4명은 여성이다' only describes the part:
    the group of seven is the claim."""
    rest = text[whole.end : _clause_end(text, whole.end)]
    return bool(find_triggers(rest, lang))


def _totals(counts: list, text: str, rules: LangRules) -> list:
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


def joined_steps(
    triggers: list[Trigger], dates: list, text: str, lang: str, mentions: list | None = None
) -> list[tuple[Trigger, tuple[int, int], DateSpan]]:
    """'The family was allowed to fly out on 22 May and arrived in Seoul the next morning',
    '12일 집회가 열렸고, 이튿날 같은 장소에서 기자회견이 이어졌다', '集会を開き、翌日には記者会見を
    開いた': predicates joined in one sentence, each with its own date in its own clause, are
    one incident each, placed by what their own stretch of the sentence names."""
    if len(triggers) < 2:
        return []
    heads = [t for t in triggers if not is_modifier(t, text, lang)]
    out = []
    for t, (lo, hi) in _step_stretches(heads, text, lang):
        if lang == "en":
            # a date follows its verb ("sent back on 22 May"), or opens the verb's own clause
            # ("…, and the next day a coalition held a press conference")
            own = [d for d in dates if t.end <= d.start and d.end <= hi]
            own = own or [d for d in dates if lo <= d.start and d.end <= t.start]
        else:
            own = [d for d in dates if lo <= d.start and d.end <= hi]
        # "自上月21日起绝食，…，昨天在绝食第11天时昏倒": the same word again goes on with the
        # incident told, it tells no new one
        again = any(o.type == t.type and o.surface == t.surface for o, _, _ in out)
        if own and not again:
            out.append((t, (lo, hi), own[0].span))
    if len(out) < 2:
        return []
    if len({o[2] for o in out}) < len(out) and not _elsewhere(out, mentions or []):
        return []
    return out


def _elsewhere(steps: list[tuple[Trigger, tuple[int, int], DateSpan]], mentions: list) -> bool:
    """'…would assemble outside the embassy in Seoul on Thursday, and One Korea Network intends
    to picket the mission in Washington on the same day': acts on one day are one incident each
    where each after the first names a city or a building the ones before it do not."""
    seen: set[object] = set()
    for n, (_, (lo, hi), _) in enumerate(steps):
        here = {m.place for m in mentions if lo <= m.start < hi and m.kind != "country"}
        if n and not here - seen:
            return False
        seen |= here
    return True


def _step_stretches(
    heads: list[Trigger], text: str, lang: str
) -> list[tuple[Trigger, tuple[int, int]]]:
    """Each run of incident words with no clause mark between them, by its main word, with the
    stretch of the sentence that is its own. Where the verb ends its clause (and in Chinese, where
    the date opens it), a stretch ends at the first clause mark after its words; in English, at
    the last clause mark before the next run's words, so that what follows a verb is its own."""
    groups: list[list[Trigger]] = []
    for t in heads:
        if groups and not CLAUSE_MARKS.search(text, groups[-1][-1].end, t.start):
            groups[-1].append(t)
        else:
            groups.append([t])
    out = []
    lo = 0
    for n, group in enumerate(groups):
        last = group[-1]
        if n + 1 == len(groups):
            hi = len(text)
        elif lang == "en":
            following = groups[n + 1][0].start
            marks = list(CLAUSE_MARKS.finditer(text, last.end, following))
            hi = marks[-1].start() if marks else following
        else:
            mark = CLAUSE_MARKS.search(text, last.end, groups[n + 1][0].start)
            hi = mark.start() if mark else last.end
        head = main_trigger(group, text, lang) if len(group) > 1 else last
        out.append((head, (lo, hi)))
        lo = hi
    return out
