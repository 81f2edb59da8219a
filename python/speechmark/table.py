"""The table of turns: one row per turn of every document, the shape the corpus recipes write.

A row holds:

==========  =======================================================================
doc_id      the document's id (the recipes use its path relative to the input folder)
kind        what the row is: ``"turn"`` (other kinds, such as claims, may join later)
index       the turn's position in its document, from 0
speaker     the speaker's name as printed in the label (``"Prime Minister Sharif"``)
start, end  the turn's span in code points: ``text_of_document[start:end] == text``
text        the turn's text, label included
figures     the figures of the turn's utterance, each a record of ``figure`` (its kind),
            ``start``, ``end`` (code points), ``text``, ``value`` (the exact decimal as a
            string, or null), ``currency`` (ISO 4217), ``unit`` and ``date`` (ISO 8601)
==========  =======================================================================

Values are strings, not floating point or fixed-scale decimals, so that they stay exact
whatever their size: ``decimal.Decimal(row["value"])`` gives the number back.

``turn_rows`` needs only speechmark; ``turns_frame`` and ``arrow_schema`` need pandas and
pyarrow, imported when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

import speechmark
from speechmark._speechmark import turn_records as _turn_records

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: The columns of the table, in order.
COLUMNS = ("doc_id", "kind", "index", "speaker", "start", "end", "text", "figures")

#: The fields of each figure record, in order.
FIGURE_FIELDS = ("figure", "start", "end", "text", "value", "currency", "unit", "date")

#: The table's schema as a Spark SQL DDL string (for ``mapInPandas``).
SPARK_SCHEMA = (
    "doc_id string, kind string, index int, speaker string, start bigint, end bigint, "
    "text string, figures array<struct<figure: string, start: bigint, end: bigint, text: string, "
    "value: string, currency: string, unit: string, date: string>>"
)


def turn_rows(doc_id: str, doc: speechmark.Document) -> list[dict[str, Any]]:
    """One row per turn of ``doc``, in document order (built in Rust: a corpus makes many).

    >>> doc = speechmark.parse("Q: Was it 5%?\\nA: It was 6%.\\n")
    >>> [(r["speaker"], r["start"], r["end"], r["text"]) for r in turn_rows("a", doc)]
    [('Q', 0, 13, 'Q: Was it 5%?'), ('A', 14, 27, 'A: It was 6%.')]
    >>> turn_rows("a", doc)[1]["figures"][0]["value"]
    '6'
    """
    return _turn_records(doc, doc_id)


def rows_of(documents: Iterable[tuple[str, str | bytes]]) -> list[dict[str, Any]]:
    """The rows of several documents given as ``(doc_id, text)``, the text a ``str`` or
    UTF-8 ``bytes``.

    Bytes that are not UTF-8 raise :class:`speechmark.SpeechmarkError` naming the document:
    a corpus job should stop on it rather than drop it silently.
    """
    rows: list[dict[str, Any]] = []
    for doc_id, data in documents:
        if isinstance(data, str):
            doc = speechmark.parse(data)
        else:
            try:
                doc = speechmark.parse_bytes(data)
            except speechmark.SpeechmarkError as e:
                raise speechmark.SpeechmarkError(f"{doc_id}: {e}") from e
        rows.extend(turn_rows(doc_id, doc))
    return rows


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
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("figures", pa.list_(figure)),
        ]
    )


def turns_frame(documents: Iterable[tuple[str, str | bytes]]) -> pandas.DataFrame:
    """The rows of several documents as a pandas DataFrame with the columns ``COLUMNS``
    (``figures`` holds lists of dicts)."""
    import pandas as pd

    rows = rows_of(documents)
    return pd.DataFrame({c: [r[c] for r in rows] for c in COLUMNS}, columns=list(COLUMNS))


def empty_frame() -> pandas.DataFrame:
    """A DataFrame with the table's columns and no rows (the ``meta`` Dask asks for)."""
    return arrow_schema().empty_table().to_pandas()
