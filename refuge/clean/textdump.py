"""Boilerplate removal for crawler text dumps, line by line.

A dump is a page flattened to lines: widgets, menus and share bars above the article,
related lists, comments and footers below it. The article body is the run of prose lines
(long, sentence-like); the few plain lines just above its first paragraph are the headline
and dateline. Inside the body, marked lines (share bars, adverts) go; a line that opens a
related list, a comment section or a footer ends the body.
"""

from __future__ import annotations

import re

from refuge.clean.markers import Markers, has_any, markers
from refuge.clean.published import bylines, find_date
from refuge.records import RemovedBlock

# Inside a line, a full stop ends a sentence only where it is no abbreviation ("p.m. (",
# "U.S. and"), no number follows ("Ep. 152") and it does not number a list item ("1. 수능").
# A wire's credit may follow the last sentence: "…予定だ。（共同）", "…he said. (AP)".
_SENTENCE_END = re.compile(
    r"[.。!?！？]\s*[\"'”’」』)）]*\s*(?:[(（][^()（）]{1,12}[)）]\s*)?$"
    r"|(?<![.\s][A-Za-z])(?<![\s:]\d)(?<!^\d)(?:\.(?!\s+\d)|[。!?！？])[\"'”’」』)）]*\s"
)
# Weather, market and currency widgets; a rate is one unit set equal to a decimal price
# ("1ドル＝132.40円", "1달러=1,331.50원", "$1 = ¥149.31").
_WIDGET = re.compile(
    r"[℃°]|▲|▼|\d\.\d+\s+[+-]\d[\d,]*\.\d+|[+-]\d+(\.\d+)?%|\b[A-Z]{3}/[A-Z]{3}\b|\d+(\.\d+)?\s*%\s*[|｜]"
    r"|\d\s*[^\d\s=＝]{0,4}\s*[=＝]\s*[$¥€£₩]?\s*\d[\d,]*\.\d+"
)
_SEPARATORS = re.compile(r"\s[|｜·•・]\s|\s[|｜]|[|｜]\s|　\S{1,8}　")
_BREADCRUMB = re.compile(r"\S\s*[>＞›»]\s*\S+\s*[>＞›»]")
# "Section > Subsection": two or three short names and an arrow.
_SHORT_TRAIL = re.compile(r"^[^>＞›».。!?！？]{1,16}\s[>＞›»]\s[^>＞›».。!?！？]{1,16}$")
# A toolbar of bracketed buttons: 【打印】【关闭】.
_TOOLBAR = re.compile(r"^(\s*[【\[][^】\]]{1,30}[】\]]\s*){2,}$")
BULLET = re.compile(r"^\s*([•·・\-–*◇■□▶▷►○●]|\d{1,2}[.)]\s|\[\d+\])")
# Notes, disclaimers and promo lines open with a symbol, never a paragraph of the article.
_NOTE = re.compile(r"^\s*[※☞◇◆■□▶▷►★☆]")
# except in a broadcast transcript, where the symbol opens a speaker's turn: "◆ 진행자> 어제…",
# "◇ 김하늘 위원: …", "▶ Anchor: …".
_TURN = re.compile(r"^\s*[◇◆■□▶▷►]\s*[^\s>:：]{1,12}(?:\s[^\s>:：]{1,10})?\s?[>:：＞]")
_HEADER_LINES = 4
# A paragraph is at least this long in Latin-letter units (20 CJK characters).
_PROSE_LENGTH = 40
_FAIR_SHARE = 0.25
# How far above the first paragraph a dateline may stand.
_HEADER_SPAN = 15


_SPACE = re.compile(r"\s")
_WIDE = re.compile(r"[^\s\u0000-\u2e80]")


def weighted_length(line: str) -> int:
    """Length in Latin-letter units: a CJK or Hangul character counts as two."""
    return len(line) - len(_SPACE.findall(line)) + len(_WIDE.findall(line))


