"""Match region names as people write them to the built-in districts and cities.

A planner's table may say ``天河``, ``天河区``, ``广州市天河区``, ``Tianhe``,
``tianhe district``, ``Tiānhé``, ``TIANHE QU`` or ``440106``; all of these are
the same district. :class:`RegionIndex` holds every way of writing each
region of one layer (adcode, Chinese name with and without the 区/市/县/
特别行政区 suffix, English name, pinyin, a few well-known aliases such as
Macau/澳門) and looks names up case-, space- and accent-insensitively.

Names that do not match are never dropped: :func:`match_table` returns a
:class:`MatchReport` listing every unmatched row with its file row number and
a "did you mean" suggestion, the rows that name a real region of another
level (a Beijing row in a GBA table), and the regions that got no data.
Fuzzy matches are only ever suggested, never applied.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from functools import lru_cache
from typing import Any

import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.i18n import translate
from gzmap.io.indicators import IndicatorTable
from gzmap.io.indicators import TableProblem
from gzmap.io.indicators import drop_repeats

__all__ = [
    "Lookup",
    "MatchReport",
    "Region",
    "RegionIndex",
    "match_names",
    "match_table",
    "normalize_adcode",
    "normalize_name",
]

#: Chinese administrative suffixes, longest first.
ZH_SUFFIXES = ("特别行政区", "自治县", "自治州", "特区", "新区", "地区", "区", "市", "县", "镇", "街道")
#: English/pinyin words that only say what kind of region it is.
EN_SUFFIX_WORDS = {
    "district",
    "city",
    "county",
    "qu",
    "shi",
    "xian",
    "sar",
    "municipality",
    "prefecture",
    "specialadministrativeregion",
    "special",
    "administrative",
    "region",
    "dist",
    "new",
    "area",
}
#: Aliases beyond name_zh / name_en / pinyin: adcode -> extra spellings.
ALIASES = {
    "810000": ["香港", "香港特区", "HK", "HKSAR", "Hongkong", "Hong Kong SAR", "xianggang"],
    "820000": ["澳门", "澳門", "澳门特区", "Macau", "Macau SAR", "Macao SAR", "aomen"],
    "440100": ["廣州", "Canton", "穗"],
    "440300": ["鵬城", "鹏城"],
    "441200": ["肇慶"],
    "440700": ["江門"],
    "441900": ["東莞"],
    "110000": ["Peking"],
}
_PUNCT = re.compile(r"[\s\-_'’`·•.,，、()（）\[\]【】/]+")


@dataclass(frozen=True)
class Region:
    """A region a name can be matched to; ``level`` is ``district``, ``city`` or ``national``."""

    adcode: str
    name_zh: str
    name_en: str
    level: str = ""

    def name(self, lang: str = "zh") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class Lookup:
    """The result of looking one name up.

    ``status`` is ``matched`` (``region`` set), ``elsewhere`` (a known region
    of another level, e.g. Beijing in a GBA join; ``region`` set),
    ``ambiguous`` (``candidates`` set) or ``unmatched`` (``suggestion`` may
    name the closest region). ``method`` says which spelling matched:
    ``adcode``, ``name_zh``, ``short_zh``, ``name_en``, ``pinyin``, ``alias``.
    """

    text: str
    status: str
    region: Region | None = None
    method: str = ""
    candidates: tuple[Region, ...] = ()
    suggestion: Region | None = None

    @property
    def found(self) -> Region:
        """The region of a ``matched`` or ``elsewhere`` lookup (ValueError for the others)."""
        if self.region is None:
            raise ValueError(f"{self.text!r} was not found ({self.status})")
        return self.region


def _strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def normalize_name(text) -> str:
    """Lower-case, accent-free, full-width folded, no spaces or punctuation: ``" Tiān-Hé "`` -> ``"tianhe"``."""
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = _strip_accents(s).replace("ü", "v")
    return _PUNCT.sub("", s)


def normalize_adcode(text) -> str | None:
    """A 6-digit adcode from ``440106``, ``"440106.0"``, ``"440106000000"``; None if not an adcode."""
    s = unicodedata.normalize("NFKC", str(text)).strip()
    s = re.sub(r"\.0+$", "", s)
    if not s.isdigit():
        return None
    if len(s) in (9, 12) and s[6:] == "0" * (len(s) - 6):
        s = s[:6]
    return s if len(s) == 6 else None


def _short_zh(name: str) -> str:
    for suf in ZH_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def _en_core(text: str) -> str:
    """English/pinyin name without trailing kind words: ``"Tianhe District"`` -> ``"tianhe"``."""
    s = _strip_accents(unicodedata.normalize("NFKC", str(text)).lower())
    s = s.split(",")[0]
    words = [w for w in re.split(r"[\s\-_'’.·()（）]+", s) if w]
    while len(words) > 1 and words[-1] in EN_SUFFIX_WORDS:
        words.pop()
    joined = "".join(words)
    for suf in ("specialadministrativeregion", "district", "city", "county", "sar"):
        if joined.endswith(suf) and len(joined) > len(suf) + 2:
            joined = joined[: -len(suf)]
            break
    return joined


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).lower().replace("ü", "v")


def _has_cjk(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


class RegionIndex:
    """All the ways of writing the regions of one layer, for lookups.

    Parameters
    ----------
    regions
        A (Geo)DataFrame with ``adcode``, ``name_zh`` and ``name_en`` columns,
        or an iterable of :class:`Region`.
    level
        The level of ``regions`` (``district``/``city``), shown in reports.
    others
        Regions of other levels that names may legitimately refer to (the
        GBA cities for a district join, national competitors, ...): a row
        naming one of them is reported as "not in this layer", not as a
        misspelling.
    """

    def __init__(self, regions, level: str = "", others: Iterable[Region] = ()):
        if isinstance(regions, pd.DataFrame):
            regions = [
                Region(str(r.adcode), str(r.name_zh), str(r.name_en), level or str(getattr(r, "level", "")))
                for r in regions.itertuples()
            ]
        self.regions: list[Region] = list(regions)
        self.level = level
        self.by_adcode: dict[str, Region] = {r.adcode: r for r in self.regions}
        self.others = [o for o in others if o.adcode not in self.by_adcode]
        self._keys: dict[str, dict[str, str]] = {}  # key -> {adcode: method}
        self._other_keys: dict[str, dict[str, str]] = {}
        for r in self.regions:
            self._add(self._keys, r)
        for r in self.others:
            self._add(self._other_keys, r)
        self._other_by_adcode = {o.adcode: o for o in self.others}

    @staticmethod
    def _spellings(r: Region) -> list[tuple[str, str]]:
        short = _short_zh(r.name_zh)
        out = [
            (normalize_name(r.name_zh), "name_zh"),
            (normalize_name(short), "short_zh"),
            (normalize_name(r.name_en), "name_en"),
            (_en_core(r.name_en), "name_en"),
            (_pinyin(short), "pinyin"),
            (_pinyin(r.name_zh), "pinyin"),
        ]
        for a in ALIASES.get(r.adcode, []):
            out.append((normalize_name(a), "alias"))
            out.append((_en_core(a), "alias"))
        return [(k, m) for k, m in out if k]

    def _add(self, keys: dict[str, dict[str, str]], r: Region) -> None:
        for key, method in self._spellings(r):
            keys.setdefault(key, {}).setdefault(r.adcode, method)

    def _candidates(self, text: str) -> list[str]:
        """Keys to try for ``text``, most literal first."""
        raw = unicodedata.normalize("NFKC", str(text)).strip()
        keys = [normalize_name(raw)]
        if _has_cjk(raw):
            compact = normalize_name(raw)
            keys.append(normalize_name(_short_zh(compact)))
            # "广东省广州市天河区" -> "广州市天河区", "天河区"
            for m in re.finditer(r"(省|市|自治区)", compact):
                rest = compact[m.end() :]
                if len(rest) >= 2:
                    keys += [rest, _short_zh(rest)]
        else:
            keys.append(_en_core(raw))
            if "," in raw:
                keys.append(_en_core(raw.split(",", 1)[0]))
        seen: dict[str, None] = {}
        for k in keys:
            if k:
                seen.setdefault(k, None)
        return list(seen)

    def lookup(self, text, adcode=None) -> Lookup:
        """Find the region ``text`` (a name or an adcode) means; ``adcode`` (if given) is tried first."""
        text = "" if text is None else str(text)
        for code_text in (adcode, text):
            code = normalize_adcode(code_text) if code_text not in (None, "") else None
            if code is None:
                continue
            if code in self.by_adcode:
                return Lookup(text, "matched", self.by_adcode[code], "adcode")
            if code in self._other_by_adcode:
                return Lookup(text, "elsewhere", self._other_by_adcode[code], "adcode")
            if code_text == text or not text:
                return Lookup(text, "unmatched", suggestion=None, method="adcode")
        for key in self._candidates(text):
            hits = self._keys.get(key)
            if hits:
                if len(hits) == 1:
                    code, method = next(iter(hits.items()))
                    return Lookup(text, "matched", self.by_adcode[code], method)
                return Lookup(text, "ambiguous", candidates=tuple(self.by_adcode[c] for c in hits))
        for key in self._candidates(text):
            hits = self._other_keys.get(key)
            if hits and len(hits) == 1:
                code, method = next(iter(hits.items()))
                return Lookup(text, "elsewhere", self._other_by_adcode[code], method)
        return Lookup(text, "unmatched", suggestion=self.suggest(text))

    def suggest(self, text) -> Region | None:
        """The closest region by spelling (difflib ratio >= 0.6), for "did you mean"; never applied."""
        best, best_score = None, 0.0
        for key in self._candidates(text):
            for cand in difflib.get_close_matches(key, list(self._keys), n=3, cutoff=0.6):
                score = difflib.SequenceMatcher(None, key, cand).ratio()
                if score > best_score and len(self._keys[cand]) == 1:
                    best, best_score = self.by_adcode[next(iter(self._keys[cand]))], score
        return best

    def __len__(self) -> int:
        return len(self.regions)

    # -- the built-in layers ----------------------------------------------
    @classmethod
    def districts(cls) -> RegionIndex:
        """Guangzhou's 11 districts; GBA cities and national competitors known as other levels."""
        return _builtin_index("districts")

    @classmethod
    def gba(cls) -> RegionIndex:
        """The 11 GBA cities; Guangzhou's districts and national competitors known as other levels."""
        return _builtin_index("gba")

    @classmethod
    def for_target(cls, target: str) -> RegionIndex:
        if target in ("districts", "district"):
            return cls.districts()
        if target in ("gba", "cities", "city"):
            return cls.gba()
        raise ValueError(f"unknown join target {target!r}; use 'districts' or 'gba'")


