"""Editing the print layout on the report preview: drag and resize with the mouse, text boxes, logos,
saved layouts kept in the project, bad saved values, undo on Edit > Undo."""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from test_report_dialog import open_dialog  # the menu action, then the first preview

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)

PT_PER_MM = 72 / 25.4


def word_box(pdf, word: str) -> tuple[float, float, float, float]:
    """(xMin, yMin, xMax, yMax) in points of the first ``word`` in the PDF (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    m = re.search(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">' + re.escape(word) + "</word>", html
    )
    assert m, f"{word!r} not in the PDF text"
    return tuple(float(v) for v in m.groups())  # type: ignore[return-value]


def export_from_dialog(dlg, qtbot, path):
    dlg.format.setCurrentIndex(dlg.format.findData(path.suffix[1:]))
    dlg.dpi.setValue(100)
    dlg.export_to(str(path))
    qtbot.waitUntil(lambda: dlg.last_output is not None, timeout=60000)
    return path


def drag(widget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (left button), as a user's mouse does."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * (i / steps))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_legend_moves_it_in_the_pdf_and_undo_takes_it_back(window, qtbot, tmp_path):
    from gzmap.export.report import export_report

    dlg = open_dialog(window, qtbot)
    before_pdf = export_report(tmp_path / "before.pdf", dlg.layout_from_form(), dlg.layers(), dpi=100)
    x0, y0, _, _ = word_box(before_pdf, "图例")
    legend = dlg.plan.items()["legend"]
    start = dlg.preview.to_widget(legend).center().toPoint()
    end = start + QPoint(-160, 60)
    _o, k = dlg.preview._origin_scale()  # preview pixels per page mm
    drag(dlg.preview, start, end)
    qtbot.waitUntil(lambda: abs(dlg.plan.items()["legend"].x - legend.x) > 1, timeout=10000)
    moved = dlg.plan.items()["legend"]
    assert moved.x - legend.x == pytest.approx(-160 / k, abs=0.6)
    assert moved.y - legend.y == pytest.approx(60 / k, abs=0.6)
    # on Edit > Undo, named after what was done
    editing = window.feature("editing")
    assert editing.stack.undoText() == "移动图例"
    editing.undo_action.trigger()
    qtbot.waitUntil(lambda: abs(dlg.plan.items()["legend"].x - legend.x) < 0.01, timeout=10000)
    editing.redo_action.trigger()
    qtbot.waitUntil(lambda: abs(dlg.plan.items()["legend"].x - moved.x) < 0.01, timeout=10000)
    pdf = export_from_dialog(dlg, qtbot, tmp_path / "after.pdf")
    x1, y1, _, _ = word_box(pdf, "图例")
    assert (x1 - x0) / PT_PER_MM == pytest.approx(moved.x - legend.x, abs=0.5)
    assert (y1 - y0) / PT_PER_MM == pytest.approx(moved.y - legend.y, abs=0.5)
    assert x1 < x0 - 100  # far to the left: onto the map


def test_resize_scale_bar_and_legend_with_the_handle(window, qtbot, tmp_path):
    dlg = open_dialog(window, qtbot)
    for key in ("scale_bar", "legend"):
        r = dlg.plan.items()[key]
        QTest.mouseClick(
            dlg.preview,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            dlg.preview.to_widget(r).center().toPoint(),
        )
        assert dlg.preview.selected == key
        corner = dlg.preview.to_widget(r).bottomRight().toPoint()
        drag(dlg.preview, corner, corner + QPoint(60, 40))
        qtbot.waitUntil(lambda key=key, r=r: dlg.plan.items()[key].h > r.h + 10, timeout=10000)
        new = dlg.plan.items()[key]
        assert (new.x, new.y) == pytest.approx((r.x, r.y)) and new.w > r.w + 5
    # the wider scale bar holds a longer bar: its last label is a larger distance
    pdf = export_from_dialog(dlg, qtbot, tmp_path / "resized.pdf")
    assert word_box(pdf, "图例")
    assert window.feature("editing").stack.undoText() == "调整图例大小"


def test_text_box_is_pdf_text_where_it_was_put(window, qtbot, tmp_path):
    from gzmap.core.layout import Rect

    dlg = open_dialog(window, qtbot)
    dlg.add_text_box("Planning Bureau draft", 14, Rect(40, 60, 90, 20))
    qtbot.waitUntil(lambda: "text_box:0" in dlg.plan.items(), timeout=10000)
    pdf = export_from_dialog(dlg, qtbot, tmp_path / "text.pdf")
    x, y, _, y2 = word_box(pdf, "Planning")
    assert x / PT_PER_MM == pytest.approx(40, abs=1.0)
    assert y / PT_PER_MM == pytest.approx(60, abs=3.0)
    assert (y2 - y) / PT_PER_MM > 14 * 0.3528 * 0.8  # about 14 pt tall


def test_hostile_text_box_is_drawn_as_written_and_huge_sizes_are_bounded(window, qtbot, tmp_path):
    """A text box holding template and markup syntax is printed literally (no template engine, no rich
    text), and an absurd point size is held to the box instead of taking the page."""
    import subprocess

    from gzmap.core.layout import Rect
    from gzmap.core.layout_items import MAX_TEXT_PT

    dlg = open_dialog(window, qtbot)
    dlg.add_text_box("T{{7*7}}T <b>x</b> ../../etc", 1e9, Rect(40, 60, 90, 20))
    qtbot.waitUntil(lambda: "text_box:0" in dlg.plan.items(), timeout=10000)
    pdf = export_from_dialog(dlg, qtbot, tmp_path / "hostile.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())  # the box wraps (and clips) the large text
    assert "T{{7*7}}T" in flat and "<b>x" in flat and "T49T" not in flat  # written, not evaluated or styled
    assert dlg.edits.text_boxes[0].pt == MAX_TEXT_PT  # held to the largest size a saved layout may have
    box = dlg.plan.items()["text_box:0"]
    assert box.w <= 297 and box.h <= 297  # the box stays on the page


def _png(path, color=(200, 30, 30), size=(120, 60)):
    from PySide6.QtGui import QColor
    from PySide6.QtGui import QImage

    img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    img.fill(QColor(*color))
    assert img.save(str(path), "PNG")
    return path


def _pixels(path):
    from PySide6.QtGui import QImage

    im = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = im.width(), im.height(), im.bytesPerLine()
    return np.frombuffer(im.constBits(), np.uint8, bpl * h).reshape(h, bpl)[:, : w * 3].reshape(h, w, 3)


def test_logo_appears_in_the_png_and_bad_files_are_refused(window, qtbot, tmp_path, monkeypatch):
    from gzmap.core.layout import Rect

    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, text: errors.append(text))
    dlg = open_dialog(window, qtbot)
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"<html>not an image</html>")
    assert not dlg.add_logo(str(fake))
    assert "logo.png" in errors[-1] and not dlg.edits.logos
    huge = tmp_path / "huge.png"
    huge.write_bytes(_header_of_huge_png())
    assert not dlg.add_logo(str(huge))
    assert "huge.png" in errors[-1] and "20000" in errors[-1]
    assert dlg.add_logo(str(_png(tmp_path / "red.png")), Rect(150, 120, 40, 20))
    qtbot.waitUntil(lambda: "logo:0" in dlg.plan.items(), timeout=10000)
    out = export_from_dialog(dlg, qtbot, tmp_path / "logo.png.out.png")
    a = _pixels(out)
    k = a.shape[1] / dlg.plan.page_w
    patch = a[int(125 * k) : int(135 * k), int(160 * k) : int(180 * k)].reshape(-1, 3).astype(int)
    red = (patch[:, 0] > 170) & (patch[:, 1] < 70) & (patch[:, 2] < 70)
    assert red.mean() > 0.95


def _header_of_huge_png() -> bytes:
    """A PNG whose header says 20000 x 20000 pixels (the reader must refuse it before decoding)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b"")
    )


