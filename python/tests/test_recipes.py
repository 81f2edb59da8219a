"""The corpus recipes write the table of turns and claims as Parquet, on Dask and on Spark.

Both run on the fixture documents (tests/fixtures/corpus, written for these tests); set
SPEECHMARK_CORPUS to a folder of *.txt files to run them on it as well.
"""

import os
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import speechmark
from conftest import CORPUS
from speechmark import table

pq = pytest.importorskip("pyarrow.parquet")

FOLDERS = [CORPUS] + ([Path(os.environ["SPEECHMARK_CORPUS"])] if os.environ.get("SPEECHMARK_CORPUS") else [])


def expected_rows(folder: Path) -> dict:
    """(doc_id, kind, index) -> (speaker, label, start, end, figure texts), from the package's
    own objects for each file here."""
    out = {}
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        doc_id = path.relative_to(folder).as_posix()
        doc = speechmark.parse(text)
        for i, turn in enumerate(doc.turns()):
            figures = [f.text for f in turn.figures()]
            out[(doc_id, "turn", i)] = (turn.speaker.name, turn.speaker_text, *turn.span, figures)
        for c in doc.analyze().claims:
            speaker = c.speaker.name if c.speaker else None
            label = c.turn.speaker_text if c.turn else None
            out[(doc_id, "claim", c.index)] = (speaker, label, *c.span, [f.text for f in c.figures()])
    return out


def check_table(output: Path, folder: Path) -> None:
    rows = pq.read_table(output).to_pylist()
    assert list(rows[0]) == list(table.COLUMNS)
    got = {
        (r["doc_id"], r["kind"], r["index"]): (r["speaker"], r["label"], r["start"], r["end"], [f["text"] for f in r["figures"]])
        for r in rows
    }
    assert len(got) == len(rows)
    assert got == expected_rows(folder)
    texts = {}
    for r in rows:
        if r["doc_id"] not in texts:
            texts[r["doc_id"]] = (folder / r["doc_id"]).read_bytes().decode("utf-8")
        assert texts[r["doc_id"]][r["start"] : r["end"]] == r["text"]
        assert r["kind"] in ("turn", "claim")
        assert (r["cue"] is None) == (r["kind"] == "turn")
    if folder == CORPUS:
        # 2 turns in talks-oslo, 4 in press-briefing, 2 in briefings/harbour, none in the
        # plain article; README.md is not a *.txt file.
        assert sum(r["kind"] == "turn" for r in rows) == 8
        kim = next(r for r in rows if r["doc_id"] == "briefings/harbour.txt" and r["kind"] == "turn" and r["index"] == 0)
        assert (kim["speaker"], kim["label"], kim["turn"]) == ("Kim", "Kim", 0)
        pier = [(f["figure"], f["text"], f["value"], f["currency"], f["date"]) for f in kim["figures"]]
        assert pier == [
            ("date", "2 June 2025", None, None, "2025-06-02"),
            ("money", "£5 million", "5000000", "GBP", None),
        ]
        assert Decimal(kim["figures"][1]["value"]) == Decimal(5000000)
        # "Harbour Notes\r\n" is 15 code points; the turn is 72 bytes but 64 code points (two
        # curly marks of 3 bytes, the ship of 4, the pound sign of 2).
        assert (kim["start"], kim["end"]) == (15, 79)
        # Kim's one sentence is a claim: after "Kim: “" (6 code points), before the closing mark.
        said = [r for r in rows if r["kind"] == "claim" and r["label"] == "Kim"]
        assert [(r["speaker"], r["turn"], r["start"], r["end"], r["cue"]) for r in said] == [("Kim", 0, 21, 78, "figure")]
        assert [f["text"] for f in said[0]["figures"]] == ["2 June 2025", "£5 million"]
        # The plain article's claims are the narrator's: no speaker, label or turn.
        plain = [r for r in rows if r["doc_id"] == "plain-article.txt"]
        assert plain and all(r["kind"] == "claim" for r in plain)
        assert all(r["speaker"] is None and r["label"] is None and r["turn"] is None for r in plain)


def test_rows_without_an_engine():
    rows = table.rows_of([("a.txt", "Q: Is it 5%?\nA: No.\n".encode())])
    assert [(r["kind"], r["speaker"], r["start"], r["end"], len(r["figures"])) for r in rows] == [
        ("turn", "Q", 0, 12, 1),
        ("turn", "A", 13, 19, 0),
    ]
    with pytest.raises(speechmark.SpeechmarkError, match=r"^bad\.txt: input is not valid UTF-8"):
        table.rows_of([("bad.txt", b"\xff")])


def test_the_batch_is_arrow_with_nulls_where_the_table_has_none():
    batch = table.record_batch([("n", "Trade grew by 5% in 2024.\n"), ("e", ""), ("k", "Kim: “Sales rose 🙂 by 3%.”\n")])
    assert batch.schema == table.arrow_schema()
    rows = batch.to_pylist()
    assert [(r["doc_id"], r["kind"], r["speaker"], r["label"], r["turn"], r["start"], r["end"]) for r in rows] == [
        ("n", "claim", None, None, None, 0, 25),
        ("k", "turn", "Kim", "Kim", 0, 0, 26),
        ("k", "claim", "Kim", "Kim", 0, 6, 25),
    ]
    assert [f["text"] for f in rows[0]["figures"]] == ["5%", "2024"]
    assert [f["value"] for f in rows[2]["figures"]] == ["3"]
    assert rows[0]["cue"] is not None and rows[1]["cue"] is None
    # The same rows from files read in Rust, and from a parsed document.
    assert table.rows("k", speechmark.parse("Kim: “Sales rose 🙂 by 3%.”\n")) == rows[1:]


