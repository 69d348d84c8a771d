"""Declared shapes of JSON data (a project description and each layer kind's part of it).

A node (:class:`Text`, :class:`Number`, :class:`Obj`, ...) checks one value and
raises :class:`Invalid` naming the path of the first wrong field, for example
``layers[2].opacity`` and ``must be a number from 0 to 1``. Keys an
:class:`Obj` does not declare are allowed and left alone (a newer GZMap may add
some). Layer kinds (:mod:`gzmap.core.kinds`) declare the fields of their
description with these nodes; :mod:`gzmap.io.project_schema` declares the rest.

Pure Python (no Qt); pandas and pyproj are only imported to check dtype and
datum names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import Protocol
from typing import TypeGuard

__all__ = [
    "AnyJSON",
    "Bool",
    "Box",
    "DATUM",
    "DTYPE",
    "Invalid",
    "ListOf",
    "MAX_TEXT",
    "Node",
    "Number",
    "Obj",
    "Scalar",
    "Text",
    "datum_reason",
    "dtype_reason",
    "is_number",
    "join",
]

#: Longest text (value or key) in a description, characters.
MAX_TEXT = 64 * 1024


class Invalid(ValueError):
    """A description field is wrong: ``where`` is its path (``layers[2].opacity``), ``reason`` what is wrong."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}" if where else reason)
        self.where = where
        self.reason = reason


