"""Spans in code points are Python's own slicing; byte spans index the UTF-8 text."""

from decimal import Decimal

import speechmark

# Emoji (one code point, four bytes), a flag (two code points, eight bytes), curly quotes and
# the euro sign (one code point, three bytes each) before and inside the nodes.
TEXT = "Summary 🙂\n“Aid” rose to €5 million 🇵🇰.\nAli: “It grew 😀 by 5% in 2024.”\n"


def test_the_text_is_what_the_offsets_below_were_counted_on():
    assert len(TEXT) == 71
    assert len(TEXT.encode("utf-8")) == 93


def test_offsets_counted_by_hand():
    doc = speechmark.parse(TEXT)
    euro = doc.figures()[0]
    # "Summary 🙂\n" is 10 code points and 13 bytes; "“Aid” rose to " 14 and 18 more.
    assert (euro.text, euro.span, euro.byte_span) == ("€5 million", (24, 34), (31, 43))
    turn = doc.turns()[0]
    assert (turn.span, turn.byte_span) == ((39, 70), (54, 92))
    assert (turn.label.span, turn.label.name_span) == ((39, 43), (39, 42))
    assert turn.utterance.open_span == (44, 45)
    assert turn.utterance.close_span == (69, 70)
    percent, year = turn.figures()
    assert (percent.text, percent.span, percent.byte_span) == ("5%", (58, 60), (78, 80))
    assert (year.span, year.value, year.date) == ((64, 68), Decimal(2024), "2024")
    quote = doc.sentences()[1].inlines()[0]
    assert (quote.kind, quote.span, quote.open_span, quote.close_span) == ("quote", (10, 15), (10, 11), (14, 15))


def test_every_node_slices_like_python():
    doc = speechmark.parse(TEXT)
    data = TEXT.encode("utf-8")
    nodes = doc.nodes()
    assert [(depth, n.kind) for depth, n in nodes] == [
        (0, "document"),
        (1, "heading"),
        (2, "sentence"),
        (1, "paragraph"),
        (2, "sentence"),
        (3, "quote"),
        (3, "figure"),
        (1, "dialogue"),
        (2, "turn"),
        (3, "speaker_label"),
        (3, "utterance"),
        (4, "paragraph"),
        (5, "sentence"),
        (6, "figure"),
        (6, "figure"),
    ]
    for _, node in nodes:
        start, end = node.span
        assert TEXT[start:end] == node.text, node
        b0, b1 = node.byte_span
        assert data[b0:b1].decode("utf-8") == node.text, node
        for name, (s, e) in node.fields():
            assert 0 <= s <= e <= len(TEXT), (node, name)
        assert [n for n, _ in node.fields()] == [n for n, _ in node.byte_fields()]
    assert doc.text is not None and doc.text == TEXT


def test_label_fields_in_code_points_and_bytes():
    doc = speechmark.parse(TEXT)
    label = doc.turns()[0].label
    assert label.fields() == [("name", (39, 42)), ("punct", (42, 43))]
    assert label.byte_fields() == [("name", (54, 57)), ("punct", (57, 58))]


def test_bytes_with_a_byte_order_mark_count_it():
    doc = speechmark.parse_bytes("\ufeffQ: Why 🙂?".encode("utf-8"))
    turn = doc.turns()[0]
    # The mark is one code point and three bytes, and it stays in the text.
    assert doc.text[0] == "\ufeff"
    assert turn.span == (1, 10)
    assert turn.byte_span == (3, 15)
    assert turn.text == "Q: Why 🙂?"
