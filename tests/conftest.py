"""Shared test set-up: Qt runs offscreen; user files go to a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GZMAP_USER_DIR", str(tmp_path / "userdata"))


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """One QApplication for the whole run, made before any test: code under test
    that makes a QGuiApplication for headless rendering then reuses it, and
    widget tests never meet a QGuiApplication they cannot use."""
    return qapp
