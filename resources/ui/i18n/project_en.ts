<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Basemaps</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="25" />
        <source>WGS84 (OpenStreetMap, GPS, satellite)</source>
        <translation>WGS84 (OpenStreetMap, GPS, satellite)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="26" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="48" />
        <source>Add offline basemap (MBTiles)…</source>
        <translation>Add offline basemap (MBTiles)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="49" />
        <source>Add offline basemap (tile folder)…</source>
        <translation>Add offline basemap (tile folder)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="50" />
        <source>Add online basemap (cached for offline use)…</source>
        <translation>Add online basemap (cached for offline use)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="51" />
        <source>Download basemap tiles for this view…</source>
        <translation>Download basemap tiles for this view…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="58" />
        <source>Basemap datum</source>
        <translation>Basemap datum</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="59" />
        <source>Which datum are these tiles drawn in?</source>
        <translation>Which datum are these tiles drawn in?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="83" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="94" />
        <source>Cannot open basemap</source>
        <translation>Cannot open basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="103" />
        <source>Cannot add basemap</source>
        <translation>Cannot add basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="107" />
        <source>Add offline basemap</source>
        <translation>Add offline basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="108" />
        <source>MBTiles files</source>
        <translation>MBTiles files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="108" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="113" />
        <source>Folder of {z}/{x}/{y} tiles</source>
        <translation>Folder of {z}/{x}/{y} tiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="118" />
        <source>Online basemap</source>
        <translation>Online basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="119" />
        <source>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</source>
        <translation>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="136" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="140" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="168" />
        <source>Download basemap tiles</source>
        <translation>Download basemap tiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="136" />
        <source>Add an online basemap first.</source>
        <translation>Add an online basemap first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="141" />
        <source>Download this view down to zoom level (now {z}):</source>
        <translation>Download this view down to zoom level (now {z}):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="164" />
        <source>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</source>
        <translation>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="171" />
        <source>Downloading basemap tiles</source>
        <translation>Downloading basemap tiles</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="112" />
        <source>&amp;Edit</source>
        <extracomment>open the attribute dialog after adding a point (tests switch it off)</extracomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="113" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="114" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="115" />
        <source>Add enterprise (click on the map)</source>
        <translation>Add enterprise (click on the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="115" />
        <source>Move selected enterprise (click on the map)</source>
        <translation>Move selected enterprise (click on the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="116" />
        <source>Delete selected enterprise</source>
        <translation>Delete selected enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="116" />
        <source>Edit attributes…</source>
        <translation>Edit attributes…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="117" />
        <source>Add field…</source>
        <translation>Add field…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="132" />
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="132" />
        <source>Choose a point layer (enterprises) in the layer list first.</source>
        <translation>Choose a point layer (enterprises) in the layer list first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="149" />
        <source>Cannot edit</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="172" />
        <source>Click on the map to add an enterprise there</source>
        <translation>Click on the map to add an enterprise there</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="174" />
        <source>Select an enterprise, then click where it really is</source>
        <translation>Select an enterprise, then click where it really is</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="183" />
        <source>Add enterprise</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="190" />
        <source>Select one enterprise first, then click its new place</source>
        <translation>Select one enterprise first, then click its new place</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="192" />
        <source>Move enterprise</source>
        <translation>Move enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="200" />
        <source>Select the enterprise to delete first</source>
        <translation>Select the enterprise to delete first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="202" />
        <location filename="../../../gzmap/ui/editing.py" line="205" />
        <source>Delete enterprise</source>
        <translation>Delete enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="215" />
        <location filename="../../../gzmap/ui/editing.py" line="219" />
        <source>Edit attributes</source>
        <translation>Edit attributes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="235" />
        <source>Select one enterprise first</source>
        <translation>Select one enterprise first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="246" />
        <location filename="../../../gzmap/ui/editing.py" line="248" />
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="246" />
        <source>Name of the new field (text):</source>
        <translation>Name of the new field (text):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/editing.py" line="269" />
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="119" />
        <source>New project</source>
        <extracomment>set False to skip the recovery question (tests, scripted runs)</extracomment>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="119" />
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="119" />
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="120" />
        <source>Save project as…</source>
        <translation>Save project as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="123" />
        <source>Save the project (layers, styles, view and edits) in one file</source>
        <translation>Save the project (layers, styles, view and edits) in one file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="124" />
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="125" />
        <source>Locate missing basemaps…</source>
        <translation>Locate missing basemaps…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="126" />
        <source>Choose the files of basemaps this project could not open</source>
        <translation>Choose the files of basemaps this project could not open</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="158" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="164" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="165" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>The project has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="207" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="208" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="342" />
        <source>GZMap projects</source>
        <translation>GZMap projects</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="208" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="300" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="225" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="230" />
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="268" />
        <source>Project opened with warnings</source>
        <translation>Project opened with warnings</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="284" />
        <source>Locate…</source>
        <translation>Locate…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="293" />
        <source>Locate basemap {name} ({link})</source>
        <translation>Locate basemap {name} ({link})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="299" />
        <source>MBTiles</source>
        <translation>MBTiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="322" />
        <source>Cannot use this basemap</source>
        <translation>Cannot use this basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="340" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="431" />
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="341" />
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="351" />
        <source>Changed on disk</source>
        <translation>Changed on disk</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="352" />
        <source>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</source>
        <translation>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="356" />
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="358" />
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="385" />
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="388" />
        <source>Project saved with warnings</source>
        <translation>Project saved with warnings</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="392" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="421" />
        <source>Autosave failed:</source>
        <translation>Autosave failed:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="423" />
        <source>Autosaved for recovery</source>
        <translation>Autosaved for recovery</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="432" />
        <source>Recover unsaved work?</source>
        <translation>Recover unsaved work?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="433" />
        <source>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</source>
        <translation>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="435" />
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="436" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="437" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="461" />
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="128" />
        <source>Find enterprise (name or pinyin initials) or coordinates…</source>
        <translation>Find enterprise (name or pinyin initials) or coordinates…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="129" />
        <source>Examples: 智原, gzzy, 113.32, 23.11 gcj02, 23.11 113.32 百度</source>
        <translation>Examples: 智原, gzzy, 113.32, 23.11 gcj02, 23.11 113.32 百度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="130" />
        <source>What is near here</source>
        <translation>What is near here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="131" />
        <source>Click on the map to list the enterprises within the radius</source>
        <translation>Click on the map to list the enterprises within the radius</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="132" />
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="133" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="134" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="135" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="135" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="135" />
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="162" />
        <source>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</source>
        <translation>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="179" />
        <source>Nothing found for “{text}”</source>
        <translation>Nothing found for “{text}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="201" />
        <source>{n} enterprises within {r:,.0f} m</source>
        <translation>{n} enterprises within {r:,.0f} m</translation>
    </message>
</context>
</TS>