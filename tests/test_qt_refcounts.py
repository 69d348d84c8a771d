"""Guard against a Qt binding that leaks or drops references on every call.

PySide6 6.12.0 decrements None's reference count on each void-returning
method under Python 3.11; the app then aborts after a few hundred frames
("Fatal Python error: none_dealloc"). pyproject.toml pins PySide6 below
6.12; this test fails if an install picks up a binding with that fault.
"""

import gc
import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath


def test_painting_does_not_drop_references_to_none():
    img = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(img)
    path = QPainterPath()
    path.addRect(QRectF(0, 0, 10, 10))
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.save()
        painter.setBrush(QColor(10, 20, 30))
        painter.drawPath(path)
        painter.restore()
    gc.collect()
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 2,000 Qt calls"
