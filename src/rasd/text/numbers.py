"""Quantities in a token sequence: digits, number words, vague amounts and hedges.

The words live in `lexicon/data/numbers.tsv`; this module only combines them the way a reader
does: a unit before a ten, joined by و ("خمسة وعشرين" = 25); a unit then عشر for the teens
("اثنا عشر" = 12); a number times a scale ("ثلاثة آلاف" = 3000, "2 مليون"); smaller parts
after a scale ("ثلاثة آلاف وخمسمائة" = 3500). Numbers that do not make one numeral are never
summed: "14 طفلا و9 نساء" gives 14 and 9; a و before digits starts a new number, except for a
smaller part right after a scale ("ثلاثة آلاف و355" = 3355, but "بين 5 آلاف و8 آلاف" gives two).

Digits: "1,500" and "1.500.000" are thousands; a decimal ("2.5", "1,7") is no count and gives
no quantity, unless a scale follows ("1,7 مليون" = 1700000). One dot before exactly three
digits is a thousands dot ("10.000 مدني" = 10000) unless a scale follows ("1.762 مليار").
A percentage is no count either: "30 في المئة" and "30%" give no quantity.

    >>> from rasd.text.normalise import normalise
    >>> from rasd.text.tokens import tokenize
    >>> reader = NumberReader.load()
    >>> [(q.value, q.approximate) for q in reader.find(tokenize(normalise("قتل نحو خمسة وعشرين").text))]
    [(25, True)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import compress, repeat
from operator import attrgetter, eq
from typing import NamedTuple

from rasd.lexicon.loader import Entry, check_choice, check_int, data_path, read_tsv
from rasd.lexicon.matcher import Matcher, WordIndex
from rasd.text.tokens import Token

KINDS = ("unit", "ten", "hundred", "scale", "scale-plural", "vague", "approx", "percent", "ordinal")
"""Kinds of entry in numbers.tsv; the file's header says what each one means."""
VALUELESS = frozenset({"vague", "approx", "percent", "ordinal"})
"""Kinds whose entries carry no number."""
DIGITS_RULE = "digits"
"""The rule id a digit token cites."""

_MULTIPLIERS = frozenset({10**3, 10**6, 10**9})  # a dual scale (ألفين = 2000) multiplies nothing
_SCALES = frozenset({"scale", "scale-plural"})
_VAGUE_TAIL = _SCALES | {"vague"}  # "عشرات الآلاف", "بضعة آلاف"
_AND = "و"
_PERCENT_SIGN = "%"
_INTEGER = re.compile(r"[0-9]+")  # ASCII only: "¹" or "१" is no number here
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*")
_DECIMAL = re.compile(r"([0-9]+)[.,]([0-9]+)")
Number = int | Fraction
"""A number read: an int, or a Fraction for a decimal ("2.5"); ints are much cheaper to make and add."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, or a vague amount, at tokens[start:end]: "نحو 3 آلاف" -> 3000, approximate."""

    start: int
    """Index of the first token, a hedge such as نحو included."""
    end: int
    """Index past the last token."""
    value: int | None
    """The number; None when vague ("عشرات")."""
    vague: bool
    """An unstated amount: "عشرات", "مئات الآلاف", "آلاف", "بضعة", "عدة"."""
    approximate: bool
    """Hedged before the number: "نحو", "حوالي", "أكثر من", "ما لا يقل عن"."""
    rules: tuple[str, ...]
    """Ids of the numbers.tsv entries read, in order; "digits" for a digit token."""


class _Atom(NamedTuple):
    """One number word, digit token, hedge or marker at tokens[start:end] (a named tuple: cheap to make)."""

    start: int
    end: int
    kind: str
    """A `KINDS` value, or "digits" / "decimal" for a digit token."""
    value: Number | None
    rule: str
    prefixes: tuple[tuple[str, str], ...]
    """Proclitics on its first word, e.g. (("CONJ", "و"),) for "وعشرين"."""


@dataclass(frozen=True, slots=True)
class _Numeral:
    """A numeral read so far: "ثلاثة آلاف وخمس" -> total 3000, group 5, last "unit", scale 1000."""

    total: Number
    """The sum of the finished scale groups."""
    group: Number
    """The group being read, below the last scale."""
    last: str
    """What was read last: an atom kind, or "teen"."""
    scale: int | None
    """The last scale; a later scale must be smaller."""


