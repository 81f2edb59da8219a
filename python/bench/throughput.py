#!/usr/bin/env python3
"""Throughput per core of the Python package against the Rust command line, on the same
documents (issue 13: "throughput per core within 1.5x of the Rust command line").

What it measures
----------------
Every ``*.txt`` file under a corpus folder (default ``../shared/corpus/kremlin`` beside the
repository: 137 transcripts, about 1.1 MB) is copied ``--copies`` times into a temporary
folder (``copy-000/``, ``copy-001/``, ...), so that a run lasts long enough to time. On that
folder, each job below runs ``--repeat`` times (default 3); the fastest wall time counts.
Throughput is the input's size (MB = 2^20 bytes) over that time, and per core it is divided
by the cores the job was given:

* ``rust cli --format jsonl``: the release binary (``target/release/speechmark``) as one
  process over the folder (its corpus mode: parse, analysis, one JSON document a line),
  output to /dev/null, pinned to one CPU (``sched_setaffinity``; the command line sizes its
  thread pool by the CPUs it may use, so it parses on one thread): 1 core.
* ``rust cli --format jsonl`` on every CPU: the same, not pinned (the command line then
  parses the folder's files on as many threads as there are CPUs): per core, the reference
  for Dask and Spark, whose workers share the same CPUs with their scheduler or driver as
  the command line's parsing threads share them with its output.
* ``rust cli --format claims``: the command line takes one document for ``--format claims``
  (a folder is refused: "--format claims takes one document"), so it runs as one process per
  document, in sequence (``xargs -n1``), pinned to one CPU, on the first ``--claims-copies``
  copies. The same loop over an empty document measures the processes' start-up, and the
  row "net of start-up" subtracts it: a figure derived from two measurements, so noisier
  than the others.
* ``python table -> parquet``: in one Python process pinned to one CPU,
  ``speechmark.table.file_batch`` for each group of about 8 MB of files (read, parsed,
  analysed and laid out in Rust) and ``pyarrow.parquet.write_table`` of each batch to a
  file: 1 core. ``python parse`` (``speechmark.parse(path.read_text())`` per file) and
  ``python parse + analyze`` are there for reference.
* ``dask corpus_table``: ``speechmark.recipes.dask.corpus_table`` on a
  ``LocalCluster(n_workers=2, threads_per_worker=1)``: 2 cores. The cluster's start-up is
  timed apart, not counted.
* ``spark corpus_table``: ``speechmark.recipes.spark.corpus_table`` on ``local[2]``: 2 cores.
  The session's start-up is timed apart; a first run warms the JVM and is reported on its
  own row, a second is not timed, then ``--repeat`` warm runs of the default (for a local
  folder the executors write the Parquet files). Two variants show where Spark's time goes:
  Spark's own writer (``write_on_executors=False``) and the rows only handed to the JVM and
  counted, not written.

Before each job the script waits (at most ``--max-wait`` seconds, default 120) for the
1-minute load average to fall below 0.7, and it prints the load before every run. "cores
busy" is the machine's CPU time during the fastest run (``/proc/stat``, every process) over
its wall time. Three columns say how many times slower per core a job is than the command
line (the target is <= 1.5): against ``--format jsonl`` over the folder pinned to one CPU
(measured in one process: parse, analysis and JSON, the command line's only mode for a
folder), against the same on every CPU (``x jsonl-all``: the like-for-like reference for
the two-worker engines), and against
``--format claims`` net of start-up (parse, analysis and the claims, no JSON: the work the
Python table does, but derived).

``--phases`` (on by default) times the Python table job's phases once, on the whole copied
corpus, in a process pinned to one CPU: reading the files, the Rust call (parse, analysis
and layout with the GIL released; parse alone and parse + analysis measured through
``speechmark.parse`` for comparison), the Arrow assembly in Python, and Parquet writing.

How to run it
-------------
From the repository's root, with the release binary built and a Python that has speechmark,
pyarrow, dask[distributed] and pyspark (Java 17 on PATH for Spark)::

    cargo build --release --features cli
    python python/bench/throughput.py [--copies 40] [--corpus DIR] [--skip spark,dask]

It takes about 4 to 5 minutes on the project's 2-core machine with the defaults. When the
corpus folder is missing it says so and exits 0. Nothing from the corpus is written outside
the temporary folder, which is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "kremlin"
DEFAULT_CLI = REPO / "target" / "release" / "speechmark"
MB = 2**20
LOAD_LIMIT = 0.7


# ---------------------------------------------------------------------------------------
# Helpers


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def wait_for_quiet(max_wait: float) -> str:
    """Waits until the 1-minute load is below LOAD_LIMIT (at most max_wait seconds); returns
    the load then."""
    start = time.monotonic()
    waited = False
    while os.getloadavg()[0] >= LOAD_LIMIT and time.monotonic() - start < max_wait:
        if not waited:
            print(f"    waiting for the load ({load()}) to fall below {LOAD_LIMIT} ...", flush=True)
            waited = True
        time.sleep(5)
    if waited:
        print(f"    waited {time.monotonic() - start:.0f} s", flush=True)
    return load()


def busy_jiffies() -> tuple[int, int]:
    """The machine's busy and total CPU time so far, in clock ticks (/proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    total = sum(fields[:8])
    return total - idle, total


