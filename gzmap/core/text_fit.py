"""Text on paper, estimated without Qt: widths in millimetres and line breaking for CJK and Latin.

Widths are *estimated* (CJK characters one em, Latin about half, slightly
generous) so a pure layout can decide wrapping, shrinking or a clear refusal;
the Qt renderer measures exactly and only ever shrinks.
"""

from __future__ import annotations

import math

__all__ = ["MM_PER_PT", "text_width_mm", "wrap_many", "wrap_text"]

#: Millimetres per typographic point.
MM_PER_PT = 25.4 / 72.0


def _char_em(ch: str) -> float:
    o = ord(ch)
    if o >= 0x2E80 or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
        return 1.0
    if ch == " ":
        return 0.28
    if ch in "il.,:;'|!()[]":
        return 0.3
    if ch.isupper() or ch in "mwMW@%&":
        return 0.68
    return 0.56


def text_width_mm(text: str, pt: float) -> float:
    """Estimated width of ``text`` at ``pt`` points in a CJK sans serif (slightly generous)."""
    return sum(_char_em(c) for c in text) * pt * MM_PER_PT


_NO_LINE_START = set("，。、；：？！）》」』】〉,.;:?!)]}%°…—–-·")


def _break_points(text: str) -> list[int]:
    """Indices where a line may break: after spaces, around CJK characters, not before closing punctuation."""
    pts = []
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if b in _NO_LINE_START:
            continue
        if a == " " or b == " " or _char_em(a) == 1.0 or _char_em(b) == 1.0 or a in "/-–—、，,":
            pts.append(i)
    return pts


def wrap_text(text: str, pt: float, width_mm: float, max_lines: int = 2) -> list[str] | None:
    """Split ``text`` into at most ``max_lines`` balanced lines of at most ``width_mm``, or None.

    Lines break at spaces (Latin) or between CJK characters, never before
    closing punctuation. Returns None when it cannot fit.
    """
    text = " ".join(text.split())
    if text_width_mm(text, pt) <= width_mm:
        return [text]
    if max_lines < 2:
        return None
    total = text_width_mm(text, pt)
    best: list[str] | None = None
    best_score = math.inf
    for i in _break_points(text):
        first, rest = text[:i].rstrip(), text[i:].lstrip()
        if not first or not rest or text_width_mm(first, pt) > width_mm:
            continue
        tail = wrap_text(rest, pt, width_mm, max_lines - 1)
        if tail is None:
            continue
        score = abs(text_width_mm(first, pt) - total / (1 + len(tail)))
        if score < best_score:
            best, best_score = [first] + tail, score
    return best


def wrap_many(text: str, pt: float, width: float, max_lines: int) -> list[str]:
    """Greedy wrap to ``max_lines``; the last line is cut with an ellipsis if needed."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines:
        if text_width_mm(rest, pt) <= width:
            lines.append(rest)
            rest = ""
            break
        cut = 0
        for i in _break_points(rest):
            if text_width_mm(rest[:i].rstrip(), pt) <= width:
                cut = i
            else:
                break
        if cut == 0:  # one long word: hard cut
            cut = max(1, int(len(rest) * width / max(text_width_mm(rest, pt), 1e-9)))
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest and lines:
        last = lines[-1]
        while last and text_width_mm(last + "…", pt) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines
