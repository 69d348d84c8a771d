"""The sub-sector taxonomy: ten bilingual sub-sectors, free-text mapping, user extension, map colours."""

import json

import pandas as pd

from gzmap.core.style import CategorizedStyle
from gzmap.core.taxonomy import SubSector
from gzmap.core.taxonomy import enterprise_style
from gzmap.core.taxonomy import load_taxonomy


def test_ten_bilingual_subsectors_from_the_reference_list():
    tax = load_taxonomy(user=False)
    assert len(tax) == 10
    zh = [s.zh for s in tax]
    assert zh == [
        "游戏电竞",
        "动漫",
        "数字音乐",
        "网络直播",
        "网络视听",
        "数字出版与网络文学",
        "数字创意设计",
        "虚拟现实与元宇宙",
        "数字文旅",
        "人工智能生成内容",
    ]
    assert tax.get("aigc").en == "AI-generated content"
    assert len({s.color for s in tax}) == 10


def test_free_text_categories_map_onto_subsectors():
    tax = load_taxonomy(user=False)
    cases = {
        "游戏电竞": "games",
        "手游研发": "games",
        "Games and e-sports": "games",
        "电子竞技俱乐部": "games",
        "动画制作": "animation",
        "直播电商/MCN": "live_streaming",
        "短视频": "online_av",
        "网络文学": "publishing",
        "广告创意": "design",
        "VR/AR": "vr_metaverse",
        "元宇宙": "vr_metaverse",
        "沉浸式文旅": "cultural_tourism",
        "AIGC": "aigc",
        "数字音乐": "music",
        "音乐制作发行": "music",
        "餐饮": None,
        "": None,
        "Art gallery": None,  # "ar" must not match inside "art"
    }
    got = tax.map_values(pd.Series(list(cases)))
    assert dict(zip(cases, got)) == cases


def test_user_file_extends_and_overrides_the_taxonomy(tmp_path, monkeypatch):
    monkeypatch.setenv("GZMAP_USER_DIR", str(tmp_path))
    load_taxonomy.cache_clear()
    try:
        (tmp_path / "subsectors.json").write_text(
            json.dumps(
                {
                    "subsectors": [
                        {
                            "key": "esports_venue",
                            "zh": "电竞场馆",
                            "en": "E-sports venues",
                            "color": "#123456",
                            "keywords": ["场馆"],
                        },
                        {"key": "games", "zh": "游戏", "en": "Games", "color": "#000000", "keywords": ["游戏"]},
                    ]
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        tax = load_taxonomy()
        assert len(tax) == 11 and tax.keys[0] == "games" and tax.get("games").zh == "游戏"
        assert tax.map_value("电竞场馆运营") == "esports_venue"
        style = enterprise_style(tax)
        assert style.categories["esports_venue"][0].fill == "#123456"
        # a broken user file falls back to the built-in list
        (tmp_path / "subsectors.json").write_text("{not json", encoding="utf-8")
        load_taxonomy.cache_clear()
        assert len(load_taxonomy()) == 10
        # saving an extended taxonomy writes the user file
        path = load_taxonomy(user=False).with_subsector(SubSector("x", "新", "New", "#abcdef")).save_user()
        assert path.parent == tmp_path and len(load_taxonomy()) == 11
    finally:
        load_taxonomy.cache_clear()


def test_enterprise_style_colours_each_subsector_and_greys_unknowns():
    tax = load_taxonomy(user=False)
    style = enterprise_style(tax)
    assert isinstance(style, CategorizedStyle) and style.field == "subsector"
    df = pd.DataFrame({"subsector": ["games", "aigc", None, "games"]})
    rgba = style.rgba(df)
    assert tuple(rgba[0][:3]) == tuple(int(tax.get("games").color[i : i + 2], 16) for i in (1, 3, 5))
    assert (rgba[0] == rgba[3]).all() and not (rgba[0] == rgba[1]).all()
    assert tuple(rgba[2][:3]) == (0x9E, 0x9E, 0x9E)
    legend = style.legend(df)
    counts = {e.label_en: e.count for e in legend}
    assert counts["Games and e-sports"] == 2 and counts["Other"] == 1
    # the style survives a project-file round trip
    from gzmap.core.style import style_from_dict

    assert style_from_dict(style.to_dict()).classify(df).tolist() == style.classify(df).tolist()
