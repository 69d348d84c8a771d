"""Fuzz of the project description: whatever JSON a file holds, ``load_project`` opens it or raises
ProjectError (one line naming the file), never anything else."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.io.project import ProjectError
from gzmap.io.project import load_project

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_project_hostile import description  # noqa: E402
from test_project_hostile import real_project  # noqa: E402

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(
        [
            "",
            "vector",
            "tiles",
            "raster",
            "range",
            "column",
            "category",
            "json",
            "wkb",
            "iso",
            "../../../../etc/passwd",
            "/etc/passwd",
            "EPSG:4326",
            "int64",
            "U999999999",
            "object",
        ]
    ),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=20,
)


def paths_of(value, prefix=()) -> list[tuple]:
    """Every place in a JSON value (key paths), the root included."""
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths_of(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths_of(v, prefix + (i,))
    return out


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    path = real_project(folder / "office")
    return path, description(path)


def write_description(path: Path, text: str) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE gzmap_project SET description = ?", (text,))
    con.commit()
    con.close()


def check_load(path: Path) -> None:
    try:
        load_project(path)
    except ProjectError as exc:
        message = str(exc)
        assert path.name in message and "\n" not in message, message


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(data=st.data(), value=json_values)
def test_any_value_in_any_field_opens_or_gives_project_error(base, tmp_path_factory, data, value):
    path, desc = base
    where = data.draw(st.sampled_from(paths_of(desc)[1:]), label="field")
    d = json.loads(json.dumps(desc))
    target = d
    for k in where[:-1]:
        target = target[k]
    if data.draw(st.booleans(), label="delete instead"):
        del target[where[-1]]
    else:
        target[where[-1]] = value
    work = tmp_path_factory.mktemp("case") / "office"
    shutil.copytree(path.parent, work)
    write_description(work / path.name, json.dumps(d, ensure_ascii=False))
    check_load(work / path.name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=json_values,
    extra=st.dictionaries(
        st.sampled_from(["layers", "metadata", "view_extent", "title", "edit_log_rows", "language", "display_datum"]),
        json_values,
        max_size=4,
    ),
)
def test_random_structures_open_or_give_project_error(base, tmp_path_factory, value, extra):
    path, _desc = base
    work = tmp_path_factory.mktemp("whole") / path.name
    shutil.copy(path, work)
    for doc in (value, {"format": "gzmap-project", "schema_version": 1, **extra}):
        write_description(work, json.dumps(doc, ensure_ascii=False))
        check_load(work)
