"""Bad input raises Python exceptions with the crate's messages."""

import pytest

import speechmark


def test_invalid_utf8_names_the_offset():
    with pytest.raises(speechmark.SpeechmarkError) as e:
        speechmark.parse_bytes(b"Putin: \xff")
    assert str(e.value) == "input is not valid UTF-8: invalid byte at offset 7"
    with pytest.raises(speechmark.SpeechmarkError, match="offset 2$"):
        speechmark.parse_bytes(b"ab\xc3")  # a sequence cut short by the end


def test_the_error_is_a_value_error():
    assert issubclass(speechmark.SpeechmarkError, ValueError)


def test_text_that_is_not_a_string():
    with pytest.raises(TypeError):
        speechmark.parse(b"Q: Why?")
    with pytest.raises(TypeError):
        speechmark.parse_bytes("Q: Why?")


def test_a_lone_surrogate_cannot_be_parsed():
    # Python strings may hold what UTF-8 cannot encode.
    with pytest.raises(UnicodeEncodeError):
        speechmark.parse("Q: \ud800")


def test_unknown_layout():
    with pytest.raises(ValueError, match="unknown layout"):
        speechmark.parse("Q: Why?", layout="two_columns")
    doc = speechmark.parse("Q: Why?\nA: Yes.\n", layout="blank_line_separated")
    assert doc.layout == "blank_line_separated"


def test_json_that_is_not_a_document():
    with pytest.raises(speechmark.SpeechmarkError):
        speechmark.from_json("{}", "")
    with pytest.raises(speechmark.SpeechmarkError):
        speechmark.from_json("not json", "")


def test_json_of_another_text_is_refused():
    doc = speechmark.parse("Putin: Yes.\n")
    with pytest.raises(speechmark.SpeechmarkError):
        speechmark.from_json(doc.to_json(), "Short.")


def test_any_text_parses():
    for text in ["", "\n\n", "“", "Q:", ":" * 1000, "\x00\x01", "“" * 500 + "Q: ”", "🇵🇰" * 100]:
        doc = speechmark.parse(text)
        assert doc.span == (0, len(text))
