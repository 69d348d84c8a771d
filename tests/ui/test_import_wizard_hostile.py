"""The import wizard's choice for rows with more cells than the header (issue 13): rejected by
default, kept in extra columns when the user ticks the box; never cut short."""

EXTRA = "名称,经度,纬度\n甲,113.30,23.10,多余\n乙,113.31,23.11\n丙,113.32,23.12,x,y\n"


def _check(wiz, qtbot):
    wiz.run_import()
    qtbot.waitUntil(lambda: wiz.state == "summary", timeout=15000)
    res = wiz.result_
    assert res.n_accepted + res.n_rejected == res.rows_read == 3
    return res


def test_extra_cells_rejected_by_default_and_kept_when_chosen(window, qtbot, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text(EXTRA, encoding="utf-8")
    wiz = window.enterprise_import.open_wizard(str(path))
    qtbot.addWidget(wiz)
    wiz.datum_combo.setCurrentIndex(wiz.datum_combo.findData("gcj02"))
    assert not wiz.extra_check.isChecked() and wiz.extra_check.text() != ""
    res = _check(wiz, qtbot)
    assert res.n_rejected == 2 and sorted(res.rejected["file_row"]) == [2, 4]
    assert "row 4 has 5 cells; the header has 3" in res.rejected["message"].tolist()
    items = [wiz.reasons_list.item(i).text() for i in range(wiz.reasons_list.count())]
    assert any("单元格数多于表头" in it for it in items), items

    wiz.go_back()
    wiz.extra_check.setChecked(True)
    res = _check(wiz, qtbot)
    assert res.n_rejected == 0
    acc = res.accepted.set_index("name")
    assert acc.loc["甲", "extra_1"] == "多余" and acc.loc["丙", "extra_2"] == "y"
    wiz.close()
