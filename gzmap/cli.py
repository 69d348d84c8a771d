"""Command line: ``gzmap`` opens the window; ``gzmap <command>`` runs headless.

Commands are modules in :mod:`gzmap.commands`, each with a
``register(subparsers)`` function that adds its parser and sets ``func``
(a callable taking the parsed args and returning an exit code).

One error style for every command: ``gzmap <command>: <file>: <reason>`` on
one line on stderr, exit code 1 (2 for a usage error), in the UI language
(``--lang``, default from the locale). The reason is never Python's own text:
OS and library errors are said in plain words (file not found, disk full,
file locked ...; see :mod:`gzmap.io.messages`) and anything unforeseen as
"an unexpected problem". Python warnings and library log messages raised
while a command runs are held back (printed, one line each, with
``--verbose``); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import dis
import functools
import importlib
import logging
import os
import pkgutil
import re
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

from gzmap import __version__
from gzmap.io.errors import ReadError
from gzmap.io.errors import WriteError
from gzmap.io.errors import error_kind
from gzmap.io.errors import first_line
from gzmap.io.errors import said
from gzmap.io.messages import LANGS
from gzmap.io.messages import text
from gzmap.io.messages import ui_language

EXIT_USAGE = 2
EXIT_FAILED = 1
EXIT_CANCELLED = 130

# Arguments that name a command's input, then its output, in the order a
# message falls back on them when an error does not say which file it is about.
_INPUT_ARGS = ("input", "table", "file", "map_project", "project_file", "points")
_OUTPUT_ARGS = ("output", "report")


class CommandError(Exception):
    """A command failed for a reason the user can act on; the message is one line."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line: ``gzmap <command>: <what>; see ... --help``."""

    def __init__(self, *args, lang: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self.lang = lang

    def error(self, message):
        self.exit(EXIT_USAGE, f"{self.prog}: {text('usage', self.lang, message=message, command=self.prog)}\n")


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gzmap",
        lang=lang,
        description="GZMap: desktop GIS for Guangzhou's digital-culture industry. "
        "With no command, opens the map window.",
    )
    parser.add_argument("--version", action="version", version=f"gzmap {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument(
        "--verbose", action="store_true", help="also print the warnings of the libraries GZMap uses (one line each)"
    )
    parser.add_argument("--lang", choices=list(LANGS), help="user interface language (default: system locale)")
    parser.add_argument("--project", help="project file to open")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=functools.partial(_Parser, lang=lang))
    import gzmap.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"gzmap.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None, open_window=None) -> int:
    """Run ``gzmap [options] COMMAND ...`` and return the exit code.

    With no command, ``open_window(lang=..., project=...)`` opens the map window;
    the program's entry point (:mod:`gzmap.__main__`) passes it, so this module,
    below the UI in the layers of the package, never imports the UI itself.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = _language_of(argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        if open_window is None:
            parser.print_help()
            return EXIT_USAGE
        return open_window(lang=args.lang, project=args.project)
    args.ui_lang = lang
    return _run(args, lang)


def _language_of(argv: list[str]) -> str:
    """The UI language: ``--lang`` given before the command, else the locale's."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):  # up to the command: a --lang after it is the command's own
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGS:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGS:
            return arg.split("=", 1)[1]
        i += 2 if arg in ("--project", "--lang") else 1
    return ui_language()


def _run(args, lang: str) -> int:
    prefix = f"gzmap {args.command}: "
    held: list[str] = []
    try:
        with _held_back(held, lang, quiet_gdal=not args.verbose):
            code = int(args.func(args) or 0)
    except KeyboardInterrupt:
        _say(prefix, held if args.verbose else [], text("cancelled", lang))
        return EXIT_CANCELLED
    except Exception as exc:
        if args.debug:
            raise
        lines = held + _details(exc, lang) if args.verbose else []
        _say(prefix, lines, error_line(exc, lang, *_files(args)))
        return EXIT_FAILED
    if args.verbose:
        _say(prefix, held, None)
    return code


