"""Help menu: the first-hour guide and the method pages open offline in the app, and a click on a
method page's title in the index opens that page."""

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gzmap.paths import docs_dir
from gzmap.ui.help_browser import method_pages

ROOT = Path(__file__).resolve().parents[2]


def help_action(window, name):
    return next(a for a in window.menu("help").actions() if a.objectName() == name)


def click_text(qtbot, browser, text):
    """Click in the middle of ``text`` where the browser shows it."""
    found = browser.document().find(text)
    assert not found.isNull(), f"{text!r} is not on the page"
    cursor = QTextCursor(found)
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    rect = browser.cursorRect(cursor)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.center().y()))


def test_method_page_opens_from_the_help_menu_offline(window, qtbot):
    help_action(window, "help_methods").trigger()
    browser = window.feature("help").browser
    qtbot.waitExposed(browser)
    titles = [title for title, _ in method_pages()]
    assert "Gi* hot spots" in titles and len(titles) == len(list((ROOT / "docs" / "analysis").glob("*.md")))
    shown = browser.browser.toPlainText()
    assert all(t.replace("*", "") in shown.replace("*", "") for t in titles)

    click_text(qtbot, browser.browser, "Gi* hot spots")
    qtbot.waitUntil(lambda: browser.browser.source().fileName() == "hotspots.md")
    assert "Where do high (or low) enterprise counts cluster" in browser.browser.toPlainText()

    # a link between method pages is followed; one to the web is not (no network)
    click_text(qtbot, browser.browser, "significance.md")
    qtbot.waitUntil(lambda: browser.browser.source().fileName() == "significance.md")
    browser._follow(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("https://example.org/"))
    assert browser.browser.source().fileName() == "significance.md"
    assert "example.org" in browser.note.text()
    help_action(window, "help_guide").trigger()
    assert "第一个小时" in browser.browser.toPlainText()  # the guide in the interface's language
    assert browser.back.isEnabled()


def test_the_guide_in_english_and_the_pages_in_the_desktop_build(window, qtbot):
    window.set_language("en")
    help_action(window, "help_guide").trigger()
    browser = window.feature("help").browser
    assert browser.browser.toPlainText().startswith("Your first hour with GZMap")
    assert help_action(window, "help_methods").text() == "Method pages"

    spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "bundle.py")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        bundle = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bundle)
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    shipped = {(Path(src).name, dest) for src, dest in bundle.docs_datas()}
    assert ("first_hour.zh_CN.md", "docs/guide") in shipped and ("first_hour.en.md", "docs/guide") in shipped
    assert {p.name for p in (docs_dir() / "analysis").glob("*.md")} <= {n for n, d in shipped if d == "docs/analysis"}
    assert window.unload_feature("help") and not any(
        a.objectName() == "help_guide" for a in window.menu("help").actions()
    )
