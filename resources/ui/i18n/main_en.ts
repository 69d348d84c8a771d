<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="62" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="85" />
        <source>Synthetic sample data, not real enterprises</source>
        <translation>Synthetic sample data, not real enterprises</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181" />
        <source>&amp;File</source>
        <extracomment>Extensions register handlers for dropped files: ``file_openers`` holds (accepts(path) -&gt; bool, open(path)) pairs that look inside the file (a project, a point file), tried first; ``file_handlers`` maps a suffix to open(path). Files neither takes open as vector layers.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="183" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="184" />
        <source>Show coordinates also in</source>
        <translation>Show coordinates also in</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="189" />
        <source>Open vector layer…</source>
        <translation>Open vector layer…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="189" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="190" />
        <source>Zoom to full extent</source>
        <translation>Zoom to full extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="190" />
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="191" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="191" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="193" />
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="193" />
        <source>About GZMap</source>
        <translation>About GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="204" />
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="205" />
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="218" />
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="251" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="262" />
        <source>Open vector layer</source>
        <translation>Open vector layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="263" />
        <source>Vector files</source>
        <translation>Vector files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="263" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="278" />
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="316" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="75" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="95" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>