"""The legend dock follows the canvas: count steps while a point layer is drawn as squares, classes up close."""

from __future__ import annotations


def _dock_texts(window) -> list[str]:
    legend = window.feature("indicators").legend
    tree = legend.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(0))
        out += [top.child(k).text(0) for k in range(top.childCount())]
    return out


def test_legend_dock_shows_count_steps_while_points_are_binned(window, qtbot):
    from gzmap.core.point_rules import bin_title
    from gzmap.io.sample import sample_enterprises_layer

    window.project.add_layer(sample_enterprises_layer())
    window.canvas.viewport.zoom_to((112.95, 22.5, 114.06, 23.94))  # the whole GBA: 10,000 points crowd
    window.canvas.refresh()
    qtbot.waitUntil(lambda: bin_title("zh_CN") in _dock_texts(window), timeout=10_000)
    texts = _dock_texts(window)
    assert "≥ 100" in texts and "游戏电竞  (1497)" not in " ".join(texts)
    window.canvas.viewport.zoom_to((113.32, 23.11, 113.35, 23.13))  # a few streets of Tianhe
    window.canvas.refresh()
    qtbot.waitUntil(lambda: bin_title("zh_CN") not in _dock_texts(window), timeout=10_000)
    assert any(t.startswith("游戏电竞") for t in _dock_texts(window))
