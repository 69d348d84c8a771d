"""Leaflet (and Leaflet.markercluster) inlined from pinned Python packages.

folium links Leaflet, jQuery, Bootstrap, Font Awesome and awesome-markers
from CDNs (``Map.default_js`` / ``default_css``). Opened with no network such
a page is blank. Here the same Leaflet version folium uses is read from the
XStatic-Leaflet and XStatic-Leaflet-MarkerCluster packages and written into
the page as inline ``<script>``/``<style>``; the images the style sheets
name become ``data:`` URIs. jQuery, Bootstrap and the icon fonts are not
needed by GZMap's export and are dropped.

:func:`make_offline` walks a folium figure, empties every element's CDN
lists and puts the inline assets in the page header; :func:`remote_references`
lists anything left that a browser would fetch.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["ASSET_VERSIONS", "make_offline", "png_data_uri", "raw_html", "remote_references"]

_SOURCEMAP = re.compile(r"/[/*]# sourceMappingURL=\S*(\s*\*/)?")


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as pkg

    return Path(pkg.BASE_DIR)


def _cluster_dir() -> Path:
    # XStatic-Leaflet-MarkerCluster comes with the 'bench' extra only: the app's export never clusters
    import xstatic.pkg.leaflet_markercluster as pkg

    return Path(pkg.BASE_DIR)


def _versions() -> dict[str, str]:
    import xstatic.pkg.leaflet as leaflet

    return {"leaflet": leaflet.VERSION}


ASSET_VERSIONS = _versions()


def png_data_uri(data: bytes, mime: str = "image/png") -> str:
    """``data:`` URI of raw image bytes."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _script_safe(js: str) -> str:
    """Drop source-map comments (DevTools would fetch the map) and guard ``</script``."""
    js = _SOURCEMAP.sub("", js)
    return js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _inline_css_urls(css: str, base: Path) -> str:
    """Replace ``url(relative/file.png)`` by a data URI of the file; drop source maps."""

    def repl(m: re.Match) -> str:
        ref = m.group(1).strip("'\"")
        if ref.startswith(("data:", "#")):
            return m.group(0)
        path = base / ref
        if not path.is_file():  # a reference we cannot inline must not reach the network
            return "url(data:,)"
        mime = "image/svg+xml" if ref.endswith(".svg") else "image/png"
        return f'url("{png_data_uri(path.read_bytes(), mime)}")'

    css = re.sub(r"url\(([^)]*)\)", repl, css)
    return _SOURCEMAP.sub("", css).replace("</style", "<\\/style")


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    """Minified Leaflet, plus default marker icons as data URIs (no image requests)."""
    d = _leaflet_dir()
    icons = {
        k: png_data_uri((d / "images" / f).read_bytes())
        for k, f in (
            ("iconUrl", "marker-icon.png"),
            ("iconRetinaUrl", "marker-icon-2x.png"),
            ("shadowUrl", "marker-shadow.png"),
        )
    }
    fix = (
        "\n;L.Icon.Default.imagePath='';L.Icon.Default.mergeOptions("
        + "{"
        + ",".join(f"{k}:'{v}'" for k, v in icons.items())
        + "});\n"
    )
    return _script_safe((d / "leaflet.js").read_text(encoding="utf-8")) + fix


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    d = _leaflet_dir()
    return _inline_css_urls((d / "leaflet.css").read_text(encoding="utf-8"), d)


@lru_cache(maxsize=1)
def markercluster_js() -> str:
    return _script_safe((_cluster_dir() / "leaflet.markercluster.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def markercluster_css() -> str:
    d = _cluster_dir()
    return "\n".join(
        _inline_css_urls((d / f).read_text(encoding="utf-8"), d)
        for f in ("MarkerCluster.css", "MarkerCluster.Default.css")
    )


def inline_assets_html(markercluster: bool = False) -> str:
    """``<style>``/``<script>`` blocks with Leaflet (and optionally markercluster)."""
    parts = [f"<style>{leaflet_css()}</style>", f"<script>{leaflet_js()}</script>"]
    if markercluster:
        parts += [f"<style>{markercluster_css()}</style>", f"<script>{markercluster_js()}</script>"]
    return "\n".join(parts)


def raw_html(markup: str):
    """A branca element that writes ``markup`` into the page as it is.

    ``branca.element.Element(text)`` compiles ``text`` as a Jinja2 template, so
    a layer name or title holding ``{{ ... }}`` would be evaluated (and could run
    code). Here the markup is a *value* handed to a fixed template, which Jinja
    never interprets. Escape user text for HTML before putting it in ``markup``.
    """
    return _raw_html_class()(markup)


@lru_cache(maxsize=1)
def _raw_html_class():
    from branca.element import Element
    from jinja2 import Template

    class RawHtml(Element):
        _template = Template("{{ this.markup }}")

        def __init__(self, markup: str):
            super().__init__()
            self._name = "RawHtml"
            self.markup = markup

    return RawHtml


def make_offline(m, markercluster: bool | None = None) -> None:
    """Make a folium map self-contained: no CDN links, Leaflet inlined in the header.

    Every element of the figure has its ``default_js``/``default_css`` emptied
    (jQuery, Bootstrap, Font Awesome, awesome-markers are dropped). When
    ``markercluster`` is None it is inlined if any element asked for it.
    """
    wants_cluster = False
    stack = [m]
    seen: set[int] = set()
    while stack:
        el = stack.pop()
        if id(el) in seen:
            continue
        seen.add(id(el))
        for attr in ("default_js", "default_css"):
            links = getattr(el, attr, None)
            if links:
                wants_cluster |= any("markercluster" in name.lower() for name, _ in links)
                setattr(el, attr, [])
        stack.extend(getattr(el, "_children", {}).values())
    figure = m.get_root()
    use_cluster = wants_cluster if markercluster is None else markercluster
    figure.header.add_child(raw_html(inline_assets_html(use_cluster)), name="gzmap_inline_assets", index=0)


# What a browser would fetch: script/link/img/iframe sources, CSS url(), @import.
_FETCHING = re.compile(
    r"""(?:<(?:script|img|iframe|source|video|audio|embed|link)\b[^>]*?\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import\s+["']?(?:url\()?\s*["']?(?:https?:)?//)""",
    re.IGNORECASE,
)


def remote_references(html: str) -> list[str]:
    """Snippets of ``html`` that make a browser fetch something from a network host."""
    out = []
    for m in _FETCHING.finditer(html):
        out.append(html[m.start() : m.start() + 120])
    return out
