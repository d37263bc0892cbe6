"""Compare two claims: either a veto (they cannot be one event) or match weights with reasons."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from refuge.link.model import Weight
from refuge.link.profile import Profile, more_specific, reshape
from refuge.link.rules import CoType, Rules
from refuge.link.sources import source_label

_WEIGHTS: dict[tuple[str, float], Weight] = {}


def _w(text: str, weight: float) -> Weight:
    """Reasons repeat across millions of links; share one tuple per distinct reason."""
    key = (text, weight)
    found = _WEIGHTS.get(key)
    if found is None:
        if len(_WEIGHTS) > 200_000:
            _WEIGHTS.clear()
        found = _WEIGHTS[key] = key
    return found


def _day(n: int) -> str:
    return date.fromordinal(n).isoformat()


def _month(n: int) -> str:
    return date.fromordinal(n).isoformat()[:7]


def _cotype(a: Profile, b: Profile, rules: Rules) -> CoType | str | None:
    """None for one type; the co-type rule for two that may share an event; a veto otherwise."""
    if a.type == b.type:
        return None
    co = rules.cotypes.get(frozenset((a.type, b.type)))
    return co if co is not None else f"{a.type} and {b.type} are different incidents"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def veto(
    a: Profile, b: Profile, rules: Rules, strict: bool = False, dated: bool = True
) -> str | None:
    """Why two claims cannot be one event, or None. Cheap: used to check whole clusters.

    `strict` also rules out pairs that may share an event but are no evidence for it (two
    days of one campaign, weeks apart; a return and a detention of groups of different sizes:
    the detention of another group says nothing against the returns being one event).
    Without `dated`, dates that disagree are no veto: a statement's window is read apart."""
    co = _cotype(a, b, rules)
    if isinstance(co, str):
        return co
    if co is not None:
        if co.needs == "moment" and not (_coincide(a, b, rules) and _shared_place(a, b)):
            return f"{a.type} and {b.type} at different moments"
        if (
            co.needs == "figure"
            and strict
            and not (a.value is not None and a.value == b.value and a.ids & b.ids)
        ):
            return f"{a.type} and {b.type} of different groups"
        if (
            co.needs == "like_figure"
            and strict
            and a.count is not None
            and b.count is not None
            and not _overlap(a.count, b.count)
            and not _loose_stock(a, b)
        ):
            # An estimate of 2,000 held in China is not the detention of 15 in Kunming.
            return f"{a.type} and {b.type} of different sizes ({a.figure} vs {b.figure})"
    why = _date_veto(a, b, rules, strict) if dated else None
    if why:
        return why
    ca, cb = a.countries, b.countries
    if _stock_pair(a, b):
        # "2,000 North Koreans held in China": the people's own country says who they are,
        # not where the stock is, so naming it alone does not disagree with China; held by
        # the North's own security, they are there.
        ca, cb = ca - (rules.origin - {a.actor}), cb - (rules.origin - {b.actor})
    elif a.doc == b.doc and rules.types[a.type].ongoing and rules.types[b.type].ongoing:
        # One text's account of a campaign in Seoul names China as the state it targets
        # ("rallies against China's returns since the 14th"): a country named without a city
        # is not where the campaign is held.
        ca, cb = ca & a.local, cb & b.local
    if ca and cb and not ca & cb and not (rules.types[a.type].route and rules.types[b.type].route):
        return f"{'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))}"
    if (
        _same_moment(a, b, rules)
        and a.lo == a.hi == b.lo == b.hi
        # The very same places: a figure that also names somewhere else may be a part.
        and a.ids
        and a.ids == b.ids
        and a.count
        and b.count
        and not a.vague
        and not b.vague
        and a.value is not None
        and b.value is not None
        and not _overlap(a.count, b.count)
        and not more_specific(a, b)
        and not more_specific(b, a)
        and not _rival(a, b)
    ):
        return f"two groups at one place on one day ({a.figure} vs {b.figure})"
    return None


