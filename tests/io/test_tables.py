"""Reading planners' tables as they come: encodings, delimiters, title rows, merged headers, bad files."""

import numpy as np
import openpyxl
import pytest

from gzmap.io.errors import ReadError
from gzmap.io.tables import detect_encoding
from gzmap.io.tables import read_table

HEADER = ["企业名称", "细分行业", "经度", "纬度"]
ROWS = [
    ["广州星动网络科技有限公司", "游戏电竞", "113.370100", "23.100200"],
    ["广州墨阅数字出版有限公司", "数字出版", "113.325000", "23.120000"],
    ["广州声乐音乐科技有限公司", "数字音乐", "113.430000", "23.170000"],
]


def write_text(path, rows, encoding="utf-8", sep=","):
    path.write_bytes(("\r\n".join(sep.join(r) for r in rows) + "\r\n").encode(encoding))
    return path


def test_gbk_csv_with_chinese_headers_is_decoded(tmp_path):
    p = write_text(tmp_path / "gbk.csv", [HEADER] + ROWS, encoding="gbk")
    t = read_table(p)
    assert t.encoding == "gb18030"
    assert list(t.data.columns) == HEADER
    assert t.data["企业名称"].tolist()[0] == "广州星动网络科技有限公司"
    assert t.data["经度"].dtype.kind == "f"


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path):
    p = write_text(tmp_path / "bom.csv", [HEADER] + ROWS, encoding="utf-8-sig")
    t = read_table(p)
    assert t.data.columns[0] == "企业名称"
    assert t.encoding == "utf-8-sig"


@pytest.mark.parametrize("sep", ["\t", ";", "|"])
def test_other_delimiters_are_detected(tmp_path, sep):
    p = write_text(tmp_path / "x.txt", [HEADER] + ROWS, sep=sep)
    t = read_table(p)
    assert t.delimiter == sep
    assert list(t.data.columns) == HEADER and len(t.data) == 3


def test_quoted_combined_coordinate_column_does_not_fool_the_delimiter(tmp_path):
    lines = ["名称,坐标", '"甲","113.32,23.11"', '"乙","113.40,23.15"']
    p = tmp_path / "c.csv"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    t = read_table(p)
    assert list(t.data.columns) == ["名称", "坐标"]
    assert t.data["坐标"].tolist() == ["113.32,23.11", "113.40,23.15"]


def test_gbk_bytes_after_a_utf8_looking_start_fall_back_to_gb18030(tmp_path):
    head = [["name", "lng", "lat"]] + [[f"firm{i}", "113.3", "23.1"] for i in range(30000)]
    tail = [["广州某公司", "113.4", "23.2"]]
    p = write_text(tmp_path / "late.csv", head + tail, encoding="gbk")
    t = read_table(p)
    assert t.encoding == "gb18030"
    assert t.data["name"].iloc[-1] == "广州某公司"


def test_title_row_above_the_header_is_skipped_and_rows_keep_file_numbers(tmp_path):
    p = write_text(tmp_path / "title.csv", [["2024年广州市数字文化企业名录"], HEADER] + ROWS)
    t = read_table(p)
    assert list(t.data.columns) == HEADER
    assert t.header_rows == [2]
    assert t.file_rows.tolist() == [3, 4, 5]


def test_title_row_above_a_header_and_one_data_row_with_an_empty_cell(tmp_path):
    # found by the property test: title, header and one row whose name is empty
    p = write_text(tmp_path / "one.csv", [["广州市数字文化企业名录"], HEADER, ["", "游戏电竞", "113.0", "23.0"]])
    t = read_table(p)
    assert list(t.data.columns) == HEADER
    assert t.header_rows == [2] and t.file_rows.tolist() == [3]


def test_lines_with_extra_fields_are_reported_with_their_row_not_dropped(tmp_path):
    rows = [HEADER] + ROWS[:1] + [["坏行", "动漫", "113.3", "23.1", "多余", "字段"]] + ROWS[1:]
    p = write_text(tmp_path / "extra.csv", rows)
    t = read_table(p)
    assert t.rows_read == 4
    assert [b.row for b in t.bad_lines] == [3]
    assert "坏行" in t.bad_lines[0].text
    assert t.file_rows.tolist() == [2, 4, 5]


def test_empty_file_header_only_and_binary_garbage(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        read_table(empty)
    header_only = write_text(tmp_path / "header.csv", [HEADER])
    t = read_table(header_only)
    assert t.rows_read == 0 and list(t.data.columns) == HEADER
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8)))
    with pytest.raises(ReadError, match="garbage.csv.*(binary|encoding)"):
        read_table(garbage)


def test_zero_byte_xlsx_is_a_clear_error(tmp_path):
    p = tmp_path / "empty.xlsx"
    p.write_bytes(b"")
    with pytest.raises(ReadError) as err:
        read_table(p)
    assert "empty.xlsx" in str(err.value) and "empty" in str(err.value)
    assert "\n" not in str(err.value)


