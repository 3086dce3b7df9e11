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
