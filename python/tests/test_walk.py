"""Walking the tree: the flat queries, children and parents, typed accessors, diagnostics."""

from decimal import Decimal

import speechmark
from conftest import CORPUS

PRESS = (CORPUS / "press-briefing.txt").read_text(encoding="utf-8")
OSLO = (CORPUS / "talks-oslo.txt").read_text(encoding="utf-8")


def test_children_and_parent_agree_everywhere():
    for text in (PRESS, OSLO):
        doc = speechmark.parse(text)
        for _, node in doc.nodes():
            for child in node.children():
                assert child.parent == node
                s, e = node.span
                cs, ce = child.span
                assert s <= cs <= ce <= e
        assert doc.parent is None
        assert isinstance(doc, speechmark.Node) and doc.kind == "document"


def test_flat_queries_are_the_walk_by_kind():
    doc = speechmark.parse(OSLO)
    walked = {}
    for _, node in doc.nodes():
        walked.setdefault(node.kind, []).append(node)
    assert doc.turns() == walked["turn"]
    assert doc.sentences() == walked["sentence"]
    assert doc.paragraphs() == walked["paragraph"]
    assert doc.headings() == walked["heading"]
    assert doc.figures() == walked["figure"]
    assert doc.link_placeholders() == walked["link_placeholder"]
    assert doc.blocks() == doc.children()


def test_press_conference_turns():
    doc = speechmark.parse(PRESS)
    assert doc.layout == "blank_line_separated"
    turns = doc.turns()
    assert [t.speaker_text for t in turns] == ["MS. OKAFOR", "Q", "MS. OKAFOR", "Q"]
    assert [t.label.style for t in turns] == ["upper", "generic", "upper", "generic"]
    first = turns[0]
    # An unquoted transcript turn runs on over the next paragraph, to the next label.
    assert len(first.paragraphs()) == 2
    assert first.utterance.open_span is None
    assert isinstance(first, speechmark.Turn)
    assert first.dialogue == doc.dialogues()[0]
    two, euro = first.figures()
    assert (two.figure, two.value) == ("count", Decimal(2))
    assert (euro.text, euro.value, euro.currency, euro.currency_assumed) == ("€3 million", Decimal(3000000), "EUR", False)
    assert euro.sentence.turn == first
    assert euro.sentence.paragraph.turn == first


def test_figure_fields():
    doc = speechmark.parse(OSLO)
    by_text = {f.text: f for f in doc.figures()}
    last_year = by_text["last year"]
    assert (last_year.figure, last_year.value, last_year.unit) == ("relative_time", Decimal(-1), "year")
    feed = by_text["40,000 tonnes"]
    assert (feed.figure, feed.value, feed.unit, feed.currency) == ("quantity", Decimal(40000), "t", None)
    assert by_text["US$2.5 billion"].value == Decimal("2500000000")
    assert by_text["2024"].date == "2024"
    assert by_text["12%"].to is None and by_text["12%"].ends is None


def test_headings_and_placeholders():
    doc = speechmark.parse(OSLO)
    (heading,) = doc.headings()
    assert (heading.title, heading.level, heading.placeholder) == ("Further Reading", None, "empty_section")
    (placeholder,) = doc.link_placeholders()
    assert placeholder.parent.heading == heading


def test_links_and_quotes():
    text = "She called it “a record” and wrote to desk@example.org.\n"
    doc = speechmark.parse(text)
    (link,) = doc.links()
    assert (link.target, link.form, link.href) == ("desk@example.org", "email", "mailto:desk@example.org")
    quote = doc.sentences()[0].inlines()[0]
    assert isinstance(quote, speechmark.Quote)
    assert quote.text == "“a record”"


def test_diagnostics():
    text = "Kim: “We shall see.\nPark: Maybe.\n"
    doc = speechmark.parse(text)
    (d,) = doc.diagnostics()
    assert (d.kind, d.code, d.span, d.text) == ("diagnostic", "unterminated_quotation", (5, 6), "“")
    assert d.message


def test_nodes_are_values():
    doc = speechmark.parse(PRESS)
    a, b = doc.turns()[0], doc.turns()[0]
    assert a == b and hash(a) == hash(b) and a is not b
    assert a != doc.turns()[1]
    assert {a: 1}[b] == 1
    other = speechmark.parse(PRESS)
    assert other.turns()[0] != a  # another parse: another node
    assert other == doc  # but the same document
    # The euro sign is one code point and three bytes: the turn ends at code point 152.
    assert repr(a).startswith("<turn 16..152 ")


def test_inline_layer_off():
    doc = speechmark.parse(OSLO, inlines=False)
    assert len(doc.turns()) == 2 and doc.sentences() == [] and doc.figures() == []


def test_page_markers_of_a_printed_record():
    # A Congressional Record style turn whose speech goes on over a page break.
    text = "  Mr. VANCE. Madam President, the bridge\n[[Page S48]]\nneeds repair.\n"
    doc = speechmark.parse(text)
    (marker,) = doc.page_markers()
    assert isinstance(marker, speechmark.PageMarker)
    assert (marker.kind, marker.text, marker.span) == ("page_marker", "[[Page S48]]", (41, 53))
    assert marker.parent == doc.turns()[0].utterance
    assert marker in doc.turns()[0].utterance.children()
    assert [n.kind for _, n in doc.nodes()].count("page_marker") == 1
    assert doc.turns()[0].speaker_text == "Mr. VANCE"


def test_label_lead_ins_and_asides():
    text = ">> [00:01:09] Dana Reyes (host): Welcome back.\n>> Ola Berg: Thanks.\n"
    labels = [t.label for t in speechmark.parse(text).turns()]
    assert [l.name for l in labels] == ["Dana Reyes", "Ola Berg"]
    assert [l.lead for l in labels] == [">> [00:01:09]", ">>"]
    assert [l.aside for l in labels] == ["(host)", None]
    # The label starts at its lead-in.
    assert labels[0].span == (0, len(">> [00:01:09] Dana Reyes (host):"))
