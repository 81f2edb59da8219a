"""Parse a folder of documents with Dask into the table of turns and claims, written as
Parquet: the lighter option (no JVM; a ``dask.distributed`` cluster, on one machine or many).

The files are listed on the client and split into groups of about 8 MB; each group is one
task: a worker reads, parses and analyses its files in Rust, builds the rows in Arrow's
layout (:mod:`speechmark.table`) and writes them as one Parquet file. Workers need
speechmark and pyarrow installed, and the input and output folders at the same paths (one
machine, or a shared file system).

>>> from dask.distributed import Client, LocalCluster            # doctest: +SKIP
>>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):  # doctest: +SKIP
...     corpus_table("corpus/", "table.parquet")

Or from the shell: ``python -m speechmark.recipes.dask corpus/ table.parquet [--workers 2]``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from speechmark import table
from speechmark.recipes.files import doc_ids, groups_of, text_files

__all__ = ["corpus_table", "groups_of", "text_files", "write_part"]


def write_part(paths: list[str], root: str, output: str) -> int:
    """One task: parses the files ``paths`` (read, parsed, analysed and laid out in Rust, ids
    relative to ``root``) and writes their rows to the Parquet file ``output``. Returns the
    number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    batch = table.file_batch(paths, doc_ids(paths, root))
    pq.write_table(pa.Table.from_batches([batch], schema=table.arrow_schema()), output)
    return batch.num_rows


def corpus_table(input_dir: str, output: str, *, partition_bytes: int = 8 * 2**20) -> int:
    """Parses every ``*.txt`` file under ``input_dir`` on the current Dask client (or
    Dask's default scheduler when there is none) and writes the table of turns and claims
    to the folder ``output`` as Parquet, replacing it: one task, and one Parquet file
    (``part-00000.parquet``, ...), per ``partition_bytes`` of text. Returns the number of
    files parsed. ``pyarrow.parquet.read_table(output)`` or ``dask.dataframe.read_parquet``
    reads it back."""
    import dask

    paths = text_files(input_dir)
    if not paths:
        raise FileNotFoundError(f"no *.txt files under {input_dir}")
    groups = groups_of(paths, partition_bytes)
    out = Path(output)
    if out.is_dir():
        shutil.rmtree(out)
    elif out.exists():
        out.unlink()
    out.mkdir(parents=True)
    tasks = [
        dask.delayed(write_part, pure=False)(g, input_dir, str(out / f"part-{i:05d}.parquet"))
        for i, g in enumerate(groups)
    ]
    dask.compute(*tasks)
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from dask.distributed import Client, LocalCluster

    ap = argparse.ArgumentParser(
        prog="python -m speechmark.recipes.dask",
        description="Parse every *.txt file under INPUT into a Parquet table of turns and claims.",
    )
    ap.add_argument("input", help="folder of *.txt documents")
    ap.add_argument("output", help="the folder to write the Parquet table to (replaced)")
    ap.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--scheduler", default=None, help="address of a running scheduler instead of a local cluster")
    args = ap.parse_args(argv)
    if args.scheduler:
        with Client(args.scheduler):
            files = corpus_table(args.input, args.output)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1")
        with cluster, Client(cluster):
            files = corpus_table(args.input, args.output)
    print(f"{files} documents parsed into {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
