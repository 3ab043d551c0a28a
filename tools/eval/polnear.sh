#!/usr/bin/env bash
# Scores the drafter's attribution finder on a PolNeAR split (dev or train; never test).
#
#   tools/eval/polnear.sh [dev|train] [POLNEAR]
#
# POLNEAR (or $POLNEAR) is a PolNeAR checkout: a work tree with data/<split>, or a bare git
# directory. The split is extracted to a temporary directory and nothing of it is kept in the
# repository. The scorer scripts are taken from $EVAL (default ../shared/eval).
set -euo pipefail
split="${1:-dev}"
polnear="${2:-${POLNEAR:-}}"
case "$split" in dev|train) ;; *) echo "split must be dev or train (the test split is kept for independent checks)" >&2; exit 2;; esac
[ -n "$polnear" ] || { echo "usage: $0 [dev|train] POLNEAR_CHECKOUT (or set POLNEAR)" >&2; exit 2; }
here="$(cd "$(dirname "$0")/../.." && pwd)"
eval_dir="${EVAL:-$here/../shared/eval}"
[ -f "$eval_dir/score_attribution.py" ] || eval_dir=/work/shared/eval
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -d "$polnear/data/$split/text" ]; then
  ln -s "$polnear/data/$split" "$work/split"
else
  git --git-dir="$polnear" archive HEAD "data/$split/text" "data/$split/attributions" | tar -x -C "$work"
  ln -s "$work/data/$split" "$work/split"
fi
out="${OUT:-$here/target/polnear}"
mkdir -p "$out"
python3 "$eval_dir/polnear_gold.py" "$work/split" --units utf16 > "$work/gold.jsonl"
python3 "$eval_dir/baseline_quotes.py" "$work/gold.jsonl" --said > "$work/base.jsonl"

cd "$here"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >&2
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$out/classpath.txt")" \
  app.verbatim.draft.attribution.PolnearRun "$work/gold.jsonl" "$out/$split.system.jsonl"

for track in all quoted; do
  echo "== $split, track $track: drafter"
  python3 "$eval_dir/score_attribution.py" "$work/gold.jsonl" "$out/$split.system.jsonl" --track "$track"
  python3 "$eval_dir/score_attribution.py" "$work/gold.jsonl" "$out/$split.system.jsonl" --track "$track" --json > "$out/$split.$track.json"
  echo "== $split, track $track: baseline (baseline_quotes.py --said)"
  python3 "$eval_dir/score_attribution.py" "$work/gold.jsonl" "$work/base.jsonl" --track "$track"
done
[ -n "${KEEP_GOLD:-}" ] && cp "$work/gold.jsonl" "$KEEP_GOLD"
exit 0
