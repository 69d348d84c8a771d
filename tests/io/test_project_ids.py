"""Layer ids are made once, saved in the project file and kept when it is opened again; an id a file
gives twice, or one that is not an id, is replaced and the edit log follows the layer."""

from __future__ import annotations

import json
import sqlite3

from gzmap.core.editing import SetAttribute
from gzmap.core.editing import edit_log
from gzmap.core.project import Project
from gzmap.io.builtin import districts_layer
from gzmap.io.builtin import gba_layer
from gzmap.io.project import load_project
from gzmap.io.project import save_project


def _project_with_an_edit():
    project = Project("ids")
    project.add_layer(gba_layer())
    districts = project.add_layer(districts_layer())
    edit_log(project).apply(
        districts, SetAttribute(districts.id, row_id=int(districts.data.index[0]), field="name_en", value="Renamed")
    )
    return project, districts


def _rewrite(path, change_desc, change_log=None) -> None:
    con = sqlite3.connect(path)
    d = json.loads(con.execute("SELECT description FROM gzmap_project").fetchone()[0])
    change_desc(d)
    con.execute("UPDATE gzmap_project SET description = ?", (json.dumps(d, ensure_ascii=False),))
    if change_log:
        change_log(con)
    con.commit()
    con.close()


def test_ids_are_kept_through_save_open_save(tmp_path):
    project, districts = _project_with_an_edit()
    ids = [l.id for l in project.layers]
    save_project(project, tmp_path / "a.gzmap.gpkg")
    once = load_project(tmp_path / "a.gzmap.gpkg")
    assert [l.id for l in once.layers] == ids
    save_project(once, tmp_path / "b.gzmap.gpkg")
    twice = load_project(tmp_path / "b.gzmap.gpkg")
    assert [l.id for l in twice.layers] == ids
    assert [r.layer_id for r in edit_log(twice).records] == [districts.id]


def test_old_counter_ids_are_kept_when_unique(tmp_path):
    project, _ = _project_with_an_edit()
    path = tmp_path / "old.gzmap.gpkg"
    save_project(project, path)
    old_district_id = project.layers[1].id

    def old_ids(d):
        d["layers"][0]["id"], d["layers"][1]["id"] = "layer1", "layer2"

    _rewrite(
        path,
        old_ids,
        lambda con: con.execute("UPDATE gzmap_edit_log SET layer_id = 'layer2' WHERE layer_id = ?", (old_district_id,)),
    )
    back = load_project(path)
    assert [l.id for l in back.layers] == ["layer1", "layer2"]
    assert [r.layer_id for r in edit_log(back).records] == ["layer2"]


def test_a_duplicate_or_invalid_id_gets_a_new_one_and_the_edit_log_follows(tmp_path):
    project, districts = _project_with_an_edit()
    path = tmp_path / "dup.gzmap.gpkg"
    save_project(project, path)

    def bad_ids(d):
        d["layers"][0]["id"] = "same"
        d["layers"][1]["id"] = "not an id!"

    _rewrite(path, bad_ids, lambda con: con.execute("UPDATE gzmap_edit_log SET layer_id = 'not an id!'"))
    back = load_project(path)
    gba, dist = back.layers
    assert gba.id == "same" and dist.id not in ("same", "not an id!")
    assert [r.layer_id for r in edit_log(back).records] == [dist.id]
    assert back.load_warnings == []

    _rewrite(path, lambda d: [l.update(id="same") for l in d["layers"]])
    again = load_project(path)
    first, second = again.layers
    assert first.id == "same" and second.id != "same" and len(second.id) == 12
