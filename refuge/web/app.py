"""The web app factory: `create_app(settings_or_store)`, and `serve` for the CLI.

Nothing happens at import time: the store is opened (or taken as given) when the app is
created, templates are loaded then, and the app closes only what it opened itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from refuge import __version__
from refuge.store import Store, open_store
from refuge.store.queries import read_engine
from refuge.web.deps import Reader, translator_for
from refuge.web.pages import make_templates, render
from refuge.web.routes import api, documents, events, exports, overview
from refuge.web.settings import WebSettings

_HERE = Path(__file__).parent


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def _tile_origin(tile_url: str) -> str:
    parts = urlsplit(tile_url.replace("{s}.", "a."))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    # Leaflet's {s} subdomains (a., b., c.) are allowed with a wildcard.
    host = urlsplit(tile_url).netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def _content_security_policy(settings: WebSettings) -> str:
    tiles = _tile_origin(settings.tile_url)
    # Defence in depth behind autoescaping: no inline script, no foreign script, no frames.
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src 'self' data:{' ' + tiles if tiles else ''}; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        "form-action 'self'"
    )


class SecurityHeaders:
    """Headers on every response; plain ASGI, cheaper than `@app.middleware("http")`."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings_or_store: WebSettings | Store) -> FastAPI:
    """The FastAPI app on a store: given (the caller closes it) or opened from settings."""
    if isinstance(settings_or_store, Store):
        settings, given = WebSettings(db_url=str(settings_or_store.engine.url)), settings_or_store
    else:
        settings, given = settings_or_store, None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        engine = app.state.reader.engine
        if engine is not app.state.store.engine:
            engine.dispose()
        if given is None:
            app.state.store.close()

    app = FastAPI(
        title="Refuge",
        version=__version__,
        summary="Browse, search, check and export incidents reported about North Korean refugees.",
        description=(
            "Read-only JSON API over the Refuge store: events (incidents linked across reports), "
            "the claims they are made of, the documents the claims come from, full-text search, "
            "and exports of the current filter as CSV, JSON and GeoJSON."
        ),
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    store = given or open_store(settings.db_url)
    app.state.store = store
    app.state.settings = settings
    app.state.reader = Reader(read_engine(store), store.dialect)
    app.state.templates = make_templates(settings)
    csp = _content_security_policy(settings)

    app.add_middleware(SecurityHeaders, policy=csp)

    def _is_api(request: Request) -> bool:
        return request.url.path.startswith("/api")

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors())
        if _is_api(request):
            return JSONResponse({"detail": errors}, status_code=422)
        messages = [
            f"{'.'.join(str(p) for p in e.get('loc', [])[1:]) or 'request'}: {e.get('msg', '')}"
            for e in errors
        ]
        return _error_page(request, 400, messages)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request) or exc.status_code == 405:
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return _error_page(request, exc.status_code, [str(exc.detail)])

    def _error_page(request: Request, status: int, messages: list[str]) -> Response:
        t = translator_for(request, settings)
        return render(
            request, "error.html", {"status": status, "messages": messages}, t, status=status
        )

    app.mount("/static/leaflet", StaticFiles(directory=_leaflet_dir()), name="leaflet")
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")
    for module in (events, overview, documents, api, exports):
        app.include_router(module.router)
    return app


def app_from_env() -> FastAPI:
    """For `uvicorn --factory refuge.web.app:app_from_env` (several workers): settings from env."""
    return create_app(WebSettings.from_env())


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store at `db_url` on http://host:port until interrupted."""
    import uvicorn

    url = db_url if "://" in db_url else f"sqlite:///{db_url}"
    settings = replace(WebSettings.from_env(), db_url=url)
    uvicorn.run(create_app(settings), host=host, port=port)
