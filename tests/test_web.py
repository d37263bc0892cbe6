"""The web app and JSON API on a small store: pages, filters, exports, languages, errors."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_store import HOSTILE_PLACE, MARK, FixtureIds, write_fixture_store

from refuge.store import open_store
from refuge.web import WebSettings, create_app
from refuge.web.deps import BLANK_CHARACTERS, clean_text


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, FixtureIds]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'refuge.db'}"
    with open_store(url) as store:
        ids = write_fixture_store(store)
    app = create_app(WebSettings(db_url=url, tile_url=""))
    with TestClient(app) as client:
        yield client, ids


@pytest.fixture()
def client(world: tuple[TestClient, FixtureIds]) -> TestClient:
    return world[0]


@pytest.fixture()
def ids(world: tuple[TestClient, FixtureIds]) -> FixtureIds:
    return world[1]


def test_the_event_list_shows_every_event_and_the_counts_per_type(client: TestClient) -> None:
    page = client.get("/events")
    assert page.status_code == 200
    assert "About 600 returned from Dandong and Hunchun" in page.text
    assert "12 detained in Dandong" in page.text
    data = client.get("/api/events").json()
    assert data["total"] == 4
    assert data["counts"] == {
        "arrest": 1,
        "asylum_seeking": 1,
        "forced_repatriation": 1,
        "protest": 1,
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=arrest", ["ev-arrest"]),
        ("since=2024-01-01", ["ev-hostile"]),
        ("until=2023-12-31", ["ev-repatriation", "ev-arrest"]),
        ("country=kr", ["ev-bare"]),
        ("place=Hunchun", ["ev-repatriation"]),
        ("place=2037886", ["ev-repatriation", "ev-arrest"]),
        ("language=ko", ["ev-repatriation"]),
        ("source=dandong-ko", ["ev-repatriation"]),
        ("q=강제북송", ["ev-repatriation"]),
        ("q=detained+12", ["ev-arrest", "ev-repatriation"]),
        ("q=Pyongyang+airport", []),
        ("q=sent+back+across", ["ev-arrest", "ev-repatriation"]),
        ("type=&since=&country=&q=", ["ev-hostile", "ev-repatriation", "ev-arrest", "ev-bare"]),
    ],
)
def test_filters_and_search_narrow_the_list(
    client: TestClient, query: str, expected: list[str]
) -> None:
    data = client.get(f"/api/events?{query}").json()
    ids = [e["id"] for e in data["items"]]
    assert sorted(ids) == sorted(expected)
    assert data["total"] == len(expected)


def test_the_type_count_stays_while_one_type_is_chosen(client: TestClient) -> None:
    data = client.get("/api/events?type=arrest").json()
    assert data["total"] == 1
    assert data["counts"]["forced_repatriation"] == 1


def test_sorting_and_pages(client: TestClient) -> None:
    newest = [e["id"] for e in client.get("/api/events?sort=newest").json()["items"]]
    assert newest[0] == "ev-hostile"
    assert newest[-1] == "ev-bare"  # undated events come last, newest first
    most = client.get("/api/events?sort=most_reports").json()["items"]
    assert most[0]["id"] == "ev-repatriation"
    first = client.get("/api/events?per_page=2&page=1").json()
    second = client.get("/api/events?per_page=2&page=2").json()
    assert {e["id"] for e in first["items"]} | {e["id"] for e in second["items"]} == set(newest)
    assert client.get("/api/events?per_page=2&page=9").json()["items"] == []


def test_the_event_page_puts_the_figures_side_by_side(client: TestClient, ids: FixtureIds) -> None:
    page = client.get("/events/ev-repatriation")
    assert page.status_code == 200
    text = page.text
    assert "about 600" in text  # the English report's figure
    assert "Defectors detained in Dandong" in text and "탈북민 600명 강제북송" in text
    assert "2023-10-11" in text and "2023-10-12" in text  # when each report appeared
    assert "same day 2023-10-09" in text  # why they were linked
    assert f"/documents/{ids.english}#claim-" in text
    assert 'class="report-dot"' in text
    places = json.loads(text.split('data-places="', 1)[1].split('"', 1)[0].replace("&#34;", '"'))
    assert {p["name"] for p in places} == {"Dandong", "Hunchun"}
    assert all(p["exact"] for p in places)


def test_an_event_without_detail_still_shows(client: TestClient) -> None:
    page = client.get("/events/ev-bare")
    assert page.status_code == 200
    assert client.get("/api/events/ev-bare").json()["links"] == []


def test_the_document_page_highlights_and_labels_each_claim(
    client: TestClient, ids: FixtureIds
) -> None:
    text = client.get(f"/documents/{ids.english}").text
    body = text.split('id="document-text"', 1)[1].split("</article>", 1)[0]
    assert body.count("<mark") == 2
    assert '<mark class="evidence ev-arrest" data-claims="1">Chinese police in Dandong' in body
    assert '>2</a><mark class="evidence ev-forced_repatriation"' in body
    assert "html-meta" in text and ids.english in text
    assert "Share on social media" not in text
    shown = client.get(f"/documents/{ids.english}?removed=true").text
    assert "Share on social media | Subscribe" in shown


def test_the_original_is_a_download_never_a_page(client: TestClient, ids: FixtureIds) -> None:
    response = client.get(f"/documents/{ids.hostile}/original")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment")
    assert b"<script>" in response.content


def test_untrusted_text_is_escaped_everywhere(client: TestClient, ids: FixtureIds) -> None:
    for url in (
        f"/documents/{ids.hostile}?removed=true",
        "/events/ev-hostile",
        "/events",
        "/map",
        "/search?q=asylum",
    ):
        html = client.get(url).text
        assert "<script>window" not in html, url
        assert "<img src=x" not in html, url
        assert 'onerror="' not in html and 'onmouseover="' not in html, url
        assert 'href="javascript:' not in html, url
    doc = client.get(f"/documents/{ids.hostile}").text
    assert (
        f"&lt;script&gt;window.__pwned = &#39;script&#39;&lt;/script&gt; Two North Koreans {MARK}</mark>"
        in doc
    )


def test_pages_forbid_inline_script(client: TestClient) -> None:
    policy = client.get("/events").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_the_interface_speaks_korean_and_remembers_it(client: TestClient) -> None:
    switched = client.get("/lang/ko?next=/events%3Ftype%3Darrest", follow_redirects=False)
    assert switched.status_code == 303
    assert switched.headers["location"] == "/events?type=arrest"
    page = client.get("/events", cookies={"lang": "ko"})
    assert 'lang="ko"' in page.text and "사건" in page.text and "강제송환" in page.text
    assert "Forced repatriation" in client.get("/events", cookies={"lang": "en"}).text


def test_the_language_switch_never_leaves_the_site(client: TestClient) -> None:
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = client.get("/lang/en", params={"next": target}, follow_redirects=False)
        assert response.headers["location"] == "/events"


def test_every_message_is_in_both_catalogs() -> None:
    from refuge.web.i18n import catalog

    assert set(catalog("en")) == set(catalog("ko"))


def test_exports_follow_the_current_filter(client: TestClient) -> None:
    response = client.get("/api/export/events.csv?country=CN")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["id"] for r in rows} == {"ev-repatriation", "ev-arrest"}
    assert next(r for r in rows if r["id"] == "ev-repatriation")["places"] == "Dandong; Hunchun"
    as_json = client.get("/api/export/events.json?country=CN").json()
    assert {e["id"] for e in as_json} == {"ev-repatriation", "ev-arrest"}
    geo = client.get("/api/export/events.geojson?type=forced_repatriation").json()
    (feature,) = geo["features"]
    assert feature["geometry"]["type"] == "MultiPoint"
    lon, lat = feature["geometry"]["coordinates"][0]
    assert 39 < lat < 41 and 124 < lon < 125  # Dandong


def test_csv_cells_never_start_a_formula(client: TestClient, ids: FixtureIds) -> None:
    from refuge.web.routes.exports import _cell

    assert _cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert _cell("-2") == "'-2"
    assert _cell("Dandong") == "Dandong"


def test_the_map_counts_events_per_place(client: TestClient) -> None:
    geo = client.get("/api/places").json()
    by_name = {f["properties"]["name"]: f["properties"] for f in geo["features"]}
    assert by_name["Dandong"]["events"] == 2
    assert by_name[HOSTILE_PLACE]["exact"] is False  # no id: the country's centroid
    assert "Dandong" in client.get("/map").text


def test_the_timeline_groups_events_by_year_and_type(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    assert data["buckets"] == [
        {"period": "2023", "counts": {"arrest": 1, "forced_repatriation": 1}},
        {"period": "2024", "counts": {"asylum_seeking": 1}},
    ]
    assert '<svg class="timeline"' in client.get("/timeline?by=month").text


def test_claims_documents_and_search_in_the_api(client: TestClient, ids: FixtureIds) -> None:
    claims = client.get("/api/claims?language=ko").json()
    assert claims["total"] == 1
    (claim,) = claims["items"]
    assert claim["event"] == "ev-repatriation"
    assert client.get(f"/api/claims/{claim['key']}").json()["count"]["value"] == 600
    doc = client.get(f"/api/documents/{ids.korean}").json()
    assert doc["languages"] == ["ko"] and doc["claims"][0]["evidence"].startswith("단둥")
    found = client.get("/api/search?q=Dandong").json()
    assert ids.english in {d["sha256"] for d in found["documents"]}
    assert found["events_url"] == "/api/events?q=Dandong"


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?type=deportation",
        "/api/events?since=2023-02-30",
        "/api/events?since=2024-01-01&until=2023-01-01",
        "/api/events?country=CHN",
        "/api/events?page=0",
        "/api/events?per_page=100000",
        "/api/events?page=999999999999999999999",
        "/api/events?q=%ED%A0%80" + "x" * 300,
        "/api/events?sort=random",
        "/api/documents/not-a-hash",
        "/api/claims?document=xyz",
        "/api/search",
    ],
)
def test_bad_parameters_are_a_4xx_with_a_message(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


def test_the_blank_characters_of_the_schema_are_those_a_query_loses() -> None:
    blank = re.compile(f"[{BLANK_CHARACTERS}]")
    for code in range(0x10000):
        ch = chr(code)
        assert bool(blank.fullmatch(ch)) == (clean_text(ch) is None), hex(code)


@pytest.mark.parametrize(
    ("q", "status"),
    # U+0085 is white space to Python, not to ECMA-262's `\s`: a schema pattern using `\s`
    # let clients send it as a word and then refused it (found by schemathesis).
    [("%C2%85", 422), ("%E2%80%A8%20", 422), ("%EF%BB%BF", 200), ("%C2%85x", 200)],
)
def test_a_search_of_blanks_is_refused_by_one_rule(client: TestClient, q: str, status: int) -> None:
    assert client.get(f"/api/search?q={q}").status_code == status


@pytest.mark.parametrize("place", ["%C2%B2", "%EF%BC%91%EF%BC%92", "2037886"])
def test_a_place_of_digits_is_an_id_only_in_ascii(client: TestClient, place: str) -> None:
    # "²" passes str.isdigit and fails int(): it was a 500 (found by schemathesis).
    response = client.get(f"/api/events?place={place}")
    assert response.status_code == 200
    expected = {"ev-repatriation", "ev-arrest"} if place == "2037886" else set()
    assert {e["id"] for e in response.json()["items"]} == expected


def test_bad_parameters_on_pages_are_explained_in_the_page(client: TestClient) -> None:
    response = client.get("/events?since=yesterday")
    assert response.status_code == 400
    assert "since" in response.text and "valid date" in response.text


def test_unknown_things_are_404(client: TestClient) -> None:
    assert client.get("/events/nope").status_code == 404
    assert client.get("/api/events/nope").status_code == 404
    assert client.get(f"/documents/{'0' * 64}").status_code == 404
    assert client.get("/lang/fr").status_code == 404


def test_the_api_documents_itself_without_a_cdn(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/claims", "/api/documents", "/api/search"} <= set(schema["paths"])
    docs = client.get("/api/docs").text
    assert "/api/export/events.csv" in docs and "cdn" not in docs.lower()


def test_leaflet_is_served_from_this_site(client: TestClient) -> None:
    assert client.get("/static/leaflet/leaflet.js").status_code == 200
    page = client.get("/events/ev-repatriation").text
    assert "http" not in page.split("<script", 1)[1].split("</body>", 1)[0]


def test_a_given_store_stays_open_after_the_app_stops(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        with TestClient(create_app(store)) as client:
            assert client.get("/api/events").json()["total"] == 0
        assert store.counts()["events"] == 0


def test_reading_takes_no_write_lock(tmp_path: Path) -> None:
    import sqlite3

    from refuge.store.queries import read_engine

    path = tmp_path / "r.db"
    with open_store(f"sqlite:///{path}") as store:
        engine = read_engine(store)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM events").all()
            writer = sqlite3.connect(path, timeout=0.1, isolation_level=None)
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("ROLLBACK")
            writer.close()
        engine.dispose()
