"""Help menu: the first-hour guide, the field work guide and the method pages, offline
(:mod:`gzmap.ui.help_browser`)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate


class HelpExtension:
    """Help > First hour with GZMap, Help > Field work, Help > Method pages (``window.feature("help")``)."""

    def __init__(self, ui):
        self.window = ui.window
        self.browser = None
        self.guide_action = ui.add_action("help", QAction(self.window))
        self.guide_action.setObjectName("help_guide")
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.field_action = ui.add_action("help", QAction(self.window))
        self.field_action.setObjectName("help_field_work")
        self.field_action.triggered.connect(lambda: self.show_field_work())
        self.methods_action = ui.add_action("help", QAction(self.window))
        self.methods_action.setObjectName("help_methods")
        self.methods_action.triggered.connect(self.show_methods)
        ui.on_language_changed(self.retranslate)
        self.retranslate()

    def retranslate(self, _lang: str = "") -> None:
        self.guide_action.setText(translate("Help", "First hour with GZMap"))
        self.field_action.setText(translate("Help", "Field work: survey offline, merge back"))
        self.methods_action.setText(translate("Help", "Method pages"))
        if self.browser is not None:
            self.browser.lang = self.window.lang
            self.browser.retranslate()

    def _browser(self):
        from gzmap.ui.help_browser import HelpBrowser

        if self.browser is None:
            self.browser = HelpBrowser(self.window.lang, self.window)
        self.browser.lang = self.window.lang
        return self.browser

    def show_guide(self, page: str = "first_hour"):
        b = self._browser()
        b.show_guide(page)
        b.show()
        return b

    def show_field_work(self):
        return self.show_guide("field_work")

    def show_methods(self):
        b = self._browser()
        b.show_index()
        b.show()
        return b


def _unload(controller: HelpExtension) -> None:
    if controller.browser is not None:
        controller.browser.close()
        controller.browser.deleteLater()


FEATURE = Feature("help", install=HelpExtension, unload=_unload)
