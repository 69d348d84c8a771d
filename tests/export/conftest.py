"""The one headless Chromium of the page tests (Debian's /usr/bin/chromium, never a downloaded browser)."""

from __future__ import annotations

import pytest
from html_fixtures import ARGS
from html_fixtures import CHROMIUM


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
