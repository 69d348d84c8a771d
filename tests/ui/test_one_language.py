"""One language at a time: what the window shows from the default project is all Chinese or all English.

With the interface in Chinese, every menu, every dialog the menus open (the
modal ones are opened and read instead of run), the docks, the stock Qt dialogs
(file dialog, message box), the import wizard's rejected rows, the header and
the coded cells of every analysis result table, every legend and the attribute
tables hold no Latin word that is not a proper name, a code or a unit
(:data:`gzmap.testing.LATIN_ALLOWED`); with the interface in English, no Han
character. Data values are exempt: enterprise names and a user's own column
names are never read, nor the language menu's own names of the languages.
"""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QWidget

from gzmap.testing import assert_one_language

#: The language menu names each language in itself.
LANGUAGE_NAMES = frozenset({"English", "中文", "简体"})
#: Actions not to trigger while walking the menus: they end the session or switch the language.
SKIP_ACTIONS = ("quit", "exit", "退出", "English", "中文")


# -- reading the texts of widgets ------------------------------------------------------------------------
def _model_headers(view, where: str, out: list, user_columns=frozenset()) -> None:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1
    for c in range(columns):
        head = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if head is not None and str(head) not in user_columns:
            out.append((f"{where} header", str(head)))


def widget_texts(root: QWidget, where: str, user_columns=frozenset()) -> list[tuple[str, str]]:
    """(where, text) of every text ``root`` and its children show: titles, labels, buttons, actions,
    menus, group boxes, tabs, drop-down items, list items, tooltips, placeholders, table headers."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        name = f"{where}/{type(w).__name__}:{w.objectName()}"
        for text in (w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis()):
            if text:
                out.append((name, text))
        for act in w.actions():
            for text in (act.text(), act.toolTip(), act.statusTip()):
                if text and act.text() not in LANGUAGE_NAMES and not any(n in act.text() for n in LANGUAGE_NAMES):
                    out.append((f"{name} action", text))
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            out.append((name, w.text()))
        if isinstance(w, QGroupBox) and w.title():
            out.append((name, w.title()))
        if isinstance(w, QLineEdit) and w.placeholderText():
            out.append((name, w.placeholderText()))
        if isinstance(w, QMenu) and w.title():
            out.append((name, w.title()))
        if isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QComboBox):
            out += [
                (name, w.itemText(i))
                for i in range(w.count())
                if w.itemText(i) not in user_columns and w.itemData(i) not in user_columns
            ]
        if isinstance(w, QListWidget):
            out += [(name, w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            items = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while items:
                item = items.pop()
                out += [(name, item.text(c)) for c in range(item.columnCount()) if item.text(c)]
                items += [item.child(i) for i in range(item.childCount())]
        if isinstance(w, QAbstractItemView):
            _model_headers(w, name, out, user_columns)
    return out


def data_values() -> set[str]:
    """Texts that are data, not interface: the shipped datasets' attributions, licences and sources (kept
    as their owners wrote them), the libraries' names and licences, the language names."""
    import json

    import pandas as pd

    from gzmap.paths import geo_path
    from gzmap.paths import ui_path
    from gzmap.ui.about import LIBRARIES

    out = {"English", "中文（简体）"}
    for name, lic in LIBRARIES:
        out |= {f"{name} ({lic})", name, lic}

    def strings(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                yield from strings(v, k)
        elif isinstance(node, list):
            for v in node:
                yield from strings(v, key)
        elif isinstance(node, str) and key in ("attribution", "licence", "license", "copyright", "family", "source"):
            yield node

    for path in [*geo_path("x").parent.glob("*.PROVENANCE.json"), ui_path("fonts", "fonts.PROVENANCE.json")]:
        if path.is_file():
            out |= set(strings(json.loads(path.read_text(encoding="utf-8"))))
    for who in list(out):
        out.add(who.removeprefix("Boundaries:").strip())
    out |= set(pd.read_csv(geo_path("indicators_sample.csv"))["source"].dropna().astype(str))
    return out


def _user_columns(window) -> frozenset:
    """The column names that are the user's data (exempt): every layer's own file columns."""
    names = set()
    for layer in window.project.layers:
        names |= set(getattr(layer, "provenance", {}).get("user_columns") or ())
    return frozenset(names)


# -- opening every dialog without running it -------------------------------------------------------------
class DialogRecorder:
    """Opens what the app opens modally, reads its texts and cancels it: ``exec`` of dialogs, the static
    file/message/input dialogs (a real non-native dialog is built and read), so that triggering every
    action walks every dialog without blocking."""

    def __init__(self, monkeypatch, where: list):
        self.texts: list[tuple[str, str]] = []
        self.where = where
        rec = self

        def exec_(dlg, *a, **k):
            rec.read(dlg)
            return QDialog.DialogCode.Rejected

        def file_dialog(kind):
            def fn(parent=None, caption="", folder="", filt="", *a, **k):
                dlg = QFileDialog(parent, caption, folder, filt)
                dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
                if kind == "dir":
                    dlg.setFileMode(QFileDialog.FileMode.Directory)
                if kind == "save":
                    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
                rec.read(dlg, own=True)
                return "" if kind == "dir" else ("", "")

            return staticmethod(fn)

        def message_box(icon):
            def fn(parent, title, text, buttons=QMessageBox.StandardButton.Ok, *a, **k):
                box = QMessageBox(icon, title, text, buttons, parent)
                rec.read(box, own=True)
                return QMessageBox.StandardButton.Cancel

            return staticmethod(fn)

        def input_dialog(*a, **k):
            parent, title, label = (list(a) + [None, "", ""])[:3]
            dlg = QInputDialog(parent)
            dlg.setWindowTitle(title)
            dlg.setLabelText(label)
            rec.read(dlg, own=True)
            return ("", False)

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog("open"))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", file_dialog("open"))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog("save"))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", file_dialog("dir"))
        for name, icon in (
            ("warning", QMessageBox.Icon.Warning),
            ("information", QMessageBox.Icon.Information),
            ("question", QMessageBox.Icon.Question),
            ("critical", QMessageBox.Icon.Critical),
        ):
            monkeypatch.setattr(QMessageBox, name, message_box(icon))
        monkeypatch.setattr(QMessageBox, "about", message_box(QMessageBox.Icon.Information))
        for name in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"):
            monkeypatch.setattr(QInputDialog, name, staticmethod(input_dialog))

    def read(self, dlg: QWidget, own: bool = False) -> None:
        """Show ``dlg``, read it, hide it; a dialog made here (``own``) is then deleted."""
        dlg.show()
        QApplication.processEvents()
        self.texts += widget_texts(dlg, f"{self.where[0]} > {type(dlg).__name__}")
        dlg.hide()
        if own:
            dlg.setParent(None)
            dlg.deleteLater()


