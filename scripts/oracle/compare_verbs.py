#!/usr/bin/env python3
"""Compares Marsad's verb paradigms with the mazini conjugator (PyPI), slot by slot.

Usage: compare_verbs.py VERBS_TSV MARSAD_DUMP_TSV [--show N]
VERBS_TSV: scripts/oracle/verbs.tsv (lemma, root, pattern). MARSAD_DUMP_TSV: written by
`MARSAD_ORACLE_DUMP=DIR swift test --filter OracleDumpTests`. A slot matches when one of
mazini's forms, normalised as Marsad normalises for matching, is among Marsad's forms.
Prints the figures to stdout. mazini is used for checking only; nothing of it enters Marsad.
"""
import re
import sys
from collections import defaultdict

import mazini

HARAKAT = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def normalise(w):
    """The default ArabicNormalizer rules that matter for verb forms."""
    return HARAKAT.sub("", w).translate(FOLD)


def main():
    verbs_path, dump_path = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 20
    ours = defaultdict(dict)
    for line in open(dump_path, encoding="utf-8"):
        lemma, slot, forms, vocalised = line.rstrip("\n").split("\t")
        ours[lemma][slot] = (set(forms.split("|")), vocalised)
    total = matched = 0
    by_group = defaultdict(lambda: [0, 0])
    by_verb = defaultdict(lambda: [0, 0])
    misses = []
    verbs = 0
    for line in open(verbs_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        lemma, root, wazn = line.rstrip("\n").split("\t")
        try:
            c = mazini.conjugate(root, wazn)
        except Exception as e:  # noqa: BLE001 - report and go on
            print(f"mazini cannot conjugate {root} {wazn}: {e}", file=sys.stderr)
            continue
        verbs += 1
        group = wazn if c.verb_form != "I" else "I"
        for slot, forms in c.slots.items():
            if slot not in ("vn", "ap", "pp") and not re.match(r"(past|ind|sub|juss|imp)_", slot):
                continue
            ref = [normalise(f.form) for f in forms if f.form not in ("?", "-", "—") and not f.uncertain]
            if not ref:
                continue
            got, voc = ours.get(lemma, {}).get(slot, (set(), ""))
            ok = any(r in got for r in ref)
            total += 1
            matched += ok
            key = f"{group} {c.weakness}"
            by_group[key][0] += ok
            by_group[key][1] += 1
            by_verb[lemma][0] += ok
            by_verb[lemma][1] += 1
            if not ok:
                misses.append(f"{lemma}\t{slot}\tmazini={'|'.join(f.form for f in forms)}\tmarsad={voc}")
    print(f"verbs compared: {verbs}")
    print(f"forms (slots) compared: {total}")
    print(f"match rate: {matched}/{total} = {100.0 * matched / max(total, 1):.2f}%")
    perfect = sum(1 for v in by_verb.values() if v[0] == v[1])
    print(f"verbs with every form matching: {perfect}/{len(by_verb)}")
    print("by pattern and weakness:")
    for k in sorted(by_group):
        ok, n = by_group[k]
        print(f"  {k:28s} {ok:5d}/{n:<5d} {100.0 * ok / n:6.2f}%")
    print(f"first {min(show, len(misses))} of {len(misses)} differences:")
    for m in misses[:show]:
        print("  " + m)


if __name__ == "__main__":
    main()
