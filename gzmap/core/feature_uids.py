"""Stable feature ids for field work: the ``gzmap_uid`` column of an editable layer.

A layer's row ids (its index labels) are local to one file: another GIS, or
GZMap's own save after a delete, numbers rows afresh. A field copy and its
master recognise the same enterprise by its ``gzmap_uid`` instead: 32 hex
digits of a random UUID (version 4), given once and never reused, so ids
made on different laptops never collide.
"""

from __future__ import annotations

import re
import uuid

__all__ = ["UID_COLUMN", "is_uid", "new_uid"]

#: The column holding each feature's stable id.
UID_COLUMN = "gzmap_uid"

_UID_RE = re.compile(r"^[0-9a-f]{32}$")


def new_uid() -> str:
    """A new feature id: a random UUID (version 4) as 32 lower-case hex digits."""
    return uuid.uuid4().hex


def is_uid(value) -> bool:
    """True for a feature id as :func:`new_uid` makes them."""
    return isinstance(value, str) and bool(_UID_RE.match(value))