def _menu_actions(menu: QMenu, path: str):
    for act in menu.actions():
        if act.isSeparator():
            continue
        label = act.text().replace("&", "")
        if act.menu() is not None:
            yield from _menu_actions(act.menu(), f"{path} > {label}")
        else:
            yield f"{path} > {label}", act


def walk_menus(window, recorder) -> list[tuple[str, str]]:
    """The texts of the menus and of every dialog their actions open (modal ones read and cancelled)."""
    where = recorder.where
    texts = widget_texts(window, "window", _user_columns(window))
    before = set(QApplication.topLevelWidgets())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        texts += widget_texts(menu, f"menu {menu.title()}")
        for path, act in list(_menu_actions(menu, menu.title())):
            if not act.isEnabled() or any(s.lower() in act.text().lower() for s in SKIP_ACTIONS):
                continue
            where[0] = path
            act.trigger()
            QApplication.processEvents()
            for w in set(QApplication.topLevelWidgets()) - before:
                if w.isVisible() and not isinstance(w, QMenu):
                    texts += widget_texts(w, f"{path} > {type(w).__name__}", _user_columns(window))
                    w.close()
    return texts + recorder.texts


# -- the window, results and legends ---------------------------------------------------------------------
@pytest.fixture
def recorder(monkeypatch):
    """Modal dialogs are read and cancelled from before the window opens (a message at start-up included)."""
    return DialogRecorder(monkeypatch, ["start-up"])


