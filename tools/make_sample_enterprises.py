"""Generate the SYNTHETIC sample of Guangzhou digital-culture enterprises.

    python tools/make_sample_enterprises.py [--rows 10000] [--seed 20240601]

Writes ``resources/geo/sample_enterprises.csv`` and its
``sample_enterprises.PROVENANCE.json``. Nothing in it is a real company:
names are assembled from word lists, numbers are drawn from distributions.
What is real is the geography the points are drawn around: the places listed
in the product's reference figures (Pazhou, Zhujiang New Town, Tianhe
Software Park, Huangpu Science City, Panyu Wanbo, Baiyun New Town,
Huanghuagang), plus a background scatter inside the 11 Guangzhou districts
(built-in boundaries), weighted by resident population.

Founding years tell a story an emerging hot spot analysis finds (issue 17,
:data:`STORY`): the Pazhou and Tianhe cores growing, a new AIGC-led cluster at
Huangpu Science City, the Wanbo live-streaming boom fading, Huanghuagang old.
They come from a second seeded stream (:func:`founding_years`), so every other
column is exactly what the first stream gives.

Points are drawn in WGS84 and written in GCJ-02, rounded to 6 decimals, the
way a table geocoded by Amap arrives. The same seed gives the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "resources" / "geo" / "sample_enterprises.csv"
PROV = ROOT / "resources" / "geo" / "sample_enterprises.PROVENANCE.json"

SUBSECTORS = [
    "games",
    "animation",
    "music",
    "live_streaming",
    "online_av",
    "publishing",
    "design",
    "vr_metaverse",
    "cultural_tourism",
    "aigc",
]

# place: (lon, lat WGS84, district zh, share of clustered firms, spread km, sub-sector weights)
PLACES = {
    "琶洲": (
        113.370,
        23.100,
        "海珠区",
        0.24,
        1.1,
        {"games": 5, "aigc": 3, "online_av": 2, "live_streaming": 2, "design": 1, "vr_metaverse": 1},
    ),
    "珠江新城": (
        113.325,
        23.120,
        "天河区",
        0.18,
        1.2,
        {"design": 3, "publishing": 2, "online_av": 2, "games": 2, "music": 1, "aigc": 1},
    ),
    "天河软件园": (
        113.430,
        23.170,
        "天河区",
        0.15,
        0.9,
        {"games": 4, "animation": 2, "aigc": 2, "publishing": 2, "vr_metaverse": 1},
    ),
    "黄埔科学城": (113.445, 23.165, "黄埔区", 0.12, 1.4, {"vr_metaverse": 4, "aigc": 3, "games": 1, "design": 1}),
    "万博商务区": (
        113.360,
        23.000,
        "番禺区",
        0.14,
        1.0,
        {"live_streaming": 6, "online_av": 3, "music": 1, "design": 1},
    ),
    "白云新城": (
        113.270,
        23.180,
        "白云区",
        0.08,
        1.3,
        {"live_streaming": 2, "design": 2, "music": 2, "cultural_tourism": 1, "animation": 1},
    ),
    "黄花岗": (
        113.290,
        23.140,
        "越秀区",
        0.09,
        0.7,
        {"design": 4, "animation": 2, "cultural_tourism": 2, "publishing": 1, "music": 1},
    ),
}
BACKGROUND_SHARE = 0.30
# resident population (10k, 2020 census, approx.) weights the background scatter
POPULATION = {
    "荔湾区": 123.8,
    "越秀区": 103.9,
    "海珠区": 181.9,
    "天河区": 224.2,
    "白云区": 374.0,
    "黄埔区": 126.5,
    "番禺区": 265.8,
    "花都区": 164.2,
    "南沙区": 84.6,
    "从化区": 71.7,
    "增城区": 146.6,
}

NAME_HEAD = [
    "星",
    "云",
    "光",
    "墨",
    "羊城",
    "花城",
    "珠江",
    "南越",
    "岭南",
    "木棉",
    "越秀",
    "琶洲",
    "天河",
    "粤",
    "穗",
    "极",
    "幻",
    "灵",
    "青",
    "蓝",
    "拓",
    "锐",
    "智",
    "数",
    "码",
    "像",
    "声",
    "乐",
    "漫",
    "影",
]
NAME_TAIL = [
    "动",
    "途",
    "界",
    "合",
    "创",
    "维",
    "联",
    "讯",
    "图",
    "梦",
    "游",
    "视",
    "听",
    "阅",
    "域",
    "链",
    "石",
    "语",
    "帆",
    "澜",
    "熙",
    "曜",
    "启",
    "航",
    "拾",
    "屿",
    "森",
    "川",
    "原",
    "点",
]
BUSINESS = {
    "games": ["网络科技", "互动娱乐", "游戏科技", "电竞文化"],
    "animation": ["动漫文化", "动画制作", "漫画科技", "数字影像"],
    "music": ["音乐科技", "数字音乐", "声学文化", "唱片"],
    "live_streaming": ["直播科技", "网络传媒", "电子商务", "MCN文化传播"],
    "online_av": ["影视传媒", "视听科技", "短视频科技", "文化传媒"],
    "publishing": ["数字出版", "文学科技", "阅读科技", "传媒"],
    "design": ["创意设计", "品牌设计", "文化创意", "数字设计"],
    "vr_metaverse": ["虚拟现实科技", "元宇宙科技", "数字孪生科技", "XR科技"],
    "cultural_tourism": ["文旅科技", "数字文旅", "沉浸式文化", "文化旅游"],
    "aigc": ["智能科技", "人工智能科技", "AIGC科技", "数据科技"],
}
# free-text categories as they appear in real tables (mapped by the taxonomy on import)
CATEGORY_TEXT = {
    "games": ["游戏电竞", "游戏电竞", "手游研发", "电子竞技"],
    "animation": ["动漫", "动漫", "动画制作"],
    "music": ["数字音乐", "数字音乐", "音乐制作发行"],
    "live_streaming": ["网络直播", "网络直播", "直播电商/MCN"],
    "online_av": ["网络视听", "网络视听", "短视频"],
    "publishing": ["数字出版与网络文学", "数字出版", "网络文学"],
    "design": ["数字创意设计", "数字创意设计", "广告创意"],
    "vr_metaverse": ["虚拟现实与元宇宙", "VR/AR", "元宇宙"],
    "cultural_tourism": ["数字文旅", "数字文旅", "沉浸式文旅"],
    "aigc": ["人工智能生成内容", "AIGC", "人工智能生成内容"],
}
ROADS = {
    "荔湾区": ["中山八路", "芳村大道", "花地大道", "龙津西路"],
    "越秀区": ["中山三路", "东风中路", "先烈中路", "环市东路"],
    "海珠区": ["阅江中路", "新港东路", "琶洲大道", "江南大道"],
    "天河区": ["天河路", "珠江东路", "高普路", "科韵路", "黄埔大道西"],
    "白云区": ["白云大道北", "云城东路", "机场路", "齐富路"],
    "黄埔区": ["科学大道", "开创大道", "香雪大道", "开源大道"],
    "番禺区": ["汉溪大道东", "万博二路", "市广路", "兴南大道"],
    "花都区": ["凤凰北路", "迎宾大道", "新华路"],
    "南沙区": ["凤凰大道", "港前大道", "进港大道"],
    "从化区": ["河滨北路", "街口大道"],
    "增城区": ["荔城大道", "府佑路", "增城大道"],
}


def _choice_weighted(rng, weights: dict[str, float], n: int) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return np.array(keys)[rng.choice(len(keys), size=n, p=p / p.sum())]


def generate(rows: int = 10_000, seed: int = 20240601) -> pd.DataFrame:
    import shapely

    from gzmap.core.datums import wgs84_to_gcj02
    from gzmap.io.builtin import DISTRICTS_FILE
    from gzmap.io.builtin import load_boundaries

    rng = np.random.default_rng(seed)
    districts = load_boundaries(DISTRICTS_FILE)
    n_bg = int(round(rows * BACKGROUND_SHARE))
    n_cl = rows - n_bg
    shares = np.array([p[3] for p in PLACES.values()])
    counts = rng.multinomial(n_cl, shares / shares.sum())
    lon, lat, dist, sub, origin = [], [], [], [], []
    for (place, (x0, y0, dname, _, km, mix)), k in zip(PLACES.items(), counts):
        r = np.abs(rng.standard_t(4, size=k)) * km / 1.5  # heavier tail than a Gaussian
        a = rng.uniform(0, 2 * np.pi, k)
        lon.append(x0 + r * np.cos(a) / (111.32 * np.cos(np.radians(y0))))
        lat.append(y0 + r * np.sin(a) / 110.57)
        dist += [dname] * k
        origin += [place] * k
        sub.append(_choose_sub(rng, mix, k))
    # background: uniform inside districts, districts weighted by population
    names = districts["name_zh"].tolist()
    w = np.array([POPULATION.get(nm, 50.0) for nm in names])
    per = rng.multinomial(n_bg, w / w.sum())
    for (_, drow), k in zip(districts.iterrows(), per):
        geom = drow.geometry
        xmin, ymin, xmax, ymax = geom.bounds
        got_x, got_y = [], []
        while sum(len(g) for g in got_x) < k:
            cx = rng.uniform(xmin, xmax, 4 * k + 16)
            cy = rng.uniform(ymin, ymax, 4 * k + 16)
            inside = shapely.contains_xy(geom, cx, cy)
            got_x.append(cx[inside])
            got_y.append(cy[inside])
        lon.append(np.concatenate(got_x)[:k])
        lat.append(np.concatenate(got_y)[:k])
        dist += [drow["name_zh"]] * k
        origin += [""] * k
        sub.append(_choose_sub(rng, {s: 1.0 for s in SUBSECTORS}, k))
    lon = np.concatenate(lon)
    lat = np.concatenate(lat)
    sub = np.concatenate(sub)
    dist = np.array(dist)
    order = rng.permutation(rows)
    lon, lat, sub, dist = lon[order], lat[order], sub[order], dist[order]
    origin = np.array(origin, dtype=object)[order]
    glon, glat = wgs84_to_gcj02(lon, lat)

    # the background's founding years; the places' years tell their story (founding_years), drawn from
    # a second seeded stream so that every other column is what this stream has always given
    founded = np.clip(np.round(2024 - rng.gamma(2.0, 4.5, rows)), 1992, 2024).astype(int)
    founded = founding_years(np.random.default_rng([seed, YEARS_STREAM]), origin, sub, founded)
    employees = np.clip(np.round(rng.lognormal(3.0, 1.1, rows)), 3, 8000).astype(int)
    revenue = np.round(employees * rng.lognormal(3.6, 0.7, rows), 1)  # 万元

    used: set[str] = set()
    names_out = []
    for s in sub:
        for _ in range(100):
            nm = f"广州{rng.choice(NAME_HEAD)}{rng.choice(NAME_TAIL)}{rng.choice(BUSINESS[s])}有限公司"
            if nm not in used:
                break
            nm = f"广州{rng.choice(NAME_HEAD)}{rng.choice(NAME_TAIL)}{rng.choice(NAME_TAIL)}{rng.choice(BUSINESS[s])}有限公司"
            if nm not in used:
                break
        used.add(nm)
        names_out.append(nm)
    cat_text = [rng.choice(CATEGORY_TEXT[s]) for s in sub]
    addresses = [f"广州市{d}{rng.choice(ROADS[d])}{rng.integers(1, 1200)}号" for d in dist]
    return pd.DataFrame(
        {
            "企业名称": names_out,
            "细分行业": cat_text,
            "成立年份": founded,
            "从业人员": employees,
            "营业收入(万元)": revenue,
            "所在区": dist,
            "地址": addresses,
            "经度": np.round(glon, 6),
            "纬度": np.round(glat, 6),
        }
    )


#: The founding-year story (issue 17): place -> (what it tells, how its years are drawn). Years run
#: to 2024; "age" draws are 2024 minus a gamma(shape, scale) age in years.
YEARS_STREAM = 17
STORY = {
    "琶洲": "the Pazhou core grows fastest: more firms founded every year, most after 2012",
    "珠江新城": "Zhujiang New Town (Tianhe) grows steadily since the late 1990s",
    "天河软件园": "Tianhe Software Park grows steadily, its founding peak in the last decade",
    "黄埔科学城": "Huangpu Science City: a new cluster led by AIGC, founded from 2017 (AIGC from 2019)",
    "万博商务区": "Wanbo: the live-streaming boom peaked around 2012-2016 and is fading",
    "白云新城": "Baiyun New Town: steady, slower growth",
    "黄花岗": "Huanghuagang: the old design/animation quarter, founded mostly before 2012",
}
AIGC_FROM = 2016  # AIGC firms outside Huangpu Science City are founded from this year on


def founding_years(rng, origin: np.ndarray, sub: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Founding years that tell :data:`STORY`: per place, drawn from ``rng``; the background keeps its years."""
    years = background.astype(float).copy()
    n = len(years)

    def age(shape, scale):
        return 2024 - np.floor(rng.gamma(shape, scale, n))

    def recent(first, mode_age=0.0):  # first..2024, more each year
        return 2024 - np.floor(rng.triangular(0, mode_age, 2025 - first, n))

    wanbo = np.where(rng.random(n) < 0.6, 2008 + np.floor(rng.triangular(0, 5, 17, n)), rng.uniform(2004, 2025, n))
    draws = {
        "琶洲": age(1.6, 5.0),
        "珠江新城": age(2.0, 6.0),
        "天河软件园": age(1.8, 5.5),
        "黄埔科学城": recent(2017),
        "万博商务区": np.floor(wanbo),
        "白云新城": age(2.2, 6.0),
        "黄花岗": rng.normal(2005.0, 5.0, n),
    }
    for place, drawn in draws.items():
        here = origin == place
        years[here] = drawn[here]
    new_aigc = (origin == "黄埔科学城") & (sub == "aigc")
    years[new_aigc] = recent(2019)[new_aigc]
    aigc = (sub == "aigc") & ~new_aigc
    years[aigc] = np.maximum(years[aigc], AIGC_FROM + rng.integers(0, 9, n)[aigc])
    return np.clip(np.round(years), 1992, 2024).astype(int)


