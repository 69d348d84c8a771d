"""The shape of a project description (the JSON in a project file's ``gzmap_project`` table).

A project file may come from anyone (e-mail, USB stick), so its description is
checked here before anything in it is used: every field's type and range, the
depth of nesting (at most :data:`MAX_DEPTH`), the length of every text (at
most :data:`MAX_TEXT` characters), zooms 0 to 24 and finite coordinates.

The schema is declared once, as data (:data:`DESCRIPTION`), from a few small
node types (:class:`Text`, :class:`Number`, :class:`Obj`, ...). Keys a node
does not declare are allowed and left alone (a newer GZMap may add some);
declared keys must have the declared type. :func:`validate` raises
:class:`Invalid` with the path of the first wrong field, for example
``layers[2].opacity`` and ``must be a number from 0 to 1``.

Pure Python (no Qt); pandas and pyproj are only imported to check dtype and
datum names.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = [
    "DESCRIPTION",
    "Invalid",
    "MAX_DEPTH",
    "MAX_DESCRIPTION_BYTES",
    "MAX_TEXT",
    "MAX_ZOOM",
    "check_json_text",
    "finite_box",
    "validate",
]

#: Deepest nesting of lists/objects a description may have.
MAX_DEPTH = 64
#: Longest text (value or key) in a description, characters.
MAX_TEXT = 64 * 1024
#: Largest description, bytes of JSON (a real one is a few hundred KB at most).
MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024
#: Highest tile zoom level.
MAX_ZOOM = 24


class Invalid(ValueError):
    """A description field is wrong: ``where`` is its path (``layers[2].opacity``), ``reason`` what is wrong."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}" if where else reason)
        self.where = where
        self.reason = reason


# -- the text itself: size and depth before json.loads ------------------------------------

_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET_RE = re.compile(r"[\[\]{}]")


def check_json_text(text: str) -> None:
    """Refuse a JSON text that is too large or nested deeper than :data:`MAX_DEPTH`
    (checked on the text, so ``json.loads`` never recurses deeply)."""
    if len(text) > MAX_DESCRIPTION_BYTES:
        raise Invalid("", f"the project description is larger than {MAX_DESCRIPTION_BYTES // 2**20} MB")
    depth = 0
    for m in _BRACKET_RE.finditer(_STRING_RE.sub('""', text)):
        if m.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise Invalid("", f"the project description is nested deeper than {MAX_DEPTH} levels")
        else:
            depth -= 1


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


def _is_number(value: Any) -> bool:
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
    test: Callable[[str], str | None] | None = None   # returns a reason when the text is wrong

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
        if not _is_number(value) or (self.integer and not isinstance(value, int)):
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
            n = (f"{self.min_len}" if self.min_len == self.max_len else
                 f"{self.min_len} to {self.max_len}")
            raise Invalid(where, f"must be a list of {n} items, not {len(value)}")
        for i, v in enumerate(value):
            self.item.check(v, f"{where}[{i}]")


@dataclass
class Box(Node):
    """(min x, min y, max x, max y): four finite numbers within ``limits`` with min <= max."""

    limits: tuple[float, float, float, float] = (-540.0, -90.0, 540.0, 90.0)
    nullable: bool = True

    def _check(self, value, where):
        if not isinstance(value, list) or len(value) != 4 or not all(_is_number(v) for v in value):
            raise Invalid(where, f"must be 4 numbers (min lon, min lat, max lon, max lat), not {_kind(value)}")
        if not all(math.isfinite(v) for v in value):
            raise Invalid(where, "must be 4 finite numbers (not NaN or infinite)")
        x0, y0, x1, y1 = value
        lx0, ly0, lx1, ly1 = self.limits
        if not (lx0 <= x0 <= x1 <= lx1 and ly0 <= y0 <= y1 <= ly1):
            raise Invalid(where, f"must have min <= max, longitudes {lx0:g} to {lx1:g} and latitudes "
                                 f"{ly0:g} to {ly1:g}")


