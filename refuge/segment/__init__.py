"""Segment: language spans and sentences, with offsets into the cleaned text."""

from __future__ import annotations

from refuge.records import Document, Segment, Segmentation, Sentence
from refuge.segment.language import detect, weight
from refuge.segment.sentences import split_sentences

# A language must hold this share of a document's text to be listed as one of its
# languages; a stray quoted title or a reference list in another script is not.
MIN_LANGUAGE_SHARE = 0.05
# The share of the text a page's declared language must hold to be listed first.
DECLARED_SHARE = 0.3


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
    return Segmentation(languages=languages, segments=_group(sentences))


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