# -- node types ------------------------------------------------------------------------------


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def is_number(value: Any) -> TypeGuard[int | float]:
    """True for an int or float (a JSON number), not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Node:
    """One field of the schema. ``nullable``: null is accepted (and means "not set")."""

    nullable = False

    def check(self, value: Any, where: str) -> None:
        if value is None and self.nullable:
            return
        self._check(value, where)

    def _check(self, value: Any, where: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class AnyJSON(Node):
    """Any JSON value (its texts and depth are checked by :func:`validate` as a whole)."""

    nullable: bool = True

    def _check(self, value, where):
        pass


@dataclass
class Scalar(Node):
    """Text, a number, true/false or null (column and index names)."""

    nullable: bool = True

    def _check(self, value, where):
        if isinstance(value, (list, dict)):
            raise Invalid(where, f"must be text or a number, not {_kind(value)}")


@dataclass
class Text(Node):
    """Text of at most ``max_len`` characters; ``choices``, ``pattern`` and ``test`` restrict it."""

    max_len: int = MAX_TEXT
    nullable: bool = False
    nonempty: bool = False
    choices: tuple[str, ...] | None = None
    pattern: str | None = None
    test: Callable[[str], str | None] | None = None  # returns a reason when the text is wrong

    def _check(self, value, where):
        if not isinstance(value, str):
            raise Invalid(where, f"must be text, not {_kind(value)}")
        if len(value) > self.max_len:
            raise Invalid(where, f"text longer than {self.max_len} characters")
        if self.nonempty and not value:
            raise Invalid(where, "must not be empty")
        if self.choices is not None and value not in self.choices:
            raise Invalid(where, f"must be one of {', '.join(self.choices)}, not {value[:40]!r}")
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            raise Invalid(where, f"{value[:40]!r} is not a valid value here")
        if self.test is not None and (reason := self.test(value)):
            raise Invalid(where, reason)


@dataclass
class Bool(Node):
    nullable: bool = False

    def _check(self, value, where):
        if not isinstance(value, bool):
            raise Invalid(where, f"must be true or false, not {_kind(value)}")


@dataclass
class Number(Node):
    """A finite number from ``lo`` to ``hi``; ``integer``: a whole number."""

    lo: float = -math.inf
    hi: float = math.inf
    integer: bool = False
    nullable: bool = False

    def _check(self, value, where):
        what = "a whole number" if self.integer else "a number"
        lo, hi = abs(self.lo) < 1e12, abs(self.hi) < 1e12  # wider limits only keep the number sane
        if lo and hi:
            what += f" from {self.lo:g} to {self.hi:g}"
        elif lo:
            what += f" of at least {self.lo:g}"
        if not is_number(value) or (self.integer and not isinstance(value, int)):
            raise Invalid(where, f"must be {what}, not {_kind(value)}")
        if not math.isfinite(value) or not self.lo <= value <= self.hi:
            raise Invalid(where, f"must be {what}")


@dataclass
class ListOf(Node):
    item: Node = field(default_factory=AnyJSON)
    min_len: int = 0
    max_len: int = 1_000_000
    nullable: bool = False

    def _check(self, value, where):
        if not isinstance(value, list):
            raise Invalid(where, f"must be a list, not {_kind(value)}")
        if not self.min_len <= len(value) <= self.max_len:
            n = f"{self.min_len}" if self.min_len == self.max_len else f"{self.min_len} to {self.max_len}"
            raise Invalid(where, f"must be a list of {n} items, not {len(value)}")
        for i, v in enumerate(value):
            self.item.check(v, f"{where}[{i}]")


@dataclass
class Box(Node):
    """(min x, min y, max x, max y): four finite numbers within ``limits`` with min <= max."""

    limits: tuple[float, float, float, float] = (-540.0, -90.0, 540.0, 90.0)
    nullable: bool = True

    def _check(self, value, where):
        if not isinstance(value, list) or len(value) != 4 or not all(is_number(v) for v in value):
            raise Invalid(where, f"must be 4 numbers (min lon, min lat, max lon, max lat), not {_kind(value)}")
        if not all(math.isfinite(v) for v in value):
            raise Invalid(where, "must be 4 finite numbers (not NaN or infinite)")
        x0, y0, x1, y1 = value
        lx0, ly0, lx1, ly1 = self.limits
        if not (lx0 <= x0 <= x1 <= lx1 and ly0 <= y0 <= y1 <= ly1):
            raise Invalid(
                where, f"must have min <= max, longitudes {lx0:g} to {lx1:g} and latitudes {ly0:g} to {ly1:g}"
            )


class Variants(Protocol):
    """The objects a variant key chooses from: a dict {value: Obj}, or a registry answering ``get``."""

    def get(self, value: str, /) -> Obj | None: ...


@dataclass
class Obj(Node):
    """An object whose declared ``fields`` have their type (unknown keys are allowed).

    ``required``: keys that must be there. ``variant``: (key, {value: Obj} or other
    :class:`Variants`) adds the fields of the object chosen by that key's value (a layer's ``kind``).
    ``test``: a check across fields, returning (field, reason) when they do not fit together.
    """

    fields: dict[str, Node] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    variant: tuple[str, Variants] | None = None
    test: Callable[[dict], tuple[str, str] | None] | None = None
    nullable: bool = False

    def _check(self, value, where):
        if not isinstance(value, dict):
            raise Invalid(where, f"must be an object, not {_kind(value)}")
        for key in self.required:
            if key not in value:
                raise Invalid(join(where, key), "is missing")
        for key, node in self.fields.items():
            if key in value:
                node.check(value[key], join(where, key))
        if self.variant is not None:
            key, options = self.variant
            chosen = value.get(key)
            sub = options.get(chosen) if isinstance(chosen, str) else None
            if sub is not None:
                sub.check(value, where)
        if self.test is not None and (bad := self.test(value)):
            raise Invalid(join(where, bad[0]), bad[1])


def join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# -- checks of names ------------------------------------------------------------------------------


def datum_reason(text: str) -> str | None:
    from gzmap.core.datums import normalize_datum

    if len(text) > 64:
        return "is not a datum or coordinate system"
    try:
        normalize_datum(text)
    except Exception:  # DatumError, or pyproj failing on a strange EPSG code
        return f"{text[:40]!r} is not a datum GZMap knows (wgs84, gcj02, bd09, cgcs2000 or EPSG:NNNN)"
    return None


#: numpy kinds a saved column may have; fixed-width text/bytes and records ('U', 'S', 'V')
#: are refused because their width comes from the file (a width of 10**9 would take all memory).
_SAFE_DTYPE_KINDS = set("biufcmMO")


def dtype_reason(text: str) -> str | None:
    if text in ("category", "geometry"):
        return None
    import numpy as np
    import pandas as pd

    try:
        dtype = pd.api.types.pandas_dtype(text)
    except Exception:  # pandas raises TypeError/ValueError/others for names it does not know
        return f"{text[:40]!r} is not a column type GZMap writes"
    if isinstance(dtype, np.dtype) and (
        dtype.kind not in _SAFE_DTYPE_KINDS or dtype.itemsize > 16 or dtype.subdtype is not None
    ):
        return f"{text[:40]!r} is not a column type GZMap writes"
    return None


DTYPE = Text(max_len=64, test=dtype_reason)
DATUM = Text(test=datum_reason)
