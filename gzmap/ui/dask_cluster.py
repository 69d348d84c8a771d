"""Analysis > Compute on a Dask cluster…: the scheduler the density, hot spot and LQ dialogs may run on.

The address (``tcp://HOST:8786``, or ``local:N`` for N worker processes on
this machine) and the shared folder are kept in QSettings (``dask/address``,
``dask/scratch``). "Test connection" connects in the background within 10 s
and says how many workers answer (or the one-line reason it failed: no
answer, another GZMap version). With an address set, the dialogs of the
analyses that run on a cluster (:data:`gzmap.analysis.distributed.engine.DISTRIBUTED`)
offer "Run on the Dask cluster"; the layer's points are then written as
GeoParquet partitions into a folder the workers must see (the shared folder;
by default this machine's temporary folder, enough for ``local:N``), and the
result comes back as the same layers and tables (docs/scale.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton

from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import ok_cancel

__all__ = [
    "DaskClusterDialog",
    "cluster_engine",
    "menu_text",
    "run_there_text",
    "runs_on_cluster",
    "save_cluster",
    "saved_address",
]

_ADDRESS, _SCRATCH = "dask/address", "dask/scratch"


def _settings() -> QSettings:
    return QSettings("GZMap", "GZMap")


def saved_address() -> str:
    """The scheduler address set in the app ('' when none)."""
    return str(_settings().value(_ADDRESS, "") or "")


def save_cluster(address: str, scratch: str = "") -> None:
    """Keep the scheduler address and shared folder ('' address: no cluster)."""
    s = _settings()
    s.setValue(_ADDRESS, address.strip())
    s.setValue(_SCRATCH, scratch.strip())


def cluster_engine(address: str | None = None, scratch: str | None = None):
    """The :class:`~gzmap.analysis.distributed.cluster.Engine` of ``address`` (default: the saved one),
    or None when none is set. ValueError (one line) for an address that is not one."""
    from gzmap.analysis.distributed.cluster import parse_engine

    address = saved_address() if address is None else address.strip()
    if not address:
        return None
    engine = parse_engine(address)
    folder = str(_settings().value(_SCRATCH, "") or "") if scratch is None else scratch.strip()
    if folder:
        from dataclasses import replace

        engine = replace(engine, scratch=folder)
    return engine


def runs_on_cluster(analysis_id: str) -> bool:
    """True when the analysis has a distributed path (no Dask import)."""
    from gzmap.analysis.distributed.engine import DISTRIBUTED

    return analysis_id in DISTRIBUTED


def menu_text() -> str:
    """The Analysis menu item that opens :class:`DaskClusterDialog`."""
    return QCoreApplication.translate("Dask", "Compute on a Dask cluster…")


def run_there_text(address: str) -> str:
    """The analysis dialogs' option to run on the cluster at ``address``."""
    return QCoreApplication.translate("Dask", "Run on the Dask cluster ({address})").format(address=address)


def _describe(engine, progress=None) -> dict:
    from gzmap.analysis.distributed.cluster import cluster_info

    return cluster_info(engine)


class DaskClusterDialog(QDialog):
    """Scheduler address, shared folder, Test connection; OK saves them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dask", "Compute on a Dask cluster"))
        self.address = QLineEdit(saved_address())
        self.address.setObjectName("dask_address")
        self.address.setPlaceholderText("tcp://HOST:8786")
        self.address.setToolTip(
            QCoreApplication.translate(
                "Dask", "The scheduler's address (tcp://HOST:8786), or local:N for N worker processes here; empty: none"
            )
        )
        self.scratch = QLineEdit(str(_settings().value(_SCRATCH, "") or ""))
        self.scratch.setObjectName("dask_scratch")
        self.scratch.setToolTip(
            QCoreApplication.translate(
                "Dask", "A folder every worker sees (a shared file system); empty: this computer's temporary folder"
            )
        )
        self.test_button = QPushButton(QCoreApplication.translate("Dask", "Test connection"))
        self.test_button.setObjectName("dask_test")
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel()
        self.status.setObjectName("dask_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.test_button)
        form.addRow(QCoreApplication.translate("Dask", "Scheduler address"), row)
        form.addRow(QCoreApplication.translate("Dask", "Shared folder"), self.scratch)
        column(self, form, self.status, ok_cancel(self))
        self.task = None

    def _engine(self):
        try:
            return cluster_engine(self.address.text(), self.scratch.text())
        except ValueError as exc:
            self.status.setText(str(exc))
            return None

    def test_connection(self):
        """Connect in the background; the status line says what answered. Returns the Task (or None)."""
        from gzmap.ui.tasks import run_task

        engine = self._engine()
        if engine is None:
            if not self.address.text().strip():
                self.status.setText(
                    QCoreApplication.translate("Dask", "No address: the analyses run on this computer.")
                )
            return None
        self.status.setText(QCoreApplication.translate("Dask", "Connecting to {address}…").format(address=engine.label))
        self.test_button.setEnabled(False)
        self.task = run_task(
            self,
            self.windowTitle(),
            _describe,
            engine,
            on_done=self._answered,
            on_error=self._failed,
            show_dialog=False,
        )
        return self.task

    def _answered(self, info: dict) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(
            QCoreApplication.translate(
                "Dask", "Connected: {workers} workers, {threads} threads, {memory:.1f} GB; GZMap {version} on each."
            ).format(
                workers=info["workers"], threads=info["threads"], memory=info["memory"] / 1e9, version=info["gzmap"]
            )
        )

    def _failed(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("Dask", "Not connected: {reason}").format(reason=text))

    def accept(self) -> None:
        if self.address.text().strip() and self._engine() is None:
            return  # the status line says why the address is not one
        save_cluster(self.address.text(), self.scratch.text())
        super().accept()