def test_saved_layout_round_trip_through_the_project_file(window, qtbot, tmp_path):
    from gzmap.core.layout import Rect
    from gzmap.io.print_layouts import read_layouts
    from gzmap.io.project import load_project
    from gzmap.io.project import save_project

    dlg = open_dialog(window, qtbot)
    dlg.add_text_box("备注：草稿", 12, Rect(30, 40, 60, 15))
    dlg.add_logo(str(_png(tmp_path / "blue.png", (20, 40, 200))), Rect(200, 20, 30, 15))
    legend = dlg.plan.items()["legend"]
    drag(
        dlg.preview,
        dlg.preview.to_widget(legend).center().toPoint(),
        dlg.preview.to_widget(legend).center().toPoint() + QPoint(-100, 0),
    )
    qtbot.waitUntil(lambda: "legend" in dlg.edits.placed, timeout=10000)
    dlg.inset_extent.setCurrentIndex(dlg.inset_extent.findData("china"))
    dlg.inset_extent.activated.emit(dlg.inset_extent.currentIndex())
    dlg.save_layout_as("区级汇报")
    assert dlg.layouts.findData("区级汇报") > 0
    path = tmp_path / "p.gzmap.gpkg"
    save_project(window.project, path)
    opened = load_project(path)
    assert opened.load_warnings == []
    current, saved, warnings = read_layouts(opened)
    assert warnings == [] and list(saved) == ["区级汇报"]
    for s in (current, saved["区级汇报"]):
        assert s.edits.placed["legend"].x == pytest.approx(dlg.edits.placed["legend"].x, abs=1e-3)
        assert [t.text for t in s.edits.text_boxes] == ["备注：草稿"]
        assert s.edits.inset_extent == "china"
        (logo,) = s.edits.logos
        assert s.edits.images[logo.image_id].startswith(b"\x89PNG")
    assert "/" not in str(opened.metadata) and "blue.png" not in str(opened.metadata)  # embedded, no path
    # choosing the saved layout after a change brings it back
    dlg.reset_positions()
    qtbot.waitUntil(lambda: "legend" not in dlg.edits.placed, timeout=10000)
    dlg.layouts.setCurrentIndex(dlg.layouts.findData("区级汇报"))
    dlg.layouts.activated.emit(dlg.layouts.currentIndex())
    qtbot.waitUntil(lambda: "legend" in dlg.edits.placed, timeout=10000)


