"""The digital-culture sub-sector taxonomy: bilingual, extensible, with map colours.

The ten built-in sub-sectors (games and e-sports 游戏电竞, animation 动漫, ...)
live in ``resources/geo/subsectors.json``. A user extends or overrides them
with a file of the same format, ``subsectors.json`` in the GZMap user folder
(an entry with an existing ``key`` replaces it; a new key adds a sub-sector).

Free-text categories from planners' tables ("手游研发", "MCN/直播带货",
"Animation studio") are mapped onto the keys by :meth:`Taxonomy.map_values`:
exact labels first, then the longest matching keyword. Values that match
nothing map to ``None`` (shown as "Other").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from gzmap.core.style import CategorizedStyle
from gzmap.core.style import Symbol

__all__ = ["SubSector", "Taxonomy", "enterprise_style", "load_taxonomy"]

FILE_NAME = "subsectors.json"


@dataclass(frozen=True)
class SubSector:
    key: str
    zh: str
    en: str
    color: str
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


def _norm(text) -> str:
    return re.sub(r"[\s_/\\|,，、;；:：()（）\-]+", " ", str(text).strip().lower()).strip()


class Taxonomy:
    """An ordered list of :class:`SubSector` plus the "other" entry."""

    def __init__(self, subsectors: list[SubSector], other: SubSector | None = None):
        self.subsectors = list(subsectors)
        self.other = other or SubSector("other", "其他", "Other", "#9e9e9e")
        self._by_key = {s.key: s for s in self.subsectors}
        exact: dict[str, str] = {}
        for s in self.subsectors:
            for label in (s.key, s.zh, s.en):
                exact[_norm(label)] = s.key
        self._exact = exact
        kws: list[tuple[str, str, re.Pattern | None]] = []
        for s in self.subsectors:
            for kw in s.keywords:
                k = _norm(kw)
                if not k:
                    continue
                # ASCII keywords match whole words ("ar" must not match "art")
                pat = re.compile(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])") if k.isascii() else None
                kws.append((k, s.key, pat))
        kws.sort(key=lambda t: -len(t[0]))  # longest keyword wins
        self._keywords = kws

    # -- lookup ------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.subsectors]

    def get(self, key: str) -> SubSector:
        return self._by_key.get(key, self.other)

    def __iter__(self):
        return iter(self.subsectors)

    def __len__(self) -> int:
        return len(self.subsectors)

    def map_value(self, text) -> str | None:
        """The sub-sector key for one free-text category, or None."""
        if text is None or (isinstance(text, float) and np.isnan(text)):
            return None
        n = _norm(text)
        if not n:
            return None
        if n in self._exact:
            return self._exact[n]
        for kw, key, pat in self._keywords:
            if pat.search(n) if pat is not None else kw in n:
                return key
        return None

    def map_values(self, values) -> pd.Series:
        """Sub-sector keys for a column of free text (object Series, None where unknown).

        Each distinct value is matched once, so a million rows with a few
        hundred distinct categories cost milliseconds.
        """
        s = pd.Series(values)
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
        mapped = np.array([self.map_value(u) for u in uniques] + [None], dtype=object)
        return pd.Series(mapped[codes], index=s.index, dtype=object)

    # -- persistence ---------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "version": 1,
            "other": {"key": self.other.key, "zh": self.other.zh, "en": self.other.en, "color": self.other.color},
            "subsectors": [
                {"key": s.key, "zh": s.zh, "en": s.en, "color": s.color, "keywords": list(s.keywords)}
                for s in self.subsectors
            ],
        }

    def with_subsector(self, sub: SubSector) -> Taxonomy:
        """A copy with ``sub`` added (or replacing the entry with its key)."""
        subs = [s for s in self.subsectors if s.key != sub.key]
        if sub.key in self._by_key:
            subs.insert(self.keys.index(sub.key), sub)
        else:
            subs.append(sub)
        return Taxonomy(subs, self.other)

    def save_user(self, path: Path | None = None) -> Path:
        """Write this taxonomy as the user's ``subsectors.json``; returns the path."""
        from gzmap.paths import user_data_dir

        path = Path(path) if path else user_data_dir() / FILE_NAME
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        load_taxonomy.cache_clear()
        return path


def _parse(d: dict) -> tuple[list[SubSector], SubSector | None]:
    subs = [
        SubSector(
            str(e["key"]),
            str(e.get("zh", e["key"])),
            str(e.get("en", e["key"])),
            str(e.get("color", "#666666")),
            tuple(str(k) for k in e.get("keywords", [])),
        )
        for e in d.get("subsectors", [])
    ]
    o = d.get("other")
    other = (
        SubSector(
            str(o.get("key", "other")),
            str(o.get("zh", "其他")),
            str(o.get("en", "Other")),
            str(o.get("color", "#9e9e9e")),
        )
        if o
        else None
    )
    return subs, other


@lru_cache(maxsize=4)
def load_taxonomy(user: bool = True) -> Taxonomy:
    """The built-in taxonomy, extended by the user's ``subsectors.json`` when ``user``.

    A broken user file is ignored (the built-in list is used) rather than
    stopping the app.
    """
    from gzmap.paths import geo_path
    from gzmap.paths import user_data_dir

    subs, other = _parse(json.loads(geo_path(FILE_NAME).read_text(encoding="utf-8")))
    tax = Taxonomy(subs, other)
    if user:
        upath = user_data_dir() / FILE_NAME
        if upath.exists():
            try:
                usubs, uother = _parse(json.loads(upath.read_text(encoding="utf-8")))
            except (ValueError, KeyError, TypeError, AttributeError):
                return tax
            for s in usubs:
                tax = tax.with_subsector(s)
            if uother is not None:
                tax = Taxonomy(tax.subsectors, uother)
    return tax


def enterprise_style(
    taxonomy: Taxonomy | None = None, field: str = "subsector", size: float = 4.0, present: list[str] | None = None
) -> CategorizedStyle:
    """A :class:`CategorizedStyle` colouring enterprises by sub-sector key in ``field``.

    ``present`` limits the categories to the keys that occur (order kept);
    rows whose key is missing or unknown use the grey "Other" symbol.
    """
    tax = taxonomy or load_taxonomy()
    base = Symbol(size=size, stroke="#ffffff", stroke_width=0.3, fill_opacity=0.9)
    cats = {}
    for s in tax:
        if present is not None and s.key not in present:
            continue
        cats[s.key] = (replace(base, fill=s.color), s.zh, s.en)
    return CategorizedStyle(
        symbol=base,
        field=field,
        categories=cats,
        other=replace(base, fill=tax.other.color),
        title_zh="数字文化企业（按细分行业）",
        title_en="Digital-culture enterprises by sub-sector",
    )