def _told_as_rivals(a: Profile, b: Profile, rules: Rules) -> bool:
    """Whether one page gives both figures for one day's incident: from different sources, or
    (on a route) for different crossings. A text that sets two figures side by side tells of
    one event counted twice, not of two groups."""
    if a.type != b.type or a.count is None or b.count is None or _overlap(a.count, b.count):
        return False
    if not _same_moment(a, b, rules) or (a.exact and b.exact):
        # Two exact head-counts ("five at the Japanese consulate", "two at the American")
        # are two groups; estimates that disagree are what rival sources give.
        return False
    if not set(a.sources).isdisjoint(b.sources):
        return bool(rules.types[a.type].route and a.ids and b.ids and not a.ids & b.ids)
    return True


def mark_rivals(profiles: list[Profile], rules: Rules) -> None:
    """Give each claim the figures that some page sets beside a figure like its own, on its
    day, as rival accounts: HRW's "about 60" on one page and a group's "more than 200" on
    another are one event once any page gives both for that day."""
    by_doc: dict[str, list[Profile]] = defaultdict(list)
    for p in profiles:
        if p.count is not None and p.short:
            by_doc[p.doc].append(p)
    # A set per day: a mass return told on hundreds of pages repeats the same few pairs of
    # figures, and each claim of the day is checked against every pair.
    told: dict[tuple[str, int], set[tuple[tuple[float, float], tuple[float, float]]]] = defaultdict(
        set
    )
    for group in by_doc.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _told_as_rivals(a, b, rules):
                    assert a.count is not None and b.count is not None
                    assert a.lo is not None and a.hi is not None
                    for day in range(a.lo, a.hi + 1):
                        told[(a.type, day)].update(((a.count, b.count), (b.count, a.count)))
    if not told:
        return
    # Pages that repeat one report give the same claim: its rivals are looked up once.
    rivals: dict[tuple[str, int, int, tuple[float, float]], tuple[tuple[float, float], ...]] = {}
    for group in by_doc.values():
        for p in group:
            assert p.count is not None and p.lo is not None and p.hi is not None
            key = (p.type, p.lo, p.hi, p.count)
            found = rivals.get(key)
            if found is None:
                found = rivals[key] = _rivals_of(told, *key)
            if found:
                p.rivals = found
                p.shape = reshape(p.shape, found)


def _rivals_of(
    told: dict[tuple[str, int], set[tuple[tuple[float, float], tuple[float, float]]]],
    kind: str,
    lo: int,
    hi: int,
    count: tuple[float, float],
) -> tuple[tuple[float, float], ...]:
    """The figures set beside one like `count` on a day from `lo` to `hi`, in order."""
    found = {
        other
        for day in range(lo, hi + 1)
        for mine, other in told.get((kind, day), ())
        if _overlap(mine, count)
    }
    return tuple(sorted(found))


def _rival(a: Profile, b: Profile) -> bool:
    """Whether some page gives the two figures side by side as rival accounts of one day. Read
    both ways: rivals are marked by type, and a detention told with the figure a page sets
    against another's return ("more than 200 held in Changbai") has none of its own."""
    return _rival_of(a, b) or _rival_of(b, a)


def _rival_of(a: Profile, b: Profile) -> bool:
    # most claims have no rivals: no generator is made for them
    return bool(a.rivals) and b.count is not None and any(_overlap(r, b.count) for r in a.rivals)


def _same_moment(a: Profile, b: Profile, rules: Rules) -> bool:
    return (
        a.short
        and b.short
        and a.lo is not None
        and b.lo is not None
        and a.hi is not None
        and b.hi is not None
        and a.lo <= b.hi
        and b.lo <= a.hi
    )


def _coincide(a: Profile, b: Profile, rules: Rules) -> bool:
    """Whether a short incident falls inside the other's days: the same moment, or a moment
    of a week that a report only dates roughly ("dragged out two weeks ago")."""
    if not (a.short or b.short):
        return False
    if a.lasting or b.lasting:
        return False
    if a.precision != "day" or b.precision != "day" or a.by_publication or b.by_publication:
        return False
    assert a.lo is not None and a.hi is not None and b.lo is not None and b.hi is not None
    return a.lo <= b.hi and b.lo <= a.hi


def _shared_place(a: Profile, b: Profile) -> bool:
    return bool(a.ids & b.ids or a.admin1 & b.admin1)


def _gap(a: Profile, b: Profile) -> int:
    assert a.lo is not None and a.hi is not None and b.lo is not None and b.hi is not None
    return max(a.lo, b.lo) - min(a.hi, b.hi)


