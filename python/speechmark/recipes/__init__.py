"""Recipes that parse a corpus on an existing engine and write the table of turns and claims
(:mod:`speechmark.table`) as Parquet.

- :mod:`speechmark.recipes.spark`: PySpark, ``mapInArrow`` over the files; the same code runs
  on ``local[N]`` and on a cluster.
- :mod:`speechmark.recipes.dask`: Dask on a ``dask.distributed`` cluster, the lighter option
  (no JVM): one task and one Parquet file per group of files.

Each is also a command: ``python -m speechmark.recipes.spark INPUT_DIR OUTPUT``.
"""
