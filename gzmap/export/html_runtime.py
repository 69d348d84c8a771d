"""The JavaScript and CSS the exported page runs (inlined; no network).

They live as files beside this module, ``runtime/gzmap.js`` and
``runtime/gzmap.css`` (linted by ESLint in ``tools/test.sh``), and are read
once per process.

``window.gzmap`` holds:

* ``PointLayer`` – a Leaflet layer drawing a point layer onto one canvas from
  typed arrays, in the three regimes of the desktop canvas
  (:mod:`gzmap.core.point_rules`, passed to the page by ``gzmap.setup``):
  outlined symbols sized by scale when few points are in view, small discs,
  and squares counting the points where they crowd; popups by hit-testing
  clicks against the points in view.
* ``vectorLayer`` – polygons/lines (Leaflet GeoJSON, SVG or canvas) with
  per-class styles computed in Python from ``Style.classify``/``symbols``,
  hover tooltips and a label layer.
* GCJ-02 shifting: when the active base layer is a GCJ-02 tile layer every
  overlay is moved by the WGS84→GCJ-02 offset, bilinearly interpolated from a
  grid of offsets computed in Python by :mod:`gzmap.core.datums`.

All attribute text reaches the page through ``textContent`` (never
``innerHTML``), so markup in the data is shown as text.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["runtime_css", "runtime_js"]


@cache
def _read(name: str) -> str:
    return files("gzmap.export").joinpath("runtime", name).read_text(encoding="utf-8")


def runtime_js() -> str:
    """The page's script (``window.gzmap``)."""
    return _read("gzmap.js")


def runtime_css() -> str:
    """The page's style sheet (panels, legend, labels, popups)."""
    return _read("gzmap.css")
