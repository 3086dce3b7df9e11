"""Where extraction spends its time: a pyinstrument profile of warm extraction over corpus articles.

The first `--skip` articles warm the matchers up untimed (as in a long batch), the next
`--articles` are profiled. Not part of `make bench`: run `.venv/bin/python bench/profile.py`.
"""

from __future__ import annotations

import argparse
from itertools import islice

from corpus import articles, corpus_or_skip
from pyinstrument import Profiler

from rasd.lexicon.lexicons import load_lexicons
from rasd.pipeline import extract_many


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", type=int, default=3000, help="articles read untimed first")
    parser.add_argument("--articles", type=int, default=1000, help="articles profiled")
    options = parser.parse_args()
    stream = articles(corpus_or_skip("profile"))
    lexicons = load_lexicons()
    for _ in extract_many(islice(stream, options.skip), lexicons):
        pass
    batch = list(islice(stream, options.articles))
    profiler = Profiler(interval=0.001)
    with profiler:
        for _ in extract_many(batch, lexicons):
            pass
    print(profiler.output_text(unicode=True, color=False))


if __name__ == "__main__":
    main()
