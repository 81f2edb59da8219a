"""speechmark: transcript-style news and briefing text as a typed syntax tree with exact spans.

``parse(text)`` gives a :class:`Document`. Every node has a ``kind`` (as in the crate's JSON),
a ``span`` in code points (so ``doc.text[start:end] == node.text``), a ``byte_span`` into the
UTF-8 text, and its ``text``. Walk it by kind (``doc.turns()``, ``doc.sentences()``,
``doc.figures()``, ...), through each node's typed accessors (``turn.speaker_text``,
``sentence.figures()``, ``figure.value``), or uniformly (``doc.nodes()``,
``node.children()``, ``node.parent``). ``doc.analyze()`` gives the speakers (one per person,
with the fullest name and role the text gives), every sentence's speech act and the claims.
``doc.to_json()`` is the crate's versioned JSON.

>>> import speechmark
>>> doc = speechmark.parse("Putin: “Trade reached US$1.3 billion in 2024.”\\nSharif: Thank you.\\n")
>>> [t.speaker_text for t in doc.turns()]
['Putin', 'Sharif']
>>> money = doc.figures()[0]
>>> money.text, money.value, money.currency
('US$1.3 billion', Decimal('1300000000'), 'USD')
>>> doc.text[slice(*money.span)] == money.text
True
>>> claim = doc.analyze().claims[0]
>>> claim.text, claim.speaker.name, claim.cue
('Trade reached US$1.3 billion in 2024.', 'Putin', 'figure')

The corpus recipes (one row per turn and per claim, written as Parquet) are in
:mod:`speechmark.recipes.spark` and :mod:`speechmark.recipes.dask`; the rows themselves come
from :mod:`speechmark.table`.
"""

from ._speechmark import (
    FORMAT_VERSION,
    MAX_INPUT_LEN,
    Analysis,
    Claim,
    Dialogue,
    Diagnostic,
    Document,
    Figure,
    Heading,
    Link,
    LinkPlaceholder,
    Node,
    PageMarker,
    Paragraph,
    Quote,
    Sentence,
    Separator,
    Speaker,
    SpeakerLabel,
    SpeechAct,
    SpeechmarkError,
    Turn,
    Utterance,
    __version__,
    from_json,
    parse,
    parse_bytes,
)

__all__ = [
    "FORMAT_VERSION",
    "MAX_INPUT_LEN",
    "Analysis",
    "Claim",
    "Dialogue",
    "Diagnostic",
    "Document",
    "Figure",
    "Heading",
    "Link",
    "LinkPlaceholder",
    "Node",
    "PageMarker",
    "Paragraph",
    "Quote",
    "Sentence",
    "Separator",
    "Speaker",
    "SpeakerLabel",
    "SpeechAct",
    "SpeechmarkError",
    "Turn",
    "Utterance",
    "__version__",
    "from_json",
    "parse",
    "parse_bytes",
]
