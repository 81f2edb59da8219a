"""Parse a folder of documents with PySpark into the table of turns and claims, written as
Parquet.

The files of a local (or shared) folder are listed by the driver and read by the Python
executors; a URI (HDFS, S3, anything Spark reaches) is listed and read by Spark's
``binaryFile`` source, which hands the bytes over. ``mapInArrow`` (the Arrow form of
``mapInPandas``: batches cross between the JVM and Python without a detour through pandas)
parses each batch of files with speechmark on the executors: one row per turn and one per
claim (:mod:`speechmark.table`), built in Rust in Arrow's layout. Documents that are already in a table (a column of
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
from speechmark.recipes.files import chunks, doc_ids, text_files

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


#: About how many bytes of text one batch of documents holds: its rows are one set of Arrow
#: columns (at most 2 GiB of text each) and, when the executors write, one Parquet file.
BATCH_BYTES = 64 * 2**20


def runs_of(batch: pyarrow.RecordBatch, root: str = "") -> Iterator[tuple[str, pyarrow.RecordBatch]]:
    """The rows of one batch of documents, in runs of about ``BATCH_BYTES`` of text, each
    with the id of its first document: ``doc_id`` and a local ``path`` that is read here (in
    Rust), or Spark's ``binaryFile`` columns ``path`` (a URI, whose id is taken relative to
    ``root``) and ``content``."""
    if "content" in batch.schema.names:
        ids = [doc_id(u, root) for u in batch.column("path").to_pylist()]
        texts = batch.column("content").to_pylist()
        for r in chunks([len(t) for t in texts], BATCH_BYTES):
            yield ids[r.start], table.record_batch((ids[i], texts[i]) for i in r)
    else:
        ids = batch.column("doc_id").to_pylist()
        paths = batch.column("path").to_pylist()
        for r in chunks([os.path.getsize(p) for p in paths], BATCH_BYTES):
            yield ids[r.start], table.file_batch([paths[i] for i in r], [ids[i] for i in r])


def parse_batches(
    id_column: str, text_column: str, make_id: Callable[[str], str] = str
) -> Callable[[Iterator[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """The function ``mapInArrow`` runs on the executors for a table of documents: batches
    of documents in (an id column and a text column, ``string`` or ``binary`` holding
    UTF-8), batches of rows out (parsed, analysed and laid out in Rust,
    :mod:`speechmark.table`). A text that is not UTF-8 fails the job, naming the document."""

    def parse(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        for batch in batches:
            ids = [make_id(i) for i in batch.column(id_column).to_pylist()]
            texts = batch.column(text_column).to_pylist()
            for r in chunks([len(t) for t in texts], BATCH_BYTES):
                yield table.record_batch((ids[i], texts[i]) for i in r)

    return parse


def read_batches(root: str = "") -> Callable[[Iterator[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """The function ``mapInArrow`` runs on the executors for files: batches of files in
    (see :func:`runs_of`), batches of rows out."""

    def parse(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        for batch in batches:
            for _, rows in runs_of(batch, root):
                yield rows

    return parse


def write_batches(root: str, output: str) -> Callable[[Iterator[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    """The function ``mapInArrow`` runs when the executors write the table themselves: the
    rows of each run of files (see :func:`runs_of`) become one Parquet file under
    ``output`` (a local folder or a URI pyarrow reaches), named after its first document so
    that a retried task replaces its own output. What comes back to Spark is one row per
    file written (``file``, ``rows``)."""

    def write(batches: Iterator[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        import hashlib

        import pyarrow as pa
        import pyarrow.parquet as pq

        filesystem, base = _filesystem(output)
        schema = table.arrow_schema()
        for batch in batches:
            for first, rows in runs_of(batch, root):
                name = "part-" + hashlib.sha1(first.encode()).hexdigest()[:20] + ".parquet"
                pq.write_table(pa.Table.from_batches([rows], schema=schema), f"{base}/{name}", filesystem=filesystem)
                yield pa.RecordBatch.from_pydict({"file": [name], "rows": [rows.num_rows]})

    return write


def _filesystem(output: str):
    """pyarrow's file system for ``output`` and the path in it."""
    from pyarrow import fs

    return fs.FileSystem.from_uri(output if "://" in output else os.path.abspath(output))


def _remove(filesystem, base: str) -> None:
    """Removes whatever is at ``base`` (a folder, a file, or nothing)."""
    from pyarrow.fs import FileType

    found = filesystem.get_file_info(base).type
    if found == FileType.Directory:
        filesystem.delete_dir(base)
    elif found != FileType.NotFound:
        filesystem.delete_file(base)


def _move_folder(source: str, target: str) -> None:
    """Moves the folder ``source`` to ``target``, replacing whatever ``target`` was."""
    filesystem, base = _filesystem(target)
    _remove(filesystem, base)
    filesystem.move(_filesystem(source)[1], base)


