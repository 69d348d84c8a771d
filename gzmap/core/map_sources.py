"""The sources line of a printed map: the datasets of the layers that show, named in one language.

Each layer names its dataset from its provenance (the ``*.PROVENANCE.json``
beside shipped data, or what an import or analysis recorded): the title in
the page's language (``title_zh`` / ``title_en``), then the attribution in
that language (``attribution_zh`` / ``attribution_en``; the generic
``attribution`` only for a dataset without a title in that language).
A layer without a title is named by its layer name; an analysis result says
it was made by GZMap and names its input dataset as that dataset names itself
(so a heat surface of the synthetic sample says the sample is synthetic);
synthetic data says it is synthetic. Where only a
``source`` is known it is shown as a file name, never with its folder: no
printed map tells where a file sat on the maker's disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gzmap.core.page_words import colon
from gzmap.core.page_words import word
from gzmap.core.path_text import strip_paths

__all__ = ["dataset_text", "sources_text"]


def _lang_key(lang: str) -> str:
    return "zh" if lang.startswith("zh") else "en"


def _source_name(source: Any) -> str:
    """A recorded ``source`` as a dataset name: a path becomes its file name; URLs and text stay."""
    text = strip_paths(str(source or "")).strip()
    if "://" in text:
        return text
    if ("/" in text or "\\" in text) and " " not in text:
        text = text.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return text


class _Input:
    """The input dataset of an analysis result as its provenance recorded it (names and dataset words)."""

    def __init__(self, prov: dict) -> None:
        self.name_zh = str(prov.get("input_zh") or "")
        self.name_en = str(prov.get("input") or "")
        dataset = prov.get("input_dataset")
        # a result recorded before its input's dataset words were kept: only whether it was synthetic
        self.provenance = dict(dataset) if isinstance(dataset, dict) else {"synthetic": bool(prov.get("synthetic"))}

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


#: How many analyses back the sources line follows a result's inputs (a project file may nest them without end).
MAX_INPUT_DEPTH = 3


def _analysis_text(prov: dict, lang: str, depth: int) -> str:
    """An analysis result's dataset: made by GZMap, from its input dataset named with that dataset's own note."""
    source = _Input(prov)
    if depth >= MAX_INPUT_DEPTH:
        return word("analysis", lang)
    known = source.name(lang) or source.provenance.get("title_" + _lang_key(lang))
    text = _dataset_text(source, lang, depth + 1) if known else ""
    if not text and source.provenance.get("synthetic"):
        text = word("synthetic", lang)
    return word("analysis_of", lang, input=text) if text else word("analysis", lang)


def dataset_text(layer, lang: str) -> str:
    """How the sources line names ``layer``'s dataset in ``lang`` (empty when nothing is known)."""
    return _dataset_text(layer, lang, 0)


def _dataset_text(layer, lang: str, depth: int) -> str:
    prov = getattr(layer, "provenance", None) or {}
    if not isinstance(prov, dict):
        return ""
    key = _lang_key(lang)
    name = layer.name(lang) if hasattr(layer, "name") else ""
    title = str(prov.get(f"title_{key}") or "").strip()
    # a dataset titled in this language keeps quiet about an attribution written in another
    attribution = str(prov.get(f"attribution_{key}") or ("" if title else prov.get("attribution")) or "").strip()
    if prov.get("analysis"):
        return f"{name}{colon(lang)}{_analysis_text(prov, lang, depth)}"
    if prov.get("synthetic") and not title:
        title = f"{name}{colon(lang)}{word('synthetic', lang)}"
    if not title and not attribution:
        source = _source_name(prov.get("source") or "")
        if source.startswith("builtin:"):
            source = ""
        return f"{name}{colon(lang)}{source}" if source and name else source or ""
    if title and attribution:
        return f"{title}{colon(lang)}{strip_paths(attribution)}"
    return strip_paths(title or attribution)


def sources_text(layers: Sequence[Any], lang: str) -> list[str]:
    """The distinct dataset texts of ``layers`` (give the layers that show), bottom layer first."""
    out: list[str] = []
    for layer in layers:
        text = dataset_text(layer, lang)
        if text and text not in out:
            out.append(text)
    return out
