"""The legend dock follows the canvas: count steps while a point layer is drawn as squares, with the
squares' side on the ground at the current zoom; the classes up close."""

from __future__ import annotations

import os

GBA = (112.95, 22.5, 114.06, 23.94)
GUANGZHOU = (113.1, 22.6, 113.95, 23.9)
STREETS = (113.32, 23.11, 113.35, 23.13)  # a few streets of Tianhe


def _dock_texts(window) -> list[str]:
    legend = window.feature("indicators").legend
    tree = legend.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(0))
        out += [top.child(k).text(0) for k in range(top.childCount())]
    return out


def _expected_title(window) -> str:
    """The count steps' heading for the canvas's view, from the shared rule (cell side at the view centre)."""
    from gzmap.core.point_rules import bin_cell_metres
    from gzmap.core.point_rules import bin_title
    from gzmap.render.map_renderer import RenderOptions

    return bin_title("zh_CN", bin_cell_metres(window.canvas.viewport.ground_resolution() * RenderOptions().pt))


def _show(window, extent) -> None:
    window.canvas.viewport.zoom_to(extent)
    window.canvas.refresh()


def test_legend_dock_shows_count_steps_while_points_are_binned(window, qtbot):
    from gzmap.io.sample import sample_enterprises_layer

    window.project.add_layer(sample_enterprises_layer())
    _show(window, GBA)  # the whole GBA: 10,000 points crowd
    title = _expected_title(window)
    qtbot.waitUntil(lambda: title in _dock_texts(window), timeout=10_000)
    texts = _dock_texts(window)
    assert title.startswith("每格数量（格 ") and " km × " in title, title
    assert "≥ 100" in texts and "游戏电竞  (1497)" not in " ".join(texts)
    assert not any("毫米" in t or "mm" in t for t in texts)
    _show(window, GUANGZHOU)  # closer, still squares: smaller ones, and the heading says so
    closer = _expected_title(window)
    qtbot.waitUntil(lambda: closer in _dock_texts(window), timeout=10_000)
    assert closer != title and title not in _dock_texts(window)
    _show(window, STREETS)
    qtbot.waitUntil(lambda: not any(t.startswith("每格数量") for t in _dock_texts(window)), timeout=10_000)
    texts = _dock_texts(window)
    assert any(t.startswith("游戏电竞") for t in texts) and "≥ 100" not in texts
    _show(window, GBA)  # and back to the squares
    qtbot.waitUntil(lambda: _expected_title(window) in _dock_texts(window), timeout=10_000)
    if os.environ.get("GZMAP_SHOTS"):  # look at it: GZMAP_SHOTS=folder
        window.grab().save(os.path.join(os.environ["GZMAP_SHOTS"], "legend_bins.png"))