@dataclass
class Obj(Node):
    """An object whose declared ``fields`` have their type (unknown keys are allowed).

    ``required``: keys that must be there. ``variant``: (key, {value: Obj}) adds the
    fields of the object chosen by that key's value (a layer's ``kind``).
    ``test``: a check across fields, returning (field, reason) when they do not fit together.
    """

    fields: dict[str, Node] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    variant: tuple[str, dict[str, "Obj"]] | None = None
    test: Callable[[dict], tuple[str, str] | None] | None = None
    nullable: bool = False

    def _check(self, value, where):
        if not isinstance(value, dict):
            raise Invalid(where, f"must be an object, not {_kind(value)}")
        for key in self.required:
            if key not in value:
                raise Invalid(_join(where, key), "is missing")
        for key, node in self.fields.items():
            if key in value:
                node.check(value[key], _join(where, key))
        if self.variant is not None:
            key, options = self.variant
            sub = options.get(value.get(key)) if isinstance(value.get(key), str) else None
            if sub is not None:
                sub.check(value, where)
        if self.test is not None and (bad := self.test(value)):
            raise Invalid(_join(where, bad[0]), bad[1])


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# -- checks of names ------------------------------------------------------------------------------

def _datum(text: str) -> str | None:
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


def _dtype(text: str) -> str | None:
    if text in ("category", "geometry"):
        return None
    import numpy as np
    import pandas as pd

    try:
        dtype = pd.api.types.pandas_dtype(text)
    except Exception:  # pandas raises TypeError/ValueError/others for names it does not know
        return f"{text[:40]!r} is not a column type GZMap writes"
    if isinstance(dtype, np.dtype) and (dtype.kind not in _SAFE_DTYPE_KINDS or dtype.itemsize > 16
                                        or dtype.subdtype is not None):
        return f"{text[:40]!r} is not a column type GZMap writes"
    return None


_DTYPE = Text(max_len=64, test=_dtype)
_ENCODINGS = ("wkb", "iso", "ns", "json", "str")


def _column(depth: int = 0) -> Obj:
    """A column description (``inner`` is the description of a category column's values)."""
    fields: dict[str, Node] = {
        "dtype": _DTYPE,
        "encoding": Text(choices=_ENCODINGS),
        "name": Scalar(),
        "name_type": Text(max_len=32),
        "stored": Text(max_len=1024, nonempty=True),
        "categories": ListOf(Scalar()),
        "ordered": Bool(),
        "categories_dtype": Text(max_len=64, nullable=True, test=_dtype),
        "lossy": Bool(),
    }
    if depth < 2:
        fields["inner"] = _column(depth + 1)
    return Obj(fields)


def _zooms(src: dict) -> tuple[str, str] | None:
    lo, hi = src.get("minzoom"), src.get("maxzoom")
    if _is_number(lo) and _is_number(hi) and lo > hi:
        return "minzoom", "must not be above maxzoom"
    return None


def _tile_url(text: str) -> str | None:
    if not re.match(r"https?://[^/\s]+/", text) or not all(k in text for k in ("{z}", "{x}", "{y}")):
        return "must be an http(s) address with {z}, {x} and {y}"
    return None


_ZOOM = Number(0, MAX_ZOOM, integer=True)

TILE_SOURCE = Obj({
    "type": Text(choices=("mbtiles", "xyz", "online")),
    "path": Text(max_len=4096, nullable=True),
    "relative_path": Text(max_len=4096, nullable=True),
    "url": Text(max_len=4096, nullable=True, test=_tile_url),
    "cache_dir": Text(max_len=4096, nullable=True),
    "scheme": Text(choices=("xyz", "tms"), nullable=True),
    "minzoom": _ZOOM,
    "maxzoom": _ZOOM,
    "missing": Bool(),
}, required=("type",), test=_zooms)

_LAYER_COMMON: dict[str, Node] = {
    "id": Text(max_len=256),
    "kind": Text(max_len=64),
    "class": Text(max_len=64),
    "name_zh": Text(nullable=True),
    "name_en": Text(nullable=True),
    "source": Text(nullable=True),
    "source_datum": Text(test=_datum),
    "provenance": Obj(nullable=True),
    "style": Obj(nullable=True),
    "visible": Bool(),
    "opacity": Number(0, 1),
}

