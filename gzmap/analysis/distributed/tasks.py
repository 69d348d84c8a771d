"""Waiting on Dask futures with the one progress callback (:mod:`gzmap.core.progress`) and Cancel.

A worker that dies mid-job loses the results it held; the scheduler runs
those tasks again on the other workers (every task here is a pure function of
files, so running it twice gives the same answer). A task that keeps killing
its worker (``distributed.scheduler.allowed-failures``) or raises is one line.
"""

from __future__ import annotations

from gzmap.core.progress import Cancelled
from gzmap.core.progress import report

__all__ = ["POLL", "gather_each", "wait_all"]


def wait_all(client, futures: list, progress, start: float, end: float, message: str) -> list:
    """The results of ``futures`` in their order, reporting ``start``..``end`` as they finish.

    Cancel (the progress callback raising :class:`Cancelled`) cancels every
    future still running and re-raises.
    """
    results: dict = {}
    for key, value in gather_each(client, futures, progress, start, end, message):
        results[key] = value
    return [results[i] for i in range(len(futures))]


#: Seconds between looks at the progress callback while no task finishes (so that Cancel acts within it).
POLL = 0.25


def gather_each(client, futures: list, progress, start: float, end: float, message: str):
    """Yield ``(index, result)`` of each future as it finishes (results leave the cluster one at a time).

    The progress callback is called at least every :data:`POLL` seconds, so a Cancel stops the wait
    even while a long task runs."""
    from distributed import wait

    from gzmap.analysis.distributed.cluster import DaskError

    index = {f.key: i for i, f in enumerate(futures)}
    done = 0
    try:
        report(progress, start, message)
        pending = list(futures)
        while pending:
            try:
                wait(pending, timeout=POLL, return_when="FIRST_COMPLETED")
            except TimeoutError:  # none finished meanwhile: report again below (Cancel acts here)
                pass
            finished = [f.done() for f in pending]  # looked at once: a future may finish meanwhile
            ready = [f for f, ok in zip(pending, finished) if ok]
            pending = [f for f, ok in zip(pending, finished) if not ok]
            for fut in ready:
                try:
                    value = fut.result()
                except Exception as exc:
                    raise _task_error(exc, DaskError) from None
                done += 1
                yield index[fut.key], value
                fut.release()
            report(progress, start + (end - start) * done / max(len(futures), 1), message)
    except (Cancelled, KeyboardInterrupt, GeneratorExit):
        client.cancel([f for f in futures if not f.done()])
        raise


def _task_error(exc: Exception, DaskError):
    """The error to raise for a failed task: GZMap's own one-line errors as they are, the rest as DaskError."""
    from distributed.scheduler import KilledWorker

    if isinstance(exc, KilledWorker):
        return DaskError("a task killed its worker several times (out of memory?); use smaller partitions")
    if type(exc).__module__.split(".")[0] == "gzmap" or isinstance(exc, ValueError | OSError):
        return exc
    return DaskError(
        f"a task failed on the cluster: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    )
