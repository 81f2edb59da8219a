"""Parse a folder of documents with PySpark into the table of turns and claims, written as
Parquet.

Spark finds every ``*.txt`` file under the input folder (the ``binaryFile`` source, so the
input may be on any file system Spark reaches: a local folder, HDFS, S3), and
``mapInArrow`` (the Arrow form of ``mapInPandas``: batches cross between the JVM and Python
without a detour through pandas) parses each batch of files with speechmark on the
executors: one row per turn and one per claim (:mod:`speechmark.table`), built in Rust in
Arrow's layout. A local folder's files are read by the executors themselves; others by
Spark, which hands their bytes over. Documents that are already in a table (a column of
text and one of ids, read from Parquet or JSON Lines) go through :func:`parse_documents`
the same way.

Executors need speechmark and pyarrow installed, as any Python dependency of a Spark job
(``pip install`` on each node, or ship a packed environment); ``PYSPARK_PYTHON`` names
their interpreter.

>>> from pyspark.sql import SparkSession                    # doctest: +SKIP
>>> spark = SparkSession.builder.master("local[2]").getOrCreate()   # doctest: +SKIP
>>> rows = corpus_table(spark, "corpus/", "table.parquet")   # doctest: +SKIP
>>> rows.where("kind = 'claim'").count()                     # doctest: +SKIP

Or from the shell: ``python -m speechmark.recipes.spark corpus/ table.parquet [--master local[2]]``.
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


def local_path(uri: str) -> str:
    """The path of a ``file:`` URI as Spark writes it (``file:/data/a%20b.txt``)."""
    path = unquote(uri)
    for prefix in ("file://", "file:"):
        if path.startswith(prefix):
            return path[len(prefix) :]
    return path


def parse_batches(
    id_column: str, text_column: str, make_id: Callable[[str], str] = str
) -> Callable[[Iterator[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """The function ``mapInArrow`` runs on the executors: batches of documents in (an id
    column and a text column, ``string`` or ``binary`` holding UTF-8), batches of rows out
    (parsed, analysed and laid out in Rust, :mod:`speechmark.table`). A text that is not
    UTF-8 fails the job, naming the document."""

    def parse(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        for batch in batches:
            ids = [make_id(i) for i in batch.column(id_column).to_pylist()]
            texts = batch.column(text_column).to_pylist()
            yield table.record_batch(zip(ids, texts))

    return parse


def read_batches(root: str) -> Callable[[Iterator[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """Like :func:`parse_batches`, for batches of local file URIs only (Spark's ``path``
    column): the executors read the files themselves, in Rust, so that their bytes never
    cross from the JVM to Python."""

    def parse(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        for batch in batches:
            uris = batch.column("path").to_pylist()
            yield table.file_batch([local_path(u) for u in uris], [doc_id(u, root) for u in uris])

    return parse


def parse_documents(documents: DataFrame, id_column: str = "doc_id", text_column: str = "text") -> DataFrame:
    """The table of turns and claims of a DataFrame of documents (one row each: an id and
    the text)."""
    docs = documents.select(id_column, text_column)
    return docs.mapInArrow(parse_batches(id_column, text_column), schema=table.SPARK_SCHEMA)


def corpus_table(
    spark: SparkSession,
    input_dir: str,
    output: str,
    *,
    file_open_cost: int | None = 64 * 1024,
    read_on_executors: bool | None = None,
) -> DataFrame:
    """Parses every ``*.txt`` file under ``input_dir`` (recursively) and writes the table of
    turns and claims to ``output`` as Parquet (replacing it). Returns the table, read back.

    ``file_open_cost`` is what Spark counts for opening a file when it packs files into
    partitions (``spark.sql.files.openCostInBytes``: 4 MB by default, which makes a folder of
    small documents into many tiny tasks); it is set for this job only. None keeps the
    session's setting.

    ``read_on_executors``: Spark lists the files and the Python executors read them (in
    Rust) instead of the JVM reading them and handing the bytes over: faster, for a folder
    that every executor sees at the same path (one machine, a shared file system). The
    default is to do so for a local folder (``file:``), not for HDFS or S3.
    """
    conf = "spark.sql.files.openCostInBytes"
    before = spark.conf.get(conf, None)
    if file_open_cost is not None:
        spark.conf.set(conf, str(file_open_cost))
    root = root_uri(input_dir)
    if read_on_executors is None:
        read_on_executors = root.startswith("file:")
    try:
        files = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", "*.txt")
            .option("recursiveFileLookup", "true")
            .load(input_dir)
        )
        if read_on_executors:
            # Without the content column, the binaryFile source does not read the files.
            rows = files.select("path").mapInArrow(read_batches(root), schema=table.SPARK_SCHEMA)
        else:
            parse = parse_batches("path", "content", lambda path: doc_id(path, root))
            rows = files.select("path", "content").mapInArrow(parse, schema=table.SPARK_SCHEMA)
        rows.write.mode("overwrite").parquet(output)
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
        description="Parse every *.txt file under INPUT into a Parquet table of turns and claims.",
    )
    ap.add_argument("input", help="folder (or URI) of *.txt documents")
    ap.add_argument("output", help="where to write the Parquet table")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: Spark's)")
    args = ap.parse_args(argv)
    # Local workers run this interpreter (which has speechmark) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("speechmark-table")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        rows = corpus_table(spark, args.input, args.output).count()
    finally:
        spark.stop()
    print(f"{rows} rows (turns and claims) written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
