"""Command line: ``gzmap`` opens the window; ``gzmap <command>`` runs headless.

Commands are modules in :mod:`gzmap.commands`, each with a
``register(subparsers)`` function that adds its parser and sets ``func``
(a callable taking the parsed args and returning an exit code). Errors a user
can act on are printed as one line on stderr with a non-zero exit; a
traceback is printed only with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from gzmap import __version__
from gzmap.io.errors import first_line

EXIT_USAGE = 2
EXIT_FAILED = 1


class CommandError(Exception):
    """A command failed for a reason the user can act on; the message is one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gzmap",
        description="GZMap: desktop GIS for Guangzhou's digital-culture industry. "
                    "With no command, opens the map window.",
    )
    parser.add_argument("--version", action="version", version=f"gzmap {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language (default: system locale)")
    parser.add_argument("--project", help="project file to open")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import gzmap.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"gzmap.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from gzmap.ui.app import run_app

        return run_app(lang=args.lang, project=args.project)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("gzmap: cancelled", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the user; the traceback only on request
        if args.debug:
            raise
        from gzmap.sysdeps import missing_library_message

        message = missing_library_message(exc)
        if message is None:
            message = first_line(exc)
        print(f"gzmap {args.command}: {message}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
