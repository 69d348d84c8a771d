"""HTML payload builders of layer kinds, registered by the kind's name (:attr:`gzmap.core.layer.Layer.kind`).

:func:`gzmap.export.html.build_html` asks the builder registered for each
visible layer's kind for the layer's part of the page; a layer of a kind with
no builder is left out with a warning. A new kind registers its builder here
with one line (see ``docs/architecture/layer_kinds.md``)::

    register_payload("photos", photos_payload)

A builder is ``build(layer, name, lid, ctx) -> dict`` where ``name`` is the
layer's (cleaned, unique) display name, ``lid`` its id in the page and ``ctx``
an :class:`~gzmap.export.html_context.HtmlContext`. The dict holds:

``factory``
    the JavaScript function that makes the Leaflet layer (``gzmap.pointLayer``,
    ``gzmap.vectorLayer``, ``gzmap.rasterLayer`` of the page runtime, or any
    function of ``L``), called with ``cfg``;
``cfg``
    JSON-able configuration (it reaches the page through ``safe_json``, never as a template);
``html``
    markup for the page body, e.g. a ``<script type="application/json">`` data block
    (user text in it must be escaped: see :func:`gzmap.export.html_data.safe_json`);
``count``, ``unit``
    how many things the layer shows and what they are (``points``, ``features`` or ``cells``);
``df``
    the data the legend classifies and counts (or None);
``bytes``
    the size of the embedded data;
``legend`` (optional, default True)
    False for a layer with no legend section (a basemap); the sources panel still names it.

A builder raises for a layer it cannot export; the page then names the layer
(and fails unless the caller asked to skip such layers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gzmap.core.registry import KindRegistry

__all__ = ["PayloadBuilder", "payload_for", "register_payload", "unregister_payload"]


@dataclass(frozen=True)
class PayloadBuilder:
    build: Callable[..., dict[str, Any]]
    #: the warning (a key of the page's warnings) given when the builder raises
    failed: str = "layer_failed"


def _register_builtins(registry: KindRegistry[PayloadBuilder]) -> None:
    """The built-in kinds' builders, registered on first use. Tile basemaps have none: the page
    offers its own basemaps, and a linked tile file cannot travel inside one HTML file."""
    from gzmap.export.html_basemap import basemap_payload
    from gzmap.export.html_raster import raster_payload
    from gzmap.export.html_vector import vector_payload

    registry.register("vector", PayloadBuilder(vector_payload))
    registry.register("raster", PayloadBuilder(raster_payload, failed="raster_failed"))
    registry.register("basemap", PayloadBuilder(basemap_payload))


_BUILDERS: KindRegistry[PayloadBuilder] = KindRegistry(_register_builtins)


def register_payload(kind: str, build: Callable[..., dict[str, Any]], failed: str = "layer_failed") -> None:
    """Build the page data of layers of ``kind`` with ``build``; replaces an earlier builder."""
    _BUILDERS.register(kind, PayloadBuilder(build, failed))


def unregister_payload(kind: str) -> None:
    """Forget the builder of ``kind`` (for tests that register a kind of their own)."""
    _BUILDERS.unregister(kind)


def payload_for(kind: str) -> PayloadBuilder | None:
    """The builder registered for ``kind``, or None."""
    return _BUILDERS.get(kind)
