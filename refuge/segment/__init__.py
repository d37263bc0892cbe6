"""Segment: language spans and sentences, with offsets into the cleaned text."""

from __future__ import annotations

import re

from refuge.records import Document, Segment, Segmentation, Sentence
from refuge.segment.language import detect, weight
from refuge.segment.sentences import split_sentences

# A language must hold this share of a document's text to be listed as one of its
# languages; a stray quoted title or a reference list in another script is not.
MIN_LANGUAGE_SHARE = 0.05
# The share of the text a page's declared language must hold to be listed first.
DECLARED_SHARE = 0.3
# A title or a sentence quoted whole in its own language ("HRW는 'China Forcibly Returns More
# than 500 to North Korea'라는 보고서에서") is text in that language however short; a name or
# a stray word in Latin letters is not. Only scripts that space their words are counted so.
_QUOTED = re.compile(r"[\"“‘'「『]([^\"“”‘’'「」『』]{8,160})[\"”’'」』]")
_QUOTE_MARKS = frozenset("\"“‘'「『")
_QUOTED_WORDS = 3
_SPACED_SCRIPTS = ("en", "ko")


def segment(doc: Document) -> Segmentation:
    spans = split_sentences(doc.text)
    totals: dict[str, float] = {}
    labelled: list[tuple[int, int, str | None]] = []
    for start, end in spans:
        piece = doc.text[start:end]
        lang = detect(piece)
        labelled.append((start, end, lang))
        if lang:
            totals[lang] = totals.get(lang, 0.0) + weight(piece)
    main = max(totals, key=lambda k: totals[k]) if totals else "en"
    sentences: list[Sentence] = []
    for start, end, lang in labelled:
        piece = doc.text[start:end]
        if lang in ("zh", "ja") and main in ("zh", "ja") and lang != main:
            lang = detect(piece, context=main)
        sentences.append(Sentence(start, end, lang or main))
    languages = _ranked(sentences, doc.text, doc.declared_language)
    quoted = _quoted_languages(sentences, doc.text)
    languages = (*languages, *(lang for lang in quoted if lang not in languages))
    return Segmentation(languages=languages, segments=_group(sentences))


def _quoted_languages(sentences: list[Sentence], text: str) -> list[str]:
    """Languages a sentence quotes a title or a sentence in, other than its own."""
    found: list[str] = []
    for s in sentences:
        piece = text[s.start : s.end]
        if _QUOTE_MARKS.isdisjoint(piece):
            continue
        for match in _QUOTED.finditer(piece):
            inner = match.group(1).strip()
            lang = detect(inner)
            if (
                lang in _SPACED_SCRIPTS
                and lang != s.language
                and lang not in found
                and len(inner.split()) >= _QUOTED_WORDS
            ):
                found.append(lang)
    return found


def _ranked(sentences: list[Sentence], text: str, declared: str | None) -> tuple[str, ...]:
    totals: dict[str, float] = {}
    for s in sentences:
        totals[s.language] = totals.get(s.language, 0.0) + weight(text[s.start : s.end])
    grand = sum(totals.values()) or 1.0
    ranked = sorted(totals, key=lambda k: -totals[k])
    # A bilingual page's halves weigh about the same whatever its main language, so the one the
    # page declares comes first; a template's lang="en" over a page with little English does not.
    if declared in totals and totals[declared] / grand >= DECLARED_SHARE:
        ranked = [declared, *(lang for lang in ranked if lang != declared)]
    kept = [lang for lang in ranked if totals[lang] / grand >= MIN_LANGUAGE_SHARE]
    return tuple(kept or ranked[:1] or ["en"])


def _group(sentences: list[Sentence]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    run: list[Sentence] = []
    for s in sentences:
        if run and s.language != run[-1].language:
            segments.append(Segment(run[0].start, run[-1].end, run[0].language, tuple(run)))
            run = []
        run.append(s)
    if run:
        segments.append(Segment(run[0].start, run[-1].end, run[0].language, tuple(run)))
    return tuple(segments)


__all__ = ["segment"]
