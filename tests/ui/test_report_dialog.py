"""File > Export > Report map…: the preview is the page, bad options say why, export writes the file."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def open_dialog(window, qtbot):
    action = next(a for a in window.menu("file.export").actions() if a.objectName() == "action_export_report_map")
    action.trigger()
    dlg = window._report_dialog
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.preview_image is not None, timeout=10000)
    return dlg


def dark_share(img, top_frac=0.0, bottom_frac=1.0) -> float:
    from PySide6.QtGui import QImage

    im = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = im.width(), im.height(), im.bytesPerLine()
    a = np.frombuffer(im.constBits(), np.uint8, bpl * h).reshape(h, bpl)[:, : w * 3].reshape(h, w, 3)
    band = a[int(h * top_frac) : int(h * bottom_frac)]
    return float((band.max(axis=2) < 80).mean())


def test_menu_opens_dialog_with_live_preview(window, qtbot):
    dlg = open_dialog(window, qtbot)
    img = dlg.preview_image
    assert img.width() > img.height()  # A4 landscape
    before = dark_share(img, 0.0, 0.1)  # the title band
    dlg.title.setText("")
    qtbot.waitUntil(lambda: dark_share(dlg.preview_image, 0.0, 0.1) < before * 0.5, timeout=5000)
    dlg.orientation.setCurrentIndex(1)  # portrait
    qtbot.waitUntil(lambda: dlg.preview_image.height() > dlg.preview_image.width(), timeout=5000)


def test_bad_options_explain_and_disable_export(window, qtbot):
    dlg = open_dialog(window, qtbot)
    dlg.size.setCurrentText("B9")
    qtbot.waitUntil(lambda: bool(dlg.error), timeout=5000)
    assert "A4" in dlg.message.text() and "B9" in dlg.message.text()
    assert not dlg.export_button.isEnabled()
    dlg.size.setCurrentText("A3")
    qtbot.waitUntil(lambda: dlg.export_button.isEnabled(), timeout=5000)
    dlg.title.setText("很长的标题" * 40)
    qtbot.waitUntil(lambda: "too long" in dlg.error, timeout=5000)


def test_export_pdf_from_dialog(window, qtbot, tmp_path):
    dlg = open_dialog(window, qtbot)
    dlg.title.setText("天河区数字文化企业")
    dlg.dpi.setValue(150)
    out = tmp_path / "report.pdf"
    dlg.export_to(str(out))
    qtbot.waitUntil(lambda: dlg.last_output is not None, timeout=30000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "天河区数字文化企业" in text and "图例" in text


def test_action_text_follows_language(window):
    action = next(a for a in window.menu("file.export").actions() if a.objectName() == "action_export_report_map")
    window.set_language("en")
    assert action.text().startswith("Report map")


def test_action_is_chinese_in_chinese(window):
    action = next(a for a in window.menu("file.export").actions() if a.objectName() == "action_export_report_map")
    window.set_language("zh_CN")
    assert action.text() == "报告地图（PDF/SVG/PNG）…"


def test_photos_checkbox_puts_the_photo_strip_on_the_page(window, qtbot, tmp_path):
    """Off by default; ticked, the page shows the photographed enterprise's thumbnail and name, in the
    preview and in the PDF."""
    import io

    import geopandas as gpd
    from PIL import Image

    from gzmap.core.layer import VectorLayer
    from gzmap.io.field_copy import ensure_uids
    from gzmap.io.photos import attach_photo

    points = gpd.GeoDataFrame(
        {"企业名称": ["天河某数字公司", "越秀某影视公司"]},
        geometry=gpd.points_from_xy([113.35, 113.27], [23.13, 23.13]),
        crs=4326,
    )
    layer = VectorLayer(points, "企业", "Enterprises", source="test.csv")
    window.project.add_layer(layer)
    ensure_uids(window.project)
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 30, 30)).save(buf, "JPEG")
    attach_photo(window.project, layer, layer.data["gzmap_uid"].iloc[0], buf.getvalue())
    name = "天河某数字公司"

    dlg = open_dialog(window, qtbot)
    dlg.extent.setCurrentIndex(1)  # all visible layers: the photographed enterprise is on the page
    assert not dlg.photos.isChecked() and not dlg.plan.photos
    dlg.photos.setChecked(True)
    qtbot.waitUntil(lambda: bool(dlg.plan.photos), timeout=5000)
    assert [b.text for b in dlg.plan.photo_captions] == [name]
    assert dlg.plan.photos_rect.y >= dlg.plan.map_frame.bottom  # under the map, not over it

    out = tmp_path / "photos.pdf"
    dlg.export_to(str(out))
    qtbot.waitUntil(lambda: dlg.last_output is not None, timeout=30000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert name in text.replace("\n", "") and any(r.split()[3:5] == ["240", "180"] for r in images.splitlines()[2:])
