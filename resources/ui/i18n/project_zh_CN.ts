<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Basemaps</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="27" />
        <source>WGS84 (OpenStreetMap, GPS, satellite)</source>
        <translation>WGS84（OpenStreetMap、GPS、卫星影像）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="28" />
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="57" />
        <source>Add offline basemap (MBTiles)…</source>
        <translation>添加离线底图（MBTiles）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="58" />
        <source>Add offline basemap (tile folder)…</source>
        <translation>添加离线底图（瓦片文件夹）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="59" />
        <source>Add online basemap (cached for offline use)…</source>
        <translation>添加在线底图（缓存供离线使用）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="60" />
        <source>Download basemap tiles for this view…</source>
        <translation>下载当前视图的底图瓦片…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="69" />
        <source>Basemap datum</source>
        <translation>底图坐标系</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="70" />
        <source>Which datum are these tiles drawn in?</source>
        <translation>这些瓦片使用哪种坐标系？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="110" />
        <source>Cannot open basemap</source>
        <translation>无法打开底图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="120" />
        <source>Cannot add basemap</source>
        <translation>无法添加底图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="124" />
        <source>Add offline basemap</source>
        <translation>添加离线底图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="124" />
        <source>MBTiles files</source>
        <translation>MBTiles 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="130" />
        <source>Folder of {z}/{x}/{y} tiles</source>
        <translation>{z}/{x}/{y} 瓦片文件夹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="137" />
        <source>Online basemap</source>
        <translation>在线底图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="138" />
        <source>Tile URL with {z}, {x} and {y} (respect the service's terms of use):</source>
        <translation>含 {z}、{x}、{y} 的瓦片地址（请遵守服务的使用条款）：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="160" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="167" />
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="207" />
        <source>Download basemap tiles</source>
        <translation>下载底图瓦片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="160" />
        <source>Add an online basemap first.</source>
        <translation>请先添加在线底图。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="168" />
        <source>Download this view down to zoom level (now {z}):</source>
        <translation>下载当前视图直到缩放级别（当前为 {z}）：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="200" />
        <source>Basemap tiles: {f} downloaded, {c} already cached, {x} failed</source>
        <translation>底图瓦片：已下载 {f} 张，已有缓存 {c} 张，失败 {x} 张</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/basemaps.py" line="211" />
        <source>Downloading basemap tiles</source>
        <translation>正在下载底图瓦片</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="107" />
        <source>&amp;Edit</source>
        <extracomment>open the attribute dialog after adding a point (tests switch it off)</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="108" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="109" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="114" />
        <source>Add enterprise (click on the map)</source>
        <translation>添加企业（在地图上点击）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="121" />
        <source>Move selected enterprise (click on the map)</source>
        <translation>移动所选企业（在地图上点击）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="128" />
        <source>Delete selected enterprise</source>
        <translation>删除所选企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="135" />
        <source>Edit attributes…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="142" />
        <source>Add field…</source>
        <translation>添加字段…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="173" />
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="174" />
        <source>Choose a point layer (enterprises) in the layer list first.</source>
        <translation>请先在图层列表中选择一个点图层（企业）。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="192" />
        <source>Cannot edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="217" />
        <source>Click on the map to add an enterprise there</source>
        <translation>在地图上点击以在该处添加企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="220" />
        <source>Select an enterprise, then click where it really is</source>
        <translation>选择一个企业，然后点击它的实际位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="230" />
        <source>Add enterprise</source>
        <translation>添加企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="238" />
        <source>Select one enterprise first, then click its new place</source>
        <translation>请先选择一个企业，再点击它的新位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="241" />
        <source>Move enterprise</source>
        <translation>移动企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="249" />
        <source>Select the enterprise to delete first</source>
        <translation>请先选择要删除的企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="251" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="254" />
        <source>Delete enterprise</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="264" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="271" />
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="288" />
        <source>Select one enterprise first</source>
        <translation>请先选择一个企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="300" />
        <location filename="../../../gzmap/ui/extensions/editing.py" line="303" />
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="300" />
        <source>Name of the new field (text):</source>
        <translation>新字段名称（文本）：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/editing.py" line="325" />
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="67" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="68" />
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="69" />
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="72" />
        <source>Save project as…</source>
        <translation>项目另存为…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="92" />
        <source>Save the project (layers, styles, view and edits) in one file</source>
        <translation>将项目（图层、样式、视图和编辑）保存为一个文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="89" />
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="76" />
        <source>Locate missing basemaps…</source>
        <translation>查找缺失的底图…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="96" />
        <source>Choose the files of basemaps this project could not open</source>
        <translation>为本项目无法打开的底图选择文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="154" />
        <source>(none)</source>
        <extracomment>set False to skip the recovery question (tests, scripted runs)</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="162" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="163" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="205" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="207" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="352" />
        <source>GZMap projects</source>
        <translation>GZMap 项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="207" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="302" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="226" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="231" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="267" />
        <source>Project opened with warnings</source>
        <translation>项目已打开，但有警告</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="283" />
        <source>Locate…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="292" />
        <source>Locate basemap {name} ({link})</source>
        <translation>查找底图 {name}（{link}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="302" />
        <source>MBTiles</source>
        <translation>MBTiles 瓦片文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="326" />
        <source>Cannot use this basemap</source>
        <translation>无法使用此底图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="346" />
        <location filename="../../../gzmap/ui/extensions/project.py" line="449" />
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="350" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="364" />
        <source>Changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="365" />
        <source>{name} was changed on disk since you opened or saved it (by another program or another GZMap). Overwrite those changes?</source>
        <translation>{name} 在您打开或保存后已在磁盘上被更改（被其他程序或另一个 GZMap）。要覆盖这些更改吗？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="372" />
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="373" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="401" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="404" />
        <source>Project saved with warnings</source>
        <translation>项目已保存，但有警告</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="409" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="439" />
        <source>Autosave failed:</source>
        <translation>自动保存失败：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="441" />
        <source>Autosaved for recovery</source>
        <translation>已自动保存（用于恢复）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="452" />
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="453" />
        <source>GZMap did not close normally. Recover the changes to {name} autosaved at {time}?</source>
        <translation>GZMap 上次未正常关闭。是否恢复 {name} 于 {time} 自动保存的更改？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="458" />
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="459" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="460" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/project.py" line="486" />
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>ProjectErrors</name>
    <message>
        <location filename="../../../gzmap/io/project.py" line="439" />
        <source>layer '{name}' has two columns named '{dup}'; rename one before saving</source>
        <extracomment>Project-file format version written by this build. Bump it when the description changes shape, and add a migration from the previous version. Names a carried plain table may have (``project.tables``); the project's own tables are not among them. Migrations of older descriptions: ``MIGRATIONS[n]`` turns a version-``n`` description (a dict) into a version ``n + 1`` one. things that were cleaned before writing (e.g. a view extent that was not finite)</extracomment>
        <translation>图层“{name}”有两个名为“{dup}”的列；请先重命名其中一个再保存</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="468" />
        <source>layer '{name}' has a multi-level row index, which a project file cannot hold; reset it first</source>
        <translation>图层“{name}”的行索引是多级索引，项目文件无法保存；请先重置索引</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="644" />
        <source> The previous file is unchanged.</source>
        <translation>原文件未改动。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="648" />
        <source>Cannot save {file}: the file is locked by another program (another GZMap or a GIS).{keep} Close it there and save again, or use Save As.</source>
        <translation>无法保存 {file}：文件被另一个程序（另一个 GZMap 或 GIS 软件）锁定。{keep}请在那里关闭它后再保存，或使用“另存为”。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="657" />
        <source>Cannot save {file}: the disk is full in {folder}.{keep} Free some space or save elsewhere.</source>
        <translation>无法保存 {file}：{folder} 所在磁盘已满。{keep}请释放空间或保存到别处。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="665" />
        <source>Cannot save {file}: the folder {folder} is read-only or you may not write there.{keep} Use Save As to choose another folder.</source>
        <translation>无法保存 {file}：文件夹 {folder} 是只读的，或您无权写入。{keep}请使用“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="674" />
        <source>Cannot save {file}: {reason}.{keep}</source>
        <translation>无法保存 {file}：{reason}。{keep}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="733" />
        <source>Cannot save {file}: the folder {folder} does not exist.</source>
        <translation>无法保存 {file}：文件夹 {folder} 不存在；请先创建它或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="742" />
        <source>Cannot save: {path} is a folder.</source>
        <translation>无法保存：{path} 是文件夹。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="909" />
        <source>Cannot save {file}: the file is read-only; it was not changed. Use Save As to save a copy, or make the file writable.</source>
        <translation>无法保存 {file}：文件是只读的，未改动。请使用“另存为”保存副本，或将文件设为可写。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="926" />
        <source>Cannot save {file}: it was changed on disk since it was opened or saved (by another program or another GZMap). Overwrite it, or save under another name to keep both.</source>
        <translation>无法保存 {file}：自打开或上次保存以来，它已在磁盘上被（另一个程序或另一个 GZMap）修改。请覆盖它，或另存为其他名称以保留两者。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="958" />
        <source>Cannot save {file}: {reason}.</source>
        <translation>无法保存 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="965" />
        <source>Cannot save {file}: the project holds a value that cannot be saved ({reason}).</source>
        <translation>无法保存 {file}：项目中有无法保存的值。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="987" />
        <source>{file} is damaged or not a complete GZMap project ({reason}); it was not changed. Open the last good copy or a recovery file.</source>
        <translation>{file} 已损坏或不是完整的 GZMap 项目，文件未改动。请打开最后一份完好的副本或恢复文件。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1006" />
        <source>{file} is locked by another program that is writing it; try again in a moment.</source>
        <translation>{file} 正被另一个程序写入而锁定；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1020" />
        <source>{file}: {reason}; the file was not changed.</source>
        <translation>{file}：{reason}；文件未改动。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1039" />
        <source>{file} was saved by a newer GZMap (project format {version}; this version reads up to {supported}). Update GZMap to open it; the file was not changed.</source>
        <translation>{file} 由更新版本的 GZMap 保存（项目格式 {version}；本版本最高可读 {supported}）。请更新 GZMap 后再打开；文件未改动。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1090" />
        <source>{path}: no such project file</source>
        <translation>{path}：项目文件不存在</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1096" />
        <source>{path} is a folder, not a project file</source>
        <translation>{path} 是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1104" />
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1114" />
        <source>{file} is not a GZMap project file (not a GeoPackage)</source>
        <translation>{file} 不是 GZMap 项目文件（不是 GeoPackage）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1132" />
        <source>{file} is a GeoPackage but not a GZMap project (no {table} table); add its layers with Open vector layer instead</source>
        <translation>{file} 是 GeoPackage，但不是 GZMap 项目；请改用“打开矢量图层”添加其中的图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/project.py" line="1494" />
        <source>{file}: layer '{layer}': {reason}; the file was not changed.</source>
        <translation>{file}：图层“{layer}”：{reason}；文件未改动。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="154" />
        <source>Find enterprise (name or pinyin initials) or coordinates…</source>
        <translation>查找企业（名称或拼音首字母）或坐标…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="156" />
        <source>Examples: a company name or its pinyin initials, 113.32, 23.11 GCJ-02, 23.11 113.32 BD-09</source>
        <translation>示例：企业名称或其拼音首字母、113.32, 23.11 GCJ-02、23.11 113.32 BD-09</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="160" />
        <source>What is near here</source>
        <translation>附近有什么</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="161" />
        <source>Click on the map to list the enterprises within the radius</source>
        <translation>在地图上点击，列出半径范围内的企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="162" />
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="163" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="164" />
        <source>Search results</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="166" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="166" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="166" />
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="196" />
        <source>Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}</source>
        <translation>已显示：{lon:.6f}, {lat:.6f}（{datum}）= WGS84 {wlon:.6f}, {wlat:.6f}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="217" />
        <source>Nothing found for “{text}”</source>
        <translation>未找到“{text}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/search.py" line="241" />
        <source>{n} enterprises within {r:,.0f} m</source>
        <translation>{r:,.0f} 米内有 {n} 家企业</translation>
    </message>
</context>
</TS>