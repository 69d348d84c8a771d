"""Entry point of the frozen GZMap app (``gzmap`` / ``GZMap.exe`` / ``gzmap-cli.exe``).

No arguments opens the map window; ``gzmap COMMAND ...`` runs a command headless.
A system library the machine lacks (Linux: libEGL, libGL, ...) is named with
the package that provides it instead of a traceback.
"""

import multiprocessing
import re
import sys


def _missing_library_message(exc: BaseException) -> str | None:
    m = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", str(exc))
    if not m:
        return None
    soname = m.group(1)
    try:
        from bundle import debian_package_for  # packaging/bundle.py, frozen with the app

        pkg = debian_package_for(soname)
    except ImportError:
        pkg = None
    hint = (f"install it with: sudo apt-get install {pkg}" if pkg
            else f"find the package that provides it with: apt-file search {soname}")
    return f"gzmap: this computer lacks the system library {soname}; {hint}"


if __name__ == "__main__":
    # scikit-learn/joblib may start worker processes; in a frozen app they
    # re-run this executable and must not open a second window.
    multiprocessing.freeze_support()
    try:
        from gzmap.cli import main

        sys.exit(main())
    except ImportError as exc:
        message = _missing_library_message(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        sys.exit(1)