@pytest.fixture
def default_window(qtbot, recorder):
    """The window on the default project (boundaries and the 10,000 sample enterprises)."""
    from gzmap.ui.app import create_app
    from gzmap.ui.app import create_window

    create_app()
    w = create_window("zh_CN")
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    qtbot.waitExposed(w)
    yield w
    from gzmap.ui import i18n

    i18n.install("zh_CN")


def _enterprises(window):
    return next(layer for layer in window.project.layers if "subsector" in getattr(layer, "data", {}).columns)


ANALYSES = {
    "clusters": {"method": "dbscan", "eps": 300, "min_samples": 20, "hull": "convex"},
    "kde": {"bandwidth": 1000, "cell": 250},
    "hotspots": {"cell": 1000, "permutations": 99},
    "district_stats": {},
}


def run_analyses(window, qtbot) -> dict:
    """Run every declared analysis on the sample enterprises as the Analysis menu does; the result
    tables shown (every table of a result) by analysis."""
    ext = window.analysis_extension
    shown = {}
    for kind, params in ANALYSES.items():
        task = ext.run(kind, _enterprises(window), params)
        with qtbot.waitSignal(task.ended, timeout=120_000) as blocker:
            pass
        assert blocker.args == ["finished"], kind
        tables = ext.panel.tables or {"table": ext.panel.model.df}
        shown[kind] = dict(tables)
    return shown


def result_table_texts(window, tables: dict) -> list[tuple[str, str]]:
    """Headers and coded cells (sub-sectors, patterns, classes) of every result table as the dock shows
    it; numbers and place names are data."""
    from gzmap.core import fields

    panel = window.analysis_extension.panel
    out = []
    for kind, frames in tables.items():
        for key, df in frames.items():
            panel.set_frame(df)
            model = panel.model
            for c in range(model.columnCount()):
                head = str(model.headerData(c, Qt.Orientation.Horizontal))
                out.append((f"{kind}/{key} header", head))
                name = model.column_name(c)
                if df[name].dtype == object or str(df[name].dtype) in ("category", "string", "str"):
                    coded = any(fields.value_text(name, v, "en") is not None for v in df[name].dropna().unique()[:20])
                    if coded or name.endswith(("_zh", "_en")):
                        out += [(f"{kind}/{key} {head}", model.text(r, c)) for r in range(min(len(df), 30))]
    return out


def legend_texts(window) -> list[tuple[str, str]]:
    """Title, unit and class labels of every layer's legend, and the legend dock as shown."""
    lang = window.lang
    out = []
    for layer in window.project.layers:
        name = layer.name(lang) if callable(getattr(layer, "name", None)) else str(layer)
        out.append(("layer name", name))
        style = getattr(layer, "style", None)
        if style is None:
            continue
        out.append((f"{name} legend title", style.legend_title(lang)))
        try:
            entries = style.legend(layer.legend_data())
        except (AttributeError, TypeError, ValueError):
            entries = []
        out += [(f"{name} legend", e.label(lang)) for e in entries]
    return out


def attribute_table_texts(window) -> list[tuple[str, str]]:
    """The attribute table's headers for every layer (the user's own column names are exempt)."""
    out = []
    for layer in window.project.layers:
        window.table.set_layer(layer)
        user = frozenset(layer.provenance.get("user_columns") or ())
        model = window.table.model()
        for c in range(model.columnCount()):
            head = str(model.headerData(c, Qt.Orientation.Horizontal))
            if head not in user:
                out.append((f"attribute table {layer.name_en}", head))
    return out


