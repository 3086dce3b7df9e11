"""Reading lexicon data files: TSV with a provenance header, checked column by column.

A lexicon file looks like this (columns separated by one TAB):

    # source: written for rasd, each form checked against shared/corpus
    # licence: MIT
    id	form	pos	...
    kill.qatala	قتل	verb	...

Lines starting with "#" are comments; the first other line names the columns. Every
file must carry `# source:` and `# licence:` lines and the columns `id` and `form`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from pathlib import Path

from rasd.errors import LexiconError
from rasd.text.normalise import normalise_form

POS = ("noun", "verb", "name", "exact")
"""Parts of speech: which affixes a form may carry (see `rasd.lexicon.matcher`)."""

GAP = "…"
"""In a form, a place for a few words of the text between two words: "تحميل … مسؤولية" (a split phrase)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of a lexicon file."""

    id: str
    """Stable identifier, unique in its file; events cite it as the rule that fired."""
    form: str
    """The form as written in the file."""
    words: tuple[str, ...]
    """The form normalised and split into words: what the matcher looks for."""
    pos: str
    """One of `POS`; "noun" when the file has no pos column."""
    fields: Mapping[str, str] = field(default_factory=dict)
    """The file's other columns, by name."""
    where: str = ""
    """"file:line", for error messages."""


def data_path(name: str) -> Path:
    """The path of a lexicon file shipped in the package, e.g. data_path("triggers.tsv")."""
    return Path(str(resources.files("rasd.lexicon") / "data" / name))


def read_tsv(path: Path, columns: Iterable[str] = (), *, forms: bool = True) -> list[Entry]:
    """Read a lexicon TSV file, checking its header and that `columns` are present and non-empty.

    With `forms=False` the file is a table keyed by id alone (no `form` column, `words` empty).
    """
    required = ("id", "form", *columns) if forms else ("id", *columns)
    name = path.name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(str(path), None, f"cannot read: {error}") from error
    comments = [line for line in lines if line.startswith("#")]
    for key in ("# source:", "# licence:"):
        if not any(line.startswith(key) for line in comments):
            raise LexiconError(str(path), 1, f"missing a '{key}' header line")
    header: list[str] | None = None
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            missing = [column for column in required if column not in header]
            if missing:
                raise LexiconError(str(path), number, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise LexiconError(str(path), number, f"{len(cells)} cells, the header has {len(header)}")
        row = dict(zip(header, cells, strict=True))
        for column in required:
            if not row[column]:
                raise LexiconError(str(path), number, f"empty '{column}'")
        if row["id"] in seen:
            raise LexiconError(str(path), number, f"id '{row['id']}' already used on line {seen[row['id']]}")
        seen[row["id"]] = number
        pos = row.get("pos") or "noun"
        if pos not in POS:
            raise LexiconError(str(path), number, f"pos '{pos}' is not one of {', '.join(POS)}")
        words = tuple(normalise_form(row["form"]).split()) if forms else ()
        if forms and not words:
            raise LexiconError(str(path), number, f"form '{row['form']}' is empty once normalised")
        if GAP in words and not _gaps_inside(words):
            raise LexiconError(str(path), number, f"form '{row['form']}': a gap must stand between two words")
        others = {key: value for key, value in row.items() if key not in ("id", "form", "pos")}
        entries.append(Entry(row["id"], row.get("form", ""), words, pos, others, f"{name}:{number}"))
    if header is None:
        raise LexiconError(str(path), None, "no header line")
    return entries


def _gaps_inside(words: tuple[str, ...]) -> bool:
    """Whether every gap of a split phrase stands between two words: "أطلق … النار", not "… النار"."""
    return words[0] != GAP and words[-1] != GAP and (GAP, GAP) not in pairwise(words)


def check_choice(entry: Entry, column: str, allowed: Iterable[str], *, optional: bool = False) -> str:
    """The value of `column`, which must be one of `allowed` (or empty when `optional`)."""
    value = entry.fields.get(column, "")
    if optional and not value:
        return value
    allowed = tuple(allowed)
    if value not in allowed:
        path, _, line = entry.where.rpartition(":")
        raise LexiconError(path, int(line), f"{column} '{value}' is not one of {', '.join(allowed)}")
    return value


def check_int(entry: Entry, column: str) -> int:
    """The value of `column` as an integer."""
    value = entry.fields.get(column, "")
    try:
        return int(value)
    except ValueError:
        path, _, line = entry.where.rpartition(":")
        raise LexiconError(path, int(line), f"{column} '{value}' is not a whole number") from None
