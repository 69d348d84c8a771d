"""Entry point of the frozen GZMap app (``gzmap`` / ``GZMap.exe`` / ``gzmap-cli.exe``).

No arguments opens the map window; ``gzmap COMMAND ...`` runs a command headless.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # scikit-learn/joblib may start worker processes; in a frozen app they
    # re-run this executable and must not open a second window.
    multiprocessing.freeze_support()
    from gzmap.cli import main

    sys.exit(main())