def _digits_value(text: str, before_scale: bool) -> tuple[Number, bool] | None:
    """A digit token's number and whether it is a decimal: "1,500" -> (1500, False), "2.5" -> (5/2, True)."""
    if len(text) > 40:  # no count is that long, and int() refuses strings of over 4300 digits
        return None
    if _INTEGER.fullmatch(text):
        return int(text), False
    thousands = _THOUSANDS.fullmatch(text)
    if thousands and not (before_scale and thousands.group(1) == "." and text.count(".") == 1):
        return int(re.sub(r"[.,]", "", text)), False
    decimal = _DECIMAL.fullmatch(text)
    if decimal:
        return Fraction(f"{decimal.group(1)}.{decimal.group(2)}"), True
    return None  # "12.3.2018", "1,2,3"


class NumberReader:
    """Finds quantities in token sequences. Built once from numbers.tsv, read-only afterwards."""

    def __init__(self, entries: list[Entry], index: WordIndex | None = None):
        self._values = {entry.id: _value_of(entry) for entry in entries}
        self._kinds = {entry.id: entry.fields["kind"] for entry in entries}
        self._matcher = Matcher(entries, index)
        self._last: tuple[tuple[Token, ...], list[_Atom]] | None = None

    @classmethod
    def load(cls, index: WordIndex | None = None) -> NumberReader:
        """The reader of the numbers.tsv shipped with rasd (its words looked up in `index`, if given)."""
        return cls(read_tsv(data_path("numbers.tsv"), ("kind",)), index)

    def find(self, tokens: Sequence[Token]) -> list[Quantity]:
        """Every quantity, left to right: "قتل 14 طفلا و9 نساء" -> 14 and 9."""
        atoms = self._atoms_of(tokens)
        found, i = [], 0
        while i < len(atoms):
            quantity, used = _read(tokens, atoms, i)
            i += used
            if quantity and not _is_percentage(tokens, atoms[i : i + 1], quantity.end):
                found.append(quantity)
        return found

    def hedges(self, tokens: Sequence[Token]) -> frozenset[int]:
        """Token indexes right after a hedge: "ما لا يقل عن شخصين" -> the index of "شخصين"."""
        return frozenset(atom.end for atom in self._atoms_of(tokens) if atom.kind == "approx")

    def _atoms_of(self, tokens: Sequence[Token]) -> list[_Atom]:
        """`_atoms`, remembered for the last tuple of tokens read: `find` and `hedges` read the same one."""
        last = self._last
        if last is not None and last[0] is tokens:
            return last[1]
        atoms = self._atoms(tokens)
        if isinstance(tokens, tuple):  # a list could change before the next call
            self._last = (tokens, atoms)  # one assignment: a reader in another thread sees old or new
        return atoms

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_last": None}

    def _atoms(self, tokens: Sequence[Token]) -> list[_Atom]:
        """The number words (no suffix: every inflected form is a row) and digit tokens, in order."""
        words = {
            hit.start: _Atom(
                hit.start,
                hit.end,
                self._kinds[hit.entry.id],
                self._values[hit.entry.id],
                hit.entry.id,
                hit.analysis.prefixes,
            )
            for hit in self._matcher.find(tokens)
            if not hit.analysis.kinds & {"NUM", "PRON"}
        }
        atoms = list(words.values())
        for i in compress(range(len(tokens)), map(eq, map(attrgetter("kind"), tokens), repeat("number"))):
            token = tokens[i]
            after = words.get(i + 1)
            read = _digits_value(token.text, after is not None and after.kind in _SCALES)
            if read:
                kind = "decimal" if read[1] else "digits"
                atoms.append(_Atom(i, i + 1, kind, read[0], DIGITS_RULE, ()))
        return sorted(atoms, key=lambda atom: atom.start)


def _value_of(entry: Entry) -> int | None:
    """The number an entry stands for; None for the kinds in `VALUELESS`."""
    if check_choice(entry, "kind", KINDS) in VALUELESS:
        return None
    return check_int(entry, "value")


def _link(tokens: Sequence[Token], left: _Atom, right: _Atom) -> str | None:
    """How `right` follows `left`: "and" (after و), "next" (right after), or None (not at all)."""
    prefixes = right.prefixes
    if right.start == left.end + 1 and tokens[left.end].text == _AND:
        how = "and"
    elif right.start == left.end and prefixes[:1] == (("CONJ", _AND),):
        how, prefixes = "and", prefixes[1:]
    elif right.start == left.end:
        how = "next"
    else:
        return None
    return how if all(kind == "DET" for kind, _ in prefixes) else None


