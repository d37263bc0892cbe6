"""Evidence highlighting: the text is escaped first, marks are added after, offsets are kept."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from refuge.web.highlight import Span, claim_anchor, highlight


def _visible(markup: str) -> str:
    return html.unescape(re.sub(r'<a class="claim-label[^>]*>[^<]*</a>|<[^>]+>', "", markup))


def test_a_span_is_marked_and_labelled() -> None:
    out = str(highlight("Police detained 12 people.", [Span(0, 18, "1", "c1", "arrest")]))
    assert out.startswith('<a class="claim-label claim-arrest" id="c1" href="#c1">1</a>')
    assert (
        '<mark class="evidence ev-arrest" data-claims="1">Police detained 12</mark> people.' in out
    )


def test_markup_in_the_text_stays_text() -> None:
    text = '<script>alert(1)</script> and <img src=x onerror="alert(2)">'
    out = str(highlight(text, [Span(0, 25, "1", "c1", "arrest")]))
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in out


def test_overlapping_spans_carry_both_labels() -> None:
    out = str(
        highlight(
            "abcdefghij", [Span(0, 6, "1", "c1", "arrest"), Span(3, 10, "2", "c2", "detention")]
        )
    )
    assert '<mark class="evidence ev-arrest ev-detention" data-claims="1 2">def</mark>' in out


def test_bad_offsets_cost_a_highlight_not_the_page() -> None:
    out = str(
        highlight("short", [Span(3, 99, "1", "c1", "arrest"), Span(4, 2, "2", "c2", "arrest")])
    )
    assert _visible(out) == "short"
    assert out.count("<mark") == 1


def test_claim_keys_become_fragment_ids() -> None:
    assert claim_anchor("ab12:3-40:arrest#1") == "claim-ab12-3-40-arrest-1"


spans = st.lists(
    st.tuples(st.integers(-5, 60), st.integers(-5, 60)).map(
        lambda ab: Span(ab[0], ab[1], "1", "c", "arrest")
    ),
    max_size=6,
)


@given(st.text(alphabet=st.sampled_from("ab<>&\"' 탈북\n"), max_size=50), spans)
def test_highlighting_never_changes_the_text_and_never_lets_markup_through(
    text: str, marks: list[Span]
) -> None:
    out = str(highlight(text, marks))
    assert _visible(out) == text
    stripped = re.sub(r'</?mark[^>]*>|<a class="claim-label[^>]*>[^<]*</a>', "", out)
    assert "<" not in stripped and ">" not in stripped
