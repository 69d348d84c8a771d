<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Basemaps</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="24" />
        <source>WGS84 (OpenStreetMap, GPS, satellite)</source>
        <translation>WGS84 (OpenStreetMap, GPS, satellite)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="25" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="50" />
        <source>Add offline basemap (MBTiles)…</source>
        <translation>Add offline basemap (MBTiles)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="51" />
        <source>Add offline basemap (tile folder)…</source>
        <translation>Add offline basemap (tile folder)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="52" />
        <source>Add online basemap (cached for offline use)…</source>
        <translation>Add online basemap (cached for offline use)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="53" />
        <source>Download basemap tiles for this view…</source>
        <translation>Download basemap tiles for this view…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="60" />
        <source>Basemap datum</source>
        <translation>Basemap datum</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="61" />
        <source>Which datum are these tiles drawn in?</source>
        <translation>Which datum are these tiles drawn in?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="85" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="96" />
        <source>Cannot open basemap</source>
        <translation>Cannot open basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="105" />
        <source>Cannot add basemap</source>
        <translation>Cannot add basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="109" />
        <source>Add offline basemap</source>
        <translation>Add offline basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="110" />
        <source>MBTiles files</source>
        <translation>MBTiles files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="110" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="115" />
        <source>Folder of {z}/{x}/{y} tiles</source>
        <translation>Folder of {z}/{x}/{y} tiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="120" />
        <source>Online basemap</source>
        <translation>Online basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="121" />
        <source>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</source>
        <translation>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="138" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="142" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="170" />
        <source>Download basemap tiles</source>
        <translation>Download basemap tiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="138" />
        <source>Add an online basemap first.</source>
        <translation>Add an online basemap first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="143" />
        <source>Download this view down to zoom level (now {z}):</source>
        <translation>Download this view down to zoom level (now {z}):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="166" />
        <source>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</source>
        <translation>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="173" />
        <source>Downloading basemap tiles</source>
        <translation>Downloading basemap tiles</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="108" />
        <source>&amp;Edit</source>
        <extracomment>open the attribute dialog after adding a point (tests switch it off)</extracomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="109" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="110" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="111" />
        <source>Add enterprise (click on the map)</source>
        <translation>Add enterprise (click on the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="111" />
        <source>Move selected enterprise (click on the map)</source>
        <translation>Move selected enterprise (click on the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="112" />
        <source>Delete selected enterprise</source>
        <translation>Delete selected enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="112" />
        <source>Edit attributes…</source>
        <translation>Edit attributes…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="113" />
        <source>Add field…</source>
        <translation>Add field…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="128" />
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="128" />
        <source>Choose a point layer (enterprises) in the layer list first.</source>
        <translation>Choose a point layer (enterprises) in the layer list first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="145" />
        <source>Cannot edit</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="168" />
        <source>Click on the map to add an enterprise there</source>
        <translation>Click on the map to add an enterprise there</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="170" />
        <source>Select an enterprise, then click where it really is</source>
        <translation>Select an enterprise, then click where it really is</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="179" />
        <source>Add enterprise</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="186" />
        <source>Select one enterprise first, then click its new place</source>
        <translation>Select one enterprise first, then click its new place</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="188" />
        <source>Move enterprise</source>
        <translation>Move enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="196" />
        <source>Select the enterprise to delete first</source>
        <translation>Select the enterprise to delete first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="198" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="201" />
        <source>Delete enterprise</source>
        <translation>Delete enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="211" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="215" />
        <source>Edit attributes</source>
        <translation>Edit attributes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="231" />
        <source>Select one enterprise first</source>
        <translation>Select one enterprise first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="242" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="244" />
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="242" />
        <source>Name of the new field (text):</source>
        <translation>Name of the new field (text):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="265" />
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="104" />
        <source>New project</source>
        <extracomment>set False to skip the recovery question (tests, scripted runs)</extracomment>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="104" />
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="104" />
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="105" />
        <source>Save project as…</source>
        <translation>Save project as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="108" />
        <source>Save the project (layers, styles, view and edits) in one file</source>
        <translation>Save the project (layers, styles, view and edits) in one file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="109" />
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="110" />
        <source>Locate missing basemaps…</source>
        <translation>Locate missing basemaps…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="111" />
        <source>Choose the files of basemaps this project could not open</source>
        <translation>Choose the files of basemaps this project could not open</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="143" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="149" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="150" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>The project has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="186" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="187" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="320" />
        <source>GZMap projects</source>
        <translation>GZMap projects</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="187" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="278" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="204" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="209" />
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="246" />
        <source>Project opened with warnings</source>
        <translation>Project opened with warnings</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="262" />
        <source>Locate…</source>
        <translation>Locate…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="271" />
        <source>Locate basemap {name} ({link})</source>
        <translation>Locate basemap {name} ({link})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="277" />
        <source>MBTiles</source>
        <translation>MBTiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="300" />
        <source>Cannot use this basemap</source>
        <translation>Cannot use this basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="318" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="409" />
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="319" />
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="329" />
        <source>Changed on disk</source>
        <translation>Changed on disk</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="330" />
        <source>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</source>
        <translation>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="334" />
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="336" />
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="363" />
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="366" />
        <source>Project saved with warnings</source>
        <translation>Project saved with warnings</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="370" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="399" />
        <source>Autosave failed:</source>
        <translation>Autosave failed:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="401" />
        <source>Autosaved for recovery</source>
        <translation>Autosaved for recovery</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="410" />
        <source>Recover unsaved work?</source>
        <translation>Recover unsaved work?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="411" />
        <source>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</source>
        <translation>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="413" />
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="414" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="415" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="439" />
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="125" />
        <source>Find enterprise (name or pinyin initials) or coordinates…</source>
        <translation>Find enterprise (name or pinyin initials) or coordinates…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="126" />
        <source>Examples: 智原, gzzy, 113.32, 23.11 gcj02, 23.11 113.32 百度</source>
        <translation>Examples: 智原, gzzy, 113.32, 23.11 gcj02, 23.11 113.32 百度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="127" />
        <source>What is near here</source>
        <translation>What is near here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="128" />
        <source>Click on the map to list the enterprises within the radius</source>
        <translation>Click on the map to list the enterprises within the radius</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="129" />
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="130" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="131" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="132" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="132" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="132" />
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="159" />
        <source>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</source>
        <translation>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="176" />
        <source>Nothing found for “{text}”</source>
        <translation>Nothing found for “{text}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="198" />
        <source>{n} enterprises within {r:,.0f} m</source>
        <translation>{n} enterprises within {r:,.0f} m</translation>
    </message>
</context>
</TS>