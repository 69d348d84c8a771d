"""The symbology dock: classify any polygon or point layer by a numeric field.

Field (with a year selector and change-between-years entries for indicator
layers), classification scheme, number of classes, manual breaks, ColorBrewer
ramp, fill opacity, value labels and, for points, graduated or proportional
symbol sizes. Every edit builds a new :class:`~gzmap.core.style.GraduatedStyle`
with :func:`gzmap.analysis.indicators.graduated_style` and assigns
``layer.style``; the canvas, legend and exports follow from the layer's
``changed("style")`` event. The panel is a thin binding: ``_updating`` blocks
feedback while it fills its widgets from a layer.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gzmap.analysis.indicators import (
    FIXED_K,
    SCHEMES,
    add_change,
    columns_from_provenance,
    columns_to_provenance,
    frame_from_layer,
    graduated_style,
)
from gzmap.core.fields import field_label, unit_text
from gzmap.core.i18n import translate as translate_text
from gzmap.core.layer import VectorLayer
from gzmap.core.style import RAMPS, GraduatedStyle, color_ramp
from gzmap.io.errors import first_line

NONE_FIELD = ""

__all__ = ["SymbologyPanel", "numeric_fields", "ramp_icon"]


def ramp_icon(name: str, width: int = 64, height: int = 12) -> QIcon:
    """A small swatch of a colour ramp for the ramp drop-down."""
    colors = color_ramp(name, 7)
    pm = QPixmap(width, height)
    from PySide6.QtGui import QPainter

    p = QPainter(pm)
    step = width / len(colors)
    for i, c in enumerate(colors):
        p.fillRect(int(i * step), 0, int(step) + 1, height, QColor(c))
    p.end()
    return QIcon(pm)


def numeric_fields(layer: VectorLayer) -> list[str]:
    """Columns of ``layer`` holding numbers (label helper columns excluded)."""
    df = layer.data
    out = []
    for c in df.columns:
        if c == df.geometry.name or str(c).endswith(("·label_zh", "·label_en")) or c in ("adcode", "parent_adcode"):
            continue
        s = df[c]
        if pd.api.types.is_bool_dtype(s):
            continue
        if pd.api.types.is_numeric_dtype(s):
            out.append(str(c))
        elif s.dtype == object and len(s) and pd.to_numeric(s, errors="coerce").notna().mean() > 0.8:
            out.append(str(c))
    return out


class SymbologyPanel(QWidget):
    """Dock contents: the symbology of the current layer."""

    def showEvent(self, event) -> None:  # noqa: N802
        # Ramp swatches need the ColorBrewer tables; drawing them on first show
        # keeps that work off the app's start-up path.
        if not self._ramp_icons_done:
            self._ramp_icons_done = True
            for i in range(self.ramp.count()):
                self.ramp.setItemIcon(i, ramp_icon(self.ramp.itemData(i)))
        super().showEvent(event)

    #: Emitted after a style is applied (the layer).
    applied = Signal(object)

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.window = window
        self.layer: VectorLayer | None = None
        self.lang = getattr(window, "lang", "zh_CN")
        self._updating = False
        self._original_styles: dict[str, object] = {}
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.retranslate()
        self.set_layer(None)

    def _make_widgets(self) -> None:
        """The option widgets with their ranges and items (texts come from :meth:`retranslate`)."""
        self.layer_label = QLabel()
        self.layer_label.setWordWrap(True)
        self.field = QComboBox()
        self.year = QComboBox()
        self.scheme = QComboBox()
        for key in SCHEMES:
            self.scheme.addItem("", key)
        self.classes = QSpinBox()
        self.classes.setRange(2, 9)
        self.classes.setValue(5)
        self.breaks = QLineEdit()
        self.ramp = QComboBox()
        self.ramp.setIconSize(QSize(64, 12))
        for name in RAMPS:
            self.ramp.addItem(name, name)
        self._ramp_icons_done = False  # swatches are drawn when the panel is first shown
        self.reverse = QCheckBox()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(100)
        self.labels = QCheckBox()
        self.size_mode = QComboBox()
        for key in ("fixed", "graduated", "proportional"):
            self.size_mode.addItem("", key)
        self.size_max = QDoubleSpinBox()
        self.size_max.setRange(2.0, 60.0)
        self.size_max.setValue(16.0)
        self.size_max.setSuffix(" pt")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        """A form of labelled options between the layer's name and the message and info lines."""
        form = QFormLayout()
        self._form_labels = {}
        for key, w in (
            ("field", self.field),
            ("year", self.year),
            ("scheme", self.scheme),
            ("classes", self.classes),
            ("breaks", self.breaks),
            ("ramp", self.ramp),
            ("reverse", self.reverse),
            ("opacity", self.opacity),
            ("labels", self.labels),
            ("size_mode", self.size_mode),
            ("size_max", self.size_max),
        ):
            lab = QLabel()
            self._form_labels[key] = lab
            form.addRow(lab, w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.layer_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def _connect(self) -> None:
        """Every option change restyles the layer (a field change first refills the years)."""
        self.field.currentIndexChanged.connect(self._on_field)
        self.year.currentIndexChanged.connect(self._on_year)
        for sig in (
            self.scheme.currentIndexChanged,
            self.classes.valueChanged,
            self.ramp.currentIndexChanged,
            self.reverse.toggled,
            self.labels.toggled,
            self.size_mode.currentIndexChanged,
            self.size_max.valueChanged,
            self.opacity.valueChanged,
        ):
            sig.connect(self._on_option)
        self.breaks.editingFinished.connect(self._on_option)

    # -- translation ------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "field": QCoreApplication.translate("SymbologyPanel", "Field"),
            "year": QCoreApplication.translate("SymbologyPanel", "Year"),
            "scheme": QCoreApplication.translate("SymbologyPanel", "Classification"),
            "classes": QCoreApplication.translate("SymbologyPanel", "Classes"),
            "breaks": QCoreApplication.translate("SymbologyPanel", "Manual breaks"),
            "ramp": QCoreApplication.translate("SymbologyPanel", "Colour ramp"),
            "reverse": QCoreApplication.translate("SymbologyPanel", "Reverse ramp"),
            "opacity": QCoreApplication.translate("SymbologyPanel", "Opacity"),
            "labels": QCoreApplication.translate("SymbologyPanel", "Value labels"),
            "size_mode": QCoreApplication.translate("SymbologyPanel", "Symbol size"),
            "size_max": QCoreApplication.translate("SymbologyPanel", "Largest symbol"),
        }
        for key, text in texts.items():
            self._form_labels[key].setText(text)
        self.breaks.setPlaceholderText(QCoreApplication.translate("SymbologyPanel", "upper bounds, e.g. 100, 200, 300"))
        zh = self.lang.startswith("zh")
        for i in range(self.scheme.count()):
            key = self.scheme.itemData(i)
            self.scheme.setItemText(i, translate_text("Classification", SCHEMES[key], "zh_CN" if zh else "en"))
        for i, text in enumerate(
            (
                QCoreApplication.translate("SymbologyPanel", "Fixed"),
                QCoreApplication.translate("SymbologyPanel", "Graduated"),
                QCoreApplication.translate("SymbologyPanel", "Proportional"),
            )
        ):
            self.size_mode.setItemText(i, text)
        self.ramp.setToolTip(
            QCoreApplication.translate(
                "SymbologyPanel", "ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers"
            )
        )
        self._fill_fields()
        self._update_header()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    # -- binding to a layer -----------------------------------------------------
    def set_layer(self, layer) -> None:
        """Show the symbology of ``layer`` (any vector layer; others disable the panel)."""
        self.layer = layer if isinstance(layer, VectorLayer) and len(getattr(layer, "data", [])) else None
        self.setEnabled(self.layer is not None)
        if self.layer is not None and self.layer.id not in self._original_styles:
            self._original_styles[self.layer.id] = self.layer.style
        self._updating = True
        try:
            self._fill_fields()
            self._load_style()
        finally:
            self._updating = False
        self._update_header()
        self._update_enabled()

    def _meta(self):
        return columns_from_provenance(self.layer.provenance) if self.layer is not None else {}

    def _field_title(self, column: str, meta) -> str:
        m = meta.get(column)
        if m is None:  # a column of the user's file keeps its name; GZMap's own have one per language
            user = self.layer.provenance.get("user_columns") or () if self.layer is not None else ()
            return column if column in user else field_label(column, self.lang)
        unit = f" ({unit_text(m.unit, self.lang)})" if m.unit else ""
        return f"{m.title(self.lang)}{unit}"

    def _fill_fields(self) -> None:
        """Field drop-down: one entry per indicator (year chosen separately) or numeric column."""
        was = self._updating
        self._updating = True
        try:
            current = self.current_field()
            self.field.clear()
            self.field.addItem(QCoreApplication.translate("SymbologyPanel", "— single colour —"), NONE_FIELD)
            if self.layer is None:
                return
            meta = self._meta()
            seen_indicators = set()
            for col in numeric_fields(self.layer):
                m = meta.get(col)
                if m is not None and m.year and not m.derived:
                    if m.indicator in seen_indicators:
                        continue
                    seen_indicators.add(m.indicator)
                    name = m.indicator if self.lang.startswith("zh") or not m.indicator_en else m.indicator_en
                    unit = f" ({unit_text(m.unit, self.lang)})" if m.unit else ""
                    self.field.addItem(name + unit, f"indicator:{m.indicator}")
                else:
                    self.field.addItem(self._field_title(col, meta), col)
            idx = self.field.findData(self._field_key(current))
            self.field.setCurrentIndex(max(idx, 0))
            self._fill_years()
        finally:
            self._updating = was

    def _field_key(self, column: str | None) -> str:
        if not column:
            return NONE_FIELD
        m = self._meta().get(column)
        if m is not None and m.year and not m.derived:
            return f"indicator:{m.indicator}"
        if m is not None and m.derived and "–" in m.year:
            base = next((c for c in self._meta().values() if not c.derived and m.column.startswith(c.indicator)), None)
            if base is not None:
                return f"indicator:{base.indicator}"
        return column

    def _fill_years(self, select: str | None = None) -> None:
        self.year.clear()
        key = self.field.currentData()
        if not key or not str(key).startswith("indicator:") or self.layer is None:
            self.year.setEnabled(False)
            return
        indicator = key.split(":", 1)[1]
        meta = self._meta()
        years = sorted({m.year for m in meta.values() if m.indicator == indicator and m.year and not m.derived})
        for y in years:
            self.year.addItem(y, ("year", y))
        if len(years) >= 2:
            a, b = years[0], years[-1]
            self.year.addItem(
                QCoreApplication.translate("SymbologyPanel", "Change {a}–{b}").format(a=a, b=b), ("change", a, b, False)
            )
            self.year.addItem(
                QCoreApplication.translate("SymbologyPanel", "% change {a}–{b}").format(a=a, b=b),
                ("change", a, b, True),
            )
        self.year.setEnabled(True)
        idx = -1
        if select is not None:
            for i in range(self.year.count()):
                if self.year.itemData(i) == select or self.year.itemData(i) == ("year", select):
                    idx = i
        self.year.setCurrentIndex(idx if idx >= 0 else max(len(years) - 1, 0))

    def current_field(self) -> str | None:
        """The data column the current choices point at (None for a single colour)."""
        if self.layer is None:
            return None
        key = self.field.currentData()
        if not key:
            return None
        if not str(key).startswith("indicator:"):
            return key
        indicator = key.split(":", 1)[1]
        choice = self.year.currentData()
        frame = frame_from_layer(self.layer)
        if isinstance(choice, tuple) and choice[0] == "change":
            _, a, b, relative = choice
            col = f"{indicator} {'变化率' if relative else '变化'} {a}–{b}"
            if col not in self.layer.data.columns:
                try:
                    col = add_change(frame, indicator, a, b, relative=relative)
                except (KeyError, ValueError) as exc:
                    self.message.setText(str(exc))
                    return None
                self.layer.provenance["indicator_columns"] = columns_to_provenance(frame.columns)
            return col
        year = choice[1] if isinstance(choice, tuple) else None
        try:
            return frame.column_for(indicator, year)
        except KeyError:
            return None

    def _load_style(self) -> None:
        """Set the widgets from the layer's current style."""
        if self.layer is None:
            return
        style = self.layer.style
        self.opacity.setValue(int(round(style.symbol.fill_opacity * 100)))
        if isinstance(style, GraduatedStyle) and style.field in self.layer.data.columns:
            key = self._field_key(style.field)
            self.field.setCurrentIndex(max(self.field.findData(key), 0))
            m = self._meta().get(style.field)
            if m is not None and str(key).startswith("indicator:"):
                if m.derived and "–" in m.year:
                    a, b = m.year.split("–")
                    self._fill_years(select=("change", a, b, "变化率" in style.field))
                else:
                    self._fill_years(select=m.year)
            self.scheme.setCurrentIndex(max(self.scheme.findData(style.scheme), 0))
            self.classes.setValue(int(style.k))
            ramp = style.ramp[:-2] if style.ramp.endswith("_r") else style.ramp
            self.ramp.setCurrentIndex(max(self.ramp.findData(ramp), 0))
            self.reverse.setChecked(style.ramp.endswith("_r"))
            self.labels.setChecked(bool(style.label_field and style.label_field.endswith("·label")))
            if style.scheme == "UserDefined":
                self.breaks.setText(", ".join(f"{b:g}" for b in style.breaks))
            mode = "proportional" if style.proportional else ("graduated" if style.size_max else "fixed")
            self.size_mode.setCurrentIndex(max(self.size_mode.findData(mode), 0))
        else:
            self.field.setCurrentIndex(0)
            self._fill_years()

    # -- reacting to edits ----------------------------------------------------
    def _on_field(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self._fill_years()
        finally:
            self._updating = False
        self.apply()

    def _on_year(self) -> None:
        if not self._updating:
            self.apply()

    def _on_option(self, *args) -> None:
        self._update_enabled()
        if not self._updating:
            self.apply()

    def _update_enabled(self) -> None:
        scheme = self.scheme.currentData()
        has_field = bool(self.field.currentData())
        for w in (self.scheme, self.ramp, self.reverse, self.labels, self.year):
            w.setEnabled(has_field and (w is not self.year or self.year.count() > 0))
        self.classes.setEnabled(has_field and scheme not in FIXED_K)
        self.breaks.setEnabled(has_field and scheme == "UserDefined")
        is_point = self.layer is not None and self.layer.geometry_type in ("Point", "MultiPoint")
        self.size_mode.setEnabled(has_field and is_point)
        self.size_max.setEnabled(has_field and is_point and self.size_mode.currentData() != "fixed")
        for key in ("size_mode", "size_max"):
            self._form_labels[key].setVisible(is_point)
        self.size_mode.setVisible(is_point)
        self.size_max.setVisible(is_point)

    def _parse_breaks(self) -> list[float]:
        text = self.breaks.text().replace("，", ",").replace(";", ",")
        out = []
        for part in text.split(","):
            part = part.strip()
            if part:
                out.append(float(part))
        if out != sorted(out):
            raise ValueError(QCoreApplication.translate("SymbologyPanel", "manual breaks must increase"))
        return out

    def apply(self) -> GraduatedStyle | None:
        """Build the style from the widgets and set it on the layer; returns it (None for single colour)."""
        if self.layer is None:
            return None
        self.message.clear()
        column = self.current_field()
        opacity = self.opacity.value() / 100.0
        if not column:
            if self.field.currentData():
                return None  # a message says why
            from dataclasses import replace

            base = self._original_styles.get(self.layer.id, self.layer.style)
            if isinstance(base, GraduatedStyle):
                from gzmap.core.style import SingleStyle

                base = SingleStyle(symbol=base.symbol, title_zh=self.layer.name_zh, title_en=self.layer.name_en)
            style = replace(base, symbol=replace(base.symbol, fill_opacity=opacity))
            self.layer.style = style
            self._update_header()
            self.applied.emit(self.layer)
            return None
        scheme = self.scheme.currentData()
        ramp = self.ramp.currentData() + ("_r" if self.reverse.isChecked() else "")
        kw = {}
        if self.size_mode.isVisible() and self.size_mode.currentData() != "fixed":
            kw["size_max"] = float(self.size_max.value())
            kw["size_min"] = max(2.0, float(self.size_max.value()) / 4)
            kw["proportional"] = self.size_mode.currentData() == "proportional"
        symbol = self.layer.style.symbol
        try:
            breaks = self._parse_breaks() if scheme == "UserDefined" else None
            style = graduated_style(
                frame_from_layer(self.layer),
                column,
                scheme=scheme,
                k=self.classes.value(),
                ramp=ramp,
                breaks=breaks,
                labels=self.labels.isChecked(),
                opacity=opacity,
                symbol=symbol,
                **kw,
            )
        except (ValueError, KeyError, TypeError) as exc:
            self.message.setText(first_line(exc))
            return None
        if not self.labels.isChecked() and not isinstance(self._original_styles.get(self.layer.id), GraduatedStyle):
            style.label_field = getattr(self._original_styles.get(self.layer.id), "label_field", None)
        if not style.breaks:
            self.message.setText(
                QCoreApplication.translate("SymbologyPanel", "The field has no numeric values to classify.")
            )
        self.layer.style = style
        self._update_header()
        self.applied.emit(self.layer)
        return style

    def _update_header(self) -> None:
        if self.layer is None:
            self.layer_label.setText(
                QCoreApplication.translate("SymbologyPanel", "Select a polygon or point layer to style it.")
            )
            self.info.clear()
            return
        self.layer_label.setText(f"<b>{self.layer.name(self.lang)}</b>")
        style = self.layer.style
        lines = []
        if isinstance(style, GraduatedStyle):
            vals = (
                pd.to_numeric(self.layer.data.get(style.field), errors="coerce")
                if style.field in self.layer.data.columns
                else pd.Series(dtype=float)
            )
            n, missing = int(vals.notna().sum()), int(vals.isna().sum())
            lines.append(
                QCoreApplication.translate("SymbologyPanel", "{n} features with data, {m} without").format(
                    n=n, m=missing
                )
            )
            if style.source:
                lines.append(QCoreApplication.translate("SymbologyPanel", "Source: {s}").format(s=style.source))
        self.info.setText("\n".join(lines))