def _stock_pair(a: Profile, b: Profile) -> bool:
    return a.stock and b.stock


def _loose_stock(a: Profile, b: Profile) -> bool:
    """Whether two stock figures are one counted and one told in a loose word ("hundreds more
    are still held" beside the UN's "about 2,000 held"): the word gives no size to disagree.
    Hundreds held at named places (Changbai, Hyesan) are a group there, not that stock."""
    if not _stock_pair(a, b) or a.vague == b.vague:
        return False
    loose = a if a.vague else b
    return not loose.local


def _said(a: Profile, b: Profile, gap: int) -> str | None:
    """How a pair `gap` days apart is one event though dated apart: the later claim is dated
    by a statement about the earlier, or the earlier by a condition on the later."""
    later, earlier = (a, b) if (a.lo or 0) > (b.lo or 0) else (b, a)
    if later.back >= gap:
        return f"said {gap} day{'s' if gap > 1 else ''} after"
    if earlier.ahead >= gap:
        return f"foreseen {gap} day{'s' if gap > 1 else ''} before"
    return None


def _campaign(a: Profile, b: Profile, gap: int, rules: Rules) -> bool:
    """Days of one campaign told in one text: an ongoing kind (rallies, a hunger strike) at one
    named place (or at none), weeks apart at most. Announced gatherings are each their own event."""
    return (
        a.doc == b.doc
        and rules.types[a.type].ongoing
        and rules.types[b.type].ongoing
        and gap <= rules.campaign_days
        and "planned" not in (a.modality, b.modality)
        # A day the text tells without a place ("the fast begun on the 21st") is at the
        # place its text names for the campaign.
        and (_shared_place(a, b) or not a.has_places or not b.has_places)
    )


def _under_way(a: Profile, b: Profile, gap: int) -> bool:
    """A day at the named place of a campaign that a text tells as under way, within the days
    it may go on after the last one told ("fasting since the 21st" on the 23rd; the striker
    collapsing outside the embassy on 2 March), in any document. Announced gatherings are
    each their own event."""
    for run, day in ((a, b), (b, a)):
        if (
            run.runs
            and gap <= run.runs
            and day.type == run.type
            and day.modality != "planned"
            and (day.lo or 0) > (run.hi or 0)
            and a.ids & b.ids
        ):
            return True
    return False


def _unplaced_day_of_campaign(a: Profile, b: Profile, rules: Rules) -> bool:
    """'She began her hunger strike there on the 21st': a day of a campaign its text tells
    without a place is at the place the text names for the campaign."""
    if a.has_places == b.has_places or a.lo is None or b.lo is None:
        return False
    if not (rules.types[a.type].campaign and rules.types[b.type].campaign):
        return False
    gap = _gap(a, b)
    return gap > 0 and _campaign(a, b, gap, rules)


def _date_veto(a: Profile, b: Profile, rules: Rules, strict: bool) -> str | None:
    w = rules.weights
    if a.lo is None or b.lo is None:
        if a.lo is None and b.lo is None:
            return None
        u, d = (a, b) if a.lo is None else (b, a)
        if u.pub is None:
            return None
        assert d.lo is not None and d.hi is not None
        before = w["same_document_window_before" if u.doc == d.doc else "publication_window_before"]
        ahead = w["publication_window_after"] if u.modality in ("planned", "conditional") else 0
        # A statement's incident may lie before the day it was said.
        if d.lo - d.back <= u.pub + ahead and d.hi + d.ahead >= u.pub - before:
            return None
        return "the undated report was published far from the event"
    gap = _gap(a, b)
    if _stock_pair(a, b):
        days = min(rules.types[a.type].stock_days, rules.types[b.type].stock_days)
        if gap <= days:
            return None
        if (
            not strict
            and a.count
            and b.count
            and (_overlap(a.count, b.count) or _loose_stock(a, b))
        ):
            # One estimate cited for years ("the UN's 2,000", from its 2022 report to pages
            # of 2024): a link needs figures stated near in time, a chain of them may span more.
            return None
        return f"figures stated {gap} days apart"
    ongoing = rules.types[a.type].ongoing and rules.types[b.type].ongoing
    if not ongoing and ((a.lasting and b.short) or (b.lasting and a.short)):
        longer = a if a.days > b.days else b
        return f"a total over {longer.days + 1} days is not the one-day event"
    if gap <= 0 or _said(a, b, gap) or _campaign(a, b, gap, rules) or _under_way(a, b, gap):
        return None
    both_days = a.precision == b.precision == "day"
    tol = rules.types[a.type].tolerance if a.type == b.type and both_days else 0
    if a.doc == b.doc and not rules.types[a.type].journey:
        tol = 0
    if gap <= tol:
        return None
    if ongoing and a.doc != b.doc and not strict:
        return None  # days of one campaign, joined through a report of its whole span
    return f"{gap} days apart"


