#!/usr/bin/env bash
# kill -9 at 20 different moments of a build, then a rerun: the store must end exactly as
# after an uninterrupted build (no document lost, none doubled), export byte for byte.
# Usage: kill9.sh ACTORGRAPH_BINARY SAMPLE_DIR WORK_DIR
set -u
cli=$1 sample=$2 work=$3
rm -rf "$work" && mkdir -p "$work/corpus"
# a corpus big enough to be killed while writing: the sample, 40 times, each copy distinct
for i in $(seq 1 40); do
  for f in "$sample"/*.txt; do
    { cat "$f"; printf '\nKopie %d van dit bericht.\n' "$i"; } > "$work/corpus/$(basename "$f" .txt)-$i.txt"
  done
done
"$cli" build "$work/corpus" --db "$work/ref.db" > /dev/null || { echo "reference build failed"; exit 1; }
"$cli" export --db "$work/ref.db" --format json -o "$work/ref.json" || exit 1
start=$(date +%s%N)
"$cli" build "$work/corpus" --db "$work/time.db" > /dev/null
span_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "an uninterrupted build takes ${span_ms} ms"
fails=0
for i in $(seq 1 20); do
  db="$work/k$i.db"
  # the i-th moment: spread over the whole build, from the start to just before the end
  delay_ms=$(( span_ms * i / 21 ))
  "$cli" build "$work/corpus" --db "$db" > /dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  "$cli" build "$work/corpus" --db "$db" > /dev/null || { echo "moment $i: rerun failed"; fails=$((fails + 1)); continue; }
  "$cli" export --db "$db" --format json -o "$work/k$i.json" || { fails=$((fails + 1)); continue; }
  if cmp -s "$work/ref.json" "$work/k$i.json"; then
    echo "moment $i (${delay_ms} ms): identical"
  else
    echo "moment $i (${delay_ms} ms): DIFFERENT"
    fails=$((fails + 1))
  fi
done
echo "$((20 - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
