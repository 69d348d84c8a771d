<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FieldWork</name>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="69" />
        <source>no area '{area}': give a Guangzhou district ({names}), a box 'west,south,east,north' in degrees, or a polygon file</source>
        <extracomment>Key of the master's record in ``project.metadata``: project id, revision, the copies it made. Key of a copy's record in its ``project.metadata``: master id, copy id, base revision, surveyor, area. Margin around the area for basemap tiles, degrees (covers the ~500 m GCJ-02 offset of Amap-style tiles).</extracomment>
        <translation>no area '{area}': give a Guangzhou district ({names}), a box 'west,south,east,north' in degrees, or a polygon file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="74" />
        <source>the area '{area}' is empty</source>
        <translation>the area '{area}' is empty</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="75" />
        <source>save the project first: a field copy records the file it came from</source>
        <translation>save the project first: a field copy records the file it came from</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="76" />
        <source>a field copy needs the surveyor's name</source>
        <translation>a field copy needs the surveyor's name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="77" />
        <source>zoom levels must be two whole numbers from 0 to 22, low to high</source>
        <translation>zoom levels must be two whole numbers from 0 to 22, low to high</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="78" />
        <source>the field copy cannot replace its own master ({file})</source>
        <translation>the field copy cannot replace its own master ({file})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="79" />
        <source>{file} is damaged or truncated ({reason}); nothing was merged and the master is unchanged</source>
        <translation>{file} is damaged or truncated ({reason}); nothing was merged and the master is unchanged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="82" />
        <source>{file} is not a field copy (it was not made with Field copy); nothing was merged</source>
        <translation>{file} is not a field copy (it was not made with Field copy); nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="85" />
        <source>{file} is a field copy of another project ('{title}'), not of {master}; nothing was merged</source>
        <translation>{file} is a field copy of another project ('{title}'), not of {master}; nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="89" />
        <source>{file}: its base (revision {revision}, made {made}) is not in the history of {master}; was the master restored from an older backup? Nothing was merged</source>
        <translation>{file}: its base (revision {revision}, made {made}) is not in the history of {master}; was the master restored from an older backup? Nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="94" />
        <source>{file} was already merged on {when}; make a new field copy for new work. Nothing was merged</source>
        <translation>{file} was already merged on {when}; make a new field copy for new work. Nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="97" />
        <source>{file} is the same field copy as {other}; give it once</source>
        <translation>{file} is the same field copy as {other}; give it once</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="98" />
        <source>the master {file} cannot be opened: {reason}</source>
        <translation>the master {file} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="99" />
        <source>{file} cannot be read: {reason}; nothing was merged</source>
        <translation>{file} cannot be read: {reason}; nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="105" />
        <source>Reading the project</source>
        <extracomment>What the progress dialog says while a copy is written.</extracomment>
        <translation>Reading the project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="106" />
        <source>Copying the basemap tiles of the area</source>
        <translation>Copying the basemap tiles of the area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="107" />
        <source>Writing the field copy</source>
        <translation>Writing the field copy</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="108" />
        <source>Field copy written</source>
        <translation>Field copy written</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="714" />
        <source>merged: {copies}</source>
        <extracomment>The master's plain table of conflicts (open ones have no choice yet). The field a "note" decision writes into (the survey form's notes). Choices besides a side's letter.</extracomment>
        <translation>merged: {copies}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="715" />
        <source>features added {adds}, fields changed {updates}, features deleted {deletes}, photos added {photos}</source>
        <translation>features added {adds}, fields changed {updates}, features deleted {deletes}, photos added {photos}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="719" />
        <source>new fields: {fields}</source>
        <translation>new fields: {fields}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="720" />
        <source>conflicts {n}: resolved {resolved}, open {open}</source>
        <translation>conflicts {n}: resolved {resolved}, open {open}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="721" />
        <source>conflict {id} {layer} / {feature} / {field}: base {base}; {sides}</source>
        <translation>conflict {id} {layer} / {feature} / {field}: base {base}; {sides}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="722" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="723" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Fieldwork</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="72" />
        <source>verified</source>
        <extracomment>The survey form's fields (added to a layer the first time it is surveyed).</extracomment>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="73" />
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="74" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="75" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="122" />
        <source>The GPS port {port} cannot be opened: {reason}</source>
        <translation>The GPS port {port} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="138" />
        <source>The GPS was disconnected (its serial port disappeared); the track so far is kept.</source>
        <translation>The GPS was disconnected (its serial port disappeared); the track so far is kept.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="156" />
        <source>gpsd on {host}:{port} does not answer: {reason}</source>
        <translation>gpsd on {host}:{port} does not answer: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="272" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="531" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="562" />
        <source>Field copy</source>
        <translation>Field copy</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="274" />
        <source>Current view</source>
        <translation>Current view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="276" />
        <source>The polygon drawn with Measure area</source>
        <translation>The polygon drawn with Measure area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="285" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="286" />
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="287" />
        <source>Basemap zooms from</source>
        <translation>Basemap zooms from</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="288" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="299" />
        <source>Merge conflicts</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="303" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="304" />
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="305" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="306" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="311" />
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="322" />
        <source>decide later</source>
        <translation>decide later</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="325" />
        <source>take {side}</source>
        <translation>take {side}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="327" />
        <source>keep the base value</source>
        <translation>keep the base value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="328" />
        <source>keep both values in a note</source>
        <translation>keep both values in a note</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="333" />
        <source>The same field was changed differently. Choose what to keep for each row.</source>
        <translation>The same field was changed differently. Choose what to keep for each row.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="347" />
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="357" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="361" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="362" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="363" />
        <source>Floors</source>
        <translation>Floors</translation>
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
        <translation>F&amp;ield</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="445" />
        <source>Field copy…</source>
        <translation>Field copy…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="446" />
        <source>Merge field copies…</source>
        <translation>Merge field copies…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="447" />
        <source>Undo last merge</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="479" />
        <source>Survey form…</source>
        <translation>Survey form…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="480" />
        <source>Attach photo…</source>
        <translation>Attach photo…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="482" />
        <source>GPS: replay a recorded NMEA log…</source>
        <translation>GPS: replay a recorded NMEA log…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="483" />
        <source>GPS: serial port…</source>
        <translation>GPS: serial port…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="486" />
        <source>GPS: gpsd on this computer</source>
        <translation>GPS: gpsd on this computer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="490" />
        <source>GPS: stop</source>
        <translation>GPS: stop</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="491" />
        <source>Follow the GPS position</source>
        <translation>Follow the GPS position</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="494" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="781" />
        <source>Add enterprise at the GPS position</source>
        <translation>Add enterprise at the GPS position</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="498" />
        <source>Save GPS track as a layer</source>
        <translation>Save GPS track as a layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="458" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="683" />
        <location filename="../../../gzmap/ui/photo_view.py" line="40" />
        <source>Photos</source>
        <extracomment>Thumbnail size in the strip, pixels (longest side).</extracomment>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="515" />
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="516" />
        <source>Save the project first: field copies are made from and merged into its file.</source>
        <translation>Save the project first: field copies are made from and merged into its file.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="572" />
        <source>Field copy written: {file} ({mb} MB)</source>
        <translation>Field copy written: {file} ({mb} MB)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="589" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="604" />
        <source>Merge field copies</source>
        <translation>Merge field copies</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="632" />
        <source>Select one enterprise first</source>
        <translation>Select one enterprise first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="657" />
        <source>Survey form</source>
        <translation>Survey form</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="664" />
        <source>Field editing is not available</source>
        <translation>Field editing is not available</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="683" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="704" />
        <source>Attach photo</source>
        <translation>Attach photo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="725" />
        <source>Recorded NMEA log</source>
        <translation>Recorded NMEA log</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="736" />
        <source>No serial port found; is the GPS plugged in?</source>
        <translation>No serial port found; is the GPS plugged in?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="740" />
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="777" />
        <source>No GPS position yet, or no point layer chosen</source>
        <translation>No GPS position yet, or no point layer chosen</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="795" />
        <source>The GPS track has fewer than two positions</source>
        <translation>The GPS track has fewer than two positions</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="803" />
        <source>GPS track</source>
        <translation>GPS track</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/photo_view.py" line="99" />
        <source>Click to enlarge</source>
        <translation>Click to enlarge</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/photo_view.py" line="125" />
        <source>This photo cannot be shown: its data is damaged.</source>
        <translation>This photo cannot be shown: its data is damaged.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="71" />
        <source>{name} is not a photo (not a JPEG, PNG, WebP, GIF or TIFF image)</source>
        <extracomment>Largest photo file kept, bytes. Largest photo, pixels (a bigger one is a decompression bomb, not a photo). Longest side of a thumbnail, pixels; largest thumbnail, bytes (JPEG).</extracomment>
        <translation>{name} is not a photo (not a JPEG, PNG, WebP, GIF or TIFF image)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="72" />
        <source>{name} is too large for a photo (more than {mb} MB or {mp} megapixels)</source>
        <translation>{name} is too large for a photo (more than {mb} MB or {mp} megapixels)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="73" />
        <source>{name} could not be read: {reason}</source>
        <translation>{name} could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_photos.py" line="36" />
        <source>Photo of {feature}: {name}</source>
        <extracomment>Most photos shown in one feature's popup (the newest). Most bytes of thumbnails in one page (base64 adds a third).</extracomment>
        <translation>Photo of {feature}: {name}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_photos.py" line="37" />
        <source>Layer '{layer}': {n} photo(s) not shown in the popups (the page holds at most {mb} MB of photos).</source>
        <translation>Layer '{layer}': {n} photo(s) not shown in the popups (the page holds at most {mb} MB of photos).</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_photos.py" line="40" />
        <source>Layer '{layer}': {n} photo(s) could not be read and are not shown.</source>
        <translation>Layer '{layer}': {n} photo(s) could not be read and are not shown.</translation>
    </message>
</context>
</TS>