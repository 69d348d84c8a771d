"""Smoke-test a built GZMap folder the way a planner's laptop would run it.

    python packaging/smoke_test.py [--dist packaging/dist/GZMap]

Every run of the built app gets a clean environment (the equivalent of
``env -i PATH=/usr/bin:/bin HOME=<fresh temp home> QT_QPA_PLATFORM=offscreen``):
no virtual environment, no PYTHONPATH, no proxy variables. As root on Linux
each run is also inside ``unshare --net`` (a network namespace with no
interfaces), so any attempt to fetch something fails; otherwise the script
says that the network was not isolated.

Checks (each prints PASS, FAIL or SKIP with what it saw):

- ``version``: ``gzmap --version`` prints the source tree's version;
- ``info``: ``gzmap info`` on the bundled Guangzhou districts reports 11 rows;
- ``html``: ``gzmap export-html`` writes a page with Leaflet inlined and no remote script/style/image;
- ``pdf``: ``gzmap export-map out.pdf`` writes a PDF (fonts embedded, when pdffonts is installed);
- ``analysis``: ``gzmap density`` (GeoTIFF by gzmap.io.geotiff, PROJ through pyproj),
  ``hotspots`` and ``clusters`` (SciPy) on the bundled sample enterprises, the libraries whose
  data files and compiled modules a frozen build most often misses;
- ``window``: the map window starts offscreen and paints a first frame
  (``GZMAP_SMOKE_EXIT_AFTER_FIRST_FRAME=1``), then exits;
- ``xcb``: the same on an X server (``Xvfb``, when installed) through Qt's xcb platform
  plugin, the one a Linux desktop uses;
- ``readonly``: from a read-only copy of the folder (a read-only bind mount as root,
  otherwise permissions removed) the app still runs, and its settings and user
  data go to the home folder / ``XDG_DATA_HOME``, never into the app folder.

A command the build does not have yet (an older checkout) is SKIPped with a note.
Exit status: 0 if nothing FAILed, 1 otherwise, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIST = HERE / "dist" / "GZMap"
CHECKS = ("version", "info", "html", "pdf", "analysis", "window", "xcb", "readonly")
CLEAN_PATH = "/usr/bin:/bin"
REMOTE_REF = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)


@dataclass
class Result:
    name: str
    status: str  # PASS, FAIL, SKIP
    detail: str
    seconds: float = 0.0


@dataclass
class Runner:
    """Runs the built executable in a clean environment (and without network where possible)."""

    exe: Path
    home: Path
    isolate_net: bool
    timeout: float = 300.0
    extra_env: dict = field(default_factory=dict)

    def env(self, **more) -> dict:
        env = {"PATH": CLEAN_PATH, "HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}
        env.update(self.extra_env)
        env.update({k: str(v) for k, v in more.items()})
        return env

    def command(self, args: list[str], ro_dir: Path | None = None) -> list[str]:
        cmd = [str(self.exe), *args]
        if ro_dir is None and not self.isolate_net:
            return cmd
        script = ""
        if ro_dir is not None:
            d = shlex_quote(str(ro_dir))
            script = (
                f"mount --bind {d} {d} && mount -o remount,bind,ro {d} || exit 91; "
                f"if touch {d}/.gzmap-write-probe 2>/dev/null; then echo 'folder is writable' >&2; exit 92; fi; "
            )
        flags = ["--mount"] if ro_dir is not None else []
        if self.isolate_net:
            flags.append("--net")
        return [shutil.which("unshare") or "unshare", *flags, "--", "/bin/sh", "-c", script + 'exec "$@"', "sh", *cmd]

    def run(self, args: list[str], ro_dir: Path | None = None, **env) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.command(args, ro_dir),
            env=self.env(**env),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=self.timeout,
            cwd=str(self.home),
        )


def shlex_quote(s: str) -> str:
    import shlex

    return shlex.quote(s)


def find_executable(dist: Path) -> Path | None:
    """The command-line executable inside a built folder (Linux, Windows or macOS layout)."""
    for rel in ("gzmap", "gzmap-cli.exe", "gzmap-cli", "Contents/MacOS/gzmap-cli", "GZMap.exe"):
        p = dist / rel
        if p.is_file():
            return p
    return None


def find_resource(dist: Path, *parts: str) -> Path | None:
    for base in (dist / "_internal", dist, dist / "Contents" / "Resources", dist / "Contents" / "Frameworks"):
        p = base.joinpath("resources", *parts)
        if p.is_file():
            return p
    return None


def source_version() -> str | None:
    text = HERE.parent / "gzmap" / "__init__.py"
    if not text.is_file():
        return None
    m = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text.read_text(encoding="utf-8"), re.M)
    return m.group(1) if m else None


def tail(text: str, n: int = 3) -> str:
    lines = [ln for ln in (text or "").strip().splitlines() if ln.strip()]
    return " | ".join(lines[-n:])


def parse_pdffonts(text: str) -> list[dict]:
    """Rows of ``pdffonts`` output as dicts (columns cut where the dashed rule under the header has gaps)."""
    lines = text.splitlines()
    if len(lines) < 2 or not lines[1].startswith("-"):
        return []
    spans = [m.span() for m in re.finditer(r"-+", lines[1])]
    keys = [lines[0][a:b].strip().split(" ")[0].lower() for a, b in spans]
    rows = []
    for ln in lines[2:]:
        if ln.strip():
            cells = [
                ln[a : (spans[i + 1][0] if i + 1 < len(spans) else None)].strip() for i, (a, b) in enumerate(spans)
            ]
            rows.append(dict(zip(keys, cells)))
    return rows


def has_command(r: Runner, name: str) -> bool:
    p = r.run([name, "--help"])
    return p.returncode == 0


def tree_digest(folder: Path) -> str:
    """Digest of names, sizes and mtimes of every file in a folder (to see whether anything changed)."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        h.update(f"{p.relative_to(folder)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


# -- the checks -----------------------------------------------------------------


def check_version(r: Runner, dist: Path, out: Path) -> Result:
    p = r.run(["--version"])
    want = source_version()
    got = p.stdout.strip() or p.stderr.strip()
    if p.returncode != 0:
        return Result("version", "FAIL", f"exit {p.returncode}: {tail(p.stderr)}")
    if want and got != f"gzmap {want}":
        return Result("version", "FAIL", f"printed {got!r}, source tree is {want}")
    return Result("version", "PASS", got)


def check_info(r: Runner, dist: Path, out: Path) -> Result:
    geo = find_resource(dist, "geo", "gz_districts.geojson")
    if geo is None:
        return Result("info", "FAIL", "resources/geo/gz_districts.geojson is not in the build")
    p = r.run(["info", str(geo)])
    m = re.search(r"^rows:\s+(\d+)", p.stdout, re.M)
    if p.returncode != 0 or not m:
        return Result("info", "FAIL", f"exit {p.returncode}: {tail(p.stdout + p.stderr)}")
    rows = int(m.group(1))
    if rows != 11:
        return Result("info", "FAIL", f"{rows} district rows, expected 11")
    crs = re.search(r"^crs:\s+(.*)$", p.stdout, re.M)
    return Result("info", "PASS", f"11 districts, {crs.group(1) if crs else ''}")


def check_html(r: Runner, dist: Path, out: Path) -> Result:
    if not has_command(r, "export-html"):
        return Result("html", "SKIP", "this build has no 'export-html' command yet")
    target = out / "map.html"
    p = r.run(["export-html", str(target)])
    if p.returncode != 0 or not target.is_file():
        return Result("html", "FAIL", f"exit {p.returncode}: {tail(p.stdout + p.stderr)}")
    html = target.read_text(encoding="utf-8", errors="replace")
    remote = REMOTE_REF.findall(html)
    if remote:
        return Result("html", "FAIL", f"{len(remote)} remote references, e.g. {remote[0]!r}")
    if "L.map(" not in html and "Leaflet" not in html:
        return Result("html", "FAIL", "no Leaflet code in the page")
    return Result("html", "PASS", f"{target.stat().st_size / 1024:.0f} KiB, Leaflet inlined, no remote references")


def check_pdf(r: Runner, dist: Path, out: Path) -> Result:
    if not has_command(r, "export-map"):
        return Result("pdf", "SKIP", "this build has no 'export-map' command yet")
    target = out / "map.pdf"
    p = r.run(["export-map", str(target), "--title", "广州市数字文化产业 smoke test"])
    if p.returncode != 0 or not target.is_file():
        return Result("pdf", "FAIL", f"exit {p.returncode}: {tail(p.stdout + p.stderr)}")
    data = target.read_bytes()
    if not data.startswith(b"%PDF"):
        return Result("pdf", "FAIL", "output is not a PDF")
    detail = f"{len(data) / 1024:.0f} KiB"
    if shutil.which("pdffonts"):
        fonts = parse_pdffonts(subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout)
        if not fonts:
            return Result("pdf", "FAIL", "the PDF has no fonts (text missing?)")
        not_embedded = [f["name"] for f in fonts if f["emb"] != "yes"]
        if not_embedded:
            return Result("pdf", "FAIL", f"fonts not embedded: {not_embedded}")
        detail += f", {len(fonts)} embedded fonts ({', '.join(sorted({f['name'].split('+')[-1] for f in fonts}))})"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        if "广州" not in text:
            return Result("pdf", "FAIL", "the title's Chinese text is not in the PDF")
        detail += ", Chinese title extractable"
    return Result("pdf", "PASS", detail)


def check_analysis(r: Runner, dist: Path, out: Path) -> Result:
    sample = find_resource(dist, "geo", "sample_enterprises.csv")
    if sample is None:
        return Result("analysis", "SKIP", "no sample enterprises in this build")
    runs = [
        ("density", "density.tif", [], (b"II*\0", b"MM\0*")),
        ("hotspots", "hotspots.gpkg", ["--permutations", "99"], (b"SQLite format 3",)),
        ("clusters", "clusters.gpkg", [], (b"SQLite format 3",)),
    ]
    done, missing = [], []
    for cmd, name, extra, magic in runs:
        if not has_command(r, cmd):
            missing.append(cmd)
            continue
        target = out / name
        p = r.run([cmd, str(sample), "-o", str(target), "--from", "gcj02", *extra])
        if p.returncode == 2 and "unrecognized arguments: --from" in p.stderr:
            p = r.run([cmd, str(sample), "-o", str(target), *extra])
        if p.returncode != 0 or not target.is_file():
            return Result("analysis", "FAIL", f"{cmd}: exit {p.returncode}: {tail(p.stdout + p.stderr)}")
        if not target.read_bytes()[:16].startswith(magic):
            return Result("analysis", "FAIL", f"{cmd}: {name} is not the expected file type")
        done.append(f"{cmd} ({tail(p.stdout, 1)[:70]})")
    if not done:
        return Result("analysis", "SKIP", f"this build has none of the commands {', '.join(missing)} yet")
    note = f"; not in this build: {', '.join(missing)}" if missing else ""
    return Result("analysis", "PASS", "; ".join(done) + note)


def _window(r: Runner, ro_dir: Path | None = None, **env) -> tuple[subprocess.CompletedProcess, str | None]:
    p = r.run([], ro_dir=ro_dir, GZMAP_SMOKE_EXIT_AFTER_FIRST_FRAME=1, **env)
    m = re.search(r"first frame .*", p.stdout)
    return p, (m.group(0) if m else None)


def check_window(r: Runner, dist: Path, out: Path) -> Result:
    p, line = _window(r)
    if p.returncode != 0 or not line:
        return Result("window", "FAIL", f"exit {p.returncode}: {tail(p.stdout + p.stderr)}")
    return Result("window", "PASS", line)


def check_xcb(r: Runner, dist: Path, out: Path) -> Result:
    xvfb = shutil.which("Xvfb")
    if xvfb is None or not sys.platform.startswith("linux"):
        return Result("xcb", "SKIP", "Xvfb not installed; the xcb platform plugin was not started")
    display = next(
        (
            n
            for n in range(99, 140)
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
        ),
        None,
    )
    if display is None:
        return Result("xcb", "SKIP", "no free X display number")
    server = subprocess.Popen(
        [xvfb, f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        sock = Path(f"/tmp/.X11-unix/X{display}")
        for _ in range(100):
            if sock.exists() or server.poll() is not None:
                break
            time.sleep(0.1)
        if not sock.exists():
            return Result("xcb", "SKIP", f"Xvfb did not start on :{display}")
        p, line = _window(r, QT_QPA_PLATFORM="xcb", DISPLAY=f":{display}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    if p.returncode != 0 or not line:
        return Result("xcb", "FAIL", f"exit {p.returncode}: {tail(p.stdout + p.stderr)}")
    return Result("xcb", "PASS", f"Xvfb :{display}: {line}")


def check_readonly(r: Runner, dist: Path, out: Path) -> Result:
    root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
    copy = out / "ro" / dist.name
    shutil.copytree(dist, copy, symlinks=True)
    home = out / "ro-home"
    xdg = out / "ro-xdg"
    home.mkdir()
    exe = copy / r.exe.relative_to(dist)
    rr = Runner(exe, home, r.isolate_net, r.timeout)
    before = tree_digest(copy)
    if root and shutil.which("unshare"):
        ro_dir, how = copy, "read-only bind mount"
    else:
        for p in sorted(copy.rglob("*"), reverse=True) + [copy]:
            if not p.is_symlink():
                p.chmod(p.stat().st_mode & ~0o222)
        ro_dir, how = None, "write permission removed"
    try:
        p, line = _window(rr, ro_dir=ro_dir, XDG_DATA_HOME=xdg)
        info_geo = find_resource(copy, "geo", "gz_districts.geojson")
        q = rr.run(["info", str(info_geo)], ro_dir=ro_dir, XDG_DATA_HOME=xdg)
    finally:
        if ro_dir is None:
            for p_ in [copy, *copy.rglob("*")]:
                if not p_.is_symlink():
                    p_.chmod(p_.stat().st_mode | 0o200)
    if p.returncode in (91, 92):
        return Result("readonly", "FAIL", f"could not make the copy read-only: {tail(p.stderr)}")
    if p.returncode != 0 or not line:
        return Result("readonly", "FAIL", f"window from {how}: exit {p.returncode}: {tail(p.stdout + p.stderr)}")
    if q.returncode != 0 or not re.search(r"^rows:\s+11$", q.stdout, re.M):
        return Result("readonly", "FAIL", f"info from {how}: exit {q.returncode}: {tail(q.stdout + q.stderr)}")
    if tree_digest(copy) != before:
        return Result("readonly", "FAIL", "files in the app folder changed")
    settings = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() and "GZMap" in str(p))
    user_dir = xdg / "gzmap"
    if not settings:
        return Result("readonly", "FAIL", f"no settings written under the home folder ({home})")
    if not user_dir.is_dir():
        return Result("readonly", "FAIL", f"the user data folder {user_dir} was not created (XDG_DATA_HOME ignored?)")
    return Result(
        "readonly",
        "PASS",
        f"{how}: window and info ran; settings in ~/{', ~/'.join(settings)}; "
        f"user data dir $XDG_DATA_HOME/gzmap created; app folder unchanged",
    )


CHECK_FUNCS = {
    "version": check_version,
    "info": check_info,
    "html": check_html,
    "pdf": check_pdf,
    "analysis": check_analysis,
    "window": check_window,
    "xcb": check_xcb,
    "readonly": check_readonly,
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="smoke_test.py", description="Smoke-test a built GZMap folder in a clean environment without network."
    )
    ap.add_argument("--dist", type=Path, default=DEFAULT_DIST, help=f"the built folder [{DEFAULT_DIST}]")
    ap.add_argument("--checks", default=",".join(CHECKS), help=f"comma-separated checks to run [{','.join(CHECKS)}]")
    ap.add_argument("--no-netns", action="store_true", help="do not run inside 'unshare --net' even as root")
    ap.add_argument("--keep", action="store_true", help="keep the temporary home folder and outputs")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per run of the app [300]")
    args = ap.parse_args(argv)
    names = [c.strip() for c in args.checks.split(",") if c.strip()]
    unknown = [c for c in names if c not in CHECKS]
    if unknown or not names:
        ap.error(f"unknown check(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(CHECKS)}")
    args.checks = names
    return args


def can_isolate_network() -> tuple[bool, str]:
    if not sys.platform.startswith("linux"):
        return False, "network NOT isolated (no 'unshare' on this platform): disconnect the machine to test offline"
    if shutil.which("unshare") is None:
        return False, "network NOT isolated: 'unshare' not found"
    if os.geteuid() != 0:
        return False, "network NOT isolated: 'unshare --net' needs root; run as root or unplug the network"
    probe = subprocess.run(["unshare", "--net", "--", "/bin/true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return False, f"network NOT isolated: unshare --net failed ({tail(probe.stderr, 1)})"
    return True, "network isolated: every run is inside 'unshare --net' (no interfaces)"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    dist = args.dist.resolve()
    exe = find_executable(dist) if dist.is_dir() else None
    if exe is None:
        print(f"smoke_test: no built app in {dist}; build it first with: python packaging/build.py", file=sys.stderr)
        return 2
    isolate, note = can_isolate_network()
    if args.no_netns:
        isolate, note = False, "network NOT isolated (--no-netns)"
    tmp = Path(tempfile.mkdtemp(prefix="gzmap-smoke-"))
    home = tmp / "home"
    out = tmp / "out"
    home.mkdir()
    out.mkdir()
    r = Runner(exe, home, isolate, args.timeout)
    print(f"smoke_test: {exe}")
    print(f"smoke_test: clean environment PATH={CLEAN_PATH} HOME={home} QT_QPA_PLATFORM=offscreen; {note}", flush=True)
    results = []
    try:
        for name in args.checks:
            t0 = time.perf_counter()
            try:
                res = CHECK_FUNCS[name](r, dist, out)
            except subprocess.TimeoutExpired:
                res = Result(name, "FAIL", f"no answer within {args.timeout:.0f} s")
            res.seconds = time.perf_counter() - t0
            results.append(res)
            print(f"  {res.status:4s}  {res.name:8s} {res.seconds:6.1f} s  {res.detail}", flush=True)
    finally:
        if args.keep:
            print(f"smoke_test: outputs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    failed = [r_.name for r_ in results if r_.status == "FAIL"]
    skipped = [r_.name for r_ in results if r_.status == "SKIP"]
    summary = f"{len(results) - len(failed) - len(skipped)} passed, {len(failed)} failed, {len(skipped)} skipped"
    print(f"smoke_test: {summary}" + (f" (failed: {', '.join(failed)})" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
