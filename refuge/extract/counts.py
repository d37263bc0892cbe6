"""Head-counts of people in running text: "600여 명", "約600人", "两千多名", "more than 500 North Koreans".

A number is a head-count only when a person counter (명, 人, 名) or a people noun ("defectors",
"people") is attached to it, so years, ages, money, distances and dates never become counts.
English also writes bare figures whose noun is understood ("HRW counted more than 500",
"another 40 on Sept. 18"); those are kept when a qualifier or "another" marks them, with
`head=None` so the caller knows no people noun was seen. Words live in `lang/<code>/numbers.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from refuge.extract.dates import date_spans
from refuge.extract.langdata import load, per_language
from refuge.extract.numbers import fold, native_ko_pattern, number_pattern, parse_number
from refuge.records import Count, Qualifier


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    text: str
    count: Count
    head: str | None
    # the sum of parts joined into one group ("two women and a small child")
    summed: bool = False


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    count: Count
    head: str | None
    rank: int


def find_counts(text: str, lang: str) -> list[CountMention]:
    """Head-counts of people in `text`, in order, with offsets into `text`."""
    if lang not in ("ko", "en", "ja", "zh"):
        return []
    folded = fold(text)
    if lang == "en":
        blocked = date_spans(folded, lang)
        candidates = _candidates_en(folded, blocked)
    else:
        candidates = _candidates_cjk(folded, lang)
        # a text with no figure of people needs no reading of its dates
        blocked = date_spans(folded, lang) if candidates else []
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, c.rank, -(c.end - c.start))):
        if any(cand.start < c.end and c.start < cand.end for c in chosen):
            continue
        if any(s <= cand.start < e or s < cand.end <= e for s, e in blocked):
            continue
        chosen.append(cand)
    mentions = [
        CountMention(c.start, c.end, text[c.start : c.end], c.count, c.head)
        for c in sorted(chosen, key=lambda c: c.start)
    ]
    return _conjoined(mentions, folded, text, lang, blocked)


# ---- parts joined into one group: "two women and a small child" are three people -------------


@per_language
def _part_regexes(
    lang: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """What may stand between two parts of one group, the nouns that name a part (women,
    children), (English) a lone person added at the end ("and a small child"), and a second
    predicate that tells of more of the same group ("grabbed two women … and removed two men")."""
    table = load(lang, "numbers")["count"]["parts"]
    part = _alternation(table["nouns"])
    lead = _alternation(table.get("lead", [])) or "(?!)"
    joiner = _alternation(table["joiners"])
    # an age before a part noun ("一名两岁女童与四名大人") leaves it a part
    age = rf"(?:{table['age']})?" if table.get("age") else ""
    between = re.compile(
        rf"\s*(?:{lead})?\s*{age}(?:{part})?\s*(?:{joiner})\s*(?:{part})?\s*(?:{lead})?\s*",
        re.IGNORECASE,
    )
    nouns = re.compile(rf"(?:{part})", re.IGNORECASE)
    single = None
    if table.get("single_pattern"):
        # a language whose lone person follows the joiner with no article ("여성 두 명과 아이를")
        single = re.compile(table["single_pattern"])
    elif table.get("single"):
        single = re.compile(
            rf"\s*,?\s*and\s+(?:{_alternation(table['single_lead'])})\s+(?:[a-z-]+\s+){{0,2}}?"
            rf"(?:{_alternation(table['single'])})\b",
            re.IGNORECASE,
        )
    wide = re.compile(table["wide"]) if table.get("wide") else None
    return between, nouns, single, wide


def is_part_noun(head: str, lang: str) -> bool:
    """Whether a figure's people noun names a kind of person (women, children): part of a group."""
    _, nouns, _, _ = _part_regexes(lang)
    return nouns.fullmatch(head) is not None


def _is_part(m: CountMention, text: str, lo: int, hi: int, lang: str) -> bool:
    """Whether a figure counts one kind of person (women, children) rather than the whole group:
    the people noun of an English figure ends in a part noun; in Korean, Japanese and Chinese a
    part noun stands beside the figure, between it and its neighbours."""
    _, nouns, _, _ = _part_regexes(lang)
    if lang == "en":
        last = (m.head or "").split()[-1:] or [""]
        return nouns.fullmatch(last[0]) is not None
    return nouns.search(text[max(lo, m.start - 8) : min(hi, m.end + 8)]) is not None


