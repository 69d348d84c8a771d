"""``gzmap info FILE``: what a vector file (or point table) holds, without a display."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("info", help="print rows, geometry type, CRS/datum, bounds and columns of a file")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the facts as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.io.vector import describe

    facts = describe(args.file)
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return 0
    b = facts["bounds"]
    print(f"file:      {facts['path']}")
    print(f"rows:      {facts['rows']}")
    print(f"geometry:  {facts['geometry_type']}")
    print(f"crs:       {facts['crs']} (datum: {facts['datum']})")
    print(f"bounds:    {b[0]:.6f}, {b[1]:.6f}, {b[2]:.6f}, {b[3]:.6f}  (xmin, ymin, xmax, ymax)")
    print(f"columns:   {', '.join(facts['columns'])}")
    for line in facts.get("extra", []):
        print(line)
    return 0
