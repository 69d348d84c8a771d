"""Labels on the printed map, read back from the PDF as a reader's tools see them (``pdftotext -bbox``)."""

from __future__ import annotations

import html
import itertools
import re
import subprocess

import pytest

from gzmap.cli import main
from gzmap.io.builtin import districts_layer
from gzmap.io.builtin import gba_layer

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)

GUANGZHOU = "112.95,22.5,114.1,23.95"  # WGS84 degrees
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def words(pdf) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(text, (x0, y0, x1, y1) in PDF points) of every word on the first page."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True)
    return [(html.unescape(m[4]), tuple(float(v) for v in m[:4])) for m in WORD.findall(out.stdout)]


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def names():
    return set(districts_layer().data["name_zh"]), set(gba_layer().data["name_zh"])


@pytest.mark.parametrize("extent", [GUANGZHOU, None], ids=["guangzhou", "gba"])
def test_a4_labels_are_text_and_never_overlap(tmp_path, names, extent):
    districts, cities = names
    out = tmp_path / "map.pdf"
    assert main(["export-map", str(out)] + (["--extent", extent] if extent else [])) == 0
    found = words(out)
    labels = [(t, box) for t, box in found if t in districts | cities]
    if extent == GUANGZHOU:
        assert {t for t, _ in labels} >= districts  # every one of the 11 districts is labelled
    assert len(labels) == len({t for t, _ in labels})  # no name twice
    assert "广州市" not in {t for t, _ in labels}  # the city layer stays quiet over Guangzhou's own districts
    for (ta, a), (tb, b) in itertools.combinations(labels, 2):
        assert not overlap(a, b), f"labels {ta} and {tb} overlap"
    others = [(t, box) for t, box in found if t not in districts | cities]
    for (ta, a), (tb, b) in itertools.product(labels, others):  # nor the scale bar, north arrow, legend…
        assert not overlap(a, b), f"label {ta} overlaps {tb!r}"
