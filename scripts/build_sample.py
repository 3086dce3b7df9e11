"""Write examples/ant-2018-sample.jsonl: the demo's articles, taken from shared/corpus.

Every Middle East and international news article of the ANT Corpus 2018 edition published from
23 to 26 March 2018: several outlets tell the same happenings those days, so the demo shows
cross-report merging. Plain text, so a diff shows what changed. Cite the ANT Corpus with the
sample (examples/README.md).

    python scripts/build_sample.py [CORPUS]   (default ../shared/corpus/ant-2018.jsonl.gz)
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ant-2018.jsonl.gz"
SAMPLE = ROOT / "examples" / "ant-2018-sample.jsonl"
CATEGORIES = {"middleEast", "internationalNews"}
FIRST, LAST = "2018-03-23", "2018-03-26"


def main(corpus: Path) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    kept = [row for row in rows if row["category"] in CATEGORIES and FIRST <= row["published"] <= LAST]
    kept.sort(key=lambda row: (row["published"], row["id"]))
    with open(SAMPLE, "w", encoding="utf-8") as out:
        for row in kept:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(kept)} articles -> {SAMPLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
