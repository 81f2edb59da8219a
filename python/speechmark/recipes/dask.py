"""Parse a folder of documents with Dask into the table of turns, written as Parquet: the
lighter option (no JVM; a ``dask.distributed`` cluster, on one machine or many).

The files are listed on the client and split into groups of about 8 MB; each group becomes
one partition, parsed by a worker (one row per turn, :mod:`speechmark.table`) and written as one Parquet
file. Workers need speechmark installed and the input folder readable at the same path.

>>> from dask.distributed import Client, LocalCluster            # doctest: +SKIP
>>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):  # doctest: +SKIP
...     turns_table("corpus/", "turns.parquet")

Or from the shell: ``python -m speechmark.recipes.dask corpus/ turns.parquet [--workers 2]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas

from speechmark import table


def text_files(input_dir: str) -> list[str]:
    """Every ``*.txt`` file under ``input_dir``, in path order (as the command line takes a
    folder)."""
    return sorted(str(p) for p in Path(input_dir).rglob("*.txt") if p.is_file())


def groups_of(paths: list[str], partition_bytes: int) -> list[list[str]]:
    """Consecutive groups of files of about ``partition_bytes`` each (at least one file):
    a partition costs a task and a Parquet file, so many small documents share one."""
    groups: list[list[str]] = []
    size = 0
    for p in paths:
        if not groups or size >= partition_bytes:
            groups.append([])
            size = 0
        groups[-1].append(p)
        size += Path(p).stat().st_size
    return groups


def parse_files(paths: list[str], root: str) -> pandas.DataFrame:
    """One partition: the turn rows of the files ``paths``, ids relative to ``root``."""
    base = Path(root)
    docs = ((Path(p).relative_to(base).as_posix(), Path(p).read_bytes()) for p in paths)
    return table.turns_frame(docs)


def turns_table(input_dir: str, output: str, *, partition_bytes: int = 8 * 2**20) -> int:
    """Parses every ``*.txt`` file under ``input_dir`` on the current Dask client (or
    Dask's default scheduler when there is none) and writes the table of turns to
    ``output`` as Parquet, replacing it: one partition, and one Parquet file, per
    ``partition_bytes`` of text. Returns the number of files parsed."""
    import dask
    import dask.dataframe as dd

    paths = text_files(input_dir)
    if not paths:
        raise FileNotFoundError(f"no *.txt files under {input_dir}")
    groups = groups_of(paths, partition_bytes)
    # Dask would turn the object column of figures (lists of records) into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        turns = dd.from_map(parse_files, groups, root=input_dir, meta=table.empty_frame(), enforce_metadata=False)
        turns.to_parquet(output, schema=table.arrow_schema(), write_index=False, overwrite=True)
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from dask.distributed import Client, LocalCluster

    ap = argparse.ArgumentParser(
        prog="python -m speechmark.recipes.dask",
        description="Parse every *.txt file under INPUT into a Parquet table of turns.",
    )
    ap.add_argument("input", help="folder of *.txt documents")
    ap.add_argument("output", help="where to write the Parquet table")
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--scheduler", default=None, help="address of a running scheduler instead of a local cluster")
    args = ap.parse_args(argv)
    if args.scheduler:
        with Client(args.scheduler):
            files = turns_table(args.input, args.output)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1")
        with cluster, Client(cluster):
            files = turns_table(args.input, args.output)
    print(f"{files} documents parsed into {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
