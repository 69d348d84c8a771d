<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportHtml</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="22" />
        <source>None: offline vector geography only (no network)</source>
        <translation>无：仅离线矢量地理（不联网）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="23" />
        <source>OpenStreetMap tiles (online, WGS84)</source>
        <translation>OpenStreetMap 瓦片（在线，WGS84）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="24" />
        <source>Amap tiles (online, GCJ-02; overlays shifted to match)</source>
        <translation>高德地图瓦片（在线，GCJ-02；图层随之偏移对齐）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="34" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="71" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="119" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="123" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="127" />
        <source>Export interactive HTML map</source>
        <translation>导出交互式 HTML 地图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="39" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="45" />
        <source>Map title</source>
        <translation>地图标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="54" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="55" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="56" />
        <source>Basemap:</source>
        <translation>底图：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="57" />
        <source>Map language:</source>
        <translation>地图语言：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="58" />
        <source>The file holds everything it needs and opens without a network. Online basemaps load tiles only when shown.</source>
        <translation>文件自带所需的一切，无需联网即可打开。在线底图只在显示时加载瓦片。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="61" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="72" />
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="90" />
        <source>Interactive HTML map exported</source>
        <translation>交互式 HTML 地图已导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="93" />
        <source>Wrote {path}
{size:.1f} MB, {layers} layers, {points} points, {seconds:.1f} s</source>
        <translation>已写入 {path}
{size:.1f} MB，{layers} 个图层，{points} 个点，用时 {seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="104" />
        <source>Warnings ({n}):</source>
        <translation>警告（{n} 条）：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="108" />
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="119" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="123" />
        <source>{folder}: folder does not exist</source>
        <translation>{folder}：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="133" />
        <source>Export the other layers without it?</source>
        <translation>不导出该图层，继续导出其余图层？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="151" />
        <source>Exporting interactive HTML map</source>
        <translation>正在导出交互式 HTML 地图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="160" />
        <source>Interactive HTML map…</source>
        <translation>交互式 HTML 地图…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="161" />
        <source>Export the visible layers as one HTML file that works offline</source>
        <translation>将可见图层导出为一个可离线使用的 HTML 文件</translation>
    </message>
</context>
</TS>