def _imported(window, qtbot, path, lang: str):
    """The import wizard of the window in ``lang`` after importing ``path``."""
    window.set_language(lang)
    wizard = window.feature("import_enterprises").open_wizard(str(path))
    qtbot.addWidget(wizard)
    wizard.run_import()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20_000)
    QApplication.processEvents()
    return wizard


# -- the tests -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_menus_dialogs_and_docks_speak_one_language(default_window, recorder, lang):
    window = default_window
    if lang != "zh_CN":  # what was said at start-up was said in Chinese
        recorder.texts.clear()
    window.set_language(lang)
    texts = walk_menus(window, recorder)
    assert len(texts) > 300, "the walk read too little: did the menus open their dialogs?"
    assert_one_language(texts, lang, data=data_values())


def exported_headers(window, tables: dict, folder) -> list[tuple[str, str]]:
    """The header row of the CSV that "Export CSV…" writes from each result table."""
    import csv

    panel = window.analysis_extension.panel
    out = []
    for kind, frames in tables.items():
        for key, df in frames.items():
            panel.set_frame(df)
            path = panel.export(str(folder / f"{kind}_{key}.csv"), "csv")
            with open(path, encoding="utf-8-sig", newline="") as f:
                out += [(f"{kind}/{key} exported CSV header", h) for h in next(csv.reader(f))]
    return out


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_results_legends_and_tables_speak_one_language(default_window, qtbot, lang, tmp_path):
    window = default_window
    window.set_language(lang)
    tables = run_analyses(window, qtbot)
    texts = result_table_texts(window, tables) + legend_texts(window) + attribute_table_texts(window)
    texts += exported_headers(window, tables, tmp_path)
    texts += widget_texts(window.analysis_extension.dock, "analysis dock")
    legend_dock = []  # a legend names its sources in the language: no attribution is exempt there
    for dock in window.findChildren(QWidget):
        if type(dock).__name__ == "LegendPanel":
            legend_dock += widget_texts(dock, "legend dock")
    assert_one_language(texts, lang, data=data_values())
    assert_one_language(legend_dock, lang)


