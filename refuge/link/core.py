"""`link()`: claims in, events out. Pure: no database, no printing, same input -> same ids."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from refuge.link.cluster import cluster
from refuge.link.compare import mark_rivals
from refuge.link.events import build_event, event_id
from refuge.link.model import Link, Linking, LinkInput
from refuge.link.profile import profile
from refuge.link.rules import rules as load_rules


def link(inputs: Sequence[LinkInput], previous: Mapping[str, str] | None = None) -> Linking:
    """Group claims into events across documents and languages.

    `previous` maps claim keys to the event ids of an earlier run: those claims keep their
    events (two earlier events are never merged here; that is a reviewer's decision), new
    claims join them or found new events, and no other event is renamed.
    """
    rules = load_rules()
    # Sorting by key makes the result independent of the order the caller passes claims in.
    items = sorted(inputs, key=lambda x: x.key)
    profiles = [profile(i, item, rules) for i, item in enumerate(items)]
    mark_rivals(profiles, rules)
    labels = {
        i: previous[item.key] for i, item in enumerate(items) if previous and item.key in previous
    }
    clusters, best, kept = cluster(profiles, rules, labels)

    assignments: dict[str, str] = {}
    links: dict[str, Link] = {}
    events = []
    for members in clusters:
        founder = profiles[members[0]]
        eid = kept.get(members[0]) or event_id(founder, rules)
        for i in members:
            match = best.get(i)
            partner = profiles[match.partner].key if match and match.partner is not None else None
            assignments[profiles[i].key] = eid
            links[profiles[i].key] = Link(
                key=profiles[i].key,
                event=eid,
                partner=partner,
                score=match.score if match else 0.0,
                reasons=match.reasons if match else (),
            )
        events.append(
            build_event(eid, [items[i] for i in members], [profiles[i] for i in members], rules)
        )
    return Linking(assignments=assignments, events=tuple(events), links=links)
