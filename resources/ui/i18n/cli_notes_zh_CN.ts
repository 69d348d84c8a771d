<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="18"/>
        <source>attraction</source>
        <extracomment>The pattern of each distance, in words (context FieldValues; &quot;random&quot; is the catalogue&apos;s own word).</extracomment>
        <translation>相互吸引</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="19"/>
        <source>repulsion</source>
        <translation>相互排斥</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="145"/>
        <source>skipped {n} row(s) above the header</source>
        <extracomment>With a progress callback, text files larger than this (a parse of about 0.05 s) are handed to the parser at most ``_PROGRESS_BLOCK`` bytes per read, and each read reports progress (and so lets Cancel stop the parse). Parsing from a file object costs about 0.13 s per 100 MB more than from the path, so smaller files are parsed from the path in one go. At most this many cells of an Excel sheet are read (its real cells&apos; extent, rows x columns). At most this many columns (Excel&apos;s own limit), in text files too. A text cell may be this large (the csv module&apos;s own limit, 128 KiB, refused whole files). What to do with the cells of a row beyond the header: &quot;reject&quot; the row or &quot;keep&quot; them in extra columns. Notes on how a table was read, said in the interface language (gzmap.io.messages.note).</extracomment>
        <translation>跳过表头上方 {n} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="146"/>
        <source>combined a two-row header (merged group cells)</source>
        <translation>已合并两行表头（分组合并单元格）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="147"/>
        <source>kept the cells beyond the header in {n} extra column(s)</source>
        <translation>超出表头的单元格保留在 {n} 个额外列中</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="194"/>
        <source>the file starts with a UTF-8 mark but is not UTF-8</source>
        <translation>文件以 UTF-8 标记开头，但内容不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="205"/>
        <source>encoding guessed as {encoding} (not certain)</source>
        <translation>编码推测为 {encoding}（不确定）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="236"/>
        <source>encoding guessed as Shift_JIS (not certain; GBK/GB18030 also possible)</source>
        <translation>编码推测为 Shift_JIS（不确定，也可能是 GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="240"/>
        <source>encoding guessed as GBK/GB18030 (not certain; Shift_JIS also possible)</source>
        <translation>编码推测为 GBK/GB18030（不确定，也可能是 Shift_JIS）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="660"/>
        <source>not valid UTF-8 past the start of the file; read as GBK/GB18030</source>
        <translation>文件开头之后不是有效的 UTF-8，按 GBK/GB18030 读取</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="893"/>
        <source>some columns mix numbers and text; they are read as text</source>
        <extracomment>At most this many cells are added for the cells beyond the header (about 32 MB of float64); a wider parse skips the wide records instead (see :func:`_parse_records`).</extracomment>
        <translation>部分列混有数字和文本，按文本读取</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="1192"/>
        <source>header has merged cells</source>
        <translation>表头含合并单元格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="80"/>
        <source>column “{name}”, which mentions “{word}”</source>
        <extracomment>Roles a column can play, in the order the import wizard shows them. A datum suggestion&apos;s reason in words, by kind (and by projection name), said in the UI language.</extracomment>
        <translation>列“{name}”（含“{word}”）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="81"/>
        <source>file name “{name}”, which mentions “{word}”</source>
        <translation>文件名“{name}”（含“{word}”）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="82"/>
        <source>the provenance file “{name}”</source>
        <translation>说明文件“{name}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="83"/>
        <source>the file&apos;s coordinate reference system</source>
        <translation>文件的坐标参考系</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="84"/>
        <source>eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)</source>
        <translation>东坐标带有 38 带号（CGCS2000 高斯-克吕格 3 度带第 38 带）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="87"/>
        <source>metre coordinates typical of UTM zone 49N around Guangzhou</source>
        <translation>以米为单位，数值符合广州一带的 UTM 49N 带</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="88"/>
        <source>metre coordinates typical of CGCS2000 3-degree GK CM 114E</source>
        <translation>以米为单位，数值符合 CGCS2000 3 度带（中央经线 114°E）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="89"/>
        <source>projected coordinates in metres; choose their EPSG code</source>
        <translation>以米为单位的投影坐标，请选择其 EPSG 代码</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="582"/>
        <source>coordinates recognised by their values: {lon}, {lat}</source>
        <extracomment>The reason given when a point file&apos;s own CRS suggests the datum.</extracomment>
        <translation>根据数值识别出坐标列：{lon}、{lat}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="611"/>
        <source>{lon!r} holds latitudes and {lat!r} longitudes: swapped</source>
        <translation>{lon!r} 中是纬度、{lat!r} 中是经度：已对调</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="21"/>
        <source>{clusters:,} clusters, {noise:,} noise points of {points:,}</source>
        <translation>{points:,} 个点中有 {clusters:,} 个集群、{noise:,} 个噪声点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="47"/>
        <source>{rows:,} x {cols:,} cells of {cell:g} m, peak {peak:,.1f} {unit}</source>
        <translation>{rows:,} × {cols:,} 个 {cell:g} m 栅格，峰值 {peak:,.1f} {unit}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="25"/>
        <source>{cells:,} cells of {cell:g} m: {hot:,} hot, {cold:,} cold (95% confidence or more)</source>
        <translation>{cells:,} 个 {cell:g} m 网格：热点 {hot:,} 个，冷点 {cold:,} 个（置信度 95% 及以上）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="64"/>
        <source>{districts} districts x {subsectors} sub-sectors</source>
        <translation>{districts} 个区 × {subsectors} 个细分行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="69"/>
        <source>{n:,} points outside every district left out</source>
        <translation>{n:,} 个点不在任何区内，未计入</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/ellipse_tool.py" line="29"/>
        <source>{n:,} ellipses of {std} standard deviation(s)</source>
        <translation>{n:,} 个 {std} 倍标准差椭圆</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/ellipse_tool.py" line="33"/>
        <source>{n:,} ellipses of {std} standard deviation(s), {drift:,} drift lines</source>
        <translation>{n:,} 个 {std} 倍标准差椭圆，{drift:,} 条重心迁移线</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/ellipse_tool.py" line="37"/>
        <source>{n:,} groups and periods with fewer than 3 points have none (listed in the table)</source>
        <translation>{n:,} 个分组或时段不足 3 个点，未生成椭圆（见表）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="33"/>
        <source>cross-L of {a} and {b} at {n} distances up to {max:g} m</source>
        <translation>{a} 与 {b} 的交叉 L 函数：{n} 个距离，最远 {max:g} m</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="40"/>
        <source>cross-L of {a} and {b} at {n} distances up to {max:g} m: {attraction} attraction, {random} random, {repulsion} repulsion</source>
        <translation>{a} 与 {b} 的交叉 L 函数：{n} 个距离，最远 {max:g} m；相互吸引 {attraction} 个，随机 {random} 个，相互排斥 {repulsion} 个</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging_tool.py" line="25"/>
        <source>{n:,} locations of {cell:g} m over {steps} steps ({first}-{last}), band {band:g} m: {hot:,} hot-spot and {cold:,} cold-spot patterns</source>
        <translation>{n:,} 个 {cell:g} m 网格，{steps} 个时段（{first}–{last}），邻域 {band:g} m：热点模式 {hot:,} 个，冷点模式 {cold:,} 个</translation>
    </message>
</context>
</TS>
