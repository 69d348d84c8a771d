"""Declared analyses: complete declarations, one run path, checks that name the parameter."""

import subprocess
import sys

import numpy as np
import pytest

from gzmap.analysis import registry
from gzmap.analysis.metric import AnalysisInputError
from gzmap.core.i18n import translate


@pytest.mark.parametrize("analysis_id", registry.ids())
def test_every_declaration_is_complete_and_translated(analysis_id):
    decl = registry.get(analysis_id)
    assert decl.id == analysis_id and translate("Analyses", decl.name, "zh_CN") != decl.name
    names = [p.name for p in decl.params]
    assert len(names) == len(set(names))
    for p in decl.params:
        assert p.label and p.help, p.name
        assert translate("Analyses", p.label, "zh_CN") != p.label, p.label  # Chinese for every label
        assert p.check(p.default) == p.default or p.optional  # every default passes its own checks
        if p.type in ("float", "int") and not p.optional:
            assert p.minimum is not None, p.name  # numbers are bounded
        if p.enabled_when:
            assert p.enabled_when[0] in names
    for o in decl.outputs:
        assert o.kind in ("vector", "raster", "table") and o.label


def test_declarations_load_without_numpy_or_pandas():
    """The command line reads every declaration to build its parser: they must cost nothing to import."""
    code = (
        "import sys\nfrom gzmap.analysis import registry\n[registry.get(i) for i in registry.ids()]\n"
        "print(sorted(m for m in ('numpy', 'pandas', 'geopandas', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_run_is_the_pure_function_with_the_declared_defaults(three_blobs):
    from gzmap.analysis.hotspots import hotspots

    res = registry.run("hotspots", {"points": three_blobs}, {"cell": 500, "permutations": 99})
    direct = hotspots(three_blobs, 500, permutations=99)
    assert res.output("hotspots")["gi_class"].tolist() == direct["gi_class"].tolist()
    table = res.output("classes")
    assert table["cells"].sum() == len(direct) and table["gi_class"].is_monotonic_decreasing
    assert "hot" in res.summary and res.params["shape"] == "square" and res.params["seed"] == 12345
    assert len(res.layers()) == 1


def test_progress_is_reported_and_cancel_stops_the_run(three_blobs):
    from gzmap.core.progress import Cancelled

    seen = []

    def progress(fraction, message=""):
        seen.append(fraction)
        if fraction > 0.3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        registry.run("clusters", {"points": three_blobs}, {"eps": 300}, progress)
    assert seen and seen == sorted(seen)


@pytest.mark.parametrize(
    "params, message",
    [
        ({"eps": 0}, "eps must be greater than 0 m, got 0"),
        ({"eps": "far"}, "eps must be a number, got 'far'"),
        ({"min_samples": 1.5}, "min_samples must be a whole number"),
        ({"method": "kmeans"}, "unknown method 'kmeans'; valid: dbscan, hdbscan"),
        ({"epsilon": 300}, "clusters has no parameter 'epsilon'; parameters: "),
    ],
)
def test_bad_parameters_are_refused_before_any_work(three_blobs, params, message):
    with pytest.raises(AnalysisInputError, match=message.replace("(", r"\(")):
        registry.run("clusters", {"points": three_blobs}, params)


def test_unknown_analysis_and_missing_input_name_what_is_valid():
    with pytest.raises(KeyError, match="valid: clusters, kde"):
        registry.get("kriging")
    with pytest.raises(AnalysisInputError, match="needs the input 'points'"):
        registry.run("kde", {}, {})


def test_convex_hulls_from_qhull_equal_shapely_s():
    import shapely

    from gzmap.analysis.clusters import _convex_hulls

    rng = np.random.default_rng(2)
    groups = [
        rng.normal(0, 100, (500, 2)),
        np.array([[0.0, 0], [10, 10], [20, 20]]),  # collinear
        np.array([[5.0, 5], [5, 5]]),
        rng.uniform(0, 10, (4, 2)),
    ]
    xy = np.concatenate(groups)
    pos = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    ours = _convex_hulls(xy, pos, len(groups))
    for hull, g in zip(ours, groups):
        ref = shapely.convex_hull(shapely.multipoints(g))
        assert hull.geom_type == ref.geom_type and abs(hull.area - ref.area) < 1e-6 and hull.equals(ref)