def _replace_folder(output: str) -> None:
    """Makes ``output`` an empty folder."""
    filesystem, base = _filesystem(output)
    _remove(filesystem, base)
    filesystem.create_dir(base)


def parse_documents(documents: DataFrame, id_column: str = "doc_id", text_column: str = "text") -> DataFrame:
    """The table of turns and claims of a DataFrame of documents (one row each: an id and
    the text)."""
    docs = documents.select(id_column, text_column)
    return docs.mapInArrow(parse_batches(id_column, text_column), schema=table.SPARK_SCHEMA)


def local_files(spark: SparkSession, input_dir: str) -> DataFrame:
    """The ``*.txt`` files under a local folder as a DataFrame of ``doc_id`` and ``path``,
    listed here (Spark's own file index costs the JVM about a second per ten thousand
    files) and spread over tasks of about ``BATCH_BYTES`` each."""
    paths = text_files(input_dir)
    rows = list(zip(doc_ids(paths, input_dir), paths))
    size = sum(os.path.getsize(p) for p in paths)
    slices = max(spark.sparkContext.defaultParallelism, -(-size // BATCH_BYTES), 1)
    rdd = spark.sparkContext.parallelize(rows, min(slices, max(len(rows), 1)))
    return spark.createDataFrame(rdd, "doc_id string, path string")


def corpus_table(
    spark: SparkSession,
    input_dir: str,
    output: str,
    *,
    file_open_cost: int | None = 64 * 1024,
    read_on_executors: bool | None = None,
    write_on_executors: bool | None = None,
) -> DataFrame:
    """Parses every ``*.txt`` file under ``input_dir`` (recursively) and writes the table of
    turns and claims to ``output`` as Parquet (replacing it). Returns the table, read back.

    ``read_on_executors``: the driver lists the files and the Python executors read them
    (in Rust), instead of Spark's ``binaryFile`` source listing them and the JVM reading
    them and handing the bytes over: faster, for a folder that the driver and every
    executor see at the same path (one machine, a shared file system). The default is to do
    so for a local folder, not for a URI (``hdfs://``, ``s3a://``).

    ``file_open_cost`` is what Spark counts for opening a file when ``binaryFile`` packs
    files into partitions (``spark.sql.files.openCostInBytes``: 4 MB by default, which makes
    a folder of small documents into many tiny tasks); it is set for this job only. None
    keeps the session's setting.

    ``write_on_executors``: the Python executors write the Parquet files themselves
    (pyarrow, one file per batch of documents, named after its first document so that a
    retried task replaces its own file) into a folder beside ``output`` that replaces
    ``output`` once every task has finished, instead of handing the rows to Spark's writer.
    That saves most of the JVM's share of the work (Spark's writer costs about 40% of a
    warm run: see BENCHMARKS.md); it needs a folder that the driver and every executor see
    at the same path. The default is to do so for a local folder, and to use Spark's writer
    (and its output commit protocol) for a URI (``hdfs://``, ``s3a://``).
    """
    if read_on_executors is None:
        read_on_executors = "://" not in input_dir
    if write_on_executors is None:
        write_on_executors = "://" not in output
    conf = "spark.sql.files.openCostInBytes"
    before = spark.conf.get(conf, None)
    if file_open_cost is not None:
        spark.conf.set(conf, str(file_open_cost))
    root = root_uri(input_dir)
    try:
        if read_on_executors:
            files = local_files(spark, input_dir)
        else:
            files = (
                spark.read.format("binaryFile")
                .option("pathGlobFilter", "*.txt")
                .option("recursiveFileLookup", "true")
                .load(input_dir)
                .select("path", "content")
            )
        if write_on_executors:
            # The files go to a folder of their own first: a job that fails leaves `output`
            # as it was, not half written.
            staging = output.rstrip("/") + ".incomplete"
            _replace_folder(staging)
            files.mapInArrow(write_batches(root, staging), schema="file string, rows bigint").collect()
            _move_folder(staging, output)
            return spark.read.schema(table.SPARK_SCHEMA).parquet(output)
        rows = files.mapInArrow(read_batches(root), schema=table.SPARK_SCHEMA)
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
    ap.add_argument(
        "--writer",
        choices=("auto", "executors", "spark"),
        default="auto",
        help="who writes the Parquet files: the Python executors (faster; the default for a "
        "local folder) or Spark's writer (the default for a URI)",
    )
    args = ap.parse_args(argv)
    # Local workers run this interpreter (which has speechmark) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("speechmark-table")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        writer = {"auto": None, "executors": True, "spark": False}[args.writer]
        rows = corpus_table(spark, args.input, args.output, write_on_executors=writer).count()
    finally:
        spark.stop()
    print(f"{rows} rows (turns and claims) written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
