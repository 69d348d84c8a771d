"""The symbology dock: single colour, categories of any field, classes of any numeric field.

Kind (single colour, categories, graduated colours); Field (every field for categories, the
numeric fields, with a year selector and change-between-years entries for indicator layers,
for classes); classification scheme, number of classes, manual breaks, ColorBrewer ramp,
fill opacity; labels from any field (or the values) through the one label engine
(``docs/architecture/labels.md``); for points, graduated symbol sizes or a size by any
numeric field. Every edit builds a new style (:mod:`gzmap.analysis.symbology`) and assigns
``layer.style``; the canvas, legend and exports follow from the layer's ``changed("style")``
event. Graduated classes are fitted in a worker (:func:`gzmap.ui.tasks.run_task`), never on
the GUI thread: :attr:`SymbologyPanel.fitting` is the running fit, and ``applied`` is
emitted once the style is set. The panel is a thin binding: ``_updating`` blocks feedback
while it fills its widgets from a layer.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSlider
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.analysis.indicators import FIXED_K
from gzmap.analysis.indicators import SCHEMES
from gzmap.analysis.indicators import add_change
from gzmap.analysis.indicators import columns_from_provenance
from gzmap.analysis.indicators import columns_to_provenance
from gzmap.analysis.indicators import frame_from_layer
from gzmap.analysis.indicators import value_labels
from gzmap.analysis.symbology import categorized_style
from gzmap.analysis.symbology import category_fields
from gzmap.analysis.symbology import fit_graduated
from gzmap.analysis.symbology import numeric_fields as _numeric_columns
from gzmap.core.fields import field_label
from gzmap.core.fields import unit_text
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate as translate_text
from gzmap.core.layer import VectorLayer
from gzmap.core.style import RAMPS
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style import Style
from gzmap.core.style import color_ramp
from gzmap.io.errors import first_line
from gzmap.ui.i18n import Texts

NONE_FIELD = ""
#: The label choice that writes each feature's value (graduated styles).
VALUE_LABELS = "\x00values"
KINDS = ("single", "categorized", "graduated")

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


def label_choices(df) -> list[str]:
    """Fields a layer can be labelled by: every field, a ``X_zh``/``X_en`` pair as ``X`` (the label
    engine takes the column of the map's language, :func:`gzmap.core.labels.label_column`)."""
    columns = category_fields(df)
    present = set(columns)
    out = []
    for c in columns:
        base = c[:-3] if c.endswith(("_zh", "_en")) else None
        if base and {f"{base}_zh", f"{base}_en"} <= present:
            if base not in out:
                out.append(base)
        else:
            out.append(c)
    return out


def numeric_fields(layer: VectorLayer) -> list[str]:
    """Columns of ``layer`` holding numbers (label helper columns excluded)."""
    return _numeric_columns(layer.data)


#: The labels of the panel's form rows (key: the widget attribute).
FORM_TEXTS = {
    "kind": QT_TRANSLATE_NOOP("SymbologyPanel", "Style"),
    "field": QT_TRANSLATE_NOOP("SymbologyPanel", "Field"),
    "year": QT_TRANSLATE_NOOP("SymbologyPanel", "Year"),
    "scheme": QT_TRANSLATE_NOOP("SymbologyPanel", "Classification"),
    "classes": QT_TRANSLATE_NOOP("SymbologyPanel", "Classes"),
    "breaks": QT_TRANSLATE_NOOP("SymbologyPanel", "Manual breaks"),
    "ramp": QT_TRANSLATE_NOOP("SymbologyPanel", "Colour ramp"),
    "reverse": QT_TRANSLATE_NOOP("SymbologyPanel", "Reverse ramp"),
    "opacity": QT_TRANSLATE_NOOP("SymbologyPanel", "Opacity"),
    "label_field": QT_TRANSLATE_NOOP("SymbologyPanel", "Labels"),
    "size_mode": QT_TRANSLATE_NOOP("SymbologyPanel", "Symbol size"),
    "size_field": QT_TRANSLATE_NOOP("SymbologyPanel", "Size field"),
    "size_max": QT_TRANSLATE_NOOP("SymbologyPanel", "Largest symbol"),
}


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
        #: The running fit of graduated classes (a :class:`gzmap.ui.tasks.Task`), or None.
        self.fitting = None
        self._fit_serial = 0
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.retranslate()
        self.set_layer(None)

    def _make_widgets(self) -> None:
        """The option widgets with their ranges and items (texts come from :meth:`retranslate`)."""
        self.layer_label = QLabel()
        self.layer_label.setWordWrap(True)
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem("", key)
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
        self.label_field = QComboBox()
        self.size_mode = QComboBox()
        for key in ("fixed", "graduated", "proportional"):
            self.size_mode.addItem("", key)
        self.size_field = QComboBox()
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
        self._texts = Texts("SymbologyPanel")
        self._form_labels = {}
        self._rows = {}
        for key, text in FORM_TEXTS.items():
            lab = QLabel()
            self._texts.add(lab.setText, text)
            self._form_labels[key] = lab
            self._rows[key] = getattr(self, key)
            form.addRow(lab, self._rows[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.layer_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def _connect(self) -> None:
        """Every option change restyles the layer (a kind or field change first refills what depends on it)."""
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.field.currentIndexChanged.connect(self._on_field)
        self.year.currentIndexChanged.connect(self._on_year)
        for sig in (
            self.scheme.currentIndexChanged,
            self.classes.valueChanged,
            self.ramp.currentIndexChanged,
            self.reverse.toggled,
            self.label_field.currentIndexChanged,
            self.size_mode.currentIndexChanged,
            self.size_field.currentIndexChanged,
            self.size_max.valueChanged,
            self.opacity.valueChanged,
        ):
            sig.connect(self._on_option)
        self.breaks.editingFinished.connect(self._on_option)

    # -- translation ------------------------------------------------------------
    def retranslate(self) -> None:
        self._texts.retranslate()
        for i, text in enumerate(
            (
                QCoreApplication.translate("SymbologyPanel", "Single colour"),
                QCoreApplication.translate("SymbologyPanel", "Categories"),
                QCoreApplication.translate("SymbologyPanel", "Graduated colours"),
            )
        ):
            self.kind.setItemText(i, text)
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
        was = self._updating
        self._updating = True
        try:
            self._fill_fields()
            self._fill_side_fields()
        finally:
            self._updating = was
        self._update_header()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    # -- binding to a layer -----------------------------------------------------
    def set_layer(self, layer) -> None:
        """Show the symbology of ``layer`` (any vector layer; others disable the panel)."""
        self.layer = layer if isinstance(layer, VectorLayer) and len(getattr(layer, "data", [])) else None
        self._fit_serial += 1  # a fit still running was for another layer
        self.setEnabled(self.layer is not None)
        if self.layer is not None and self.layer.id not in self._original_styles:
            self._original_styles[self.layer.id] = self.layer.style
        self._updating = True
        try:
            self._load_kind()
            self._fill_fields()
            self._fill_side_fields()
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

    def current_kind(self) -> str:
        return self.kind.currentData() or "single"

    def _load_kind(self) -> None:
        kind = getattr(self.layer.style, "kind", "single") if self.layer is not None else "single"
        self.kind.setCurrentIndex(max(self.kind.findData(kind if kind in KINDS else "single"), 0))

    def _fill_fields(self) -> None:
        """Field drop-down: every field for categories; one entry per indicator (year chosen
        separately) or numeric column for graduated colours; nothing for a single colour."""
        was = self._updating
        self._updating = True
        try:
            current = self.current_field()
            self.field.clear()
            if self.layer is None or self.current_kind() == "single":
                self.field.addItem(QCoreApplication.translate("SymbologyPanel", "— single colour —"), NONE_FIELD)
                return
            meta = self._meta()
            if self.current_kind() == "categorized":
                for col in category_fields(self.layer.data):
                    self.field.addItem(self._field_title(col, meta), col)
            else:
                self._fill_numeric_fields(meta)
            idx = self.field.findData(self._field_key(current))
            self.field.setCurrentIndex(max(idx, 0))
            self._fill_years()
        finally:
            self._updating = was

    def _fill_numeric_fields(self, meta) -> None:
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

    def _fill_side_fields(self) -> None:
        """The label drop-down (every field; a ``X_zh``/``X_en`` pair as ``X``, in the map's language)
        and the size-field drop-down (numeric fields)."""
        meta = self._meta()
        data = self.layer.data if self.layer is not None else None
        labels = [
            (QCoreApplication.translate("SymbologyPanel", "— no labels —"), NONE_FIELD),
            (QCoreApplication.translate("SymbologyPanel", "Values"), VALUE_LABELS),
        ]
        sizes = [(QCoreApplication.translate("SymbologyPanel", "— colour field —"), NONE_FIELD)]
        if data is not None:
            labels += [(self._field_title(c, meta), c) for c in label_choices(data)]
            sizes += [(self._field_title(c, meta), c) for c in _numeric_columns(data)]
        for box, items in ((self.label_field, labels), (self.size_field, sizes)):
            current = box.currentData()
            box.clear()
            for text, key in items:
                box.addItem(text, key)
            box.setCurrentIndex(max(box.findData(current), 0))

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
        self._load_side_fields(style)
        if isinstance(style, CategorizedStyle) and style.field in self.layer.data.columns:
            self.field.setCurrentIndex(max(self.field.findData(style.field), 0))
        elif isinstance(style, GraduatedStyle) and style.field in self.layer.data.columns:
            self._load_graduated(style)
        else:
            self.field.setCurrentIndex(0)
            self._fill_years()

    def _load_side_fields(self, style: Style) -> None:
        """The label and size choices of ``style``."""
        label = style.label_field or NONE_FIELD
        if label.endswith("·label"):
            label = VALUE_LABELS
        self.label_field.setCurrentIndex(max(self.label_field.findData(label), 0))
        proportional = isinstance(style, GraduatedStyle) and style.proportional
        if style.size_field:
            mode = "proportional"
            self.size_max.setValue(style.size_largest)
        elif proportional:
            mode = "proportional"
        else:
            mode = "graduated" if getattr(style, "size_max", None) else "fixed"
        self.size_mode.setCurrentIndex(max(self.size_mode.findData(mode), 0))
        self.size_field.setCurrentIndex(max(self.size_field.findData(style.size_field or NONE_FIELD), 0))

    def _load_graduated(self, style: GraduatedStyle) -> None:
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
        if style.scheme == "UserDefined":
            self.breaks.setText(", ".join(f"{b:g}" for b in style.breaks))
        if style.size_max and not style.proportional and not style.size_field:
            self.size_max.setValue(style.size_max)

    # -- reacting to edits ----------------------------------------------------
    def _refill(self, fill, *then) -> None:
        """After an edit: ``fill`` the widgets that depend on it (their changes not reacted to), run
        ``then`` and apply the style."""
        if self._updating:
            return
        self._updating = True
        try:
            fill()
        finally:
            self._updating = False
        for step in then:
            step()
        self.apply()

    def _on_kind(self) -> None:
        self._refill(self._fill_fields, self._update_enabled)

    def _on_field(self) -> None:
        self._refill(self._fill_years)

    def _on_year(self) -> None:
        if not self._updating:
            self.apply()

    def _on_option(self, *args) -> None:
        self._update_enabled()
        if not self._updating:
            self.apply()

    def _update_enabled(self) -> None:
        kind = self.current_kind()
        graduated = kind == "graduated" and bool(self.field.currentData())
        self.field.setEnabled(kind != "single")
        for w in (self.scheme, self.ramp, self.reverse, self.year):
            w.setEnabled(graduated and (w is not self.year or self.year.count() > 0))
        self.classes.setEnabled(graduated and self.scheme.currentData() not in FIXED_K)
        self.breaks.setEnabled(graduated and self.scheme.currentData() == "UserDefined")
        for key in ("year", "scheme", "classes", "breaks", "ramp", "reverse"):
            self._show_row(key, kind == "graduated")
        is_point = self.layer is not None and self.layer.geometry_type in ("Point", "MultiPoint")
        mode = self.size_mode.currentData()
        self.size_mode.model().item(1).setEnabled(graduated)  # classes of sizes need classes
        if mode == "graduated" and not graduated:
            self.size_mode.setCurrentIndex(0)
        self.size_field.setEnabled(is_point and mode == "proportional")
        self.size_max.setEnabled(is_point and mode != "fixed")
        for key in ("size_mode", "size_field", "size_max"):
            self._show_row(key, is_point)

    def _show_row(self, key: str, shown: bool) -> None:
        self._form_labels[key].setVisible(shown)
        self._rows[key].setVisible(shown)

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

    # -- building the style ---------------------------------------------------------
    def apply(self) -> Style | None:
        """Build the style from the widgets and set it on the layer. Single colours and categories are
        set at once and returned; graduated classes are fitted in a worker (:attr:`fitting`), set when
        it ends, and None is returned."""
        if self.layer is None:
            return None
        self.message.clear()
        self._fit_serial += 1  # a fit still running is out of date
        kind = self.current_kind()
        if kind == "graduated":
            self._start_fit()
            return None
        try:
            style = self._categorized() if kind == "categorized" else self._single()
        except (ValueError, KeyError, TypeError) as exc:
            self.message.setText(first_line(exc))
            return None
        if style is not None:
            self._set_style(self._with_sides(style))
        return style

    def _base_symbol(self):
        return replace(self.layer.style.symbol, fill_opacity=self.opacity.value() / 100.0)

    def _single(self) -> SingleStyle:
        base = self._original_styles.get(self.layer.id, self.layer.style)
        symbol = replace(base.symbol, fill_opacity=self.opacity.value() / 100.0)
        if isinstance(base, SingleStyle):
            return replace(base, symbol=symbol)
        title = (self.layer.name_zh, self.layer.name_en)
        return SingleStyle(symbol=symbol, title_zh=title[0], title_en=title[1])

    def _categorized(self) -> CategorizedStyle | None:
        column = self.current_field()
        if not column:
            return None
        title = self._field_title(column, self._meta())
        return categorized_style(self.layer.data, column, self._base_symbol(), title_zh=title, title_en=title)

    def _with_sides(self, style: Style) -> Style:
        """``style`` with the label field and the size by field chosen in the panel."""
        label = self.label_field.currentData() or None
        if label == VALUE_LABELS:
            label = None if not isinstance(style, GraduatedStyle) else self._value_labels(style)
        style.label_field = label
        is_point = self.layer.geometry_type in ("Point", "MultiPoint")
        if is_point and self.size_mode.currentData() == "proportional":
            chosen = self.size_field.currentData() or getattr(style, "field", "") or None
            if chosen in _numeric_columns(self.layer.data):
                style.size_field = chosen
                style.size_largest = float(self.size_max.value())
        return style

    def _value_labels(self, style: GraduatedStyle) -> str:
        """Add the value label columns (GUI thread: they are written to the layer's table)."""
        return value_labels(frame_from_layer(self.layer), style.field, style.decimals)

    def _start_fit(self) -> None:
        """Fit the graduated classes in a worker; :meth:`_fitted` sets the style when it ends."""
        from gzmap.ui.tasks import run_task

        column = self.current_field()
        if not column:
            return
        scheme = self.scheme.currentData()
        ramp = self.ramp.currentData() + ("_r" if self.reverse.isChecked() else "")
        kw = {}
        if self.size_mode.isVisibleTo(self) and self.size_mode.currentData() == "graduated":
            kw["size_max"] = float(self.size_max.value())
            kw["size_min"] = max(2.0, float(self.size_max.value()) / 4)
        try:
            breaks = self._parse_breaks() if scheme == "UserDefined" else None
        except ValueError as exc:
            self.message.setText(first_line(exc))
            return
        serial, layer = self._fit_serial, self.layer
        frame = frame_from_layer(layer)
        title = QCoreApplication.translate("SymbologyPanel", "Classifying")
        opts = dict(scheme=scheme, k=self.classes.value(), ramp=ramp, breaks=breaks)
        self.fitting = run_task(
            self.window if isinstance(self.window, QWidget) else self,
            title,
            fit_graduated,
            frame,
            column,
            on_done=lambda style: self._fitted(style, serial, layer),
            on_error=lambda text: self._fit_failed(text, serial),
            opacity=self.opacity.value() / 100.0,
            symbol=layer.style.symbol,
            **opts,
            **kw,
        )
        self.fitting.ended.connect(lambda _state, task=self.fitting: self._fit_ended(task))

    def _fit_ended(self, task) -> None:
        if self.fitting is task:
            self.fitting = None

    def _fit_failed(self, text: str, serial: int) -> None:
        if serial == self._fit_serial:
            self.message.setText(text)

    def _fitted(self, style: GraduatedStyle, serial: int, layer) -> None:
        """A fit has ended: set its style unless the options or the layer have changed since."""
        if serial != self._fit_serial or layer is not self.layer:
            return
        if not style.breaks:
            self.message.setText(
                QCoreApplication.translate("SymbologyPanel", "The field has no numeric values to classify.")
            )
        self._set_style(self._with_sides(style))

    def _set_style(self, style: Style) -> None:
        self.layer.style = style
        self._update_header()
        self.applied.emit(self.layer)

    def _update_header(self) -> None:
        if self.layer is None:
            self.layer_label.setText(
                QCoreApplication.translate("SymbologyPanel", "Select a polygon or point layer to style it.")
            )
            self.info.clear()
            return
        self.layer_label.setText(f"<b>{self.layer.name(self.lang)}</b>")
        self.info.setText("\n".join(self._info_lines(self.layer.style)))

    def _info_lines(self, style: Style) -> list[str]:
        """Features with and without data, the source, and the sample the classes were fitted on."""
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
            if style.sample:
                lines.append(
                    QCoreApplication.translate(
                        "SymbologyPanel", "Natural breaks fitted on a fixed sample of {k:,} values"
                    ).format(k=style.sample)
                )
            if style.source:
                lines.append(QCoreApplication.translate("SymbologyPanel", "Source: {s}").format(s=style.source))
        elif isinstance(style, CategorizedStyle):
            lines.append(QCoreApplication.translate("SymbologyPanel", "{n} categories").format(n=len(style.categories)))
        return lines
