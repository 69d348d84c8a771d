"""Maintain GZMap's Qt translation files (resources/ui/i18n/<group>_<lang>.ts/.qm).

Each UI area has its own group of files so that areas can be worked on apart;
the app loads every ``*_<lang>.qm`` it finds.

  python tools/i18n.py update GROUP FILE.py [FILE.py ...]   # lupdate: collect tr() strings
  python tools/i18n.py fill GROUP tools/i18n_tables/GROUP.zh_CN.json  # set zh_CN translations {source: text}
  python tools/i18n.py missing [GROUP]                      # list untranslated zh_CN strings
  python tools/i18n.py release                              # every .ts to .qm (Qt) and .json (pure code)

Source strings are English; ``<group>_en.ts`` is kept for completeness (its
entries translate to themselves), ``<group>_zh_CN.ts`` carries the Chinese.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "ui" / "i18n"
LANGS = ["zh_CN", "en"]


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return exe


def update(group: str, files: list[str]) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = I18N / f"{group}_{lang}.ts"
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-target-language", lang, *files, "-ts", str(ts)],
            check=True,
            cwd=ROOT,
        )
    _identity_en(group)
    release()


def _identity_en(group: str) -> None:
    ts = I18N / f"{group}_en.ts"
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        tr.text = msg.findtext("source")
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill(group: str, table: str) -> None:
    mapping = json.loads(Path(table).read_text(encoding="utf-8"))
    ts = I18N / f"{group}_zh_CN.ts"
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        if src in mapping:
            tr = msg.find("translation")
            tr.text = mapping[src]
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release()


def missing(group: str | None) -> int:
    count = 0
    for ts in sorted(I18N.glob(f"{group or '*'}_zh_CN.ts")):
        for msg in ET.parse(ts).iter("message"):
            tr = msg.find("translation")
            if not (tr.text or "").strip() or tr.get("type") == "unfinished":
                print(f"{ts.name}: {msg.findtext('source')}")
                count += 1
    return count


def release() -> None:
    """Compile every .ts: to .qm for Qt, and to .json for pure code (gzmap.core.i18n)."""
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        ts.with_suffix(".json").write_text(
            json.dumps(catalogue(ts), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def catalogue(ts: Path) -> dict[str, dict[str, str]]:
    """{context: {source: translation}} of the finished translations in ``ts``."""
    out: dict[str, dict[str, str]] = {}
    for ctx in ET.parse(ts).iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if (
                tr is not None
                and (tr.text or "").strip()
                and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            ):
                out.setdefault(name, {})[msg.findtext("source")] = tr.text
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, *rest = argv
    if cmd == "update":
        update(rest[0], rest[1:])
    elif cmd == "fill":
        fill(rest[0], rest[1])
    elif cmd == "missing":
        return 1 if missing(rest[0] if rest else None) else 0
    elif cmd == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