def national_competitors() -> list[Region]:
    """Beijing, Shanghai, Hangzhou, Chengdu as :class:`Region` (from ``competitor_cities.geojson``)."""
    import json

    from gzmap.paths import geo_path

    path = geo_path("competitor_cities.geojson")
    if not path.exists():
        return []
    feats = json.loads(path.read_text(encoding="utf-8"))["features"]
    return [
        Region(str(f["properties"]["adcode"]), f["properties"]["name_zh"], f["properties"]["name_en"], "national")
        for f in feats
        if f["properties"].get("group") == "national"
    ]


@lru_cache(maxsize=2)
def _builtin_index(which: str) -> RegionIndex:
    from gzmap.io.builtin import DISTRICTS_FILE
    from gzmap.io.builtin import GBA_FILE
    from gzmap.io.builtin import load_boundaries

    districts = load_boundaries(DISTRICTS_FILE)
    gba = load_boundaries(GBA_FILE)
    d_regions = [Region(str(r.adcode), r.name_zh, r.name_en, "district") for r in districts.itertuples()]
    g_regions = [Region(str(r.adcode), r.name_zh, r.name_en, "city") for r in gba.itertuples()]
    country = [Region("100000", "中国", "China", "country")]
    if which == "districts":
        return RegionIndex(d_regions, "district", others=g_regions + national_competitors() + country)
    return RegionIndex(g_regions, "city", others=d_regions + national_competitors() + country)


# ---------------------------------------------------------------------------
# matching a whole table
# ---------------------------------------------------------------------------


@dataclass
class MatchReport:
    """Which rows of a table landed on which region, and which did not.

    ``matched``: row, region (as written), adcode, name_zh, name_en, method.
    ``unmatched``: row, region, suggestion (name of the closest region or "").
    ``elsewhere``: row, region, adcode, name_zh, name_en, level – real regions
    that are not in the joined layer. ``without_data``: the layer's regions
    that received no usable value. ``problems``: the table's own problems
    plus those found while matching (duplicate regions after matching,
    adcode/name disagreements).
    """

    target: str
    matched: pd.DataFrame
    unmatched: pd.DataFrame
    elsewhere: pd.DataFrame
    without_data: list[Region]
    problems: list[TableProblem] = field(default_factory=list)
    n_rows: int = 0

    @property
    def ok(self) -> bool:
        """True when every row landed on a known region (of this or another level)."""
        return self.unmatched.empty

    def summary(self, lang: str = "en") -> str:
        return report_text(
            "match_summary",
            lang,
            matched=self.matched["row"].nunique(),
            regions=self.matched["adcode"].nunique(),
            unmatched=self.unmatched["row"].nunique(),
            elsewhere=self.elsewhere["row"].nunique(),
            without=len(self.without_data),
        )

    def lines(self, lang: str = "en") -> list[str]:
        """Human-readable report (the CLI prints these), in ``lang``."""
        zh = lang.startswith("zh")
        out = [self.summary(lang)]
        if not self.matched.empty:
            out.append(report_text("matched", lang))
            for (code, zh_name, en_name), g in self.matched.groupby(["adcode", "name_zh", "name_en"], sort=True):
                spellings = ", ".join(f"{s!r}" for s in dict.fromkeys(g["region"]))
                rows = _rows_text(g["row"], lang)
                out.append(f"  {code} {zh_name if zh else en_name}: {spellings} ({rows})")
        if not self.unmatched.empty:
            out.append(report_text("unmatched", lang))
            for region, g in self.unmatched.groupby("region", sort=False):
                sugg = g["suggestion"].iloc[0]
                hint = report_text("did_you_mean", lang, name=sugg) if sugg else ""
                out.append(f"  {region!r} ({_rows_text(g['row'], lang)}){hint}")
        if not self.elsewhere.empty:
            out.append(report_text("elsewhere", lang))
            for (code, zh_name, en_name, level), g in self.elsewhere.groupby(
                ["adcode", "name_zh", "name_en", "level"], sort=False
            ):
                name, where = (
                    (zh_name if zh else en_name),
                    report_text(f"level_{level}", lang) if level in LEVELS else level,
                )
                out.append(f"  {code} {name} [{where}] ({_rows_text(g['row'], lang)})")
        if self.without_data:
            names = ", ".join(f"{r.adcode} {r.name(lang)}" for r in self.without_data)
            out.append(report_text("without_data", lang, names=names))
        if self.problems:
            out.append(report_text("problems", lang))
            out += [f"  {p.text(lang)}" for p in self.problems]
        return out

    def rows_frame(self) -> pd.DataFrame:
        """One row per table row and its outcome (for saving the report as CSV)."""
        parts = [
            self.matched.assign(status="matched"),
            self.unmatched.assign(status="unmatched"),
            self.elsewhere.assign(status="elsewhere"),
        ]
        parts = [p for p in parts if not p.empty]
        if not parts:
            return pd.DataFrame(columns=["row", "region", "status"])
        return pd.concat(parts, ignore_index=True).sort_values("row", kind="stable").reset_index(drop=True)


