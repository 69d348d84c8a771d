"""Running analyses from the Analysis menu in tests: the built-in sample enterprises, dialogs accepted
as a user would (optionally after setting some parameters), an action found by its text, and a
record of the threads a function ran in."""

import threading


def add_sample(window):
    """Add the built-in synthetic sample enterprises to ``window``'s project; returns the layer."""
    from gzmap.io.sample import sample_enterprises_layer

    layer = sample_enterprises_layer()
    window.add_layer(layer)
    return layer


def accept_dialogs(monkeypatch, seen: list, set_params=None) -> None:
    """Every analysis dialog opened is appended to ``seen``, set by ``set_params(dialog)`` and accepted."""
    from PySide6.QtWidgets import QDialog

    from gzmap.ui.analysis_dialogs import AnalysisDialog

    def accept(dlg):
        seen.append(dlg)
        if set_params:
            set_params(dlg)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnalysisDialog, "exec", accept)


def menu_action(window, text: str):
    """The one Analysis-menu action whose text holds ``text``."""
    actions = [a for a in window.menu("analysis").actions() if text in a.text()]
    assert len(actions) == 1, [a.text() for a in window.menu("analysis").actions()]
    return actions[0]


def trigger(window, text: str) -> None:
    menu_action(window, text).trigger()


def recording(monkeypatch, module, name: str, threads: list) -> None:
    """Replace ``module.name`` by a wrapper appending the thread it runs in to ``threads``."""
    real = getattr(module, name)

    def wrapper(*args, **kw):
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(module, name, wrapper)