def _conjoined(
    mentions: list[CountMention],
    folded: str,
    text: str,
    lang: str,
    blocked: list[tuple[int, int]],
) -> list[CountMention]:
    """Exact figures of kinds of people joined by "and" ("three men and two women", "여성 두 명과
    아이 한 명", "女性2人と子ども1人", "两名妇女和一名儿童") count one group: their sum. A whole
    before its parts ("15 North Koreans, 13 women and two teenagers") is not a part, so it stays
    the whole the parts describe."""
    if lang not in ("ko", "en", "ja", "zh") or not mentions:
        return mentions
    between, _, single, wide = _part_regexes(lang)
    out: list[CountMention] = []
    run: list[CountMention] = []

    def close() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            first, total = run[0], sum(c.count.value or 0 for c in run)
            span = text[first.start : run[-1].end]
            count = Count(total, "exact")
            out.append(CountMention(first.start, run[-1].end, span, count, first.head, True))
        run.clear()

    for n, m in enumerate(mentions):
        lo = mentions[n - 1].end if n else 0
        hi = mentions[n + 1].start if n + 1 < len(mentions) else len(folded)
        value = m.count.value
        joinable = m.count.qualifier == "exact" and value and _is_part(m, folded, lo, hi, lang)
        if not joinable:
            close()
            out.append(m)
            continue
        if run and not _joins(folded, run[-1].end, m.start, between, wide, blocked):
            close()
        extra = single.match(folded, m.end) if single else None
        if extra and value:
            span = text[m.start : extra.end()]
            m = CountMention(m.start, extra.end(), span, Count(value + 1, "exact"), m.head, True)
        run.append(m)
    close()
    return out


def _joins(
    text: str,
    lo: int,
    hi: int,
    between: re.Pattern[str],
    wide: re.Pattern[str] | None,
    blocked: list[tuple[int, int]],
) -> bool:
    """Whether two parts are of one group: only a joiner stands between them, or a second
    predicate with no date of its own (a date would make it a second incident)."""
    gap = text[lo:hi]
    if between.fullmatch(gap):
        return True
    dated = any(lo <= s < hi for s, _ in blocked)
    return wide is not None and not dated and wide.fullmatch(gap) is not None


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _make_count(
    lang: str, g: dict[str, str | None], table: dict[str, Any], vague: str | None = None
) -> Count | None:
    if vague is not None:
        low, high = table["vague"][vague]
        return Count(None, "vague", low, high)
    n1 = _number(g["n1"], lang)
    if n1 is None:
        return None
    if g.get("n2"):
        n2 = _number(g["n2"], lang)
        if n2 is None or n2 <= n1:
            return None
        return Count(None, "range", n1, n2)
    qualifier: Qualifier = "exact"
    for key, section in (
        ("post", "after"),
        ("inf", "infix"),
        ("pre", "before"),
        ("prv", "before_verb"),
    ):
        word = g.get(key)
        if key == "pre" and g.get("prv"):
            continue
        if word:
            qualifier = table[section][word.strip()]
    return Count(n1, qualifier)


def _number(written: str | None, lang: str) -> int | None:
    value = parse_number(written, lang) if written else None
    return value if value else None


# ---- Korean, Japanese, Chinese: a number with a person counter ------------------------------


