"""Tables from others (issue 13): crafted CSV/TSV/XLSX files are read within budget or refused
in one line naming the file; no row is lost (accepted + rejected = rows read); no Python
warning escapes; no other exception than ReadError.
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path

import openpyxl
import pytest

from gzmap.io.enterprises import ImportOptions
from gzmap.io.enterprises import import_file
from gzmap.io.errors import ReadError
from gzmap.io.indicators import read_indicator_table
from gzmap.io.tables import MAX_FIELD_BYTES
from gzmap.io.tables import read_table
from gzmap.testing import assert_rows_conserved

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "tables"
OPTS = ImportOptions(source_datum="gcj02", study_area=None)


def _import(path: Path, **kw):
    """import_file with every Python warning recorded: returns (result or ReadError, warnings)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            res = import_file(path, ImportOptions(source_datum="gcj02", study_area=None, **kw))
        except ReadError as exc:
            res = exc
    return res, [f"{w.category.__name__}: {w.message}" for w in caught]


def _accounted(res) -> None:
    assert_rows_conserved(res)


def _csv(tmp_path, name: str, text: str, encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# ------------------------------------------------------------------ spreadsheets within a budget


def _xlsx_with_stray_cell(path: Path, style_only: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业"
    ws.append(["名称", "经度", "纬度"])
    ws.append(["甲", 113.3, 23.1])
    if style_only:
        ws["XFD1048576"].font = openpyxl.styles.Font(bold=True)
    else:
        ws["XFD1048576"] = "x"
    wb.save(path)
    return path


def test_a_cell_at_xfd1048576_is_refused_in_one_line_naming_file_and_sheet(tmp_path):
    path = _xlsx_with_stray_cell(tmp_path / "t.xlsx")
    assert path.stat().st_size < 10_000
    t0 = time.perf_counter()
    res, caught = _import(path)
    assert isinstance(res, ReadError)
    message = str(res)
    assert message.startswith(str(path)) and "\n" not in message
    assert "sheet '企业'" in message and "XFD1048576" in message and "20,000,000" in message
    assert caught == []
    for reader in (read_table, read_indicator_table):  # the indicator reader has its own Excel path
        with pytest.raises(ReadError, match="20,000,000"):
            reader(path)
    assert time.perf_counter() - t0 < 10


def test_a_style_alone_at_xfd1048576_does_not_stop_the_read(tmp_path):
    path = _xlsx_with_stray_cell(tmp_path / "styled.xlsx", style_only=True)
    res, caught = _import(path)
    assert not isinstance(res, ReadError), res
    assert (res.rows_read, res.n_accepted) == (1, 1) and caught == []


def test_a_damaged_workbook_is_a_read_error(tmp_path):
    for name, data in [
        ("zip.xlsx", b"PK\x03\x04" + b"\x00" * 200),
        ("ole.xls", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x01" * 600),
        ("text.xlsx", b"name,lon,lat\n"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        res, caught = _import(path)
        assert isinstance(res, ReadError) and str(res).startswith(str(path)), res
        assert caught == []


def test_formula_cells_are_read_as_text_or_value_never_evaluated(tmp_path):
    path = tmp_path / "formula.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["名称", "经度", "纬度", "链接"])
    ws.append(["甲", 113.3, 23.1, '=HYPERLINK("http://198.51.100.7/x","点我")'])
    ws.append(["乙", 113.31, 23.11, "c"])
    ws["A3"] = "=cmd|' /C calc'!A0"
    ws["A3"].data_type = "s"  # a text cell that looks like a formula
    wb.save(path)
    table = read_table(path)
    assert table.data["名称"].tolist()[1] == "=cmd|' /C calc'!A0"
    assert table.data["链接"].isna().iloc[0]  # a formula with no stored value: empty, not computed
    res, caught = _import(path)
    assert (res.n_accepted, res.n_rejected, res.rows_read) == (2, 0, 2) and caught == []


# ------------------------------------------------------------------ extra cells: rejected or kept, never dropped

EXTRA = "name,lon,lat\na,113.30,23.10,EXTRA\nb,113.31,23.11\nc,113.32,23.12\nd,113.33,23.13,x,y,z\ne,113.34,23.14,,\n"


@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_rows_with_more_cells_than_the_header_are_rejected_with_their_row(tmp_path, delimiter):
    path = _csv(tmp_path, "extra.tsv" if delimiter == "\t" else "extra.csv", EXTRA.replace(",", delimiter))
    res, caught = _import(path)
    _accounted(res)
    assert (res.rows_read, res.n_accepted, res.n_rejected) == (5, 3, 2) and caught == []
    rej = res.rejected.set_index("file_row")
    assert rej.loc[2, "message"] == "row 2 has 4 cells; the header has 3"  # the first data row too
    assert rej.loc[5, "message"] == "row 5 has 6 cells; the header has 3"
    assert "EXTRA" in rej.loc[2, "value"] and "z" in rej.loc[5, "value"]
    assert sorted(res.accepted["name"]) == ["b", "c", "e"]  # trailing empty cells are not extra cells


def test_extra_cells_kept_in_named_columns_when_asked(tmp_path):
    path = _csv(tmp_path, "extra.csv", EXTRA)
    res, caught = _import(path, extra_cells="keep")
    _accounted(res)
    assert (res.n_accepted, res.n_rejected) == (5, 0) and caught == []
    acc = res.accepted.set_index("name")
    assert acc.loc["a", "extra_1"] == "EXTRA" and acc.loc["d", "extra_3"] == "z"
    assert any("extra column" in n for n in res.notes)


def test_extra_cells_in_a_sheet_are_rejected_or_kept(tmp_path):
    path = tmp_path / "extra.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["name", "lon", "lat"], ["a", 113.3, 23.1], ["b", 113.31, 23.11, "EXTRA", 5], ["c", 113.32, 23.12]):
        ws.append(row)
    wb.save(path)
    res, _ = _import(path)
    _accounted(res)
    assert res.rejected["message"].tolist() == ["row 3 has 5 cells; the header has 3"]
    kept, _ = _import(path, extra_cells="keep")
    assert kept.n_accepted == 3 and kept.accepted["extra_2"].tolist()[1] == 5


def test_the_indicator_reader_reports_extra_cells(tmp_path):
    path = _csv(tmp_path, "ind.csv", "地区,GDP（亿元）\n越秀区,3000\n天河区,6000,多余\n")
    table = read_indicator_table(path)
    assert any(p.row == 3 and "3 cells" in p.message for p in table.problems)


# ------------------------------------------------------------------ big cells, wide headers, odd bytes


def test_a_cell_of_200_kib_in_the_first_256_kib_reads(tmp_path):
    note = "长" * (200 * 1024 // 3) + "x" * 1024
    path = _csv(tmp_path, "big_cell.csv", f"name,lon,lat,note\na,113.3,23.1,{note}\nb,113.31,23.11,short\n")
    res, caught = _import(path)
    _accounted(res)
    assert res.n_accepted == 2 and caught == []
    assert res.accepted["note"].iloc[0] == note
    assert MAX_FIELD_BYTES >= 16 << 20
    read_indicator_table(_csv(tmp_path, "ind_big.csv", f"地区,GDP,备注\n越秀区,3000,{note}\n"))


def test_a_header_of_100_000_columns_is_refused_quickly(tmp_path):
    header = ",".join(f"c{i}" for i in range(100_000))
    path = _csv(tmp_path, "wide.csv", f"{header},lon,lat\n" + ",".join("1" for _ in range(100_002)) + "\n")
    t0 = time.perf_counter()
    res, caught = _import(path)
    assert isinstance(res, ReadError) and str(res).startswith(f"{path}, row 1:") and "16,384" in str(res)
    assert caught == [] and time.perf_counter() - t0 < 5


def test_nul_bytes_are_a_read_error_naming_the_file(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"name,lon,lat\na,113.3,23.1\nb\x00c,113.3,23.1\n")
    res, caught = _import(path)
    assert isinstance(res, ReadError) and str(res).startswith(str(path)) and "NUL" in str(res)
    assert caught == []


def test_mixed_line_endings_lose_no_row(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"name,lon,lat\r\na,113.30,23.10\rb,113.31,23.11\nc,113.32,23.12\r\nd,113.33,23.13")
    res, caught = _import(path)
    _accounted(res)
    assert res.rows_read == 4 and res.n_accepted == 4 and caught == []


def test_an_unclosed_quote_is_one_line_with_its_row(tmp_path):
    path = _csv(tmp_path, "quote.csv", 'name,lon,lat\na,113.3,23.1\n"b,113.31,23.11\nc,113.32,23.12\n')
    res, caught = _import(path)
    assert isinstance(res, ReadError) and str(res).startswith(f"{path}, row 3: a quoted cell is never closed")
    assert caught == []


def test_duplicate_headers_are_made_unique_and_keep_every_cell(tmp_path):
    path = _csv(tmp_path, "dup.csv", "name,lon,lat,lon,name\na,113.3,23.1,1,b\nc,113.31,23.11,2,d\n")
    res, caught = _import(path)
    _accounted(res)
    assert res.n_accepted == 2 and caught == []
    assert res.accepted["lon.1"].tolist() == [1, 2] and res.accepted["name.1"].tolist() == ["b", "d"]


def test_overflowing_and_non_finite_coordinates_are_rejected_not_warned(tmp_path):
    rows = ["a,1e400,23.1", "b,NaN,23.1", "c,Inf,-Inf", "d,113.3,23.2", "e,-1e400,1e-400", "f,113.3,1e308"]
    path = _csv(tmp_path, "inf.csv", "name,lon,lat\n" + "\n".join(rows) + "\n")
    res, caught = _import(path)
    _accounted(res)
    assert res.rows_read == 6 and res.accepted["name"].tolist() == ["d"] and caught == []
    assert set(res.rejected["file_row"]) == {2, 3, 4, 6, 7}


# ------------------------------------------------------------------ encodings

JAPANESE = "名前,経度,緯度\n東京タワー,113.3,23.1\nカメラ店,113.31,23.11\n株式会社サンプル,113.32,23.12\n"
CHINESE = "名称,经度,纬度\n广州市天河区数字文化有限公司,113.3,23.1\n越秀区动漫游戏产业园,113.31,23.11\n"


def test_shift_jis_is_read_as_shift_jis_and_the_guess_is_named(tmp_path):
    path = _csv(tmp_path, "sjis.csv", JAPANESE, "shift_jis")
    res, caught = _import(path)
    _accounted(res)
    assert res.n_accepted == 3 and caught == []
    assert "東京タワー" in res.accepted["name"].tolist()
    assert any("Shift_JIS" in n and "not certain" in n for n in res.notes)
    assert "Shift_JIS" in res.summary()


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_is_still_read_as_gbk_without_doubt(tmp_path, encoding):
    path = _csv(tmp_path, "gbk.csv", CHINESE, encoding)
    res, caught = _import(path)
    _accounted(res)
    assert res.table_info["encoding"] == "GBK/GB18030" and caught == []
    assert res.accepted["name"].tolist()[0] == "广州市天河区数字文化有限公司"
    assert not any("not certain" in n for n in res.notes)


def test_a_utf8_mark_before_gbk_text_reads(tmp_path):
    path = tmp_path / "bom_gbk.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CHINESE.encode("gbk"))
    res, caught = _import(path)
    _accounted(res)
    assert res.n_accepted == 2 and caught == []
    assert res.mapping.lon == "经度" and res.accepted["name"].tolist()[1] == "越秀区动漫游戏产业园"
    assert any("UTF-8 mark" in n for n in res.notes)


# ------------------------------------------------------------------ the committed corpus and the command line


@pytest.mark.parametrize("path", sorted(p for p in HOSTILE.glob("*") if p.name != "README.md"), ids=lambda p: p.name)
def test_committed_hostile_tables(path):
    res, caught = _import(path)
    if isinstance(res, ReadError):
        assert str(res).startswith(str(path)) and "\n" not in str(res)
    else:
        _accounted(res)
    assert caught == []


def test_analysis_command_says_one_line_when_every_row_is_rejected(tmp_path, capsys):
    from gzmap.cli import main

    path = _csv(tmp_path, "allbad.csv", "name,lon,lat\na,abc,23.1\nb,,\nc,x,y\n")
    out = tmp_path / "out.gpkg"
    assert main(["clusters", str(path), "-o", str(out)]) == 1
    err = [l for l in capsys.readouterr().err.splitlines() if l.strip()]
    assert len(err) == 1, err
    assert err[0].startswith(f"gzmap clusters: {path}: all 3 rows rejected, most often: ")
    assert str(out) + ".rejected.csv" in err[0] and "rows rejected (" not in err[0]
    assert (tmp_path / "out.gpkg.rejected.csv").exists()


def test_convert_names_an_uncertain_encoding_guess(tmp_path, capsys):
    from gzmap.cli import main

    path = _csv(tmp_path, "sjis.csv", JAPANESE, "shift_jis")
    assert main(["convert", str(path), str(tmp_path / "out.csv"), "--from", "gcj02"]) == 0
    out = capsys.readouterr().out
    assert "3 rows read, 3 written" in out and "Shift_JIS (not certain" in out
