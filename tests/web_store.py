"""A small store for the web tests: documents and claims through `Store.save`, events by insert.

The sentences are written for these tests. One document is hostile: its title, text,
evidence, removed boilerplate, attribution and place names carry script tags, event-handler
attributes and `javascript:` links, each of which would set `window.__pwned` if it ran.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from refuge.records import (
    Claim,
    Count,
    DateSpan,
    Document,
    Place,
    Published,
    RawDocument,
    RemovedBlock,
    Segment,
    Segmentation,
    Sentence,
    Source,
)
from refuge.store import EventRow, Membership, Store, claim_keys

DANDONG = Place("Dandong", "CN", 2037886)
HUNCHUN = Place("Hunchun", "CN", 2036653)

EN_TEXT = (
    "Chinese police in Dandong detained 12 North Korean defectors on October 9, 2023, "
    "a Seoul-based rights group said on Wednesday.\n"
    "The group added that about 600 North Koreans were sent back across the border "
    "the same night."
)
KO_TEXT = (
    "중국 공안이 2023년 10월 9일 단둥과 훈춘에서 탈북민 약 600명을 강제북송했다고 "
    "한 인권단체가 밝혔다.\n이 단체는 송환된 이들 가운데 상당수가 여성이라고 전했다."
)
HOSTILE_TEXT = (
    "<script>window.__pwned = 'script'</script> Two North Koreans asked for asylum "
    "at a consulate in Bangkok <img src=x onerror=\"window.__pwned='img'\"> last week.\n"
    "<a href=\"javascript:window.__pwned='link'\">Read more</a> "
    "<svg onload=\"window.__pwned='svg'\"></svg>"
)
HOSTILE_TITLE = "<script>window.__pwned='title'</script>Asylum in Bangkok"
HOSTILE_PLACE = "<img src=x onerror=\"window.__pwned='place'\">Bangkok"
MARK = "asked for asylum"


@dataclass(frozen=True)
class FixtureIds:
    english: str
    korean: str
    hostile: str
    repatriation_event: str
    arrest_event: str
    hostile_event: str
    bare_event: str


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _save(
    store: Store,
    name: str,
    text: str,
    title: str,
    published: date | None,
    language: str,
    claims: list[Claim],
    removed: tuple[RemovedBlock, ...] = (),
) -> tuple[str, list[str]]:
    data = f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>".encode()
    sha = _sha(data)
    raw = RawDocument(sha, name, Source(f"in/{name}"), data, "text/html", "utf-8", data.decode())
    pub = Published(published, "html-meta", published.isoformat()) if published else None
    doc = Document(sha, name, title, text, pub, removed)
    sentences = tuple(Sentence(0, len(text), language) for _ in [0])
    seg = Segmentation((language,), (Segment(0, len(text), language, sentences),))
    claims = [Claim(**{**c.__dict__, "document": sha}) for c in claims]
    store.save(raw, doc, seg, claims, "test-1")
    return sha, claim_keys(sha, claims)


def _claim(
    text: str,
    evidence: str,
    type_: str,
    places: tuple[Place, ...],
    count: Count | None,
    language: str,
    attribution: str | None = None,
    day: date | None = date(2023, 10, 9),
) -> Claim:
    start = text.index(evidence)
    return Claim(
        type_,  # type: ignore[arg-type]
        DateSpan(day, day, "day") if day else None,
        places,
        count,
        "CN",
        attribution,
        "reported",
        language,
        evidence,
        start,
        start + len(evidence),
        "",
        "test-1",
    )


def _event(
    event_id: str,
    type_: str,
    day: date | None,
    places: list[dict[str, object]],
    country: str | None,
    members: list[tuple[str, bool, list[str]]],
    detail: dict[str, object],
    sources: int,
) -> tuple[EventRow, list[Membership]]:
    event = EventRow(
        id=event_id,
        type=type_,
        date_start=day,
        date_end=day,
        date_precision="day" if day else None,
        places=places,
        country=country,
        claim_count=len(members),
        independent_sources=sources,
        detail=detail,
    )
    return event, [Membership(key, event_id, partial, 0.9, why) for key, partial, why in members]


def write_fixture_store(store: Store) -> FixtureIds:
    en, (en_arrest, en_return) = _save(
        store,
        "dandong-en.html",
        EN_TEXT,
        "Defectors detained in Dandong",
        date(2023, 10, 11),
        "en",
        [
            _claim(
                EN_TEXT,
                "Chinese police in Dandong detained 12 North Korean defectors",
                "arrest",
                (DANDONG,),
                Count(12, "exact"),
                "en",
                "a Seoul-based rights group",
            ),
            _claim(
                EN_TEXT,
                "about 600 North Koreans were sent back across the border",
                "forced_repatriation",
                (DANDONG,),
                Count(600, "about"),
                "en",
                "a Seoul-based rights group",
            ),
        ],
        (RemovedBlock("Share on social media | Subscribe", "share bar"),),
    )
    ko, (ko_return,) = _save(
        store,
        "dandong-ko.html",
        KO_TEXT,
        "탈북민 600명 강제북송",
        date(2023, 10, 12),
        "ko",
        [
            _claim(
                KO_TEXT,
                "단둥과 훈춘에서 탈북민 약 600명을 강제북송했다",
                "forced_repatriation",
                (DANDONG, HUNCHUN),
                Count(600, "about"),
                "ko",
                "한 인권단체",
            ),
        ],
    )
    hostile, (hostile_claim,) = _save(
        store,
        "hostile.html",
        HOSTILE_TEXT,
        HOSTILE_TITLE,
        date(2024, 3, 2),
        "en",
        [
            _claim(
                HOSTILE_TEXT,
                "<script>window.__pwned = 'script'</script> Two North Koreans " + MARK,
                "asylum_seeking",
                (Place(HOSTILE_PLACE, "TH"),),
                Count(2, "exact"),
                "en",
                "<b onmouseover=\"window.__pwned='attribution'\">someone</b>",
                date(2024, 2, 25),
            ),
        ],
        (RemovedBlock("<script>window.__pwned='removed'</script>", "<i>script</i>"),),
    )
    events = [
        _event(
            "ev-repatriation",
            "forced_repatriation",
            date(2023, 10, 9),
            [DANDONG.to_json(), HUNCHUN.to_json()],
            "CN",
            [(en_return, False, ["same day", "Dandong in both"]), (ko_return, False, ["same day"])],
            {
                "title": "About 600 returned from Dandong and Hunchun",
                "links": [
                    {
                        "a": en_return,
                        "b": ko_return,
                        "score": 0.93,
                        "reasons": ["same day 2023-10-09", "Dandong in both", "about 600 in both"],
                    }
                ],
                "copies": [],
                "sources": [
                    {"document": en, "independent": True},
                    {"document": ko, "independent": True},
                ],
            },
            2,
        ),
        _event(
            "ev-arrest",
            "arrest",
            date(2023, 10, 9),
            [DANDONG.to_json()],
            "CN",
            [(en_arrest, False, [])],
            {"title": "12 detained in Dandong"},
            1,
        ),
        _event(
            "ev-hostile",
            "asylum_seeking",
            date(2024, 2, 25),
            [{"name": HOSTILE_PLACE, "country": "TH"}],
            "TH",
            [(hostile_claim, True, ["<script>window.__pwned='reason'</script>"])],
            {
                "title": "<script>window.__pwned='event-title'</script>Asylum bid",
                "links": [
                    {
                        "a": hostile_claim,
                        "b": "missing",
                        "score": "NaN?",
                        "reasons": ["<img src=x onerror=\"window.__pwned='link'\">"],
                    }
                ],
                "copies": [
                    {"document": hostile, "copy_of": "<script>x</script>", "why": "<b>same</b>"}
                ],
            },
            1,
        ),
        _event("ev-bare", "protest", None, [], "KR", [], {}, 0),
    ]
    store.save_linking(
        [event for event, _ in events], [m for _, ms in events for m in ms], "test-1"
    )
    return FixtureIds(en, ko, hostile, "ev-repatriation", "ev-arrest", "ev-hostile", "ev-bare")
