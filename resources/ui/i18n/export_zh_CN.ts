<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HtmlExport</name>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="21" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="22" />
        <source>Data sources and notes</source>
        <translation>数据来源与说明</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="23" />
        <source>Synthetic data (sample, not real enterprises)</source>
        <translation>合成数据（示例，非真实企业）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="24" />
        <source>includes synthetic sample data</source>
        <translation>含合成示例数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="25" />
        <source>No online basemap (offline vector geography)</source>
        <translation>无在线底图（离线矢量地理）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="26" />
        <source>OpenStreetMap (WGS84)</source>
        <translation>OpenStreetMap（WGS84）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="27" />
        <source>Amap (GCJ-02; overlays shifted to match)</source>
        <translation>高德地图（GCJ-02，矢量图层随之偏移）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="28" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="29" />
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="30" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="31" />
        <source>{n} more point(s) here</source>
        <translation>此处另有 {n} 个点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="32" />
        <source>This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari.</source>
        <translation>此浏览器无法解压点数据，请使用较新的 Chrome、Edge、Firefox 或 Safari。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="35" />
        <source>Layer failed to load:</source>
        <translation>图层加载失败：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="36" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="37" />
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="38" />
        <source>Attribution</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="39" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="40" />
        <source>GZMap built-in data</source>
        <translation>GZMap 内置数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="41" />
        <source>Exported by GZMap</source>
        <translation>GZMap 导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="42" />
        <source>GZMap map</source>
        <translation>GZMap 地图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="43" />
        <source>features</source>
        <translation>个要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="44" />
        <source>points</source>
        <translation>个点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="45" />
        <source>cells</source>
        <translation>个栅格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="46" />
        <source>Map engine Leaflet {v} (BSD-2)</source>
        <translation>地图引擎 Leaflet {v}（BSD-2）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="47" />
        <source>Sub-sector</source>
        <translation>细分行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="48" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="49" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="50" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="51" />
        <source>Show or hide the list of layers</source>
        <translation>显示或隐藏图层列表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="55" />
        <source>Layer '{layer}' has no features; exported as an empty layer.</source>
        <translation>图层“{layer}”没有要素，已导出为空图层。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="56" />
        <source>Layer '{layer}': {n} feature(s) without geometry were not drawn.</source>
        <translation>图层“{layer}”：{n} 个要素没有几何，未绘制。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="57" />
        <source>Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn.</source>
        <translation>图层“{layer}”：{n} 个点坐标无效（非数值或超出经纬度范围），未绘制。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="61" />
        <source>Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid.</source>
        <translation>图层“{layer}”：{n} 个无效多边形（如自相交）已用 make_valid 修复后导出。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="64" />
        <source>Layer '{layer}': {n} geometry collection(s) drawn as their parts.</source>
        <translation>图层“{layer}”：{n} 个几何集合按其组成部分绘制。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="65" />
        <source>Layer '{layer}': {n} multipoint feature(s) split into {m} points.</source>
        <translation>图层“{layer}”：{n} 个多点要素拆分为 {m} 个点。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="66" />
        <source>Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated.</source>
        <translation>图层“{layer}”字段“{column}”：{n} 个值超过 {max} 个字符，已截断。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="69" />
        <source>Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+).</source>
        <translation>图层“{layer}”：{n} 个点以压缩形式嵌入，需要 2023 年以后的浏览器（Chrome 80+、Firefox 113+、Safari 16.4+）。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="73" />
        <source>Raster layer '{layer}' could not be exported: {error}</source>
        <translation>栅格图层“{layer}”无法导出：{error}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="74" />
        <source>Layer '{layer}' could not be exported: {error}</source>
        <translation>图层“{layer}”无法导出：{error}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="75" />
        <source>Layer '{layer}' is of a kind the HTML export does not support; skipped.</source>
        <translation>图层“{layer}”的类型不支持 HTML 导出，已跳过。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="78" />
        <source>An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows.</source>
        <translation>已包含在线底图（{name}）：打开时会向瓦片服务器发起请求；离线时仅显示矢量地理。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="82" />
        <source>The project has no visible layers.</source>
        <translation>项目没有可见图层。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="83" />
        <source>{n} more layer(s) could not be exported</source>
        <translation>另有 {n} 个图层无法导出</translation>
    </message>
</context>
</TS>