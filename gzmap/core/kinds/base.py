"""The layer-kind interface: what every kind of layer implements, and the registry of kinds.

A kind is a :class:`Layer` subclass with a stable name (:attr:`Layer.kind`,
saved in project files) that answers, in pure code:

* :meth:`Layer.bounds` — its extent in WGS84 degrees;
* :meth:`Layer.legend_data` / :attr:`Layer.legend_shape` / :meth:`Layer.legend_entries`
  — what its legend counts and how its swatches look;
* :meth:`Layer.identify` — the feature (row) or cell value at a point;
* :meth:`Layer.to_description` / :meth:`Layer.from_description` — its part of a
  project file (the fields of :attr:`Layer.description_schema`), with its data
  handed to a :class:`LayerStore` (the project file, in :mod:`gzmap.io.project`).

It registers itself with :func:`register_kind`. Drawing and the HTML payload
live in their own layers of the code, keyed by the same name:
:func:`gzmap.render.drawers.register_drawer` and
:func:`gzmap.export.payloads.register_payload`. See ``docs/architecture/layer_kinds.md``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import TYPE_CHECKING
from typing import Any
from typing import ClassVar
from typing import Protocol

import numpy as np
from psygnal import Signal

from gzmap.core.layer_filter import LayerFilter
from gzmap.core.style import LegendEntry
from gzmap.core.style import SingleStyle
from gzmap.core.style import Style

if TYPE_CHECKING:
    from gzmap.core.schema import Obj

__all__ = [
    "Hit",
    "Layer",
    "LayerStore",
    "LoadingStore",
    "SavingStore",
    "is_layer_id",
    "kind_class",
    "layer_kinds",
    "new_layer_id",
    "register_kind",
]

_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def new_layer_id() -> str:
    """A new layer id: 12 random hex digits, made once and kept in the project file."""
    return uuid.uuid4().hex[:12]


def is_layer_id(value: Any) -> bool:
    """True for text a project file may use as a layer id (1-64 letters, digits, '_' or '-')."""
    return isinstance(value, str) and _ID_RE.fullmatch(value) is not None


def _unit_interval(value) -> float:
    """``value`` clamped to 0–1; NaN (which no painter or CSS takes) counts as fully opaque."""
    value = float(value)
    return 1.0 if value != value else min(max(value, 0.0), 1.0)


@dataclass
class Hit:
    """What :meth:`Layer.identify` found: a feature's ``row`` (position) and/or ``values`` (a cell's value)."""

    row: int | None = None
    values: dict[str, Any] = field(default_factory=dict)


class SavingStore(Protocol):
    """Where a kind keeps the data its description refers to while a project is saved (the project file).

    Frames and arrays are kept exactly (dtypes, index, column order); links to
    outside files are kept both absolute and relative to the project, and are
    only followed inside the folders a project may use (see :mod:`gzmap.io.project`).
    """

    def put_frame(self, gdf, name: str, title: str | None = None) -> dict:
        """Keep a GeoDataFrame (EPSG:4326) exactly; returns the description fields that find it again.
        ``name`` (the layer's English name) names its table, ``title`` is shown by other GIS."""

    def put_array(self, values: np.ndarray) -> str:
        """Keep a 2-D numeric array; returns its key."""

    def link_out(self, path: str) -> dict:
        """A link to an outside file as saved: ``{"path": absolute, "relative_path": ...}``."""

    def warn(self, message: str) -> None:
        """Tell the user something was cleaned or left out (one line)."""


class LoadingStore(Protocol):
    """Where a kind finds the data its description refers to while a project is opened (the project file)."""

    def get_frame(self, description: dict):
        """The GeoDataFrame kept by :meth:`SavingStore.put_frame` under ``description``."""

    def get_array(self, key: str) -> np.ndarray:
        """The array kept under ``key``."""

    def link_in(self, link: dict, name: str) -> str | None:
        """The file a saved link leads to when it may be opened (else None, with a warning naming ``name``)."""

    def warn(self, message: str) -> None:
        """Tell the user something was cleaned or left out (one line)."""


class LayerStore(SavingStore, LoadingStore, Protocol):
    """Both sides of a project file a kind's data goes through (a test's in-memory store, for one)."""


class _Emitting:
    """A layer attribute (kept in ``_<name>``) that emits ``changed("<name>")`` when it takes a new value.

    ``clean(value)`` checks and normalises what is set; ``always``: emit even when the new value equals
    the old one.
    """

    def __init__(self, clean: Callable[[Any], Any] = lambda v: v, always: bool = False) -> None:
        self.clean = clean
        self.always = always
        self.name = ""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None) -> Any:
        return self if obj is None else getattr(obj, "_" + self.name)

    def __set__(self, obj, value) -> None:
        value = self.clean(value)
        if self.always or value != getattr(obj, "_" + self.name):
            setattr(obj, "_" + self.name, value)
            obj.changed.emit(self.name)