@pytest.mark.parametrize(
    "bad, named",
    [
        ({"legend": [-5, 10, 40, 30]}, "图例"),
        ({"scale_bar": [10, 10, float("nan"), 10]}, "比例尺"),
        ({"north_arrow": [5000, 10, 10, 10]}, "指北针"),
        ({"title": ["10", 10, 40, 10]}, "标题"),
        ({"inset": [10, 10, 40]}, "位置图"),
    ],
)
def test_bad_saved_positions_fall_back_with_a_warning_naming_the_item(window, qtbot, tmp_path, bad, named):
    from gzmap.io.print_layouts import METADATA_KEY
    from gzmap.io.project import load_project
    from gzmap.io.project import save_project

    project = window.project
    project.metadata = {METADATA_KEY: {"current": {"dpi": "high", "zoom": 3, "edits": {"placed": bad, "extra": 1}}}}
    path = tmp_path / "bad.gzmap.gpkg"
    save_project(project, path, force=True)
    opened = load_project(path)
    text = "\n".join(opened.load_warnings)
    assert named in text and "分辨率" in text and "'zoom'" in text and "'extra'" in text
    from gzmap.io.project import adopt_project

    adopt_project(window.project, opened)
    dlg = open_dialog(window, qtbot)
    assert dlg.edits.placed == {} and dlg.dpi.value() == 300 and not dlg.error