# Items of a toolbar stand apart by bars, with or without spaces, or by wide gaps.
_BARS = re.compile(r"\s*[|｜]\s*")
_GAPS = re.compile(r"\s{2,}|　+")
_ITEM_END = re.compile(r"[.。!?！？]$")
# A reaction or counter button: a word and its count ("なるほど（38）", "Useful 31").
_COUNTED = re.compile(r"\S\s*[（(]?\d[\d,]*[)）]?$")
# An item of a toolbar is a word or two ("Print", "Text size A+ A-", "URLをコピー"); between
# wide gaps, where a headline or a byline sets its parts apart too, a shorter one with no
# label ("記者：…").
_ITEM_LENGTH = 16
_GAP_ITEM_LENGTH = 12


def _buttons(items: list[str], length: int) -> bool:
    return len(items) >= 3 and all(
        weighted_length(item) <= length and not _ITEM_END.search(item) for item in items
    )


def _menu(line: str) -> bool:
    """Items set apart by bars or dots ("Post Reply | Search this topic... | 7 posts"): a menu
    or a share bar, even where an ellipsis or a full stop makes it look like a sentence; or
    three or more short items, none a sentence, set apart by bars or wide gaps ("音声で聞く｜
    文字サイズ｜印刷", "Text size A+ A-   Print   E-mail", "なるほど（38）　そうだね（12）")."""
    if len(_SEPARATORS.findall(line)) >= 2:
        return True
    stripped = line.strip()
    bars = [item for item in _BARS.split(stripped) if item]
    gaps = [item for item in _GAPS.split(stripped) if item]
    toolbar = _buttons(bars, _ITEM_LENGTH) or (
        _buttons(gaps, _GAP_ITEM_LENGTH) and not any(c in stripped for c in ":：")
    )
    counters = len(gaps) >= 3 and all(_COUNTED.search(item) for item in gaps)
    # A dateline sets its parts apart the same way: "2023年10月13日　11:42　配信".
    return (toolbar or counters) and find_date(line) is None


def is_prose(line: str) -> bool:
    """A paragraph of the article: long and sentence-like, and not a banner or a footer."""
    stripped = line.strip()
    note = bool(_NOTE.match(stripped))
    if (
        weighted_length(stripped) < _PROSE_LENGTH
        or not _SENTENCE_END.search(stripped)
        or (note and not _TURN.match(stripped))
        or _menu(stripped)
    ):
        return False
    m = markers()
    # a marked line that names a list ("■ 관련기사: …") is no speaker's turn
    if note and has_any(stripped, m.end):
        return False
    return not (has_any(stripped, m.banner) or has_any(stripped, m.strong_end))


_FLOOR = re.compile(r"(\d{1,4})\s*(\S)[\s　]")


def _opens_reply(line: str, m: Markers) -> bool:
    """A forum reply's header ("沙发　长白山下　发表于 2024-03-12 22:04", "5楼　老丹东"): what
    follows is the replies, not the first post."""
    if line.startswith(m.reply):
        return True
    floor = _FLOOR.match(line)
    return bool(floor and floor.group(2) in m.floor and int(floor.group(1)) >= 2)


def _post_tail(lines: list[str], last: int) -> list[int]:
    """The short closing lines of a forum's first post ("以上都是外媒和韩媒的说法，仅供参考。"),
    between its last paragraph and the first reply's header: they are the post's."""
    tail = []
    m = markers()
    for i in range(last + 1, len(lines)):
        if not lines[i]:
            continue
        if _opens_reply(lines[i], m):
            return tail
        if line_reason(lines[i]) is not None:
            return []
        tail.append(i)
    return []


def line_reason(line: str) -> str | None:
    """Why a line outside running prose is boilerplate, or None when it may be content."""
    m = markers()
    if line.strip() in m.close:
        return "footer-or-list"
    if not any(ch.isalnum() for ch in line):
        return "decoration"
    if has_any(line, m.banner):
        return "banner"
    if _opens_reply(line, m):
        return "footer-or-list"
    # A post's own header ("작성자: … | 2019.11.08 09:41 | 댓글 9") is its dateline, though it
    # names the comment count and reads like a share bar.
    if has_any(line, m.posted) and find_date(line):
        return None
    if has_any(line, m.end):
        return "footer-or-list"
    if _WIDGET.search(line):
        return "widget"
    if _BREADCRUMB.search(line) or _SHORT_TRAIL.match(line):
        return "breadcrumb"
    if _TOOLBAR.match(line):
        return "menu-or-share-bar"
    if _menu(line):
        return "menu-or-share-bar"
    if has_any(line, m.drop):
        return "marked"
    return None


