"""Every string the window and the exports show has its Simplified Chinese translation.

The catalogues are ``resources/ui/i18n/<group>_zh_CN.ts``; each group lists the
UI modules it covers. Running Qt's lupdate over those modules again must find
no string without a finished translation, and every UI module that calls
``translate``/``tr`` must belong to a group.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "ui" / "i18n"
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def _groups() -> dict[str, list[Path]]:
    groups = {}
    for ts in sorted(I18N.glob("*_zh_CN.ts")):
        files = set(re.findall(r'location filename="([^"]+)"', ts.read_text(encoding="utf-8")))
        groups[ts.name[: -len("_zh_CN.ts")]] = sorted((I18N / f).resolve() for f in files)
    return groups


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of the messages of a .ts file that lupdate found in the code."""
    return {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") not in ("vanished", "obsolete")
    }


def test_every_translating_module_belongs_to_a_group():
    covered = {p for files in _groups().values() for p in files}
    calls = re.compile(r"\btranslate\(\s*[\"']|\bself\.tr\(|\btr\(\s*[\"']|QT_TRANSLATE_NOOP\(\s*[\"']")
    users = {
        p.resolve()
        for p in (ROOT / "gzmap").rglob("*.py")
        if p.name != "i18n.py" and calls.search(p.read_text(encoding="utf-8"))
    }
    assert users - covered == set()


def test_tr_is_defined_once():
    """One translation helper (gzmap.ui.i18n.translate); no module keeps its own tr()."""
    defined = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "gzmap").rglob("*.py")
        if re.search(r"^\s*def (tr|_tr|translate)\(", p.read_text(encoding="utf-8"), re.M)
    )
    assert defined == ["gzmap/core/i18n.py", "gzmap/ui/i18n.py"], (
        "use gzmap.ui.i18n.translate (widgets) or gzmap.core.i18n.translate"
    )


@pytest.mark.skipif(not Path(LUPDATE).exists(), reason="pyside6-lupdate is not installed")
def test_lupdate_finds_the_strings_passed_to_the_helper(tmp_path):
    src = tmp_path / "feature.py"
    src.write_text(
        "from gzmap.ui.i18n import translate\n\n"
        "def texts(n):\n"
        '    return [translate("Probe", "Find"), translate("Probe", "{n} found").format(n=n)]\n',
        encoding="utf-8",
    )
    ts = tmp_path / "probe.ts"
    subprocess.run([LUPDATE, "-silent", str(src), "-ts", str(ts)], check=True, cwd=tmp_path, capture_output=True)
    found = {
        (c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).iter("context") for m in c.iter("message")
    }
    assert found == {("Probe", "Find"), ("Probe", "{n} found")}


def _i18n_tool():
    """tools/i18n.py, the script that keeps the catalogues."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_the_compiled_catalogue_for_pure_code_matches_the_ts(ts):
    tool = _i18n_tool()
    compiled = ts.with_suffix(".json")
    assert compiled.exists(), "run tools/i18n.py release"
    assert json.loads(compiled.read_text(encoding="utf-8")) == tool.catalogue(ts), "run tools/i18n.py release"


@pytest.mark.skipif(not Path(LUPDATE).exists(), reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("group", sorted(_groups()))
def test_every_string_of_the_group_is_translated(group, tmp_path):
    ts = tmp_path / f"{group}_zh_CN.ts"
    shutil.copy(I18N / ts.name, ts)
    files = [str(p) for p in _groups()[group] if p.suffix != ".toml"]
    declarations = [str(p) for p in _groups()[group] if p.suffix == ".toml"]  # analyses declared as data
    subprocess.run(
        [LUPDATE, "-silent", "-no-obsolete", "-target-language", "zh_CN", *files, "-ts", str(ts)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    _i18n_tool()._add_declaration_texts(ts, declarations, _i18n_tool()._translations(I18N / ts.name))
    catalogued = _messages(I18N / ts.name)
    assert catalogued - _messages(ts) == set(), f"strings no longer found in the code: run tools/i18n.py update {group}"
    untranslated = []
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        if tr is None or not (tr.text or "").strip() or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            untranslated.append(msg.findtext("source"))
    assert untranslated == [], f"add them to tools/i18n_tables/{group}.zh_CN.json and run tools/i18n.py fill"
