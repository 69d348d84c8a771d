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
    qtbot.waitUntil(lambda: dlg.preview_image is not None, timeout=5000)
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