def _say(prefix: str, warnings_: list[str], error: str | None) -> None:
    """Print the held-back warnings (already deduplicated), then the error line, on stderr."""
    for message in warnings_:
        print(prefix + message, file=sys.stderr)
    if error is not None:
        print(prefix + error, file=sys.stderr)


@contextmanager
def _held_back(held: list[str], lang: str, quiet_gdal: bool = True):
    """Hold back Python warnings and library log records (WARNING and up) raised inside the block.

    ``held`` receives one translated line per distinct message. With
    ``quiet_gdal``, GDAL's own error output (CPL_LOG) goes to the null device
    in libraries that do not route it through Python themselves (pyogrio
    and rasterio do: their messages arrive here as warnings or log records).
    """
    handler = _Collect()
    root = logging.getLogger()
    saved_env = {k: os.environ.get(k) for k in ("CPL_LOG",)}
    if quiet_gdal:
        os.environ.setdefault("CPL_LOG", os.devnull)
    root.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                yield
            finally:
                messages = [
                    first_line(w.message) if isinstance(w.message, Warning) else str(w.message) for w in caught
                ] + handler.messages
                for message in dict.fromkeys(m for m in messages if m):
                    held.append(text("warning", lang, message=message))
    finally:
        root.removeHandler(handler)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        try:
            self.messages.append(first_line(Exception(record.getMessage())))
        except Exception:  # a library's malformed log call must not fail the command
            pass


def _files(args) -> tuple[list[str], list[str]]:
    """The files a command was given: (inputs, outputs)."""

    def given(names):
        return [str(v) for v in (getattr(args, name, None) for name in names) if v]

    return given(_INPUT_ARGS), given(_OUTPUT_ARGS)


def _details(exc: BaseException, lang: str) -> list[str]:
    """With --verbose: the original text behind a translated or generic reason (none for GZMap's own)."""
    if isinstance(exc, WriteError):
        return [text("detail", lang, message=exc.detail)] if exc.detail else []
    if isinstance(exc, ReadError):  # the reader's own words, when a generic reason replaced them
        kind = _explained(exc)[1]
        return [text("detail", lang, message=exc.reason)] if kind and exc.reason != text(kind, "en") else []
    if _ours(exc) and _explained(exc) is None:
        return []
    return [text("detail", lang, message=f"{type(exc).__name__}: {first_line(exc)}")]


# -- the one error line -------------------------------------------------------------------


def error_line(exc: BaseException, lang: str = "en", inputs=(), outputs=()) -> str:
    """``<file>: <reason>`` (or ``<reason>``) for ``exc``, in ``lang``, with no Python text.

    When the error does not say which file it is about, the command's file
    (``inputs``, ``outputs``) its message mentions is named, else the first
    output for a reason only writing has (disk full ...), else the first input.
    """
    explained = _explained(exc)
    file = _file_meant(str(exc), explained[1] if explained else None, list(inputs), list(outputs))
    if explained is not None:
        where, reason = explained
        if isinstance(exc, ReadError):
            where = exc.path + _location(exc, lang)
            reason = text(explained[1], lang, folder=str(Path(exc.path).parent)) if explained[1] else exc.reason
        elif isinstance(exc, WriteError):
            reason = exc.reason(lang)
        else:
            reason = text(reason, lang, folder=str(Path(where or file or ".").parent))
        return f"{where or file}: {reason}" if (where or file) else reason
    if _ours(exc):
        message = first_line(exc)  # English: what the message is about
        about_data = _DATA_MESSAGE.match(message) and not any(f in message for f in list(inputs) + list(outputs))
        return f"{inputs[0]}: {said(exc, lang)}" if about_data and inputs else said(exc, lang)
    from gzmap.sysdeps import missing_library_message

    reason = missing_library_message(exc) or text("unexpected", lang)
    return f"{file}: {reason}" if file else reason


