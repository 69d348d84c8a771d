"""Build GZMap's bundled CJK font: a GB2312 subset of Noto Sans CJK SC (SIL OFL 1.1).

Reports must show Chinese in a PDF even on a computer without any CJK font,
so GZMap ships its own. This script subsets Debian's ``fonts-noto-cjk``
collection (Noto Sans CJK SC, Regular and Bold) with fontTools to

- ASCII, Latin-1 and general punctuation, arrows and a few map symbols;
- the GB2312 character set (6,763 hanzi plus its symbols, via Python's gb2312 codec);
- every character used in GZMap's built-in geography and translations
  (resources/geo, resources/ui/i18n), so district and city names never fall back;

and renames the family to ``GZMap Sans SC`` (a Modified Version under the
OFL; "Noto" is a Google trademark, so the subset does not take that name as
its own). The outlines stay CFF: Qt's PDF engine embeds CFF-flavoured
OpenType fonts as subset CID TrueType fonts (checked with ``pdffonts``: emb
yes) so no quadratic conversion is needed.

CJK radicals (U+2E80–U+2FDF) and compatibility ideographs are left out on
purpose: they share glyphs with the unified ideographs (⼴ U+2F34 and 广
U+5E7F are the same glyph), and a PDF's ToUnicode map would then turn 广州
into "⼴州" for copy/paste, search and ``pdftotext``.

Usage::

    python tools/build_font.py            # writes resources/ui/fonts/GZMapSansSC-{Regular,Bold}.otf
    python tools/build_font.py --check    # report what the built fonts cover

Needs fontTools (``pip install -e .[build]``) and ``fonts-noto-cjk``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "resources" / "ui" / "fonts"
SOURCES = {
    "Regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "Bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "GZMap Sans SC"
PS_FAMILY = "GZMapSansSC"

# Unicode ranges kept besides GB2312 (inclusive).
EXTRA_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (°, ±, ×, ², ³, µ, ·, é ...)
    (0x0100, 0x017F),  # Latin Extended-A (pinyin tones: ā ē ī ō ū ǖ come from here and below)
    (0x01CD, 0x01DC),  # pinyin with caron: ǎ ě ǐ ǒ ǔ ǚ ...
    (0x2000, 0x206F),  # general punctuation: – — ‘ ’ “ ” … ‰ ′ ″
    (0x2070, 0x209F),  # super/subscripts: ⁰ ¹ ⁴ ...
    (0x20AC, 0x20AC),  # €
    (0x2100, 0x214F),  # letterlike: ℃ № ™ ℉
    (0x2150, 0x218F),  # number forms: ⅓ Ⅰ Ⅱ ...
    (0x2190, 0x21FF),  # arrows: ← ↑ → ↓ (north arrow fallback)
    (0x2212, 0x2212),  # minus sign
    (0x2460, 0x24FF),  # enclosed numbers ① ②
    (0x2500, 0x257F),  # box drawing (GB2312 has some)
    (0x25A0, 0x25FF),  # geometric shapes ■ □ ▲ △ ● ○ ◆
    (0x2605, 0x2606),  # ★ ☆
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」【】〜
    (0x3200, 0x32FF),  # enclosed CJK ㈠ ㊣
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms: （）：，；！？％
]
# Never keep these: they alias unified ideographs and spoil text extraction.
EXCLUDE_RANGES = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]


def gb2312_chars() -> set[int]:
    """Every character encodable in GB2312 (row/cell 0xA1–0xFE)."""
    out: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.add(ord(ch))
    return out


def project_chars() -> set[int]:
    """CJK characters used in GZMap's own resources (geography names, translations)."""
    out: set[int] = set()
    pattern = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
    for folder, globs in (
        (REPO / "resources" / "geo", ("*.geojson", "*.json", "*.csv")),
        (REPO / "resources" / "ui" / "i18n", ("*.ts", "*.json")),
    ):
        for g in globs:
            for path in folder.glob(g):
                text = path.read_text(encoding="utf-8", errors="ignore")
                out.update(ord(c) for c in pattern.findall(text))
    return out


def wanted_codepoints() -> set[int]:
    cps = gb2312_chars() | project_chars()
    for lo, hi in EXTRA_RANGES:
        cps.update(range(lo, hi + 1))
    for lo, hi in EXCLUDE_RANGES:
        cps.difference_update(range(lo, hi + 1))
    return cps


def load_source(path: Path):
    from fontTools.ttLib import TTCollection

    if not path.exists():
        sys.exit(f"build_font.py: {path} not found; install Debian's fonts-noto-cjk")
    coll = TTCollection(str(path), lazy=False)
    for font in coll.fonts:
        if font["name"].getDebugName(1) == SOURCE_FAMILY:
            return font
    sys.exit(f"build_font.py: no {SOURCE_FAMILY!r} in {path}")