def _reason_near_article(line: str) -> str | None:
    """`line_reason` for a line in or just above the article. A marked word in a line that
    carries a full date ("… Newsletter No. 41 — October 14, 2023", "2019.11.08 07:12 | 조회수
    18,204") makes it no less a dateline, which anchors the relative dates; a widget's date
    ("Joined: 2016.03.02") does not."""
    reason = line_reason(line)
    if reason == "marked" and find_date(line) and not has_any(line, markers().widget):
        return None
    return reason


def _article_span(lines: list[str]) -> tuple[int, int] | None:
    """First and last paragraph of the article: the first run of prose, between lines that
    open a list or a footer, that holds a fair share of the page's largest run. A stray
    sentence in a promo box above the article does not move it; on a blog, the first post
    of several alike is the one read."""
    runs: list[tuple[int, int, int]] = []
    run: list[int] = []
    size = 0
    for i, line in enumerate([*lines, ""]):
        last_line = i == len(lines)
        if not line and not last_line:
            continue
        if not last_line and is_prose(line):
            run.append(i)
            size += weighted_length(line)
        elif last_line or line_reason(line) == "footer-or-list":
            if run:
                runs.append((run[0], run[-1], size))
            run, size = [], 0
    if not runs:
        return None
    largest = max(size for _, _, size in runs)
    first, last, _ = next(r for r in runs if r[2] >= largest * _FAIR_SHARE)
    return first, last


def clean_text(text: str) -> tuple[str, list[RemovedBlock]]:
    """The article's lines, verbatim, and the removed lines with the reason for each."""
    lines = [ln.strip() for ln in text.splitlines()]
    span = _article_span(lines)
    if span is None:
        kept = [ln for ln in lines if ln and line_reason(ln) is None]
        removed = [
            RemovedBlock(ln, line_reason(ln) or "") for ln in lines if ln and line_reason(ln)
        ]
        return "\n".join(kept), removed
    first, last = span
    keep = [False] * len(lines)
    reasons: dict[int, str] = {}
    # The headline and dateline: the plain lines just above the first paragraph.
    seen = 0
    for i in range(first - 1, -1, -1):
        if not lines[i]:
            continue
        reason = _reason_near_article(lines[i])
        if reason in ("widget", "breadcrumb", "banner") or seen >= _HEADER_LINES:
            break
        if reason is None and not BULLET.match(lines[i]):
            keep[i] = True
            seen += 1
    for i in range(first):
        if lines[i].startswith(markers().title_prefix):
            keep[i] = True
    # The body: every paragraph of the run, and the plain lines between them (subheadings).
    for i in range(first, last + 1):
        line = lines[i]
        if not line:
            continue
        reason = None if is_prose(line) else _reason_near_article(line)
        if reason is None:
            keep[i] = True
        else:
            reasons[i] = reason
    for i in _post_tail(lines, last):
        keep[i] = True
    kept_lines = [ln for i, ln in enumerate(lines) if keep[i]]
    removed = [
        RemovedBlock(ln, reasons.get(i, "outside-article"))
        for i, ln in enumerate(lines)
        if ln and not keep[i]
    ]
    return "\n".join(kept_lines), removed


def around_article(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Lines above the first paragraph (nearest first), below the last one (nearest first),
    and above those header lines (nearest first)."""
    span = _article_span(lines)
    if span is None:
        return lines[:_HEADER_SPAN], [], []
    first, last = span
    top = max(0, first - _HEADER_SPAN)
    header = [*lines[top:first][::-1], lines[first]]
    return [*header, *bylines(lines[first + 1 :])], lines[last + 1 :], lines[:top][::-1]
