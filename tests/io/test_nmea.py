"""NMEA 0183: the recorded survey walk replays to the fixes it holds; garbage is counted, never raised."""

import re
from pathlib import Path

import pytest

from gzmap.io.nmea import NmeaReader
from gzmap.io.nmea import checksum
from gzmap.io.nmea import nmea_degrees
from gzmap.io.nmea import problem_text
from gzmap.io.nmea import read_log

LOG = Path(__file__).resolve().parents[1] / "data" / "nmea" / "haixinsha_walk.nmea"


def expected_fixes():
    """Positions of the log's valid RMC sentences, converted here by hand from ddmm.mmmm."""
    out = []
    for line in LOG.read_text(encoding="latin-1").splitlines():
        m = re.match(r"\$GNRMC,([\d.]+),A,(\d\d)(\d\d\.\d+),N,(\d{3})(\d\d\.\d+),E", line)
        if m:
            out.append((m[1], int(m[4]) + float(m[5]) / 60, int(m[2]) + float(m[3]) / 60))
    return out


def test_the_replayed_walk_gives_every_recorded_fix_in_order():
    fixes, problems = read_log(LOG)
    expected = expected_fixes()
    assert len(fixes) == len(expected) == 150  # 151 seconds, one without a fix under the bridge
    for fix, (t, lon, lat) in zip(fixes, expected):
        assert fix.time == f"{t[0:2]}:{t[2:4]}:{t[4:]}"
        assert fix.lon == pytest.approx(lon, abs=1e-9) and fix.lat == pytest.approx(lat, abs=1e-9)
    assert fixes[0].lon == pytest.approx(113.3245, abs=2e-6) and fixes[0].lat == pytest.approx(23.1066, abs=2e-6)
    assert fixes[0].date == "2026-11-30" and fixes[0].satellites == 8 and fixes[0].accuracy_m == pytest.approx(4.5)
    assert fixes[0].speed_kmh == pytest.approx(2.7 * 1.852)


def test_garbage_in_the_stream_is_skipped_with_its_line_number():
    _, problems = read_log(LOG)
    reasons = [p[1] for p in problems]
    assert reasons == ["checksum error", "no checksum (cut off?)", "not an NMEA sentence"]
    assert problem_text(problems[0], "en").startswith(f"line {problems[0][0]}: checksum error")
    assert "校验" in problem_text(problems[0], "zh_CN")


@pytest.mark.parametrize(
    "line",
    [
        "$GNGGA,020000.00,2306.3960,N,11319.4700,E,1,8,0.9,12.0,M,-5.3,M,,*00",
        "$GNGGA,020000.00,2306.39",
        "$GNGGA,020000.00,2366.0000,N,11319.4700,E,1,8,0.9,12.0,M,-5.3,M,,",
        "garbage",
        "$" + "A" * 500,
        "$GNGGA,02,9999.9999,N,11319.4700,E,1,8,0.9,12.0,M,-5.3,M,,",
    ],
)
def test_a_bad_sentence_never_raises(line):
    if line.startswith("$GNGGA") and "*" not in line and len(line) > 30:
        body = line[1:]
        line = f"${body}*{checksum(body)}"
    reader = NmeaReader()
    assert reader.feed(line) is None
    assert len(reader.problems) == 1


def test_coordinates_convert_from_degrees_and_minutes():
    assert nmea_degrees("2306.3960", "N") == pytest.approx(23 + 6.396 / 60)
    assert nmea_degrees("11319.4700", "W") == pytest.approx(-(113 + 19.47 / 60))
    with pytest.raises(ValueError):
        nmea_degrees("2360.0000", "N")
