"""Errors the readers raise: one line a planner can act on."""

from __future__ import annotations

__all__ = ["ReadError", "first_line"]


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its type name when it has none."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class ReadError(Exception):
    """A file could not be read. ``str(err)`` is one line naming the file and why.

    ``row`` and ``column`` are set (1-based file row, column name) when the
    problem is at a known place.
    """

    def __init__(self, path, reason: str, row: int | None = None, column: str | None = None):
        self.path = str(path)
        self.reason = reason
        self.row = row
        self.column = column
        where = ""
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{self.path}{where}: {reason}")
