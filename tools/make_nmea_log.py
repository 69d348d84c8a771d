"""Write the recorded NMEA log the GPS tests replay: tests/data/nmea/haixinsha_walk.nmea.

A surveyor's walk of about 1.3 km from the Canton Tower (113.3245 E,
23.1066 N, ../shared/reference/figures.md) north over the Pearl River to
Huacheng Square, one fix a second as a GN (GPS + BeiDou) receiver sends
them (RMC and GGA each second, plus GSA/GSV noise), with the garbage a cable
produces: a checksum error, a sentence cut off, binary noise, a fix lost
under a bridge (quality 0). Synthetic: the positions are a straight-line
interpolation, not a real recording. Deterministic (no randomness).

    python tools/make_nmea_log.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "nmea" / "haixinsha_walk.nmea"
WAYPOINTS = [(113.3245, 23.1066), (113.3240, 23.1120), (113.3236, 23.1180), (113.3249, 23.1189)]
SECONDS_PER_LEG = (60, 70, 20)


def checksum(body: str) -> str:
    value = 0
    for ch in body:
        value ^= ord(ch)
    return f"{value:02X}"


def sentence(body: str) -> str:
    return f"${body}*{checksum(body)}"


def ddmm(value: float, width: int) -> str:
    degrees = int(abs(value))
    minutes = (abs(value) - degrees) * 60
    return f"{degrees:0{width}d}{minutes:07.4f}"


def track() -> list[tuple[float, float]]:
    points = []
    for (a, b), n in zip(zip(WAYPOINTS, WAYPOINTS[1:]), SECONDS_PER_LEG):
        points += [(a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(n)]
    return points + [WAYPOINTS[-1]]


def lines() -> list[str]:
    out = []
    for i, (lon, lat) in enumerate(track()):
        t = f"{2 + i // 3600:02d}{(i // 60) % 60:02d}{i % 60:02d}.00"
        lat_s, lon_s = ddmm(lat, 2), ddmm(lon, 3)
        rmc = sentence(f"GNRMC,{t},A,{lat_s},N,{lon_s},E,2.7,350.0,301126,,,A")
        gga = sentence(f"GNGGA,{t},{lat_s},N,{lon_s},E,1,{8 + i % 5},{0.9 + (i % 4) * 0.1:.1f},12.{i % 10},M,-5.3,M,,")
        if i == 40:
            gga = gga[:-2] + ("00" if gga[-2:] != "00" else "11")  # checksum error: the RMC still gives the fix
        if i == 90:
            out.append(sentence(f"GNGGA,{t},,,,,0,0,,,M,,M,,"))  # no fix under the bridge deck
            out.append(sentence(f"GNRMC,{t},V,,,,,,,301126,,,N"))
            continue
        out += [rmc, gga]
        if i % 10 == 0:
            out.append(sentence("GNGSA,A,3,01,03,07,08,11,,,,,,,,1.8,0.9,1.5"))
        if i == 120:
            out.append(gga[:25])  # cut off
            out.append("\x00\x13\xff noise $GP")
    return out


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\r\n".join(lines()) + "\r\n", encoding="latin-1", newline="")
    print(f"{OUT}: {len(track())} seconds")


if __name__ == "__main__":
    main()
