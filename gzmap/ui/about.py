"""Help > About: version, the licences of the bundled data and of the main libraries.

The data lines are read from the provenance files beside the data
(``resources/geo/*.PROVENANCE.json``, ``resources/ui/fonts/fonts.PROVENANCE.json``),
so the dialog says what is actually shipped.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gzmap import __version__
from gzmap.paths import geo_path
from gzmap.paths import ui_path

# (library, licence) of the main libraries in a build; GDAL/PROJ/GEOS come inside the wheels
LIBRARIES = [
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("Python", "PSF-2.0"),
    ("GDAL (pyogrio)", "MIT"),
    ("PROJ / pyproj", "MIT"),
    ("GEOS / shapely", "LGPL-2.1 / BSD-3"),
    ("geopandas, pandas, numpy, scipy", "BSD-3"),
    ("scikit-learn, esda, libpysal, mapclassify", "BSD-3"),
    ("folium, branca", "MIT"),
    ("Leaflet", "BSD-2"),
    ("pyarrow", "Apache-2.0"),
    ("psygnal", "BSD-3"),
    ("pypinyin, python-calamine, openpyxl, charset-normalizer", "MIT"),
]


def _texts() -> dict[str, str]:
    """The translatable pieces (literal calls, so that lupdate finds them)."""
    return {
        "tagline": QCoreApplication.translate("About", "Desktop GIS for Guangzhou's digital-culture industry."),
        "data": QCoreApplication.translate("About", "Data"),
        "boundaries": QCoreApplication.translate("About", "Boundaries"),
        "converted": QCoreApplication.translate("About", "Converted from GCJ-02 to WGS84."),
        "sample": QCoreApplication.translate("About", "Sample enterprises"),
        "synthetic": QCoreApplication.translate("About", "synthetic, invented for demonstration — not real companies"),
        "font": QCoreApplication.translate("About", "Font"),
        "modified": QCoreApplication.translate("About", "modified from Noto Sans CJK SC"),
        "ofl": QCoreApplication.translate("About", "SIL Open Font License 1.1"),
        "libraries": QCoreApplication.translate("About", "Libraries"),
        "licence_texts": QCoreApplication.translate("About", "Licence texts"),
    }


def _json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def licences_folder() -> Path | None:
    """The folder holding the licence texts in a built app (``<bundle>/licenses``), else None."""
    base = getattr(sys, "_MEIPASS", None)
    if base and (Path(base) / "licenses").is_dir():
        return Path(base) / "licenses"
    return None


def about_html() -> str:
    """Rich text of the About box (translated with the current Qt translators)."""
    e = html.escape
    t = _texts()
    parts = [f"<b>GZMap {e(__version__)}</b><br>{e(t['tagline'])}", f"<p><b>{e(t['data'])}</b><br>"]
    data = []
    b = _json(geo_path("boundaries.PROVENANCE.json"))
    if b:
        who = b.get("attribution", "").removeprefix("Boundaries:").strip()
        data.append(f"{e(t['boundaries'])}: {e(who)} — {e(b.get('licence', ''))}. {e(t['converted'])}")
    s = _json(geo_path("sample_enterprises.PROVENANCE.json"))
    if s:
        data.append(f"{e(t['sample'])}: {e(t['synthetic'])} ({e(s.get('licence', ''))})")
    ind = _json(geo_path("indicators.PROVENANCE.json"))
    for f in ind.get("files", []):
        entry = ind.get(f)
        if isinstance(entry, dict) and entry.get("attribution"):
            data.append(f"{e(entry['attribution'])}")
    font = _json(ui_path("fonts", "fonts.PROVENANCE.json"))
    if font:
        data.append(
            f"{e(t['font'])}: {e(font.get('family', ''))} — "
            f"{e(t['modified'])}, {e(font.get('copyright', ''))}; "
            f"{e(t['ofl'])}"
        )
    parts.append("<br>".join(data) + "</p>")
    libs = ", ".join(f"{e(name)} ({e(lic)})" for name, lic in LIBRARIES)
    parts.append(f"<p><b>{e(t['libraries'])}</b><br>{libs}</p>")
    folder = licences_folder()
    if folder is not None:
        parts.append(f"<p>{e(t['licence_texts'])}: {e(str(folder))}</p>")
    return "".join(parts)


def show_about(parent) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, QCoreApplication.translate("MainWindow", "About GZMap"), about_html())
