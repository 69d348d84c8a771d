"""Property: for any messy table, every row read is either accepted or rejected (never dropped)."""

import string

import numpy as np
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.io.enterprises import ImportOptions
from gzmap.io.enterprises import import_file
from gzmap.io.errors import ReadError

good_lon = st.floats(113.0, 113.9).map(lambda v: f"{v:.6f}")
good_lat = st.floats(22.6, 23.9).map(lambda v: f"{v:.6f}")
junk = st.sampled_from(
    ["", "不详", "abc", "N/A", "200", "-91", "0", "2.35", "1e400", "113.3.1", " ", "NaN", "113°19'28\"E", "23,1"]
)
text = st.text(alphabet=string.ascii_letters + "广州游戏动漫公司 ,\"'\t;", max_size=12)


@st.composite
def messy_rows(draw):
    n = draw(st.integers(1, 40))
    rows = []
    for _ in range(n):
        kind = draw(st.sampled_from(["good", "good", "good", "junk", "short", "long", "blank", "dup"]))
        if kind == "dup" and rows:
            rows.append(list(draw(st.sampled_from(rows))))
            continue
        name = draw(text)
        lon = draw(good_lon if kind in ("good", "dup") else st.one_of(good_lon, junk))
        lat = draw(good_lat if kind in ("good", "dup") else st.one_of(good_lat, junk))
        cat = draw(st.sampled_from(["游戏电竞", "动漫", "餐饮", "", "AIGC"]))
        row = [name, cat, lon, lat]
        if kind == "short":
            row = row[: draw(st.integers(0, 3))]
        elif kind == "long":
            row = row + ["x"] * draw(st.integers(1, 3))
        elif kind == "blank":
            row = []
        rows.append(row)
    return rows


def _csv_cell(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=messy_rows(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gbk"]),
    sep=st.sampled_from([",", "\t", ";"]),
    title=st.booleans(),
)
def test_accepted_plus_rejected_equals_rows_read(tmp_path_factory, rows, encoding, sep, title):
    path = tmp_path_factory.mktemp("prop") / "messy.csv"
    lines = []
    if title:
        lines.append("广州市数字文化企业名录")
    lines.append(sep.join(["企业名称", "行业", "经度", "纬度"]))
    lines += [sep.join(_csv_cell(v) for v in r) for r in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding, errors="replace"))
    try:
        res = import_file(path, ImportOptions(source_datum="gcj02"))
    except ReadError as exc:
        # only a file with no data rows at all may be refused as a whole
        assert "no data rows" in str(exc) and str(path) in str(exc)
        assert all(not any(c.strip() for c in r) for r in rows)
        return
    assert res.n_accepted + res.n_rejected == res.rows_read
    # every data line of the file is a row read, except blank lines at the very end
    last = max((i for i, r in enumerate(rows) if any(c.strip() for c in r) or len(r) > 1), default=-1)
    assert res.rows_read == last + 1
    # file rows are unique and name real lines
    rows_seen = list(res.accepted["source_row"]) + list(res.rejected["file_row"])
    assert len(set(rows_seen)) == len(rows_seen)
    first = 3 if title else 2
    assert all(first <= r < first + len(rows) for r in rows_seen)
    assert np.isfinite(res.accepted.geometry.x).all()