def one_cpu() -> int:
    return max(os.sched_getaffinity(0))


def pin():
    cpu = one_cpu()
    return lambda: os.sched_setaffinity(0, {cpu})


def untimed(f, *args, **kwargs) -> None:
    """Calls f (timed by the caller)."""
    f(*args, **kwargs)


def size_of(paths) -> int:
    return sum(os.path.getsize(p) for p in paths)


def text_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.txt") if p.is_file())


class Results:
    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.notes: list[str] = []

    def add(self, job: str, nbytes: int, seconds: float, cores: int, busy: float | None, loads: str, runs=None):
        self.rows.append(
            dict(job=job, bytes=nbytes, seconds=seconds, cores=cores, busy=busy, load=loads, runs=runs or [seconds])
        )
        mbs = nbytes / MB / seconds
        print(
            f"  -> {job}: {nbytes / MB:.1f} MB in {seconds:.3f} s = {mbs:.1f} MB/s, "
            f"{mbs / cores:.1f} MB/s per core (runs: {', '.join(f'{r:.3f}' for r in runs or [seconds])})",
            flush=True,
        )


def timed_runs(name: str, repeat: int, run, max_wait: float) -> tuple[float, float | None, str, list[float]]:
    """Runs ``run()`` (which returns its own wall time, or None to time it here) ``repeat``
    times after waiting for a quiet machine; returns the fastest time, the cores busy in it,
    the load before the first run and every run's time."""
    first_load = wait_for_quiet(max_wait)
    best, best_busy, times = None, None, []
    for i in range(repeat):
        now = load()
        print(f"  {name}: run {i + 1}/{repeat}, load before {now}", flush=True)
        b0, t0 = busy_jiffies()
        start = time.perf_counter()
        inner = run()
        wall = time.perf_counter() - start
        b1, t1 = busy_jiffies()
        seconds = inner if inner is not None else wall
        busy = (b1 - b0) / (t1 - t0) * (os.cpu_count() or 1) if t1 > t0 else None
        times.append(seconds)
        if best is None or seconds < best:
            best, best_busy = seconds, busy
    return best, best_busy, first_load, times


# ---------------------------------------------------------------------------------------
# The single-process Python jobs, run in a child pinned to one CPU (timed inside it, after
# the imports)


