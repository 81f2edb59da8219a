"""The crate's JSON from Python, and back."""

import json

import pytest

import speechmark
from conftest import CORPUS
from test_spans import TEXT


def kinds_and_spans(value, out):
    """Every object with a kind and a span in the JSON, in document order."""
    if isinstance(value, dict):
        if "kind" in value and "span" in value and value["kind"] != "diagnostic":
            out.append((value["kind"], tuple(value["span"])))
        for v in value.values():
            kinds_and_spans(v, out)
    elif isinstance(value, list):
        for v in value:
            kinds_and_spans(v, out)
    return out


@pytest.mark.parametrize("name", ["talks-oslo.txt", "press-briefing.txt", "briefings/harbour.txt"])
def test_round_trip(name):
    text = (CORPUS / name).read_bytes().decode("utf-8")
    doc = speechmark.parse(text)
    back = speechmark.from_json(doc.to_json(), text)
    assert back == doc
    assert back.to_json() == doc.to_json()
    assert [t.speaker_text for t in back.turns()] == [t.speaker_text for t in doc.turns()]


def test_json_is_the_tree_in_bytes():
    doc = speechmark.parse(TEXT)
    value = json.loads(doc.to_json())
    assert value["format_version"] == speechmark.FORMAT_VERSION == 1
    assert kinds_and_spans(value, []) == [(n.kind, n.byte_span) for _, n in doc.nodes()]


def test_json_extras():
    doc = speechmark.parse(TEXT)
    value = json.loads(doc.to_json(content=True, chars=True, source="notes.txt"))
    assert value["source"] == "notes.txt"
    turn = value["blocks"][2]["turns"][0]
    assert turn["content"] == doc.turns()[0].text
    assert turn["chars"]["span"] == list(doc.turns()[0].span)
    assert doc.to_json(pretty=True).startswith('{\n  "format_version": 1,')


def test_a_document_read_back_keeps_no_link_to_the_first():
    text = "Q: Why?\n"
    doc = speechmark.parse(text)
    back = speechmark.from_json(doc.to_json(), text)
    assert back.turns()[0] != doc.turns()[0]  # nodes belong to their own parse
    assert back.turns()[0].text == "Q: Why?"
