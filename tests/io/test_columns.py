def test_provenance_file_beside_a_table_states_its_datum(tmp_path):
    """GZMap's own sample CSV says GCJ-02 in its provenance file, so every
    command reads it in the right datum without --from."""
    import json

    import pandas as pd

    from gzmap.io.columns import detect_columns

    csv = tmp_path / "firms.csv"
    csv.write_text("名称,经度,纬度\n甲,113.33,23.12\n", encoding="utf-8")
    assert detect_columns(pd.read_csv(csv), str(csv)).datum_hint is None
    (tmp_path / "firms.PROVENANCE.json").write_text(json.dumps({"coordinate_datum": "gcj02"}), encoding="utf-8")
    m = detect_columns(pd.read_csv(csv), str(csv))
    assert m.datum_hint == "gcj02" and "firms.PROVENANCE.json" in m.datum_reason


def test_datum_reason_reads_as_english_and_keeps_its_parts():
    from gzmap.io.columns import guess_datum_hint

    datum, reason = guess_datum_hint(["名称", "百度经度", "百度纬度"], "list.csv")
    assert datum == "bd09" and reason == "column '百度经度' (mentions '百度')"
    assert (reason.kind, reason.name, reason.word) == ("column", "百度经度", "百度")
