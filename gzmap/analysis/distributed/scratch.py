"""Arrays a job's tasks share through a scratch folder: each partition is decoded once, not once per pass.

A map task that decodes a partition's points (WKB -> metres, ~3 µs a point)
saves the arrays as ``<scratch>/<key>.npz``; a later task of the same job
that needs them loads the file (page cache, ~GB/s) and decodes the
partition again only when the file is not there (a worker on another
machine that does not see the folder): the answer is the same either way.
The folder is the job's temporary folder (:func:`.engine.run_on`), on a
shared file system for a remote cluster (``Engine.scratch``), and is removed
with the job.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

__all__ = ["cached"]


def cached(scratch: str | None, what: tuple, make: Callable[[], dict]) -> dict:
    """The arrays (name -> ndarray) that ``make()`` gives for ``what`` (a tuple naming them), saved once.

    ``scratch`` None: always ``make()``.
    """
    if not scratch:
        return make()
    path = Path(scratch) / (hashlib.sha1(repr(what).encode()).hexdigest() + ".npz")
    try:
        with np.load(path, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):  # not there (yet): decode
        pass
    value = make()
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.npz")
    try:
        np.savez(tmp, **value)
        os.replace(tmp, path)
    except OSError:  # a folder this worker cannot write: it only costs the next task a decode
        tmp.unlink(missing_ok=True)
    return value