def _rows_text(rows, lang: str = "en") -> str:
    rows = sorted({int(r) for r in rows})
    shown = ", ".join(str(r) for r in rows[:12]) + (", …" if len(rows) > 12 else "")
    return report_text("row" if len(rows) == 1 else "rows", lang, rows=shown)


#: What the match report says (context Cli, the texts group), by key.
REPORT_TEXTS = {
    "match_summary": QT_TRANSLATE_NOOP(
        "Cli",
        "{matched} rows matched to {regions} regions, {unmatched} rows unmatched, {elsewhere} rows "
        "for regions outside this layer, {without} regions without data",
    ),
    "matched": QT_TRANSLATE_NOOP("Cli", "Matched:"),
    "unmatched": QT_TRANSLATE_NOOP("Cli", "Unmatched (not used):"),
    "did_you_mean": QT_TRANSLATE_NOOP("Cli", "; did you mean {name}?"),
    "did_you_mean_problem": QT_TRANSLATE_NOOP("Cli", "did you mean {name}?"),
    "elsewhere": QT_TRANSLATE_NOOP("Cli", "Regions outside this layer (not drawn here):"),
    "without_data": QT_TRANSLATE_NOOP("Cli", "Regions without data: {names}"),
    "problems": QT_TRANSLATE_NOOP("Cli", "Problems:"),
    "row": QT_TRANSLATE_NOOP("Cli", "row {rows}"),
    "rows": QT_TRANSLATE_NOOP("Cli", "rows {rows}"),
    "level_district": QT_TRANSLATE_NOOP("Cli", "district"),
    "level_city": QT_TRANSLATE_NOOP("Cli", "city"),
    "level_province": QT_TRANSLATE_NOOP("Cli", "province"),
    "level_country": QT_TRANSLATE_NOOP("Cli", "country"),
}
LEVELS = ("district", "city", "province", "country")


