"""The table of turns and claims: one row per turn and one per claim of every document, the
shape the corpus recipes write as Parquet.

A row holds:

==========  =======================================================================
doc_id      the document's id (the recipes use its path relative to the input folder)
kind        ``"turn"`` or ``"claim"``
index       the turn's position among the document's turns, or the claim's among its
            claims, from 0
speaker     who speaks: the fullest name the text gives (``"Shehbaz Sharif"``), or the
            label of an anonymous speaker (``"Q"``); null for a claim of the narrator
role        the speaker's role as the text states it (``"Pakistan’s Prime Minister"``), or
            null
label       the name as printed in the turn's label (``"Sharif"``); null for the narrator
turn        the index of the turn (a claim's turn; a turn's own), or null for the narrator
start, end  the row's span in code points: ``text_of_document[start:end] == text``
text        the turn's text, label included, or the claim's sentence
cue         for a claim, what made it one (``"figure"``, ``"past_tense"``, ...); null for
            a turn
figures     the figures in the turn's utterance or the claim's sentence, each a record of
            ``figure`` (its kind), ``start``, ``end`` (code points), ``text``, ``value``
            (the exact decimal as a string, or null), ``currency`` (ISO 4217), ``unit`` and
            ``date`` (ISO 8601)
==========  =======================================================================

A document's rows are its turns in order, then its claims in order. Values are strings, not
floating point or fixed-scale decimals, so that they stay exact whatever their size:
``decimal.Decimal(row["value"])`` gives the number back.

The rows are built in Rust, a batch of documents at a time, straight into Arrow's memory
layout (no Python object per row); this module needs pyarrow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

import speechmark
from speechmark._speechmark import document_columns, table_columns, table_files

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: The columns of the table, in order.
COLUMNS = ("doc_id", "kind", "index", "speaker", "role", "label", "turn", "start", "end", "text", "cue", "figures")

#: The fields of each figure record, in order.
FIGURE_FIELDS = ("figure", "start", "end", "text", "value", "currency", "unit", "date")

#: The table's schema as a Spark SQL DDL string (for ``mapInArrow`` and ``mapInPandas``).
SPARK_SCHEMA = (
    "doc_id string, kind string, index int, speaker string, role string, label string, turn int, "
    "start bigint, end bigint, text string, cue string, figures array<struct<figure: string, "
    "start: bigint, end: bigint, text: string, value: string, currency: string, unit: string, "
    "date: string>>"
)


def arrow_schema() -> pyarrow.Schema:
    """The table's schema for pyarrow (Parquet)."""
    import pyarrow as pa

    figure = pa.struct(
        [
            ("figure", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("value", pa.string()),
            ("currency", pa.string()),
            ("unit", pa.string()),
            ("date", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("doc_id", pa.string()),
            ("kind", pa.string()),
            ("index", pa.int32()),
            ("speaker", pa.string()),
            ("role", pa.string()),
            ("label", pa.string()),
            ("turn", pa.int32()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("cue", pa.string()),
            ("figures", pa.list_(figure)),
        ]
    )


def _batch(columns: dict[str, Any]) -> pyarrow.RecordBatch:
    """A RecordBatch over the buffers the native module laid out (no value is copied or
    looked at here)."""
    import pyarrow as pa

    def array(type_: pyarrow.DataType, length: int, buffers: Sequence[bytes | None], children=None):
        bufs = [None if b is None else pa.py_buffer(b) for b in buffers]
        return pa.Array.from_buffers(type_, length, bufs, children=children)

    schema = arrow_schema()
    rows, figure_rows = columns["rows"], columns["figure_rows"]
    figures_type = schema.field("figures").type
    record = figures_type.value_type
    fields = [array(f.type, figure_rows, columns[f"figures.{f.name}"]) for f in record]
    records = pa.StructArray.from_arrays(fields, fields=list(record))
    arrays = []
    for field in schema:
        if field.name == "figures":
            arrays.append(array(figures_type, rows, columns["figures"], children=[records]))
        else:
            arrays.append(array(field.type, rows, columns[field.name]))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def record_batch(documents: Iterable[tuple[str, str | bytes]]) -> pyarrow.RecordBatch:
    """The rows of several documents given as ``(doc_id, text)``, the text a ``str`` or
    UTF-8 ``bytes``, as one Arrow RecordBatch. Parsing, analysis and layout run in Rust with
    the GIL released.

    Bytes that are not UTF-8 raise :class:`speechmark.SpeechmarkError` naming the document:
    a corpus job should stop on it rather than drop it silently.
    """
    return _batch(table_columns(list(documents)))


def file_batch(paths: Sequence[str], ids: Sequence[str]) -> pyarrow.RecordBatch:
    """The rows of the files ``paths`` (read in Rust, UTF-8), ``paths[i]`` with the id
    ``ids[i]``, as one Arrow RecordBatch."""
    return _batch(table_files(list(paths), list(ids)))


def document_batch(doc_id: str, doc: speechmark.Document) -> pyarrow.RecordBatch:
    """The rows of a document already parsed, as one Arrow RecordBatch (its analysis is made
    if it was not yet, and kept)."""
    return _batch(document_columns(doc, doc_id))


def rows(doc_id: str, doc: speechmark.Document) -> list[dict[str, Any]]:
    """The rows of one parsed document as dicts, turns then claims.

    >>> doc = speechmark.parse("Q: Was it 5%?\\nA: It was 6%.\\n")
    >>> [(r["kind"], r["speaker"], r["start"], r["end"], r["text"]) for r in rows("a", doc)]
    [('turn', 'Q', 0, 13, 'Q: Was it 5%?'), ('turn', 'A', 14, 27, 'A: It was 6%.'), ('claim', 'A', 17, 27, 'It was 6%.')]
    >>> rows("a", doc)[2]["figures"][0]["value"]
    '6'
    """
    return document_batch(doc_id, doc).to_pylist()


def rows_of(documents: Iterable[tuple[str, str | bytes]]) -> list[dict[str, Any]]:
    """The rows of several documents given as ``(doc_id, text)``, as dicts."""
    return record_batch(documents).to_pylist()


def frame(documents: Iterable[tuple[str, str | bytes]]) -> pandas.DataFrame:
    """The rows of several documents as a pandas DataFrame with the columns ``COLUMNS``
    (``figures`` holds arrays of dicts)."""
    return record_batch(documents).to_pandas()
