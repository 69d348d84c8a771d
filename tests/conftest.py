"""Shared test set-up: Qt runs offscreen; user files go to a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GZMAP_USER_DIR", str(tmp_path / "userdata"))


@pytest.fixture(autouse=True)
def _cli_language(monkeypatch):
    """The command line speaks the locale's language (zh* -> Chinese); tests expect English unless
    they ask for Chinese (--lang zh_CN or their own LANG), whatever the developer's locale."""
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """One QApplication for the whole run, made before any test: code under test
    that makes a QGuiApplication for headless rendering then reuses it, and
    widget tests never meet a QGuiApplication they cannot use."""
    return qapp
