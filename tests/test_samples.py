"""The shipped sample corpus and its gold, and the benchmark corpus built from it.

The samples are what `refuge run samples/docs/` and the demo read, and `samples/gold.jsonl`
is what `refuge eval` scores them against, so the gold must follow claims.md exactly and
quote every string from the page as a reader of the decoded page would see it.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
import time
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from refuge.evaluate.scoring import score
from refuge.ingest.decode import decode_bytes
from refuge.records import CLAIM_TYPES, LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "docs"
GOLD = ROOT / "samples" / "gold.jsonl"

# The charset each page was written in, as a strict codec: real sites of the time used
# these, and a page must decode with its own charset without a single replacement.
ENCODINGS = {
    "s01_ko_repat_2023.html": "utf-8",
    "s02_ko_shenyang_2002.html": "euc_kr",
    "s03_ja_spain_embassy_2002.html": "shift_jis",
    "s04_zh_jilin_2024.html": "gbk",
    "s05_zht_seoul_protest_2012.html": "big5",
    "s06_en_fishermen_2019.html": "utf-8",
    "s07_en_ja_statement_2023.html": "utf-8",
    "s08_zh_summit_2023.html": "utf-8",
    "s09_ko_en_newsletter_2023.txt": "utf-8",
    "s10_en_wire_2023.txt": "utf-16",
    "s11_ja_jilin_2024.txt": "utf-8",
    "s12_ko_fishermen_2019.txt": "utf-8",
    "s13_en_blog_repost_2024.txt": "utf-8",
    "s14_zht_spain_embassy_2002.txt": "utf-8",
    "s15_ja_satellite_2023.txt": "utf-8",
    "s16_en_seoul_protest_2012.txt": "utf-8",
}

DOC_KEYS = {"doc", "published", "languages", "must_keep", "must_drop", "claims"}
CLAIM_KEYS = {
    "type",
    "date",
    "places",
    "count",
    "actor",
    "attribution",
    "modality",
    "language",
    "evidence",
    "event",
}
QUALIFIERS = {"exact", "about", "more_than", "up_to", "range", "vague"}
MODALITIES = {"asserted", "reported", "uncertain", "planned", "conditional", "denied"}
PRECISIONS = {"day", "month", "year"}
COUNTRY = re.compile(r"^[A-Z]{2}$")


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def _text(name: str) -> str:
    return (SAMPLES / name).read_bytes().decode(ENCODINGS[name])


def _visible(name: str) -> str:
    """What a reader sees: for HTML, the text between tags with entities resolved."""
    text = _text(name)
    if name.endswith(".html"):
        return html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def _quoted(entry: dict) -> list[str]:
    return entry["must_keep"] + entry["must_drop"] + [c["evidence"] for c in entry["claims"]]


GOLD_ENTRIES = _gold()
DOC_IDS = [entry["doc"] for entry in GOLD_ENTRIES]


def test_every_sample_page_has_exactly_one_gold_line():
    pages = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt"))
    assert sorted(DOC_IDS) == pages
    assert sorted(ENCODINGS) == pages


def test_the_mix_covers_languages_formats_encodings_and_pages_without_incidents():
    formats = [name.rsplit(".", 1)[1] for name in DOC_IDS]
    assert formats.count("html") == formats.count("txt")
    main_languages = {entry["languages"][0] for entry in GOLD_ENTRIES}
    assert main_languages == {"ko", "en", "ja", "zh"}
    pairs = {tuple(entry["languages"]) for entry in GOLD_ENTRIES if len(entry["languages"]) == 2}
    assert {("ko", "en"), ("en", "ja")} <= pairs
    assert {"euc_kr", "shift_jis", "gbk", "big5", "utf-16"} <= set(ENCODINGS.values())
    assert sum(1 for entry in GOLD_ENTRIES if not entry["claims"]) == 2


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_a_page_decodes_strictly_with_its_own_charset_and_refuge_agrees(name):
    data = (SAMPLES / name).read_bytes()
    expected = data.decode(ENCODINGS[name])
    decoded, _ = decode_bytes(data)
    assert decoded == expected
    if ENCODINGS[name] == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")


@pytest.mark.parametrize("entry", GOLD_ENTRIES, ids=DOC_IDS)
def test_gold_line_follows_the_claims_schema(entry):
    assert set(entry) == DOC_KEYS
    if entry["published"] is not None:
        date.fromisoformat(entry["published"])
    assert entry["languages"] and set(entry["languages"]) <= set(LANGUAGES)
    assert entry["must_keep"] and entry["must_drop"]
    for claim in entry["claims"]:
        assert set(claim) - {"optional"} == CLAIM_KEYS
        assert claim.get("optional", False) in (True, False)
        types = claim["type"] if isinstance(claim["type"], list) else [claim["type"]]
        assert types and set(types) <= set(CLAIM_TYPES)
        if claim["date"] is not None:
            assert set(claim["date"]) == {"start", "end", "precision"}
            start = date.fromisoformat(claim["date"]["start"])
            assert start <= date.fromisoformat(claim["date"]["end"])
            assert claim["date"]["precision"] in PRECISIONS
        for place in claim["places"]:
            assert set(place) <= {"name", "country", "geonames_id"} and place["name"]
            assert COUNTRY.match(place["country"])
            assert isinstance(place.get("geonames_id", 0), int)
        count = claim["count"]
        if count is not None:
            assert set(count) == {"value", "qualifier", "min", "max"}
            assert count["qualifier"] in QUALIFIERS
            if count["qualifier"] in ("range", "vague"):
                assert count["value"] is None and 0 < count["min"] <= count["max"]
            else:
                assert count["value"] > 0 and count["min"] is None and count["max"] is None
        assert claim["actor"] is None or COUNTRY.match(claim["actor"])
        assert claim["attribution"] is None or claim["attribution"].strip()
        assert claim["modality"] in MODALITIES
        assert claim["language"] in entry["languages"]
        assert claim["evidence"].strip() and claim["event"].strip()


@pytest.mark.parametrize("entry", GOLD_ENTRIES, ids=DOC_IDS)
def test_every_quoted_string_is_on_the_decoded_page(entry):
    raw, visible = _text(entry["doc"]), _visible(entry["doc"])
    missing = [s for s in _quoted(entry) if s not in raw or s not in visible]
    assert missing == []


@pytest.mark.parametrize("entry", GOLD_ENTRIES, ids=DOC_IDS)
def test_boilerplate_to_drop_never_hides_inside_text_to_keep(entry):
    kept = entry["must_keep"] + [c["evidence"] for c in entry["claims"]]
    assert [(d, k) for d in entry["must_drop"] for k in kept if d in k] == []


def test_gold_scored_against_itself_is_perfect_so_no_two_claims_are_interchangeable():
    report = score(GOLD_ENTRIES, GOLD_ENTRIES)
    assert report.claims.value == 1.0
    assert report.linking.value == 1.0
    assert all(ratio.value == 1.0 for ratio in report.fields.values())


def test_one_event_links_the_same_night_across_languages():
    languages = {
        claim["language"]
        for entry in GOLD_ENTRIES
        for claim in entry["claims"]
        if claim["event"] == "cn-repat-2023-10-09"
    }
    assert languages == {"ko", "en", "ja", "zh"}


def test_readme_describes_every_sample():
    readme = (ROOT / "samples" / "README.md").read_text(encoding="utf-8")
    assert [name for name in DOC_IDS if name not in readme] == []


# --- the benchmark corpus -------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_module() -> ModuleType:
    path = ROOT / "benchmarks" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_make_corpus_writes_n_unique_files_quickly(corpus_module, tmp_path):
    started = time.perf_counter()
    paths = corpus_module.make_corpus(tmp_path / "corpus", 300, seed=7)
    elapsed = time.perf_counter() - started
    assert len(paths) == 300 and all(p.is_file() for p in paths)
    assert len({p.read_bytes() for p in paths}) == 300
    assert elapsed < 5
    assert {p.suffix for p in paths} == {".html", ".txt"}


def test_make_corpus_is_deterministic_for_a_seed(corpus_module, tmp_path):
    first = corpus_module.make_corpus(tmp_path / "a", 40, seed=3)
    again = corpus_module.make_corpus(tmp_path / "b", 40, seed=3)
    other = corpus_module.make_corpus(tmp_path / "c", 40, seed=4)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_generated_files_keep_the_charset_of_their_sample(corpus_module, tmp_path):
    for path in corpus_module.make_corpus(tmp_path, 160, seed=1):
        sample = path.name.split("_", 1)[1]
        text = path.read_bytes().decode(ENCODINGS[sample])
        assert decode_bytes(path.read_bytes())[0] == text
        assert ("</html>" in text.lower()) == sample.endswith(".html")