def _date_weight(a: Profile, b: Profile, rules: Rules, texts: bool = True) -> Weight | None:
    w = rules.weights
    if a.lo is None or b.lo is None:
        if a.doc == b.doc:
            return _w("told undated in the same document", w["undated_same_document"])
        u, d = (a, b) if a.lo is None else (b, a)
        if d.lo is not None and u.pub is not None:
            return _w(
                (f"undated, published {_day(u.pub)}" if texts else ""),
                w["undated_near_publication"],
            )
        return None
    assert a.hi is not None and b.hi is not None
    gap = _gap(a, b)
    if _stock_pair(a, b):
        if gap <= 31:
            return _w("figures stated within a month", w["same_month"])
        return _w("figures stated within a year", w["same_year"])
    if gap > 0:
        weight = max(0.5, w["near_day"] - w["per_day_apart"] * gap)
        if _campaign(a, b, gap, rules):
            return _w(
                f"one campaign, {gap} days apart, in one document" if texts else "",
                w["campaign_same_document"],
            )
        if _under_way(a, b, gap):
            return _w(
                (f"a day of a campaign under way, {gap} days on" if texts else ""),
                w["campaign_under_way"],
            )
        said = _said(a, b, gap)
        if said:
            kind = "said_same_document" if a.doc == b.doc else "said_apart"
            if w[kind] > weight or a.doc == b.doc:
                text = said + (" in the same document" if a.doc == b.doc else "")
                return _w(text if texts else "", w[kind])
        return _w((f"{gap} day{'s' if gap > 1 else ''} apart" if texts else ""), weight)
    if a.lo == b.lo and rules.types[a.type].ongoing and rules.types[b.type].ongoing:
        return _w((f"both since {_day(a.lo)}" if texts else ""), w["same_day"])
    precisions = {a.precision, b.precision}
    if "year" in precisions:
        return _w((f"same year {_day(max(a.lo, b.lo))[:4]}" if texts else ""), w["same_year"])
    if "month" in precisions:
        if max(a.days, b.days) > 31:
            return _w(
                (f"overlapping months {_month(max(a.lo, b.lo))}" if texts else ""), w["same_year"]
            )
        return _w((f"same month {_month(max(a.lo, b.lo))}" if texts else ""), w["same_month"])
    if a.lo == a.hi == b.lo == b.hi:
        return _w((f"same day {_day(a.lo)}" if texts else ""), w["same_day"])
    return _w((f"overlapping days {_day(max(a.lo, b.lo))}" if texts else ""), w["overlapping_days"])


def _names(p: Profile, ids: frozenset[int]) -> str:
    return ", ".join(sorted(p.names[i] for i in ids))


def _place_weight(a: Profile, b: Profile, rules: Rules, texts: bool = True) -> Weight | None:
    w = rules.weights
    if not a.has_places or not b.has_places:
        return None
    shared = a.ids & b.ids
    if shared:
        return _w((f"{_names(a, shared)} in both" if texts else ""), w["same_place"])
    provinces = a.admin1 & b.admin1
    if provinces:
        return _w(
            (f"same province ({', '.join(sorted(provinces))})" if texts else ""), w["same_province"]
        )
    countries = a.countries & b.countries
    if not countries:
        return _w("places on either side of a border", 0.0)
    # Only cities or provinces both name in one country disagree: a briefing in Seoul says
    # nothing against a return through Dandong, and a denial names where it was made (a
    # briefing in Beijing), not where what it denies happened.
    denial = "denied" in (a.modality, b.modality)
    if denial or not any(c in a.local and c in b.local for c in countries):
        return _w((f"both in {', '.join(sorted(countries))}" if texts else ""), w["same_country"])
    if rules.types[a.type].route and rules.types[b.type].route:
        return _w("different places in one country", w["different_cities"])
    return _w("different provinces", w["different_provinces"])


