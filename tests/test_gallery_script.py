"""tools/gallery.py redraws a picture of the reference gallery (docs/gallery/) from the program's own export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftoppm"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def test_gallery_redraws_one_print_small_and_legible(tmp_path):
    from PIL import Image

    out = tmp_path / "gallery"

    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "gallery.py"),
            "--out",
            str(out),
            "--only",
            "print_gba",
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    png = out / "print_gba_en.png"
    assert sorted(p.name for p in out.iterdir()) == [png.name]  # one picture, the index left alone
    assert png.stat().st_size < 300_000
    img = Image.open(png).convert("RGB")
    assert img.size == (936, 662)  # A4 landscape at 80 dpi
    assert len(img.getcolors(1 << 20) or []) > 200  # a drawn map, not a blank page


def test_index_has_one_line_per_picture_and_language(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import gallery
    finally:
        sys.path.remove(str(ROOT / "tools"))
    gallery.write_index(tmp_path)
    lines = [l for l in (tmp_path / "README.md").read_text(encoding="utf-8").splitlines() if l.startswith("- `")]
    assert len(lines) == 2 * len(gallery.PICTURES)
    shipped = ROOT / "docs" / "gallery"
    for line in lines:
        assert (shipped / line.split("`")[1]).exists(), line  # every listed picture is in the repository
