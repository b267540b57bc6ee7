#!/bin/bash
# tools/snap.sh OUTDIR: per-document scores and predictions of every eval set, and the structure figures.
# Build first (cargo build --release --examples); BIN= overrides the evaluate binary, UNCLUTTER_EVAL the sets.
# Compare two snapshots with tools/compare.py BEFORE AFTER [-t] [-v].
set -e
OUT=$1; mkdir -p $OUT
BIN=${BIN:-$(dirname "$0")/../target/release/examples/evaluate}
E=${UNCLUTTER_EVAL:-$(dirname "$0")/../../shared/eval}
run() { name=$1; dir=$2; gt=$3; $BIN $dir $gt --per-doc --predictions $OUT/$name.json > $OUT/$name.txt 2>&1; echo "$name $(grep '^F1' $OUT/$name.txt | head -1)"; }
run aeb $E/aeb/html $E/aeb/ground-truth.json &
run aeb-text-near $E/aeb-text/near $E/aeb-text/ground-truth.json
run aeb-text-full $E/aeb-text/full $E/aeb-text/ground-truth.json
wait
run wcxb $E/wcxb-dev/html $E/wcxb-dev/ground-truth.json &
run wcxb-text-near $E/wcxb-dev-text/near $E/wcxb-dev-text/ground-truth.json
run wcxb-text-full $E/wcxb-dev-text/full $E/wcxb-dev-text/ground-truth.json
wait
$BIN --structure $E/readability-dev > $OUT/structure.txt 2>&1; tail -3 $OUT/structure.txt
