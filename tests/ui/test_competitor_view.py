"""The GBA competitor view: one action, Guangzhou highlighted, ranking and comparison exportable."""

import numpy as np
import pandas as pd
from PySide6.QtGui import QImage


def test_competitor_view_shows_ranking_comparison_and_exports(window, qtbot, tmp_path):
    ext = window.indicators
    ext.competitor_action.trigger()
    view = ext.competitor_view
    qtbot.addWidget(view)
    assert view.isVisible()
    assert view.indicator.currentData() == "地区生产总值" and view.year.currentData() == "2023"

    # ranking chart: 11 cities, Guangzhou's bar alone in its own colour, second behind Shenzhen
    assert view.gz_set.count() == view.other_set.count() == 11
    gz_values = [view.gz_set.at(i) for i in range(11)]
    assert sum(v > 0 for v in gz_values) == 1 and max(gz_values) == 30356
    assert view.gz_set.color() != view.other_set.color()
    assert view.ranking.iloc[0]["name_en"] == "Shenzhen" and bool(view.ranking.iloc[1]["is_guangzhou"])

    # the main map gets the GBA indicator layer with Guangzhou selected (highlighted)
    layer = view.main_layer
    assert layer in window.project.layers
    gz_row = int(np.flatnonzero(layer.data["adcode"].astype(str) == "440100")[0])
    assert list(layer.selection) == [gz_row]
    assert layer.style.field == "地区生产总值 2023"

    # comparison table: Guangzhou against each competitor, national ones included
    names = [view.table_widget.item(i, 0).text() for i in range(view.table_widget.rowCount())]
    assert {"北京市", "上海市", "杭州市", "成都市", "深圳市"} <= set(names)
    bj = names.index("北京市")
    assert view.table_widget.item(bj, 4).text() == "-13,405.0"

    # exports
    for key in ("map_png", "chart_png", "table_png"):
        path = view.export(key, tmp_path / f"{key}.png")
        img = QImage(str(path))
        assert not img.isNull() and img.width() > 200
    view.export("ranking_csv", tmp_path / "ranking.csv")
    view.export("table_csv", tmp_path / "table.csv")
    ranking = pd.read_csv(tmp_path / "ranking.csv", encoding="utf-8-sig", dtype={"adcode": str})
    assert len(ranking) == 11 and ranking.loc[ranking["adcode"] == "440100", "rank"].item() == 2
    assert (ranking["unit"] == "亿元").all() and ranking["source"].str.contains("approx").all()
    table = pd.read_csv(tmp_path / "table.csv", encoding="utf-8-sig")
    assert "北京市" in set(table["name_zh"]) and "difference" in table.columns

    # switching the indicator updates chart, table and map layer
    view.indicator.setCurrentIndex(view.indicator.findData("常住人口"))
    assert layer.style.field == "常住人口 2023"
    assert max(view.gz_set.at(i) for i in range(11)) == 1883
    bj = [view.table_widget.item(i, 0).text() for i in range(view.table_widget.rowCount())].index("北京市")
    assert view.table_widget.item(bj, 2).text() == "无数据"  # not in the sample: shown as missing, not 0


def test_competitor_view_follows_the_language(window, qtbot):
    ext = window.indicators
    view = ext.show_competitor_view()
    qtbot.addWidget(view)
    assert view.table_widget.horizontalHeaderItem(0).text() == "城市"
    window.set_language("en")
    assert view.table_widget.horizontalHeaderItem(0).text() == "City"
    assert view.indicator.currentText() and view.windowTitle() == "GBA competitor view"
    assert ext.symbology_dock.windowTitle() == "Symbology"


