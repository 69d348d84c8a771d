"""The symbology panel as a planner uses it: load an indicator table, switch the indicator and the
classification, and see the districts change colour on the map as mapclassify says they should."""

import mapclassify
import numpy as np
import shapely
from branca.utilities import color_brewer
from PySide6.QtCore import QPoint

POPULATION = {
    "440103": 123.8,
    "440104": 103.9,
    "440105": 181.9,
    "440106": 224.2,
    "440111": 374.0,
    "440112": 126.5,
    "440113": 265.8,
    "440114": 164.2,
    "440115": 84.6,
    "440117": 71.7,
    "440118": 146.6,
}
GAMES = {
    "440103": 50,
    "440104": 80,
    "440105": 300,
    "440106": 20,
    "440111": 60,
    "440112": 90,
    "440113": 120,
    "440114": 10,
    "440115": 30,
    "440117": 500,
    "440118": 40,
}
TIANHE, CONGHUA, HAIZHU, PANYU = "440106", "440117", "440105", "440113"


def write_table(tmp_path):
    p = tmp_path / "indicators.csv"
    lines = ["行政区划代码,常住人口（万人）2020,游戏企业数（家）2023,来源"]
    for code in POPULATION:
        lines.append(f"{code},{POPULATION[code]},{GAMES[code]},test table")
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def interior_pixel(window, layer, adcode):
    """A pixel well inside the district and away from its label (labels sit at point_on_surface)."""
    row = int(np.flatnonzero(layer.data["adcode"].astype(str).to_numpy() == adcode)[0])
    geom = layer.data.geometry.iloc[row]
    anchor = shapely.point_on_surface(geom)
    inner = geom.buffer(-0.008)
    x0, y0, x1, y1 = inner.bounds
    xs, ys = np.meshgrid(np.linspace(x0, x1, 50), np.linspace(y0, y1, 50))
    pts = shapely.points(xs.ravel(), ys.ravel())
    ok = shapely.contains(inner, pts) & (shapely.distance(pts, anchor) > 0.025)
    p = pts[np.flatnonzero(ok)[0]]
    x, y = window.canvas.viewport.lonlat_to_screen(p.x, p.y)
    return QPoint(int(round(float(x))), int(round(float(y))))


def colour_at(window, layer, adcode):
    img = window.canvas.render_frame()
    c = img.pixelColor(interior_pixel(window, layer, adcode))
    return c.red(), c.green(), c.blue()


def expected_colour(values: dict, adcode: str, scheme: str, k: int, ramp="YlGnBu"):
    codes = list(values)
    y = np.array([values[c] for c in codes], dtype=float)
    cls = mapclassify.classify(y, scheme, k=k).yb[codes.index(adcode)]
    hexc = color_brewer(ramp, n=k)[cls].lstrip("#")
    return tuple(int(hexc[i : i + 2], 16) for i in (0, 2, 4))


def settle(qtbot, panel):
    """Wait for the panel's fit (graduated classes are fitted in a worker)."""
    qtbot.waitUntil(lambda: panel.fitting is None, timeout=10000)


def close(a, b, tol=3):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def test_switching_indicator_and_scheme_recolours_the_districts(window, qtbot, tmp_path):
    ext = window.indicators
    before = len(window.project.layers)
    ext.load(str(write_table(tmp_path)), "districts", show_report=False)
    qtbot.waitUntil(lambda: len(window.project.layers) == before + 1, timeout=10000)
    layer = window.project.layers[-1]
    panel = ext.symbology
    assert panel.layer is layer
    assert ext.symbology_dock.isVisible()

    # indicator 1: population, quantiles, 5 classes
    panel.field.setCurrentIndex(panel.field.findData("indicator:常住人口"))
    panel.scheme.setCurrentIndex(panel.scheme.findData("Quantiles"))
    panel.classes.setValue(5)
    settle(qtbot, panel)
    assert layer.style.field == "常住人口 2020" and layer.style.unit == "万人"
    tianhe_pop = colour_at(window, layer, TIANHE)
    conghua_pop = colour_at(window, layer, CONGHUA)
    assert close(tianhe_pop, expected_colour(POPULATION, TIANHE, "Quantiles", 5))
    assert close(conghua_pop, expected_colour(POPULATION, CONGHUA, "Quantiles", 5))

    # indicator 2: game enterprises — Tianhe drops to the lowest class, Conghua rises to the top
    panel.field.setCurrentIndex(panel.field.findData("indicator:游戏企业数"))
    settle(qtbot, panel)
    assert layer.style.field == "游戏企业数 2023"
    tianhe_games = colour_at(window, layer, TIANHE)
    conghua_games = colour_at(window, layer, CONGHUA)
    assert close(tianhe_games, expected_colour(GAMES, TIANHE, "Quantiles", 5))
    assert close(conghua_games, expected_colour(GAMES, CONGHUA, "Quantiles", 5))
    assert not close(tianhe_games, tianhe_pop) and not close(conghua_games, conghua_pop)

    # scheme: quantiles -> equal interval moves Haizhu and Panyu down
    haizhu_q, panyu_q = colour_at(window, layer, HAIZHU), colour_at(window, layer, PANYU)
    panel.scheme.setCurrentIndex(panel.scheme.findData("EqualInterval"))
    settle(qtbot, panel)
    assert layer.style.scheme == "EqualInterval"
    haizhu_e, panyu_e = colour_at(window, layer, HAIZHU), colour_at(window, layer, PANYU)
    assert close(haizhu_e, expected_colour(GAMES, HAIZHU, "EqualInterval", 5))
    assert close(panyu_e, expected_colour(GAMES, PANYU, "EqualInterval", 5))
    assert not close(haizhu_e, haizhu_q) and not close(panyu_e, panyu_q)

    # the legend dock follows: class counts add up to the 11 districts
    qtbot.waitUntil(lambda: ext.legend.tree.topLevelItemCount() >= 1)
    ext.legend.rebuild()
    top = ext.legend.tree.topLevelItem(0)
    counts = [top.child(i).data(0, 0x0100) for i in range(top.childCount())]
    assert sum(c for c in counts if isinstance(c, int)) == 11
    assert "游戏企业数 2023" in top.text(0) and "家" in top.text(0)


def test_no_data_districts_are_grey_and_opacity_applies(window, qtbot, tmp_path):
    p = tmp_path / "partial.csv"
    p.write_text("地区,企业数\n天河,100\n海珠,50\n越秀,20\n白云,70\n", encoding="utf-8")
    ext = window.indicators
    before = len(window.project.layers)
    ext.load(str(p), "districts", show_report=False)
    qtbot.waitUntil(lambda: len(window.project.layers) == before + 1, timeout=10000)
    layer = window.project.layers[-1]
    panel = ext.symbology
    panel.scheme.setCurrentIndex(panel.scheme.findData("EqualInterval"))
    settle(qtbot, panel)
    panel.classes.setValue(3)
    settle(qtbot, panel)
    assert close(colour_at(window, layer, CONGHUA), (0xD9, 0xD9, 0xD9))  # no data
    top = colour_at(window, layer, TIANHE)
    panel.opacity.setValue(40)
    settle(qtbot, panel)
    assert layer.style.symbol.fill_opacity == 0.4
    assert not close(colour_at(window, layer, TIANHE), top)  # the ground shows through