def _count_weight(a: Profile, b: Profile, rules: Rules, texts: bool = True) -> Weight | None:
    if a.count is None or b.count is None:
        return None
    w = rules.weights
    scale = min(rules.types[a.type].count_weight, rules.types[b.type].count_weight)
    pair = f"{a.figure} vs {b.figure}" if texts else ""
    if _overlap(a.count, b.count):
        if a.value is not None and a.value == b.value:
            return _w(pair, w["same_figure"] * scale)
        if a.vague or b.vague:
            return _w(pair, w["compatible_vague"])
        return _w(pair, w["compatible_figure"] * scale)
    small, big = (a, b) if a.count[1] < b.count[0] else (b, a)
    if _rival(a, b):
        return _w((f"{pair}, rival figures one page gives" if texts else ""), w["rival_figures"])
    if a.ids and b.ids and not a.ids & b.ids:
        return _w((f"{pair} at different places" if texts else ""), w["different_groups"])
    if not a.vague and not b.vague and more_specific(small, big):
        return _w(
            (f"{small.figure} may be part of {big.figure}" if texts else ""), w["part_of_figure"]
        )
    if a.vague or b.vague:
        if big.count[0] > small.count[1] * w["vague_far_ratio"]:
            # "Several" against "more than 58" is two stories, not a loose word for one.
            return _w(pair, w["figures_disagree"])
        if _loose_stock(a, b):
            return _w((f"{pair}, a loose word for the stock" if texts else ""), w["loose_stock"])
        return _w(pair, w["vague_disagrees"])
    if big.count[0] <= small.count[1] * (1 + w["close_figures_ratio"]):
        # Sources that count one group differ by a few (31 vs 34 arrested): no rival groups.
        return _w((f"{pair}, close" if texts else ""), w["close_figures"])
    return _w(pair, w["figures_disagree"])


def compare(
    a: Profile, b: Profile, rules: Rules, texts: bool = True, dated: bool = True
) -> tuple[float, tuple[Weight, ...]] | None:
    """Match weights of a pair, or None when a veto says they are different events. Without
    `texts` the reasons have no words, only their weights: what scoring needs; without
    `dated`, dates too far apart are no veto."""
    if veto(a, b, rules, strict=True, dated=dated) is not None:
        return None
    w = rules.weights
    reasons: list[Weight] = []
    co = _cotype(a, b, rules)
    if isinstance(co, CoType):
        reasons.append(_w((f"{a.type} with {b.type}" if texts else ""), co.weight))
        if a.doc == b.doc:
            reasons.append(_w("same document", w["cotype_same_document"]))
    elif a.doc == b.doc and rules.types[a.type].journey and a.lo != b.lo:
        reasons.append(_w("legs of one journey in one document", w["journey_same_document"]))
    parts = (
        _date_weight(a, b, rules, texts),
        _place_weight(a, b, rules, texts),
        _count_weight(a, b, rules, texts),
    )
    for part in parts:
        if part is not None:
            reasons.append(part)
    if _unplaced_day_of_campaign(a, b, rules):
        reasons.append(_w("at the place its text names for the campaign", w["same_place"]))
    if a.actor and b.actor and a.actor != b.actor:
        reasons.append(_w((f"actor {a.actor} vs {b.actor}" if texts else ""), w["actors_disagree"]))
    if a.doc != b.doc:
        common = set(a.sources) & set(b.sources)
        agree = a.count is None or b.count is None or _overlap(a.count, b.count)
        if common and agree:
            label = source_label(min(common)) if texts else ""
            reasons.append(_w((f"both from {label}" if texts else ""), w["same_source"]))
        if a.fingerprint == b.fingerprint:
            reasons.append(_w("the same sentence (a repost)", w["same_text"]))
    return sum(t for _, t in reasons), tuple(reasons)


def score(a: Profile, b: Profile, rules: Rules) -> float | None:
    """What `compare` scores a pair, without writing its reasons (the same sum of the same
    weights in the same order); None for a veto."""
    found = compare(a, b, rules, texts=False)
    return None if found is None else found[0]
