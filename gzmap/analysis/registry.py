"""Declared analyses, the way QGIS declares processing algorithms.

Each analysis is declared once, as data: ``declarations/<id>.toml`` holds
its stable id, translated name and help, typed :class:`Param` s (default,
unit, bounds, choices, translated label and help), :class:`Input` s and
:class:`Output` s; ``declarations/common.toml`` the parameters and inputs
several analyses share (a declaration takes one with ``use = "<name>"`` and
may change its fields). The ``<id>_tool.py`` module beside the analysis's
pure function holds its orchestration (``run``, and ``layers`` when the
result is more than one layer of :mod:`gzmap.analysis.layers`) and binds
them with ``ANALYSIS = declare("<id>", run)``. The ``gzmap`` sub-command's
arguments and the app's dialog are generated from the declaration, and the
command line, the app's worker and the tests all call :func:`run`.

Declarations import nothing heavy (no numpy, no pandas): building the
command line's parser reads them all. Their texts are English source text
of the translation context ``Analyses``; ``tools/i18n.py update`` collects
them from the ``.toml`` files into the catalogue like lupdate does from code.

Adding an analysis: write its pure function, its ``declarations/<id>.toml``,
a ``<id>_tool.py`` with ``run`` and ``ANALYSIS = declare(...)``, and add the
module to :data:`TOOLS`.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Any
from typing import NamedTuple

from gzmap.core.i18n import translate

__all__ = [
    "TOOLS",
    "Analysis",
    "AnalysisResult",
    "Choice",
    "Input",
    "Output",
    "Param",
    "check_params",
    "declare",
    "get",
    "ids",
    "one_layer",
    "run",
    "text",
]

#: Translation context of every declaration's text.
CONTEXT = "Analyses"

#: analysis id -> module holding its ``ANALYSIS`` declaration (the order of the Analysis menu).
TOOLS = {
    "clusters": "gzmap.analysis.clusters_tool",
    "kde": "gzmap.analysis.kde_tool",
    "hotspots": "gzmap.analysis.hotspots_tool",
    "district_stats": "gzmap.analysis.district_stats_tool",
    "lq": "gzmap.analysis.lq_tool",
    "colocation": "gzmap.analysis.colocation_tool",
    "cross_k": "gzmap.analysis.cross_k_tool",
    "devindex": "gzmap.analysis.devindex_tool",
    "sites": "gzmap.analysis.sites_tool",
    "emerging": "gzmap.analysis.emerging_tool",
    "ellipse": "gzmap.analysis.ellipse_tool",
}


def text(source: str, lang: str | None) -> str:
    """A declaration's text (label, help, name) in ``lang``."""
    return translate(CONTEXT, source, lang) if source else ""


class Choice(NamedTuple):
    """One allowed value of a choice parameter and its (English, marked) label."""

    value: Any
    label: str


@dataclass(frozen=True)
class Param:
    """A typed parameter.

    ``type``: ``"float"``, ``"int"``, ``"bool"``, ``"choice"``, ``"field"`` (a
    column of the input layer; ``numeric`` for weights), ``"category"`` (a
    value of the column named by the parameter ``of``) or ``"text"``.
    ``minimum``/``maximum`` bound numbers (``exclusive_minimum``: must be
    greater). ``optional``: None is allowed (``auto_label`` says what None
    means). ``flag`` is the command-line option when not ``--<name>``;
    ``cli``/``dialog`` say where the parameter is offered. ``enabled_when``:
    ``(other parameter, values)`` for which it applies. ``suggest``: key of a
    data-derived default (:func:`gzmap.analysis.defaults.suggest`).
    """

    name: str
    type: str
    default: Any = None
    label: str = ""
    help: str = ""
    unit: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    choices: tuple[Choice, ...] = ()
    optional: bool = False
    auto_label: str = ""
    numeric: bool = False
    of: str | None = None
    flag: str | None = None
    cli: bool = True
    dialog: bool = True
    enabled_when: tuple[str, tuple] | None = None
    suggest: str | None = None
    step: float | None = None
    decimals: int = 0

    @property
    def values(self) -> tuple:
        return tuple(c.value for c in self.choices)

    def check(self, value):
        """``value`` converted to the parameter's type and checked; AnalysisInputError (one line) if not."""
        from gzmap.analysis.metric import AnalysisInputError

        if value is None or (isinstance(value, str) and value == "" and self.type != "text"):
            if self.optional or self.type in ("field", "category", "text"):
                return None
            raise AnalysisInputError(f"{self.name} is required")
        if self.type == "bool":
            return bool(value)
        if self.type == "choice":
            if value not in self.values:
                raise AnalysisInputError(f"unknown {self.name} {value!r}; valid: {', '.join(map(str, self.values))}")
            return value
        if self.type in ("float", "int"):
            return self._number(value)
        return str(value)

    def _number(self, value):
        from gzmap.analysis.metric import AnalysisInputError

        what = "a whole number" if self.type == "int" else "a number"
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise AnalysisInputError(f"{self.name} must be {what}, got {value!r}") from None
        if not math.isfinite(v) or (self.type == "int" and v != int(v)):
            raise AnalysisInputError(f"{self.name} must be {what}, got {value!r}")
        unit = f" {self.unit}" if self.unit else ""
        if self.minimum is not None and (v <= self.minimum if self.exclusive_minimum else v < self.minimum):
            op = "greater than" if self.exclusive_minimum else "at least"
            raise AnalysisInputError(f"{self.name} must be {op} {self.minimum:g}{unit}, got {value!r}")
        if self.maximum is not None and v > self.maximum:
            raise AnalysisInputError(f"{self.name} must be at most {self.maximum:g}{unit}, got {value!r}")
        return int(v) if self.type == "int" else v


