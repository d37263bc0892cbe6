"""Adapt stored claims to `LinkInput`, adding each place's province so places compare by hierarchy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Protocol

from refuge.gazetteer import Gazetteer, load_gazetteer
from refuge.link.model import LinkInput
from refuge.records import Claim, Place


class StoredLike(Protocol):
    """What the store (or the in-memory pipeline) hands over for each claim."""

    @property
    def key(self) -> str: ...
    @property
    def claim(self) -> Claim: ...
    @property
    def document_name(self) -> str: ...
    @property
    def published(self) -> date | None: ...
    @property
    def title(self) -> str | None: ...


def with_provinces(claim: Claim, gazetteer: Gazetteer, memo: dict[Place, Place]) -> Claim:
    """The claim with `admin1` filled in on its places where the gazetteer knows it."""
    places = []
    for p in claim.places:
        found = memo.get(p)
        if found is None:
            admin1 = gazetteer.admin1_of(p)
            if admin1 is None and p.geonames_id is None:
                named = gazetteer.lookup(p.name)
                if named is not None and named.country == p.country and named.geonames_id is None:
                    admin1 = named.admin1
            found = memo[p] = replace(p, admin1=admin1) if admin1 else p
        places.append(found)
    return replace(claim, places=tuple(places)) if places != list(claim.places) else claim


def link_inputs(
    stored: Iterable[StoredLike], gazetteer: Gazetteer | None = None
) -> list[LinkInput]:
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    memo: dict[Place, Place] = {}
    return [
        LinkInput(
            key=s.key,
            claim=with_provinces(s.claim, gaz, memo),
            document=s.document_name,
            published=s.published,
            title=s.title,
        )
        for s in stored
    ]
