"""Which files a command opens: a Python audit hook in-process, strace for a subprocess.

Used by the hostile-corpus tests to check that nothing outside the folders a
command was given (plus the install's and Python's own files, Qt plugins,
fonts and the temp folder) is opened or listed.
"""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

_EVENTS = {"open", "os.listdir", "os.scandir", "sqlite3.connect", "shutil.copyfile", "os.walk"}
_recording: list[list[str]] = []
_installed = False
#: Threads that were running before the recording began, other than the one recording (e.g. a
#: Dask cluster's monitor left by an earlier test reading /proc): not the command's doing.
_earlier: set[int] = set()


def _hook(event: str, args) -> None:
    if not _recording or event not in _EVENTS or not args or threading.get_ident() in _earlier:
        return
    target = args[0]
    if isinstance(target, int) or target is None:
        return
    if isinstance(target, bytes):
        target = os.fsdecode(target)
    _recording[-1].append(str(target))


@contextmanager
def opened_paths():
    """Record the paths Python opens or lists inside the ``with`` block (a list, filled as it goes)."""
    global _installed
    if not _installed:  # an audit hook cannot be removed: install one that records only when asked
        sys.addaudithook(_hook)
        _installed = True
    seen: list[str] = []
    _earlier.clear()
    _earlier.update(t.ident for t in threading.enumerate() if t.ident and t is not threading.current_thread())
    _recording.append(seen)
    try:
        yield seen
    finally:
        _recording.remove(seen)


def allowed_roots(*given) -> list[Path]:
    """Folders a command may read: those it was given, the install's, Python's, Qt's, fonts, temp."""
    import gzmap
    from gzmap.paths import resources_dir

    roots = [Path(g) for g in given]
    roots += [Path(p) for p in sys.path if p]  # the import system lists these when a module loads late
    roots += [
        Path(tempfile.gettempdir()),
        Path(gzmap.__file__).parent,
        resources_dir(),
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path(sys.exec_prefix),
        Path(sysconfig.get_paths()["purelib"]),
        Path(sysconfig.get_paths()["platlib"]),
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path("/etc/fonts"),
        Path("/var/cache/fontconfig"),
        Path.home() / ".cache" / "fontconfig",
        Path("/usr/share/fontconfig"),
        Path("/usr/lib"),
        Path("/lib"),
        Path("/usr/lib64"),
        Path("/usr/share/zoneinfo"),
        Path("/usr/share/X11/xkb"),
        Path("/usr/share/locale"),
        Path("/usr/share/icons"),
        Path("/usr/share/mime"),
        Path("/usr/share/glib-2.0"),
        Path("/usr/share/proj"),
        Path("/usr/share/gdal"),
        Path("/dev/null"),
        Path("/dev/urandom"),
        Path("/proc/self"),
        Path("/proc/cpuinfo"),
        Path("/proc/meminfo"),
        Path("/proc/stat"),
        Path("/sys/devices/system/cpu"),
        Path("/sys/fs/cgroup"),
        Path("/etc/localtime"),
        Path("/etc/ld.so.cache"),
        Path("/etc/nsswitch.conf"),
        Path("/etc/ssl/openssl.cnf"),
        Path("/usr/lib/ssl/openssl.cnf"),
        Path("/etc/gai.conf"),
        Path("/etc/host.conf"),
        Path("/etc/resolv.conf"),
        Path("/etc/hosts"),
        Path("/etc/mime.types"),
    ]
    # where GDAL, PROJ, fontconfig and glibc look for their own configuration and caches (seen with strace)
    roots += [
        Path.home() / ".fontconfig",
        Path.home() / ".gdal",
        Path.home() / ".local" / "share" / "proj",
        Path("/opt/vcpkg"),
        Path("/etc/opt/vcpkg"),
        Path("/etc/gdalrc"),
        Path("/proc/sys/vm/overcommit_memory"),
        Path("/sys/kernel/mm/transparent_hugepage"),
    ]
    return [r.resolve() if r.exists() else r for r in roots]


def outside(paths, roots) -> list[str]:
    """The entries of ``paths`` that are not inside any of ``roots`` (relative paths are taken from cwd)."""
    out = []
    for p in paths:
        if p in ("", ".") or p.startswith(("file::memory:", ":memory:")):
            continue
        if p.startswith("file:"):
            p = p[5:].split("?", 1)[0]
        q = Path(p)
        try:
            q = q.resolve() if q.is_absolute() or q.exists() else (Path.cwd() / q).resolve()
        except (OSError, RuntimeError):
            q = Path(os.path.abspath(p))
        if not any(q == r or r in q.parents for r in roots):
            out.append(p)
    return sorted(set(out))


def strace_available() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-qq", "-e", "trace=openat", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


def run_traced(argv: list[str], cwd: Path, timeout: float = 60.0, env: dict | None = None):
    """Run ``argv`` under strace; returns (CompletedProcess, every path it tried to open, found or not)."""
    log = Path(tempfile.mkstemp(prefix="gzmap-strace-", suffix=".log")[1])
    try:
        proc = subprocess.run(
            ["strace", "-f", "-qq", "-o", str(log), "-e", "trace=open,openat,openat2", *argv],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
        paths = []
        for line in log.read_text(errors="replace").splitlines():
            first = line.find('"')
            if first < 0:
                continue
            end = line.find('"', first + 1)
            raw = line[first + 1 : end]  # strace writes non-ASCII bytes as octal escapes
            paths.append(os.fsdecode(codecs.escape_decode(raw.encode())[0]) if "\\" in raw else raw)
        return proc, paths
    finally:
        log.unlink(missing_ok=True)
