"""Layer > Add offline basemap (MBTiles / tile folder / cached online tiles) with its datum,
and Layer > Download basemap tiles for this view (the only place the network is used).

A basemap goes to the bottom of the layer list; GCJ-02 tile sets are drawn
warped to WGS84 (see :mod:`gzmap.render.tiles`), so the vector layers stay
where they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QInputDialog

from gzmap.ui.dialog_parts import ask_open_file
from gzmap.ui.extensions import Controller
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "BasemapController"]


def datum_choices() -> list[tuple[str, str]]:
    return [
        ("wgs84", translate("Basemaps", "WGS84 (OpenStreetMap, GPS, satellite)")),
        ("gcj02", translate("Basemaps", "GCJ-02 (Amap, Tencent)")),
    ]


class BasemapController(Controller):
    def __init__(self, ui):
        super().__init__(ui)
        window = self.window
        self.actions: dict[str, QAction] = {}
        for key, slot in [
            ("mbtiles", self.add_mbtiles_dialog),
            ("folder", self.add_folder_dialog),
            ("online", self.add_online_dialog),
            ("download", self.download_dialog),
        ]:
            act = QAction(window)
            act.setObjectName(f"action_basemap_{key}")
            act.triggered.connect(lambda _=False, s=slot: s())
            ui.add_action("layer", act)
            self.actions[key] = act
        ui.open_suffix(".mbtiles", lambda path: self.add_mbtiles(path, self.ask_datum()))
        ui.on_language_changed(self.retranslate)
        ui.connect(window.canvas.tile_problem, self.show_tile_problem)
        self.retranslate()

    def show_tile_problem(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 20000)

    def retranslate(self, _lang: str = "") -> None:
        self.actions["mbtiles"].setText(translate("Basemaps", "Add offline basemap (MBTiles)…"))
        self.actions["folder"].setText(translate("Basemaps", "Add offline basemap (tile folder)…"))
        self.actions["online"].setText(translate("Basemaps", "Add online basemap (cached for offline use)…"))
        self.actions["download"].setText(translate("Basemaps", "Download basemap tiles for this view…"))

    # -- datum -------------------------------------------------------------------
    def ask_datum(self, guess: str = "wgs84") -> str | None:
        choices = datum_choices()
        labels = [label for _, label in choices]
        current = next((i for i, (k, _) in enumerate(choices) if k == guess), 0)
        label, ok = QInputDialog.getItem(
            self.window,
            translate("Basemaps", "Basemap datum"),
            translate("Basemaps", "Which datum are these tiles drawn in?"),
            labels,
            current,
            False,
        )
        if not ok:
            return None
        return choices[labels.index(label)][0]

    @staticmethod
    def guess_datum(name: str) -> str:
        low = name.lower()
        return "gcj02" if any(k in low for k in ("amap", "gaode", "gcj", "高德", "tencent", "腾讯")) else "wgs84"

    # -- adding ------------------------------------------------------------------------
    def _add(self, layer):
        self.window.project.add_layer(layer, 0)  # basemaps go under everything
        self.window.canvas.refresh()
        return layer

    def add_mbtiles(self, path: str, datum: str | None = "wgs84"):
        from gzmap.io.tiles import mbtiles_layer

        return self._open(mbtiles_layer, path, datum)

    def add_folder(self, path: str, datum: str | None = "wgs84"):
        from gzmap.io.tiles import xyz_folder_layer

        return self._open(xyz_folder_layer, path, datum)

    def _open(self, opener, path: str, datum: str | None):
        """Add ``opener(path, datum)`` under everything; None when the datum was not chosen or the tiles
        cannot be read (then the user is told why)."""
        from gzmap.io.tiles import TileError

        if datum is None:
            return None
        try:
            return self._add(opener(path, datum))
        except TileError as exc:
            self.window.show_error(translate("Basemaps", "Cannot open basemap"), str(exc))
            return None

    def add_online(self, url: str, datum: str = "wgs84"):
        from gzmap.io.tiles import TileError
        from gzmap.io.tiles import online_layer

        try:
            return self._add(online_layer(url, datum))
        except TileError as exc:
            self.window.show_error(translate("Basemaps", "Cannot add basemap"), str(exc))
            return None

    def add_mbtiles_dialog(self) -> None:
        title, kinds = translate("Basemaps", "Add offline basemap"), translate("Basemaps", "MBTiles files")
        path = ask_open_file(self.window, title, kinds, "*.mbtiles")
        if path:
            self.add_mbtiles(path, self.ask_datum(self.guess_datum(Path(path).name)))

    def add_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, translate("Basemaps", "Folder of {z}/{x}/{y} tiles"))
        if path:
            self.add_folder(path, self.ask_datum(self.guess_datum(Path(path).name)))

    def add_online_dialog(self) -> None:
        url, ok = QInputDialog.getText(
            self.window,
            translate("Basemaps", "Online basemap"),
            translate("Basemaps", "Tile URL with {z}, {x} and {y} (respect the service's terms of use):"),
        )
        if ok and url.strip():
            datum = self.ask_datum(self.guess_datum(url))
            if datum:
                self.add_online(url.strip(), datum)

    # -- pre-filling the cache -------------------------------------------------------------
    def online_layers(self):
        from gzmap.core.layer import TileLayer

        return [
            l for l in self.window.project.layers if isinstance(l, TileLayer) and l.tile_source.get("type") == "online"
        ]

    def download_dialog(self) -> None:
        from gzmap.io.tiles import spec_zoom_range
        from gzmap.io.tiles import zoom_for_resolution

        layers = self.online_layers()
        if not layers:
            self.window.show_error(
                translate("Basemaps", "Download basemap tiles"), translate("Basemaps", "Add an online basemap first.")
            )
            return
        layer = layers[0]
        z0 = min(max(int(round(zoom_for_resolution(self.window.canvas.viewport.resolution))), 0), 19)
        zmax, ok = QInputDialog.getInt(
            self.window,
            translate("Basemaps", "Download basemap tiles"),
            translate("Basemaps", "Download this view down to zoom level (now {z}):").format(z=z0),
            min(z0 + 3, spec_zoom_range(layer.tile_source, 18)[1]),
            z0,
            19,
        )
        if not ok:
            return
        self.download(layer, self.window.canvas.viewport.extent(), z0, zmax)

    def download(self, layer, bounds, zmin: int, zmax: int, fetcher=None):
        """Fill the tile cache of ``layer`` for ``bounds`` (WGS84 degrees) and zooms zmin..zmax
        in a worker with progress and Cancel."""
        from gzmap.core.datums import convert
        from gzmap.io.tiles import CachedOnlineSource
        from gzmap.io.tiles import TileError

        spec = layer.tile_source
        src = CachedOnlineSource(
            spec["url"],
            spec.get("cache_dir"),
            fetcher=fetcher,
            minzoom=spec.get("minzoom", 0),
            maxzoom=spec.get("maxzoom", 18),
        )
        b = bounds
        if layer.datum != "wgs84":
            lon, lat = convert([b[0], b[2]], [b[1], b[3]], "wgs84", layer.datum)
            b = (float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1]))

        def done(counts):
            self.window.canvas.refresh()
            self.window.statusBar().showMessage(
                translate("Basemaps", "Basemap tiles: {f} downloaded, {c} already cached, {x} failed").format(
                    f=counts["fetched"], c=counts["cached"], x=counts["failed"]
                ),
                10000,
            )

        def error(exc):
            self.window.show_error(translate("Basemaps", "Download basemap tiles"), str(exc))

        try:
            return self.window.run_task(
                translate("Basemaps", "Downloading basemap tiles"),
                src.prefill,
                b,
                zmin,
                zmax,
                on_done=done,
                on_error=error,
            )
        except TileError as exc:
            error(exc)
            return None


FEATURE = Feature("basemaps", install=lambda ui: ui.own(BasemapController(ui)), attribute="basemap_controller")
