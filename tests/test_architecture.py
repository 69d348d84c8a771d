"""The pure layers (core, io, analysis, HTML export) must run without Qt."""

import subprocess
import sys

import pytest

PURE = [
    "gzmap.core.datums",
    "gzmap.core.style",
    "gzmap.core.layer",
    "gzmap.core.project",
    "gzmap.core.viewport",
    "gzmap.io.vector",
    "gzmap.io.builtin",
    "gzmap.cli",
]


@pytest.mark.parametrize("module", PURE)
def test_pure_module_does_not_load_qt(module):
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} pulled in Qt: {out.stdout.strip()}"


def test_every_pure_package_module_is_checked():
    """New modules under the pure packages are covered by the import-linter contract;
    this test keeps the same guarantee when lint-imports is not run."""
    import pkgutil

    import gzmap.analysis
    import gzmap.core
    import gzmap.export
    import gzmap.io

    mods = [
        f"{p.__name__}.{m.name}"
        for p in (gzmap.core, gzmap.io, gzmap.analysis)
        for m in pkgutil.iter_modules(p.__path__)
    ]
    # the HTML export is pure too (the report export goes through render/, so it may use Qt)
    mods += [f"gzmap.export.{m.name}" for m in pkgutil.iter_modules(gzmap.export.__path__) if m.name.startswith("html")]
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_no_function_reaches_80_lines():
    """Functions stay short enough to read at once (issue 14: the longest function under 80 lines)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "gzmap"
    long = [
        f"{path.relative_to(root)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in root.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 >= 80
    ]
    assert not long, "\n".join(long)
