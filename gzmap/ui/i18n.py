"""Interface language: Qt translators loaded from ``resources/ui/i18n/*_<lang>.qm``.

The system locale chooses at start (Chinese locales get Simplified Chinese,
everything else English); :func:`install` switches at run time, and Qt sends
every widget a LanguageChange event so windows re-translate without restart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtCore import QTranslator
from PySide6.QtCore import Signal

from gzmap.paths import ui_path

SUPPORTED = ("zh_CN", "en")
#: Qt's own catalogues (standard dialogs, buttons, file-dialog labels), from Qt's translations folder.
QT_CATALOGUES = ("qtbase",)
_installed: list[QTranslator] = []
_current = "zh_CN"


class _Notifier(QObject):
    """Tells objects that are not widgets (table models) that the language changed."""

    language_changed = Signal(str)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """The one object whose ``language_changed(lang)`` is emitted after :func:`install`."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def preferred_language() -> str:
    """The language saved in the settings, else the system's."""
    saved = QSettings("GZMap", "GZMap").value("language")
    return saved if saved in SUPPORTED else system_language()


def current_language() -> str:
    return _current


def install(lang: str) -> str:
    """Load the translators of ``lang`` (replacing the current ones); returns the language used."""
    global _current
    lang = lang if lang in SUPPORTED else "en"
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _install_qt_catalogues(app, lang)
    folder = ui_path("i18n")
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
    _current = lang
    QSettings("GZMap", "GZMap").setValue("language", lang)
    notifier().language_changed.emit(lang)
    return lang


def qt_translations_folder() -> str:
    """Where Qt's own ``.qm`` catalogues are (in a frozen build, the folder the build ships them in)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _install_qt_catalogues(app, lang: str) -> None:
    """Qt's own strings (standard dialogs: "Look in:", "Cancel", "Yes") in ``lang``. Installed before
    GZMap's, so GZMap's catalogue (``qt_gaps`` group) fills what Qt's Chinese lacks: Qt looks in the
    translator installed last first."""
    if lang == "en":
        return
    for name in QT_CATALOGUES:
        qt = QTranslator(app)
        if qt.load(f"{name}_{lang}", qt_translations_folder()):
            app.installTranslator(qt)
            _installed.append(qt)


def translate(context: str, text: str) -> str:
    """``text`` (English source) in the interface language, from the catalogue of ``context``.

    The one translation helper of the window's code: ``translate("Search", "Find")``
    is collected by lupdate like ``QCoreApplication.translate``. Fill placeholders
    after the call, ``translate("Search", "{n} found").format(n=3)``: lupdate does not
    collect a call that has keyword arguments. Empty text (an optional help) gives "".
    """
    return QCoreApplication.translate(context, text) if text else ""


class Texts:
    """Texts of one feature's widgets that follow the interface language, each named once where its
    widget is made.

    ``texts.add(action.setText, QT_TRANSLATE_NOOP("Editing", "Undo"))`` sets the translated text now
    and again on every :meth:`retranslate` (connect it to the language change), so a feature keeps
    no second list of its texts in a retranslate method.
    """

    def __init__(self, context: str) -> None:
        self.context = context
        self._items: list[tuple[Callable[[str], Any], str]] = []

    def add(self, setter: Callable[[str], Any], text: str) -> None:
        self._items.append((setter, text))
        setter(translate(self.context, text))

    def retranslate(self, _lang: str = "") -> None:
        for setter, text in self._items:
            setter(translate(self.context, text))
