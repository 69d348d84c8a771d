"""The shape of a project description (the JSON in a project file's ``gzmap_project`` table).

A project file may come from anyone (e-mail, USB stick), so its description is
checked here before anything in it is used: every field's type and range, the
depth of nesting (at most :data:`MAX_DEPTH`), the length of every text (at
most :data:`MAX_TEXT` characters), zooms 0 to 24 and finite coordinates.

The schema is declared once, as data (:data:`DESCRIPTION`), from the small
node types of :mod:`gzmap.core.schema`; each layer kind declares its own
fields (:attr:`gzmap.core.layer.Layer.description_schema`). Keys a node
does not declare are allowed and left alone (a newer GZMap may add some);
declared keys must have the declared type. :func:`validate` raises
:class:`Invalid` with the path of the first wrong field, for example
``layers[2].opacity`` and ``must be a number from 0 to 1``.

Pure Python (no Qt); the dtype and datum checks are those of
:mod:`gzmap.core.schema`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from gzmap.core.layer_filter import FILTER_SCHEMA
from gzmap.core.schema import DATUM
from gzmap.core.schema import MAX_TEXT
from gzmap.core.schema import Bool
from gzmap.core.schema import Box
from gzmap.core.schema import Invalid
from gzmap.core.schema import ListOf
from gzmap.core.schema import Node
from gzmap.core.schema import Number
from gzmap.core.schema import Obj
from gzmap.core.schema import Text
from gzmap.core.schema import datum_reason
from gzmap.core.schema import join

__all__ = [
    "DESCRIPTION",
    "Invalid",
    "MAX_DEPTH",
    "MAX_DESCRIPTION_BYTES",
    "MAX_TEXT",
    "check_json_text",
    "finite_box",
    "validate",
]

#: Deepest nesting of lists/objects a description may have.
MAX_DEPTH = 64
#: Largest description, bytes of JSON (a real one is a few hundred KB at most).
MAX_DESCRIPTION_BYTES = 64 * 1024 * 1024


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


_LAYER_COMMON: dict[str, Node] = {
    "id": Text(max_len=256),  # a unique id is kept on opening; see gzmap.io.project
    "kind": Text(max_len=64),
    "class": Text(max_len=64),
    "name_zh": Text(nullable=True),
    "name_en": Text(nullable=True),
    "source": Text(nullable=True),
    "source_datum": DATUM,
    "provenance": Obj(nullable=True),
    "style": Obj(nullable=True),
    "visible": Bool(),
    "opacity": Number(0, 1),
    "filter": FILTER_SCHEMA,  # its meaning is checked by LayerFilter.from_dict on opening
}


class _KindFields:
    """The fields of each registered layer kind's description (:attr:`Layer.description_schema`);
    a kind this GZMap does not know gets only the common fields checked (it is then left out)."""

    def get(self, kind: str) -> Obj | None:
        from gzmap.core.layer import kind_class

        cls = kind_class(kind)
        return None if cls is None else cls.description_schema


LAYER = Obj(_LAYER_COMMON, required=("kind",), variant=("kind", _KindFields()))

#: The whole description, as :func:`gzmap.io.project.snapshot_project` writes it.
DESCRIPTION = Obj(
    {
        "format": Text(max_len=64),
        "schema_version": Number(1, 1_000_000, integer=True),
        "app_version": Text(max_len=256, nullable=True),
        "saved_at": Text(max_len=64, nullable=True),
        "title": Text(nullable=True),
        "display_datum": Text(test=datum_reason, nullable=True),
        "language": Text(max_len=16, pattern=r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?", nullable=True),
        "view_extent": Box(),
        "metadata": Obj(nullable=True),
        "layers": ListOf(LAYER, max_len=10_000),
        "edit_log_rows": Number(0, 2**53, integer=True, nullable=True),
        # plain tables the project carries (photos, a field copy's base state, open merge conflicts)
        "tables": ListOf(
            Obj(
                {
                    "name": Text(max_len=46, pattern=r"gzmap_[a-z][a-z0-9_]{0,40}"),
                    "rows": Number(0, 2**53, integer=True),
                },
                required=("name", "rows"),
            ),
            max_len=100,
            nullable=True,
        ),
    },
    required=("format", "schema_version"),
)


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
                stack.append((x, join(where, k if len(k) <= 40 else k[:40] + "…"), depth + 1))
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