def _choose_sub(rng, mix: dict[str, float], k: int) -> np.ndarray:
    weights = {s: 0.25 for s in SUBSECTORS}  # every sub-sector appears everywhere a little
    for s, v in mix.items():
        weights[s] += v
    return _choice_weighted(rng, weights, k)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=20240601)
    args = ap.parse_args()
    df = generate(args.rows, args.seed)
    df.to_csv(OUT, index=False, encoding="utf-8")
    prov = {
        "synthetic": True,
        "title_zh": "广州数字文化企业（合成样例数据，非真实企业）",
        "title_en": "Guangzhou digital-culture enterprises (SYNTHETIC sample, not real companies)",
        "description": "Synthetic enterprises generated by tools/make_sample_enterprises.py for demonstration and "
        "testing. Company names, sub-sectors, founding years, employees, revenue and addresses are "
        "invented. Locations are drawn around real places named in the reference figures (Pazhou, "
        "Zhujiang New Town, Tianhe Software Park, Huangpu Science City, Panyu Wanbo CBD, Baiyun New "
        "Town, Huanghuagang) plus a population-weighted background scatter inside Guangzhou's "
        "districts.",
        "founding_years": "Invented to tell a story an emerging hot spot analysis can find (issue 17): "
        + "; ".join(f"{place}: {what}" for place, what in STORY.items())
        + f"; AIGC firms elsewhere from {AIGC_FROM}; the background scatter 2024 minus a gamma(2, 4.5) age.",
        "source": "generated: tools/make_sample_enterprises.py",
        "generator": "tools/make_sample_enterprises.py",
        "seed": args.seed,
        "rows": int(len(df)),
        "coordinate_datum": "gcj02",
        "coordinate_note": "Coordinates are GCJ-02 (as if geocoded by Amap), 6 decimals; GZMap converts them to "
        "WGS84 on import.",
        "columns": {
            "企业名称": "name (invented)",
            "细分行业": "sub-sector, free text as in real tables",
            "成立年份": "founding year",
            "从业人员": "employees (persons)",
            "营业收入(万元)": "revenue, 10,000 yuan",
            "所在区": "district",
            "地址": "address (invented)",
            "经度": "longitude, GCJ-02 degrees",
            "纬度": "latitude, GCJ-02 degrees",
        },
        "licence": "CC0-1.0 (synthetic data made for GZMap)",
        "attribution": "GZMap synthetic sample data",
        "year": 2024,
    }
    PROV.write_text(json.dumps(prov, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(df)} rows) and {PROV.name}")


if __name__ == "__main__":
    main()
