"""Quality gate: claim and linking figures on every annotated corpus, with pinned floors.

Each corpus is extracted once per test session and scored as `refuge eval` scores it. The
floors are the figures measured when they were last raised, rounded down: raise them when a
change improves a figure, never lower them without saying why beside the number. The held-out
corpora (`corpora/`) are in the gate so that a rule tuned to the dev corpus but wrong for the
language shows up here, not only on somebody else's held-out set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from refuge.evaluate import read_jsonl, score
from refuge.evaluate.scoring import Report
from refuge.pipeline import extract_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# corpus name -> (documents folder, gold file)
CORPORA = {
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl"),
    "dev": (SHARED / "dev" / "docs", SHARED / "dev" / "gold.jsonl"),
    "samples": (REPO / "samples" / "docs", REPO / "samples" / "gold.jsonl"),
} | {
    name: (REPO / "corpora" / name / "docs", REPO / "corpora" / name / "gold.jsonl")
    for name in (
        "heldout1",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "phrasebook",
    )
}

# (corpus, language or "all") -> claim F1 floor
CLAIM_FLOORS = {
    ("seeds", "all"): 1.0,
    ("dev", "all"): 0.98,
    ("dev", "en"): 0.97,
    ("dev", "ko"): 0.99,
    # dev ja went from 0.985 to 0.972 when Japanese read police leading people off ("武装警察官が
    # …男性2人も連れ出した"; heldout6 ja 0.956 -> 0.972): dev_016's "2人を連れ出したとする調査
    # 結果" is China's account of two of the five, a sub-count its gold leaves out
    ("dev", "ja"): 0.97,
    ("dev", "zh"): 1.0,
    ("samples", "all"): 0.97,
    ("samples", "en"): 0.93,
    ("samples", "ko"): 0.99,
    ("samples", "ja"): 0.99,
    ("samples", "zh"): 0.99,
    ("heldout1", "all"): 0.98,
    ("heldout1", "en"): 0.99,
    ("heldout1", "ja"): 0.93,
    ("heldout1", "zh"): 0.86,
    ("heldout1", "ko"): 0.99,
    ("heldout4", "ko"): 0.82,
    ("heldout2", "all"): 0.98,
    ("heldout2", "en"): 0.99,
    ("heldout2", "ja"): 0.96,
    ("heldout2", "ko"): 0.99,
    ("heldout2", "zh"): 0.96,
    # heldout3 was the blind set until the fourth session and has been tuned on since
    ("heldout3", "all"): 0.94,
    ("heldout3", "en"): 0.95,
    ("heldout3", "ko"): 0.96,
    ("heldout3", "zh"): 0.85,
    ("heldout4", "all"): 0.93,
    ("heldout4", "en"): 0.98,
    ("heldout4", "ja"): 0.99,
    ("heldout4", "zh"): 0.94,
    # heldout5 was the blind set until the fifth session and has been tuned on since
    ("heldout5", "all"): 0.87,
    ("heldout5", "en"): 0.80,
    ("heldout5", "ja"): 0.86,
    ("heldout5", "ko"): 0.92,
    ("heldout5", "zh"): 0.93,
    # heldout6 was the blind set until the sixth session and has been tuned on since
    ("heldout6", "all"): 0.85,
    ("heldout6", "en"): 0.82,
    ("heldout6", "ja"): 0.95,
    ("heldout6", "ko"): 0.81,
    ("heldout6", "zh"): 0.82,
    # heldout7 and heldout8 were the blind sets until the seventh session, tuned on since
    ("heldout7", "all"): 0.90,
    ("heldout7", "en"): 0.84,
    ("heldout7", "ja"): 0.90,
    ("heldout7", "ko"): 0.98,
    ("heldout7", "zh"): 0.88,
    ("heldout8", "all"): 0.94,
    ("heldout8", "en"): 0.91,
    ("heldout8", "ja"): 0.96,
    ("heldout8", "ko"): 0.95,
    ("heldout8", "zh"): 0.95,
    # tuned on from the eighth session on (0.761 and 0.779 while they were blind)
    ("heldout9", "all"): 0.93,
    ("heldout10", "all"): 0.88,
    # The blind sets: a low floor only, so that a change that breaks other writing fails here
    # while nobody is steered by their figures.
    ("heldout11", "all"): 0.70,
    ("heldout12", "all"): 0.70,
    # many ways of saying one thing, in short texts
    ("phrasebook", "all"): 0.90,
    ("phrasebook", "ko"): 0.94,
    ("phrasebook", "ja"): 0.90,
    ("phrasebook", "zh"): 0.91,
    ("phrasebook", "en"): 0.83,
}

# corpus -> linking B-cubed F1 floor (over matched gold claims)
# samples went from 0.977 to 0.965 when five more of its claims matched (s14 and s16 found
# their publication dates): the figure is over matched claims, and the new ones link less well.
LINK_FLOORS = {
    "seeds": 1.0,
    "dev": 0.95,
    "samples": 0.98,
    "heldout1": 0.98,
    "heldout2": 0.94,
    # heldout3 went from 0.969 to 0.953 when four more of its Chinese claims matched (xzh06's
    # asylum bids, xzh04's detention, xzh03's arrival; claim F1 0.891 -> 0.904): the linker keeps
    # the new ones apart from the same-day claims of other documents
    "heldout3": 0.96,
    "heldout4": 0.91,
    "heldout5": 0.94,
    "heldout6": 0.96,
    "heldout7": 0.95,
    "heldout8": 0.97,
    "heldout9": 0.90,
    "heldout10": 0.90,
    "heldout11": 0.90,
    "heldout12": 0.90,
    # phrasebook went from 0.886 to 0.879 when the two arrivals of the Jang family (pen30, pzh30:
    # "After four days Beijing let them go", dated by the sit-in of the sentence before) matched
    # (claim F1 0.778 -> 0.790): the linker keeps them apart from the other versions' arrival
    # Raised (0.895 -> 0.946) when statements with no figure of their own (briefings, denials,
    # the UN's "hundreds") began to join the one return reported in the days they speak of.
    "phrasebook": 0.93,
}

# Field accuracy on matched dev claims: the claims issue asks for at least 80%.
FIELD_FLOOR = 0.80

# who tells a claim and how firmly, on the tuning sets where most of it was learnt
VOICE_FLOORS = {
    # raised when reporting verbs were read as whole families and list lines took their
    # lead-in's source (heldout4 0.926/0.926 -> 0.942/0.934, heldout3 0.959/0.966 -> 0.973,
    # heldout2 0.917 -> 0.958, phrasebook 0.946/0.931 -> 0.980/0.974)
    ("heldout4", "modality"): 0.91,
    ("heldout4", "attribution"): 0.91,
    ("heldout3", "modality"): 0.94,
    ("heldout3", "attribution"): 0.94,
    ("heldout2", "modality"): 0.92,
    ("heldout2", "attribution"): 0.92,
    ("phrasebook", "modality"): 0.94,
    ("phrasebook", "attribution"): 0.94,
    ("samples", "modality"): 0.94,
    ("samples", "attribution"): 0.96,
}


@pytest.fixture(scope="session")
def reports() -> Callable[[str], Report]:
    cache: dict[str, Report] = {}

    def report(name: str) -> Report:
        if name not in cache:
            docs, gold = CORPORA[name]
            if not docs.is_dir():
                pytest.fail(f"corpus {name!r} is expected at {docs}")
            done, failed = extract_paths([docs], workers=1)
            assert failed == [], failed
            cache[name] = score(list(read_jsonl(gold)), [e.to_json() for e in done])
        return cache[name]

    return report


@pytest.mark.parametrize(("corpus", "lang"), sorted(CLAIM_FLOORS))
def test_claim_f1_stays_above_its_floor(
    reports: Callable[[str], Report], corpus: str, lang: str
) -> None:
    report = reports(corpus)
    f1 = report.claims if lang == "all" else report.claims_by_language[lang]
    assert (f1.value or 0.0) >= CLAIM_FLOORS[corpus, lang], f1.to_json()


@pytest.mark.parametrize("corpus", sorted(LINK_FLOORS))
def test_linking_stays_above_its_floor(reports: Callable[[str], Report], corpus: str) -> None:
    linking = reports(corpus).linking
    assert (linking.value or 0.0) >= LINK_FLOORS[corpus], linking.to_json()


@pytest.mark.parametrize("field", ["qualifier", "modality", "actor", "attribution"])
def test_fields_of_matched_dev_claims_are_mostly_right(
    reports: Callable[[str], Report], field: str
) -> None:
    ratio = reports("dev").fields[field]
    assert (ratio.value or 0.0) >= FIELD_FLOOR, ratio.to_json()


@pytest.mark.parametrize(("corpus", "field"), sorted(VOICE_FLOORS))
def test_voice_of_matched_claims_stays_above_its_floor(
    reports: Callable[[str], Report], corpus: str, field: str
) -> None:
    ratio = reports(corpus).fields[field]
    assert (ratio.value or 0.0) >= VOICE_FLOORS[(corpus, field)], ratio.to_json()
