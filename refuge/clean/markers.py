"""Per-language marker words for cleaning, read once from `boilerplate/*.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_FILES = ("common", "en", "ko", "ja", "zh")
_KEYS = (
    "end",
    "drop",
    "banner",
    "title_prefix",
    "dateline",
    "posted",
    "widget",
    "quote_start",
    "event_time",
    "reply",
    "floor",
    "close",
)


@dataclass(frozen=True)
class Markers:
    """Substrings that classify a line; every language's lists are merged.

    end: opens what follows the article (related lists, comments, footer);
    strong_end: the language-neutral `end` markers (copyright lines), never prose;
    drop: boilerplate wherever it stands; banner: a consent, trackback, mailing-list,
    disclaimer, feedback or advert line even when it reads like a sentence; title_prefix: a
    labelled headline of a forum dump;
    dateline: words beside a date that make it the page's own date; posted: words of a
    post's footer ("Posted by … on …"); widget: a date next to these belongs to a widget;
    quote_start: opens a text the page quotes whole ("====原文开始====");
    event_time: labels a date as the time of what the page tells of ("회의일시:", "日時：",
    "When:"), not of the page;
    reply: opens a reply under a forum's first post ("沙发", the first reply's floor);
    floor: counts a thread's posts ("2楼"): a floor past the first opens the replies.
    close: a line that is nothing but one of these ends the text it closes ("###" under a
    press release, "（完）" under a wire story): what follows is the site's.
    """

    end: tuple[str, ...]
    strong_end: tuple[str, ...]
    drop: tuple[str, ...]
    banner: tuple[str, ...]
    title_prefix: tuple[str, ...]
    dateline: tuple[str, ...]
    posted: tuple[str, ...]
    widget: tuple[str, ...]
    quote_start: tuple[str, ...]
    event_time: tuple[str, ...]
    reply: tuple[str, ...]
    floor: tuple[str, ...]
    close: tuple[str, ...]


@cache
def markers() -> Markers:
    lists: dict[str, list[str]] = {key: [] for key in _KEYS}
    folder = resources.files("refuge.clean") / "boilerplate"
    strong: list[str] = []
    for name in _FILES:
        data = tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))
        for key, values in lists.items():
            values += data.get(key, [])
        if name == "common":
            strong = list(data.get("end", []))
    return Markers(strong_end=tuple(strong), **{k: tuple(v) for k, v in lists.items()})


def has_any(line: str, words: tuple[str, ...]) -> bool:
    if any(w in line for w in words):
        return True
    # Section heads are often set in capitals ("MOST READ", "MORE FROM ASIA"); the marker
    # lists are written as the words are usually cased.
    if line.isupper():
        return any(w in form for form in (line.capitalize(), line.title()) for w in words)
    return False
