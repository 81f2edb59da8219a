"""The corpus recipes write the table of turns as Parquet, on Dask and on Spark.

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


def expected_turns(folder: Path) -> dict:
    """(doc_id, index) -> (speaker, start, end, figure texts), from parsing each file here."""
    out = {}
    for path in sorted(folder.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        doc_id = path.relative_to(folder).as_posix()
        for i, turn in enumerate(speechmark.parse(text).turns()):
            out[(doc_id, i)] = (turn.speaker_text, *turn.span, [f.text for f in turn.figures()])
    return out


def check_table(output: Path, folder: Path) -> None:
    rows = pq.read_table(output).to_pylist()
    assert [c for c in rows[0]] == list(table.COLUMNS)
    got = {(r["doc_id"], r["index"]): (r["speaker"], r["start"], r["end"], [f["text"] for f in r["figures"]]) for r in rows}
    assert len(got) == len(rows)
    assert got == expected_turns(folder)
    texts = {}
    for r in rows:
        if r["doc_id"] not in texts:
            texts[r["doc_id"]] = (folder / r["doc_id"]).read_bytes().decode("utf-8")
        assert texts[r["doc_id"]][r["start"] : r["end"]] == r["text"]
        assert r["kind"] == "turn"
    if folder == CORPUS:
        # 2 turns in talks-oslo, 4 in press-briefing, 2 in briefings/harbour, none in the
        # plain article; README.md is not a *.txt file.
        assert len(rows) == 8
        kim = next(r for r in rows if r["doc_id"] == "briefings/harbour.txt" and r["index"] == 0)
        assert kim["speaker"] == "Kim"
        pier = [(f["figure"], f["text"], f["value"], f["currency"], f["date"]) for f in kim["figures"]]
        assert pier == [
            ("date", "2 June 2025", None, None, "2025-06-02"),
            ("money", "£5 million", "5000000", "GBP", None),
        ]
        assert Decimal(kim["figures"][1]["value"]) == Decimal(5000000)
        # "Harbour Notes\r\n" is 15 code points; the turn is 72 bytes but 64 code points (two
        # curly marks of 3 bytes, the ship of 4, the pound sign of 2).
        assert (kim["start"], kim["end"]) == (15, 79)


def test_rows_without_an_engine():
    rows = table.rows_of([("a.txt", "Q: Is it 5%?\nA: No.\n".encode())])
    assert [(r["speaker"], r["start"], r["end"], len(r["figures"])) for r in rows] == [("Q", 0, 12, 1), ("A", 13, 19, 0)]
    with pytest.raises(speechmark.SpeechmarkError, match=r"^bad\.txt: input is not valid UTF-8"):
        table.rows_of([("bad.txt", b"\xff")])


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
            files = recipe.turns_table(str(folder), str(output), partition_bytes=300)
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


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_spark_writes_the_table(tmp_path, spark, folder):
    from speechmark.recipes import spark as recipe

    output = tmp_path / "turns.parquet"
    turns = recipe.turns_table(spark, str(folder), str(output))
    assert turns.count() == len(expected_turns(folder))
    check_table(output, folder)


def test_spark_parses_a_table_of_documents(spark):
    from speechmark.recipes.spark import parse_documents

    docs = spark.createDataFrame(
        [("a", "Q: Was it 5%?\nA: It was 6%.\n"), ("b", "No dialogue here.\n"), ("c", "Kim: “Yes 🙂.”\n")],
        "doc_id string, text string",
    )
    rows = sorted(parse_documents(docs).collect(), key=lambda r: (r.doc_id, r["index"]))
    assert [(r.doc_id, r.speaker, r.start, r.end, r.text) for r in rows] == [
        ("a", "Q", 0, 13, "Q: Was it 5%?"),
        ("a", "A", 14, 27, "A: It was 6%."),
        ("c", "Kim", 0, 13, "Kim: “Yes 🙂.”"),
    ]
    assert [(f.text, f.value, f.figure) for f in rows[1].figures] == [("6%", "6", "percent")]


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
