"""Helpers for the analysis benchmarks: run QGIS's qgis_process in a clean environment and time commands."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

QGIS = "/usr/bin/qgis_process.bin"
ROOT = Path(__file__).resolve().parents[1]


def qgis_available() -> bool:
    return Path(QGIS).exists()


def run_qgis(alg: str, **params) -> float:
    """Run a QGIS processing algorithm; returns wall seconds (process start to exit)."""
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"), "QT_QPA_PLATFORM": "offscreen"}
    args = [QGIS, "run", alg, "--"] + [f"{k}={v}" for k, v in params.items()]
    t = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"qgis_process {alg} failed: {out.stderr.strip()[-500:]}")
    return dt


def run_gzmap(*argv: str) -> float:
    """Run ``python -m gzmap ARGV`` as a user would; returns wall seconds."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "gzmap", *argv], capture_output=True, text=True, cwd=ROOT)
    dt = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"gzmap {' '.join(argv)} failed: {out.stderr.strip()}")
    return dt


def best_of(n: int, fn, *args, **kw) -> float:
    return min(fn(*args, **kw) for _ in range(n))
