"""Atheris (libFuzzer) target for the text layer and the whole extractor.

    .venv/bin/python fuzz/fuzz_text.py -max_total_time=60 -runs=200000 [corpus_dir]

Each input is decoded as UTF-8 (invalid bytes become U+FFFD) or, when its first byte is odd, taken
through `atheris.FuzzedDataProvider` as arbitrary code points (lone surrogates included). The text then
goes through normalise, sentences, clauses, tokens, numbers and `extract`; any exception is a crash,
and so is an evidence span that is not the original text. libFuzzer ends with "Done N runs in T second(s)".
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris

with atheris.instrument_imports():
    from rasd.lexicon.lexicons import Lexicons, load_lexicons
    from rasd.model import Article
    from rasd.pipeline import extract
    from rasd.text.normalise import normalise
    from rasd.text.sentences import split_clauses, split_sentences
    from rasd.text.tokens import tokenize


def text_of(data: bytes) -> str:
    """The fuzzed text: UTF-8 with replacement, or any code points when the first byte is odd."""
    if data[:1] and data[0] & 1:
        return atheris.FuzzedDataProvider(data[1:]).ConsumeUnicodeNoSurrogates(len(data)) + (
            "\ud800" if data[0] & 2 else ""
        )
    return data.decode("utf-8", errors="replace")


def check(text: str, lexicons: Lexicons) -> None:
    """Run every stage on `text`; raise AssertionError when a span does not point into it."""
    norm = normalise(text)
    assert len(norm.offsets) == len(norm.text) + 1
    for sentence in split_sentences(norm.text):
        begin, finish = norm.to_original(sentence.start, sentence.end)
        assert 0 <= begin <= finish <= len(text)
        split_clauses(norm.text, sentence)
    tokens = tokenize(norm.text)
    lexicons.numbers.find(tokens)
    result = extract(Article(id="fuzz", text=text, published=dt.date(2018, 3, 24)), lexicons)
    for event in result.events:
        for evidence in (event.evidence, *event.field_evidence.values()):
            assert text[evidence.start : evidence.end] == evidence.text, evidence


def main(argv: list[str]) -> None:
    """Fuzz until libFuzzer stops (-runs, -max_total_time); a failing input is written as crash-*."""
    lexicons = load_lexicons()

    def one_input(data: bytes) -> None:
        check(text_of(data), lexicons)

    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
