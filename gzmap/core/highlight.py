"""The colours of selection and search highlights, apart from every palette a map uses.

The sub-sector palette (``resources/geo/subsectors.json``), the qualitative and
ColorBrewer ramps of :mod:`gzmap.core.style` and the analysis colours (hot
spots, LISA) between them take red, orange, yellow, purple, blue, teal, green,
cyan (VR/AR), brown, magenta and greys, so a highlight in any of those hues
reads as one more class. Neon green ``#39ff14`` is the colour farthest from all
of them (CIELAB ΔE about 50 to the nearest; ``tests/ui/test_highlight.py`` checks
it stays above 40), and it is drawn on a dark halo so it stands out on pale
fills too.
"""

from __future__ import annotations

__all__ = [
    "HALO_COLOR",
    "HALO_WIDTH_PT",
    "HIGHLIGHT_COLOR",
    "HIGHLIGHT_FILL_OPACITY",
    "HIGHLIGHT_WIDTH_PT",
    "NEAR_FILL_OPACITY",
]

#: Outline of selected features and of the "what is near here" circle.
HIGHLIGHT_COLOR = "#39ff14"
#: Dark line under the highlight outline (contrast on pale fills).
HALO_COLOR = "#1a1a1a"
#: Widths of the highlight line and of its halo, points.
HIGHLIGHT_WIDTH_PT = 1.6
HALO_WIDTH_PT = 3.0
#: Opacity (0–1) of the highlight tint over a selected polygon: what it covers stays readable.
HIGHLIGHT_FILL_OPACITY = 0.25
#: Opacity (0–1) of the "what is near here" circle's fill: the enterprises it counts show through.
NEAR_FILL_OPACITY = 0.1