def child(job: str, folder: str, out: str) -> None:
    import speechmark
    from speechmark import table
    from speechmark.recipes.files import doc_ids, groups_of

    paths = text_files(Path(folder))
    result: dict = {}
    if job == "table":
        import pyarrow as pa
        import pyarrow.parquet as pq

        start = time.perf_counter()
        schema = table.arrow_schema()
        for i, group in enumerate(groups_of(paths, 8 * MB)):
            batch = table.file_batch(group, doc_ids(group, folder))
            pq.write_table(pa.Table.from_batches([batch], schema=schema), f"{out}/part-{i:05d}.parquet")
        result["seconds"] = time.perf_counter() - start
    elif job == "parse":
        start = time.perf_counter()
        for p in paths:
            speechmark.parse(Path(p).read_text(encoding="utf-8"))
        result["seconds"] = time.perf_counter() - start
    elif job == "analyze":
        start = time.perf_counter()
        for p in paths:
            speechmark.parse(Path(p).read_text(encoding="utf-8")).analyze()
        result["seconds"] = time.perf_counter() - start
    elif job == "phases":
        result = phases(paths, folder, out)
    else:
        raise SystemExit(f"unknown job {job}")
    print(json.dumps(result))


def phases(paths: list[str], folder: str, out: str) -> dict:
    """The table job cut into its phases, each timed over the whole corpus."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import speechmark
    from speechmark import table
    from speechmark._speechmark import table_columns, table_files
    from speechmark.recipes.files import doc_ids, groups_of

    schema = table.arrow_schema()
    groups = groups_of(paths, 8 * MB)
    ids = [doc_ids(g, folder) for g in groups]
    t: dict[str, float] = {}

    def clock(name, f):
        start = time.perf_counter()
        r = f()
        t[name] = time.perf_counter() - start
        return r

    # The whole job as file_batch does it, with each step timed apart.
    def rust_files():
        return [table_files(list(g), list(i)) for g, i in zip(groups, ids)]

    columns = clock("rust: table_files (read + parse + analysis + layout)", rust_files)
    batches = clock("python: Arrow assembly (_batch)", lambda: [table._batch(c) for c in columns])

    def write():
        for n, b in enumerate(batches):
            pq.write_table(pa.Table.from_batches([b], schema=schema), f"{out}/part-{n:05d}.parquet")

    clock("pyarrow: Parquet writing", write)
    del columns, batches
    # Inside the Rust call: the reading, and parse / analysis through speechmark.parse.
    data = clock("reading the files (Python, bytes)", lambda: [[Path(p).read_bytes() for p in g] for g in groups])
    texts = [[b.decode("utf-8") for b in g] for g in data]

    def rust_bytes():
        return [table_columns([(i, b) for i, b in zip(gi, gd)]) for gi, gd in zip(ids, data)]

    clock("rust: table_columns on bytes already read", rust_bytes)
    clock("rust: parse only (speechmark.parse, str)", lambda: [[speechmark.parse(x) for x in g] for g in texts])
    clock(
        "rust: parse + analyze (speechmark.parse(...).analyze())",
        lambda: [[speechmark.parse(x).analyze() for x in g] for g in texts],
    )
    return {"phases": t}


def run_child(job: str, folder: Path, out: Path) -> dict:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", job, str(folder), str(out)],
        capture_output=True,
        text=True,
        preexec_fn=pin(),
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child job {job} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------------
# The main script


def replicate(corpus: Path, dest: Path, copies: int) -> list[str]:
    files = text_files(corpus)
    for c in range(copies):
        d = dest / f"copy-{c:03d}"
        d.mkdir(parents=True)
        for f in files:
            rel = Path(f).relative_to(corpus)
            (d / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, d / rel)
    return text_files(dest)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt documents")
    ap.add_argument("--copies", type=int, default=40, help="copies of the corpus to parse (default 40: ~45 MB)")
    ap.add_argument("--claims-copies", type=int, default=8, help="copies for the per-document --format claims runs")
    ap.add_argument("--repeat", type=int, default=3, help="runs per job; the fastest counts")
    ap.add_argument("--max-wait", type=float, default=120, help="seconds to wait at most for a quiet machine")
    ap.add_argument("--cli", type=Path, default=DEFAULT_CLI, help="the speechmark binary")
    ap.add_argument("--skip", default="", help="comma-separated: cli,python,phases,dask,spark")
    ap.add_argument("--no-phases", action="store_true", help="do not time the Python table job's phases")
    ap.add_argument("--tmp", default=None, help="where to make the temporary folder")
    args = ap.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    if args.no_phases:
        skip.add("phases")

    corpus = args.corpus
    if not corpus.is_dir() or not text_files(corpus):
        print(f"No corpus: {corpus} is missing or has no *.txt files; nothing measured.")
        return 0
    print(f"machine: {os.cpu_count()} CPUs, load {load()}; python {sys.version.split()[0]} ({sys.executable})")
    res = Results()
    with tempfile.TemporaryDirectory(prefix="speechmark-bench-", dir=args.tmp) as tmp:
        tmp = Path(tmp)
        folder = tmp / "corpus"
        paths = replicate(corpus, folder, args.copies)
        total = size_of(paths)
        print(
            f"corpus: {corpus} ({len(text_files(corpus))} documents) x {args.copies} copies = "
            f"{len(paths)} documents, {total / MB:.1f} MB in {folder}",
            flush=True,
        )
        out = tmp / "out"

        if "cli" not in skip:
            run_cli(args, res, folder, paths, tmp)
        if "python" not in skip:
            run_python(args, res, folder, total, out)
        if "phases" not in skip:
            run_phases(args, res, folder, total, out)
        if "dask" not in skip:
            run_dask(args, res, folder, total, out)
        if "spark" not in skip:
            run_spark(args, res, folder, total, out)
    print_table(res)
    return 0


def run_cli(args, res: Results, folder: Path, paths: list[str], tmp: Path) -> None:
    cli = args.cli
    if not cli.exists():
        res.notes.append(f"rust cli: {cli} not found (cargo build --release --features cli); skipped")
        print(res.notes[-1])
        return
    total = size_of(paths)

    def process(cmd, stdin=None):
        def run():
            with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
                subprocess.run(cmd, stdin=inp, stdout=subprocess.DEVNULL, preexec_fn=pin(), check=True)

        return run

    print("\n## rust cli --format jsonl, one process over the folder, pinned to one CPU", flush=True)
    best, busy, first, runs = timed_runs(
        "rust cli jsonl", args.repeat, process([str(cli), "--format", "jsonl", str(folder)]), args.max_wait
    )
    res.add("rust cli `--format jsonl` (one process, the folder)", total, best, 1, busy, first, runs)
    res.rows[-1]["ref"] = "jsonl"

    # The same on every CPU (the command line parses a folder's files in parallel): per core,
    # the reference for the engines, which run as many workers on the same CPUs and share
    # them with their driver or scheduler, as this shares them with its output thread.
    cpus = len(os.sched_getaffinity(0))

    def every_cpu():
        cmd = [str(cli), "--format", "jsonl", str(folder)]
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)

    print(f"\n## rust cli --format jsonl, one process over the folder, on {cpus} CPUs", flush=True)
    best, busy, first, runs = timed_runs("rust cli jsonl, every CPU", args.repeat, every_cpu, args.max_wait)
    res.add(f"rust cli `--format jsonl` (one process, the folder, {cpus} CPUs)", total, best, cpus, busy, first, runs)
    res.rows[-1]["ref"] = "jsonl-all"

    # --format claims takes one document: one process per document.
    some = [p for p in paths if Path(p).relative_to(folder).parts[0] < f"copy-{args.claims_copies:03d}"]
    some_bytes = size_of(some)
    lst = tmp / "claims-files"
    lst.write_bytes(b"".join(p.encode() + b"\0" for p in some))
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    lst_empty = tmp / "empty-files"
    lst_empty.write_bytes((str(empty).encode() + b"\0") * len(some))
    xargs = ["xargs", "-0", "-n1", str(cli), "--format", "claims"]
    print(f"\n## rust cli --format claims, one process per document ({len(some)} documents), pinned to one CPU", flush=True)
    best, busy, first, runs = timed_runs("rust cli claims", args.repeat, process(xargs, lst), args.max_wait)
    res.add(f"rust cli `--format claims` (a process per document, {len(some)})", some_bytes, best, 1, busy, first, runs)
    print(f"\n## rust cli --format claims on an empty document, {len(some)} processes (start-up only)", flush=True)
    best_e, busy_e, first_e, runs_e = timed_runs("rust cli start-up", args.repeat, process(xargs, lst_empty), args.max_wait)
    res.rows.append(
        dict(
            job=f"rust cli start-up only ({len(some)} processes on an empty document)",
            bytes=0, seconds=best_e, cores=1, busy=busy_e, load=first_e, runs=runs_e,
        )
    )
    print(f"  -> start-up: {best_e:.3f} s for {len(some)} processes ({best_e / len(some) * 1e3:.2f} ms each)")
    net = best - best_e
    if net > 0:
        res.rows.append(
            dict(
                job="rust cli `--format claims`, net of start-up (the two rows above: derived)",
                bytes=some_bytes, seconds=net, cores=1, busy=None, load="-", runs=[net], ref="claims",
            )
        )


def run_python(args, res: Results, folder: Path, total: int, out: Path) -> None:
    try:
        import speechmark  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as e:
        res.notes.append(f"python jobs skipped: {e}")
        print(res.notes[-1])
        return
    jobs = [
        ("table", "python `table.file_batch` + `pyarrow.parquet` (one process)"),
        ("parse", "python `speechmark.parse` per file, reference (one process)"),
        ("analyze", "python `speechmark.parse(...).analyze()` per file, reference (one process)"),
    ]
    for job, label in jobs:
        print(f"\n## {label}, pinned to one CPU", flush=True)
        best, busy, first, runs = timed_runs(
            label, args.repeat, lambda job=job: run_child(job, folder, out)["seconds"], args.max_wait
        )
        res.add(label, total, best, 1, busy, first, runs)


def run_phases(args, res: Results, folder: Path, total: int, out: Path) -> None:
    try:
        import speechmark  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        return
    print("\n## the Python table job's phases (one pass each, pinned to one CPU)", flush=True)
    print(f"  load before {wait_for_quiet(args.max_wait)}", flush=True)
    t = run_child("phases", folder, out)["phases"]
    job = [k for k in t if k.startswith(("rust: table_files", "python:", "pyarrow:"))]
    whole = sum(t[k] for k in job)
    lines = ["", "Phases of the Python table job (one pass each over the whole corpus, one core):", ""]
    lines.append("| phase | seconds | MB/s | share of the table job |")
    lines.append("| --- | ---: | ---: | ---: |")
    for k, v in t.items():
        share = f"{v / whole:.0%}" if k in job else "(inside the Rust call)"
        lines.append(f"| {k} | {v:.3f} | {total / MB / v:.1f} | {share} |")
    lines.append(f"| the table job, summed | {whole:.3f} | {total / MB / whole:.1f} | 100% |")
    res.notes.append("\n".join(lines))
    print("\n".join(lines), flush=True)


def run_dask(args, res: Results, folder: Path, total: int, out: Path) -> None:
    try:
        from dask.distributed import Client, LocalCluster

        from speechmark.recipes.dask import corpus_table
    except ImportError as e:
        res.notes.append(f"dask skipped: {e}")
        print(res.notes[-1])
        return
    print("\n## dask corpus_table, LocalCluster(n_workers=2, threads_per_worker=1)", flush=True)
    print(f"  load before start-up {load()}", flush=True)
    start = time.perf_counter()
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)
    startup = time.perf_counter() - start
    print(f"  cluster start-up: {startup:.2f} s (not counted)", flush=True)
    try:
        best, busy, first, runs = timed_runs(
            "dask", args.repeat, lambda: untimed(corpus_table, str(folder), str(out)), args.max_wait
        )
        res.add(f"dask `corpus_table`, 2 workers (start-up {startup:.1f} s, not counted)", total, best, 2, busy, first, runs)
    finally:
        client.close()
        cluster.close()


def run_spark(args, res: Results, folder: Path, total: int, out: Path) -> None:
    try:
        from pyspark.sql import SparkSession

        from speechmark import table
        from speechmark.recipes import spark as recipe
    except ImportError as e:
        res.notes.append(f"spark skipped: {e}")
        print(res.notes[-1])
        return
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    print("\n## spark corpus_table, local[2]", flush=True)
    print(f"  load before start-up {load()}", flush=True)
    start = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("speechmark-throughput")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - start
    print(f"  session start-up: {startup:.2f} s (not counted)", flush=True)
    try:
        cold_load = wait_for_quiet(args.max_wait)
        print(f"  first (cold) run, load before {cold_load}", flush=True)
        b0, t0 = busy_jiffies()
        s = time.perf_counter()
        recipe.corpus_table(spark, str(folder), str(out))
        cold = time.perf_counter() - s
        b1, t1 = busy_jiffies()
        res.add(
            f"spark `corpus_table`, local[2], first run (cold JVM; start-up {startup:.1f} s not counted)",
            total, cold, 2, (b1 - b0) / (t1 - t0) * os.cpu_count(), cold_load, [cold],
        )
        # One more run untimed: the JVM is still compiling after the first.
        recipe.corpus_table(spark, str(folder), str(out))
        best, busy, first, runs = timed_runs(
            "spark warm", args.repeat, lambda: untimed(recipe.corpus_table, spark, str(folder), str(out)), args.max_wait
        )
        res.add(
            "spark `corpus_table`, local[2], warm (the default for a local folder: the executors write)",
            total, best, 2, busy, first, runs,
        )
        best, busy, first, runs = timed_runs(
            "spark with Spark's writer",
            args.repeat,
            lambda: untimed(recipe.corpus_table, spark, str(folder), str(out), write_on_executors=False),
            args.max_wait,
        )
        res.add("spark `corpus_table(write_on_executors=False)`: Spark's writer, local[2], warm", total, best, 2, busy, first, runs)

        def no_write():
            files = recipe.local_files(spark, str(folder))
            rows = files.mapInArrow(recipe.read_batches(recipe.root_uri(str(folder))), schema=table.SPARK_SCHEMA)
            rows.count()

        best, busy, first, runs = timed_runs("spark rows to the JVM, counted", args.repeat, no_write, args.max_wait)
        res.add("spark: rows handed to the JVM and counted, not written (variant), local[2]", total, best, 2, busy, first, runs)
    finally:
        spark.stop()


def print_table(res: Results) -> None:
    def per_core(r):
        return r["bytes"] / MB / r["seconds"] / r["cores"]

    refs = {r["ref"]: per_core(r) for r in res.rows if r.get("ref")}
    print("\n# Throughput per core (MB = 2^20 bytes; fastest of the runs)\n")
    for name, label in (("jsonl", "rust cli `--format jsonl`, one process over the folder (measured)"),
                        ("jsonl-all", "rust cli `--format jsonl` over the folder on every CPU (measured)"),
                        ("claims", "rust cli `--format claims`, net of start-up (derived)")):
        if name in refs:
            print(f"- x {name}: times slower per core than {label}: {refs[name]:.1f} MB/s per core")
    print()
    print(
        "| job | input MB | seconds | MB/s | cores | MB/s per core | x jsonl | x jsonl-all | x claims "
        "| cores busy | load before (1/5/15 min) | runs (s) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for r in res.rows:
        mb = r["bytes"] / MB
        if r["bytes"]:
            pc = per_core(r)
            mbs_s, pc_s = f"{pc * r['cores']:.1f}", f"{pc:.1f}"
            ratios = [f"{refs[k] / pc:.2f}" if k in refs else "-" for k in ("jsonl", "jsonl-all", "claims")]
        else:
            mbs_s = pc_s = "-"
            ratios = ["-", "-", "-"]
        busy = f"{r['busy']:.2f}" if r["busy"] is not None else "-"
        runs = ", ".join(f"{x:.2f}" for x in r["runs"])
        print(
            f"| {r['job']} | {mb:.1f} | {r['seconds']:.2f} | {mbs_s} | {r['cores']} | {pc_s} | {ratios[0]} | {ratios[1]} | {ratios[2]} "
            f"| {busy} | {r['load']} | {runs} |"
        )
    for n in res.notes:
        print(n)


if __name__ == "__main__":
    sys.exit(main())
