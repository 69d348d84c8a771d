"""The GPS position's accuracy circle (issue 18 item 3): drawn around the fix with the radius of its accuracy in
metres on the ground, tinted inside and leaving the map untouched outside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

LOG = Path(__file__).resolve().parents[1] / "data" / "nmea" / "haixinsha_walk.nmea"


def _pixel(image, x: float, y: float) -> QColor:
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(int(x * ratio), int(y * ratio)))


def test_the_accuracy_circle_has_the_fix_accuracy_as_its_radius_on_the_ground(window, qtbot):
    fw = window.feature("fieldwork")
    for line in LOG.read_text(encoding="ascii", errors="replace").splitlines():
        fw.gps.feed_line(line)
        if fw.overlay.fix is not None and fw.overlay.fix.accuracy_m:  # a GGA sentence gave its HDOP
            break
    fix = fw.overlay.fix
    assert fix is not None and fix.accuracy_m and fix.accuracy_m > 1
    canvas = window.canvas
    canvas.zoom_to_bounds((fix.lon - 0.0004, fix.lat - 0.0003, fix.lon + 0.0004, fix.lat + 0.0003))
    qtbot.wait(50)
    radius = fix.accuracy_m / canvas.viewport.ground_resolution(fix.lat)  # screen pixels
    assert 15 < radius < canvas.width() / 4, radius
    centre = fw.overlay.screen_point()
    with_circle = canvas.grab().toImage()
    fw.overlay.hide()
    without = canvas.grab().toImage()
    fw.overlay.show()
    for dx, dy in ((0.7, 0), (0, -0.7), (-0.5, 0.5)):  # inside the circle, beyond the 6 px dot: tinted blue
        x, y = centre.x() + dx * radius, centre.y() + dy * radius
        a, b = _pixel(with_circle, x, y), _pixel(without, x, y)
        assert a != b and a.blue() - a.red() > b.blue() - b.red(), (dx, dy, a.name(), b.name())
    for dx, dy in ((1.3, 0), (0, 1.3), (-1, -1)):  # outside: the map as it was
        x, y = centre.x() + dx * radius, centre.y() + dy * radius
        assert _pixel(with_circle, x, y) == _pixel(without, x, y), (dx, dy)
