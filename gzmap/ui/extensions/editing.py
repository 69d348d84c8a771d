"""Edit menu: field editing of point layers with undo/redo (see :mod:`gzmap.ui.editing`)."""

from __future__ import annotations

__all__ = ["install"]


def install(window):
    from gzmap.ui.editing import EditController

    controller = EditController(window)
    window.edit_controller = controller
    return controller
