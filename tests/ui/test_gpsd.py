"""GPS from gpsd on this computer (issue 18 item 3): GZMap asks gpsd for its NMEA stream (``?WATCH``), skips
gpsd's own JSON reports, and the position follows the NMEA fixes; a gpsd that does not answer is one message."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from gzmap.io.nmea import read_log

LOG = Path(__file__).resolve().parents[1] / "data" / "nmea" / "haixinsha_walk.nmea"
GPSD_HELLO = b'{"class":"VERSION","release":"3.22","rev":"3.22","proto_major":3,"proto_minor":14}\r\n'
GPSD_WATCHING = (
    b'{"class":"DEVICES","devices":[{"class":"DEVICE","path":"/dev/ttyUSB0","driver":"NMEA0183"}]}\r\n'
    b'{"class":"WATCH","enable":true,"json":false,"nmea":true,"raw":0,"scaled":false}\r\n'
)


def _fake_gpsd(lines: list[str]):
    """A one-client server on 127.0.0.1 that talks as gpsd 3.x does; (port, what the client asked, thread)."""
    server = socket.create_server(("127.0.0.1", 0))
    asked: list[bytes] = []

    def serve():
        conn, _ = server.accept()
        with conn:
            conn.sendall(GPSD_HELLO)
            asked.append(conn.recv(1024))
            conn.sendall(GPSD_WATCHING + "".join(f"{line}\r\n" for line in lines).encode("ascii"))
            conn.recv(1024)  # until the client closes
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server.getsockname()[1], asked, thread


def test_positions_come_from_gpsd_and_its_json_is_not_garbage(window, qtbot):
    lines = [
        line
        for line in LOG.read_text(encoding="ascii", errors="replace").splitlines()
        if line.startswith("$") and "*" in line
    ][:60]
    fixes, _ = read_log(LOG)
    fw = window.feature("fieldwork")
    problems, lost = [], []
    fw.gps.problem.connect(problems.append)
    fw.gps.lost.connect(lost.append)
    port, asked, thread = _fake_gpsd(lines)
    fw.gps.open_gpsd("127.0.0.1", port)
    expected = {(f.lon, f.lat) for f in fixes if f.line <= 60}
    qtbot.waitUntil(lambda: fw.gps.fix is not None and fw.gps.fix.line >= 50, timeout=10000)
    assert asked and asked[0].startswith(b"?WATCH=") and b'"nmea":true' in asked[0]
    assert (fw.gps.fix.lon, fw.gps.fix.lat) in expected and len(fw.gps.track) >= 20
    assert {(f.lon, f.lat) for f in fw.gps.track} <= {(f.lon, f.lat) for f in fixes}
    assert problems == [] and lost == []  # gpsd's VERSION/DEVICES/WATCH reports are not "garbage"
    fw.gps.stop()
    thread.join(5)


def test_a_gpsd_that_does_not_answer_is_one_message(window, qtbot, monkeypatch):
    fw = window.feature("fieldwork")
    lost = []
    monkeypatch.setattr(window, "show_error", lambda title, text: lost.append(text))
    free = socket.create_server(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()  # nothing listens there now
    fw.gps.open_gpsd("127.0.0.1", port)
    qtbot.waitUntil(lambda: len(lost) > 0, timeout=10000)
    qtbot.wait(200)
    assert len(lost) == 1 and f"127.0.0.1:{port}" in lost[0]
