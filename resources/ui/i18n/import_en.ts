<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ImportEnterprises</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="38" />
        <source>Enterprise table (CSV/Excel/points)…</source>
        <translation>Enterprise table (CSV/Excel/points)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="40" />
        <source>Import enterprise locations from a CSV/Excel table or a point file</source>
        <translation>Import enterprise locations from a CSV/Excel table or a point file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="45" />
        <source>Tables and point files</source>
        <translation>Tables and point files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="47" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="51" />
        <source>Import enterprises</source>
        <translation>Import enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="63" />
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="73" />
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="77" />
        <source>Cannot import file</source>
        <translation>Cannot import file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="64" />
        <source>%1 holds no points; open it as a layer with File &gt; Open vector layer… instead.</source>
        <translation>%1 holds no points; open it as a layer with File &gt; Open vector layer… instead.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="64" />
        <source>WGS84 (GPS)</source>
        <extracomment>Roles a point file fills from its geometry. What the wizard shows for the codes of :mod:`gzmap.io`: datums and column roles (rejection reasons are :data:`gzmap.io.enterprises.REASONS`, translated in the same catalogue).</extracomment>
        <translation>WGS84 (GPS)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="65" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="66" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="67" />
        <source>CGCS2000</source>
        <translation>CGCS2000</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="68" />
        <source>Projected CRS (EPSG code)</source>
        <translation>Projected CRS (EPSG code)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="70" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="71" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="72" />
        <source>Combined coordinates (lon,lat)</source>
        <translation>Combined coordinates (lon,lat)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="73" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="74" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="75" />
        <source>Sub-sector / category</source>
        <translation>Sub-sector / category</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="76" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="77" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="78" />
        <source>Founding year</source>
        <translation>Founding year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="297" />
        <source>Import enterprises — %1</source>
        <translation>Import enterprises — %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="301" />
        <source>point file; coordinates from the geometry; CRS %1</source>
        <translation>point file; coordinates from the geometry; CRS %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="303" />
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="305" />
        <source>encoding %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="306" />
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="306" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="306" />
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="307" />
        <source>delimiter: %1</source>
        <translation>delimiter: %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="310" />
        <source>header in row %1</source>
        <translation>header in row %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="316" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="317" />
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="318" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="322" />
        <source>(from the geometry)</source>
        <translation>(from the geometry)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="329" />
        <source>The file says %1. Files exported from Amap or Baidu keep GCJ-02 or BD-09 coordinates even when they say WGS84: please check.</source>
        <translation>The file says %1. Files exported from Amap or Baidu keep GCJ-02 or BD-09 coordinates even when they say WGS84: please check.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="335" />
        <source>Suggested: %1, from %2</source>
        <translation>Suggested: %1, from %2</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="342" />
        <source>The file does not say which datum its coordinates use. Tables geocoded by Amap are GCJ-02, by Baidu BD-09, GPS readings WGS84: please check.</source>
        <translation>The file does not say which datum its coordinates use. Tables geocoded by Amap are GCJ-02, by Baidu BD-09, GPS readings WGS84: please check.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="348" />
        <source>Fix rows whose latitude and longitude are swapped</source>
        <translation>Fix rows whose latitude and longitude are swapped</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="349" />
        <source>(detected)</source>
        <translation>(detected)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="351" />
        <source>Reject points far outside the Greater Bay Area</source>
        <translation>Reject points far outside the Greater Bay Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="352" />
        <source>Reject exact duplicate rows</source>
        <translation>Reject exact duplicate rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="353" />
        <source>Reject rows whose category is not a known sub-sector</source>
        <translation>Reject rows whose category is not a known sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="354" />
        <source>Keep cells beyond the header in extra columns (else reject those rows)</source>
        <translation>Keep cells beyond the header in extra columns (else reject those rows)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="355" />
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="356" />
        <source>Check rows &gt;</source>
        <translation>Check rows &gt;</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="357" />
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="358" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="359" />
        <source>Save rejected rows as CSV…</source>
        <translation>Save rejected rows as CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="360" />
        <source>Layer name:</source>
        <translation>Layer name:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="361" />
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="412" />
        <source>Choose the longitude and latitude columns, or one combined coordinate column.</source>
        <translation>Choose the longitude and latitude columns, or one combined coordinate column.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="414" />
        <source>Longitude and latitude must be different columns.</source>
        <translation>Longitude and latitude must be different columns.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="422" />
        <source>%1 is not an EPSG code this computer knows.</source>
        <translation>%1 is not an EPSG code this computer knows.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="433" />
        <source>Reading and checking every row…</source>
        <translation>Reading and checking every row…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="435" />
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="447" />
        <source>Import cancelled; nothing was added.</source>
        <translation>Import cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="467" />
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; will be added, &lt;b&gt;%3&lt;/b&gt; rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; will be added, &lt;b&gt;%3&lt;/b&gt; rejected.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="472" />
        <source>Coordinates converted from %1 to WGS84.</source>
        <translation>Coordinates converted from %1 to WGS84.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="479" />
        <source>%1 cells in numeric columns are not numbers (rows kept, cells left empty)</source>
        <translation>%1 cells in numeric columns are not numbers (rows kept, cells left empty)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="488" />
        <source>No row could be placed: check the coordinate columns and the datum.</source>
        <translation>No row could be placed: check the coordinate columns and the datum.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="498" />
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="503" />
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
</TS>