def test_keys_nudge_and_delete_and_undo_works_after_the_dialog_closed(window, qtbot):
    from gzmap.core.layout import Rect
    from gzmap.io.print_layouts import read_layouts

    dlg = open_dialog(window, qtbot)
    north = dlg.plan.items()["north_arrow"]
    QTest.mouseClick(
        dlg.preview,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        dlg.preview.to_widget(north).center().toPoint(),
    )
    QTest.keyClick(dlg.preview, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(dlg.preview, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dlg.plan.items()["north_arrow"].y > north.y, timeout=10000)
    moved = dlg.plan.items()["north_arrow"]
    assert (moved.x - north.x, moved.y - north.y) == pytest.approx((-5.0, 1.0))
    dlg.add_text_box("删除我", 10, Rect(30, 30, 40, 10))
    qtbot.waitUntil(lambda: "text_box:0" in dlg.plan.items(), timeout=10000)
    QTest.mouseClick(
        dlg.preview,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        dlg.preview.to_widget(Rect(30, 30, 40, 10)).center().toPoint(),
    )
    assert dlg.preview.selected == "text_box:0"
    QTest.keyClick(dlg.preview, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "text_box:0" not in dlg.plan.items(), timeout=10000)
    dlg.reject()
    # Edit > Undo in the window, dialog closed: the text box comes back in the project's layout
    window.feature("editing").undo_action.trigger()
    current, _saved, _w = read_layouts(window.project)
    assert [t.text for t in current.edits.text_boxes] == ["删除我"]
    dlg2 = open_dialog(window, qtbot)
    assert "text_box:0" in dlg2.plan.items()
    assert dlg2.plan.items()["north_arrow"].x == pytest.approx(north.x - 5.0, abs=0.01)


def test_inset_extent_current_view_draws_the_map_view(window, qtbot):
    dlg = open_dialog(window, qtbot)
    auto_title = dlg.plan.inset_title
    dlg.inset_extent.setCurrentIndex(dlg.inset_extent.findData("view"))
    dlg.inset_extent.activated.emit(dlg.inset_extent.currentIndex())
    qtbot.waitUntil(lambda: dlg.edits.inset_extent == "view", timeout=10000)
    view = window.canvas.viewport.extent()
    assert dlg.plan.inset_extent == pytest.approx(view)
    assert [l.id for l in dlg.plan.inset_layers] == [l.id for l in window.project.layers if l.visible]
    dlg.inset_extent.setCurrentIndex(dlg.inset_extent.findData("guangdong"))
    dlg.inset_extent.activated.emit(dlg.inset_extent.currentIndex())
    qtbot.waitUntil(lambda: dlg.plan.inset_title == "在广东省的位置", timeout=10000)
    assert auto_title != dlg.plan.inset_title


def test_full_size_preview_shows_the_page_at_its_real_size(window, qtbot):
    dlg = open_dialog(window, qtbot)
    qtbot.mouseClick(dlg.item_buttons["full"], Qt.MouseButton.LeftButton)
    shown = dlg.full_preview.findChild(QLabel).pixmap()
    assert shown.width() == round(297 / 25.4 * dlg.logicalDpiX())
    assert shown.height() == pytest.approx(shown.width() * 210 / 297, abs=2)


def test_opening_the_dialog_changes_nothing_and_a_change_is_kept_in_the_project(window, qtbot):
    from gzmap.io.print_layouts import read_layouts

    window.project.set_modified(False)
    dlg = open_dialog(window, qtbot)
    assert not window.project.modified and read_layouts(window.project)[0] is None
    dlg.subtitle.setText("2025 年")
    qtbot.waitUntil(lambda: window.project.modified, timeout=10000)
    assert read_layouts(window.project)[0].subtitle == "2025 年"
