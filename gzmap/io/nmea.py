"""GPS positions from NMEA 0183 sentences (a serial GPS, gpsd's NMEA stream, or a recorded log).

Only what a field survey needs is read: position fixes from ``GGA`` (time,
position, fix quality, satellites, HDOP, altitude) and ``RMC`` (time, date,
position, validity, speed). Any talker is accepted (``GP``, ``GN``, ``BD``
for BeiDou, ``GL``...). Positions are WGS84 degrees, converted from NMEA's
``ddmm.mmmm`` / ``dddmm.mmmm``.

A stream from a cable or a radio has garbage: a sentence whose checksum is
wrong, that is cut off, or that does not parse is counted and skipped with
its line number (:class:`NmeaReader` keeps them in ``problems``), never
raised; a fix without a position (quality 0, status ``V``) is not a fix.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields
from dataclasses import replace

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = ["Fix", "NmeaReader", "checksum", "nmea_degrees", "problem_text", "read_log"]

#: Why a line was skipped (context "Nmea"); the detail follows after a colon.
NOT_NMEA = QT_TRANSLATE_NOOP("Nmea", "not an NMEA sentence")
NO_CHECKSUM = QT_TRANSLATE_NOOP("Nmea", "no checksum (cut off?)")
BAD_CHECKSUM = QT_TRANSLATE_NOOP("Nmea", "checksum error")
UNREADABLE = QT_TRANSLATE_NOOP("Nmea", "unreadable position")
LINE = QT_TRANSLATE_NOOP("Nmea", "line {line}: {reason}")

#: Horizontal accuracy in metres per unit of HDOP (a common rule of thumb for consumer receivers).
UERE_M = 5.0
_MAX_LINE = 200  # NMEA limits a sentence to 82 characters; more is garbage


@dataclass(frozen=True)
class Fix:
    """One position: ``lon``/``lat`` WGS84 degrees, ``time`` "hh:mm:ss.ss" UTC (``date`` "yyyy-mm-dd" if known),
    ``accuracy_m`` estimated horizontal accuracy in metres (HDOP × :data:`UERE_M`; None if unknown)."""

    lon: float
    lat: float
    time: str
    date: str | None = None
    altitude_m: float | None = None
    satellites: int | None = None
    hdop: float | None = None
    speed_kmh: float | None = None
    line: int = 0

    @property
    def accuracy_m(self) -> float | None:
        return None if self.hdop is None else self.hdop * UERE_M


def checksum(body: str) -> str:
    """The two hex digits of the XOR of the characters between ``$`` and ``*``."""
    value = 0
    for ch in body:
        value ^= ord(ch)
    return f"{value:02X}"


def nmea_degrees(value: str, hemisphere: str) -> float:
    """Degrees from NMEA ``ddmm.mmmm`` (latitude) or ``dddmm.mmmm`` (longitude) and N/S/E/W."""
    if hemisphere not in ("N", "S", "E", "W") or "." not in value or len(value.split(".")[0]) < 3:
        raise ValueError(f"not an NMEA coordinate: {value!r} {hemisphere!r}")
    head, _, _ = value.partition(".")
    degrees = float(head[:-2])
    minutes = float(value[len(head) - 2 :])
    if not 0 <= minutes < 60:
        raise ValueError(f"minutes out of range in {value!r}")
    result = degrees + minutes / 60.0
    limit = 90 if hemisphere in ("N", "S") else 180
    if result > limit or not math.isfinite(result):
        raise ValueError(f"coordinate out of range: {value!r}")
    return -result if hemisphere in ("S", "W") else result


def _time(hhmmss: str) -> str:
    if len(hhmmss) < 6 or not hhmmss[:6].isdigit():
        raise ValueError(f"bad time {hhmmss!r}")
    return f"{hhmmss[0:2]}:{hhmmss[2:4]}:{hhmmss[4:]}"


def _float(text: str) -> float | None:
    return float(text) if text else None


def _gga(f: list[str], line: int) -> Fix | None:
    if len(f) < 10 or f[6] in ("", "0"):
        return None
    return Fix(
        nmea_degrees(f[4], f[5]),
        nmea_degrees(f[2], f[3]),
        _time(f[1]),
        altitude_m=_float(f[9]),
        satellites=int(f[7]) if f[7] else None,
        hdop=_float(f[8]),
        line=line,
    )


def _rmc(f: list[str], line: int) -> Fix | None:
    if len(f) < 10 or f[2] != "A":
        return None
    date = f[9]
    day = f"20{date[4:6]}-{date[2:4]}-{date[0:2]}" if len(date) == 6 and date.isdigit() else None
    knots = _float(f[7])
    return Fix(
        nmea_degrees(f[5], f[6]),
        nmea_degrees(f[3], f[4]),
        _time(f[1]),
        date=day,
        speed_kmh=None if knots is None else knots * 1.852,
        line=line,
    )


def problem_text(problem: tuple[int, str, str], lang: str | None = None) -> str:
    """One skipped line as a sentence in ``lang``: "line 12: checksum error (5C)"."""
    line, reason, detail = problem
    text = translate("Nmea", reason, lang) + (f" ({detail})" if detail else "")
    return translate("Nmea", LINE, lang).format(line=line, reason=text)


def _merged(a: Fix, b: Fix) -> Fix:
    """``a`` with the fields it lacks taken from ``b`` (an RMC and a GGA of the same second)."""
    return replace(a, **{f.name: getattr(b, f.name) for f in fields(Fix) if getattr(a, f.name) is None})


@dataclass
class NmeaReader:
    """Reads sentences one line at a time; ``problems``: (line number, reason, detail) of what was skipped."""

    problems: list[tuple[int, str, str]] = field(default_factory=list)
    line: int = 0

    def feed(self, text: str) -> Fix | None:
        """The fix in one line of the stream, or None (not a position sentence, no fix, or garbage)."""
        self.line += 1
        text = text.strip()
        if not text:
            return None
        reason = self._check(text)
        if reason:
            self.problems.append((self.line, *reason))
            return None
        body = text[1 : text.index("*")]
        fields = body.split(",")
        kind = fields[0][2:] if len(fields[0]) == 5 else ""
        parse = {"GGA": _gga, "RMC": _rmc}.get(kind)
        if parse is None:
            return None
        try:
            return parse(fields, self.line)
        except (ValueError, IndexError):
            self.problems.append((self.line, UNREADABLE, kind))
            return None

    @staticmethod
    def _check(text: str) -> tuple[str, str] | None:
        if len(text) > _MAX_LINE or not text.isascii() or not text.startswith("$"):
            return NOT_NMEA, ""
        star = text.rfind("*")
        if star < 0 or len(text) != star + 3:
            return NO_CHECKSUM, ""
        if text[star + 1 :].upper() != checksum(text[1:star]):
            return BAD_CHECKSUM, text[star + 1 :]
        return None

    def fixes(self, lines: Iterable[str]) -> Iterator[Fix]:
        """The fixes of ``lines``, in order; an RMC and a GGA of the same second give one fix with both's fields."""
        pending: Fix | None = None
        for text in lines:
            fix = self.feed(text)
            if fix is None:
                continue
            if pending is not None and fix.time == pending.time:
                pending = _merged(pending, fix)
                continue
            if pending is not None:
                yield pending
            pending = fix
        if pending is not None:
            yield pending


def read_log(path) -> tuple[list[Fix], list[tuple[int, str, str]]]:
    """(fixes, problems) of a recorded NMEA log file (ASCII; undecodable bytes count as garbage lines)."""
    reader = NmeaReader()
    with open(path, encoding="ascii", errors="replace") as fh:
        fixes = list(reader.fixes(fh))
    return fixes, reader.problems