def rename(font, weight: str) -> None:
    """Set the family/style names of the Modified Version (keeps copyright and licence records)."""
    name = font["name"]
    full = f"{FAMILY} {weight}" if weight != "Regular" else FAMILY
    ps = f"{PS_FAMILY}-{weight}"
    new = {1: FAMILY, 2: weight, 3: f"{ps};GZMap subset of Noto Sans CJK SC", 4: full, 6: ps, 16: FAMILY, 17: weight}
    for rec in list(name.names):
        if rec.nameID in new or rec.nameID in (18, 21, 22):
            name.removeNames(nameID=rec.nameID)
    for nid, text in new.items():
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)
    desc = (
        "Subset of Noto Sans CJK SC (GB2312 + Latin + punctuation) made for GZMap by tools/build_font.py; "
        "a Modified Version under the SIL Open Font License 1.1."
    )
    name.setName(desc, 10, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = FAMILY
        # CID-keyed CFF keeps per-FD font names; rename them too so nothing says "Noto".
        if hasattr(top, "FDArray"):
            for fd in top.FDArray:
                if hasattr(fd, "FontName"):
                    fd.FontName = fd.FontName.replace("NotoSansCJKsc", PS_FAMILY)
    os2 = font["OS/2"]
    os2.usWeightClass = 700 if weight == "Bold" else 400
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | (0b100000 if weight == "Bold" else 0b1000000)
    font["head"].macStyle = 1 if weight == "Bold" else 0


def build(weight: str, cps: set[int]) -> Path:
    from fontTools import subset

    font = load_source(SOURCES[weight])
    opts = subset.Options()
    opts.layout_features = ["kern", "liga"]  # horizontal text only; drops JP/KR/TC locl variants
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.hinting = False
    opts.desubroutinize = False
    opts.notdef_outline = True
    opts.recalc_bounds = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(cps))
    sub.subset(font)
    rename(font, weight)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"{PS_FAMILY}-{weight}.otf"
    tmp = out.with_suffix(".otf.tmp")
    font.save(str(tmp))
    tmp.replace(out)
    return out


def check(paths: list[Path]) -> dict:
    from fontTools.ttLib import TTFont

    facts = {}
    for p in paths:
        f = TTFont(str(p))
        cmap = f.getBestCmap()
        gb = gb2312_chars()
        facts[p.name] = {
            "family": f["name"].getDebugName(1),
            "style": f["name"].getDebugName(2),
            "glyphs": f["maxp"].numGlyphs,
            "codepoints": len(cmap),
            "gb2312_missing": len(gb - set(cmap)),
            "kangxi_radicals": sum(1 for c in cmap if 0x2E80 <= c <= 0x2FDF),
            "bytes": p.stat().st_size,
            "outlines": "CFF" if "CFF " in f else "glyf",
        }
    return facts


def write_provenance(paths: list[Path], cps: set[int]) -> None:
    import fontTools

    src = {w: str(p) for w, p in SOURCES.items()}
    info = {
        "files": [p.name for p in paths],
        "family": FAMILY,
        "source": "Noto Sans CJK SC (Regular, Bold) from Debian package fonts-noto-cjk "
        "1:20220127+repack1-1, files " + ", ".join(src.values()),
        "upstream": "https://github.com/notofonts/noto-cjk (Google and Adobe)",
        "copyright": "© 2014-2021 Adobe (http://www.adobe.com/). Noto is a trademark of Google Inc.",
        "licence": "SIL Open Font License 1.1; see OFL.txt beside this file",
        "modification": "subset with fontTools " + fontTools.version + " to GB2312 + ASCII/Latin-1 + punctuation "
        "+ characters of GZMap's built-in resources (" + str(len(cps)) + " code points); "
        "CJK radicals and compatibility ideographs removed; hinting dropped; family renamed "
        f"to '{FAMILY}' (a Modified Version; the name 'Noto' is not used as its primary name)",
        "built_by": "tools/build_font.py",
        "built": datetime.date.today().isoformat(),
        "check": check(paths),
    }
    (OUT_DIR / "fonts.PROVENANCE.json").write_text(
        json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def write_licence() -> None:
    """OFL.txt: the font's copyright line plus the licence text from Debian's copyright file."""
    import gzip

    doc = Path("/usr/share/doc/fonts-noto-cjk/copyright")
    raw = doc.read_bytes()
    text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    m = re.search(r"^License: SIL-1\.1\n( -{20,}.*?)(?=^License: |\Z)", text, flags=re.S | re.M)
    if not m:
        sys.exit(f"build_font.py: no SIL-1.1 licence text in {doc}")
    body = "\n".join(
        "" if l.strip() == "." else l[1:] if l.startswith(" ") else l for l in m.group(1).rstrip().splitlines()
    )
    header = (
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
        "Noto is a trademark of Google Inc.\n\n"
        f"{FAMILY} (GZMapSansSC-*.otf) is a subset of Noto Sans CJK SC made by GZMap's\n"
        "tools/build_font.py and is distributed under the same licence:\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n\n"
    )
    (OUT_DIR / "OFL.txt").write_text(header + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report on the built fonts")
    args = ap.parse_args(argv)
    paths = [OUT_DIR / f"{PS_FAMILY}-{w}.otf" for w in SOURCES]
    if not args.check:
        cps = wanted_codepoints()
        paths = [build(w, cps) for w in SOURCES]
        write_licence()
        write_provenance(paths, cps)
    print(json.dumps(check(paths), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
