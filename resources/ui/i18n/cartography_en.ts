<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PointRules</name>
    <message>
        <location filename="../../../gzmap/core/point_rules.py" line="186" />
        <source>Points per {side} mm square</source>
        <extracomment>Up to this many points in view: one outlined vector symbol each. Up to this many: small raster discs; beyond, bins. ...unless the discs would cover more than this share of the view (then bins too). ...or the occupied bins would hold this many points on average (then bins too). Side of a square bin, points (2.8 mm on paper, 10.7 px on a 96-dpi screen). Upper counts of a bin's colour steps: 1, 2–4, 5–19, 20–99, 100 or more points. Colour of each step, fewest points first (ColorBrewer YlGnBu without its palest, legible on the pale district fills). Opacity of a bin (times the layer's): boundaries under the bins still show. At this scale (1:50,000) and larger, symbols have their style's size. How fast symbols shrink with the scale beyond :data:`FULL_SIZE_SCALE`. Smallest symbol diameter, points (0.7 mm on paper, 2.7 px on screen). One typographic point in metres.</extracomment>
        <translation>Points per {side} mm square</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/point_rules.py" line="187" />
        <source>Too many points to show one by one at this scale: counted in {side} mm squares.</source>
        <translation>Too many points to show one by one at this scale: counted in {side} mm squares.</translation>
    </message>
</context>
</TS>