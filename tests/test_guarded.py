"""A guarded pattern turns texts away by a substring test only when the pattern cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refuge.extract import attribution, langdata, modality
from refuge.extract.langdata import guarded
from refuge.needles import fewest


@pytest.mark.parametrize(
    ("source", "flags", "needles"),
    [
        ("abc", 0, ("abc",)),
        # the longest sure run wins over a shorter one
        ("x(?:put|puts) the number", 0, (" the number",)),
        ("(?P<s>[a-z]+) (?:denied|rejected)", 0, ("denied", "rejected")),
        # an alternative with no literal of its own leaves the branch unknown
        ("(?:abc|[0-9]+)", 0, ()),
        # under IGNORECASE the needles are case-folded: they are looked for in the folded text
        ("(?i)abc", 0, ("abc",)),
        ("북송|송환", re.IGNORECASE, ("북송", "송환")),
        ("(?i:abc)def", 0, ("def",)),
        # an optional part is no requirement
        ("(?:according to )?said", 0, ("said",)),
        ("(?:据称)+", 0, ("据称",)),
    ],
)
def test_needles(source: str, flags: int, needles: tuple[str, ...]) -> None:
    assert guarded(re.compile(source, flags)).needles == needles


SENTENCES = [
    "According to a monitoring group, 40 people were detained at the border last week.",
    "The ministry denied the report, saying no one had been sent back.",
    "Officials said the group may be repatriated as early as Friday.",
    "Rights monitors put the number at more than 300, a figure the agency disputes.",
    "A rally is planned outside the embassy if the transfer goes ahead.",
    "한 인권단체에 따르면 지난주 국경에서 40명이 붙잡혔다.",
    "당국은 강제 송환 사실을 부인했다.",
    "이들은 다음 달 본국으로 보내질 예정이라고 관계자가 밝혔다.",
    "支援団体によると、先週国境で40人が拘束された。",
    "当局は送還の事実を否定したという。",
    "一行は来月にも移送される見通しだと関係者は話した。",
    "据一个援助组织称，上周有40人在边境被捕。",
    "当局否认曾遣返任何人。",
    "如果移交继续进行，他们可能会被送回。",
    "",
    "no words here",
]


def _patterns() -> list[langdata.Guarded]:
    out: list[langdata.Guarded] = []
    for lang in ("en", "ko", "ja", "zh"):
        sources, hearsay = attribution._patterns(lang)
        out += [*sources, *([hearsay] if hearsay else [])]
        out += [cue for _, cue in modality._cues(lang)]
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_guard_never_changes_a_search(text: str) -> None:
    for g in _patterns():
        for pos, endpos in ((0, len(text)), (len(text) // 3, len(text))):
            want = g.pattern.search(text, pos, endpos)
            got = g.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())


def test_casefold_is_one_for_one_and_the_engines_classes() -> None:
    """Two characters that IGNORECASE matches to each other fold to one character, and every
    character folds to exactly one, so a guard's needle found in a folded text is found where
    the engine would match it."""
    import _sre  # type: ignore[import-not-found]
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        low = _sre.unicode_tolower(code)
        want = chr(min((low, *_EXTRA_CASES.get(low, ()))))
        assert langdata.casefold(chr(code)) == want, hex(code)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("sent back", "SENT BACK"),
        ("istanbul", "İSTANBUL"),
        ("(?:mass|forced) returns?", "ForceD RETURN"),
        ("kelvin", "\u212aELVIN"),
        ("asylum", "aſylum"),
        ("pike", "p\u0131ke"),
        ("σας", "ΣΑΣ"),
        (r"\bhanded (?:them |over )?over\b", "Officials HANDED them over."),
    ],
)
def test_caseless_guard_lets_every_match_through(source: str, text: str) -> None:
    g = guarded(re.compile(source, re.IGNORECASE))
    assert g.folded and g.needles
    assert g.pattern.search(text) is not None
    assert g.search(text) is not None
    assert g.search("nothing of the kind") is None


@given(
    st.lists(st.text("ab북송", min_size=1, max_size=4), min_size=1, max_size=6), st.text("ab북송")
)
def test_the_fewest_needles_find_every_text_the_whole_set_finds(
    needles: list[str], text: str
) -> None:
    kept = fewest(needles)
    assert set(kept) <= set(needles)
    assert any(n in text for n in kept) == any(n in text for n in needles)
