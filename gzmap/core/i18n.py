"""Translations for code without Qt, from the same catalogues the window uses.

GZMap has one translation system: Qt's catalogues in ``resources/ui/i18n``
(``<group>_<lang>.ts``, edited with Qt Linguist or ``tools/i18n.py``). Widgets
translate through Qt (``QCoreApplication.translate``); pure code (export,
layout, analysis, the command line) marks its English source text where it
is defined with :func:`QT_TRANSLATE_NOOP` — Qt's ``lupdate`` collects those
marks into the same ``.ts`` files — and looks the text up at run time with
:func:`translate`. ``tools/i18n.py release`` compiles each catalogue to
``.qm`` for Qt and to ``.json`` for this module.

Example::

    from gzmap.core.i18n import QT_TRANSLATE_NOOP, translate

    LEGEND = QT_TRANSLATE_NOOP("Export", "Legend")
    title = translate("Export", LEGEND, lang)          # "图例" when lang is zh_CN

Text that is not in the catalogue comes back as the English source, so a
missing translation shows English rather than nothing; the tests check that
none is missing.
"""

from __future__ import annotations

import json
from functools import cache

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "language", "translate", "translator"]

#: Interface languages: Simplified Chinese first, English.
LANGUAGES = ("zh_CN", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (collected by lupdate); returns it unchanged."""
    return text


def language(lang: str | None) -> str:
    """``"zh_CN"`` for any Chinese language tag (``zh``, ``zh-CN``, ``zh_CN.UTF-8``), else ``"en"``."""
    return "zh_CN" if str(lang or "").lower().replace("-", "_").startswith("zh") else "en"


def translate(context: str, text: str, lang: str | None, **values) -> str:
    """``text`` (English source) in ``lang``; ``values`` fill its ``{placeholders}``.

    The values are inserted after the lookup with :meth:`str.format`, so text
    from a file can be a value but is never a format string.
    """
    out = _catalogue(language(lang)).get(context, {}).get(text) or text
    return out.format(**values) if values else out


def translator(context: str, lang: str | None):
    """A one-argument :func:`translate` for one context and language: ``t = translator("Export", lang)``."""

    def t(text: str, **values) -> str:
        return translate(context, text, lang, **values)

    return t


@cache
def _catalogue(lang: str) -> dict[str, dict[str, str]]:
    """Every compiled ``*_<lang>.json`` catalogue merged: {context: {source: translation}}."""
    from gzmap.paths import ui_path

    merged: dict[str, dict[str, str]] = {}
    folder = ui_path("i18n")
    for path in sorted(folder.glob(f"*_{lang}.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(messages)
    return merged