@cache
def _cjk_regexes(
    lang: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    table = load(lang, "numbers")["count"]
    num = number_pattern(lang)
    words = load(lang, "numbers")["words"]
    units = "".join([*words["small_units"], *words["big_units"]])
    if lang == "ko":
        # Hangul numerals are common syllables ("이 명단", "천명" = to declare): they must hold a
        # unit and stand apart from the counter ("백여 명" too). Digits and native numbers ("두
        # 명") need neither.
        big = "".join(words["big_units"])
        digits = rf"(?<![\d.,])\d[\d,.]*[{units}]*(?:(?:(?<=[{big}])[ ])?\d[\d,.]*[{units}]*)*"
        infix = _alternation(table["infix"])
        hangul = rf"(?<![\w])(?=[^ ]*[{units}]){num}(?=(?:{infix})?[ ])"
        num = rf"(?:{digits}|{hangul}|(?<![\w]){native_ko_pattern()})"
    counters = _alternation(table["counters"])
    not_before = "".join(table["counter_not_before"])
    pre = _alternation(table["before"])
    # "至少抓捕了92名": a bound that stands before the verb of its figure
    if table.get("before_verb"):
        pre = rf"{pre}|(?P<prv>{_alternation(table['before_verb'])}){table['verb_gap']}"
    inf = _alternation(table["infix"])
    post = _alternation(table["after"])
    joiners = _alternation(table["range_joiners"])
    sp = r"[ ]?"
    if table.get("range_joiners_unless_change"):
        # "50명에서 60명을" is a range, "8천명에서 7천명으로" a change
        change = _alternation(table["change_after"])
        joiners += (
            rf"|(?:{_alternation(table['range_joiners_unless_change'])})"
            rf"(?={sp}{num}(?:{_alternation(table['infix'])})?{sp}(?:{_alternation(table['counters'])})"
            rf"(?!{sp}(?:{change})))"
        )
    vague_chars = "".join(sorted({w[0] for w in table["vague"]}))
    # Korean numbers carry their own left edge (a digit may follow a word: "회원3천 명").
    # A separator only joins digit groups ("1,000"): after a clause comma ("据报道，200名") a
    # figure starts.
    edge = (
        ""
        if lang == "ko"
        else rf"(?<![\d第{''.join(words['digits'])}{units}{vague_chars}])(?<!\d[.,])"
    )
    # words that start with a ruled-out character but follow a count ("600人前後": about 600)
    allowed = table.get("counter_words_after", [])
    keep = rf"(?!{_alternation(allowed)})" if allowed else ""
    counter = rf"(?P<ctr>{counters})(?!{keep}[{not_before}])"
    if lang == "ko":
        followers = _alternation(table["counter_followers"])
        counter += rf"(?=[^가-힣]|$|{followers})"
    if lang != "ko":
        # "五、六十人": two neighbouring digits set apart by a list comma, one range
        ones = "".join(d for d, v in words["digits"].items() if 0 < v < 9)
        num = rf"(?:[{ones}]、(?=[{ones}]))?{num}"
    numeric = re.compile(
        rf"(?:(?P<pre>{pre}){sp}|{edge})(?P<n1>{num})(?P<inf>{inf})?"
        rf"(?:{sp}(?:{counters})?{sp}(?:{joiners}){sp}(?P<n2>{num})(?:{inf})?)?"
        rf"{sp}{counter}(?:{sp}(?P<post>{post}))?"
    )
    vague_words = table["vague"]
    long_words = _alternation(w for w in vague_words if len(w) > 1)
    short_words = _alternation(w for w in vague_words if len(w) == 1)
    # A one-character vague word needs a space before a Korean counter: "수명" is a lifespan.
    gap = "[ ]" if lang == "ko" else ""
    vague_edge = r"(?<![\w])" if lang == "ko" else r"(?<![\d])"
    vague = re.compile(
        rf"{vague_edge}(?:(?P<vl>{long_words})(?:{inf})?{sp}|(?P<vs>{short_words})(?:{inf})?{gap})"
        rf"{counter}"
    )
    bare = None
    if table.get("vague_bare"):
        after = _alternation(table["vague_bare_after"])
        bare = re.compile(
            rf"{vague_edge}(?P<vague>{_alternation(table['vague_bare'])})(?=(?:{after}))"
        )
    if lang == "ko":
        # Honorific "분" counts people after native numbers only ("세 분"); after digits it is minutes.
        honorific = _alternation(table["native_only_counters"])
        native = re.compile(
            rf"(?<![\w])(?P<n1>{native_ko_pattern()})[ ]?(?P<ctr>{honorific})(?={table['native_only_after']}|\s|$)"
        )
        return numeric, vague, bare, native
    return numeric, vague, bare, None


@cache
def _ko_native_ranges() -> re.Pattern[str] | None:
    """'두세 명', '서너 명': two neighbouring native numbers fused before a counter."""
    table = load("ko", "numbers")["count"]
    pairs = table.get("native_ranges", {})
    if not pairs:
        return None
    counters = _alternation([*table["counters"], *table["native_only_counters"]])
    followers = _alternation(table["counter_followers"])
    return re.compile(
        rf"(?<![\w])(?P<pair>{_alternation(pairs)})[ ]?(?:{counters})(?=[^가-힣]|$|{followers})"
    )


def _native_ranges(text: str) -> list[_Candidate]:
    pattern = _ko_native_ranges()
    if pattern is None:
        return []
    bounds = load("ko", "numbers")["count"]["native_ranges"]
    out = []
    for m in pattern.finditer(text):
        low, high = bounds[m.group("pair")]
        count = Count(None, "range", low, high)
        out.append(_Candidate(m.start(), m.end(), count, _cjk_head(text, m, "ko"), 1))
    return out


def _candidates_cjk(text: str, lang: str) -> list[_Candidate]:
    table = load(lang, "numbers")["count"]
    numeric, vague, bare, honorific = _cjk_regexes(lang)
    found: list[_Candidate] = _native_ranges(text) if lang == "ko" else []
    found += _framed_figures(text, lang)
    found += _listed_pairs(text, lang)
    if honorific is not None:
        floors = table.get("native_floor", {})
        for m in honorific.finditer(text):
            value = parse_number(m.group("n1"), lang)
            if value and value >= floors.get(m.group("ctr"), 1):
                found.append(
                    _Candidate(m.start(), m.end(), Count(value, "exact"), m.group("ctr"), 1)
                )
    for m in numeric.finditer(text):
        g = m.groupdict()
        count = _make_count(lang, g, table)
        if count is None:
            count = _adjacent_range(g["n1"] or "", lang, bool(g.get("n2")))
        if count is None or _lone_big_unit(g["n1"] or "", lang):
            continue
        if (
            lang == "ko"
            and g["ctr"] != table["counters"][0]
            and not re.search(r"\d", g["n1"] or "")
        ):
            # "인" after a native number is a word ("한인", "세인"), not a head-count.
            continue
        found.append(_Candidate(m.start(), m.end(), count, _cjk_head(text, m, lang), 1))
    asks = _question_after(lang)
    for m in vague.finditer(text):
        word = m.group("vl") or m.group("vs")
        if asks is not None and word in table["interrogative"] and asks.match(text, m.end()):
            # "몇 명이 넘어갔는지 파악하고 있습니까?": the word asks how many, it counts no one
            continue
        count = _make_count(lang, m.groupdict(), table, vague=word)
        if count is not None:
            found.append(_Candidate(m.start(), m.end(), count, _cjk_head(text, m, lang), 0))
    if bare is not None:
        bounds = table["vague_bare"]
        for m in bare.finditer(text):
            low, high = bounds[m.group("vague")]
            count = Count(None, "vague", low, high)
            found.append(_Candidate(m.start(), m.end(), count, _cjk_head(text, m, lang), 0))
    return found


@cache
def _household_regex(lang: str) -> re.Pattern[str] | None:
    """ "一家七口": the members of a family, counted by a counter of their own after it."""
    table = load(lang, "numbers")["count"]
    if not table.get("household"):
        return None
    return re.compile(
        rf"(?P<fig>(?:{_alternation(table['household'])})(?P<n1>{number_pattern(lang)})"
        rf"(?P<ctr>{re.escape(table['household_counter'])}))"
    )


@cache
def _headcount_regex(lang: str) -> re.Pattern[str] | None:
    """ "人数逾500，": a figure told as the headcount itself, with no counter after it."""
    table = load(lang, "numbers")["count"]
    if not table.get("headcount"):
        return None
    return re.compile(
        rf"(?:{table['headcount']})(?P<fig>(?P<pre>{_alternation(table['before'])})?"
        rf"(?P<n1>{number_pattern(lang)}))(?=[，,。；;、）)]|$)"
    )


def _framed_figures(text: str, lang: str) -> list[_Candidate]:
    """Figures of people told by the words around them rather than by a person counter:
    a family's members ("一家七口") and the headcount itself ("人数逾500"). The group `fig`
    of each pattern is the figure with its bound; its head is its own counter, else the
    language's word for the people a headcount counts."""
    table = load(lang, "numbers")["count"]
    out = []
    for pattern in (_household_regex(lang), _headcount_regex(lang)):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            count = _make_count(lang, m.groupdict(), table)
            if count is not None:
                head = m.group("ctr") if "ctr" in pattern.groupindex else table["headcount_head"]
                out.append(_Candidate(m.start("fig"), m.end(), count, head, 1))
    return out


@cache
def _question_after(lang: str) -> re.Pattern[str] | None:
    """What makes a vague word after it a question ("몇 명인지", "几名？")."""
    table = load(lang, "numbers")["count"]
    return re.compile(table["question_after"]) if table.get("interrogative") else None


@cache
def _pair_regex(lang: str) -> re.Pattern[str] | None:
    """ "五、六十人", "2、3人", "十二、三名": two neighbouring digits set apart by a list mark before
    one unit and a counter."""
    table = load(lang, "numbers")["count"]
    marks = table.get("pair_marks")
    if not marks:
        return None
    words = load(lang, "numbers")["words"]
    digits = "".join(k for k, v in words["digits"].items() if v)
    units = "".join([*words["small_units"], *words["big_units"]])
    counter = rf"(?:{_alternation(table['counters'])})(?![{''.join(table['counter_not_before'])}])"
    return re.compile(
        rf"(?<![\d第{digits}{units}])(?P<p>[{digits}{units}]*[{units}])?"
        rf"(?P<a>[{digits}1-9])(?:{_alternation(marks)})(?P<b>[{digits}1-9])(?P<u>[{units}]*)"
        rf"(?P<inf>{_alternation(table['infix'])})?[ ]?(?P<ctr>{counter})"
    )


def _listed_pairs(text: str, lang: str) -> list[_Candidate]:
    pattern = _pair_regex(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        a, b = parse_number(m.group("a"), lang), parse_number(m.group("b"), lang)
        unit = parse_number(m.group("u"), lang) if m.group("u") else 1
        base = parse_number(m.group("p"), lang) if m.group("p") else 0
        if a is None or b is None or unit is None or base is None or b != a + 1:
            continue
        if base and unit != 1:
            continue
        count = Count(None, "range", base + a * unit, base + b * unit)
        out.append(_Candidate(m.start(), m.end(), count, _cjk_head(text, m, lang), 1))
    return out


def _adjacent_range(written: str, lang: str, has_second: bool) -> Count | None:
    """ "五六十人" = 50 to 60, "两三人" = 2 to 3, "오륙십 명" = 50 to 60: two neighbouring digits
    before one unit."""
    digits = load(lang, "numbers")["words"]["digits"]
    written = written.replace("、", "")
    if has_second or len(written) < 2 or written[0] not in digits or written[1] not in digits:
        return None
    low, high = digits[written[0]], digits[written[1]]
    if high != low + 1:
        return None
    unit = parse_number(written[2:], lang) if written[2:] else 1
    if unit is None:
        return None
    return Count(None, "range", low * unit, high * unit)


def _lone_big_unit(written: str, lang: str) -> bool:
    """ "万人" means everyone, not ten thousand people."""
    return lang in ("zh", "ja") and written in load(lang, "numbers")["words"]["big_units"]


@per_language
def _head_regexes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load(lang, "numbers")["count"]
    people = _alternation(table["people"])
    before = rf"(?P<head>{people})(?:{table.get('head_before', '')})$"
    after = rf"^(?:{table.get('head_after', '')})(?P<head>{people})"
    return re.compile(before), re.compile(after)


def _cjk_head(text: str, m: re.Match[str], lang: str) -> str:
    before, after = _head_regexes(lang)
    hit = after.search(text[m.end() : m.end() + 12]) or before.search(
        text[max(0, m.start() - 12) : m.start()]
    )
    if hit:
        return hit.group("head")
    return m.group("ctr") if "ctr" in m.groupdict() and m.group("ctr") else m.group()


# ---- English: a number with a people noun, or a marked bare figure ---------------------------


@cache
def _en_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load("en", "numbers")["count"]
    num = number_pattern("en")
    pre = _alternation(table["before"])
    signs = _alternation(table["before_signs"])
    post = _alternation(table["after"])
    joiners = _alternation(table["range_joiners"])
    numeric = re.compile(
        rf"(?<![\w$€£¥.,:/-])(?:(?P<pre>{pre})\s+|(?P<sign>{signs})\s?)?"
        rf"(?:(?P<open>{_alternation(table['range_open'])})\s+)?"
        rf"(?P<n1>{num})"
        rf"(?:\s*(?P<rj>{joiners}|{table['range_between_joiner']})\s*(?P<n2>{num}))?"
        rf"(?P<post>\s*(?:{post}))?(?![\w%°℃:/]|[.,]\d|-\w)",
        re.IGNORECASE,
    )
    vague = re.compile(
        rf"(?<![\w-])(?P<vague>{_alternation(table['vague'])})\b(?P<of>\s+of\b)?", re.IGNORECASE
    )
    return numeric, vague


@cache
def _en_words() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    table = load("en", "numbers")["count"]
    people = re.compile(rf"(?:{_alternation(table['people'])})\b")
    stop = frozenset(table["modifier_stop"])
    # "more than 500 (Human Rights Watch)": a bracket opens the source of the figure
    after = re.compile(rf"\s*(?:[.,;:()!?\"'”’]|$|(?:{_alternation(table['bare_after'])})\b)")
    before = re.compile(
        rf"(?:(?:^|\W)(?:{_alternation(table['bare_before'])})"
        rf"|^\W*(?:{_alternation(table['bare_opening'])})"
        rf"|{'|'.join(table['bare_figure_at'])})\s+$",
        re.IGNORECASE,
    )
    return people, stop, after, before


def _en_head(text: str, pos: int) -> tuple[str, int] | None:
    """The people noun after `pos` ("600 North Korean escapees" -> escapees), with its end."""
    people, stop, _, _ = _en_words()
    table = load("en", "numbers")["count"]
    limit = table["modifier_max"]
    cursor = pos
    between: list[str] = []
    for n in range(limit + 1):
        gap = re.match(r"[ ]+", text[cursor:])
        if not gap:
            return None
        cursor += gap.end()
        # a partitive right after the figure ("200 of the returnees"), not after other words
        hit = people.match(text, cursor) or (_of_people(text, cursor) if n == 0 else None)
        if hit:
            end = hit.end()
            more = re.match(r"[ ]+", text[end:])
            while more and (nxt := people.match(text, end + more.end())):
                end = nxt.end()
                more = re.match(r"[ ]+", text[end:])
            head = text[cursor:end]
            if head.lower() in table["act_nouns"] and set(between) & set(table["occasion_words"]):
                # "two smaller returns": the figure counts the acts, not the people
                return None
            return head, end
        word = re.match(r"[A-Za-z][\w'-]*", text[cursor:])
        if not word or word.group().lower() in stop:
            return None
        between.append(word.group().lower())
        cursor += word.end()
    return None


@cache
def _of_lead() -> re.Pattern[str]:
    """ "up to 200 of the returnees": the people noun after a partitive of the table's leads."""
    table = load("en", "numbers")["count"]
    leads = _alternation(table.get("of_lead", ()))
    return re.compile(rf"(?:{leads}) (?=(?:{_alternation(table['people'])})\b)", re.IGNORECASE)


def _of_people(text: str, cursor: int) -> re.Match[str] | None:
    lead = _of_lead().match(text, cursor)
    return _en_words()[0].match(text, lead.end()) if lead else None


def _candidates_en(text: str, blocked: list[tuple[int, int]]) -> list[_Candidate]:
    table = load("en", "numbers")["count"]
    numeric, vague = _en_regexes()
    _, _, bare_after, bare_before = _en_words()
    found: list[_Candidate] = []
    for m in _outside_dates(numeric, text, blocked):
        g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
        if g["rj"] == table["range_between_joiner"] and not g["open"]:
            continue
        if g["open"] and not g["n2"]:
            continue
        if g["post"]:
            g["post"] = g["post"].strip()
        count = _make_count("en", g, table)
        if count is not None and g["sign"] and count.qualifier == "exact":
            count = Count(count.value, table["before_signs"][g["sign"]])
        if count is None:
            continue
        head = _en_head(text, m.end())
        if head is not None:
            if (g["n1"] or "") == "one" and head[0].startswith("of "):
                continue
            found.append(_Candidate(m.start(), head[1], count, head[0], 1))
            continue
        group = _group_before(text, m.start())
        if group is not None:
            found.append(_Candidate(m.start(), m.end(), count, group, 1))
            continue
        # the whole text before: "The 15, …, were rounded up" is marked by the sentence's opening
        marked = (
            bool(g["pre"] or g["sign"] or g["open"])
            or bare_before.search(text, 0, m.start())
            or _totalled(text, m.end())
            or _more_of_them(text, m.end())
            or _passive_subject(text, m)
        )
        listed = _listed_before_date(text, m, blocked)
        if (marked or listed) and bare_after.match(text, m.end()):
            found.append(_Candidate(m.start(), m.end(), count, None, 2))
    for m in vague.finditer(text):
        word = m.group("vague").lower()
        count = _make_count("en", {}, table, vague=word)
        if count is None:
            continue
        takes_of = word in table["vague_of"]
        end = m.end() if takes_of else m.end("vague")
        head = _en_head(text, end)
        if head is not None:
            found.append(_Candidate(m.start(), head[1], count, head[0], 0))
        elif takes_of and not m.group("of") and bare_after.match(text, end):
            found.append(_Candidate(m.start(), end, count, None, 2))
    return found


@cache
def _passive_subject_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load("en", "numbers")["count"]
    opener = re.compile(rf"\b(?:{_alternation(table['bare_clause_open'])})\s+$", re.IGNORECASE)
    verb = re.compile(rf"\s+(?:{_alternation(table['bare_clause_verb'])})\s+[a-z]+ed\b")
    return opener, verb


def _passive_subject(text: str, m: re.Match[str]) -> bool:
    """ "reported that 80 were returned": a bare figure that is the subject of a passive in a
    reported clause counts the people it befell."""
    opener, verb = _passive_subject_regexes()
    return bool(opener.search(text, 0, m.start())) and verb.match(text, m.end()) is not None


def _totalled(text: str, end: int) -> bool:
    """ "dozens of North Koreans, 62 in all": a bare figure that sums up a group counts it."""
    words = load("en", "numbers")["count"]["bare_total"]
    return re.match(rf"\s+(?:{_alternation(words)})\b", text[end:], re.IGNORECASE) is not None


@cache
def _more_regex() -> re.Pattern[str]:
    table = load("en", "numbers")["count"]
    more = _alternation(table["listed_more"])
    verbs = _alternation(table["bare_clause_verb"] + table["bare_more_verbs"])
    return re.compile(rf"\s+(?:{more})\s+(?:{verbs})\b", re.IGNORECASE)


def _more_of_them(text: str, end: int) -> bool:
    """ "16 more were held in Inner Mongolia": a bare figure of more of the same people, the
    subject of its verb ("three more days" is no one)."""
    return _more_regex().match(text, end) is not None


def _outside_dates(
    pattern: re.Pattern[str], text: str, blocked: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """Matches of `pattern`, searched again after a date a match started in: "14 March 2002 -
    Twenty-five North Koreans" is a date and a count, not the range 2002-25."""
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        inside = next((e for s, e in blocked if s <= m.start() < e), None)
        if inside is not None and m.end() > inside:
            pos = inside
            continue
        out.append(m)
        pos = max(m.end(), m.start() + 1)
    return out


def _group_before(text: str, start: int) -> str | None:
    """ "a family group of seven": the number counts the people of the group named before it."""
    nouns = _alternation(load("en", "numbers")["count"]["group_nouns"])
    hit = re.search(rf"\b(?P<noun>{nouns})\s+of\s+$", text[max(0, start - 30) : start], re.I)
    return hit.group("noun") if hit else None


def _listed_before_date(text: str, m: re.Match[str], blocked: list[tuple[int, int]]) -> bool:
    """A figure in a list of incidents: "..., and 80 on Aug. 29, 2023", "sent back 80 in
    August and 40 in September", "80 on one day and 40 more on another"."""
    more = _alternation(load("en", "numbers")["count"]["listed_more"])
    step = re.match(rf"\s+(?:(?:{more})\s+)?(?:on|in)\s+", text[m.end() :])
    date = next((e for s, e in blocked if step and s == m.end() + step.end()), None)
    if date is None:
        return False
    if re.search(r"(?:^|[,;:]|\band)\s*$", text[max(0, m.start() - 6) : m.start()]):
        return True
    return re.match(r",?\s+and\s+\d", text[date:]) is not None