def test_one_column_per_field_in_the_attribute_table(default_window):
    """企业名称 and name, 细分行业 and subsector are one column each, under the language's name."""
    window = default_window
    layer = _enterprises(window)
    for lang, name, sub in (("zh_CN", "企业名称", "细分行业"), ("en", "Enterprise name", "Sub-sector")):
        window.set_language(lang)
        window.table.set_layer(layer)
        model = window.table.model()
        heads = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        assert len(heads) == len(set(heads)), heads
        assert heads.count(name) == 1 and heads.count(sub) == 1, heads
        assert not {"name", "subsector", "employees", "revenue", "founded"} & set(heads), heads
        assert "所在区" in heads  # the user's own column keeps its name in both languages
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert row[heads.index("从业人员" if lang == "zh_CN" else "Employees")] == "30"  # a count, not 30.0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_import_wizard_rejected_rows_speak_one_language(recorder, window, qtbot, tmp_path, lang):
    """Rejected rows: headers, reasons and details in the language; the file's own values are data."""
    path = tmp_path / "企业.csv"
    path.write_text(
        "企业名称,经度,纬度\n甲公司,113.32,23.11\n乙公司,--,23.1\n丙公司,,\n丁公司,23.11,113.32\n"
        "戊公司,-200,23\n己公司,116.4,39.9\n甲公司,113.32,23.11\n",
        encoding="utf-8",
    )
    wizard = _imported(window, qtbot, path, lang)
    texts = widget_texts(wizard, "import wizard", frozenset({"企业名称", "经度", "纬度"}))
    model = wizard.rejected_model
    assert model.rowCount() >= 4
    for c in range(model.columnCount()):
        if model.column_name(c) in ("reason", "message"):
            texts += [("rejected row", model.text(r, c)) for r in range(model.rowCount())]
    saved = pd.read_csv(wizard.save_rejected(tmp_path / "rejected.csv"), encoding="utf-8-sig", dtype=str)
    texts += [("saved rejected rows header", h) for h in saved.columns[:5]]  # the file's own columns follow
    texts += [("saved rejected rows reason", v) for v in saved.iloc[:, 1]]
    assert_one_language(texts, lang, data={path.name})


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_import_notes_speak_one_language(recorder, window, qtbot, tmp_path, lang):
    """The notes on how a file was read (encoding guessed, rows above the header, values fixed) are in
    the language of the interface; the file's column names and values quoted in them are data."""
    path = tmp_path / "names.csv"
    rows = "企业名称,经度,纬度,细分行业\n" + "".join(
        f"{n}有限公司,{113.30 + i / 1000:.3f},{23.10 + i / 1000:.3f},{sub}\n"
        for i, (n, sub) in enumerate([("星辰", "游戏"), ("云图", "动漫"), ("蓝海", "手办"), ("青松", "游戏")] * 5)
    )
    path.write_bytes(("2024年统计\n" + rows + "白云公司,23.12,113.31,游戏\n").encode("gb18030"))
    wizard = _imported(window, qtbot, path, lang)
    notes = [n for n in wizard.result_.notes] + list(wizard.table.notes)
    assert len(notes) >= 2, notes  # a row above the header, the unknown category, the swapped row...
    shown = [("file label", wizard.file_label.text()), ("notes", wizard.notes_label.text())]
    assert_one_language(shown, lang, data={path.name, "'手办'", "手办", "经度", "纬度"})
    if lang == "zh_CN":
        assert "跳过表头上方 1 行" in wizard.file_label.text() + wizard.notes_label.text()


def test_result_table_export_is_the_table_shown(window, tmp_path):
    """ "Export CSV…" writes what the result table shows: its headers, codes in words, counts whole,
    money rounded to its unit, and formula-like text escaped so a spreadsheet shows it as text."""
    import csv

    panel = window.analysis_extension.panel
    df = pd.DataFrame(
        {
            "cluster": [1, 2, -1],
            "n_points": [120.0, 30.0, 7.0],  # a count kept as float by an aggregation
            "dominant_subsector": ["games", "animation", None],
            "revenue_sum": [1234.56, 99.4, None],
            "label": ['=HYPERLINK("http://x")', "+1+2", "平常"],
        }
    )
    for lang in ("zh_CN", "en"):
        window.set_language(lang)
        panel.set_frame(df)
        model = panel.model
        shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        path = panel.export(str(tmp_path / f"{lang}.csv"), "csv")
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == shown
        assert_one_language([("exported header", h) for h in rows[0]], lang)
        got = {h: [r[i] for r in rows[1:]] for i, h in enumerate(rows[0])}
        label = shown[model.view_column("n_points")]
        assert got[label] == [model.text(r, model.view_column("n_points")) for r in range(3)] == ["120", "30", "7"]
        sub = shown[model.view_column("dominant_subsector")]
        assert got[sub][0] == model.text(0, model.view_column("dominant_subsector")) != "games"
        assert got[shown[model.view_column("revenue_sum")]][:2] == ["1235", "99"]
        assert got[shown[model.view_column("label")]][:2] == ['\'=HYPERLINK("http://x")', "'+1+2"]


def test_coded_words_align_as_text_and_numbers_right(window):
    """A column of codes said in words (游戏电竞) reads as text: left-aligned; counts align right."""
    panel = window.analysis_extension.panel
    panel.set_frame(pd.DataFrame({"dominant_subsector": ["games", "music"], "n_points": [3, 12]}))
    model = panel.model
    words, counts = model.view_column("dominant_subsector"), model.view_column("n_points")
    assert model.index(0, words).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, counts).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
