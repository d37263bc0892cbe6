"""Build a benchmark corpus of N documents by varying the samples Refuge ships.

    python benchmarks/make_corpus.py OUT_DIR --n 10000 [--seed 1]

Each generated file starts from one sample and changes it the way real pages differ from
each other: numbers and years swapped, place names swapped within their script, paragraphs
repeated or reordered, and a widget line with fresh figures added. HTML stays HTML, text
dumps stay text dumps, and every file keeps the encoding of its sample (a GBK page stays
GBK, a UTF-16 dump keeps its byte-order mark), so decoding is exercised as well as
extraction. The output is deterministic for a seed and every file has unique bytes.

The corpus measures speed and robustness; it is not annotated and its facts are scrambled.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import sys
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from refuge.ingest.decode import decode_bytes

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "docs"
VOCAB = Path(__file__).with_name("make_corpus.toml")

# Decoding widens legacy charsets to their supersets; anything inserted must still fit the
# charset the page was written in, so that the output stays a valid page of that charset.
_NARROW = {"cp949": "euc_kr", "cp932": "shift_jis", "gb18030": "gbk", "big5hkscs": "big5"}

_TAG = r"<[^>]*>"
_MARKUP = re.compile(_TAG)
_PARAGRAPH = re.compile(r"<p\b[^>]*>.*?</p>", re.DOTALL | re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
# Tags are matched and handed back unchanged, so that numbers and names change only in
# the text of a page, never inside its markup (charset names and URLs hold digits).
_NUMBER = re.compile(r"\d+")
_NUMBER_OR_TAG = re.compile(rf"{_TAG}|\d+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
# Characters that differ between the two Chinese scripts and are frequent in news text.
_HANS_MARKERS = re.compile(r"[们这国为于说时进发关经对会来过还]")
_HANT_MARKERS = re.compile(r"[們這國為於說時進發關經對會來過還]")

# How many letters (or English words) of a script a page needs before its vocabulary is
# used on it; below this the script is only a stray word or a byline.
_SCRIPT_FLOOR = 40


@dataclass(frozen=True)
class Template:
    """A decoded sample and what is needed to write variants of it."""

    stem: str
    suffix: str
    encoding: str
    text: str
    scripts: tuple[str, ...]
    places: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    widgets: tuple[str, ...]


@cache
def _vocab() -> dict:
    with VOCAB.open("rb") as f:
        return tomllib.load(f)


def _scripts(text: str) -> tuple[str, ...]:
    """The vocabulary keys that fit the page's words (not its markup), main script first."""
    words = _MARKUP.sub(" ", text)
    counts = {
        "ko": len(_HANGUL.findall(words)),
        "ja": len(_KANA.findall(words)),
        "en": len(_LATIN_WORD.findall(words)),
    }
    if counts["ja"] < _SCRIPT_FLOOR:
        han = len(_HAN.findall(words))
        hant = len(_HANT_MARKERS.findall(words)) > len(_HANS_MARKERS.findall(words))
        counts["zh_hant" if hant else "zh_hans"] = han
    present = [k for k, v in sorted(counts.items(), key=lambda kv: -kv[1]) if v >= _SCRIPT_FLOOR]
    return tuple(present) or ("en",)


