"""The batch analyses on a Dask cluster (``--dask local[:N]`` or ``--dask tcp://HOST:8786``).

Nothing here is imported unless ``--dask`` is given (or the app's setting
asks for a scheduler): Dask and distributed load only then.

* :mod:`.cluster`: the engine (a LocalCluster or a scheduler's address),
  connecting within a time limit, one-line errors;
* :mod:`.tasks`: waiting on futures with the one progress callback and Cancel;
* :mod:`.dataset`: a folder of GeoParquet files (schema checked), read one
  partition at a time;
* :mod:`.blocks`: a large CSV split into blocks at record boundaries, each
  block through the enterprise import, duplicates across blocks found;
* :mod:`.partition`: ``gzmap partition`` (blocks -> Hilbert-sorted GeoParquet);
* :mod:`.surfaces`: KDE by tiles with a halo, Gi* cell counts;
* :mod:`.regions`: counts, location quotients, specialisation, Clark–Evans;
* :mod:`.engine`: the declared analyses' runs on the cluster.

Every map step reads one partition (its memory is the partition's, never the
input's); every reduce step adds arrays or tables whose size is the result's.
The answers equal the single-machine path's: see docs/scale.md.
"""
