"""The fixed words printed on a report page (legend heading, sources, locator titles...), per language.

Marked for the one translation catalogue (group ``texts``, context
``Layout``); :func:`word` returns them in the page's language only.
"""

from __future__ import annotations

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = ["WORDS", "colon", "list_separator", "word"]

#: Fixed words printed on the page, marked for translation (English source text).
WORDS: dict[str, str] = {
    "legend": QT_TRANSLATE_NOOP("Layout", "Legend"),
    "sources": QT_TRANSLATE_NOOP("Layout", "Sources"),
    "date": QT_TRANSLATE_NOOP("Layout", "Map date"),
    "scale": QT_TRANSLATE_NOOP("Layout", "Scale"),
    "north": QT_TRANSLATE_NOOP("Layout", "N"),
    "projection": QT_TRANSLATE_NOOP(
        "Layout", "Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude"
    ),
    "synthetic": QT_TRANSLATE_NOOP("Layout", "synthetic sample data, not real enterprises"),
    "nodata": QT_TRANSLATE_NOOP("Layout", "No data"),
    "locator": QT_TRANSLATE_NOOP("Layout", "Location in the Greater Bay Area"),
    "locator_guangzhou": QT_TRANSLATE_NOOP("Layout", "Location in Guangzhou"),
    "locator_guangdong": QT_TRANSLATE_NOOP("Layout", "Location in Guangdong"),
    "locator_china": QT_TRANSLATE_NOOP("Layout", "Location in China"),
    "made_with": QT_TRANSLATE_NOOP("Layout", "Made with GZMap"),
    "analysis": QT_TRANSLATE_NOOP("Layout", "GZMap analysis"),
    "analysis_of": QT_TRANSLATE_NOOP("Layout", "GZMap analysis of {input}"),
    "counts_within": QT_TRANSLATE_NOOP("Layout", "Counts: within {area}"),
}


def word(key: str, lang: str, **kw) -> str:
    """A fixed page word in ``lang`` (``zh_CN`` or ``en``), from the translation catalogue."""
    return translate("Layout", WORDS[key], lang, **kw)


def colon(lang: str) -> str:
    """The label colon of ``lang``: full-width in Chinese."""
    return "：" if lang.startswith("zh") else ": "


def list_separator(lang: str) -> str:
    """What separates items of a list on one line: a full-width semicolon in Chinese."""
    return "；" if lang.startswith("zh") else "; "
