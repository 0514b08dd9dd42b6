#!/usr/bin/env python3
"""Builds scripts/oracle/news-words.txt: frequent Arabic words, one per line.

The words are the most frequent Arabic words of the `wordfreq` package (PyPI; its own data, built
from web, news, Wikipedia and subtitle text), plus every word of the project's own samples
(samples/*.jsonl); only single words are kept. No evaluation data is read.
Usage: build_word_list.py [N [SKIP]] > scripts/oracle/news-words.txt
(`build_word_list.py 2000 2500 > news-words-heldout.txt`: the next 2,000 words).
"""
import glob
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile("[\u0621-\u064A\u0671\u0640\u064B-\u0652]+")
HARAKAT = re.compile("[\u064B-\u0652\u0640]")


def sample_words():
    for path in glob.glob(os.path.join(ROOT, "samples", "*.jsonl")):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                for w in WORD.findall(json.loads(line).get("text", "")):
                    yield HARAKAT.sub("", w)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    skip = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    from wordfreq import top_n_list, zipf_frequency

    words = [HARAKAT.sub("", w) for w in top_n_list("ar", 12000) if WORD.fullmatch(w)]
    words = [w for w in words if len(w) >= 2]
    # The samples' words join the list in wordfreq's order of frequency.
    extra = {w for w in sample_words() if len(w) >= 2} - set(words)
    words += sorted(extra, key=lambda w: -zipf_frequency(w, "ar"))
    seen, ranked = set(), []
    for w in words:
        if w not in seen:
            seen.add(w)
            ranked.append(w)
    counts = Counter({w: len(ranked) - i for i, w in enumerate(ranked)})
    print("# Frequent Arabic news words (scripts/oracle/build_word_list.py); one word a line.")
    for w, _ in counts.most_common(skip + n)[skip:]:
        print(w)


if __name__ == "__main__":
    main()
