"""The facts the design fixes for the reference document, from Python."""

from decimal import Decimal

import pytest

import speechmark
from conftest import REFERENCE


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE.exists():
        pytest.skip(f"the reference document is not at {REFERENCE}")
    text = REFERENCE.read_text(encoding="utf-8")
    return text, speechmark.parse(text)


def test_two_turns_by_putin_then_sharif(reference):
    _, doc = reference
    turns = doc.turns()
    assert [t.speaker_text for t in turns] == ["Putin", "Sharif"]
    assert [len(t.paragraphs()) for t in turns] == [4, 5]
    assert [len(d.turns()) for d in doc.dialogues()] == [2]


def test_trade_figure_is_exact_us_dollars(reference):
    _, doc = reference
    money = [f for f in doc.figures() if f.text == "US$1.3 billion"]
    assert len(money) == 1
    f = money[0]
    assert f.figure == "money"
    assert f.value == Decimal("1300000000")
    assert repr(f.value) == "Decimal('1300000000')"
    assert f.currency == "USD"
    assert any(y.figure == "year" and y.value == Decimal(2024) for y in doc.figures())


def test_label_offsets_match_the_interchange_issue(reference):
    # Issue 12 fixes them: "Putin:" at byte 306, code point 304 (two curly marks before it).
    text, doc = reference
    label = doc.turns()[0].label
    assert label.byte_span[0] == 306
    assert label.span[0] == 304
    assert text[label.span[0] : label.span[1]] == "Putin:"


def test_headings_and_link_placeholders(reference):
    _, doc = reference
    assert [h.title for h in doc.headings()] == ["Summary", "Further Reading"]
    found = [(p.text, p.placeholder) for p in doc.link_placeholders()]
    assert found == [("click here", "anchor"), ("Further Reading", "empty_section")]
    assert doc.link_placeholders()[0].span == (3800, 3810)
    assert doc.diagnostics() == []


def test_speakers_are_resolved_with_their_roles(reference):
    text, doc = reference
    speakers = doc.analyze().speakers
    assert [(s.name, s.role, s.anonymous) for s in speakers] == [
        ("Vladimir Putin", "Russian President", False),
        ("Shehbaz Sharif", "Pakistan’s Prime Minister", False),
    ]
    for s in speakers:
        assert text[slice(*s.name_span)] == s.name
        assert text[slice(*s.role_span)] == s.role
    assert [t.speaker.name for t in doc.turns()] == ["Vladimir Putin", "Shehbaz Sharif"]


def test_the_trade_claim_is_the_narrators_with_its_figure(reference):
    text, doc = reference
    claims = [c for c in doc.analyze().claims if "billion" in c.text]
    assert len(claims) == 1
    claim = claims[0]
    assert text[slice(*claim.span)] == claim.text
    assert claim.speaker is None
    money = [f for f in claim.figures() if f.figure == "money"]
    assert [(f.text, f.value, f.currency) for f in money] == [("US$1.3 billion", Decimal("1300000000"), "USD")]
