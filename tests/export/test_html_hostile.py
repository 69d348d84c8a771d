"""Hostile text, colours and data in the HTML export: nothing is interpreted, nothing fetched, nothing lost.

A project, a table or a file name can come from anyone. Their text must reach
the page as text (never as a Jinja2 template), colours must be colours, and a
layer that cannot be exported fails the export unless the user asks to skip it.
"""

from __future__ import annotations

import os
import re

import pytest
from html_fixtures import ARGS
from html_fixtures import demo_project
from html_fixtures import enterprises_layer

from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import StyleError
from gzmap.core.style import Symbol
from gzmap.core.style import style_from_dict
from gzmap.export.html import LayerExportError
from gzmap.export.html import build_html
from gzmap.export.html import export_html
from gzmap.export.html_assets import remote_references

#: Jinja2 payloads: an expression, a statement, a comment opener, and one that would run a command.
PAYLOADS = [
    "T{{7*7}}T",
    "S{% if 1 %}yes{% endif %}S",
    "C{#c",
    "R{{ cycler.__init__.__globals__.os.system('touch PWNED') }}R",
]
EVALUATED = ["T49T", "SyesS"]


def _hostile_layer(payload: str) -> VectorLayer:
    layer = enterprises_layer(30, first_name=payload)
    df = layer.data
    df["备注" + payload] = payload  # a column whose name and values carry the payload
    df.loc[1, "address"] = payload
    style = CategorizedStyle.from_values(
        "subsector",
        sorted(df["subsector"].unique()),
        labels={k: (payload, payload) for k in df["subsector"].unique()},
        title_zh=payload,
        title_en=payload,
    )
    style.unit, style.source, style.year = payload, payload, payload
    return VectorLayer(
        df,
        payload,
        payload,
        source=f"/data/{payload}.csv",
        style=style,
        provenance={"source": payload, "licence": payload, "attribution": payload},
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_template_payloads_in_every_user_string_appear_literally(payload, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    project = Project(payload)
    project.add_layer(_hostile_layer(payload))
    for lang in ("zh_CN", "en"):
        page, rep = build_html(project, title=payload, lang=lang)
        for evaluated in EVALUATED:
            assert evaluated not in page
        # the title, the layer control, the legend and the sources all carry the literal text
        assert page.count(payload.replace("'", "&#x27;")) >= 3 or page.count(payload) >= 3
        assert "<title>" + payload.replace("'", "&#x27;") + "</title>" in page
        assert rep.layers and rep.layers[0]["count"] == 30
    assert not (tmp_path / "PWNED").exists()


def test_title_payload_from_the_command_line(tmp_path, monkeypatch, capsys):
    from gzmap.cli import main

    monkeypatch.chdir(tmp_path)
    table = tmp_path / "{{7*7}}{% if 1 %}企业{% endif %}.csv"
    table.write_text("企业名称,经度,纬度\n甲公司,113.32,23.12\n乙公司,113.33,23.13\n", encoding="utf-8")
    out = tmp_path / "t.html"
    code = main(
        ["export-html", str(out), "--title", "T{{7*7}}T {# x", "--points", str(table), "--points-datum", "wgs84"]
    )
    assert code == 0, capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "T{{7*7}}T {# x" in page and "T49T" not in page
    assert "{{7*7}}{% if 1 %}企业{% endif %}" in page  # the layer named after the file, literally
    assert "49企业" not in page


@pytest.mark.parametrize(
    "colour",
    [
        "red;background-image:url(http://example.com/x.png)",
        "url(//evil)",
        "#12345g",
        "#fff' onload='x",
        12,
        None,
        "",
        "#1234567",
    ],
)
def test_a_colour_that_is_not_a_colour_never_reaches_a_style(colour):
    with pytest.raises(StyleError, match="fill"):
        Symbol(fill=colour)
    with pytest.raises(StyleError, match="symbol.stroke"):
        style_from_dict({"kind": "single", "symbol": {"stroke": colour}})
    with pytest.raises(StyleError, match=r"categories\['games'\].fill"):
        style_from_dict(
            {"kind": "categorized", "field": "s", "categories": {"games": [{"fill": colour}, "游戏", "Games"]}}
        )


@pytest.mark.parametrize(
    "bad, field",
    [
        ({"kind": "single", "symbol": {"size": float("nan")}}, "size"),
        ({"kind": "single", "symbol": {"size": 1e9}}, "size"),
        ({"kind": "single", "symbol": {"stroke_width": -1}}, "stroke_width"),
        ({"kind": "single", "symbol": {"fill_opacity": "1"}}, "fill_opacity"),
        ({"kind": "single", "symbol": {"marker": "<svg>"}}, "marker"),
        ({"kind": "single", "symbol": "red"}, "symbol"),
        ({"kind": "graduated", "field": "v", "breaks": [3, 1]}, "breaks"),
        ({"kind": "graduated", "field": "v", "breaks": [1, float("inf")]}, "breaks"),
        ({"kind": "graduated", "field": "v", "ramp": "url(x)"}, "ramp"),
        ({"kind": "graduated", "field": "v", "scheme": "__import__"}, "scheme"),
        ({"kind": "graduated", "field": "v", "k": 10**9}, "k"),
        ({"kind": "eval"}, "kind"),
        ({"kind": "single", "title_zh": ["list"]}, "title_zh"),
        ({"kind": "single", "unit": "x" * 100_000}, "unit"),
        ([1, 2], "style"),
    ],
)
def test_style_values_are_checked_by_type_and_range(bad, field):
    with pytest.raises(StyleError) as err:
        style_from_dict(bad)
    assert field in str(err.value) and "\n" not in str(err.value)


def test_valid_styles_round_trip_and_unknown_keys_are_ignored():
    style = GraduatedStyle(
        field="v",
        scheme="FisherJenks",
        k=4,
        ramp="YlOrRd_r",
        breaks=[1.0, 2.0, 5.0],
        symbol=Symbol(fill="#ABC", stroke="#000000"),
    )
    d = style.to_dict()
    d["from_a_newer_gzmap"] = {"x": 1}
    back = style_from_dict(d)
    assert back.breaks == [1.0, 2.0, 5.0] and back.symbol.fill == "#aabbcc" and back.ramp == "YlOrRd_r"


def test_a_blank_text_cell_never_drops_a_layer(tmp_path):
    from gzmap.io.enterprises import ImportOptions
    from gzmap.io.enterprises import import_file

    table = tmp_path / "pts.csv"
    table.write_text(
        "name,lon,lat,sub_sector,address\nA,113.3,23.1,games,\n,113.31,23.12,,x\nC,113.32,23.13,animation,y\n",
        encoding="utf-8",
    )
    res = import_file(table, ImportOptions(source_datum="wgs84"))
    project = Project("t")
    project.add_layer(res.layer())
    rep = export_html(project, tmp_path / "t.html")
    assert [l["count"] for l in rep.layers] == [3]
    assert not [w for w in rep.warnings if "could not" in w or "无法导出" in w]


def _broken(monkeypatch):
    import gzmap.export.html_vector as html_vector  # the vector kind's payload builder

    def fail(*a, **k):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(html_vector, "_point_layer", fail)


def test_a_layer_that_cannot_be_exported_fails_the_export_unless_skipped(tmp_path, monkeypatch):
    _broken(monkeypatch)
    out = tmp_path / "t.html"
    with pytest.raises(LayerExportError) as err:
        export_html(demo_project(20), out)
    assert "数字文化企业（示例）" in str(err.value) and "\n" not in str(err.value)
    assert not out.exists()  # nothing half-written
    rep = export_html(demo_project(20), out, skip_failed=True)
    assert out.exists() and len(rep.layers) == 2
    assert any("数字文化企业（示例）" in w for w in rep.warnings)


def test_cli_export_fails_with_one_line_and_skips_on_request(tmp_path, monkeypatch, capsys):
    from gzmap.cli import main

    _broken(monkeypatch)
    out = tmp_path / "t.html"
    assert main(["export-html", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("gzmap export-html: ") and "--skip-failed-layers" in err[0]
    assert not out.exists()
    assert main(["export-html", str(out), "--skip-failed-layers"]) == 0
    assert out.exists()
    assert "warning" in capsys.readouterr().err


def test_hostile_project_style_and_extent_make_no_remote_reference(tmp_path):
    project = demo_project(20)
    project.view_extent = (float("nan"), 0.0, "x", None)
    page, _ = build_html(project)
    assert remote_references(page) == []
    assert "NaN" not in re.findall(r"fitBounds\([^)]*\)", page)[0]


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)")
@pytest.mark.parametrize("basemap, allowed", [("none", ()), ("osm", ("https://tile.openstreetmap.org/",))])
def test_hostile_page_requests_nothing_but_the_chosen_basemap(basemap, allowed, tmp_path):
    from playwright.sync_api import sync_playwright

    project = Project("{{7*7}}")
    project.add_layer(_hostile_layer("{{7*7}}<img src=//evil.example/x>"))
    out = tmp_path / "hostile.html"
    export_html(project, out, basemap=basemap)
    args = ARGS
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=args)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 700})
            requests = []
            page.on("request", lambda r: requests.append(r.url))
            page.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:")) else r.abort()
            )
            page.goto(out.as_uri())
            page.wait_for_function("window.gzmapReady === true", timeout=30_000)
            page.wait_for_timeout(500)
            assert "{{7*7}}" in page.inner_text("#gz-title")
        finally:
            browser.close()
    remote = [u for u in requests if not u.startswith(("file:", "data:", "blob:"))]
    assert all(u.startswith(allowed) for u in remote) if allowed else remote == [], remote
    if allowed:
        assert remote, "the chosen online basemap should load tiles"