_VECTOR = Obj({
    "table": Text(max_len=1024, nonempty=True),
    "geometry_column": Scalar(),
    "columns": ListOf(_column()),
    "index": Obj({
        "kind": Text(choices=("range", "column")),
        "start": Number(-2**62, 2**62, integer=True),
        "step": Number(-2**62, 2**62, integer=True),
        "name": Scalar(),
        "dtype": _DTYPE,
        "encoding": Text(choices=_ENCODINGS),
    }, test=lambda d: ("step", "must not be 0") if d.get("step") == 0 else None),
    "geometry_position": Number(0, 1_000_000, integer=True, nullable=True),
    "rows": Number(0, 2**53, integer=True),
    "crs": Text(max_len=64),
}, required=("table",))

_RASTER = Obj({
    "grid": Text(max_len=256, nonempty=True),
    "transform": ListOf(Number(), min_len=6, max_len=6),
    "crs": Text(test=_datum),
    "meta": Obj(nullable=True),
    "shape": ListOf(Number(0, 2**40, integer=True), max_len=8),
    "dtype": Text(max_len=64),
}, required=("grid", "transform"))

_TILES = Obj({
    "tile_source": TILE_SOURCE,
    "datum": Text(choices=("wgs84", "gcj02")),
    "tile_bounds": Box(),
}, required=("tile_source",))

LAYER = Obj(_LAYER_COMMON, required=("kind",),
            variant=("kind", {"vector": _VECTOR, "raster": _RASTER, "tiles": _TILES}))

#: The whole description, as :func:`gzmap.io.project.snapshot_project` writes it.
DESCRIPTION = Obj({
    "format": Text(max_len=64),
    "schema_version": Number(1, 1_000_000, integer=True),
    "app_version": Text(max_len=256, nullable=True),
    "saved_at": Text(max_len=64, nullable=True),
    "title": Text(nullable=True),
    "display_datum": Text(test=_datum, nullable=True),
    "language": Text(max_len=16, pattern=r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?", nullable=True),
    "view_extent": Box(),
    "metadata": Obj(nullable=True),
    "layers": ListOf(LAYER, max_len=10_000),
    "edit_log_rows": Number(0, 2**53, integer=True, nullable=True),
}, required=("format", "schema_version"))


# -- the whole description --------------------------------------------------------------------

def _walk_limits(value: Any) -> None:
    """Check the depth and every text and key of ``value`` (iteratively: no recursion)."""
    stack: list[tuple[Any, str, int]] = [(value, "", 1)]
    while stack:
        v, where, depth = stack.pop()
        if isinstance(v, dict):
            if depth > MAX_DEPTH:
                raise Invalid(where, f"nested deeper than {MAX_DEPTH} levels")
            for k, x in v.items():
                if len(k) > MAX_TEXT:
                    raise Invalid(where, f"a key is longer than {MAX_TEXT} characters")
                stack.append((x, _join(where, k if len(k) <= 40 else k[:40] + "…"), depth + 1))
        elif isinstance(v, list):
            if depth > MAX_DEPTH:
                raise Invalid(where, f"nested deeper than {MAX_DEPTH} levels")
            stack.extend((x, f"{where}[{i}]", depth + 1) for i, x in enumerate(v))
        elif isinstance(v, str):
            if len(v) > MAX_TEXT:
                raise Invalid(where, f"text longer than {MAX_TEXT} characters")
        elif isinstance(v, float) and not math.isfinite(v):
            raise Invalid(where, "must be a finite number (not NaN or infinite)")
        elif not (v is None or isinstance(v, (bool, int, float))):
            raise Invalid(where, f"{type(v).__name__} is not a JSON value")


def validate(description: Any) -> dict:
    """Check a parsed description against :data:`DESCRIPTION` and the global limits.

    Returns ``description`` unchanged; raises :class:`Invalid` for the first wrong field.
    """
    _walk_limits(description)
    DESCRIPTION.check(description, "")
    return description


def finite_box(value: Any) -> tuple[float, float, float, float] | None:
    """``value`` as a (min x, min y, max x, max y) tuple of finite floats with min <= max, or None."""
    try:
        box = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        return None
    if len(box) != 4 or not all(math.isfinite(v) for v in box) or box[0] > box[2] or box[1] > box[3]:
        return None
    return box
