"""The report's year: print the map "as the map shows" (the time slider's state) or as of a chosen year.

:class:`ReportYear` is a drop-down of the years found in the year or date
fields of the report's layers (read by :func:`gzmap.core.time_filter.year_values`,
the one reader of year cells; text, blanks and 0 fall in no year). With a
year chosen, :meth:`ReportYear.layers` gives the layers the page is drawn
from: each layer with a year field is replaced by a view of it showing the
enterprises that exist in that year ("as of": founded by then and, where a
closing year is known, not closed), combined with its own expression filter.
The project's layers and the map window are left as they are.
"""

from __future__ import annotations

import copy

import numpy as np
from PySide6.QtWidgets import QComboBox

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.layer_filter import closing_field
from gzmap.core.layer_filter import year_fields
from gzmap.core.layer_filter import year_filter
from gzmap.core.time_filter import year_values

__all__ = ["ReportYear", "layers_as_of"]

LABEL = QT_TRANSLATE_NOOP("ReportYear", "Year")
AS_SHOWN = QT_TRANSLATE_NOOP("ReportYear", "As the map shows")
AS_OF = QT_TRANSLATE_NOOP("ReportYear", "As of {year}")


def _founding_years(layer) -> np.ndarray:
    """The distinct founding years (ints) of ``layer``'s first year field, none for other layers."""
    data = getattr(layer, "data", None)
    if data is None or not hasattr(data, "columns"):
        return np.zeros(0, dtype=int)
    founding = [c for c in year_fields(data) if not closing_field(c)]
    if not founding:
        return np.zeros(0, dtype=int)
    years = year_values(data[founding[0]])[0]
    return np.unique(years[np.isfinite(years)]).astype(int)


def layers_as_of(layers, year: int) -> list:
    """``layers`` with each layer that has a year field replaced by a copy showing ``year`` ("as of");
    the originals keep their filters."""
    out = []
    for layer in layers:
        flt = year_filter(layer, year, "as_of") if getattr(layer, "kind", "") == "vector" else None
        if flt is None:
            out.append(layer)
            continue
        view = copy.copy(layer)  # same data, style and id; its own filter and mask cache
        view._filter = flt
        view._shown = None
        out.append(view)
    return out


class ReportYear(QComboBox):
    """ "As the map shows", then every year of the layers' founding-year fields (latest last)."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("report_year")
        self.lang = lang
        self.addItem(translate("ReportYear", AS_SHOWN, lang), None)

    @staticmethod
    def label(lang: str) -> str:
        return translate("ReportYear", LABEL, lang)

    def fill(self, layers) -> None:
        """Offer the years found in ``layers`` (keeps the choice when it is still offered)."""
        current = self.year()
        years = sorted({int(y) for layer in layers for y in _founding_years(layer)})
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for y in years:
            self.addItem(translate("ReportYear", AS_OF, self.lang, year=y), y)
        self.setCurrentIndex(max(self.findData(current), 0) if current is not None else 0)
        self.blockSignals(False)
        self.setEnabled(bool(years))

    def year(self) -> int | None:
        return self.currentData()

    def caption(self) -> str:
        """The page's words for the year chosen ("As of 2015"), empty for "as the map shows"."""
        year = self.year()
        return "" if year is None else translate("ReportYear", AS_OF, self.lang, year=year)

    def layers(self, layers) -> list:
        """The layers the page is drawn from: ``layers`` as of the year chosen, or as they are."""
        year = self.year()
        return list(layers) if year is None else layers_as_of(layers, year)
