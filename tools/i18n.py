"""Maintain GZMap's Qt translation files (resources/ui/i18n/<group>_<lang>.ts/.qm).

Each UI area has its own group of files so that areas can be worked on apart;
the app loads every ``*_<lang>.qm`` it finds.

  python tools/i18n.py update GROUP FILE.py [FILE.toml ...]  # lupdate: collect tr() strings (and declarations' texts)
  python tools/i18n.py fill GROUP tools/i18n_tables/GROUP.zh_CN.json  # set zh_CN translations {source: text}
  python tools/i18n.py missing [GROUP]                      # list untranslated zh_CN strings
  python tools/i18n.py release                              # every .ts to .qm (Qt) and .json (pure code)

Source strings are English; ``<group>_en.ts`` is kept for completeness (its
entries translate to themselves), ``<group>_zh_CN.ts`` carries the Chinese.
"""

from __future__ import annotations

import json
import os
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
    """Collect the group's strings: lupdate over its ``.py`` files, and the texts of its analysis
    declarations (``.toml``, context "Analyses"), keeping the translations already made."""
    I18N.mkdir(parents=True, exist_ok=True)
    code = [f for f in files if not f.endswith(".toml")]
    declarations = [f for f in files if f.endswith(".toml")]
    for lang in LANGS:
        ts = I18N / f"{group}_{lang}.ts"
        before = _translations(ts) if ts.exists() else {}
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-target-language", lang, *code, "-ts", str(ts)],
            check=True,
            cwd=ROOT,
        )
        _add_declaration_texts(ts, declarations, before)
    _identity_en(group)
    release()


def _translations(ts: Path) -> dict[tuple[str, str], str]:
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation").text or ""
        for ctx in ET.parse(ts).iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation") is not None and msg.find("translation").get("type") is None
    }


def declaration_texts(path: Path) -> list[str]:
    """The translatable texts of an analysis declaration (gzmap.analysis.registry): names, menus,
    labels, help, the label of "auto" and of each choice."""
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = [e for key in ("params", "inputs", "outputs") for e in _entries(data.get(key))]
    texts = [data[k] for k in ("name", "menu", "help") if k in data]
    texts += [e[k] for e in entries for k in ("label", "help", "auto_label", "view_label") if k in e]
    texts += [label for e in entries for _, label in e.get("choices", ())]
    return [t for t in dict.fromkeys(texts) if isinstance(t, str) and t]


def _entries(table) -> list[dict]:
    """The entries of ``[[params]]`` (a list) or of ``[params.x]`` tables (a dict of them)."""
    if isinstance(table, dict):
        return list(table.values())
    return list(table or ())


def _add_declaration_texts(ts: Path, files: list[str], before: dict[tuple[str, str], str]) -> None:
    if not files:
        return
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == "Analyses"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "Analyses"
    have = {m.findtext("source") for m in context.iter("message")}
    for name in files:
        path = ROOT / name
        lines = path.read_text(encoding="utf-8").splitlines()
        for text in declaration_texts(path):
            if text in have:
                continue
            have.add(text)
            quoted = json.dumps(text, ensure_ascii=False)
            line = next((i + 1 for i, l in enumerate(lines) if quoted in l), 1)
            msg = ET.SubElement(context, "message")
            ET.SubElement(msg, "location", filename=os.path.relpath(path, I18N), line=str(line))
            ET.SubElement(msg, "source").text = text
            translation = ET.SubElement(msg, "translation")
            if ("Analyses", text) in before:
                translation.text = before[("Analyses", text)]
            else:
                translation.set("type", "unfinished")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


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
    # Written under a temporary name and renamed over the old file: a running GZMap memory-maps
    # its .qm files, and rewriting one in place crashes it (SIGBUS).
    for ts in sorted(I18N.glob("*.ts")):
        qm, tmp = ts.with_suffix(".qm"), ts.with_suffix(".qm.tmp")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
        os.replace(tmp, qm)
        text = json.dumps(catalogue(ts), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        tmp = ts.with_suffix(".json.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, ts.with_suffix(".json"))


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
