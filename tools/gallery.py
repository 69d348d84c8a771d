"""Regenerate the reference gallery (``docs/gallery/``): what a planner sees and hands over, in each language.

``python tools/gallery.py [--out DIR] [--only NAME ...] [--lang zh|en]``

Every picture is made by the program's own paths, offline:

- prints: ``gzmap export-map`` (A4 at the GBA extent, at Guangzhou's extent, a heat surface, one
  district atlas page), turned into PNG with ``pdftoppm -png -r 80``;
- the exported page: ``gzmap export-html`` opened in Debian's Chromium (headless, the switches of
  the page tests, ``tests/export/html_fixtures.py``) at three zooms;
- the window: ``tools/screenshot.py`` under Xvfb after the clusters (DBSCAN) and hot spot (Gi*)
  analyses, run with their dialogs' defaults.

Screenshots are scaled to 1120 pixels wide, and a PNG over 300 KB is stored with a 256-colour
palette, to keep the repository light.
``docs/gallery/README.md`` lists every picture with what it shows; ``--only`` redraws some
pictures (by name without language, e.g. ``print_gba``) and leaves the index untouched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GALLERY = ROOT / "docs" / "gallery"
LANGS = {"zh": "zh_CN", "en": "en"}
#: Guangzhou's extent (WGS84 degrees: lon0, lat0, lon1, lat1), as the print-label test uses it.
GUANGZHOU = "112.95,22.5,114.1,23.95"
#: Guangzhou's core (Yuexiu, Tianhe, Haizhu, Liwan, Baiyun's south, Panyu's north), WGS84 degrees.
CORE = "113.15,22.97,113.58,23.27"
#: Tianhe's centre (lat, lon degrees) for the HTML page's closer zooms.
TIANHE = (23.125, 113.33)
sys.path.insert(0, str(ROOT / "tests" / "export"))
from html_fixtures import ARGS as CHROMIUM_ARGS  # noqa: E402  (the page tests' Chromium: Debian's, no network)
from html_fixtures import CHROMIUM  # noqa: E402

MAX_WIDTH = 1120  # pixels: wider screenshots are scaled down
MAX_BYTES = 300_000  # a PNG larger than this is stored with a 256-colour palette


@dataclass(frozen=True)
class Picture:
    name: str  # file stem without the language
    what: str  # one line for the index (English; the language is added)
    make: Callable[[str, Path, Path], None]  # (lang, out PNG, scratch folder)


def _env() -> dict[str, str]:
    """The environment of every command: offscreen Qt, no user settings of this machine."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(cmd, cwd=ROOT, env=env or _env(), capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"gallery: {' '.join(cmd[:4])}… failed:\n{done.stderr[-2000:]}")


def _gzmap(*args: str) -> None:
    _run([sys.executable, "-m", "gzmap", "--debug", *args])


def shrink(png: Path) -> None:
    """Scale ``png`` down to :data:`MAX_WIDTH`; over :data:`MAX_BYTES` it is stored with a palette
    (legend swatches are small: a palette is a last resort, it may merge their colours)."""
    from PIL import Image

    img = Image.open(png).convert("RGB")
    if img.width > MAX_WIDTH:
        img = img.resize((MAX_WIDTH, round(img.height * MAX_WIDTH / img.width)), Image.Resampling.LANCZOS)
    img.save(png, optimize=True)
    if png.stat().st_size > MAX_BYTES:
        img.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(png, optimize=True)


def pdf_page_png(pdf: Path, png: Path, page: int = 1) -> None:
    """Page ``page`` of ``pdf`` as ``png`` at 80 dpi (``pdftoppm -png -r 80``)."""
    _run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(png.with_suffix("")),
        ]
    )
    shrink(png)


# -- prints ----------------------------------------------------------------------------------


def print_gba(lang: str, png: Path, tmp: Path) -> None:
    pdf = tmp / f"gba_{lang}.pdf"
    _gzmap("export-map", str(pdf), "--lang", LANGS[lang])
    pdf_page_png(pdf, png)


def print_guangzhou(lang: str, png: Path, tmp: Path) -> None:
    pdf = tmp / f"guangzhou_{lang}.pdf"
    _gzmap("export-map", str(pdf), "--lang", LANGS[lang], "--extent", GUANGZHOU)
    pdf_page_png(pdf, png)


def heat_project(path: Path) -> Path:
    """The default project with the enterprises' heat surface on top (the analysis's suggested
    bandwidth and cell, in metres; clipped to the cities holding the points), the points hidden."""
    from gzmap.analysis.defaults import suggest
    from gzmap.analysis.kde import kde
    from gzmap.analysis.layers import kde_layer
    from gzmap.io.builtin import default_project
    from gzmap.io.project import save_project

    project = default_project()
    points = project.layers[-1]
    s = suggest(points.data)
    grid = kde(points.data, s["bandwidth"], s["kde_cell"], area="auto")
    project.add_layer(kde_layer(grid, source_layer=points))
    points.visible = False
    save_project(project, path, force=True)
    return path


def print_heat(lang: str, png: Path, tmp: Path) -> None:
    project = tmp / "heat.gzmap.gpkg"
    if not project.exists():
        heat_project(project)
    title = "广州市数字文化企业核密度" if lang == "zh" else "Kernel density of Guangzhou's digital-culture enterprises"
    pdf = tmp / f"heat_{lang}.pdf"
    _gzmap(
        "export-map",
        str(pdf),
        "--project",
        str(project),
        "--lang",
        LANGS[lang],
        "--extent",
        GUANGZHOU,
        "--title",
        title,
    )
    pdf_page_png(pdf, png)