def test_corrupt_xlsx_is_a_clear_error(tmp_path):
    p = tmp_path / "broken.xlsx"
    p.write_bytes(b"PK\x03\x04" + b"not really a zip" * 20)
    with pytest.raises(ReadError, match="broken.xlsx: not a readable Excel workbook"):
        read_table(p)


def test_xlsx_with_title_row_and_merged_two_row_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["广州市数字文化企业（2024）"])
    ws.merge_cells("A1:E1")
    ws.append(["企业名称", "位置", None, "行业", "从业人员"])
    ws.append([None, "经度", "纬度", None, None])
    ws.merge_cells("B2:C2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("D2:D3")
    ws.merge_cells("E2:E3")
    ws.append(["甲公司", 113.37, 23.10, "游戏", 50])
    ws.append(["乙公司", 113.32, 23.12, "动漫", "约30人"])
    p = tmp_path / "merged.xlsx"
    wb.save(p)
    t = read_table(p)
    assert list(t.data.columns) == ["企业名称", "位置/经度", "位置/纬度", "行业", "从业人员"]
    assert t.file_rows.tolist() == [4, 5]
    assert t.data["位置/经度"].tolist() == [113.37, 113.32]


def test_detect_encoding_names_binary_data():
    with pytest.raises(ValueError, match="binary"):
        detect_encoding(b"\x00\x01\x02abc")
    assert detect_encoding("经度,纬度\n".encode("gbk")) == "gb18030"
    assert detect_encoding("经度,纬度\n".encode()) == "utf-8"


def test_rows_after_addresses_typed_over_several_lines_keep_their_file_line(tmp_path):
    # Excel exports keep line breaks inside quoted cells; a row's number is the line it starts on
    p = tmp_path / "multiline.csv"
    p.write_bytes(
        (
            "企业名称,地址,经度,纬度\r\n"
            '甲,"广州市\r\n天河区",113.3,23.1\r\n'  # lines 2-3
            "乙,天河路,113.4,23.2\r\n"  # line 4
            '丙,"一\n二\n三",不详,23.3\r\n'  # lines 5-7
            "丁,体育西路,113.5,23.4,多余\r\n"  # line 8: one field too many
            "戊,珠江新城,113.6,23.5\r\n"
        ).encode()
    )  # line 9
    t = read_table(p)
    assert t.data["企业名称"].tolist() == ["甲", "乙", "丙", "戊"]
    assert t.file_rows.tolist() == [2, 4, 5, 9]
    assert [(b.row, b.text) for b in t.bad_lines] == [(8, "丁,体育西路,113.5,23.4,多余")]


def _good_rows(n: int) -> str:
    return "".join(f"{i},{i},{i}\n" for i in range(n))


def test_rows_with_extra_cells_past_the_sample_keep_their_file_rows(tmp_path):
    # the wide rows come after the 200 sampled lines, one of them over two lines (a quoted break)
    p = tmp_path / "t.csv"
    p.write_text("a,b,c\n" + _good_rows(300) + '"x\ny",1,2,3\n7,8,9\n1,2,3,4,5\n10,11,12\n', encoding="utf-8")
    t = read_table(p)
    assert [(b.row, b.reason) for b in t.bad_lines] == [
        (302, "row 302 has 4 cells; the header has 3"),
        (305, "row 305 has 5 cells; the header has 3"),
    ]
    assert t.file_rows[-2:].tolist() == [304, 306]  # after a rejected row of two lines, rows stay right
    assert [str(v) for v in t.data.iloc[-1]] == ["10", "11", "12"] and len(t.data) == 302


def test_extra_cells_past_the_sample_are_kept_when_asked(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("a,b,c\n" + _good_rows(300) + "1,2,3,4,5\n", encoding="utf-8")
    t = read_table(p, extra_cells="keep")
    assert list(t.data.columns) == ["a", "b", "c", "extra_1", "extra_2"] and not t.bad_lines
    assert t.data.iloc[-1].tolist() == [1, 2, 3, 4, 5] and t.file_rows[-1] == 302


def test_a_row_of_thousands_of_cells_past_the_sample_is_rejected_not_widened(tmp_path):
    # 3,000 extra columns for 2,000 rows would be 6 million cells: the row is skipped and reported
    p = tmp_path / "t.csv"
    p.write_text("a,b,c\n" + _good_rows(2000) + ",".join(["9"] * 3000) + "\n" + "5,5,5\n", encoding="utf-8")
    t = read_table(p)
    assert [(b.row, b.reason) for b in t.bad_lines] == [(2002, "row 2002 has 3000 cells; the header has 3")]
    assert t.data.shape == (2001, 3) and t.file_rows[-1] == 2003
