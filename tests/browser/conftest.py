"""Browser tests: a real Chromium (Debian's, driven by Playwright) against a live server.

They skip, saying why, only when /usr/bin/chromium is absent; CI installs it, so there
they run. Select them with `pytest -m browser`, leave them out with `-m "not browser"`.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
# The fixture writer is shared with the API tests one folder up.
sys.path.insert(0, str(TESTS))

from web_store import FixtureIds, write_fixture_store  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = TESTS.parent / "test-artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: runs a real Chromium against a live server")


@dataclass(frozen=True)
class Site:
    url: str
    ids: FixtureIds


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    import uvicorn

    from refuge.store import open_store
    from refuge.web import WebSettings, create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'refuge.db'}"
    with open_store(url) as store:
        ids = write_fixture_store(store)
    # No tile server: the map must show its markers and names without one.
    app = create_app(WebSettings(db_url=url, tile_url=""))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield Site(f"http://127.0.0.1:{port}", ids)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, site: Site):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=site.url, accept_downloads=True, locale="en-US")
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