@dataclass(frozen=True)
class Input:
    """An input: ``kind`` ``"points"`` (the enterprise layer by default), ``"layer"`` (any vector layer
    or file) or ``"table"`` (a table file, given by its path).

    The first input is the command's positional argument, the others its
    ``--<name>`` options. ``optional``: the analysis runs without it;
    ``sample``: a built-in file under ``resources/geo`` the dialog offers;
    ``geometry``: ``"polygon"`` for a layer of regions (the dialog offers
    Guangzhou's districts, the GBA cities and the project's polygon layers).
    """

    name: str
    kind: str
    label: str = ""
    help: str = ""
    optional: bool = False
    sample: str = ""
    geometry: str = ""


@dataclass(frozen=True)
class Output:
    """A result: ``kind`` ``"vector"`` (a layer), ``"raster"`` or ``"table"``.

    ``suffix``: a table written beside the command's output file is named
    ``<OUT stem><suffix>.csv``; ``flag``: the option that names that file.
    ``view``: how the app also shows a table (``view_label`` names it):
    ``"heat"``, a matrix (first column the row names, one column per
    category) coloured by its values around 1, with the cells whose pair has
    ``p`` ≤ 0.05 in the output ``view_key`` (columns ``a``, ``b``, ``p``)
    marked; ``"ranking"``, bars of the column ``view_key`` by region, sorted.
    """

    name: str
    kind: str
    label: str = ""
    help: str = ""
    suffix: str = ""
    flag: str | None = None
    view: str = ""
    view_key: str = ""
    view_label: str = ""


@dataclass
class AnalysisResult:
    """What :func:`run` returns.

    ``outputs``: declared output name -> GeoDataFrame, Grid or DataFrame (or
    a function making it, called once by :meth:`output`); ``tables``: the
    names of the outputs to show as tables, first shown first;
    ``summary``: one English line for the command line; ``params``: the
    checked parameters; ``extra``: analysis-specific objects (a ClusterResult).
    """

    analysis: str
    params: dict
    outputs: dict = field(default_factory=dict)
    tables: tuple = ()
    summary: str = ""
    extra: dict = field(default_factory=dict)

    def output(self, name: str):
        """The output ``name``, made now if it was left to be made when asked for."""
        value = self.outputs[name]
        if callable(value):
            value = self.outputs[name] = value()
        return value

    def layers(self, source_layer=None) -> list:
        """The styled project layers of this result (pure: gzmap.analysis.layers)."""
        return get(self.analysis).layers(self, source_layer)


@dataclass(frozen=True)
class Analysis:
    """One declared analysis. ``command``: its ``gzmap`` sub-command (None: app only)."""

    id: str
    name: str
    help: str
    inputs: tuple[Input, ...]
    params: tuple[Param, ...]
    outputs: tuple[Output, ...]
    run: Callable[..., AnalysisResult]
    layers: Callable[[AnalysisResult, Any], list] = lambda result, source_layer: []
    command: str | None = None
    menu: str = ""
    description: str = ""

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def output(self, name: str) -> Output:
        for o in self.outputs:
            if o.name == name:
                return o
        raise KeyError(name)


