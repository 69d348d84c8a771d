"""The regions an analysis counts in: Guangzhou's districts, the GBA cities, or a polygon layer of the project.

The location-quotient dialog offers them as the CLI's ``--regions FILE``
does: the built-in districts first (the analysis's default), the built-in
Greater Bay Area cities, then every polygon layer of the project (top
first) other than those two. The choice's data is None for the districts
(the analysis's own default) or the layer, whose polygons the analysis
counts in (named by ``adcode``/``name_zh``/``name_en`` or ``name``:
:func:`gzmap.analysis.districts.district_polygons`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

__all__ = ["fill_region_box", "polygon_layers"]


def polygon_layers(project) -> list:
    """Vector layers of polygons in the project, top first."""
    return [
        layer
        for layer in reversed(list(project.layers))
        if getattr(layer, "kind", "") == "vector" and len(layer) and layer.geometry_type in ("Polygon", "MultiPolygon")
    ]


def _builtin(layer, file: str) -> bool:
    return str(getattr(layer, "source", "") or "") == f"builtin:{file}"


def fill_region_box(box: QComboBox, project, lang: str) -> None:
    """Put the region choices into ``box`` (emptied first): the built-in districts (data None), the
    built-in GBA cities, then the project's other polygon layers."""
    from gzmap.io.builtin import DISTRICTS_FILE
    from gzmap.io.builtin import GBA_FILE
    from gzmap.io.builtin import gba_layer

    box.clear()
    box.addItem(QCoreApplication.translate("Regions", "Guangzhou's districts (built-in)"), None)
    box.addItem(QCoreApplication.translate("Regions", "GBA cities (built-in)"), gba_layer())
    for layer in polygon_layers(project):
        if not (_builtin(layer, DISTRICTS_FILE) or _builtin(layer, GBA_FILE)):
            box.addItem(layer.name(lang), layer)
