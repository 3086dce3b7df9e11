"""Every error rasd raises on purpose, each naming where the problem is."""

from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd raises on purpose."""


class LexiconError(RasdError):
    """A lexicon data file is malformed: names the file, the line and the problem."""

    def __init__(self, path: str, line: int | None, problem: str):
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class InputError(RasdError):
    """An input record cannot be read: names the file, the line and the problem."""

    def __init__(self, path: str, line: int | None, problem: str):
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class SkippedInput(InputError):
    """A readable record rasd does not process (no Arabic text): names the file, line and item.

    A notice, not a failure of the input: callers that count failures leave it out.
    """

    def __init__(self, path: str, line: int | None, problem: str, item: str | None = None):
        self.item = item
        super().__init__(path, line, f"{problem} (item {item})" if item else problem)
