<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Classification</name>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="55" />
        <source>Quantiles</source>
        <extracomment>Classification schemes offered to users: mapclassify name -&gt; (中文, English).</extracomment>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="56" />
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>自然断点 (Fisher-Jenks)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="57" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="58" />
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="59" />
        <source>Box plot</source>
        <translation>箱线图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="60" />
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="27" />
        <source>file not found</source>
        <extracomment>kind -&gt; (English, Simplified Chinese). ``{folder}``, ``{command}``, ``{row}``, ``{column}``, ``{n}`` and ``{message}`` are filled in by :func:`text`.</extracomment>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="28" />
        <source>is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="29" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="30" />
        <source>permission denied: you may not open this file or write in its folder</source>
        <translation>没有权限：不能打开此文件，或不能在它所在的文件夹中写入</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="31" />
        <source>the file is read-only; choose another file name or make the file writable</source>
        <translation>文件是只读的；请换一个文件名，或先取消文件的只读属性</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="34" />
        <source>the disk is read-only (read-only file system); write to another folder</source>
        <translation>磁盘是只读的（只读文件系统）；请写到其他文件夹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="35" />
        <source>the disk is full; free some space or write to another disk</source>
        <translation>磁盘已满；请腾出空间，或写到其他磁盘</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="36" />
        <source>the file is locked by another program; close that program and try again</source>
        <translation>文件被其他程序锁定；请关闭该程序后重试</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="37" />
        <source>unknown or unsupported file format, or a damaged file</source>
        <translation>未知或不支持的文件格式，或文件已损坏</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="38" />
        <source>the shapefile is incomplete: its .shx or .dbf file is missing beside it</source>
        <translation>Shapefile 不完整：同一文件夹中缺少它的 .shx 或 .dbf 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="41" />
        <source>the folder {folder} does not exist; create it or choose another folder</source>
        <translation>文件夹 {folder} 不存在；请先创建，或选择其他文件夹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="42" />
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="43" />
        <source>not enough memory to finish; close other programs or use a smaller file</source>
        <translation>内存不足，无法完成；请关闭其他程序，或使用较小的文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="44" />
        <source>could not be written; run again with --debug for the details</source>
        <translation>无法写入；加 --debug 重新运行可查看详情</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="45" />
        <source>could not be processed because of an unexpected problem; run again with --debug for the details</source>
        <translation>因意外问题无法处理；加 --debug 重新运行可查看详情</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="48" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="49" />
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="50" />
        <source>details: {message}</source>
        <translation>详情：{message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="51" />
        <source>{message}; see '{command} --help'</source>
        <translation>{message}；用法见 '{command} --help'</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="52" />
        <source>, row {row}</source>
        <translation>，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="53" />
        <source>, column {column!r}</source>
        <translation>，列 {column!r}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="54" />
        <source>{n} row(s) match no region</source>
        <translation>{n} 行没有匹配到地区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="55" />
        <source>{n} problem(s) with values (--strict)</source>
        <translation>{n} 个数值问题（--strict）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="57" />
        <source>{summary}; wrote {files}</source>
        <translation>{summary}；已写入 {files}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="58" />
        <source>{file} (layers {names})</source>
        <translation>{file} （图层：{names}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="59" />
        <source>{n:,} of {total:,} rows rejected (listed in {file})</source>
        <translation>{total:,} 行中有 {n:,} 行未导入（列于 {file} ）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="60" />
        <source>{n:,} of {total:,} rows rejected (the list could not be saved)</source>
        <translation>{total:,} 行中有 {n:,} 行未导入（清单未能保存）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="61" />
        <source>datum not stated, assumed {datum}</source>
        <translation>文件未说明坐标系，按 {datum} 处理</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="62" />
        <source>all {n:,} rows rejected, most often: {reason}</source>
        <translation>全部 {n:,} 行未导入，最常见原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="63" />
        <source>all {n:,} rows rejected, most often: {reason}; they are listed in {file}</source>
        <translation>全部 {n:,} 行未导入，最常见原因：{reason}；清单见 {file}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="66" />
        <source>{src} -&gt; {out}: {read:,} rows read, {written}, {rejected:,} rejected</source>
        <translation>{src} -&gt; {out} ：读取 {read:,} 行，{written}，未导入 {rejected:,} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="67" />
        <source>{n:,} written ({source} -&gt; {target})</source>
        <translation>写出 {n:,} 行（{source} -&gt; {target}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="68" />
        <source>{n:,} points in {parts:,} partitions (WGS84, from {source})</source>
        <translation>{n:,} 个点分为 {parts:,} 个分区（WGS84，由 {source} 转换）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="69" />
        <source>note: {message}</source>
        <translation>注：{message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="70" />
        <source>rejected rows: {file}</source>
        <translation>未导入的行：{file}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="71" />
        <source>rejected rows: {file} (one CSV per block)</source>
        <translation>未导入的行：{file} （每块一个 CSV 文件）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="72" />
        <source>rejected rows: {file} ({n:,} files, one per block)</source>
        <translation>未导入的行：{file} （{n:,} 个文件，每块一个）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="73" />
        <source>wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="74" />
        <source>wrote {file} ({n:,} pages)</source>
        <translation>已写入 {file} （{n:,} 页）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="75" />
        <source>{file}: {mb:.1f} MB, {layers:,} layers, {points:,} points, {seconds:.1f} s</source>
        <translation>{file} ：{mb:.1f} MB，{layers:,} 个图层，{points:,} 个点，用时 {seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="78" />
        <source>{n:,} of {total:,} rows rejected (use 'gzmap info {file}' for the reasons)</source>
        <translation>{total:,} 行中有 {n:,} 行未导入（原因可用“gzmap info {file} ”查看）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="81" />
        <source>file:      {value}</source>
        <translation>文件：    {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="82" />
        <source>rows:      {value:,}</source>
        <translation>行数：    {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="83" />
        <source>geometry:  {value}</source>
        <translation>几何类型：{value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="84" />
        <source>crs:       {crs} (datum: {datum})</source>
        <translation>坐标系：  {crs}（基准：{datum}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="85" />
        <source>bounds:    {xmin:.6f}, {ymin:.6f}, {xmax:.6f}, {ymax:.6f}  (xmin, ymin, xmax, ymax)</source>
        <translation>范围：    {xmin:.6f}, {ymin:.6f}, {xmax:.6f}, {ymax:.6f}（最小经度、最小纬度、最大经度、最大纬度）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="88" />
        <source>columns:   {value}</source>
        <translation>列：      {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="89" />
        <source>read as:   {value}</source>
        <translation>读取方式：{value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="90" />
        <source>mapping:   {value}</source>
        <translation>列对应：  {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="91" />
        <source>source datum: {value}</source>
        <translation>源坐标系：{value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="92" />
        <source>source datum: {value} (assumed: no hint in the file; pass --from to choose)</source>
        <translation>源坐标系：{value}（推定：文件中没有线索；可用 --from 指定）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="95" />
        <source>source datum: {value} (suggested by {reason})</source>
        <translation>源坐标系：{value}（依据：{reason}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="96" />
        <source>rows read: {value:,}</source>
        <translation>读取行数：{value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="97" />
        <source>accepted:  {value:,}</source>
        <translation>导入：    {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="98" />
        <source>rejected:  {value:,}</source>
        <translation>未导入：  {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="99" />
        <source>note:      {value}</source>
        <translation>注：      {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="100" />
        <source>{name}: {n:,} tiles, z{low}-{high}</source>
        <translation>{name}：{n:,} 个瓦片，缩放级别 {low}-{high}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="101" />
        <source>table:      {file} (long form, {n:,} data rows)</source>
        <translation>表格：    {file}（长表，{n:,} 行数据）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="102" />
        <source>table:      {file} (wide form, {n:,} data rows)</source>
        <translation>表格：    {file}（宽表，{n:,} 行数据）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="103" />
        <source>join:       districts</source>
        <translation>连接到：  行政区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="104" />
        <source>join:       GBA cities</source>
        <translation>连接到：  粤港澳大湾区城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="105" />
        <source>indicators:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="106" />
        <source>{name} [{unit}] years {years}; source: {source}{approx}</source>
        <translation>{name} [{unit}] 年份 {years}；来源：{source}{approx}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="107" />
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="108" />
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="109" />
        <source> (approx.)</source>
        <translation>（近似值）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="110" />
        <source>note: {datum} has no EPSG code; {file} is labelled EPSG:4326 but holds {datum} coordinates</source>
        <translation>注：{datum} 没有 EPSG 代码；{file} 标为 EPSG:4326，但其中是 {datum} 坐标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="993" />
        <source>file type</source>
        <extracomment>How ``gzmap info`` names the facts of a reading and the roles of the columns (context Cli).</extracomment>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="994" />
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="995" />
        <source>delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="996" />
        <source>sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="997" />
        <source>header rows</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="998" />
        <source>coordinate reference system</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="999" />
        <source>text table</source>
        <translation>文本表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1000" />
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1001" />
        <source>point file</source>
        <translation>点文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1002" />
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1003" />
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1004" />
        <source>coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1006" />
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1007" />
        <source>multi-points</source>
        <translation>多点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1008" />
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1009" />
        <source>multi-lines</source>
        <translation>多线</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1010" />
        <source>polygons</source>
        <translation>面</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1011" />
        <source>multi-polygons</source>
        <translation>多面</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1012" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="443" />
        <source>{matched} rows matched to {regions} regions, {unmatched} rows unmatched, {elsewhere} rows for regions outside this layer, {without} regions without data</source>
        <extracomment>Chinese administrative suffixes, longest first. English/pinyin words that only say what kind of region it is. Aliases beyond name_zh / name_en / pinyin: adcode -&gt; extra spellings. What the match report says (context Cli, the texts group), by key.</extracomment>
        <translation>{matched} 行匹配到 {regions} 个区域，{unmatched} 行未匹配，{elsewhere} 行属于本图层以外的区域，{without} 个区域没有数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="448" />
        <source>Matched:</source>
        <translation>已匹配：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="449" />
        <source>Unmatched (not used):</source>
        <translation>未匹配（未使用）：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="450" />
        <source>; did you mean {name}?</source>
        <translation>；是否指 {name}？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="451" />
        <source>did you mean {name}?</source>
        <translation>是否指 {name}？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="452" />
        <source>Regions outside this layer (not drawn here):</source>
        <translation>本图层以外的区域（此处不绘制）：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="453" />
        <source>Regions without data: {names}</source>
        <translation>没有数据的区域：{names}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="454" />
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="455" />
        <source>row {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="456" />
        <source>rows {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="457" />
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="458" />
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="459" />
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="460" />
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="584" />
        <source>region {region!r} not found in the GBA cities</source>
        <translation>在粤港澳大湾区城市中找不到地区 {region!r}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="586" />
        <source>region {region!r} not found in the Guangzhou districts</source>
        <translation>在广州市各区中找不到地区 {region!r}</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="487" />
        <source>{n} cell(s) in numeric columns hold text that is not a number; left empty</source>
        <extracomment>Notes worth a line in :meth:`ImportResult.summary` (the reading may be wrong or incomplete). The mapping's roles that give a standard column ("category" gives "subsector"). The language of the rejected rows' details and of the warnings (``"en"`` or ``"zh_CN"``).</extracomment>
        <translation>数值列中有 {n} 个单元格是非数字文本，已留空</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="553" />
        <source>{n} row(s) had latitude and longitude swapped; fixed</source>
        <translation>{n} 行的经纬度颠倒，已纠正</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="612" />
        <source>{n} row(s) have a category outside the sub-sector list, shown as Other: {top}</source>
        <translation>{n} 行的类别不在细分行业表中，归为“其他”：{top}</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="78" />
        <source>more cells than the header</source>
        <extracomment>(min lon, min lat, max lon, max lat), WGS84 degrees: the Greater Bay Area with a margin of about 100 km. Points outside it are "far outside the study area". Reason codes of rejected rows: (English, Chinese) messages.</extracomment>
        <translation>单元格数多于表头</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="79" />
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="80" />
        <source>no coordinates</source>
        <translation>缺少坐标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="81" />
        <source>coordinate is not a number</source>
        <translation>坐标不是数字</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="82" />
        <source>not a valid longitude/latitude</source>
        <translation>经纬度数值无效</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="83" />
        <source>latitude and longitude look swapped</source>
        <translation>经纬度疑似颠倒</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="84" />
        <source>outside China</source>
        <translation>位于中国境外</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="85" />
        <source>far outside the study area</source>
        <translation>远离研究区域</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="86" />
        <source>exact duplicate of an earlier row</source>
        <translation>与前面某行完全重复</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="87" />
        <source>unknown category</source>
        <translation>未知行业类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="88" />
        <source>geometry is not a point</source>
        <translation>几何不是点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="96" />
        <source>{reason}: {value}</source>
        <extracomment>GZMap's columns of the rejected rows, before the file's own columns. How a rejected row's details and the reason counts are worded (context "ImportReasons").</extracomment>
        <translation>{reason}：{value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="97" />
        <source>exact duplicate of row {row}</source>
        <translation>与第 {row} 行完全重复</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="98" />
        <source>{reason}: {position} (WGS84 longitude, latitude; source datum {datum})</source>
        <translation>{reason}：{position}（WGS84 经度、纬度；源坐标系 {datum}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="101" />
        <source>{value} is not a number; left empty</source>
        <translation>{value} 不是数字；已留空</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="102" />
        <source>1 row: {reason} (e.g. row {row})</source>
        <translation>1 行：{reason}（第 {row} 行）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="104" />
        <source>1 row: {reason} (e.g. row {row}, column {column!r})</source>
        <translation>1 行：{reason}（第 {row} 行，列 {column!r}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="105" />
        <source>{n} rows: {reason} (e.g. row {row}, column {column!r})</source>
        <translation>{n} 行：{reason}（如第 {row} 行，列 {column!r}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="103" />
        <source>{n} rows: {reason} (e.g. row {row})</source>
        <translation>{n} 行：{reason}（如第 {row} 行）</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="16" />
        <source>Legend</source>
        <extracomment>Fixed words printed on the page, marked for translation (English source text).</extracomment>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="17" />
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="18" />
        <source>Map date</source>
        <translation>制图日期</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="19" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="20" />
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="21" />
        <source>Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude</source>
        <translation>投影：球面墨卡托（EPSG:3857）；坐标：WGS84；比例尺按图幅中心纬度计算</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="24" />
        <source>synthetic sample data, not real enterprises</source>
        <translation>为合成示例数据，非真实企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="31" />
        <source>GZMap analysis</source>
        <translation>GZMap 分析结果</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="32" />
        <source>GZMap analysis of {input}</source>
        <translation>GZMap 分析结果，所用数据：{input}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="33" />
        <source>Counts: within {area}</source>
        <translation>数量：{area}范围内</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="25" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="26" />
        <source>Location in the Greater Bay Area</source>
        <translation>在粤港澳大湾区的位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="27" />
        <source>Location in Guangzhou</source>
        <translation>在广州市的位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="28" />
        <source>Location in Guangdong</source>
        <translation>在广东省的位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="29" />
        <source>Location in China</source>
        <translation>在中国的位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="30" />
        <source>Made with GZMap</source>
        <translation>GZMap 制图</translation>
    </message>
</context>
</TS>