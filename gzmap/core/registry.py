"""A registry of entries keyed by a layer kind's name (drawers in render, HTML payload builders in
export), whose built-in entries are registered on first use, so that their modules may import the
registry without an import cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic
from typing import TypeVar

__all__ = ["KindRegistry"]

T = TypeVar("T")


class KindRegistry(Generic[T]):
    """Entries by kind name; ``builtins(registry)`` registers the built-in ones the first time one is asked for."""

    def __init__(self, builtins: Callable[[KindRegistry[T]], None]):
        self._entries: dict[str, T] = {}
        self._builtins: Callable[[KindRegistry[T]], None] | None = builtins

    def register(self, kind: str, entry: T) -> None:
        """Use ``entry`` for layers of ``kind`` (replaces an earlier one)."""
        self._entries[kind] = entry

    def unregister(self, kind: str) -> None:
        self._entries.pop(kind, None)

    def get(self, kind: str) -> T | None:
        if self._builtins is not None:
            builtins, self._builtins = self._builtins, None
            builtins(self)
        return self._entries.get(kind)
