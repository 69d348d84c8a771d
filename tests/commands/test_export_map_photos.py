"""Surveyors' photos on printed pages (issue 18): ``gzmap export-map --photos`` puts a strip of the
photographed features' thumbnails, captioned with their names, on the atlas page where they lie (and only
there); without ``--photos`` no page changes. The report dialog's checkbox does the same for its page."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))

from field_fixtures import master_project  # noqa: E402

from gzmap.cli import main  # noqa: E402
from gzmap.io.field_copy import editable_layers  # noqa: E402
from gzmap.io.field_copy import ensure_uids  # noqa: E402
from gzmap.io.photos import add_photo_rows  # noqa: E402
from gzmap.io.photos import attach_photo  # noqa: E402
from gzmap.io.photos import photo_row  # noqa: E402
from gzmap.io.photos import read_photo  # noqa: E402
from gzmap.io.project import save_project  # noqa: E402

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdfimages"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def _jpeg(colour, size) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def project_file(tmp_path_factory) -> Path:
    """Enterprises in 天河 and one in 越秀; a photo of 天河企业0 (400 x 300) and of 越秀企业 (300 x 400), and
    a photo row of 天河企业1 whose bytes are not an image (a damaged file): left out, the page still printed."""
    path = tmp_path_factory.mktemp("photos") / "m.gzmap.gpkg"
    p = master_project(path, n=4)
    ensure_uids(p)
    layer = editable_layers(p)[0]
    names = layer.data["企业名称"].tolist()
    uids = layer.data["gzmap_uid"].tolist()
    attach_photo(p, layer, uids[names.index("天河企业0")], _jpeg((200, 30, 30), (400, 300)))
    attach_photo(p, layer, uids[names.index("越秀企业")], _jpeg((30, 30, 200), (300, 400)))
    broken = photo_row(read_photo(_jpeg((0, 0, 0), (64, 48))), layer.id, uids[names.index("天河企业1")])
    add_photo_rows(p, [{**broken, "image": b"\xff\xd8 not really a jpeg"}])
    save_project(p, path)
    return path


def _pages(pdf: Path) -> list[tuple[str, list[str]]]:
    """Each page's text and the sizes (``WxH`` pixels) of the images on it."""
    n = int(next(ln.split()[-1] for ln in _run("pdfinfo", pdf).splitlines() if ln.startswith("Pages:")))
    out = []
    for i in range(1, n + 1):
        text = _run("pdftotext", "-enc", "UTF-8", "-f", i, "-l", i, pdf, "-")
        rows = _run("pdfimages", "-f", i, "-l", i, "-list", pdf).splitlines()[2:]
        out.append((text, [f"{r.split()[3]}x{r.split()[4]}" for r in rows]))
    return out


def _run(*cmd) -> str:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=True).stdout


def test_atlas_page_shows_the_photo_of_the_feature_on_it_with_its_name(project_file, tmp_path):
    out = tmp_path / "atlas.pdf"
    argv = ["--project", str(project_file), "--atlas", "district", "--dpi", "80"]
    assert main(["export-map", str(out), *argv, "--photos"]) == 0
    pages = _pages(out)
    tianhe = next(i for i, (text, _) in enumerate(pages) if "天河区" in text.splitlines()[0])
    yuexiu = next(i for i, (text, _) in enumerate(pages) if "越秀区" in text.splitlines()[0])
    # the thumbnails (240 px on the longest side, shape kept), each on its district's page, captioned
    assert "240x180" in pages[tianhe][1] and "天河企业0" in pages[tianhe][0]
    assert "180x240" in pages[yuexiu][1] and "越秀企业" in pages[yuexiu][0]
    assert "180x240" not in pages[tianhe][1] and "越秀企业" not in pages[tianhe][0]
    assert "天河企业1" not in pages[tianhe][0]  # its photo is damaged: no card
    for i, (text, images) in enumerate(pages):
        if i not in (tianhe, yuexiu):  # a district without photographed enterprises: no strip
            assert not {"240x180", "180x240"} & set(images) and "企业0" not in text

    plain = tmp_path / "plain.pdf"
    assert main(["export-map", str(plain), *argv]) == 0  # off by default
    assert not any({"240x180", "180x240"} & set(images) or "天河企业0" in text for text, images in _pages(plain))


def test_single_page_with_photos_and_a_number(project_file, tmp_path):
    out = tmp_path / "map.pdf"
    argv = ["export-map", str(out), "--project", str(project_file), "--dpi", "80", "--photos", "1"]
    assert main([*argv, "--extent", "113.25,23.10,113.40,23.17"]) == 0
    [(text, images)] = _pages(out)
    assert len({"240x180", "180x240"} & set(images)) == 1  # one photo asked, two on the page