def report_text(key: str, lang: str | None, **values) -> str:
    """The match report's text ``key`` in ``lang``, with ``values`` filled in."""
    return translate("Cli", REPORT_TEXTS[key], lang, **values)


def match_names(names: Iterable, index: RegionIndex) -> list[Lookup]:
    """Look up each name (or adcode) in ``index``."""
    return [index.lookup(n) for n in names]


def match_table(table: IndicatorTable, index: RegionIndex | str) -> tuple[pd.DataFrame, MatchReport]:
    """Match every row of an indicator table to ``index`` (or ``"districts"``/``"gba"``).

    Returns ``(data, report)``: ``data`` is ``table.data`` plus ``match_adcode``
    (the adcode of the region in this layer, or ""), ``match_status`` and
    ``match_method``; rows whose region matched twice for the same indicator
    and year (天河 in row 3 and 天河区 in row 7) keep the first and are marked
    unusable, with a problem naming both rows.
    """
    if isinstance(index, str):
        target = index
        index = RegionIndex.for_target(index)
    else:
        target = index.level
    data = table.data.copy()
    problems = list(table.problems)
    region_col = table.columns.get("region") or table.columns.get("adcode") or "region"
    rows = _RowOutcomes(index, target, region_col, problems)
    for rec in data.itertuples():
        rows.add(rec)
    data["match_status"] = rows.statuses
    data["match_adcode"] = rows.adcodes
    data["match_method"] = rows.methods
    _drop_same_region_twice(data, index, region_col, problems)
    with_data = set(data.loc[data["usable"] & data["value"].notna(), "match_adcode"])
    problems.sort(key=lambda p: (p.row is None, p.row or 0))
    report = MatchReport(
        target=target,
        matched=pd.DataFrame(rows.matched, columns=["row", "region", "adcode", "name_zh", "name_en", "method"]),
        unmatched=pd.DataFrame(rows.unmatched, columns=["row", "region", "suggestion"]),
        elsewhere=pd.DataFrame(rows.elsewhere, columns=["row", "region", "adcode", "name_zh", "name_en", "level"]),
        without_data=[r for r in index.regions if r.adcode not in with_data],
        problems=problems,
        n_rows=int(data["row"].nunique()),
    )
    return data, report


