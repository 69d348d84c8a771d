"""System libraries GZMap's Qt and GDAL need, and the Debian package of each.

Used by the packaging build (to check a machine before freezing) and by the
command line and the frozen app (so a missing library is named with the
package that provides it, instead of a traceback).
"""

from __future__ import annotations

import re

__all__ = ["DEBIAN_PACKAGE_OF", "debian_package_for", "missing_library_message"]

DEBIAN_PACKAGE_OF = dict(
    line.split()
    for line in """
libEGL.so.1             libegl1
libGL.so.1              libgl1
libOpenGL.so.0          libopengl0
libGLX.so.0             libglx0
libxkbcommon.so.0       libxkbcommon0
libxkbcommon-x11.so.0   libxkbcommon-x11-0
libxcb-cursor.so.0      libxcb-cursor0
libxcb-icccm.so.4       libxcb-icccm4
libxcb-image.so.0       libxcb-image0
libxcb-keysyms.so.1     libxcb-keysyms1
libxcb-randr.so.0       libxcb-randr0
libxcb-render-util.so.0 libxcb-render-util0
libxcb-shape.so.0       libxcb-shape0
libxcb-xinerama.so.0    libxcb-xinerama0
libxcb-xkb.so.1         libxcb-xkb1
libxcb-sync.so.1        libxcb-sync1
libxcb-xfixes.so.0      libxcb-xfixes0
libxcb-shm.so.0         libxcb-shm0
libxcb-render.so.0      libxcb-render0
libxcb.so.1             libxcb1
libX11-xcb.so.1         libx11-xcb1
libX11.so.6             libx11-6
libSM.so.6              libsm6
libICE.so.6             libice6
libfontconfig.so.1      libfontconfig1
libfreetype.so.6        libfreetype6
libdbus-1.so.3          libdbus-1-3
libglib-2.0.so.0        libglib2.0-0
libgthread-2.0.so.0     libglib2.0-0
libwayland-client.so.0  libwayland-client0
libwayland-cursor.so.0  libwayland-cursor0
libwayland-egl.so.1     libwayland-egl1
libz.so.1               zlib1g
""".strip().splitlines()
)


def debian_package_for(soname: str) -> str | None:
    """The Debian package that provides a shared library (for the usual suspects), else None."""
    return DEBIAN_PACKAGE_OF.get(soname.strip())


def missing_library_message(exc: BaseException) -> str | None:
    """ "this computer lacks libX; install it with ..." for an ImportError/OSError
    caused by a missing shared library, else None."""
    m = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", str(exc))
    if not m:
        return None
    soname = m.group(1)
    pkg = debian_package_for(soname)
    hint = (
        f"install it with: sudo apt-get install {pkg}"
        if pkg
        else f"find the package that provides it with: apt-file search {soname}"
    )
    return f"this computer lacks the system library {soname}; {hint}"
