"""Running long work off the GUI thread, with a progress dialog and Cancel.

:func:`run_task` calls ``fn(*args, progress=p, **kwargs)`` in a QThread. ``p``
forwards reports to a QProgressDialog (through a queued signal) and raises
:class:`gzmap.core.progress.Cancelled` at the next report once Cancel is
pressed, so the pure function stops cleanly and nothing is added to the
project. ``on_done(result)`` runs in the GUI thread on success; errors are
shown as a one-line message, never a traceback dialog.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QThread
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget

from gzmap.core.progress import Cancelled
from gzmap.io.errors import said


class _Worker(QObject):
    progressed = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object, str)  # the exception, its traceback
    cancelled = Signal()

    def __init__(self, fn: Callable, args, kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.cancel_event = threading.Event()

    def progress(self, fraction: float, message: str = "") -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.progressed.emit(int(round(1000 * max(0.0, min(fraction, 1.0)))), message)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.progress, **self.kwargs)
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # shown to the user as one line in the UI language; details in the log
            self.failed.emit(exc, traceback.format_exc())
            return
        if self.cancel_event.is_set():
            self.cancelled.emit()
        else:
            self.finished.emit(result)


class Task(QObject):
    """A running piece of work; keeps its thread and dialog alive until done."""

    done = Signal(object)
    ended = Signal(str)  # "finished", "failed" or "cancelled"

    def __init__(
        self,
        parent: QWidget,
        title: str,
        fn: Callable,
        args,
        kwargs,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        show_dialog: bool = True,
    ):
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.thread = QThread()
        self.worker = _Worker(fn, args, kwargs)
        self.worker.moveToThread(self.thread)
        self.on_done, self.on_error = on_done, on_error
        self.dialog: QProgressDialog | None = None
        self.error: str | None = None
        self.exception: BaseException | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 1000, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.thread.started.connect(self.worker.run)

    def start(self) -> Task:
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.worker.cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def _on_progress(self, value: int, message: str) -> None:
        if self.dialog is not None:
            self.dialog.setValue(value)  # a modal dialog processes events here: the task may finish meanwhile
            if message and self.dialog is not None:
                self.dialog.setLabelText(f"{self.title}\n{message}")

    def _finish(self, state: str) -> None:
        self.thread.quit()
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.ended.emit(state)

    def _on_finished(self, result) -> None:
        self._finish("finished")
        if self.on_done is not None:
            self.on_done(result)
        self.done.emit(result)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        from gzmap.ui.i18n import current_language

        logging.getLogger(__name__).error("%s failed:\n%s", self.title, details)
        text = said(exc, current_language())
        self.error, self.exception = text, exc
        self._finish("failed")
        if self.on_error is not None:
            self.on_error(text)
        else:
            QMessageBox.warning(self.parent_widget, self.title, text)

    def _on_cancelled(self) -> None:
        self._finish("cancelled")


def run_task(
    parent: QWidget, title: str, fn: Callable, *args, on_done=None, on_error=None, show_dialog: bool = True, **kwargs
) -> Task:
    """Run ``fn(*args, progress=..., **kwargs)`` off the GUI thread; see the module doc."""
    task = Task(parent, title, fn, args, kwargs, on_done, on_error, show_dialog)
    return task.start()
