"""Speakers, speech acts and claims from Python: doc.analyze(), turn.speaker, sentence.act."""

import json
import threading
from decimal import Decimal

import speechmark

# An emoji (one code point, four bytes), curly marks and the euro sign (one code point, three
# bytes each) move byte offsets away from code points.
TEXT = (
    "The Foreign Minister of Veloria, Anna Berg, spoke in Velsk 🙂.\n"
    "Berg: “Exports rose by 4% to €2 billion. I hope they grow.”\n"
    "Q: Why?\n"
)


def test_the_text_is_what_the_offsets_below_were_counted_on():
    # Line one: 62 code points, 65 bytes; line two starts there and is 60 code points, 66 bytes.
    assert len(TEXT) == 130
    assert len(TEXT.encode("utf-8")) == 139
    assert TEXT.index("Berg:") == 62


def test_speakers_have_the_fullest_name_and_the_role_with_their_spans():
    doc = speechmark.parse(TEXT)
    berg, q = doc.analyze().speakers
    # "The " is 4 code points; "Foreign Minister of Veloria" 27; ", " 2; "Anna Berg" 9.
    assert (berg.name, berg.name_span, berg.name_byte_span) == ("Anna Berg", (33, 42), (33, 42))
    assert (berg.role, berg.role_span, berg.role_byte_span) == ("Foreign Minister of Veloria", (4, 31), (4, 31))
    assert not berg.anonymous
    assert (berg.kind, berg.index) == ("speaker", 0)
    assert TEXT[slice(*berg.name_span)] == berg.name and TEXT[slice(*berg.role_span)] == berg.role
    # "Q" starts line three at code point 122; before it the emoji, two curly marks and the
    # euro sign add 3 + 2 + 2 + 2 bytes.
    assert (q.name, q.name_span, q.name_byte_span, q.role, q.role_span, q.anonymous) == ("Q", (122, 123), (131, 132), None, None, True)
    assert [t.span for t in berg.turns()] == [(62, 121)]
    assert [t.speaker_text for t in q.turns()] == ["Q"]


def test_turns_know_their_speaker():
    doc = speechmark.parse(TEXT)
    speakers = doc.analyze().speakers
    assert [t.speaker for t in doc.turns()] == speakers
    assert doc.turns()[0].speaker.name == "Anna Berg"
    assert doc.turns()[0].speaker_text == "Berg"


def test_claims_with_spans_speaker_cue_and_figures():
    doc = speechmark.parse(TEXT)
    analysis = doc.analyze()
    narrator, berg = analysis.claims
    # The first line without its line break; "spoke" after "…Anna Berg, ".
    assert (narrator.kind, narrator.index, narrator.span, narrator.byte_span) == ("claim", 0, (0, 61), (0, 64))
    assert narrator.speaker is None and narrator.turn is None
    assert (narrator.cue, narrator.cue_span, narrator.cue_text) == ("reported_speech", (44, 49), "spoke")
    assert narrator.figures() == []
    # "Berg: “" is 7 code points from 62; the sentence is 33 code points; in bytes the emoji
    # and the opening mark add 5 before it and the euro sign 2 more inside it.
    assert (berg.text, berg.span, berg.byte_span) == ("Exports rose by 4% to €2 billion.", (69, 102), (74, 109))
    assert berg.speaker == analysis.speakers[0]
    assert berg.turn == doc.turns()[0]
    assert berg.sentence == doc.sentences()[1]
    assert (berg.cue, berg.cue_text) == ("figure", "4")
    money = berg.figures()[1]
    assert (money.text, money.span, money.value, money.currency) == ("€2 billion", (91, 101), Decimal("2000000000"), "EUR")
    for c in analysis.claims:
        assert TEXT[slice(*c.span)] == c.text
        assert TEXT.encode("utf-8")[slice(*c.byte_span)].decode("utf-8") == c.text
    assert analysis.claims_by(analysis.speakers[0]) == [berg]
    assert analysis.speakers[1].claims() == []


def test_every_sentence_has_an_act():
    doc = speechmark.parse(TEXT)
    analysis = doc.analyze()
    acts = [(s.act.act, s.act.cue, s.act.cue_text, s.act.is_claim) for s in doc.sentences()]
    assert acts == [
        ("assertion", "reported_speech", "spoke", True),
        ("assertion", "figure", "4", True),
        ("wish", "hope", "hope", False),
        ("question", "question_mark", "?", False),
    ]
    hope = doc.sentences()[2]
    # "I hope they grow." starts at 103: "hope" is 105..109.
    assert analysis.act(hope).cue_span == (105, 109)
    assert analysis.act(hope).cue_byte_span == (112, 116)


def test_a_document_without_dialogue_has_no_speakers():
    doc = speechmark.parse("Please click here.\n")
    analysis = doc.analyze()
    assert analysis.speakers == [] and analysis.claims == []
    assert doc.sentences()[0].act.act == "meta"


def test_the_analysis_is_made_once_and_shared():
    doc = speechmark.parse(TEXT)
    first, second = doc.analyze(), doc.analyze()
    assert first.speakers == second.speakers
    assert first.claims == second.claims


def test_json_with_the_analysis_is_the_crates():
    doc = speechmark.parse(TEXT)
    v = json.loads(doc.to_json(analysis=True))
    assert [s["name"]["text"] for s in v["speakers"]] == ["Anna Berg", "Q"]
    assert [(c["span"], c["speaker"]) for c in v["claims"]] == [([0, 64], None), ([74, 109], 0)]
    assert "claims" not in json.loads(doc.to_json())


def test_analysis_runs_from_several_threads():
    docs = [speechmark.parse(TEXT) for _ in range(4)]
    out = [None] * len(docs)

    def run(i):
        out[i] = [c.text for c in docs[i].analyze().claims]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(docs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [[TEXT[0:61], "Exports rose by 4% to €2 billion."]] * 4
