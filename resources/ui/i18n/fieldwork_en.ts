<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FieldWork</name>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="64" />
        <source>no area '{area}': give a Guangzhou district ({names}), a box 'west,south,east,north' in degrees, or a polygon file</source>
        <extracomment>Key of the master's record in ``project.metadata``: project id, revision, the copies it made. Key of a copy's record in its ``project.metadata``: master id, copy id, base revision, surveyor, area. Margin around the area for basemap tiles, degrees (covers the ~500 m GCJ-02 offset of Amap-style tiles).</extracomment>
        <translation>no area '{area}': give a Guangzhou district ({names}), a box 'west,south,east,north' in degrees, or a polygon file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="69" />
        <source>the area '{area}' is empty</source>
        <translation>the area '{area}' is empty</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="70" />
        <source>save the project first: a field copy records the file it came from</source>
        <translation>save the project first: a field copy records the file it came from</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="71" />
        <source>a field copy needs the surveyor's name</source>
        <translation>a field copy needs the surveyor's name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="72" />
        <source>zoom levels must be two whole numbers from 0 to 22, low to high</source>
        <translation>zoom levels must be two whole numbers from 0 to 22, low to high</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="73" />
        <source>the field copy cannot replace its own master ({file})</source>
        <translation>the field copy cannot replace its own master ({file})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="74" />
        <source>{file} is damaged or truncated ({reason}); nothing was merged and the master is unchanged</source>
        <translation>{file} is damaged or truncated ({reason}); nothing was merged and the master is unchanged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="77" />
        <source>{file} is not a field copy (it was not made with Field copy); nothing was merged</source>
        <translation>{file} is not a field copy (it was not made with Field copy); nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="80" />
        <source>{file} is a field copy of another project ('{title}'), not of {master}; nothing was merged</source>
        <translation>{file} is a field copy of another project ('{title}'), not of {master}; nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="84" />
        <source>{file}: its base (revision {revision}, made {made}) is not in the history of {master}; was the master restored from an older backup? Nothing was merged</source>
        <translation>{file}: its base (revision {revision}, made {made}) is not in the history of {master}; was the master restored from an older backup? Nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="89" />
        <source>{file} was already merged on {when}; make a new field copy for new work. Nothing was merged</source>
        <translation>{file} was already merged on {when}; make a new field copy for new work. Nothing was merged</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="92" />
        <source>{file} is the same field copy as {other}; give it once</source>
        <translation>{file} is the same field copy as {other}; give it once</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_copy.py" line="93" />
        <source>the master {file} cannot be opened: {reason}</source>
        <translation>the master {file} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="705" />
        <source>merged: {copies}</source>
        <extracomment>The master's plain table of conflicts (open ones have no choice yet). The field a "note" decision writes into (the survey form's notes). Choices besides a side's letter.</extracomment>
        <translation>merged: {copies}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="706" />
        <source>features added {adds}, fields changed {updates}, features deleted {deletes}, photos added {photos}</source>
        <translation>features added {adds}, fields changed {updates}, features deleted {deletes}, photos added {photos}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="710" />
        <source>new fields: {fields}</source>
        <translation>new fields: {fields}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="711" />
        <source>conflicts {n}: resolved {resolved}, open {open}</source>
        <translation>conflicts {n}: resolved {resolved}, open {open}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="712" />
        <source>conflict {id} {layer} / {feature} / {field}: base {base}; {sides}</source>
        <translation>conflict {id} {layer} / {feature} / {field}: base {base}; {sides}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="713" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/field_merge.py" line="714" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Fieldwork</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="71" />
        <source>verified</source>
        <extracomment>The survey form's fields (added to a layer the first time it is surveyed).</extracomment>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="72" />
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="73" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="74" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="121" />
        <source>The GPS port {port} cannot be opened: {reason}</source>
        <translation>The GPS port {port} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="137" />
        <source>The GPS was disconnected (its serial port disappeared); the track so far is kept.</source>
        <translation>The GPS was disconnected (its serial port disappeared); the track so far is kept.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="155" />
        <source>gpsd on {host}:{port} does not answer: {reason}</source>
        <translation>gpsd on {host}:{port} does not answer: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="267" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="525" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="546" />
        <source>Field copy</source>
        <translation>Field copy</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="269" />
        <source>Current view</source>
        <translation>Current view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="278" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="279" />
        <source>Surveyor</source>
        <translation>Surveyor</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="280" />
        <source>Basemap zooms from</source>
        <translation>Basemap zooms from</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="281" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="295" />
        <source>Merge conflicts</source>
        <translation>Merge conflicts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="299" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="300" />
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="301" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="302" />
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="307" />
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="318" />
        <source>decide later</source>
        <translation>decide later</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="321" />
        <source>take {side}</source>
        <translation>take {side}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="323" />
        <source>keep the base value</source>
        <translation>keep the base value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="324" />
        <source>keep both values in a note</source>
        <translation>keep both values in a note</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="333" />
        <source>The same field was changed differently. Choose what to keep for each row.</source>
        <translation>The same field was changed differently. Choose what to keep for each row.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="348" />
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="358" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="362" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="363" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="364" />
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="457" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="713" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="717" />
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="448" />
        <source>F&amp;ield</source>
        <translation>F&amp;ield</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="440" />
        <source>Field copy…</source>
        <translation>Field copy…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="441" />
        <source>Merge field copies…</source>
        <translation>Merge field copies…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="442" />
        <source>Undo last merge</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="474" />
        <source>Survey form…</source>
        <translation>Survey form…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="475" />
        <source>Attach photo…</source>
        <translation>Attach photo…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="477" />
        <source>GPS: replay a recorded NMEA log…</source>
        <translation>GPS: replay a recorded NMEA log…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="478" />
        <source>GPS: serial port…</source>
        <translation>GPS: serial port…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="481" />
        <source>GPS: gpsd on this computer</source>
        <translation>GPS: gpsd on this computer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="485" />
        <source>GPS: stop</source>
        <translation>GPS: stop</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="486" />
        <source>Follow the GPS position</source>
        <translation>Follow the GPS position</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="489" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="758" />
        <source>Add enterprise at the GPS position</source>
        <translation>Add enterprise at the GPS position</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="493" />
        <source>Save GPS track as a layer</source>
        <translation>Save GPS track as a layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="453" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="660" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="510" />
        <source>Field work</source>
        <translation>Field work</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="511" />
        <source>Save the project first: field copies are made from and merged into its file.</source>
        <translation>Save the project first: field copies are made from and merged into its file.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="551" />
        <source>Field copy written: {file} ({mb} MB)</source>
        <translation>Field copy written: {file} ({mb} MB)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="562" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="577" />
        <source>Merge field copies</source>
        <translation>Merge field copies</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="605" />
        <source>Select one enterprise first</source>
        <translation>Select one enterprise first</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="630" />
        <source>Survey form</source>
        <translation>Survey form</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="637" />
        <source>Field editing is not available</source>
        <translation>Field editing is not available</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="658" />
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="681" />
        <source>Attach photo</source>
        <translation>Attach photo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="702" />
        <source>Recorded NMEA log</source>
        <translation>Recorded NMEA log</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="713" />
        <source>No serial port found; is the GPS plugged in?</source>
        <translation>No serial port found; is the GPS plugged in?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="717" />
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="754" />
        <source>No GPS position yet, or no point layer chosen</source>
        <translation>No GPS position yet, or no point layer chosen</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="772" />
        <source>The GPS track has fewer than two positions</source>
        <translation>The GPS track has fewer than two positions</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/fieldwork.py" line="780" />
        <source>GPS track</source>
        <translation>GPS track</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="67" />
        <source>{name} is not a photo (not a JPEG, PNG, WebP, GIF or TIFF image)</source>
        <extracomment>Largest photo file kept, bytes. Largest photo, pixels (a bigger one is a decompression bomb, not a photo).</extracomment>
        <translation>{name} is not a photo (not a JPEG, PNG, WebP, GIF or TIFF image)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="68" />
        <source>{name} is too large for a photo (more than {mb} MB or {mp} megapixels)</source>
        <translation>{name} is too large for a photo (more than {mb} MB or {mp} megapixels)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/photos.py" line="69" />
        <source>{name} could not be read: {reason}</source>
        <translation>{name} could not be read: {reason}</translation>
    </message>
</context>
</TS>