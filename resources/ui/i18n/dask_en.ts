<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Dask</name>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="84" />
        <source>Compute on a Dask cluster…</source>
        <translation>Compute on a Dask cluster…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="89" />
        <source>Run on the Dask cluster ({address})</source>
        <translation>Run on the Dask cluster ({address})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="103" />
        <source>Compute on a Dask cluster</source>
        <translation>Compute on a Dask cluster</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="108" />
        <source>The scheduler's address (tcp://HOST:8786), or local:N for N worker processes here; empty: none</source>
        <translation>The scheduler's address (tcp://HOST:8786), or local:N for N worker processes here; empty: none</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="115" />
        <source>A folder every worker sees (a shared file system); empty: this computer's temporary folder</source>
        <translation>A folder every worker sees (a shared file system); empty: this computer's temporary folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="119" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="129" />
        <source>Scheduler address</source>
        <translation>Scheduler address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="130" />
        <source>Shared folder</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="149" />
        <source>No address: the analyses run on this computer.</source>
        <translation>No address: the analyses run on this computer.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="152" />
        <source>Connecting to {address}…</source>
        <translation>Connecting to {address}…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="168" />
        <source>Connected: {workers} workers, {threads} threads, {memory:.1f} GB; GZMap {version} on each.</source>
        <translation>Connected: {workers} workers, {threads} threads, {memory:.1f} GB; GZMap {version} on each.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="177" />
        <source>Not connected: {reason}</source>
        <translation>Not connected: {reason}</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../../gzmap/ui/region_layers.py" line="41" />
        <source>Guangzhou's districts (built-in)</source>
        <translation>Guangzhou's districts (built-in)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/region_layers.py" line="42" />
        <source>GBA cities (built-in)</source>
        <translation>GBA cities (built-in)</translation>
    </message>
</context>
</TS>