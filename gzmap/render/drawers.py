"""Drawers of layer kinds, registered by the kind's name (:attr:`gzmap.core.layer.Layer.kind`).

:func:`gzmap.render.map_renderer.render_map` draws each visible layer with the
drawer registered for its kind and, in a second pass top layer first, its
labels; a layer of a kind with no drawer is not drawn. A new kind registers
its drawer here with one line (see ``docs/architecture/layer_kinds.md``)::

    register_drawer("photos", draw_photos)

A drawer is ``draw(painter, layer, viewport, options)``. Optionally a kind
gives ``labels(layer, viewport, options)``, its part in the one label
placement (a :class:`gzmap.core.labels.LabelLayer`: its labels, and what its
opaque polygons hide; see :mod:`gzmap.render.labels`), and
``highlight(painter, layer, viewport, options)``, drawing its selection above
every layer (:mod:`gzmap.render.highlight`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gzmap.core.registry import KindRegistry

__all__ = ["Drawer", "drawer_for", "register_drawer", "unregister_drawer"]


@dataclass(frozen=True)
class Drawer:
    draw: Callable[..., Any]
    labels: Callable[..., Any] | None = None
    highlight: Callable[..., Any] | None = None


def _register_builtins(registry: KindRegistry[Drawer]) -> None:
    """The built-in kinds' drawers (their modules import this one, so they are registered on first use)."""
    from gzmap.render import basemap
    from gzmap.render import highlight
    from gzmap.render import labels
    from gzmap.render import map_renderer
    from gzmap.render import tiles

    registry.register(
        "vector", Drawer(map_renderer.draw_vector, labels.vector_label_layer, highlight.draw_vector_highlight)
    )
    registry.register("raster", Drawer(map_renderer.draw_raster))
    registry.register("basemap", Drawer(basemap.draw_basemap))
    registry.register(
        "tiles", Drawer(lambda painter, layer, viewport, opts: tiles.draw_tile_layer(painter, layer, viewport))
    )


_DRAWERS: KindRegistry[Drawer] = KindRegistry(_register_builtins)


def register_drawer(
    kind: str,
    draw: Callable[..., Any],
    labels: Callable[..., Any] | None = None,
    highlight: Callable[..., Any] | None = None,
) -> None:
    """Draw layers of ``kind`` with ``draw`` (their part in the labels from ``labels``, their selection
    with ``highlight``); replaces an earlier drawer."""
    _DRAWERS.register(kind, Drawer(draw, labels, highlight))


def unregister_drawer(kind: str) -> None:
    """Forget the drawer of ``kind`` (for tests that register a kind of their own)."""
    _DRAWERS.unregister(kind)


def drawer_for(kind: str) -> Drawer | None:
    """The drawer registered for ``kind``, or None."""
    return _DRAWERS.get(kind)
