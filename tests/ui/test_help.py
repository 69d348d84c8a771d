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


def _prose(markdown: str) -> str:
    """The words a reader sees as prose: code spans, indented command lines and link targets left out."""
    import re

    lines = [line for line in markdown.splitlines() if not line.startswith("    ")]
    return re.sub(r"`[^`]*`|\]\([^)]*\)|\*", " ", "\n".join(lines))


def test_field_work_page_from_the_help_menu_in_both_languages(window, qtbot):
    """Help > Field work opens the page in the interface's language, each page in one language only,
    and the first-hour guide links to it."""
    from gzmap.testing import foreign_words

    for lang, menu, heading, words in (
        (
            "zh_CN",
            "外业调查：离线核查，合并回项目",
            "外业调查：离线核查，合并回项目",
            ("合并外业副本", "两个值都写入备注"),
        ),
        (
            "en",
            "Field work: survey offline, merge back",
            "Field work: survey offline, merge back",
            ("Merge field copies", "keep both values in a note"),
        ),
    ):
        window.set_language(lang)
        action = help_action(window, "help_field_work")
        assert action.text() == menu
        action.trigger()
        browser = window.feature("help").browser
        qtbot.waitExposed(browser)
        shown = browser.browser.toPlainText()
        assert shown.startswith(heading), shown[:80]
        # the page covers the copy, the offline work, the merge, a damaged copy and the commands' exit codes
        assert all(w in shown for w in words)
        assert "gzmap field-copy" in shown and "gzmap merge" in shown and "130" in shown
        page = browser.browser.source().toLocalFile()
        assert Path(page).name == f"field_work.{lang}.md"
        # A, B: the conflict window's column letters, shown as such in both languages
        assert foreign_words(_prose(Path(page).read_text(encoding="utf-8")), lang, {"A", "B"}) == []

        # from the first-hour guide, a click on the link opens the same page
        help_action(window, "help_guide").trigger()
        click_text(qtbot, browser.browser, heading)
        qtbot.waitUntil(lambda b=browser, p=page: b.browser.source().toLocalFile() == p)