# GZMap's messages about the rows of the data read (analysis checks), which name no file themselves.
_DATA_MESSAGE = re.compile(
    r"(row \d+ |no \w+: the layer|need at least \d+ |expects point features|no [\w -]+ column ')"
)

_WRITE_KINDS = ("no_folder", "not_folder", "disk_full", "read_only_fs", "read_only_file", "write_failed")


def _file_meant(message: str, kind: str | None, inputs: list[str], outputs: list[str]) -> str | None:
    named = [f for f in inputs + outputs if f in message]
    if named:
        return named[0]
    order = outputs + inputs if kind in _WRITE_KINDS else inputs + outputs
    return order[0] if order else None


def _explained(exc: BaseException) -> tuple[str | None, str | None] | None:
    """(file or None, kind or None) for errors said with a generic reason, else None.

    For a ReadError the kind is None when its own reason is kept.
    """
    if isinstance(exc, WriteError):
        return exc.path, exc.kind
    if isinstance(exc, ReadError):
        return exc.path, exc.kind or _reader_kind(exc.reason)
    kind = error_kind(exc)
    if kind is None or (_ours(exc) and not any(raw in str(exc) for raw in _RAW_TEXTS)):
        return None
    return getattr(exc, "filename", None) or getattr(exc, "path", None), kind


# OS and library texts that may be embedded in a message GZMap wrote ("cannot write x: [Errno 28] ...").
_RAW_TEXTS = (
    "[Errno",
    "No space left",
    "Permission denied",
    "Read-only file system",
    "No such file or directory",
    "Is a directory",
    "quota exceeded",
    "database or disk is full",
    "database is locked",
    "sqlite3_",
    "unable to open database",
)

# Readers' generic reasons, said in the UI language (more specific ones stay as the reader wrote them).
_READER_REASONS = {
    "file not found": "missing",
    "is a folder, not a file": "folder",
    "is a folder, not a table": "folder",
    "the file is empty (0 bytes)": "empty",
}
_READER_FORMAT_PREFIXES = (
    "not a vector file GDAL can read",
    "not a readable table",
    "not a readable Excel workbook",
    "not a readable GeoParquet file",
    "binary data",
    "looks like a binary file",
    "no readable layer",
    "could not be read",
)


def _reader_kind(reason: str) -> str | None:
    if reason in _READER_REASONS:
        return _READER_REASONS[reason]
    if reason.startswith(_READER_FORMAT_PREFIXES):
        detail = reason.partition("(")[2]
        kind = error_kind(Exception(detail)) if detail else None
        if kind:
            return kind
        if not reason.startswith("could not be read"):
            return "format"
    return None


def _location(exc: ReadError, lang: str) -> str:
    where = ""
    if exc.row is not None:
        where += text("row", lang, row=exc.row)
    if exc.column is not None:
        where += text("column", lang, column=exc.column)
    return where


_TRUSTED_BUILTINS = (ValueError, LookupError, RuntimeError, NotImplementedError, OSError)


def _ours(exc: BaseException) -> bool:
    """True when GZMap wrote the message: a GZMap exception class, or a ``raise`` statement in GZMap's code.

    A ValueError that Python raised inside GZMap's code (``int('x')``) is not
    ours: its message is Python's text.
    """
    if type(exc).__module__.split(".")[0] == "gzmap":
        return True
    if not isinstance(exc, _TRUSTED_BUILTINS):
        return False
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    if not str(tb.tb_frame.f_globals.get("__name__", "")).startswith("gzmap."):
        return False  # by module name, not file path: a frozen build's code has no real file paths
    code = tb.tb_frame.f_code
    try:
        return dis.opname[code.co_code[tb.tb_lasti]] == "RAISE_VARARGS"
    except IndexError:
        return False


if __name__ == "__main__":
    raise SystemExit(main())
