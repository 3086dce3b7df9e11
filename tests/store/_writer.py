"""A writer process for the crash and concurrency tests.

    python _writer.py URL START STOP [GO_FILE]

Extracts articles START..STOP-1 first, prints "ready", waits for GO_FILE to exist (if given),
then puts them one by one and prints how many were new.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from rasd.lexicon.lexicons import load_lexicons
from rasd.model import Article
from rasd.pipeline import extract
from rasd.store import open_store

PASSAGES = (
    "قتل 5 مدنيين في قصف للقوات السورية على مدينة إدلب أمس.",
    "اعتقلت الشرطة العراقية 12 متظاهرا في بغداد أمس.",
    "دعت روسيا إلى وقف إطلاق النار في إقليم كاراباخ.",
)


def article(number: int) -> Article:
    """The writer's article `number`: one of the passages, made unique by a closing line."""
    text = f"{PASSAGES[number % len(PASSAGES)]}\nالخبر رقم {number}."
    return Article(id=f"w-{number:04d}", text=text, published=dt.date(2023, 9, 20), outlet="Writer")


def main(url: str, start: int, stop: int, go_file: str | None) -> None:
    lexicons = load_lexicons()
    work = [(item, extract(item, lexicons).events) for item in map(article, range(start, stop))]
    print("ready", flush=True)
    while go_file and not Path(go_file).exists():
        time.sleep(0.01)
    with open_store(url) as store:
        new = sum(store.put(item, events) for item, events in work)
    print(new, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
