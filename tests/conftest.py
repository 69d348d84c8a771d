"""Shared test set-up: Qt runs offscreen; user files go to a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def _user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("GZMAP_USER_DIR", str(tmp_path / "userdata"))
