"""Entry point of the frozen GZMap app (``gzmap`` / ``GZMap.exe`` / ``gzmap-cli.exe``).

No arguments opens the map window; ``gzmap COMMAND ...`` runs a command headless.
A system library the machine lacks (Linux: libEGL, libGL, ...) is named with
the package that provides it instead of a traceback.
"""

import multiprocessing
import sys


def _missing_library_message(exc: BaseException) -> str | None:
    from gzmap.sysdeps import missing_library_message

    message = missing_library_message(exc)
    return None if message is None else f"gzmap: {message}"


if __name__ == "__main__":
    # scikit-learn/joblib may start worker processes; in a frozen app they
    # re-run this executable and must not open a second window.
    multiprocessing.freeze_support()
    try:
        from gzmap.__main__ import main

        sys.exit(main())
    except ImportError as exc:
        message = _missing_library_message(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        sys.exit(1)
