"""The web app's settings: one frozen value, built once and passed to `create_app`."""

from __future__ import annotations

import os
from dataclasses import dataclass

from refuge.store import default_url

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors"


@dataclass(frozen=True)
class WebSettings:
    """What the app needs; `tile_url` empty means no base map (markers still show)."""

    db_url: str = ""
    tile_url: str = DEFAULT_TILE_URL
    tile_attribution: str = DEFAULT_TILE_ATTRIBUTION
    default_language: str = "en"
    page_size: int = 50

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> WebSettings:
        """Settings from `REFUGE_DB`, `REFUGE_TILE_URL` and `REFUGE_LANGUAGE`."""
        env = os.environ if environ is None else environ
        db = env.get("REFUGE_DB", "") or default_url()
        return cls(
            db_url=db if "://" in db else f"sqlite:///{db}",
            tile_url=env.get("REFUGE_TILE_URL", DEFAULT_TILE_URL),
            tile_attribution=env.get("REFUGE_TILE_ATTRIBUTION", DEFAULT_TILE_ATTRIBUTION),
            default_language=env.get("REFUGE_LANGUAGE", "en"),
        )
