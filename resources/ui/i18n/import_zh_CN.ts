<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportEnterprises</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="38" />
        <source>Enterprise table (CSV/Excel/points)…</source>
        <translation>企业名录表（CSV/Excel/点文件）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="40" />
        <source>Import enterprise locations from a CSV/Excel table or a point file</source>
        <translation>从 CSV/Excel 表格或点文件导入企业位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="45" />
        <source>Tables and point files</source>
        <translation>表格与点文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="47" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="51" />
        <source>Import enterprises</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="63" />
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="73" />
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="77" />
        <source>Cannot import file</source>
        <translation>无法导入文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="64" />
        <source>%1 holds no points; open it as a layer with File &gt; Open vector layer… instead.</source>
        <translation>%1 中没有点要素；请改用“文件 &gt; 打开矢量图层…”作为图层打开。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="64" />
        <source>WGS84 (GPS)</source>
        <extracomment>Roles a point file fills from its geometry. What the wizard shows for the codes of :mod:`gzmap.io`: datums and column roles (rejection reasons are :data:`gzmap.io.enterprises.REASONS`, translated in the same catalogue).</extracomment>
        <translation>WGS84（GPS）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="65" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="66" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="67" />
        <source>CGCS2000</source>
        <translation>CGCS2000（国家2000）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="68" />
        <source>Projected CRS (EPSG code)</source>
        <translation>投影坐标系（EPSG 代码）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="70" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="71" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="72" />
        <source>Combined coordinates (lon,lat)</source>
        <translation>合并坐标列（经度,纬度）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="73" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="74" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="75" />
        <source>Sub-sector / category</source>
        <translation>细分行业 / 类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="76" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="77" />
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="78" />
        <source>Founding year</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="297" />
        <source>Import enterprises — %1</source>
        <translation>导入企业 — %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="301" />
        <source>point file; coordinates from the geometry; CRS %1</source>
        <translation>点文件；坐标取自几何；坐标参考系 %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="303" />
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="305" />
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="306" />
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="306" />
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="306" />
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="307" />
        <source>delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="310" />
        <source>header in row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="316" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="317" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="318" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="322" />
        <source>(from the geometry)</source>
        <translation>（取自几何）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="329" />
        <source>The file says %1. Files exported from Amap or Baidu keep GCJ-02 or BD-09 coordinates even when they say WGS84: please check.</source>
        <translation>文件声明为 %1。从高德或百度导出的文件即使声明为 WGS84，坐标仍常为 GCJ-02 或 BD-09，请核实。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="335" />
        <source>Suggested: %1, from %2</source>
        <translation>建议：%1，依据 %2</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="342" />
        <source>The file does not say which datum its coordinates use. Tables geocoded by Amap are GCJ-02, by Baidu BD-09, GPS readings WGS84: please check.</source>
        <translation>文件未注明坐标系。高德地理编码的表格为 GCJ-02，百度为 BD-09，GPS 采集为 WGS84，请核对。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="348" />
        <source>Fix rows whose latitude and longitude are swapped</source>
        <translation>修正经纬度颠倒的行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="349" />
        <source>(detected)</source>
        <translation>（已检测到）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="351" />
        <source>Reject points far outside the Greater Bay Area</source>
        <translation>剔除远离粤港澳大湾区的点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="352" />
        <source>Reject exact duplicate rows</source>
        <translation>剔除完全重复的行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="353" />
        <source>Reject rows whose category is not a known sub-sector</source>
        <translation>剔除行业类别不在细分行业列表中的行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="354" />
        <source>Keep cells beyond the header in extra columns (else reject those rows)</source>
        <translation>将表头以外的单元格保留为额外列（否则拒收这些行）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="355" />
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="356" />
        <source>Check rows &gt;</source>
        <translation>检查数据 &gt;</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="357" />
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="358" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="359" />
        <source>Save rejected rows as CSV…</source>
        <translation>将被剔除的行另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="360" />
        <source>Layer name:</source>
        <translation>图层名称：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="361" />
        <source>Rejected rows</source>
        <translation>被剔除的行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="412" />
        <source>Choose the longitude and latitude columns, or one combined coordinate column.</source>
        <translation>请选择经度列和纬度列，或一个合并坐标列。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="414" />
        <source>Longitude and latitude must be different columns.</source>
        <translation>经度和纬度必须是不同的列。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="422" />
        <source>%1 is not an EPSG code this computer knows.</source>
        <translation>%1 不是本机可识别的 EPSG 代码。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="433" />
        <source>Reading and checking every row…</source>
        <translation>正在读取并逐行检查…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="435" />
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="447" />
        <source>Import cancelled; nothing was added.</source>
        <translation>导入已取消，未添加任何数据。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="467" />
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; will be added, &lt;b&gt;%3&lt;/b&gt; rejected.</source>
        <translation>共读取 &lt;b&gt;%1&lt;/b&gt; 行：&lt;b&gt;%2&lt;/b&gt; 行将被添加，&lt;b&gt;%3&lt;/b&gt; 行被剔除。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="472" />
        <source>Coordinates converted from %1 to WGS84.</source>
        <translation>坐标已从 %1 转换为 WGS84。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="479" />
        <source>%1 cells in numeric columns are not numbers (rows kept, cells left empty)</source>
        <translation>数值列中有 %1 个单元格不是数字（保留该行，单元格留空）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="488" />
        <source>No row could be placed: check the coordinate columns and the datum.</source>
        <translation>没有任何行能定位：请检查坐标列和坐标系。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="498" />
        <source>Save rejected rows</source>
        <translation>保存被剔除的行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="503" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
</TS>