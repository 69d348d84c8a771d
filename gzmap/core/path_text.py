"""Text without the machine's paths: absolute file paths reduced to their file name.

Shared by every export that prints text a planner hands over (the HTML page,
the print layout's sources and legend notes), so no export shows where a
file sat on the maker's disk (``/home/...``, ``C:\\Users\\...``, ``file:`` URLs,
an install folder such as ``.../share/gzmap/resources/...``).
"""

from __future__ import annotations

import ntpath
import posixpath
import re

__all__ = ["strip_paths"]

# Absolute paths: POSIX (/home/..., /Users/..., /tmp/...), Windows (C:\..., \\server\share) and file: URLs.
_PATH_RE = re.compile(
    r"""(?:/?(?:(?<![\w])[A-Za-z]:[\\/]|(?<![\w\\])\\\\[^\\/\s]+[\\/]|(?<![\w.:/~-])/(?=[^\s/])))[^\s"'<>|;,)]*""",
)


def strip_paths(text: str) -> str:
    """Replace absolute file paths in ``text`` by their file name (no folder, no drive)."""

    def repl(m: re.Match) -> str:
        p = m.group(0)
        name = ntpath.basename(p) if ("\\" in p or re.match(r"[A-Za-z]:", p)) else posixpath.basename(p.rstrip("/"))
        return name

    text = re.sub(r"\bfile:/*(?=[A-Za-z]:|[^\s/])", "/", str(text), flags=re.IGNORECASE)
    # only strings that look like paths (at least two components) are touched
    return _PATH_RE.sub(
        lambda m: repl(m) if re.search(r"[\\/].*[\\/]|^[A-Za-z]:|^file:", m.group(0)) else m.group(0), text
    )
