"""Field copies and merges (issue 18): cut to an area, three-way merge by stable id, conflicts, photos, bad input."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gzmap.core.editing import DeleteFeature
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.editing import edit_log
from gzmap.core.editing import move_point
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.feature_uids import is_uid
from gzmap.io.field_copy import FieldWorkError
from gzmap.io.field_copy import editable_layers
from gzmap.io.field_copy import field_copy
from gzmap.io.field_merge import NOTE_COLUMN
from gzmap.io.field_merge import apply_merge
from gzmap.io.field_merge import merge
from gzmap.io.field_merge import open_conflicts
from gzmap.io.field_merge import plan_merge
from gzmap.io.field_merge import undo_merge
from gzmap.io.field_state import BASE_TABLE
from gzmap.io.photos import PHOTO_TABLE
from gzmap.io.photos import PhotoError
from gzmap.io.photos import attach_photo
from gzmap.io.photos import photos_table
from gzmap.io.project import load_project
from gzmap.io.project import save_project

sys.path.insert(0, str(Path(__file__).parent))
from field_fixtures import master_project  # noqa: E402
from field_fixtures import photo_bytes  # noqa: E402


def ents(project):
    return editable_layers(project)[0]


def edit(path: Path, *steps):
    """Open the project at ``path``, apply ``steps`` (each: f(project, layer) -> edit or None), save it."""
    p = load_project(path)
    layer = ents(p)
    for step in steps:
        e = step(p, layer)
        if e is not None:
            edit_log(p).apply(layer, e)
    save_project(p, path)
    return p


def row_of(layer, name: str):
    return layer.data.index[layer.data["企业名称"] == name][0]


def set_field(name, field, value):
    return lambda p, l: SetAttribute(l.id, row_id=row_of(l, name), field=field, value=value)


def delete(name):
    return lambda p, l: DeleteFeature(l.id, row_id=row_of(l, name))


def by_name(project, name):
    df = ents(project).data
    return df[df["企业名称"] == name]


@pytest.fixture
def team(tmp_path):
    """A master of 8 enterprises in 天河 (+1 in 越秀) and two field copies of 天河, for 李 and 王."""
    m = tmp_path / "master.gzmap.gpkg"
    master_project(m, builtin=False)
    a, b = tmp_path / "li.gzmap.gpkg", tmp_path / "wang.gzmap.gpkg"
    field_copy(m, a, "天河", "李")
    field_copy(m, b, "Tianhe", "王")
    return m, a, b


def test_field_copy_is_cut_to_the_area_with_its_base_and_the_master_records_it(tmp_path):
    m, a, b = tmp_path / "master.gzmap.gpkg", tmp_path / "li.gzmap.gpkg", tmp_path / "wang.gzmap.gpkg"
    master_project(m)
    field_copy(m, a, "天河", "李")
    field_copy(m, b, "Tianhe", "王")
    master, copy = load_project(m), load_project(a)
    names = set(ents(copy).data["企业名称"])
    assert names == {f"天河企业{i}" for i in range(8)}  # 越秀企业 is outside 天河
    uids = ents(master).data[UID_COLUMN]
    assert uids.map(is_uid).all() and uids.is_unique  # ids given in the master before the copy
    assert set(ents(copy).data[UID_COLUMN]) < set(uids)
    districts = set(copy.layers[0].data["name_zh"])
    assert "天河区" in districts and "番禺区" not in districts  # features meeting the area, kept whole
    assert len(copy.tables[BASE_TABLE]) == 8
    record = master.metadata["field_work"]
    assert [c["surveyor"] for c in record["copies"]] == ["李", "王"]
    assert copy.metadata["field_copy"]["project_uid"] == record["project_uid"]
    assert copy.metadata["field_copy"]["base_revision"] == 0


def test_edits_of_different_fields_merge_and_the_same_field_conflicts_with_every_value(team):
    m, a, b = team
    edit(a, set_field("天河企业0", "从业人员", 77), set_field("天河企业1", "从业人员", 11))
    edit(b, set_field("天河企业0", "地址", "新港路5号"), set_field("天河企业1", "从业人员", 22))
    result = merge(m, [a, b])
    master = load_project(m)
    f0 = by_name(master, "天河企业0").iloc[0]
    assert (f0["从业人员"], f0["地址"]) == (77, "新港路5号")
    (c,) = result.conflicts
    base = by_name(load_project(a), "天河企业1")  # the copy saved the base value as the original
    assert c.field == "从业人员" and c.feature == "天河企业1"
    assert [(s.label, s.value) for s in c.sides] == [("李", 11), ("王", 22)]
    assert c.base not in (11, 22) and c.base == int(by_name(master, "天河企业1").iloc[0]["从业人员"])
    assert base is not None
    assert [x.conflict_id for x in open_conflicts(master)] == [c.conflict_id]
    assert master.metadata["field_work"]["revision"] == 1
    actions = [r.action for r in master.edit_log]
    assert "merge" in actions and actions.count("merge_copy") == 2


def test_a_conflict_with_the_master_lists_the_masters_value(team):
    m, a, _ = team
    master = load_project(m)
    layer = ents(master)
    edit_log(master).apply(layer, SetAttribute(layer.id, row_id=row_of(layer, "天河企业2"), field="地址", value="M"))
    save_project(master, m)
    edit(a, set_field("天河企业2", "地址", "A"))
    (c,) = merge(m, [a]).conflicts
    assert [(s.label, s.value) for s in c.sides] == [("李", "A"), ("master", "M")]
    assert c.base == "天河路2号"


@pytest.mark.parametrize(
    ("take", "expected"),
    [("a", "deleted"), ("b", 555), ("base", "base"), ("note", "note")],
)
def test_edit_against_delete_is_one_conflict_and_each_choice_does_what_it_says(team, take, expected):
    m, a, b = team
    base_value = int(by_name(load_project(m), "天河企业3").iloc[0]["从业人员"])
    edit(a, delete("天河企业3"))
    edit(b, set_field("天河企业3", "从业人员", 555))
    result = merge(m, [a, b], take=take)
    (c,) = result.conflicts
    assert c.field == "*" and c.choice == take
    assert [s.value for s in c.sides] == [{"deleted": True}, {"edits": {"从业人员": 555}}]
    rows = by_name(load_project(m), "天河企业3")
    if expected == "deleted":
        assert rows.empty
    elif expected == "base":
        assert int(rows.iloc[0]["从业人员"]) == base_value
    elif expected == "note":
        assert int(rows.iloc[0]["从业人员"]) == base_value
        assert "(deleted)" in rows.iloc[0][NOTE_COLUMN] and "555" in rows.iloc[0][NOTE_COLUMN]
    else:
        assert int(rows.iloc[0]["从业人员"]) == expected
    assert open_conflicts(load_project(m)) == []
    decisions = [r for r in load_project(m).edit_log if r.action == "merge_decision" and r.field == "*"]
    assert decisions[-1].new["choice"] == take


def test_open_conflicts_are_resolved_later_and_the_command_exits_non_zero_until_then(team, tmp_path, capsys):
    from gzmap.cli import main

    m, a, b = team
    edit(a, set_field("天河企业1", "从业人员", 11), set_field("天河企业5", "地址", "甲"))
    edit(b, set_field("天河企业1", "从业人员", 22))
    report = tmp_path / "conflicts.csv"
    assert main(["merge", str(m), str(a), str(b), "--report", str(report)]) == 3
    out = capsys.readouterr().out
    assert "merged: 李, 王" in out and "conflicts 1: resolved 0, open 1" in out
    assert "a) 李 = 11; b) 王 = 22" in out
    text = report.read_text(encoding="utf-8-sig")
    assert "天河企业1" in text and "李" in text and "22" in text
    assert main(["merge", str(m)]) == 3  # still open
    assert main(["merge", str(m), "--take", "b"]) == 0
    master = load_project(m)
    assert int(by_name(master, "天河企业1").iloc[0]["从业人员"]) == 22
    assert by_name(master, "天河企业5").iloc[0]["地址"] == "甲"


def test_new_features_from_several_copies_all_arrive_with_new_ids(team):
    m, a, b = team
    edit(a, lambda p, l: add_point(l.id, 113.35, 23.13, {"企业名称": "新A"}))
    edit(b, lambda p, l: add_point(l.id, 113.36, 23.13, {"企业名称": "新B1"}))
    edit(b, lambda p, l: add_point(l.id, 113.36, 23.14, {"企业名称": "新B2"}))
    copy_uids = set(ents(load_project(a)).data[UID_COLUMN]) | set(ents(load_project(b)).data[UID_COLUMN])
    result = merge(m, [a, b])
    master = load_project(m)
    df = ents(master).data
    assert result.adds == 3 and {"新A", "新B1", "新B2"} <= set(df["企业名称"])
    assert df[UID_COLUMN].is_unique and df[UID_COLUMN].map(is_uid).all()
    new = df[df["企业名称"].str.startswith("新")]
    assert not set(new[UID_COLUMN]) & copy_uids  # fresh ids, never the copy's own


def test_edits_made_with_plain_sqlite_and_ogr2ogr_count(team, tmp_path):
    m, a, _ = team
    copy = load_project(a)
    layer = ents(copy)
    uid = layer.data[UID_COLUMN].iloc[0]
    gone = layer.data[UID_COLUMN].iloc[1]
    table = next(d["table"] for d in _layers(a) if d["id"] == layer.id)
    con = sqlite3.connect(a)  # plain SQLite (the GeoPackage's delete trigger needs no spatial functions)
    con.execute(f'DELETE FROM "{table}" WHERE gzmap_uid = ?', (gone,))
    con.commit()
    con.close()
    if shutil.which("ogrinfo"):  # GDAL's SQL, as QGIS's field calculator or a script would
        sql = f'UPDATE "{table}" SET "从业人员" = 999 WHERE gzmap_uid = \'{uid}\''
        subprocess.run(["ogrinfo", str(a), "-sql", sql], check=True, capture_output=True)
    if shutil.which("ogr2ogr"):
        src = tmp_path / "new.geojson"
        src.write_text(
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"企业名称": "QGIS新增"},'
            ' "geometry": {"type": "Point", "coordinates": [113.34, 23.13]}}]}',
            encoding="utf-8",
        )
        subprocess.run(["ogr2ogr", "-update", "-append", "-nln", table, str(a), str(src)], check=True)
    result = merge(m, [a])
    df = ents(load_project(m)).data
    assert gone not in set(df[UID_COLUMN])
    if shutil.which("ogrinfo"):
        assert int(df.loc[df[UID_COLUMN] == uid, "从业人员"].iloc[0]) == 999
    if shutil.which("ogr2ogr"):
        assert result.adds == 1 and "QGIS新增" in set(df["企业名称"])


def _layers(path):
    from gzmap.io.project import read_description

    return read_description(path)["layers"]


def test_a_merge_is_undone_as_one_step(team):
    m, a, b = team
    edit(a, set_field("天河企业0", "从业人员", 1), delete("天河企业4"), lambda p, l: move_point(l.id, 0, 113.34, 23.14))
    edit(b, lambda p, l: add_point(l.id, 113.36, 23.13, {"企业名称": "新B"}), set_field("天河企业0", "从业人员", 2))
    master = load_project(m)
    before = ents(master).data.copy()
    meta = dict(master.metadata)
    result = apply_merge(master, plan_merge(master, [a, b]), take="a")
    assert not ents(master).data.equals(before)
    undo_merge(master, result)
    from geopandas.testing import assert_geodataframe_equal

    assert_geodataframe_equal(ents(master).data, before)
    assert master.metadata == meta and open_conflicts(master) == []
    assert master.edit_log.records[-1].action == "merge_undone"


def test_photos_go_out_and_come_back_with_their_features(team, tmp_path):
    m, a, _ = team
    master = load_project(m)
    layer = ents(master)
    uid0 = layer.data[UID_COLUMN].iloc[0]
    attach_photo(master, layer, uid0, photo_bytes((10, 10, 10)))
    save_project(master, m)
    a2 = tmp_path / "li2.gzmap.gpkg"
    field_copy(m, a2, "天河", "李")
    copy = load_project(a2)
    assert len(photos_table(copy)) == 1  # the master's photo of a feature in the area goes out
    cl = ents(copy)
    edit_log(copy).apply(cl, add_point(cl.id, 113.35, 23.13, {"企业名称": "拍照新增"}))
    new_uid_in_copy = cl.data[UID_COLUMN].iloc[-1]
    jpeg = tmp_path / "entrance.jpg"
    jpeg.write_bytes(photo_bytes((200, 0, 0), gps=(113.3501, 23.1302), when="2026:05:01 09:30:00"))
    pid = attach_photo(copy, cl, new_uid_in_copy, jpeg)
    attach_photo(copy, cl, uid0, photo_bytes((0, 200, 0)))
    save_project(copy, a2)
    merge(m, [a2])
    master = load_project(m)
    photos = photos_table(master)
    assert len(photos) == 3 and photos["photo_uid"].is_unique
    row = photos[photos["photo_uid"] == pid].iloc[0]
    df = ents(master).data
    assert df.loc[df[UID_COLUMN] == row["feature_uid"], "企业名称"].iloc[0] == "拍照新增"
    assert row["taken_at"] == "2026-05-01T09:30:00" and abs(row["lon"] - 113.3501) < 1e-6
    assert bytes(row["image"]) == jpeg.read_bytes()


# -- bad input: one clear message, the master unchanged ---------------------------------------------


def _refused(m: Path, copies, kind: str, lang=None) -> str:
    before = m.read_bytes()
    with pytest.raises(FieldWorkError) as err:
        merge(m, copies, lang=lang)
    assert err.value.kind == kind
    assert m.read_bytes() == before
    message = str(err.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_copy_of_another_project_is_refused(team, tmp_path):
    m, a, _ = team
    other = tmp_path / "other.gzmap.gpkg"
    master_project(other)
    assert "another project" in _refused(other, [a], "other_project")


def test_a_copy_whose_base_is_not_in_the_masters_history_is_refused(tmp_path):
    m = tmp_path / "master.gzmap.gpkg"
    master_project(m)
    field_copy(m, tmp_path / "first.gzmap.gpkg", "天河", "李")
    backup = m.read_bytes()  # the master as it was before the second copy
    late = tmp_path / "late.gzmap.gpkg"
    field_copy(m, late, "天河", "王")
    m.write_bytes(backup)  # restored from the backup
    message = _refused(m, [late], "not_in_history")
    assert "late.gzmap.gpkg" in message and "backup" in message


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "not_gzmap"])
def test_a_corrupt_or_truncated_copy_is_refused(team, damage):
    m, a, _ = team
    data = a.read_bytes()
    if damage == "truncated":
        a.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        a.write_bytes(data[:4096] + bytes(range(256)) * 64 + data[4096 + 256 * 64 :])
    elif damage == "empty":
        a.write_bytes(b"")
    else:
        a.write_text("企业名称,经度,纬度\n", encoding="utf-8")
    kind = "copy_damaged"
    message = _refused(m, [a], kind)
    assert "li.gzmap.gpkg" in message


def test_a_plain_project_is_not_a_field_copy(team, tmp_path):
    m, _, _ = team
    plain = tmp_path / "plain.gzmap.gpkg"
    shutil.copy(m, plain)
    assert "not a field copy" in _refused(m, [plain], "not_copy")


def test_a_copy_is_merged_once_and_messages_speak_chinese(team):
    m, a, _ = team
    merge(m, [a])
    message = _refused(m, [a], "already_merged", lang="zh_CN")
    assert "已" in message and "li.gzmap.gpkg" in message


def test_a_photo_that_is_not_an_image_is_refused_in_one_line(tmp_path, team):
    m, _, _ = team
    master = load_project(m)
    layer = ents(master)
    fake = tmp_path / "IMG_0001.jpg"
    fake.write_text("not a photo", encoding="utf-8")
    for source in (fake, photo_bytes()[:200], b"<svg xmlns='http://www.w3.org/2000/svg'/>"):
        with pytest.raises(PhotoError) as err:
            attach_photo(master, layer, layer.data[UID_COLUMN].iloc[0], source)
        assert "not a photo" in str(err.value)
    assert PHOTO_TABLE not in master.tables


# -- why our own diff and not pygeodiff -----------------------------------------------------------------


def test_a_save_numbers_rows_afresh_so_merges_match_features_by_uid(team):
    """GZMap (like other GIS) rewrites a layer table on save: after one delete, every later feature has a
    new fid, so a row-id changeset (pygeodiff's) would report an update for each; the uid stays."""
    m, a, _ = team
    p = load_project(a)
    layer = ents(p)
    table = next(d["table"] for d in _layers(a) if d["id"] == layer.id)

    def fids():
        con = sqlite3.connect(a)
        try:
            return dict(con.execute(f'SELECT gzmap_uid, fid FROM "{table}"').fetchall())
        finally:
            con.close()

    before = fids()
    edit_log(p).apply(layer, DeleteFeature(layer.id, row_id=layer.data.index[0]))
    save_project(p, a)
    after = fids()
    moved = [u for u in after if after[u] != before[u]]
    assert len(moved) == len(after) == len(before) - 1  # every row renumbered, its uid kept


def test_the_merged_master_is_a_valid_geopackage_for_gdal(team):
    if not shutil.which("ogrinfo"):
        pytest.skip("ogrinfo (gdal-bin) is not installed; tools/install_system_deps.sh installs it")
    m, a, b = team
    edit(a, set_field("天河企业1", "从业人员", 11))
    edit(b, set_field("天河企业1", "从业人员", 22))
    merge(m, [a, b])
    out = subprocess.run(["ogrinfo", "-so", "-al", str(m)], capture_output=True, text=True)
    assert out.returncode == 0 and "ERROR" not in out.stderr, out.stderr
    assert "gzmap_conflicts" in out.stdout
