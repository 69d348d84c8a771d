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

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Phrase", "language", "say", "translate", "translator"]

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


class Phrase(str):
    """English text that can be said again in another language.

    A :class:`str` (the English text, so code that joins, prints or tests
    messages goes on working) that keeps its marked source, context and
    values: ``Phrase("Cli", "{n} rows read", n=5).text("zh_CN")``. A value
    that is itself a Phrase is said in the same language; a callable value
    is called with the language (a unit in words). :meth:`join` makes one
    Phrase of several, separated by ``"; "`` (``"；"`` in Chinese).
    """

    context: str
    source: str
    values: dict
    parts: tuple

    def __new__(cls, context: str, source: str, /, **values) -> Phrase:
        obj = super().__new__(cls, _fill(source, values, "en"))
        obj.context, obj.source, obj.values, obj.parts = context, source, values, ()
        return obj

    @classmethod
    def join(cls, parts) -> Phrase:
        """One Phrase of ``parts`` (Phrases or plain text), separated by a semicolon of the language."""
        parts = tuple(p for p in parts if p)
        obj = str.__new__(cls, "; ".join(parts))
        obj.context, obj.source, obj.values, obj.parts = "", "", {}, parts
        return obj

    def text(self, lang: str | None) -> str:
        """This text in ``lang`` (English when the catalogue has no translation)."""
        if self.parts or not self.source:
            sep = "；" if language(lang) == "zh_CN" else "; "
            return sep.join(say(p, lang) for p in self.parts)
        return translate(self.context, self.source, lang, **_said(self.values, lang))

    def __reduce__(self):  # pickled to worker processes as its parts, not as the English text
        if self.parts or not self.source:
            return (Phrase.join, (self.parts,))
        return (_phrase, (self.context, self.source, self.values))


def _phrase(context: str, source: str, values: dict) -> Phrase:
    return Phrase(context, source, **values)


def _said(values: dict, lang: str | None) -> dict:
    return {k: (say(v, lang) if isinstance(v, str) else v(lang) if callable(v) else v) for k, v in values.items()}


def _fill(source: str, values: dict, lang: str) -> str:
    return source.format(**_said(values, lang)) if values else source


def say(text, lang: str | None) -> str:
    """``text`` in ``lang``: a :class:`Phrase` translated, anything else as it is (a file's own words)."""
    return text.text(lang) if isinstance(text, Phrase) else str(text)


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