def test_files_are_read_in_rust(tmp_path):
    (tmp_path / "a.txt").write_bytes("Ali: “We sold 7 ships.”\n".encode())
    got = table.file_batch([str(tmp_path / "a.txt")], ["a"]).to_pylist()
    assert [(r["kind"], r["text"]) for r in got] == [("turn", "Ali: “We sold 7 ships.”"), ("claim", "We sold 7 ships.")]
    with pytest.raises(speechmark.SpeechmarkError, match="missing.txt"):
        table.file_batch([str(tmp_path / "missing.txt")], ["m"])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_dask_writes_the_table(tmp_path, folder):
    pytest.importorskip("dask.dataframe")
    from dask.distributed import Client, LocalCluster

    from speechmark.recipes import dask as recipe

    output = tmp_path / "turns.parquet"
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    with cluster:
        with Client(cluster):
            # Small partitions, so that both workers get some.
            files = recipe.corpus_table(str(folder), str(output), partition_bytes=300)
    assert files == len(list(folder.rglob("*.txt")))
    check_table(output, folder)


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java (java on PATH or JAVA_HOME)")
    from pyspark.sql import SparkSession

    # The workers run this interpreter, which has speechmark installed; everything stays on
    # the loopback interface.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("speechmark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.mark.parametrize("writer", [None, False], ids=["default-writer", "spark-writer"])
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_spark_writes_the_table(tmp_path, spark, folder, writer):
    from speechmark.recipes import spark as recipe

    output = tmp_path / "turns.parquet"
    rows = recipe.corpus_table(spark, str(folder), str(output), write_on_executors=writer)
    assert rows.count() == len(expected_rows(folder))
    check_table(output, folder)
    # The executors' files were moved into place: nothing is left beside the table.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["turns.parquet"]


def test_spark_can_read_through_the_jvm(tmp_path, spark):
    from speechmark.recipes import spark as recipe

    output = tmp_path / "table.parquet"
    recipe.corpus_table(spark, str(CORPUS), str(output), read_on_executors=False)
    check_table(output, CORPUS)


def test_spark_parses_a_table_of_documents(spark):
    from speechmark.recipes.spark import parse_documents

    docs = spark.createDataFrame(
        [("a", "Q: Was it 5%?\nA: It was 6%.\n"), ("b", "Thank you for reading.\n"), ("c", "Kim: “Yes 🙂.”\n")],
        "doc_id string, text string",
    )
    rows = sorted(parse_documents(docs).collect(), key=lambda r: (r.doc_id, r.kind, r["index"]))
    assert [(r.doc_id, r.kind, r.speaker, r.start, r.end, r.text) for r in rows] == [
        ("a", "claim", "A", 17, 27, "It was 6%."),
        ("a", "turn", "Q", 0, 13, "Q: Was it 5%?"),
        ("a", "turn", "A", 14, 27, "A: It was 6%."),
        ("c", "turn", "Kim", 0, 13, "Kim: “Yes 🙂.”"),
    ]
    assert [(f.text, f.value, f.figure) for f in rows[2].figures] == [("6%", "6", "percent")]


def test_dask_groups_files_by_size(tmp_path):
    from speechmark.recipes.dask import groups_of

    sizes = {"a.txt": 5, "b.txt": 5, "c.txt": 20, "d.txt": 1}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    paths = [str(tmp_path / n) for n in sizes]
    names = [[Path(p).name for p in g] for g in groups_of(paths, 10)]
    assert names == [["a.txt", "b.txt"], ["c.txt"], ["d.txt"]]
    assert [[Path(p).name for p in g] for g in groups_of(paths, 1000)] == [list(sizes)]


def test_spark_doc_ids():
    from speechmark.recipes.spark import doc_id, root_uri

    assert root_uri("s3a://bucket/corpus") == "s3a://bucket/corpus/"
    assert root_uri("/data/corpus/") == "file:/data/corpus/"
    assert doc_id("file:/data/corpus/a/b%20c.txt", "file:/data/corpus/") == "a/b c.txt"
    assert doc_id("file:///data/corpus/x.txt", "file:/data/corpus/") == "x.txt"
    assert doc_id("hdfs://elsewhere/x.txt", "file:/data/corpus/") == "hdfs://elsewhere/x.txt"


@pytest.mark.parametrize("read", [True, False], ids=["executors-read", "jvm-reads"])
def test_spark_executors_can_write_the_parquet_files(tmp_path, spark, read):
    from speechmark.recipes import spark as recipe

    output = tmp_path / "table.parquet"
    output.mkdir()
    (output / "stale.parquet").write_bytes(b"not parquet")
    rows = recipe.corpus_table(spark, str(CORPUS), str(output), read_on_executors=read, write_on_executors=True)
    assert rows.count() == len(expected_rows(CORPUS))
    assert not (output / "stale.parquet").exists()
    assert not (tmp_path / "table.parquet.incomplete").exists()
    check_table(output, CORPUS)
