"""The sub-commands of the declared analyses (:mod:`gzmap.analysis.registry`).

Every analysis whose declaration names a ``command`` gets one here: its
input, ``-o OUT`` and one option per parameter, generated from the
declaration; ``gzmap COMMAND --help`` shows what it writes (the
declaration's ``description``). The command reads the input, runs the
analysis and writes its outputs (:func:`gzmap.commands._analysis_input.run_command`).
``density``, ``hotspots`` and ``lq`` have modules of their own: they read
only the columns they need.
"""

from __future__ import annotations

import argparse
import functools

#: Analyses whose command has a module of its own in gzmap.commands.
OWN_MODULES = ("kde", "hotspots", "lq")


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.analysis.registry import get
    from gzmap.analysis.registry import ids
    from gzmap.commands._analysis_input import add_command

    for analysis_id in ids():
        if get(analysis_id).command and analysis_id not in OWN_MODULES:
            add_command(sub, analysis_id, functools.partial(run, analysis_id=analysis_id))


def run(args, analysis_id: str) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, analysis_id)
