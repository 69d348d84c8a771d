<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FieldWork</name>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="69" />
        <source>no area '{area}': give a Guangzhou district ({names}), a box 'west,south,east,north' in degrees, or a polygon file</source>
        <extracomment>Key of the master's record in ``project.metadata``: project id, revision, the copies it made. Key of a copy's record in its ``project.metadata``: master id, copy id, base revision, surveyor, area. Margin around the area for basemap tiles, degrees (covers the ~500 m GCJ-02 offset of Amap-style tiles).</extracomment>
        <translation>没有区域“{area}”：请给出广州的区（{names}）、以度为单位的范围“西,南,东,北”，或一个多边形文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="74" />
        <source>the area '{area}' is empty</source>
        <translation>区域“{area}”是空的</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="75" />
        <source>save the project first: a field copy records the file it came from</source>
        <translation>请先保存项目：外业副本要记下它来自哪个文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="76" />
        <source>a field copy needs the surveyor's name</source>
        <translation>外业副本需要调查员的姓名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="77" />
        <source>zoom levels must be two whole numbers from 0 to 22, low to high</source>
        <translation>缩放级别须为 0 到 22 之间的两个整数，先小后大</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="78" />
        <source>the field copy cannot replace its own master ({file})</source>
        <translation>外业副本不能覆盖它的主项目（{file}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="79" />
        <source>{file} is damaged or truncated ({reason}); nothing was merged and the master is unchanged</source>
        <translation>{file} 已损坏或不完整；没有合并任何内容，主项目未改动</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="82" />
        <source>{file} is not a field copy (it was not made with Field copy); nothing was merged</source>
        <translation>{file} 不是外业副本（不是用“外业副本”生成的）；没有合并任何内容</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="85" />
        <source>{file} is a field copy of another project ('{title}'), not of {master}; nothing was merged</source>
        <translation>{file} 是另一个项目（“{title}”）的外业副本，不属于 {master}；没有合并任何内容</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="89" />
        <source>{file}: its base (revision {revision}, made {made}) is not in the history of {master}; was the master restored from an older backup? Nothing was merged</source>
        <translation>{file}：它的基础版本（第 {revision} 版，生成于 {made}）不在 {master} 的历史中；主项目是否从较旧的备份恢复过？没有合并任何内容</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="94" />
        <source>{file} was already merged on {when}; make a new field copy for new work. Nothing was merged</source>
        <translation>{file} 已于 {when} 合并过；新的外业工作请生成新的外业副本。没有合并任何内容</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="97" />
        <source>{file} is the same field copy as {other}; give it once</source>
        <translation>{file} 与 {other} 是同一个外业副本；只需给出一次</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="98" />
        <source>the master {file} cannot be opened: {reason}</source>
        <translation>无法打开主项目 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="99" />
        <source>{file} cannot be read: {reason}; nothing was merged</source>
        <translation>无法读取 {file}：{reason}；没有合并任何内容</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="105" />
        <source>Reading the project</source>
        <extracomment>What the progress dialog says while a copy is written.</extracomment>
        <translation>正在读取项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="106" />
        <source>Copying the basemap tiles of the area</source>
        <translation>正在复制该区域的底图瓦片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="107" />
        <source>Writing the field copy</source>
        <translation>正在写入外业副本</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="108" />
        <source>Field copy written</source>
        <translation>外业副本已写好</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="714" />
        <source>merged: {copies}</source>
        <extracomment>The master's plain table of conflicts (open ones have no choice yet). The field a "note" decision writes into (the survey form's notes). Choices besides a side's letter.</extracomment>
        <translation>已合并：{copies}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="715" />
        <source>features added {adds}, fields changed {updates}, features deleted {deletes}, photos added {photos}</source>
        <translation>新增要素 {adds} 个，修改字段 {updates} 处，删除要素 {deletes} 个，新增照片 {photos} 张</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="719" />
        <source>new fields: {fields}</source>
        <translation>新字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="720" />
        <source>conflicts {n}: resolved {resolved}, open {open}</source>
        <translation>冲突 {n} 处：已解决 {resolved}，待解决 {open}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="721" />
        <source>conflict {id} {layer} / {feature} / {field}: base {base}; {sides}</source>
        <translation>冲突 {id} {layer} / {feature} / {field}：原值 {base}；{sides}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="722" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="723" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>Fieldwork</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="72" />
        <source>verified</source>
        <extracomment>The survey form's fields (added to a layer the first time it is surveyed).</extracomment>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="73" />
        <source>moved</source>
        <translation>已搬迁</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="74" />
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="75" />
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="122" />
        <source>The GPS port {port} cannot be opened: {reason}</source>
        <translation>无法打开 GPS 端口 {port}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="138" />
        <source>The GPS was disconnected (its serial port disappeared); the track so far is kept.</source>
        <translation>GPS 已断开（串口消失）；已记录的轨迹会保留。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="156" />
        <source>gpsd on {host}:{port} does not answer: {reason}</source>
        <translation>{host}:{port} 上的 gpsd 没有响应：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="272" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="531" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="562" />
        <source>Field copy</source>
        <translation>外业副本</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="274" />
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="276" />
        <source>The polygon drawn with Measure area</source>
        <translation>用“测量面积”画出的多边形</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="285" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="286" />
        <source>Surveyor</source>
        <translation>调查员</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="287" />
        <source>Basemap zooms from</source>
        <translation>底图缩放级别从</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="288" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="299" />
        <source>Merge conflicts</source>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="303" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="304" />
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="305" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="306" />
        <source>Base</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="311" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="322" />
        <source>decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="325" />
        <source>take {side}</source>
        <translation>采用 {side}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="327" />
        <source>keep the base value</source>
        <translation>保留原值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="328" />
        <source>keep both values in a note</source>
        <translation>两个值都写入备注</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="333" />
        <source>The same field was changed differently. Choose what to keep for each row.</source>
        <translation>同一字段被改成了不同的值。请为每一行选择保留哪个。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="347" />
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="357" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="361" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="362" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="363" />
        <source>Floors</source>
        <translation>楼层数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="462" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="736" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="740" />
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="453" />
        <source>F&amp;ield</source>
        <translation>外业(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="445" />
        <source>Field copy…</source>
        <translation>外业副本…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="446" />
        <source>Merge field copies…</source>
        <translation>合并外业副本…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="447" />
        <source>Undo last merge</source>
        <translation>撤销上一次合并</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="479" />
        <source>Survey form…</source>
        <translation>调查表…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="480" />
        <source>Attach photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="482" />
        <source>GPS: replay a recorded NMEA log…</source>
        <translation>GPS：回放录制的 NMEA 日志…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="483" />
        <source>GPS: serial port…</source>
        <translation>GPS：串口…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="486" />
        <source>GPS: gpsd on this computer</source>
        <translation>GPS：本机 gpsd</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="490" />
        <source>GPS: stop</source>
        <translation>GPS：停止</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="491" />
        <source>Follow the GPS position</source>
        <translation>跟随 GPS 位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="494" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="781" />
        <source>Add enterprise at the GPS position</source>
        <translation>在 GPS 位置添加企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="498" />
        <source>Save GPS track as a layer</source>
        <translation>将 GPS 轨迹保存为图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="458" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="683" />
        <location filename="../../../gzmap/ui/photo_view.py" line="40" />
        <source>Photos</source>
        <extracomment>Thumbnail size in the strip, pixels (longest side).</extracomment>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="515" />
        <source>Field work</source>
        <translation>外业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="516" />
        <source>Save the project first: field copies are made from and merged into its file.</source>
        <translation>请先保存项目：外业副本由项目文件生成，并合并回该文件。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="572" />
        <source>Field copy written: {file} ({mb} MB)</source>
        <translation>外业副本已写入：{file}（{mb} MB）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="589" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="604" />
        <source>Merge field copies</source>
        <translation>合并外业副本</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="632" />
        <source>Select one enterprise first</source>
        <translation>请先选择一个企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="657" />
        <source>Survey form</source>
        <translation>外业调查表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="664" />
        <source>Field editing is not available</source>
        <translation>要素编辑功能不可用</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="683" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="704" />
        <source>Attach photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="725" />
        <source>Recorded NMEA log</source>
        <translation>录制的 NMEA 日志</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="736" />
        <source>No serial port found; is the GPS plugged in?</source>
        <translation>没有找到串口；GPS 是否已连接？</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="740" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="777" />
        <source>No GPS position yet, or no point layer chosen</source>
        <translation>还没有 GPS 位置，或没有选择点图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="795" />
        <source>The GPS track has fewer than two positions</source>
        <translation>GPS 轨迹少于两个位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="803" />
        <source>GPS track</source>
        <translation>GPS 轨迹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/photo_view.py" line="99" />
        <source>Click to enlarge</source>
        <translation>点击放大</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/photo_view.py" line="125" />
        <source>This photo cannot be shown: its data is damaged.</source>
        <translation>这张照片无法显示：它的数据已损坏。</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="71" />
        <source>{name} is not a photo (not a JPEG, PNG, WebP, GIF or TIFF image)</source>
        <extracomment>Largest photo file kept, bytes. Largest photo, pixels (a bigger one is a decompression bomb, not a photo). Longest side of a thumbnail, pixels; largest thumbnail, bytes (JPEG).</extracomment>
        <translation>{name} 不是照片（不是 JPEG、PNG、WebP、GIF 或 TIFF 图像）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="72" />
        <source>{name} is too large for a photo (more than {mb} MB or {mp} megapixels)</source>
        <translation>{name} 作为照片太大（超过 {mb} MB 或 {mp} 百万像素）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="73" />
        <source>{name} could not be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_photos.py" line="36" />
        <source>Photo of {feature}: {name}</source>
        <extracomment>Most photos shown in one feature's popup (the newest). Most bytes of thumbnails in one page (base64 adds a third).</extracomment>
        <translation>{feature} 的照片：{name}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_photos.py" line="37" />
        <source>Layer '{layer}': {n} photo(s) not shown in the popups (the page holds at most {mb} MB of photos).</source>
        <translation>图层“{layer}”：{n} 张照片未放入弹窗（一个网页最多容纳 {mb} MB 照片）。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_photos.py" line="40" />
        <source>Layer '{layer}': {n} photo(s) could not be read and are not shown.</source>
        <translation>图层“{layer}”：{n} 张照片无法读取，未显示。</translation>
    </message>
</context>
</TS>