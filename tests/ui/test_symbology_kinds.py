"""The symbology dock beyond indicator choropleths, driven with the keyboard as a planner would:
categories of any field (sub-sector, then district), labels and sizes from a field, and natural
breaks on 100,000 values fitted in a worker while the window keeps ticking."""

import json
import time

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer

from gzmap.core.jenks import JENKS_SAMPLE
from gzmap.core.jenks import sampled_fisher_jenks
from gzmap.core.layer import VectorLayer
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.io.sample import sample_enterprises_layer


def choose(qtbot, combo, data):
    """Pick the item whose data is ``data`` with the arrow keys, as a keyboard user does."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered: {[combo.itemData(i) for i in range(combo.count())]}"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == target


def legend_rows(layer):
    """The legend rows of the layer's style (as the legend dock, the print and the HTML page list
    them where the points are drawn one by one): label and count."""
    return [(e.label("zh_CN"), e.count) for e in layer.style.legend(layer.data)]


@pytest.fixture
def enterprises(window):
    sample = sample_enterprises_layer()
    layer = VectorLayer(
        sample.data.iloc[:600].copy(),
        "企业",
        "Enterprises",
        provenance=sample.provenance,
        style=sample.style,
    )
    window.add_layer(layer)
    ext = window.indicators
    ext.symbology_dock.show()
    ext.symbology.set_layer(layer)
    return layer


def test_a_sub_sector_layer_shows_its_categories_and_can_be_recategorised_by_district(window, qtbot, enterprises):
    panel = window.indicators.symbology
    # opened on the sample's sub-sector style: the panel says so, not "single colour"
    assert panel.kind.currentData() == "categorized"
    assert panel.field.currentData() == "subsector"
    assert "单一颜色" not in panel.field.currentText()
    # every field is offered for categories, text and integers alike
    offered = {panel.field.itemData(i) for i in range(panel.field.count())}
    assert {"subsector", "所在区", "成立年份", "name"} <= offered

    choose(qtbot, panel.field, "所在区")
    assert isinstance(enterprises.style, CategorizedStyle) and enterprises.style.field == "所在区"
    rows = dict(legend_rows(enterprises))
    districts = enterprises.data["所在区"].value_counts()
    assert rows == {name: int(n) for name, n in districts.items()}  # 11 districts, 600 enterprises

    choose(qtbot, panel.field, "subsector")
    rows = dict(legend_rows(enterprises))
    games = int((enterprises.data["subsector"] == "games").sum())
    assert rows["游戏电竞"] == games  # the taxonomy's names, not its keys
    # and back to a single colour: one legend row for all 600
    choose(qtbot, panel.kind, "single")
    assert enterprises.style.kind == "single"


def test_labels_and_size_from_fields(window, qtbot, enterprises):
    panel = window.indicators.symbology
    districts = next(layer for layer in window.project.layers if "adcode" in layer.data.columns)
    panel.set_layer(districts)
    assert panel.label_field.currentData() == "name"  # the built-in labels, read back
    before = window.canvas.render_frame()
    choose(qtbot, panel.label_field, "adcode")
    assert districts.style.label_field == "adcode"
    assert window.canvas.render_frame() != before  # the engine writes the codes instead of the names

    panel.set_layer(enterprises)
    choose(qtbot, panel.size_mode, "proportional")
    choose(qtbot, panel.size_field, "revenue")
    style = enterprises.style
    assert style.size_field == "revenue" and isinstance(style, CategorizedStyle)
    sizes = style.sizes(enterprises.data)
    biggest = int(np.nanargmax(enterprises.data["revenue"].to_numpy()))
    assert sizes[biggest] == pytest.approx(panel.size_max.value())
    assert np.nanmin(sizes) < sizes[biggest] / 3


def test_natural_breaks_on_100k_values_run_in_a_worker_and_match_the_html_page(window, qtbot):
    from gzmap.export.html import build_html

    rng = np.random.default_rng(7)
    n = 100_000
    sample = sample_enterprises_layer()
    data = sample.data.iloc[rng.integers(0, len(sample.data), n)].reset_index(drop=True)
    data["revenue"] = rng.lognormal(6.0, 1.2, n).round(1)
    layer = window.add_layer(VectorLayer(data, "十万企业", "100k enterprises", style=sample.style))
    panel = window.indicators.symbology
    panel.set_layer(layer)

    ticks, gaps, clock = [], [], QElapsedTimer()
    timer = QTimer()
    timer.setInterval(20)
    clock.start()

    def tick():
        gaps.append(clock.restart())
        ticks.append(time.perf_counter())

    timer.timeout.connect(tick)
    timer.start()
    choose(qtbot, panel.kind, "graduated")
    choose(qtbot, panel.field, "revenue")
    choose(qtbot, panel.scheme, "FisherJenks")
    assert panel.fitting is not None  # the fit is in a worker, not done on this thread
    started = time.perf_counter()
    qtbot.waitUntil(lambda: panel.fitting is None, timeout=20000)
    timer.stop()
    during = [g for g, t in zip(gaps, ticks) if t >= started]
    assert during, "the GUI thread did not tick while the classes were fitted"
    assert max(during) < 1000, f"the GUI thread stalled {max(during)} ms"

    style = layer.style
    assert isinstance(style, GraduatedStyle) and style.scheme == "FisherJenks"
    assert style.sample == JENKS_SAMPLE
    expected, _ = sampled_fisher_jenks(data["revenue"].to_numpy(), style.k)
    assert style.breaks == pytest.approx(expected)
    assert "1,000" in panel.info.text()

    # the HTML page classes with the same breaks: its class labels are the canvas legend's
    html, _report = build_html(window.project, lang="zh_CN")
    for entry in style.legend(layer.data, keep_empty=True)[: len(style.breaks)]:
        assert json.dumps(entry.label_zh) in html or entry.label_zh in html
