"""Build the GZMap desktop app for this platform (one folder) and smoke-test it.

    /path/to/venv/bin/python packaging/build.py            # build + smoke test
    /path/to/venv/bin/python packaging/build.py --no-smoke # build only

Run it with the Python of the environment GZMap is installed in (``pip install
-e .[build]``): PyInstaller freezes that interpreter and its packages. The
result is ``packaging/dist/GZMap/`` (``gzmap`` on Linux, ``GZMap.exe`` and
``gzmap-cli.exe`` on Windows, ``GZMap.app`` on macOS), which runs with no
Python and no network on the target machine.

Before building, on Linux, the Qt platform plugins are checked with ``ldd``;
a system library they need but the machine lacks is named together with the
Debian package that provides it, and the build stops (``--ignore-missing-libs``
builds anyway).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle  # noqa: E402

SPEC = HERE / "gzmap.spec"
DIST = HERE / "dist"
WORK = HERE / "build"
PYINSTALLER_FALLBACK = "pyinstaller>=6.5"

# Qt files whose shared-library dependencies are checked (relative to PySide6/Qt)
QT_FILES_TO_CHECK = (
    "plugins/platforms/libqxcb.so",
    "plugins/platforms/libqoffscreen.so",
    "plugins/platforms/libqwayland.so",
    "plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6Svg.so.6",
)


def pyinstaller_requirement(pyproject: Path = bundle.ROOT / "pyproject.toml") -> str:
    """The PyInstaller requirement of the ``build`` extra in pyproject.toml."""
    try:
        import tomllib

        extras = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["optional-dependencies"]
        for req in extras.get("build", []):
            if re.match(r"(?i)pyinstaller\b", req):
                return req
    except (OSError, KeyError, ValueError, ImportError):
        pass
    return PYINSTALLER_FALLBACK


def ensure_pyinstaller() -> None:
    """Install PyInstaller into the running environment if it is missing."""
    try:
        import PyInstaller  # noqa: F401

        return
    except ImportError:
        pass
    req = pyinstaller_requirement()
    print(f"build: PyInstaller is missing; installing {req!r} into {sys.prefix}", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", req], check=True)


def parse_ldd(text: str) -> list[str]:
    """Sonames ``ldd`` reports as ``not found``."""
    return [m.group(1) for m in re.finditer(r"^\s*(\S+)\s+=>\s+not found", text, re.M)]


def explain_missing(missing: dict[str, list[str]]) -> str:
    """A message naming each missing library, who needs it and the Debian package to install."""
    lines = ["build: system libraries needed by Qt are missing on this machine:"]
    packages = []
    for soname, needed_by in sorted(missing.items()):
        pkg = bundle.debian_package_for(soname)
        hint = f"Debian/Ubuntu package: {pkg}" if pkg else f"find the package with: apt-file search {soname}"
        users = sorted(set(needed_by))
        who = ", ".join(users[:3]) + (f" and {len(users) - 3} more" if len(users) > 3 else "")
        lines.append(f"  {soname:24s} needed by {who}  ->  {hint}")
        if pkg and pkg not in packages:
            packages.append(pkg)
    if packages:
        lines.append(f"install them with:  sudo apt-get install {' '.join(packages)}")
    lines.append(
        "(or build anyway with --ignore-missing-libs; the app then fails to open its window "
        "on machines that lack them too)"
    )
    return "\n".join(lines)


def check_system_libraries() -> dict[str, list[str]]:
    """Run ``ldd`` on Qt's platform plugins; return {missing soname: [files needing it]}."""
    if not sys.platform.startswith("linux"):
        return {}
    ldd = shutil.which("ldd")
    try:
        import PySide6
    except ImportError:
        raise SystemExit("build: PySide6 is not installed in this environment; run: pip install -e .[build]") from None
    qt = Path(PySide6.__file__).parent / "Qt"
    if ldd is None:
        print("build: note: ldd not found; system libraries not checked")
        return {}
    env = dict(
        os.environ, LD_LIBRARY_PATH=os.pathsep.join(filter(None, [str(qt / "lib"), os.environ.get("LD_LIBRARY_PATH")]))
    )
    missing: dict[str, list[str]] = {}
    for rel in QT_FILES_TO_CHECK:
        path = qt / rel
        if not path.exists():
            continue
        out = subprocess.run([ldd, str(path)], capture_output=True, text=True, env=env).stdout
        for soname in parse_ldd(out):
            missing.setdefault(soname, []).append(path.name)
    return missing


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symlinks not followed."""
    total = count = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            count += 1
    return total, count


def biggest_parts(app_dir: Path, n: int = 8) -> list[tuple[str, int]]:
    """Largest top-level entries of the bundle's contents folder (bytes)."""
    inner = app_dir / "_internal" if (app_dir / "_internal").is_dir() else app_dir
    sizes = {}
    for p in inner.iterdir():
        if p.is_symlink():
            continue
        sizes[p.name] = folder_size(p)[0] if p.is_dir() else p.stat().st_size
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:n]


def app_dir() -> Path:
    return DIST / (f"{bundle.APP_NAME}.app" if sys.platform == "darwin" else bundle.APP_NAME)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-smoke", action="store_true", help="build only, do not run packaging/smoke_test.py")
    ap.add_argument("--clean", action="store_true", help="empty PyInstaller's cache and work folder first")
    ap.add_argument(
        "--ignore-missing-libs", action="store_true", help="build even if system libraries needed by Qt are missing"
    )
    ap.add_argument("--check-libs-only", action="store_true", help="only check the system libraries")
    args = ap.parse_args(argv)

    missing = check_system_libraries()
    if missing:
        print(explain_missing(missing), file=sys.stderr)
        if not args.ignore_missing_libs:
            return 3
    elif sys.platform.startswith("linux"):
        print("build: system libraries needed by Qt's platform plugins: all present")
    if args.check_libs_only:
        return 3 if missing else 0

    ensure_pyinstaller()
    if not (bundle.PACKAGING / "icons" / "gzmap.ico").exists():
        subprocess.run([sys.executable, str(HERE / "make_icons.py")], check=True)

    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        "--log-level",
        "WARN",
    ]
    if args.clean:
        cmd.append("--clean")
    print(f"build: GZMap {bundle.version()} with {sys.executable} ({sys.platform})", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=bundle.ROOT)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        print(f"build: PyInstaller failed (exit {proc.returncode}) after {seconds:.0f} s", file=sys.stderr)
        return proc.returncode
    out = app_dir()
    size, files = folder_size(out)
    print(f"build: {out}")
    print(f"build: time {seconds:.0f} s; size {size / 2**20:.0f} MiB in {files} files")
    print("build: largest parts: " + ", ".join(f"{name} {b / 2**20:.0f} MiB" for name, b in biggest_parts(out)))
    if args.no_smoke:
        return 0
    smoke = subprocess.run([sys.executable, str(HERE / "smoke_test.py"), "--dist", str(out)])
    return smoke.returncode


if __name__ == "__main__":
    raise SystemExit(main())
