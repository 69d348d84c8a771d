<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Legend</name>
    <message>
        <location filename="../../../gzmap/core/style.py" line="523" />
        <source> (not drawn)</source>
        <extracomment>ColorBrewer ramps offered in the UI; the first is the colour-blind-safe default. Qualitative palette for categories (ColorBrewer Set1/Dark2-like, 10+ colours). Marker shapes the renderers draw. Classification schemes (mapclassify names) a graduated style may name. Upper bounds for sizes in points (a marker or line wider than a sheet of A4 is no style). Longest text a style holds (titles, units, sources, field names), characters. Size by field: marker *area* proportional to this numeric field's absolute value, the largest value drawn ``size_largest`` points across (at least :data:`SIZE_SMALLEST` points); None keeps the class symbols' sizes. Graduated symbols: marker diameters (points) of the first and last class, interpolated between; None keeps ``symbol.size`` for every class. Proportional symbols: :meth:`sizes` makes marker *area* proportional to the value (diameter ``size_max`` at the largest value, at least ``size_min``). Rasters: cells at or below this value are not drawn (a heat surface's lowest class, :func:`gzmap.analysis.layers.kde_style`); None draws every class. Fisher–Jenks breaks fitted on a fixed-seed sample of this many values (:mod:`gzmap.core.jenks`); None when every value was used. Smallest marker of a size-by-field style, points.</extracomment>
        <translation> (not drawn)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style.py" line="524" />
        <source>One value only: {value}</source>
        <translation>One value only: {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style.py" line="525" />
        <source>No data: no value to classify</source>
        <translation>No data: no value to classify</translation>
    </message>
</context>
<context>
    <name>PointRules</name>
    <message>
        <location filename="../../../gzmap/core/point_rules.py" line="202" />
        <source>Count per cell ({size} × {size})</source>
        <extracomment>Up to this many points in view: one outlined vector symbol each. Up to this many: small raster discs; beyond, bins. ...unless the discs would cover more than this share of the view (then bins too). ...or the occupied bins would hold this many points on average (then bins too). Side of a square bin, points (2.8 mm on paper, 10.7 px on a 96-dpi screen). Upper counts of a bin's colour steps: 1, 2–4, 5–19, 20–99, 100 or more points. Colour of each step, fewest points first (ColorBrewer YlGnBu without its palest, legible on the pale district fills). Opacity of a bin (times the layer's): boundaries under the bins still show. At this scale (1:50,000) and larger, symbols have their style's size. How fast symbols shrink with the scale beyond :data:`FULL_SIZE_SCALE`. Smallest symbol diameter, points (0.7 mm on paper, 2.7 px on screen). One typographic point in metres.</extracomment>
        <translation>Count per cell ({size} × {size})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/point_rules.py" line="203" />
        <source>Too many points to tell apart at this scale: zoom in to see each one.</source>
        <translation>Too many points to tell apart at this scale: zoom in to see each one.</translation>
    </message>
</context>
<context>
    <name>StyleCheck</name>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="33" />
        <source>; drawn with a plain symbol</source>
        <translation>; drawn with a plain symbol</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="27" />
        <source>layer '{layer}': {what} '{field}' is not in the table</source>
        <extracomment>What is wrong with a field ({what}: the style's field or the label field).</extracomment>
        <translation>layer '{layer}': {what} '{field}' is not in the table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="28" />
        <source>layer '{layer}': {what} '{field}' has no value</source>
        <translation>layer '{layer}': {what} '{field}' has no value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="29" />
        <source>layer '{layer}': {what} '{field}' holds {kind}, not {wanted}</source>
        <translation>layer '{layer}': {what} '{field}' holds {kind}, not {wanted}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="32" />
        <source>the style's field</source>
        <extracomment>Which field ({what}) and what is drawn instead.</extracomment>
        <translation>the style's field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="36" />
        <source>the label field</source>
        <translation>the label field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="37" />
        <source>; drawn without labels</source>
        <translation>; drawn without labels</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="39" />
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="40" />
        <source>text or numbers</source>
        <translation>text or numbers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="41" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="42" />
        <source>lists, bytes or shapes</source>
        <translation>lists, bytes or shapes</translation>
    </message>
</context>
</TS>