@dataclass
class _RowOutcomes:
    """The lookups of a table's rows, one per distinct (region, adcode), collected for :func:`match_table`.

    Per table line: ``statuses``, ``adcodes`` ("" unless matched) and
    ``methods``; per file row (the first line of each): ``matched``,
    ``unmatched`` or ``elsewhere`` entries, and a problem for each unmatched
    row or adcode that contradicts its name (appended to ``problems``).
    """

    index: RegionIndex
    target: str
    region_col: str
    problems: list[TableProblem]
    statuses: list[str] = field(default_factory=list)
    adcodes: list[str] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)
    matched: list[tuple] = field(default_factory=list)
    unmatched: list[tuple] = field(default_factory=list)
    elsewhere: list[tuple] = field(default_factory=list)
    _cache: dict[tuple[str, str], Lookup] = field(default_factory=dict)
    _seen_rows: set[int] = field(default_factory=set)

    def add(self, rec: Any) -> None:
        """Record the outcome of one table line (a row of ``IndicatorTable.data``)."""
        lk = self._lookup(rec)
        self.statuses.append(lk.status)
        self.adcodes.append(lk.found.adcode if lk.status == "matched" else "")
        self.methods.append(lk.method)
        if rec.row in self._seen_rows:
            return
        self._seen_rows.add(rec.row)
        if lk.status == "matched":
            found = lk.found
            self.matched.append((rec.row, rec.region, found.adcode, found.name_zh, found.name_en, lk.method))
        elif lk.status == "elsewhere":
            found = lk.found
            self.elsewhere.append((rec.row, rec.region, found.adcode, found.name_zh, found.name_en, found.level))
        else:
            sugg, msg = self._not_matched(rec, lk)
            self.unmatched.append((rec.row, rec.region, sugg))
            self.problems.append(TableProblem(int(rec.row), self.region_col, msg))

    def _lookup(self, rec: Any) -> Lookup:
        """The lookup of the line's region and adcode (made once per pair); warns once when they disagree."""
        key = (rec.region, rec.adcode)
        if key in self._cache:
            return self._cache[key]
        lk = self._cache[key] = self.index.lookup(rec.region, rec.adcode or None)
        if rec.adcode and rec.region != rec.adcode and lk.status == "matched" and lk.method == "adcode":
            by_name = self.index.lookup(rec.region)
            if by_name.status == "matched" and by_name.found.adcode != lk.found.adcode:
                self.problems.append(
                    TableProblem(
                        int(rec.row),
                        self.region_col,
                        f"adcode {rec.adcode} is {lk.found.name_zh} but the name says "
                        f"{rec.region!r}; the adcode is used",
                        "warning",
                    )
                )
        return lk

    def _not_matched(self, rec: Any, lk: Lookup) -> tuple[str, str]:
        """(suggestion, problem message) of a row whose region is ambiguous or not found."""
        if lk.status == "ambiguous":
            sugg = " or ".join(f"{c.name_zh} ({c.adcode})" for c in lk.candidates)
            return sugg, f"region {rec.region!r} is ambiguous: {sugg}; write the full name or the adcode"
        s = lk.suggestion
        sugg = f"{s.name_zh} / {s.name_en}" if s else ""
        if self.index.level == "city":
            source = QT_TRANSLATE_NOOP("Cli", "region {region!r} not found in the GBA cities")
        else:
            source = QT_TRANSLATE_NOOP("Cli", "region {region!r} not found in the Guangzhou districts")
        found = Phrase("Cli", source, region=rec.region)
        return sugg, Phrase.join(
            [found, Phrase("Cli", REPORT_TEXTS["did_you_mean_problem"], name=sugg)]
        ) if sugg else found


def _drop_same_region_twice(
    data: pd.DataFrame, index: RegionIndex, region_col: str, problems: list[TableProblem]
) -> None:
    """Mark unusable, with a problem naming both rows, a usable row whose region, indicator and year an
    earlier row already gave under another spelling (天河 and 天河区): duplicates that only show once names
    are matched."""
    usable = data["usable"] & data["value"].notna() & (data["match_adcode"] != "")

    def message(r, first, year: str) -> str:
        return (
            f"{r['region']!r} is the same region as {first['region']!r} in row "
            f"{int(first['row'])} ({index.by_adcode[r['match_adcode']].name_zh}) for "
            f"{r['indicator']}{year}; this row is not used"
        )

    drop_repeats(data, problems, region_col, data["match_adcode"], usable, message)