def _step(numeral: _Numeral, atom: _Atom, how: str) -> _Numeral | None:
    """The numeral with `atom` read after it, or None when `atom` is not part of it."""
    kind, value = atom.kind, atom.value
    if value is None:
        return None
    if how == "next":
        if kind == "ten" and value == 10 and numeral.last == "unit":  # خمسة عشر
            return replace(numeral, group=numeral.group + value, last="teen")
        fresh = numeral.scale is None or value < numeral.scale
        if kind in _SCALES and value in _MULTIPLIERS and numeral.last != "scale" and fresh:  # ثلاثة آلاف
            return _Numeral(numeral.total + numeral.group * value, 0, "scale", int(value))
        return None
    after_scale = numeral.last == "scale" and numeral.scale is not None
    if after_scale and kind in ("unit", "ten", "hundred", "digits") and value < numeral.scale:  # ألف و500
        return _Numeral(numeral.total, value, kind, numeral.scale)
    if after_scale and kind == "scale" and value < numeral.scale:  # مليون وألف
        return _Numeral(numeral.total + value, 0, "scale", int(value))
    if (numeral.last, kind) in (("hundred", "unit"), ("hundred", "ten")) or (
        numeral.last == "unit" and kind == "ten" and value >= 20  # خمسة وعشرين
    ):
        return replace(numeral, group=numeral.group + value, last=kind)
    return None


def _start(atom: _Atom) -> _Numeral:
    """The numeral made of `atom` alone: "ألف" -> 1000, "خمسة" -> 5."""
    value = atom.value or 0
    if atom.kind == "scale":
        return _Numeral(value, 0, "scale", int(value))
    return _Numeral(0, value, atom.kind, None)


def _read_numeral(tokens: Sequence[Token], atoms: list[_Atom], i: int) -> tuple[Quantity | None, int]:
    """The numeral starting at atoms[i], and how many atoms it used."""
    numeral, j = _start(atoms[i]), i + 1
    before_part: tuple[_Numeral, int] | None = None  # the numeral before "و" + a part after a scale
    while j < len(atoms):
        how = _link(tokens, atoms[j - 1], atoms[j])
        after = _step(numeral, atoms[j], how) if how else None
        if after is None:
            if before_part and how == "next" and atoms[j].kind in _SCALES:
                numeral, j = before_part  # "5 آلاف و8 آلاف": the part has a scale of its own
            break
        if after.last == "scale":
            before_part = None
        elif how == "and" and numeral.last == "scale":
            before_part = (numeral, j)
        numeral, j = after, j + 1
    value = numeral.total + numeral.group
    if numeral.last == "decimal" or value.denominator != 1:
        return None, j - i  # "2.5" alone is no count
    rules = tuple(atom.rule for atom in atoms[i:j])
    return Quantity(atoms[i].start, atoms[j - 1].end, int(value), False, False, rules), j - i


def _read_vague(tokens: Sequence[Token], atoms: list[_Atom], i: int) -> tuple[Quantity, int]:
    """The vague amount starting at atoms[i]: "عشرات الآلاف", "بضعة آلاف", "آلاف"."""
    j = i + 1
    while j < len(atoms) and atoms[j].kind in _VAGUE_TAIL and _link(tokens, atoms[j - 1], atoms[j]) == "next":
        j += 1
    rules = tuple(atom.rule for atom in atoms[i:j])
    return Quantity(atoms[i].start, atoms[j - 1].end, None, True, False, rules), j - i


def _read(tokens: Sequence[Token], atoms: list[_Atom], i: int) -> tuple[Quantity | None, int]:
    """The quantity starting at atoms[i], if any, and how many atoms it used (at least one)."""
    atom = atoms[i]
    follows = i + 1 < len(atoms) and _link(tokens, atom, atoms[i + 1]) == "next"
    if atom.kind == "approx":
        quantity, used = _read(tokens, atoms, i + 1) if follows else (None, 0)
        if quantity is None:
            return None, 1 + used
        rules = (atom.rule, *quantity.rules)
        return replace(quantity, start=atom.start, approximate=True, rules=rules), 1 + used
    if atom.kind == "ordinal":  # "الثامن عشر", "الثامنة والثلاثين" are no numbers
        return None, 2 if _ordinal_tail(tokens, atom, atoms[i + 1 : i + 2]) else 1
    if atom.kind in ("vague", "scale-plural"):
        return _read_vague(tokens, atoms, i)
    if atom.kind == "percent":
        return None, 1
    return _read_numeral(tokens, atoms, i)


def _ordinal_tail(tokens: Sequence[Token], ordinal: _Atom, following: list[_Atom]) -> bool:
    """Whether the atom after an ordinal is its ten: "الثامن عشر", "الحادي والعشرين"."""
    if not following or following[0].kind != "ten" or following[0].value is None:
        return False
    how = _link(tokens, ordinal, following[0])
    return (how == "next" and following[0].value == 10) or (how == "and" and following[0].value >= 20)


def _is_percentage(tokens: Sequence[Token], following: list[_Atom], end: int) -> bool:
    """Whether the quantity ending at token `end` is a percentage: "30 في المئة", "30%"."""
    if end < len(tokens) and tokens[end].text == _PERCENT_SIGN:
        return True
    return bool(following) and following[0].start == end and following[0].kind == "percent"
