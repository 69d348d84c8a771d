"""The Dask engine: where the work runs, and connecting to it within a time limit.

``local`` / ``local:N`` start a :class:`distributed.LocalCluster` of N worker
processes on this machine (N defaults to the number of cores); ``tcp://HOST:PORT``
connects to a running scheduler (``dask-scheduler``, dask-jobqueue,
dask-kubernetes: docs/scale.md). Every failure to get there is one line
(:class:`DaskError`).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass

__all__ = ["DaskError", "Engine", "cluster_info", "parse_engine"]

#: Seconds to wait for a scheduler before giving up.
DEFAULT_TIMEOUT = 10.0
_LOCAL = re.compile(r"^local(?::(\d+))?$")
_ADDRESS = re.compile(r"^(tcp|tls|ws|wss)://[A-Za-z0-9.\-\[\]:]+:\d+$")


class DaskError(Exception):
    """The cluster cannot be used (no answer, versions that differ, a lost job); one line."""


@dataclass(frozen=True)
class Engine:
    """Where the work runs: ``address`` (``tcp://...``) or ``workers`` local processes.

    ``timeout``: seconds to wait for the scheduler; ``memory_limit``: each local
    worker's limit (``"3GB"``; None: Dask's share of the machine's memory);
    ``scratch``: the folder for a job's temporary files, which the workers
    must see (None: this machine's temporary folder, enough for local workers).
    """

    address: str | None = None
    workers: int = 2
    timeout: float = DEFAULT_TIMEOUT
    memory_limit: str | None = None
    scratch: str | None = None

    @property
    def label(self) -> str:
        return self.address or f"local:{self.workers}"

    @contextmanager
    def client(self):
        """A connected :class:`distributed.Client` (and its LocalCluster), closed afterwards."""
        import logging

        from distributed import LocalCluster

        for name in ("distributed", "tornado"):
            logging.getLogger(name).setLevel(logging.CRITICAL)  # the command's own lines say what failed
        cluster = None
        try:
            if self.address is None:
                cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    memory_limit=self.memory_limit or "auto",
                    dashboard_address=None,
                )
            client = _connect(cluster or self.address, self.timeout, self.label)
        except BaseException:
            if cluster is not None:
                cluster.close()
            raise
        try:
            _check_versions(client, self.label)
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _connect(target, timeout: float, label: str):
    from distributed import Client

    try:
        return Client(target, timeout=f"{timeout}s", set_as_default=True)
    except (OSError, TimeoutError) as exc:
        raise DaskError(f"the Dask scheduler at {label} did not answer within {timeout:g} s ({_why(exc)})") from None


def _why(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return "connection refused" if "refused" in text.lower() else "timed out"


def _check_versions(client, label: str) -> None:
    """Refuse workers whose Python, Dask or GZMap differ from this client's (one line naming the package)."""
    import gzmap

    try:
        client.get_versions(check=True)
    except ValueError as exc:
        found = re.search(r"\|\s*([A-Za-z0-9_\-]+)\s*\|", str(exc))
        what = found.group(1) if found else "a package"
        raise DaskError(f"the workers at {label} run another version of {what} than this machine") from None
    ours = gzmap.__version__
    theirs = set(client.run(_gzmap_version).values())
    if theirs != {ours}:
        raise DaskError(
            f"the workers at {label} run GZMap {', '.join(sorted(map(str, theirs)))}, this machine {ours}; "
            "install the same version on every worker"
        )


def _gzmap_version() -> str:
    try:
        import gzmap

        return gzmap.__version__
    except ImportError:
        return "none"


def parse_engine(spec: str, timeout: float = DEFAULT_TIMEOUT, memory_limit: str | None = None) -> Engine:
    """The :class:`Engine` of ``--dask SPEC``; ValueError (one line) for anything else."""
    spec = spec.strip()
    local = _LOCAL.match(spec)
    if local:
        n = int(local.group(1)) if local.group(1) else (os.cpu_count() or 2)
        if not 1 <= n <= 256:
            raise ValueError(f"--dask {spec}: the number of local workers must be 1 to 256")
        return Engine(None, n, timeout, memory_limit)
    if _ADDRESS.match(spec):
        return Engine(spec, 0, timeout, memory_limit)
    raise ValueError(f"--dask {spec}: use local, local:N or a scheduler address such as tcp://HOST:8786")


def cluster_info(engine: Engine) -> dict:
    """What answers at ``engine``: ``workers``, ``threads``, ``memory`` (bytes, the workers' limits summed)
    and ``gzmap`` (the workers' version, checked equal to this machine's); DaskError (one line) if nothing."""
    import gzmap

    with engine.client() as client:
        workers = list(client.scheduler_info(n_workers=-1)["workers"].values())
        return {
            "workers": len(workers),
            "threads": sum(int(w.get("nthreads", 0)) for w in workers),
            "memory": sum(int(w.get("memory_limit") or 0) for w in workers),
            "gzmap": gzmap.__version__,
        }
