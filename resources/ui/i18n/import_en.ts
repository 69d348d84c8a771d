<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ImportEnterprises</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="37" />
        <source>Enterprise table (CSV/Excel/points)…</source>
        <translation>Enterprise table (CSV/Excel/points)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="38" />
        <source>Import enterprise locations from a CSV/Excel table or a point file</source>
        <translation>Import enterprise locations from a CSV/Excel table or a point file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="42" />
        <source>Tables and point files</source>
        <translation>Tables and point files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="44" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="46" />
        <source>Import enterprises</source>
        <translation>Import enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="57" />
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="64" />
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="68" />
        <source>Cannot import file</source>
        <translation>Cannot import file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/import_enterprises.py" line="58" />
        <source>%1 holds no points; open it as a layer with File &gt; Open vector layer… instead.</source>
        <translation>%1 holds no points; open it as a layer with File &gt; Open vector layer… instead.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="56" />
        <source>WGS84 (GPS)</source>
        <extracomment>Roles a point file fills from its geometry. What the wizard shows for the codes of :mod:`gzmap.io`: datums and column roles (rejection reasons are :data:`gzmap.io.enterprises.REASONS`, translated in the same catalogue).</extracomment>
        <translation>WGS84 (GPS)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="57" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="58" />
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="59" />
        <source>CGCS2000</source>
        <translation>CGCS2000</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="60" />
        <source>Projected CRS (EPSG code)</source>
        <translation>Projected CRS (EPSG code)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="93" />
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="94" />
        <source>file name %1</source>
        <translation>file name %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="95" />
        <source>%1, which mentions %2</source>
        <translation>%1, which mentions %2</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="98" />
        <source>the provenance file %1</source>
        <translation>the provenance file %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="100" />
        <source>the file's coordinate reference system</source>
        <translation>the file's coordinate reference system</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="103" />
        <source>eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)</source>
        <translation>eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="105" />
        <source>metre coordinates typical of UTM zone 49N around Guangzhou</source>
        <translation>metre coordinates typical of UTM zone 49N around Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="107" />
        <source>metre coordinates typical of CGCS2000 3-degree GK CM 114E</source>
        <translation>metre coordinates typical of CGCS2000 3-degree GK CM 114E</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="109" />
        <source>projected coordinates in metres; choose their EPSG code</source>
        <translation>projected coordinates in metres; choose their EPSG code</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="62" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="63" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="64" />
        <source>Combined coordinates (lon,lat)</source>
        <translation>Combined coordinates (lon,lat)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="65" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="66" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="67" />
        <source>Sub-sector / category</source>
        <translation>Sub-sector / category</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="68" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="69" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="70" />
        <source>Founding year</source>
        <translation>Founding year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="292" />
        <source>Import enterprises — %1</source>
        <translation>Import enterprises — %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="296" />
        <source>point file; coordinates from the geometry; CRS %1</source>
        <translation>point file; coordinates from the geometry; CRS %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="298" />
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="300" />
        <source>encoding %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="301" />
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="301" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="301" />
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="302" />
        <source>delimiter: %1</source>
        <translation>delimiter: %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="305" />
        <source>header in row %1</source>
        <translation>header in row %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="308" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="309" />
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="310" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="314" />
        <source>(from the geometry)</source>
        <translation>(from the geometry)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="320" />
        <source>The file says %1. Files exported from Amap or Baidu keep GCJ-02 or BD-09 coordinates even when they say WGS84: please check.</source>
        <translation>The file says %1. Files exported from Amap or Baidu keep GCJ-02 or BD-09 coordinates even when they say WGS84: please check.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="323" />
        <source>Suggested: %1, from %2</source>
        <translation>Suggested: %1, from %2</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="327" />
        <source>The file does not say which datum its coordinates use. Tables geocoded by Amap are GCJ-02, by Baidu BD-09, GPS readings WGS84: please check.</source>
        <translation>The file does not say which datum its coordinates use. Tables geocoded by Amap are GCJ-02, by Baidu BD-09, GPS readings WGS84: please check.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="330" />
        <source>Fix rows whose latitude and longitude are swapped</source>
        <translation>Fix rows whose latitude and longitude are swapped</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="331" />
        <source>(detected)</source>
        <translation>(detected)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="332" />
        <source>Reject points far outside the Greater Bay Area</source>
        <translation>Reject points far outside the Greater Bay Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="333" />
        <source>Reject exact duplicate rows</source>
        <translation>Reject exact duplicate rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="334" />
        <source>Reject rows whose category is not a known sub-sector</source>
        <translation>Reject rows whose category is not a known sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="335" />
        <source>Keep cells beyond the header in extra columns (else reject those rows)</source>
        <translation>Keep cells beyond the header in extra columns (else reject those rows)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="336" />
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="337" />
        <source>Check rows &gt;</source>
        <translation>Check rows &gt;</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="338" />
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="339" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="340" />
        <source>Save rejected rows as CSV…</source>
        <translation>Save rejected rows as CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="341" />
        <source>Layer name:</source>
        <translation>Layer name:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="342" />
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="391" />
        <source>Choose the longitude and latitude columns, or one combined coordinate column.</source>
        <translation>Choose the longitude and latitude columns, or one combined coordinate column.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="393" />
        <source>Longitude and latitude must be different columns.</source>
        <translation>Longitude and latitude must be different columns.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="400" />
        <source>%1 is not an EPSG code this computer knows.</source>
        <translation>%1 is not an EPSG code this computer knows.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="411" />
        <source>Reading and checking every row…</source>
        <translation>Reading and checking every row…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="412" />
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="420" />
        <source>Import cancelled; nothing was added.</source>
        <translation>Import cancelled; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="440" />
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; will be added, &lt;b&gt;%3&lt;/b&gt; rejected.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; will be added, &lt;b&gt;%3&lt;/b&gt; rejected.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="442" />
        <source>Coordinates converted from %1 to WGS84.</source>
        <translation>Coordinates converted from %1 to WGS84.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="447" />
        <source>%1 cells in numeric columns are not numbers (rows kept, cells left empty)</source>
        <translation>%1 cells in numeric columns are not numbers (rows kept, cells left empty)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="454" />
        <source>No row could be placed: check the coordinate columns and the datum.</source>
        <translation>No row could be placed: check the coordinate columns and the datum.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="463" />
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/import_wizard.py" line="468" />
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
</TS>