"""Interface language: Qt translators loaded from ``resources/ui/i18n/*_<lang>.qm``.

The system locale chooses at start (Chinese locales get Simplified Chinese,
everything else English); :func:`install` switches at run time, and Qt sends
every widget a LanguageChange event so windows re-translate without restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from gzmap.paths import ui_path

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = "zh_CN"


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
    folder = ui_path("i18n")
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
    # Qt's own strings (standard dialogs' buttons)
    qt = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _current = lang
    QSettings("GZMap", "GZMap").setValue("language", lang)
    return lang


def translate(context: str, text: str) -> str:
    """``text`` (English source) in the interface language, from the catalogue of ``context``.

    The one translation helper of the window's code: ``translate("Search", "Find")``
    is collected by lupdate like ``QCoreApplication.translate``. Fill placeholders
    after the call, ``translate("Search", "{n} found").format(n=3)``: lupdate does not
    collect a call that has keyword arguments. Empty text (an optional help) gives "".
    """
    return QCoreApplication.translate(context, text) if text else ""
