#!/bin/bash
# Compares the CPU time of two declutter-eval binaries on the same pages, runs alternated so
# that whatever else the machine does falls on both: scripts/bench-ab.sh OLD NEW [PASSES] [ROUNDS]
# (INPUT=text|html, CORPUS=DIR). Prints the best and the mean CPU seconds of each binary.
set -euo pipefail
old=$1; new=$2; passes=${3:-10}; rounds=${4:-8}
input=${INPUT:-text}; corpus=${CORPUS:-../shared/corpus}
for _ in $(seq "$rounds"); do
  for bin in "$old" "$new"; do
    seconds=$("$bin" bench --corpus "$corpus" --input "$input" --seconds 0 --repeat "$passes" -j 1 \
      | grep -o 'cpu_seconds=[0-9.]*' | cut -d= -f2)
    echo "$bin $seconds"
  done
done | awk '{ if (!($1 in best) || $2 < best[$1]) best[$1] = $2; sum[$1] += $2; n[$1]++ }
  END { for (b in best) printf "%-60s best %.4f s  mean %.4f s\n", b, best[b], sum[b] / n[b] }'