#: The declarations: ``<analysis id>.toml`` (and ``common.toml``: parameters and inputs several share).
DECLARATIONS = Path(__file__).with_name("declarations")


@cache
def _toml(name: str) -> dict:
    import tomllib

    with open(DECLARATIONS / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)


def _entry(cls, data: dict, shared: dict):
    """A Param/Input/Output from its TOML table; ``use = "x"`` starts from the shared entry ``x``."""
    data = dict(data)
    base = dict(shared[data.pop("use")]) if "use" in data else {}
    base.update(data)
    if "choices" in base:
        base["choices"] = tuple(Choice(value, label) for value, label in base["choices"])
    if "enabled_when" in base:
        other, values = base["enabled_when"]
        base["enabled_when"] = (other, tuple(values))
    return cls(**base)


def declare(analysis_id: str, run: Callable[..., AnalysisResult], layers: Callable | None = None) -> Analysis:
    """The :class:`Analysis` declared in ``declarations/<analysis_id>.toml``, run by ``run``.

    ``layers``: the function making the result's layers, when the declaration
    does not name one of :mod:`gzmap.analysis.layers` (``layers = {maker, output}``).
    """
    data, common = _toml(analysis_id), _toml("common")
    made = data.get("layers")
    if isinstance(made, dict):
        layers = one_layer(made["maker"], made["output"])
    return Analysis(
        id=data["id"],
        name=data["name"],
        help=data["help"],
        inputs=tuple(_entry(Input, d, common["inputs"]) for d in data.get("inputs", ())),
        params=tuple(_entry(Param, d, common["params"]) for d in data.get("params", ())),
        outputs=tuple(_entry(Output, d, {}) for d in data.get("outputs", ())),
        run=run,
        layers=layers or (lambda result, source_layer: []),
        command=data.get("command"),
        menu=data.get("menu", ""),
        description=data.get("description", "").strip(),
    )


def one_layer(maker: str, output: str):
    """``Analysis.layers`` for a result shown as one layer: ``gzmap.analysis.layers.<maker>(result.output(output))``."""

    def layers(result: AnalysisResult, source_layer=None) -> list:
        from gzmap.analysis import layers as made

        return [getattr(made, maker)(result.output(output), source_layer=source_layer)]

    return layers


def ids() -> list[str]:
    """Every declared analysis id, in menu order."""
    return list(TOOLS)


def get(analysis_id: str) -> Analysis:
    """The declaration of ``analysis_id``; an unknown id names the valid ones."""
    if analysis_id not in TOOLS:
        raise KeyError(f"unknown analysis {analysis_id!r}; valid: {', '.join(TOOLS)}")
    return importlib.import_module(TOOLS[analysis_id]).ANALYSIS


def check_params(analysis: Analysis, params: dict) -> dict:
    """Every declared parameter, from ``params`` or its default, converted and checked.

    Unknown names are refused (a typo must not silently run with a default).
    """
    from gzmap.analysis.metric import AnalysisInputError

    known = {p.name for p in analysis.params}
    unknown = sorted(set(params) - known)
    if unknown:
        raise AnalysisInputError(
            f"{analysis.id} has no parameter {unknown[0]!r}; parameters: {', '.join(sorted(known))}"
        )
    return {p.name: p.check(params.get(p.name, p.default)) for p in analysis.params}


def run(analysis_id: str, inputs: dict, params: dict | None = None, progress=None, engine=None) -> AnalysisResult:
    """Run a declared analysis: the one path of the command line, the app and the tests.

    ``inputs``: input name -> data (``{"points": GeoDataFrame}``);
    ``params``: parameter name -> value (missing ones take their default);
    ``progress``: a :class:`gzmap.core.progress.Progress` (reports, and
    raises Cancelled once the user cancelled); ``engine``: None (this
    process) or a :class:`gzmap.analysis.distributed.cluster.Engine` (a Dask
    cluster; the points are then a path: :mod:`gzmap.analysis.distributed.engine`).
    """
    analysis = get(analysis_id)
    from gzmap.analysis.metric import AnalysisInputError

    missing = [i.name for i in analysis.inputs if inputs.get(i.name) is None and not i.optional]
    if missing:
        raise AnalysisInputError(f"{analysis.id} needs the input {missing[0]!r}")
    if engine is not None:
        from gzmap.analysis.distributed.engine import run_on

        return run_on(engine, analysis, inputs, check_params(analysis, params or {}), progress)
    return analysis.run(inputs, check_params(analysis, params or {}), progress)
