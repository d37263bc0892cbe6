"""A reader's main path in a real browser, and hostile documents that must stay inert."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import Site

pytestmark = pytest.mark.browser


def _no_script_ran(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []


def test_list_filter_search_event_document_language_export(
    page, site: Site, screenshots: Path
) -> None:  # type: ignore[no-untyped-def]
    # The list, with its counts per type.
    page.goto("/events")
    assert page.locator("table.events tbody tr").count() == 4
    assert "4 events" in page.locator("#total").inner_text()
    page.screenshot(path=screenshots / "01-events.png", full_page=True)

    # Filter by type with the form.
    page.select_option("form.filters select[name=type]", "forced_repatriation")
    page.click("#apply-filters")
    page.wait_for_url("**/events?*type=forced_repatriation*")
    assert page.locator("table.events tbody tr").count() == 1
    page.screenshot(path=screenshots / "02-filtered.png", full_page=True)

    # Full-text search (Korean), from the header's search box.
    page.fill(".quick-search input[name=q]", "강제북송")
    page.press(".quick-search input[name=q]", "Enter")
    page.wait_for_url("**/events?q=*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1
    page.screenshot(path=screenshots / "03-search.png", full_page=True)

    # The event: figures side by side, reasons, timeline, map with names and no tiles.
    page.click("a.event-link")
    page.wait_for_url("**/events/ev-repatriation")
    assert page.locator("table.figures tbody tr").count() == 2
    assert "same day 2023-10-09" in page.inner_text("ul.links")
    assert page.locator("svg.report-timeline circle.report-dot").count() == 2
    page.wait_for_selector("#map path.place-marker")
    assert page.locator("#map path.place-marker").count() == 2
    labels = page.locator("#map .place-label").all_inner_texts()
    assert "Dandong" in labels and "Hunchun" in labels
    page.screenshot(path=screenshots / "04-event.png", full_page=True)

    # The document, with the claim's evidence highlighted and labelled.
    page.locator("a.document-link").first.click()
    page.wait_for_url("**/documents/*")
    mark = page.locator("#document-text mark.evidence").first
    assert mark.is_visible()
    assert "about 600 North Koreans" in page.inner_text(
        "#document-text mark.ev-forced_repatriation"
    )
    assert page.locator("#document-text a.claim-label").count() == 2
    page.screenshot(path=screenshots / "05-document.png", full_page=True)

    # Switch the interface to Korean; the choice stays.
    page.click("#lang-ko")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "ko"
    assert "정제된 본문" in page.content()
    page.goto("/events")
    assert "사건" in page.inner_text("h1")
    page.screenshot(path=screenshots / "06-korean.png", full_page=True)

    # Export the current filter as CSV.
    page.goto("/events?country=CN")
    with page.expect_download() as info:
        page.click("#export-csv")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["id"] for r in rows} == {"ev-repatriation", "ev-arrest"}
    _no_script_ran(page)


@pytest.mark.parametrize(
    "path",
    [
        "/documents/{hostile}?removed=true",
        "/events/ev-hostile",
        "/events",
        "/map",
        "/search?q=asylum",
    ],
)
def test_hostile_documents_stay_inert(page, site: Site, screenshots: Path, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(path.format(hostile=site.ids.hostile))
    page.wait_for_load_state("networkidle")
    # Hover and click what a reader would, in case a handler slipped through.
    for selector in ("#document-text", ".attribution", "h1", "#map"):
        if page.locator(selector).count():
            page.locator(selector).first.hover()
    _no_script_ran(page)
    assert page.locator("img[onerror], svg[onload], [onmouseover]").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    if "documents" in path:
        assert "<script>window.__pwned" in page.inner_text("#document-text")
        page.screenshot(path=screenshots / "07-hostile-document.png", full_page=True)


def test_the_map_of_all_events_shows_places_without_a_tile_server(page, screenshots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto("/map")
    page.wait_for_selector("#map path.place-marker")
    assert page.locator("#map path.place-marker").count() >= 3
    labels = page.locator("#map .place-label").all_inner_texts()
    assert any(label.startswith("Dandong (2") for label in labels)
    page.screenshot(path=screenshots / "08-map.png", full_page=True)
    _no_script_ran(page)
