import pytest

from rasd.errors import LexiconError
from rasd.lexicon.loader import read_tsv

HEADER = "# source: test\n# licence: MIT\n"


def _write(tmp_path, body):
    path = tmp_path / "sample.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_reads_entries_with_normalised_words(tmp_path):
    path = _write(tmp_path, HEADER + "id\tform\tpos\tkind\nkill\tلقي   حتفه\tverb\tx\nwar\tحرب\t\ty\n")
    kill, war = read_tsv(path, ("kind",))
    assert kill.words == ("لقي", "حتفه") and kill.pos == "verb" and kill.fields == {"kind": "x"}
    assert war.pos == "noun" and war.where == "sample.tsv:5"


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("id\tform\n", 1, "missing a '# source:' header line"),
        (HEADER + "id\tkind\n", 3, "header lacks column(s) form"),
        (HEADER + "id\tform\na\tقصف\na\tغارة\n", 5, "id 'a' already used on line 4"),
        (HEADER + "id\tform\tpos\na\tقصف\tadverb\n", 4, "pos 'adverb' is not one of"),
        (HEADER + "id\tform\na\tقصف\textra\n", 4, "3 cells, the header has 2"),
        (HEADER + "id\tform\na\t\u064e\n", 4, "is empty once normalised"),
        (HEADER + "id\tform\na\t\n", 4, "empty 'form'"),
        (HEADER + "id\tform\na\t… النار\n", 4, "a gap must stand between two words"),
        (HEADER + "id\tform\na\tأطلق … … النار\n", 4, "a gap must stand between two words"),
    ],
)
def test_errors_name_the_file_line_and_problem(tmp_path, body, line, problem):
    path = _write(tmp_path, body)
    with pytest.raises(LexiconError) as caught:
        read_tsv(path)
    assert caught.value.line == line
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}:{line}: ")
