"""The web app and JSON API: `create_app(settings_or_store)` and `serve(db_url, host, port)`."""

from refuge.web.app import create_app, serve
from refuge.web.settings import WebSettings

__all__ = ["WebSettings", "create_app", "serve"]
