"""Progress and cancel for long work, without threads or Qt.

Long functions take ``progress: Progress | None``. They call
``progress(fraction, message)`` now and then; the call raises
:class:`Cancelled` once the user has pressed Cancel, so work stops at the
next report and leaves no partial result behind. The UI's worker supplies a
Progress that forwards to a progress bar; the CLI and tests pass ``None``
or :func:`silent`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

__all__ = ["Cancelled", "Progress", "report", "silent", "sub_progress"]


class Cancelled(Exception):
    """The user cancelled the work."""


class Progress(Protocol):
    def __call__(self, fraction: float, message: str = "") -> None:
        """Report ``fraction`` (0–1) done; raise :class:`Cancelled` to stop."""


def silent(fraction: float, message: str = "") -> None:
    """A Progress that ignores reports."""


def report(progress: Progress | None, fraction: float, message: str = "") -> None:
    """Report to ``progress`` if there is one (and so let it cancel)."""
    if progress is not None:
        progress(min(max(float(fraction), 0.0), 1.0), message)


def sub_progress(progress: Progress | None, start: float, end: float) -> Callable[[float, str], None]:
    """A Progress mapping 0–1 onto ``start``–``end`` of ``progress`` (for steps of a pipeline)."""

    def inner(fraction: float, message: str = "") -> None:
        report(progress, start + (end - start) * fraction, message)

    return inner