class Layer:
    """Base of every layer kind.

    Parameters
    ----------
    name_zh, name_en
        Display names in Simplified Chinese and English.
    source
        Where the data came from (a file path, ``builtin:...`` or an analysis id).
    source_datum
        Datum of the source coordinates: ``wgs84``, ``gcj02``, ``bd09``,
        ``cgcs2000`` or ``EPSG:NNNN``.
    provenance
        Free-form facts shown to the user: ``source``, ``licence``,
        ``attribution``, ``synthetic`` (bool), analysis parameters, ...
    layer_id
        The layer's stable id (default: a new one, see :func:`new_layer_id`).
    layer_filter
        Which features show (:class:`~gzmap.core.layer_filter.LayerFilter`; None: all).
    """

    #: Emitted with the name of what changed: "visible", "opacity", "style", "data", "name", "filter".
    changed = Signal(str)
    #: Emitted when the selected rows change.
    selection_changed = Signal()

    #: The kind's stable name, saved in project files and keying the drawer and HTML payload registries.
    kind = "base"
    #: The fields of the kind's part of a project description (a :class:`gzmap.core.schema.Obj`), checked
    #: before :meth:`from_description` sees them.
    description_schema: ClassVar[Obj | None] = None
    #: True for a basemap (drawn under the data, no legend rows, no extent of its own: see :meth:`coverage`).
    basemap: ClassVar[bool] = False

    @property
    def legend_shape(self) -> str:
        """How legend swatches are drawn: "polygon", "point", "line" or "raster"."""
        return "polygon"

    def __init__(
        self,
        name_zh: str,
        name_en: str | None = None,
        *,
        source: str = "",
        source_datum: str = "wgs84",
        provenance: dict[str, Any] | None = None,
        style: Style | None = None,
        visible: bool = True,
        opacity: float = 1.0,
        layer_id: str | None = None,
        layer_filter: LayerFilter | None = None,
    ):
        self.id = layer_id if is_layer_id(layer_id) else new_layer_id()
        self.name_zh = name_zh
        self.name_en = name_en or name_zh
        self.source = source
        self.source_datum = source_datum
        self.provenance = dict(provenance or {})
        self._style = style or SingleStyle()
        self._visible = visible
        self._opacity = _unit_interval(opacity)
        self._selection: np.ndarray = np.zeros(0, dtype=np.int64)
        self._filter: LayerFilter | None = layer_filter if layer_filter is not None and layer_filter.active else None

    def name(self, lang: str = "zh") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def rename(self, name_zh: str, name_en: str | None = None) -> None:
        self.name_zh, self.name_en = name_zh, name_en or name_zh
        self.changed.emit("name")

    #: shown on the map, in the legend and in exports
    visible = _Emitting(bool)
    #: 0 (transparent) to 1 (opaque)
    opacity = _Emitting(lambda v: _unit_interval(v))
    #: how the layer is drawn; set even to an equal style, views redraw (an edit of the panel's widgets)
    style = _Emitting(always=True)
    #: the layer's filter (None: every feature shows); saved with the project
    filter = _Emitting(lambda v: v if v is not None and v.active else None)

    def shown_mask(self) -> np.ndarray | None:
        """Boolean array over the features: those the filter shows (None: all; kinds without features)."""
        return None

    # -- selection (row positions, not index labels) ------------------------
    @property
    def selection(self) -> np.ndarray:
        return self._selection

    def select(self, rows) -> None:
        rows = np.unique(np.asarray(list(rows) if not isinstance(rows, np.ndarray) else rows, dtype=np.int64))
        if not np.array_equal(rows, self._selection):
            self._selection = rows
            self.selection_changed.emit()

    # -- the kind interface ---------------------------------------------------
    def bounds(self) -> tuple[float, float, float, float] | None:
        """(min lon, min lat, max lon, max lat) in WGS84 degrees, or None if empty or unknown."""
        return None

    def coverage(self) -> tuple[float, float, float, float] | None:
        """Where the layer draws, WGS84 degrees: its :meth:`bounds`, except for a basemap, which draws
        without giving the map an extent."""
        return self.bounds()

    def legend_data(self):
        """What the style's legend classifies and counts (a DataFrame), or None (no counts)."""
        return None

    def legend_entries(self) -> list[LegendEntry]:
        """The legend rows of this layer's style over :meth:`legend_data` (none when the style cannot
        describe the data)."""
        try:
            return self.style.legend(self.legend_data())
        except Exception:  # a style that cannot read this data shows no rows
            return []

    def identify(self, lon: float, lat: float, tolerance_m: float = 0.0) -> Hit | None:
        """What the layer has at (lon, lat) WGS84 degrees, within ``tolerance_m`` Web Mercator metres
        (a few screen pixels times the map resolution), or None."""
        return None

    def to_description(self, store: SavingStore) -> dict:
        """The kind's own fields of the project description (common fields are added by the caller),
        its data handed to ``store``."""
        return {}

    @classmethod
    def from_description(cls, d: dict, store: LoadingStore, common: dict) -> Layer:
        """The layer described by ``d`` (checked against :attr:`description_schema`); ``common`` holds
        the constructor keywords every kind takes (names, style, visibility, ...)."""
        raise NotImplementedError(f"{cls.__name__} cannot be read from a project file")


_KINDS: dict[str, type[Layer]] = {}


def register_kind(cls: type[Layer]) -> type[Layer]:
    """Register a layer kind under ``cls.kind`` (usable as a class decorator); returns ``cls``.

    Registering another class under a name already taken raises ValueError.
    """
    name = cls.kind
    if not isinstance(name, str) or not name or name == "base":
        raise ValueError(f"{cls.__name__}.kind must be a name of its own, not {name!r}")
    if _KINDS.get(name, cls) is not cls:
        raise ValueError(f"layer kind {name!r} is already registered by {_KINDS[name].__name__}")
    _KINDS[name] = cls
    return cls


def unregister_kind(name: str) -> None:
    """Forget the kind ``name`` (for tests that register a kind of their own)."""
    _KINDS.pop(name, None)


def kind_class(name: Any) -> type[Layer] | None:
    """The registered class of kind ``name``, or None for a kind this GZMap does not know."""
    return _KINDS.get(name) if isinstance(name, str) else None


def layer_kinds() -> dict[str, type[Layer]]:
    """All registered kinds, by name."""
    return dict(_KINDS)
