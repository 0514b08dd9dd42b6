#!/usr/bin/env python3
"""Compares Marsad's clitic segmentation with the qalsadi analyser (PyPI) on news words.

Usage: compare_clitics.py WORDS_TXT MARSAD_DUMP_TSV [--show N]
WORDS_TXT: scripts/oracle/news-words.txt. MARSAD_DUMP_TSV: written by
`MARSAD_ORACLE_DUMP=DIR swift test --filter OracleDumpTests`. For each word, qalsadi's readings
give (proclitics, enclitic); the word has a single reading when they all agree and qalsadi knows
the word. Agreement: Marsad's (prefix, suffix), normalised alike, equals that reading. Figures
go to stdout. qalsadi is used for checking only; nothing of it enters Marsad.
"""
import re
import sys
from collections import Counter

import qalsadi.analex

HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def norm(s):
    return HARAKAT.sub("", s or "").translate(FOLD)


def main():
    words_path, dump_path = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 30
    ours = {}
    for line in open(dump_path, encoding="utf-8"):
        w, pre, stem, suf = line.rstrip("\n").split("\t")
        ours[w] = (pre, suf)
    analyser = qalsadi.analex.Analex()
    words = [l.strip() for l in open(words_path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    single = agree = unknown = ambiguous = 0
    kinds = Counter()
    diffs = []
    for w in words:
        readings = set()
        known = False
        for r in analyser.check_word(w):
            d = r.__dict__
            if d.get("type", "").startswith("unknown"):
                continue
            known = True
            affix = d.get("affix") or ("", "", "", "")
            readings.add((norm(affix[0]), norm(affix[3])))
        if not known:
            unknown += 1
            continue
        if len(readings) != 1:
            ambiguous += 1
            # Marsad's choice is among qalsadi's readings?
            if ours.get(w) in readings:
                kinds["ambiguous, Marsad's reading among qalsadi's"] += 1
            continue
        single += 1
        ref = next(iter(readings))
        got = ours.get(w, ("", ""))
        if got == ref:
            agree += 1
        else:
            kinds["proclitic differs" if got[0] != ref[0] else "enclitic differs"] += 1
            diffs.append(f"{w}\tqalsadi={ref[0] or '-'}+{ref[1] or '-'}\tmarsad={got[0] or '-'}+{got[1] or '-'}")
    print(f"words: {len(words)}; unknown to qalsadi: {unknown}; several readings: {ambiguous}; single reading: {single}")
    print(f"agreement on clitic boundaries (single reading): {agree}/{single} = {100.0 * agree / max(single, 1):.2f}%")
    for k, v in kinds.most_common():
        print(f"  {k}: {v}")
    print(f"first {min(show, len(diffs))} of {len(diffs)} differences:")
    for d in diffs[:show]:
        print("  " + d)


if __name__ == "__main__":
    main()