def _fits(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def load_templates(samples: Path = SAMPLES) -> list[Template]:
    """Decode every sample page once and prepare its vocabulary."""
    vocab = _vocab()
    templates = []
    for path in sorted(samples.iterdir()):
        if path.suffix not in (".html", ".txt"):
            continue
        text, encoding = decode_bytes(path.read_bytes())
        narrow = _NARROW.get(encoding, encoding)
        scripts = _scripts(text)
        places = []
        for script in scripts:
            for group in vocab["places"].get(script, []):
                names = tuple(n for n in group if _fits(n, narrow))
                if len(names) < 2:
                    continue
                alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                pattern = rf"\b(?:{alternatives})\b" if script == "en" else f"(?:{alternatives})"
                if path.suffix == ".html":
                    pattern = f"{_TAG}|{pattern}"
                places.append((re.compile(pattern), names))
        widgets = tuple(w for w in vocab["widgets"].get(scripts[0], []) if _fits(w, narrow))
        templates.append(
            Template(
                stem=path.stem,
                suffix=path.suffix,
                encoding=encoding,
                text=text,
                scripts=scripts,
                places=tuple(places),
                widgets=widgets or (vocab["widgets"]["fallback"],),
            )
        )
    if not templates:
        raise FileNotFoundError(f"no .html or .txt samples in {samples}")
    return templates


def _swap_numbers(text: str, rng: random.Random, html: bool) -> str:
    """Change about a third of the numbers to a value of the same size (a day stays a day)."""
    years = _vocab()["years"]

    def replace(match: re.Match[str]) -> str:
        digits = match.group()
        if digits.startswith("<") or rng.random() > 0.35:
            return digits
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(rng.choice(years))
        value = int(digits)
        low = max(1, value // 2)
        new = rng.randint(low, low + max(value, 1))
        return f"{new:0{len(digits)}d}" if digits.startswith("0") else str(new)

    return (_NUMBER_OR_TAG if html else _NUMBER).sub(replace, text)


def _swap_places(text: str, rng: random.Random, template: Template) -> str:
    def replace(match: re.Match[str], names: tuple[str, ...]) -> str:
        found = match.group()
        return found if found.startswith("<") else rng.choice(names)

    for pattern, names in template.places:
        text = pattern.sub(lambda m, names=names: replace(m, names), text)
    return text


def _reorder(blocks: list[str], rng: random.Random) -> list[str]:
    """Repeat one block or swap two neighbours, leaving the page's head and foot in place."""
    if len(blocks) < 5:
        return blocks
    blocks = list(blocks)
    middle = range(2, len(blocks) - 2)
    if rng.random() < 0.4:
        i = rng.choice(middle)
        blocks.insert(i + 1, blocks[i])
    if rng.random() < 0.4:
        i = rng.choice(middle)
        blocks[i], blocks[i + 1] = blocks[i + 1], blocks[i]
    return blocks


def _reorder_html(text: str, rng: random.Random) -> str:
    spans = [m.span() for m in _PARAGRAPH.finditer(text)]
    if len(spans) < 5:
        return text
    paragraphs = _reorder([text[a:b] for a, b in spans], rng)
    gaps = [text[end:start] for (_, end), (start, _) in itertools.pairwise(spans)]
    # A repeated paragraph needs one more join than the page had gaps; a newline serves.
    gaps.extend(["\n"] * (len(paragraphs) - 1 - len(gaps)))
    body = paragraphs[0] + "".join(g + p for g, p in zip(gaps, paragraphs[1:], strict=True))
    return text[: spans[0][0]] + body + text[spans[-1][1] :]


def _reorder_txt(text: str, rng: random.Random) -> str:
    newline = "\r\n" if "\r\n" in text else "\n"
    return (newline * 2).join(_reorder(text.split(newline * 2), rng))


def _widget(template: Template, rng: random.Random, views: int) -> str:
    return rng.choice(template.widgets).format(
        t=f"{rng.uniform(-12, 34):.1f}",
        idx=f"{rng.uniform(800, 40000):,.2f}",
        pct=f"{rng.uniform(-3, 3):+.2f}",
        fx=f"{rng.uniform(6, 1500):,.2f}",
        views=f"{views:,}",
    )


def _insert_widget(text: str, line: str, html: bool) -> str:
    if html:
        body = _BODY_OPEN.search(text)
        at = body.end() if body else 0
        return f'{text[:at]}\n<div class="widget">{line}</div>{text[at:]}'
    newline = "\r\n" if "\r\n" in text else "\n"
    head, _, rest = text.partition(newline)
    return f"{head}{newline}{line}{newline}{rest}"


def variant(template: Template, rng: random.Random, views: int) -> bytes:
    """One new page made from `template`, encoded like the sample it comes from."""
    html = template.suffix == ".html"
    text = _swap_places(_swap_numbers(template.text, rng, html), rng, template)
    text = _reorder_html(text, rng) if html else _reorder_txt(text, rng)
    text = _insert_widget(text, _widget(template, rng, views), html)
    return text.encode(template.encoding)


def make_corpus(out_dir: Path, n: int, seed: int = 1, *, samples: Path = SAMPLES) -> list[Path]:
    """Write `n` varied documents to `out_dir` and return their paths, in order."""
    templates = load_templates(samples)
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n - 1)))
    seen: set[bytes] = set()
    paths = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        template = rng.choice(templates)
        # The counter alone makes each file unique; the loop guards the guarantee.
        attempt = 0
        while True:
            data = variant(template, rng, views=1000 + 8 * i + attempt)
            digest = hashlib.blake2b(data, digest_size=16).digest()
            if digest not in seen:
                break
            attempt += 1
        seen.add(digest)
        path = out_dir / f"{i:0{width}d}_{template.stem}{template.suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the corpus to")
    parser.add_argument("--n", type=int, default=10_000, help="number of documents")
    parser.add_argument(
        "--seed", type=int, default=1, help="seed; the same seed gives the same bytes"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = make_corpus(args.out_dir, args.n, args.seed)
    elapsed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} files, {size / 1e6:.1f} MB, to {args.out_dir} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
