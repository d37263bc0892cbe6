"""Templates and the helpers every page uses: autoescaped Jinja2, one render function."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import Response

from refuge.records import CLAIM_TYPES, LANGUAGES, Count
from refuge.web.i18n import UI_LANGUAGES, Translator
from refuge.web.settings import WebSettings

_TEMPLATES = Path(__file__).parent / "templates"


def figure(count: Count | None, t: Translator) -> str:
    """A head-count as a reader says it: "about 600", "50–100", "more than 10"."""
    if count is None:
        return ""
    if count.qualifier == "range" and count.min is not None and count.max is not None:
        return t("figure.range", min=f"{count.min:,}", max=f"{count.max:,}")
    if count.value is None:
        return t("figure.vague")
    return t(f"figure.{count.qualifier}", n=f"{count.value:,}")


def query_string(params: dict[str, str], **changes: Any) -> str:
    """`?a=1&b=2` for links that keep the current filter and change one thing."""
    merged = {**params, **{k: str(v) for k, v in changes.items() if v not in (None, "")}}
    for key, value in changes.items():
        if value in (None, ""):
            merged.pop(key, None)
    return "?" + urlencode(merged) if merged else ""


def make_templates(settings: WebSettings) -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        claim_types=CLAIM_TYPES,
        data_languages=LANGUAGES,
        ui_languages=UI_LANGUAGES,
        settings=settings,
        figure=figure,
        query_string=query_string,
    )
    return Jinja2Templates(env=env)


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    t: Translator,
    status: int = 200,
) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    response = templates.TemplateResponse(
        request, name, {"t": t, "lang": t.language, "here": here, **context}, status_code=status
    )
    response.headers["Content-Language"] = t.language
    return response
