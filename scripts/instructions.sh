#!/usr/bin/env bash
# Instructions per input byte for every line of the `parse` bench, counted by callgrind: a
# measure that does not depend on what else the machine is doing (unlike wall-clock time), to
# read beside the criterion table when the machine is shared. The last two columns are
# pulldown-cmark's count divided by speechmark's: above 1, speechmark runs fewer instructions.
# Needs valgrind. About 1 minute.
set -euo pipefail
cd "$(dirname "$0")/.."
export SPEECHMARK_CORPUS="${SPEECHMARK_CORPUS:-../shared/corpus}"
cargo build --quiet --release --example profile
bin="${CARGO_TARGET_DIR:-target}/release/examples/profile"
inputs=(fixtures synthetic-01MB)
[ -d "$SPEECHMARK_CORPUS" ] && inputs=(fixtures corpus synthetic-01MB)
echo "| input | full | structural | pulldown-cmark | memchr | pulldown-cmark ÷ full | pulldown-cmark ÷ structural |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for input in "${inputs[@]}"; do
  declare -A per_byte=()
  for line in full structural pulldown-cmark memchr; do
    out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      --toggle-collect='profile::measured*' "$bin" "$line" "$input" 1 2>&1)
    instr=$(grep -o 'Collected : [0-9]*' <<<"$out" | awk '{print $3}')
    bytes=$(grep -o ': [0-9]* bytes' <<<"$out" | awk '{print $2}')
    per_byte[$line]=$(awk -v i="$instr" -v b="$bytes" 'BEGIN { printf "%.2f", i / b }')
  done
  awk -v n="$input" -v f="${per_byte[full]}" -v s="${per_byte[structural]}" \
    -v p="${per_byte[pulldown-cmark]}" -v m="${per_byte[memchr]}" \
    'BEGIN { printf "| %s | %s | %s | %s | %s | %.2f× | %.2f× |\n", n, f, s, p, m, p / f, p / s }'
done
