#!/usr/bin/env bash
# Reproduces the tables of BENCHMARKS.md: throughput (criterion, `benches/parse.rs`) and memory
# (`examples/memory.rs`). Takes about 5 minutes. The real-document group reads the folder named
# by SPEECHMARK_CORPUS (default ../shared/corpus, skipped with a message if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
export SPEECHMARK_CORPUS="${SPEECHMARK_CORPUS:-../shared/corpus}"
criterion_dir="${CARGO_TARGET_DIR:-target}/criterion"
# Stale results of a group that is skipped this time must not reach the table.
rm -rf "$criterion_dir"/{fixtures,corpus,synthetic-01MB,synthetic-16MB,synthetic-64MB}
cargo bench --bench parse
cargo run --quiet --release --example bench_table -- "$criterion_dir"
echo
echo "Memory (counting global allocator):"
echo
cargo run --quiet --release --example memory
