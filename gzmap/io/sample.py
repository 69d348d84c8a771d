"""The bundled SYNTHETIC sample of digital-culture enterprises, ready to map.

``resources/geo/sample_enterprises.csv`` is made by
``tools/make_sample_enterprises.py``: about 10,000 invented companies around
real Guangzhou places, in GCJ-02 as if geocoded by Amap. It goes through the
same import pipeline as a user's file, so the app shows it exactly as it
would show theirs, and its provenance says ``synthetic: True``.
"""

from __future__ import annotations

import json
from functools import lru_cache

from gzmap.core.layer import VectorLayer
from gzmap.paths import geo_path

__all__ = ["SAMPLE_FILE", "sample_enterprises_layer", "sample_provenance"]

SAMPLE_FILE = "sample_enterprises.csv"


@lru_cache(maxsize=1)
def sample_provenance() -> dict:
    """Provenance of the sample (``synthetic: True``, generator, seed, licence)."""
    return json.loads(geo_path("sample_enterprises.PROVENANCE.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _sample_result():
    from gzmap.io.enterprises import ImportOptions
    from gzmap.io.enterprises import import_file

    return import_file(geo_path(SAMPLE_FILE), ImportOptions(source_datum="gcj02"))


def sample_enterprises_layer() -> VectorLayer:
    """A styled point layer of the synthetic sample enterprises (WGS84, coloured by sub-sector).

    Each call returns a new layer over a copy of the data.
    """
    from gzmap.core.taxonomy import enterprise_style

    res = _sample_result()
    prov = dict(sample_provenance())
    prov["synthetic"] = True
    prov["source_datum"] = "gcj02"
    prov.update(res.column_provenance())
    style = enterprise_style()
    style.label_field = "name"
    style.year = str(prov.get("year", ""))
    return VectorLayer(
        res.accepted.copy(),
        "数字文化企业（合成样例）",
        "Digital-culture enterprises (synthetic sample)",
        source=f"builtin:{SAMPLE_FILE}",
        source_datum="gcj02",
        provenance=prov,
        style=style,
    )
