<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="48" />
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="49" />
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="50" />
        <source>PNG (image)</source>
        <translation>PNG（图像）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="54" />
        <source>Letter</source>
        <extracomment>Paper sizes with a name in words (the ISO ones, A4, B5…, are codes in every language).</extracomment>
        <translation>美式信纸</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="55" />
        <source>Legal</source>
        <translation>美式法律文书纸</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="56" />
        <source>Tabloid</source>
        <translation>美式小报纸</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="68" />
        <location filename="../../../gzmap/ui/report_dialog.py" line="262" />
        <source>Export report map</source>
        <translation>导出报告地图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="100" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="101" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="103" />
        <location filename="../../../gzmap/ui/report_items.py" line="52" />
        <source>Current map view</source>
        <translation>当前地图视图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="104" />
        <source>All visible layers</source>
        <translation>全部可见图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="113" />
        <source>Locator inset</source>
        <translation>位置图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="115" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="117" />
        <source>Photos of the features on the page</source>
        <translation>页面上要素的照片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="119" />
        <source>A strip of surveyors' photos under the map, with the features' names</source>
        <translation>在地图下方排列调查员拍摄的照片，并注明要素名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="125" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="126" />
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="127" />
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="128" />
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="129" />
        <source>Extent</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="131" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="132" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="156" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="256" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="257" />
        <source>SVG files (*.svg)</source>
        <translation>SVG 文件 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="258" />
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="282" />
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
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="48" />
        <source>Automatic (smallest that holds the map)</source>
        <translation>自动（能容纳地图的最小范围）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="49" />
        <source>Greater Bay Area</source>
        <translation>粤港澳大湾区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="50" />
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="51" />
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="84" />
        <source>Text box</source>
        <translation>文本框</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="91" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="92" />
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="107" />
        <location filename="../../../gzmap/ui/report_items.py" line="280" />
        <source>Locator extent</source>
        <translation>位置图范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="111" />
        <source>Saved layouts</source>
        <translation>已存布局</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="116" />
        <source>Save layout as…</source>
        <translation>布局另存为…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="117" />
        <source>Delete layout</source>
        <translation>删除布局</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="118" />
        <source>Add text box…</source>
        <translation>添加文本框…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="119" />
        <source>Add logo…</source>
        <translation>添加标志图片…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="120" />
        <source>Remove item</source>
        <translation>删除所选元素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="121" />
        <location filename="../../../gzmap/ui/report_items.py" line="286" />
        <source>Reset positions</source>
        <translation>恢复默认位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="122" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="123" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="124" />
        <source>Full-size preview…</source>
        <translation>原尺寸预览…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="197" />
        <source>(choose a saved layout)</source>
        <translation>（选择已存布局）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="209" />
        <source>Use layout {name}</source>
        <translation>使用布局“{name}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="213" />
        <source>Save layout as</source>
        <translation>布局另存为</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="213" />
        <source>Name of the layout</source>
        <translation>布局名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="266" />
        <source>Resize {item}</source>
        <translation>调整{item}大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="266" />
        <source>Move {item}</source>
        <translation>移动{item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="299" />
        <source>Remove {item}</source>
        <translation>删除{item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="317" />
        <source>Full-size preview</source>
        <translation>原尺寸预览</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="336" />
        <location filename="../../../gzmap/ui/report_items.py" line="374" />
        <source>Add {item}</source>
        <translation>添加{item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="344" />
        <source>Edit {item}</source>
        <translation>编辑{item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="350" />
        <source>Add logo</source>
        <translation>添加标志图片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="350" />
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="364" />
        <source>Cannot add the logo</source>
        <translation>无法添加标志图片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="66" />
        <source>{file} is not a file</source>
        <extracomment>Largest logo file read (bytes), largest image (pixels a side, pixels in all), side kept in the project.</extracomment>
        <translation>{file} 不是文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="68" />
        <source>{file} is larger than 20 MB: choose a smaller image</source>
        <translation>{file} 大于 20 MB：请选择较小的图像</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="72" />
        <source>{file} is not an image (PNG, JPEG, BMP, GIF or WebP)</source>
        <translation>{file} 不是图像（PNG、JPEG、BMP、GIF 或 WebP）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="79" />
        <source>{file} is {w} x {h} pixels, too large for a logo (at most 10,000 a side)</source>
        <translation>{file} 为 {w} × {h} 像素，作为标志图片过大（每边最多 10,000 像素）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="85" />
        <source>{file} could not be read as an image</source>
        <translation>{file} 无法作为图像读取</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="56" />
        <location filename="../../../gzmap/io/print_layouts.py" line="62" />
        <source>title</source>
        <extracomment>Page items the user may move and resize (names of :meth:`PagePlan.items`). Extents the locator inset may show: the smallest that holds the map (auto), a named context, or the map view the user had when choosing (``view``, kept in :attr:`PageEdits.inset_view`, WGS84 degrees). Smallest side of an item (mm) and the text sizes a text box may have (points).</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="57" />
        <location filename="../../../gzmap/io/print_layouts.py" line="68" />
        <source>legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="58" />
        <source>scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="59" />
        <source>north arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="60" />
        <location filename="../../../gzmap/io/print_layouts.py" line="67" />
        <source>locator inset</source>
        <translation>位置图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="61" />
        <source>text box</source>
        <translation>文本框</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="62" />
        <source>logo</source>
        <translation>标志图片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="63" />
        <source>inset extent</source>
        <translation>位置图范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="65" />
        <source>print layout {layout}: the {item}'s position {value} is not on the {w} x {h} mm page; it keeps its usual place</source>
        <translation>打印布局“{layout}”：{item}的位置 {value} 不在 {w} × {h} 毫米的页面上，保持默认位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="69" />
        <source>print layout {layout}: the {item} {value} is not valid; it is left out</source>
        <translation>打印布局“{layout}”：{item} {value} 无效，已略去</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="70" />
        <location filename="../../../gzmap/io/print_layouts.py" line="58" />
        <source>print layout {layout}: unknown entry {value} is ignored</source>
        <translation>打印布局“{layout}”：未知条目 {value} 已忽略</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="57" />
        <source>print layout {layout}: the {item} {value} is not valid; the default is used</source>
        <extracomment>Largest logo kept in a project (PNG bytes). Largest side (pixels) of a logo read from a project (the app keeps them at 1200 px at most).</extracomment>
        <translation>打印布局“{layout}”：{item} {value} 无效，改用默认值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="59" />
        <source>print layout {layout}: a logo's image is missing or damaged; it is left out</source>
        <translation>打印布局“{layout}”：标志图片缺失或已损坏，已略去</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="60" />
        <source>in use</source>
        <translation>当前使用</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="63" />
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="64" />
        <source>page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="65" />
        <source>orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="66" />
        <source>map extent</source>
        <translation>地图范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="69" />
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="70" />
        <source>format</source>
        <translation>格式</translation>
    </message>
</context>
</TS>