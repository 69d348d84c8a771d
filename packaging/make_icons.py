"""Render GZMap's hand-drawn icon (packaging/icons/gzmap.svg) to the files platforms want.

    python packaging/make_icons.py

Writes, beside the SVG:

- ``gzmap-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor theme sizes),
- ``gzmap.ico`` (Windows: 16-256 px, PNG-compressed entries, read by Windows Vista and later),
- ``gzmap.icns`` (macOS: 16-1024 px PNG entries),

and copies the SVG to ``resources/ui/icons/gzmap.svg`` (the window icon the app sets).
Rendering uses Qt's SVG renderer (QtSvg), so what the app shows and what the
files hold come from the same drawing. Runs offscreen; no display needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE / "icons"
SVG = ICONS / "gzmap.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns type codes holding PNG data, by pixel size
ICNS_TYPES = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def render_png(size: int) -> bytes:
    """The icon rendered at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer
    from PySide6.QtCore import QByteArray
    from PySide6.QtCore import QIODevice
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(p)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (ICONDIR + ICONDIRENTRYs)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries."""
    body = b"".join(code + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s, code in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image plugins)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for s, _ in ICNS_TYPES})
    pngs = {s: render_png(s) for s in sizes}
    for s in PNG_SIZES:
        (ICONS / f"gzmap-{s}.png").write_bytes(pngs[s])
    (ICONS / "gzmap.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "gzmap.icns").write_bytes(icns_bytes(pngs))
    dest = HERE.parent / "resources" / "ui" / "icons"
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, dest / "gzmap.svg")
    print(
        f"make_icons: {len(PNG_SIZES)} PNGs, gzmap.ico ({len(ICO_SIZES)} sizes), gzmap.icns "
        f"({len(ICNS_TYPES)} sizes) in {ICONS}; window icon {dest / 'gzmap.svg'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
