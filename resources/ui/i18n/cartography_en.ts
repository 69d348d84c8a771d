<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Legend</name>
    <message>
        <location filename="../../../gzmap/core/style.py" line="477" />
        <source> (not drawn)</source>
        <extracomment>ColorBrewer ramps offered in the UI; the first is the colour-blind-safe default. Qualitative palette for categories (ColorBrewer Set1/Dark2-like, 10+ colours). Marker shapes the renderers draw. Classification schemes (mapclassify names) a graduated style may name. Upper bounds for sizes in points (a marker or line wider than a sheet of A4 is no style). Longest text a style holds (titles, units, sources, field names), characters. Graduated symbols: marker diameters (points) of the first and last class, interpolated between; None keeps ``symbol.size`` for every class. Proportional symbols: :meth:`sizes` makes marker *area* proportional to the value (diameter ``size_max`` at the largest value, at least ``size_min``). Rasters: cells at or below this value are not drawn (a heat surface's lowest class, :func:`gzmap.analysis.layers.kde_style`); None draws every class.</extracomment>
        <translation> (not drawn)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style.py" line="478" />
        <source>One value only: {value}</source>
        <translation>One value only: {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style.py" line="479" />
        <source>No data: no value to classify</source>
        <translation>No data: no value to classify</translation>
    </message>
</context>
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
<context>
    <name>StyleCheck</name>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="24" />
        <source>layer '{layer}': the style's field '{field}' is not in the table</source>
        <translation>layer '{layer}': the style's field '{field}' is not in the table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="25" />
        <source>layer '{layer}': the style's field '{field}' has no value</source>
        <translation>layer '{layer}': the style's field '{field}' has no value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="26" />
        <source>layer '{layer}': the style's field '{field}' holds {kind}, not {wanted}</source>
        <translation>layer '{layer}': the style's field '{field}' holds {kind}, not {wanted}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="27" />
        <source>; drawn with a plain symbol</source>
        <translation>; drawn with a plain symbol</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="28" />
        <source>layer '{layer}': the label field '{field}' is not in the table</source>
        <translation>layer '{layer}': the label field '{field}' is not in the table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="29" />
        <source>layer '{layer}': the label field '{field}' has no value</source>
        <translation>layer '{layer}': the label field '{field}' has no value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="30" />
        <source>layer '{layer}': the label field '{field}' holds {kind}, not text</source>
        <translation>layer '{layer}': the label field '{field}' holds {kind}, not text</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="31" />
        <source>; drawn without labels</source>
        <translation>; drawn without labels</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="32" />
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="33" />
        <source>text or numbers</source>
        <translation>text or numbers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="34" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/style_check.py" line="35" />
        <source>lists, bytes or shapes</source>
        <translation>lists, bytes or shapes</translation>
    </message>
</context>
</TS>