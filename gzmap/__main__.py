"""The ``gzmap`` program: the map window with no command, a headless command otherwise.

It stands above every layer of the package: :mod:`gzmap.cli` runs the
commands and calls back here to open the window.
"""

from __future__ import annotations


def open_window(lang: str | None = None, project: str | None = None) -> int:
    from gzmap.ui.app import run_app

    return run_app(lang=lang, project=project)


def main(argv: list[str] | None = None) -> int:
    from gzmap.cli import main as cli_main

    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    raise SystemExit(main())
