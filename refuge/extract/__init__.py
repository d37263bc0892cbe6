"""Extract: read incidents (claims) out of Korean, English, Japanese and Chinese text.

    from refuge.extract import extract, EXTRACTOR_VERSION
    claims = extract(document, segmentation)

Language knowledge lives in `lang/<ko|en|ja|zh>/*.toml`: trigger words per claim type and the
senses that must not fire (`triggers.toml`), sources (`attribution.toml`), hedges, plans,
conditions and denials (`modality.toml`), acting states (`actors.toml`) and organisation
home towns (`places.toml`). Figures and dates come from `counts` and `dates`, places from the
gazetteer.
"""

from __future__ import annotations

from dataclasses import replace

from refuge.records import Claim, Document, Segmentation

# Bump when a change to rules or data changes what is extracted: stored machine claims of an
# older version are replaced on the next run.
EXTRACTOR_VERSION = "extract-2"


def extract(doc: Document, segmentation: Segmentation) -> list[Claim]:
    """The claims a cleaned, segmented document makes, each with its evidence and offsets."""
    # Imported here so that `import refuge.extract` (for EXTRACTOR_VERSION) stays cheap:
    # the assembly pulls in the gazetteer, counts and dates.
    from refuge.extract.claims import read_claims
    from refuge.gazetteer import load_gazetteer

    claims = read_claims(doc, segmentation, load_gazetteer())
    return [replace(c, document=doc.sha256, extractor_version=EXTRACTOR_VERSION) for c in claims]


def prepare() -> None:
    """Load the gazetteer and compile every language's tables now, so that the worker
    processes a pool forks after this share them instead of each building its own."""
    from refuge.extract import claims, langdata  # noqa: F401 (importing claims lists every table)
    from refuge.gazetteer import load_gazetteer

    load_gazetteer()
    langdata.compile_tables()


__all__ = ["EXTRACTOR_VERSION", "extract", "prepare"]
