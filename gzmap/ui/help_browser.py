"""Help pages offline: the method pages (``docs/analysis/*.md``) and the guide pages
(``docs/guide/<page>.<lang>.md``: the first hour, field work), rendered from Markdown by Qt
(``QTextDocument``).

The pages ship with the app (:func:`gzmap.paths.docs_dir`: the checkout's ``docs/``, the
installed ``share/gzmap/docs`` or the desktop bundle's ``docs/``). Links between pages open in
the same window; a link that leaves the help folder (a web address) is not followed: nothing
here reaches the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout

from gzmap.paths import docs_dir

__all__ = ["GUIDE_PAGES", "HelpBrowser", "guide_path", "method_pages"]


def method_pages() -> list[tuple[str, Path]]:
    """``(title, path)`` of every method page, by title (the title is the page's first heading)."""
    pages = []
    for path in sorted((docs_dir() / "analysis").glob("*.md")):
        pages.append((_title(path), path))
    return sorted(pages, key=lambda p: p[0].lower())


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return path.stem


#: The guide's pages (``docs/guide/<page>.zh_CN.md`` and ``<page>.en.md``), one language per page.
GUIDE_PAGES = ("first_hour", "field_work")


def guide_path(lang: str, page: str = "first_hour") -> Path:
    """The guide page ``page`` (one of :data:`GUIDE_PAGES`) in ``lang`` (Chinese for ``zh…``, else English)."""
    if page not in GUIDE_PAGES:
        raise ValueError(f"no guide page {page!r}")
    return docs_dir() / "guide" / f"{page}.{'zh_CN' if lang.startswith('zh') else 'en'}.md"


class HelpBrowser(QDialog):
    """A window showing one help page at a time, with Back, Method pages and the guide."""

    def __init__(self, lang: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.resize(820, 720)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # links are followed by _follow, inside the help folder only
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.note = QLabel()
        self.back = QPushButton()
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        self.index = QPushButton()
        self.index.clicked.connect(self.show_index)
        self.guide = QPushButton()
        self.guide.clicked.connect(lambda: self.show_guide())
        bar = QHBoxLayout()
        for b in (self.back, self.index, self.guide):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "GZMap help"))
        self.back.setText(QCoreApplication.translate("Help", "Back"))
        self.index.setText(QCoreApplication.translate("Help", "Method pages"))
        self.guide.setText(QCoreApplication.translate("Help", "First hour with GZMap"))

    # -- pages ----------------------------------------------------------------------
    def show_page(self, path: Path) -> None:
        """Show the Markdown page ``path`` (relative links resolve against its folder)."""
        self.note.clear()
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def show_guide(self, page: str = "first_hour") -> None:
        """The guide page ``page`` in the window's language."""
        self.show_page(guide_path(self.lang, page))

    def show_index(self) -> None:
        """The list of method pages, each a link."""
        lines = [f"# {QCoreApplication.translate('Help', 'Method pages')}", ""]
        for title, path in method_pages():
            lines.append(f"- [{title}]({QUrl.fromLocalFile(str(path)).toString()})")
        self.note.clear()
        self.browser.setMarkdown("\n".join(lines))

    def _follow(self, url: QUrl) -> None:
        """Open a link to another help page; say so, and stay, for anything else (no network)."""
        if url.isRelative():
            url = self.browser.source().resolved(url)
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            root = docs_dir().resolve()
            if path.suffix == ".md" and path.resolve().is_relative_to(root) and path.is_file():
                self.show_page(path)
                return
        self.note.setText(
            QCoreApplication.translate("Help", "Not opened (the help works offline): {url}").format(url=url.toString())
        )
