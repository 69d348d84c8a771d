<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Basemaps</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="27" />
        <source>WGS84 (OpenStreetMap, GPS, satellite)</source>
        <translation>WGS84 (OpenStreetMap, GPS, satellite)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="28" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="57" />
        <source>Add offline basemap (MBTiles)…</source>
        <translation>Add offline basemap (MBTiles)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="58" />
        <source>Add offline basemap (tile folder)…</source>
        <translation>Add offline basemap (tile folder)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="59" />
        <source>Add online basemap (cached for offline use)…</source>
        <translation>Add online basemap (cached for offline use)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="60" />
        <source>Download basemap tiles for this view…</source>
        <translation>Download basemap tiles for this view…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="69" />
        <source>Basemap datum</source>
        <translation>Basemap datum</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="70" />
        <source>Which datum are these tiles drawn in?</source>
        <translation>Which datum are these tiles drawn in?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="110" />
        <source>Cannot open basemap</source>
        <translation>Cannot open basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="120" />
        <source>Cannot add basemap</source>
        <translation>Cannot add basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="124" />
        <source>Add offline basemap</source>
        <translation>Add offline basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="124" />
        <source>MBTiles files</source>
        <translation>MBTiles files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="130" />
        <source>Folder of {z}/{x}/{y} tiles</source>
        <translation>Folder of {z}/{x}/{y} tiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="137" />
        <source>Online basemap</source>
        <translation>Online basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="138" />
        <source>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</source>
        <translation>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="160" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="167" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="207" />
        <source>Download basemap tiles</source>
        <translation>Download basemap tiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="160" />
        <source>Add an online basemap first.</source>
        <translation>Add an online basemap first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="168" />
        <source>Download this view down to zoom level (now {z}):</source>
        <translation>Download this view down to zoom level (now {z}):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="200" />
        <source>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</source>
        <translation>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="211" />
        <source>Downloading basemap tiles</source>
        <translation>Downloading basemap tiles</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="107" />
        <source>&amp;Edit</source>
        <extracomment>open the attribute dialog after adding a point (tests switch it off)</extracomment>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="108" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="109" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="114" />
        <source>Add enterprise (click on the map)</source>
        <translation>Add enterprise (click on the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="121" />
        <source>Move selected enterprise (click on the map)</source>
        <translation>Move selected enterprise (click on the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="128" />
        <source>Delete selected enterprise</source>
        <translation>Delete selected enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="135" />
        <source>Edit attributes…</source>
        <translation>Edit attributes…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="142" />
        <source>Add field…</source>
        <translation>Add field…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="173" />
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="174" />
        <source>Choose a point layer (enterprises) in the layer list first.</source>
        <translation>Choose a point layer (enterprises) in the layer list first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="192" />
        <source>Cannot edit</source>
        <translation>Cannot edit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="217" />
        <source>Click on the map to add an enterprise there</source>
        <translation>Click on the map to add an enterprise there</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="220" />
        <source>Select an enterprise, then click where it really is</source>
        <translation>Select an enterprise, then click where it really is</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="230" />
        <source>Add enterprise</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="238" />
        <source>Select one enterprise first, then click its new place</source>
        <translation>Select one enterprise first, then click its new place</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="241" />
        <source>Move enterprise</source>
        <translation>Move enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="249" />
        <source>Select the enterprise to delete first</source>
        <translation>Select the enterprise to delete first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="251" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="254" />
        <source>Delete enterprise</source>
        <translation>Delete enterprise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="264" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="271" />
        <source>Edit attributes</source>
        <translation>Edit attributes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="288" />
        <source>Select one enterprise first</source>
        <translation>Select one enterprise first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="300" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="303" />
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="300" />
        <source>Name of the new field (text):</source>
        <translation>Name of the new field (text):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="325" />
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="67" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="68" />
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="69" />
        <source>Save project</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="72" />
        <source>Save project as…</source>
        <translation>Save project as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="92" />
        <source>Save the project (layers, styles, view and edits) in one file</source>
        <translation>Save the project (layers, styles, view and edits) in one file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="89" />
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="76" />
        <source>Locate missing basemaps…</source>
        <translation>Locate missing basemaps…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="96" />
        <source>Choose the files of basemaps this project could not open</source>
        <translation>Choose the files of basemaps this project could not open</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="154" />
        <source>(none)</source>
        <extracomment>set False to skip the recovery question (tests, scripted runs)</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="162" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="163" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>The project has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="205" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="207" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="352" />
        <source>GZMap projects</source>
        <translation>GZMap projects</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="207" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="302" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="226" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="231" />
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="267" />
        <source>Project opened with warnings</source>
        <translation>Project opened with warnings</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="283" />
        <source>Locate…</source>
        <translation>Locate…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="292" />
        <source>Locate basemap {name} ({link})</source>
        <translation>Locate basemap {name} ({link})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="302" />
        <source>MBTiles</source>
        <translation>MBTiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="326" />
        <source>Cannot use this basemap</source>
        <translation>Cannot use this basemap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="346" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="449" />
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="350" />
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="364" />
        <source>Changed on disk</source>
        <translation>Changed on disk</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="365" />
        <source>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</source>
        <translation>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="372" />
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="373" />
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="401" />
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="404" />
        <source>Project saved with warnings</source>
        <translation>Project saved with warnings</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="409" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="439" />
        <source>Autosave failed:</source>
        <translation>Autosave failed:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="441" />
        <source>Autosaved for recovery</source>
        <translation>Autosaved for recovery</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="452" />
        <source>Recover unsaved work?</source>
        <translation>Recover unsaved work?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="453" />
        <source>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</source>
        <translation>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="458" />
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="459" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="460" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="486" />
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
</context>
<context>
    <name>ProjectErrors</name>
    <message>
        <location filename="../../../gzmap/io/project.py" line="439" />
        <source>layer '{name}' has two columns named '{dup}'; rename one before saving</source>
        <extracomment>Project-file format version written by this build. Bump it when the description changes shape, and add a migration from the previous version. Names a carried plain table may have (``project.tables``); the project's own tables are not among them. Migrations of older descriptions: ``MIGRATIONS[n]`` turns a version-``n`` description (a dict) into a version ``n + 1`` one. things that were cleaned before writing (e.g. a view extent that was not finite)</extracomment>
        <translation>layer '{name}' has two columns named '{dup}'; rename one before saving</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="468" />
        <source>layer '{name}' has a multi-level row index, which a project file cannot hold; reset it first</source>
        <translation>layer '{name}' has a multi-level row index, which a project file cannot hold; reset it first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="644" />
        <source> The previous file is unchanged.</source>
        <translation> The previous file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="648" />
        <source>Cannot save {file}: the file is locked by another program (another GZMap or a GIS).{keep} Close it there and save again, or use Save As.</source>
        <translation>Cannot save {file}: the file is locked by another program (another GZMap or a GIS).{keep} Close it there and save again, or use Save As.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="657" />
        <source>Cannot save {file}: the disk is full in {folder}.{keep} Free some space or save elsewhere.</source>
        <translation>Cannot save {file}: the disk is full in {folder}.{keep} Free some space or save elsewhere.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="665" />
        <source>Cannot save {file}: the folder {folder} is read-only or you may not write there.{keep} Use Save As to choose another folder.</source>
        <translation>Cannot save {file}: the folder {folder} is read-only or you may not write there.{keep} Use Save As to choose another folder.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="674" />
        <source>Cannot save {file}: {reason}.{keep}</source>
        <translation>Cannot save {file}: {reason}.{keep}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="733" />
        <source>Cannot save {file}: the folder {folder} does not exist.</source>
        <translation>Cannot save {file}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="742" />
        <source>Cannot save: {path} is a folder.</source>
        <translation>Cannot save: {path} is a folder.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="909" />
        <source>Cannot save {file}: the file is read-only; it was not changed. Use Save As to save a copy, or make the file writable.</source>
        <translation>Cannot save {file}: the file is read-only; it was not changed. Use Save As to save a copy, or make the file writable.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="926" />
        <source>Cannot save {file}: it was changed on disk since it was opened or saved (by another program or another GZMap). Overwrite it, or save under another name to keep both.</source>
        <translation>Cannot save {file}: it was changed on disk since it was opened or saved (by another program or another GZMap). Overwrite it, or save under another name to keep both.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="958" />
        <source>Cannot save {file}: {reason}.</source>
        <translation>Cannot save {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="965" />
        <source>Cannot save {file}: the project holds a value that cannot be saved ({reason}).</source>
        <translation>Cannot save {file}: the project holds a value that cannot be saved ({reason}).</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="987" />
        <source>{file} is damaged or not a complete GZMap project ({reason}); it was not changed. Open the last good copy or a recovery file.</source>
        <translation>{file} is damaged or not a complete GZMap project ({reason}); it was not changed. Open the last good copy or a recovery file.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1006" />
        <source>{file} is locked by another program that is writing it; try again in a moment.</source>
        <translation>{file} is locked by another program that is writing it; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1020" />
        <source>{file}: {reason}; the file was not changed.</source>
        <translation>{file}: {reason}; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1039" />
        <source>{file} was saved by a newer GZMap (project format {version}; this version reads up to {supported}). Update GZMap to open it; the file was not changed.</source>
        <translation>{file} was saved by a newer GZMap (project format {version}; this version reads up to {supported}). Update GZMap to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1090" />
        <source>{path}: no such project file</source>
        <translation>{path}: no such project file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1096" />
        <source>{path} is a folder, not a project file</source>
        <translation>{path} is a folder, not a project file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1104" />
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1114" />
        <source>{file} is not a GZMap project file (not a GeoPackage)</source>
        <translation>{file} is not a GZMap project file (not a GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1132" />
        <source>{file} is a GeoPackage but not a GZMap project (no {table} table); add its layers with Open vector layer instead</source>
        <translation>{file} is a GeoPackage but not a GZMap project (no {table} table); add its layers with Open vector layer instead</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1494" />
        <source>{file}: layer '{layer}': {reason}; the file was not changed.</source>
        <translation>{file}: layer '{layer}': {reason}; the file was not changed.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="154" />
        <source>Find enterprise (name or pinyin initials) or coordinates…</source>
        <translation>Find enterprise (name or pinyin initials) or coordinates…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="156" />
        <source>Examples: a company name or its pinyin initials, 113.32, 23.11 GCJ-02, 23.11 113.32 BD-09</source>
        <translation>Examples: a company name or its pinyin initials, 113.32, 23.11 GCJ-02, 23.11 113.32 BD-09</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="160" />
        <source>What is near here</source>
        <translation>What is near here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="161" />
        <source>Click on the map to list the enterprises within the radius</source>
        <translation>Click on the map to list the enterprises within the radius</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="162" />
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="163" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="164" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="166" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="166" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="166" />
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="196" />
        <source>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</source>
        <translation>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="217" />
        <source>Nothing found for “{text}”</source>
        <translation>Nothing found for “{text}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="241" />
        <source>{n} enterprises within {r:,.0f} m</source>
        <translation>{n} enterprises within {r:,.0f} m</translation>
    </message>
</context>
</TS>