"""Parse a folder of documents with PySpark into the table of turns, written as Parquet.

Spark reads every ``*.txt`` file under the input folder as bytes (the ``binaryFile`` source,
so the input may be on any file system Spark reaches: a local folder, HDFS, S3), and
``mapInArrow`` (the Arrow form of ``mapInPandas``: batches cross between the JVM and Python
without a detour through pandas) parses each batch of files with speechmark on the
executors, one row per turn (:mod:`speechmark.table`). Documents that are already in a table
(a column of text and one of ids, read from Parquet or JSON Lines) go through
:func:`parse_documents` the same way.

Executors need speechmark and pyarrow installed, as any Python dependency of a Spark job
(``pip install`` on each node, or ship a packed environment); ``PYSPARK_PYTHON`` names
their interpreter.

>>> from pyspark.sql import SparkSession                    # doctest: +SKIP
>>> spark = SparkSession.builder.master("local[2]").getOrCreate()   # doctest: +SKIP
>>> turns = turns_table(spark, "corpus/", "turns.parquet")   # doctest: +SKIP
>>> turns.count()                                            # doctest: +SKIP

Or from the shell: ``python -m speechmark.recipes.spark corpus/ turns.parquet [--master local[2]]``.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Callable, Iterator
from urllib.parse import unquote

from speechmark import table

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame, SparkSession


def root_uri(input_dir: str) -> str:
    """The prefix Spark's ``path`` column gives the files of ``input_dir``: a URI as given
    (``s3a://bucket/corpus/``), or ``file:`` and the absolute path of a local folder."""
    if "://" in input_dir:
        return input_dir.rstrip("/") + "/"
    return "file:" + os.path.abspath(input_dir).rstrip("/") + "/"


def doc_id(path: str, root: str) -> str:
    """A file's id: its path relative to the input folder (the whole path if it is not
    under it)."""
    path, root = unquote(path), unquote(root)
    # Spark writes local paths as "file:/x", a given URI may say "file:///x".
    path, root = path.replace("file:///", "file:/"), root.replace("file:///", "file:/")
    return path[len(root) :] if path.startswith(root) else path


def parse_batches(
    id_column: str, text_column: str, make_id: Callable[[str], str] = str
) -> Callable[[Iterator[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """The function ``mapInArrow`` runs on the executors: batches of documents in (an id
    column and a text column, ``string`` or ``binary`` holding UTF-8), batches of turn rows
    out. A text that is not UTF-8 fails the job, naming the document."""

    def parse(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        import pyarrow as pa

        schema = table.arrow_schema()
        for batch in batches:
            ids = (make_id(i) for i in batch.column(id_column).to_pylist())
            texts = batch.column(text_column).to_pylist()
            yield pa.RecordBatch.from_pylist(table.rows_of(zip(ids, texts)), schema=schema)

    return parse


def parse_documents(documents: DataFrame, id_column: str = "doc_id", text_column: str = "text") -> DataFrame:
    """The table of turns of a DataFrame of documents (one row each: an id and the text)."""
    docs = documents.select(id_column, text_column)
    return docs.mapInArrow(parse_batches(id_column, text_column), schema=table.SPARK_SCHEMA)


def turns_table(
    spark: SparkSession, input_dir: str, output: str, *, file_open_cost: int | None = 64 * 1024
) -> DataFrame:
    """Parses every ``*.txt`` file under ``input_dir`` (recursively) and writes the table of
    turns to ``output`` as Parquet (replacing it). Returns the table, read back.

    ``file_open_cost`` is what Spark counts for opening a file when it packs files into
    partitions (``spark.sql.files.openCostInBytes``: 4 MB by default, which makes a folder of
    small documents into many tiny tasks); it is set for this job only. None keeps the
    session's setting.
    """
    conf = "spark.sql.files.openCostInBytes"
    before = spark.conf.get(conf, None)
    if file_open_cost is not None:
        spark.conf.set(conf, str(file_open_cost))
    try:
        files = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", "*.txt")
            .option("recursiveFileLookup", "true")
            .load(input_dir)
        )
        root = root_uri(input_dir)
        parse = parse_batches("path", "content", lambda path: doc_id(path, root))
        turns = files.select("path", "content").mapInArrow(parse, schema=table.SPARK_SCHEMA)
        turns.write.mode("overwrite").parquet(output)
    finally:
        if before is None:
            spark.conf.unset(conf)
        else:
            spark.conf.set(conf, before)
    return spark.read.parquet(output)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from pyspark.sql import SparkSession

    ap = argparse.ArgumentParser(
        prog="python -m speechmark.recipes.spark",
        description="Parse every *.txt file under INPUT into a Parquet table of turns.",
    )
    ap.add_argument("input", help="folder (or URI) of *.txt documents")
    ap.add_argument("output", help="where to write the Parquet table")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: Spark's)")
    args = ap.parse_args(argv)
    # Local workers run this interpreter (which has speechmark) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("speechmark-turns")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        rows = turns_table(spark, args.input, args.output).count()
    finally:
        spark.stop()
    print(f"{rows} turns written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
