"""FastAPI dependencies: the reader, the interface language and the event filter.

Query parameters are declared once here with their bounds, so a bad value is a 4xx with a
message naming the parameter, and the OpenAPI schema says exactly what is accepted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator, StringConstraints
from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from refuge.records import CLAIM_TYPES, LANGUAGES
from refuge.store.dialect import Dialect
from refuge.store.queries import ClaimFilter, EventFilter, Sort
from refuge.web.i18n import Translator, pick_language
from refuge.web.settings import WebSettings

ClaimType = Literal[CLAIM_TYPES]  # type: ignore[valid-type]
Language = Literal[LANGUAGES]  # type: ignore[valid-type]
MAX_PAGE = 100_000
MAX_TEXT = 200
# What a query may not consist of alone: control characters and Unicode white space, i.e.
# what `clean_text` removes. Spelled out because `\s` is a different set in each regex
# engine that reads the schema: U+0085 is white space to Python and to pydantic's Rust
# engine, not to ECMA-262 (what OpenAPI clients and schemathesis use).
BLANK_CHARACTERS = r"\x00-\x20\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_BLANK = f"[^{BLANK_CHARACTERS}]"


@dataclass(frozen=True)
class Reader:
    """What routes read through: a read-only engine and the backend's dialect."""

    engine: Engine
    dialect: Dialect


def _blank_is_none(value: Any) -> Any:
    # HTML forms send every field, empty ones as "": an empty field is no filter.
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


def clean_text(value: Any) -> Any:
    # Control characters mean nothing in a search or a name; they become spaces.
    if isinstance(value, str):
        value = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in value)
    return _blank_is_none(value)


OptType = Annotated[ClaimType | None, BeforeValidator(_blank_is_none)]
OptLanguage = Annotated[Language | None, BeforeValidator(_blank_is_none)]
OptDate = Annotated[date | None, BeforeValidator(_blank_is_none)]
OptCountry = Annotated[
    Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")] | None,
    BeforeValidator(_blank_is_none),
]
OptHash = Annotated[
    Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None,
    BeforeValidator(_blank_is_none),
]


def _opt_text(max_length: int) -> Any:
    return Annotated[
        Annotated[str, StringConstraints(max_length=max_length)] | None,
        BeforeValidator(clean_text),
    ]


OptText = _opt_text(MAX_TEXT)
OptShortText = _opt_text(100)
OptId = _opt_text(64)


def invalid(parameter: str, message: str, value: object) -> RequestValidationError:
    """A 422 shaped like FastAPI's own, for rules that span parameters."""
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", parameter), "msg": message, "input": value}]
    )


async def get_reader(request: Request) -> Reader:
    return request.app.state.reader


async def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


async def get_conn(reader: Annotated[Reader, Depends(get_reader)]) -> AsyncIterator[Connection]:
    with reader.engine.connect() as conn:
        yield conn


def translator_for(request: Request, settings: WebSettings) -> Translator:
    language = pick_language(
        request.query_params.get("lang"),
        request.cookies.get("lang"),
        request.headers.get("accept-language"),
        settings.default_language,
    )
    return Translator(language)


async def get_translator(
    request: Request,
    settings: Annotated[WebSettings, Depends(get_settings)],
) -> Translator:
    return translator_for(request, settings)


ReaderDep = Annotated[Reader, Depends(get_reader)]
ConnDep = Annotated[Connection, Depends(get_conn)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
TranslatorDep = Annotated[Translator, Depends(get_translator)]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=200, description="Items per page (1-200).")]


async def event_filter(
    type: Annotated[OptType, Query(description="Event type.")] = None,
    since: Annotated[
        OptDate, Query(description="Events ending on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        OptDate, Query(description="Events starting on or before this day (YYYY-MM-DD).")
    ] = None,
    country: Annotated[OptCountry, Query(description="ISO 3166 country code, e.g. CN.")] = None,
    place: Annotated[
        OptShortText, Query(description="A place name (part of it) or a GeoNames id.")
    ] = None,
    language: Annotated[
        OptLanguage, Query(description="Events with a report in this language.")
    ] = None,
    source: Annotated[
        OptText,
        Query(
            description="Events with a report from a document whose name contains this, "
            "or whose hash starts with it."
        ),
    ] = None,
    q: Annotated[OptText, Query(description="Full-text search in the reports' documents.")] = None,
    sort: Annotated[Sort, Query(description="Order of the list.")] = "newest",
    page: Page = 1,
    per_page: PerPage = 50,
) -> EventFilter:
    if since and until and since > until:
        raise invalid("since", "must be on or before `until`", since.isoformat())
    return EventFilter(
        type=type,
        since=since,
        until=until,
        country=country.upper() if country else None,
        place=place,
        language=language,
        source=source,
        q=q,
        sort=sort,
        page=page,
        per_page=per_page,
    )


async def claim_filter(
    type: Annotated[OptType, Query(description="Claim type.")] = None,
    language: Annotated[OptLanguage, Query(description="Language of the evidence.")] = None,
    country: Annotated[OptCountry, Query(description="ISO 3166 country code.")] = None,
    document: Annotated[OptHash, Query(description="Document id (SHA-256).")] = None,
    event: Annotated[OptId, Query(description="Event id.")] = None,
    page: Page = 1,
    per_page: PerPage = 50,
) -> ClaimFilter:
    return ClaimFilter(
        type=type,
        language=language,
        country=country.upper() if country else None,
        document=document,
        event=event,
        page=page,
        per_page=per_page,
    )


EventFilterDep = Annotated[EventFilter, Depends(event_filter)]
ClaimFilterDep = Annotated[ClaimFilter, Depends(claim_filter)]
