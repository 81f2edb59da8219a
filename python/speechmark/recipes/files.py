"""Finding a corpus's documents on a local (or shared) file system and splitting them into
batches of about the same size: shared by the recipes."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence


def text_files(input_dir: str) -> list[str]:
    """Every ``*.txt`` file under ``input_dir``, in path order (as the command line takes a
    folder)."""
    return sorted(str(p) for p in Path(input_dir).rglob("*.txt") if p.is_file())


def doc_ids(paths: Sequence[str], input_dir: str) -> list[str]:
    """Each file's id: its path relative to ``input_dir``, with ``/`` between folders."""
    base = Path(input_dir)
    return [Path(p).relative_to(base).as_posix() for p in paths]


def chunks(sizes: Sequence[int], limit: int) -> list[range]:
    """Consecutive runs of items of about ``limit`` bytes in all (at least one item each):
    ``sizes[i]`` is item i's. A batch is parsed into one set of Arrow columns, which hold at
    most 2 GiB of text each, and written as one Parquet file, so neither may grow without
    bound; many small documents share one.

    >>> chunks([5, 5, 20, 1], 10)
    [range(0, 2), range(2, 3), range(3, 4)]
    """
    out: list[range] = []
    start, size = 0, 0
    for i, s in enumerate(sizes):
        if i > start and size >= limit:
            out.append(range(start, i))
            start, size = i, 0
        size += s
    if start < len(sizes):
        out.append(range(start, len(sizes)))
    return out


def groups_of(paths: list[str], partition_bytes: int) -> list[list[str]]:
    """Consecutive groups of files of about ``partition_bytes`` each (at least one file)."""
    sizes = [Path(p).stat().st_size for p in paths]
    return [[paths[i] for i in r] for r in chunks(sizes, partition_bytes)]