def atlas_page(lang: str, png: Path, tmp: Path) -> None:
    """The Tianhe page of the district atlas."""
    pdf = tmp / f"atlas_{lang}.pdf"
    _gzmap("export-map", str(pdf), "--lang", LANGS[lang], "--atlas", "district", "--dpi", "150")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    key = "天河区" if lang == "zh" else "Tianhe"
    page = next((i + 1 for i, t in enumerate(pages) if key in t.strip().splitlines()[0]), 1)
    pdf_page_png(pdf, png, page)


# -- the exported page -----------------------------------------------------------------------


def _settled_shot(page, png: Path) -> None:
    """Screenshot once two shots 300 ms apart agree (labels and basemap drawn)."""
    last = b""
    for _ in range(8):
        page.wait_for_timeout(300)
        shot = page.screenshot()
        if shot == last:
            break
        last = shot
    png.write_bytes(last)
    shrink(png)


def html_zooms(lang: str, pngs: list[Path], tmp: Path) -> None:
    """The default map's page as it opens (fitted to the data), at Guangzhou's core and at a few streets of Tianhe."""
    from playwright.sync_api import sync_playwright

    html = tmp / f"map_{lang}.html"
    _gzmap("export-html", str(html), "--lang", LANGS[lang])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(html.as_uri())
        page.wait_for_function("window.gzmapReady === true", timeout=60_000)
        hi = page.evaluate("gzmap.map.getMaxZoom()")
        views = [None, (TIANHE, 11), (TIANHE, min(hi, 16))]
        for view, png in zip(views, pngs):
            if view is not None:  # None: the view the page opens on
                (lat, lon), z = view
                page.evaluate(f"gzmap.map.setView([{lat}, {lon}], {z}, {{animate: false}})")
            _settled_shot(page, png)
        browser.close()


#: Screenshots written in this run (one browser session makes the three zooms of a language).
_FRESH: set[Path] = set()


def _html_maker() -> Callable[[str, Path, Path], None]:
    def make(lang: str, png: Path, tmp: Path) -> None:
        if png not in _FRESH:
            names = [png.with_name(f"html_{z}_{lang}.png") for z in ("overview", "city", "street")]
            html_zooms(lang, names, tmp)
            _FRESH.update(names)

    return make


# -- the window --------------------------------------------------------------------------------


def window_after(kind: str) -> Callable[[str, Path, Path], None]:
    def make(lang: str, png: Path, tmp: Path) -> None:
        env = _env()
        env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X screen, grabbed as a user sees it
        env["GZMAP_USER_DIR"] = str(tmp / "user")
        env["XDG_CONFIG_HOME"] = str(tmp / "config")
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, str(ROOT / "tools" / "screenshot.py")]
        _run([*cmd, str(png), LANGS[lang], "--analysis", kind, "--extent", CORE], env)
        shrink(png)

    return make


PICTURES = [
    Picture("print_gba", "default A4 print (`gzmap export-map`), GBA extent", print_gba),
    Picture("print_guangzhou", "A4 print at Guangzhou's extent (all 11 districts labelled)", print_guangzhou),
    Picture("print_heat", "A4 print of the enterprises' heat surface (kernel density), Guangzhou extent", print_heat),
    Picture("atlas_tianhe", "district atlas (`--atlas district`), the Tianhe page", atlas_page),
    Picture("html_overview", "exported HTML page in Chromium, as it opens (fitted to the data)", _html_maker()),
    Picture("html_city", "exported HTML page in Chromium, zoom 11 over Tianhe", _html_maker()),
    Picture("html_street", "exported HTML page in Chromium, closest zoom over Tianhe", _html_maker()),
    Picture("window_clusters", "the window after clusters (DBSCAN, dialog defaults)", window_after("clusters")),
    Picture("window_hotspots", "the window after hot spots (Gi*, dialog defaults)", window_after("hotspots")),
]
LANG_NAMES = {"zh": "Chinese", "en": "English"}


def write_index(out: Path) -> None:
    lines = [
        "# Reference gallery",
        "",
        "Regenerated by `python tools/gallery.py` (offline; prints via `pdftoppm -png -r 80`, the HTML page",
        "in Debian's headless Chromium, the window under Xvfb). One line per picture:",
        "",
    ]
    for pic in PICTURES:
        for lang in LANGS:
            lines.append(f"- `{pic.name}_{lang}.png`: {pic.what}; {LANG_NAMES[lang]}.")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=GALLERY, help="folder of the pictures [docs/gallery]")
    p.add_argument("--only", nargs="+", choices=[pic.name for pic in PICTURES], help="redraw only these pictures")
    p.add_argument("--lang", choices=list(LANGS), help="only this language")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    langs = [args.lang] if args.lang else list(LANGS)
    with tempfile.TemporaryDirectory(prefix="gzmap-gallery-") as scratch:
        tmp = Path(scratch)
        for pic in PICTURES:
            if args.only and pic.name not in args.only:
                continue
            for lang in langs:
                png = args.out / f"{pic.name}_{lang}.png"
                pic.make(lang, png, tmp)
                print(f"wrote {png}")
    if not args.only and not args.lang:
        write_index(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
