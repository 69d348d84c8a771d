<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="39" />
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="40" />
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="41" />
        <source>PNG (image)</source>
        <translation>PNG（图像）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="45" />
        <source>Letter</source>
        <extracomment>Paper sizes with a name in words (the ISO ones, A4, B5…, are codes in every language).</extracomment>
        <translation>美式信纸</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="46" />
        <source>Legal</source>
        <translation>美式法律文书纸</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="47" />
        <source>Tabloid</source>
        <translation>美式小报纸</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="59" />
        <location filename="../../../gzmap/ui/report_dialog.py" line="222" />
        <source>Export report map</source>
        <translation>导出报告地图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="85" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="86" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="88" />
        <source>Current map view</source>
        <translation>当前地图视图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="89" />
        <source>All visible layers</source>
        <translation>全部可见图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="98" />
        <source>Locator inset</source>
        <translation>位置图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="100" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="104" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="105" />
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="106" />
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="107" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="108" />
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="109" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="110" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="129" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="216" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="217" />
        <source>SVG files (*.svg)</source>
        <translation>SVG 文件 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="218" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="242" />
        <source>Exporting report map</source>
        <translation>正在导出报告地图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/report.py" line="28" />
        <source>Report map (PDF/SVG/PNG)…</source>
        <translation>报告地图（PDF/SVG/PNG）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/report.py" line="29" />
        <source>Lay out a print-quality map with title, legend, scale bar and sources</source>
        <translation>制作含标题、图例、比例尺和资料来源的印刷级地图</translation>
    </message>
</context>
</TS>