#!/usr/bin/env bash
# Compares Marsad's Arabic morphology with mazini and qalsadi (PyPI, for checking only).
# Usage: bash scripts/oracle/run.sh   (from the repository root; see scripts/oracle/README.md)
set -euo pipefail
VENV=${ORACLE_VENV:-/tmp/marsad-oracle-venv}
OUT=${ORACLE_OUT:-/tmp/marsad-oracle}
SCRATCH=${SWIFT_SCRATCH:-.build}
mkdir -p "$OUT"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet mazini qalsadi wordfreq
fi
MARSAD_ORACLE_DUMP="$OUT" swift test --scratch-path "$SCRATCH" --filter OracleDumpTests >/dev/null
echo "== conjugation (mazini)"
"$VENV/bin/python" scripts/oracle/compare_verbs.py scripts/oracle/verbs.tsv "$OUT/verbs.marsad.tsv" --show 10
for list in news-words news-words-heldout; do
  echo "== clitics (qalsadi): $list"
  "$VENV/bin/python" scripts/oracle/compare_clitics.py "scripts/oracle/$list.txt" "$OUT/segments.$list.tsv" --show 10
done
