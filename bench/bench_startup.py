"""Time from process start to the first painted map frame, with the built-in data.

Runs the real app start-up (`gzmap.ui.app.create_window`) in a fresh
interpreter on the offscreen platform, N times, and prints the median of the
wall time measured by this parent process from spawn until the child reports
its first frame painted. Target (issue 2): under 1.5 s on the 2-core machine.

    python bench/bench_startup.py [--runs 5] [--lang zh_CN]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

CHILD = r"""
import sys
from gzmap.ui.app import create_app, create_window
app = create_app()
w = create_window(sys.argv[1])
def first_frame(ms):
    print(f"FRAME {ms:.1f} {len(w.project.layers)}", flush=True)
    app.quit()
w.canvas.frame_rendered.connect(first_frame)
w.show()
app.exec()
"""


def one_run(lang: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, lang], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    line = ""
    for line in proc.stdout:
        if line.startswith("FRAME"):
            break
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=60)
    return elapsed, line.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--lang", default="zh_CN")
    args = ap.parse_args()
    one_run(args.lang)  # warm the OS file cache once, as a second launch would be
    times = []
    for _ in range(args.runs):
        t, line = one_run(args.lang)
        times.append(t)
    parts = line.split()
    print(
        f"start-up to first painted frame: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs); "
        f"first frame render {parts[1]} ms with {parts[2]} layers; target < 1.5 s"
    )


if __name__ == "__main__":
    main()