def test_one_inset_painter_frames_marks_and_annotates_inside_its_frame(qapp):
    """The report page and the competitor view draw their locator insets with render's draw_inset."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor
    from PySide6.QtGui import QPainter
    from PySide6.QtGui import QPen

    from gzmap.io.builtin import gba_layer
    from gzmap.render.layout_renderer import draw_inset

    img = QImage(400, 300, QImage.Format.Format_ARGB32)
    img.fill(QColor("#ffffff"))
    p = QPainter(img)
    seen = []
    vp = draw_inset(
        p,
        QRectF(200, 150, 180, 130),
        [gba_layer()],
        (111.3, 21.5, 115.5, 24.4),
        mark_extent=(113.1, 22.9, 113.6, 23.4),
        mark_width=2.0,
        border=QPen(QColor("#888888"), 1),
        annotate=lambda painter, v: seen.append((v.width, v.height)),
    )
    p.end()
    assert seen == [(vp.width, vp.height)]
    colours = {img.pixelColor(x, y).name() for x in range(0, 400, 2) for y in range(0, 300, 2)}
    outside = {img.pixelColor(x, y).name() for x in range(0, 195, 2) for y in range(0, 300, 2)}
    assert outside == {"#ffffff"}  # nothing drawn outside the frame
    assert "#888888" in colours and "#f4f7fa" in colours  # border and inset background
    gx, gy = vp.lonlat_to_screen(113.1, 23.15)  # the left edge of the marked extent
    mark = img.pixelColor(int(200 + float(gx) * 180 / vp.width), int(150 + float(gy) * 130 / vp.height))
    assert max(mark.red(), mark.green(), mark.blue()) < 60  # outlined in near-black where the main map is


def test_any_indicator_of_the_table_maps_with_its_legend_and_chart(window, qtbot, tmp_path):
    """Every indicator with a GBA value is offered (the digital-culture figures too, not only GDP and
    population); choosing one re-classifies the map, whose legend names it once with unit and year, in the
    UI language, and the ranking chart follows."""
    from PySide6.QtCore import Qt

    from gzmap.core.style import GraduatedStyle

    view = window.indicators.show_competitor_view()
    qtbot.addWidget(view)
    offered = [view.indicator.itemData(i) for i in range(view.indicator.count())]
    assert {"地区生产总值", "常住人口", "游戏企业出口收入", "数字文化新业态营收占比"} <= set(offered)

    def legend_colours(img):
        r = view.map.legend_rect
        return {
            img.pixelColor(x, y).name()
            for x in range(int(r.left()) + 1, int(r.right()) - 1)
            for y in range(int(r.top()) + 1, int(r.bottom()) - 1)
        }

    img = view.map.render_image(900, 760)
    assert view.map.legend_title == "地区生产总值 2023（亿元）"
    assert isinstance(view.map.layer.style, GraduatedStyle)
    fills = {e.symbol.fill.lower() for e in view.map.layer.legend_entries()}
    assert len(fills) == 5 and fills <= legend_colours(img)  # every class swatch is painted in the legend box

    view.indicator.setFocus()
    target = view.indicator.findData("游戏企业出口收入")
    for _ in range(view.indicator.count()):  # the user walks the list with the keyboard
        if view.indicator.currentIndex() == target:
            break
        key = Qt.Key.Key_Up if view.indicator.currentIndex() > target else Qt.Key.Key_Down
        qtbot.keyClick(view.indicator, key)
    assert view.indicator.currentData() == "游戏企业出口收入"
    assert view.map.layer.style.field == "游戏企业出口收入 2023" == view.main_layer.style.field
    img = view.map.render_image(900, 760)
    img.save(str(tmp_path / "games_zh.png"))
    assert view.map.legend_title == "游戏企业出口收入 2023（亿元）"
    # the chart: Guangzhou alone, 200 (100 million yuan), titled by the indicator
    assert view.gz_set.count() == 1 and view.gz_set.at(0) == 200
    assert view.chart.title().startswith("游戏企业出口收入 2023")
    fills = {e.symbol.fill.lower() for e in view.map.layer.legend_entries()}
    assert len(fills) == 2 and fills <= legend_colours(img)  # Guangzhou's class and "no data"

    window.set_language("en")
    img = view.map.render_image(900, 760)
    img.save(str(tmp_path / "games_en.png"))
    title = view.map.legend_title
    assert title == "Game enterprises' export revenue 2023 (100 million yuan)" and title.count("2023") == 1
    assert view.chart.title().startswith("Game enterprises' export revenue 2023")


GBA_CITIES = {  # adcode: name, of the 11 Greater Bay Area cities
    "440100": "广州市", "440300": "深圳市", "440400": "珠海市", "440600": "佛山市", "441300": "惠州市",
    "441900": "东莞市", "442000": "中山市", "440700": "江门市", "441200": "肇庆市",
    "810000": "香港特别行政区", "820000": "澳门特别行政区",
}  # fmt: skip


def test_a_loaded_user_table_offers_its_own_digital_culture_indicator_with_a_legend(window, qtbot, tmp_path):
    """Issue 16 item 9: a user's table (File > Load indicator table) with a digital-culture figure the sample
    lacks is what the view offers; its map is classified on it and its legend names it."""
    rows = [
        (code, name, "数字文化企业数", "Digital-culture enterprises", 2024, 100 * (i + 1), "家", "用户调查")
        for i, (code, name) in enumerate(GBA_CITIES.items())
    ]
    cols = ["adcode", "region", "indicator", "indicator_en", "year", "value", "unit", "source"]
    path = tmp_path / "user_table.csv"
    pd.DataFrame(rows, columns=cols).to_csv(path, index=False, encoding="utf-8-sig")
    ext = window.indicators
    ext.load(str(path), show_report=False)
    qtbot.waitUntil(lambda: ext.last_table is not None, timeout=30000)
    view = ext.show_competitor_view()
    qtbot.addWidget(view)
    assert [view.indicator.itemData(i) for i in range(view.indicator.count())] == ["数字文化企业数"]
    assert view.indicator.currentData() == "数字文化企业数"
    img = view.map.render_image(900, 760)
    assert view.map.legend_title == "数字文化企业数 2024（家）"
    entries = view.map.layer.legend_entries()
    assert len({e.symbol.fill.lower() for e in entries}) >= 3  # eleven values, classified
    r = view.map.legend_rect
    painted = {
        img.pixelColor(x, y).name()
        for x in range(int(r.left()), int(r.right()))
        for y in range(int(r.top()), int(r.bottom()))
    }
    assert {e.symbol.fill.lower() for e in entries} <= painted  # the legend is drawn on the map
    assert view.gz_set.count() == 11 and max(view.gz_set.at(i) for i in range(11)) == 100  # Guangzhou first row
