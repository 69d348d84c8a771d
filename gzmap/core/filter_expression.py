"""Layer filters and attribute selections: a small expression language of GZMap's own.

A planner writes (or the filter builder writes for them)::

    subsector = 'games' AND revenue > 1000
    成立年份 BETWEEN 2015 AND 2020 OR district IN ('天河区', '海珠区')
    NOT (status IS NULL) AND name CONTAINS '科技'

A project can come from anyone, so the text is never handed to ``eval``,
``DataFrame.query`` or numexpr. It is parsed here into a tree of plain
values (dicts, lists, strings, numbers), which is what a project saves; a
tree read back from a file is checked by :func:`check_tree` before use, and
:func:`evaluate` turns it into a boolean mask with ordinary pandas
comparisons.

Grammar (keywords in any case; ``且``/``或``/``非`` also accepted)::

    expr       := term (OR term)*
    term       := factor (AND factor)*
    factor     := NOT factor | '(' expr ')' | comparison
    comparison := field op value
                | field [NOT] IN '(' value (',' value)* ')'
                | field BETWEEN value AND value
                | field IS [NOT] NULL
                | field CONTAINS string
    op         := = | == | != | <> | < | <= | > | >=
    field      := name (letters of any script, digits, _) | "quoted name"
    value      := number | 'string' | TRUE | FALSE

A comparison with a missing value is false (so ``NOT x > 1`` keeps the rows
where x is missing); ``IS NULL`` finds them. A number compared with a text
column compares the column's numbers (text that is no number never matches).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = [
    "COMPARISONS",
    "Expression",
    "ExpressionError",
    "check_tree",
    "evaluate",
    "field_text",
    "parse",
    "to_text",
    "value_text",
]

#: Comparison operators of the ``{"field", "op", "value"}`` nodes.
COMPARISONS = ("=", "!=", "<", "<=", ">", ">=")
_LIST_OPS = ("in", "not in", "between")
_UNARY_OPS = ("is null", "not null")
_MAX_DEPTH = 32
_MAX_NODES = 2000
_MAX_TEXT = 10_000
_KEYWORDS = {
    "and": "and",
    "且": "and",
    "or": "or",
    "或": "or",
    "not": "not",
    "非": "not",
    "in": "in",
    "is": "is",
    "null": "null",
    "between": "between",
    "contains": "contains",
    "true": "true",
    "false": "false",
}
_TOKEN = re.compile(
    r"""\s*(?:
    (?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    |'(?P<string>(?:[^']|'')*)'
    |"(?P<quoted>(?:[^"]|"")+)"
    |(?P<op><=|>=|!=|<>|==|=|<|>|\(|\)|,)
    |(?P<word>[^\W\d][\w.]*)
    )""",
    re.VERBOSE,
)

#: Messages (context "Expressions"), translated when shown.
MESSAGES = {
    "unexpected": QT_TRANSLATE_NOOP("Expressions", "unexpected {what} at character {pos}"),
    "end": QT_TRANSLATE_NOOP("Expressions", "the expression ends too early: {what} expected"),
    "bad_char": QT_TRANSLATE_NOOP("Expressions", "cannot read the expression from character {pos}: {what}"),
    "no_field": QT_TRANSLATE_NOOP("Expressions", "no field {what} in this layer"),
    "not_number": QT_TRANSLATE_NOOP("Expressions", "{what} is not a number, but the field is numeric"),
    "too_long": QT_TRANSLATE_NOOP("Expressions", "the expression is too long or too deeply nested"),
    "bad_tree": QT_TRANSLATE_NOOP("Expressions", "the saved filter is not valid: {what}"),
    "empty": QT_TRANSLATE_NOOP("Expressions", "the expression is empty"),
}

#: What the parser expected, named in "ends too early" messages.
EXPECTED = {
    "value": QT_TRANSLATE_NOOP("Expressions", "a value"),
    "field": QT_TRANSLATE_NOOP("Expressions", "a field name"),
    "operator": QT_TRANSLATE_NOOP("Expressions", "an operator"),
    "text": QT_TRANSLATE_NOOP("Expressions", "a quoted text"),
}


class ExpressionError(ValueError):
    """An expression that does not parse or does not fit the layer; ``message(lang)`` says why."""

    def __init__(self, key: str, what: Any = "", pos: int | None = None):
        self.key, self.what, self.pos = key, str(what), pos
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        """The reason in ``lang`` (the UI language when None)."""
        text = translate("Expressions", MESSAGES[self.key], lang)
        what = translate("Expressions", EXPECTED[self.what], lang) if self.what in EXPECTED else self.what
        return text.format(what=what, pos="" if self.pos is None else self.pos + 1)


@dataclass(frozen=True)
class Expression:
    """A parsed expression: its ``tree`` (plain values, saved in projects) and canonical ``text``."""

    tree: dict

    @property
    def text(self) -> str:
        return to_text(self.tree)

    def fields(self) -> list[str]:
        """The field names the expression reads, in order of first use."""
        return list(dict.fromkeys(_fields(self.tree)))

    def mask(self, frame):
        """Boolean numpy array: the rows of ``frame`` (a DataFrame) that match."""
        return evaluate(self.tree, frame)


def _fields(node: dict):
    if "field" in node:
        yield node["field"]
    for child in node.get("and", []) + node.get("or", []) + ([node["not"]] if "not" in node else []):
        yield from _fields(child)


# -- parsing ------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, Any, int]]:
    """(kind, value, position) of each token; kinds: number, string, field, op, kw."""
    out: list[tuple[str, Any, int]] = []
    pos, end = 0, len(text.rstrip())
    while pos < end:
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos or not m.lastgroup:
            raise ExpressionError("bad_char", text[pos : pos + 10].strip(), pos)
        kind = m.lastgroup
        start, raw = m.start(kind), m.group(kind)
        if kind == "number":
            out.append(("number", float(raw) if re.search(r"[.eE]", raw) else int(raw), start))
        elif kind == "string":
            out.append(("string", raw.replace("''", "'"), start))
        elif kind == "quoted":
            out.append(("field", raw.replace('""', '"'), start))
        elif kind == "word" and raw.lower() in _KEYWORDS:
            out.append(("kw", _KEYWORDS[raw.lower()], start))
        else:
            out.append(("field" if kind == "word" else "op", raw, start))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str):
        if len(text) > _MAX_TEXT:
            raise ExpressionError("too_long")
        self.toks, self.i, self.depth = _tokens(text), 0, 0

    def peek(self, kind: str, value: Any = None) -> bool:
        if self.i >= len(self.toks):
            return False
        k, v, _ = self.toks[self.i]
        return k == kind and (value is None or v == value)

    def take(self, kind: str, value: Any = None, what: str = "") -> Any:
        if not self.peek(kind, value):
            self.fail(what or value or kind)
        self.i += 1
        return self.toks[self.i - 1][1]

    def fail(self, expected: str):
        if self.i >= len(self.toks):
            raise ExpressionError("end", expected)
        k, v, pos = self.toks[self.i]
        raise ExpressionError("unexpected", v, pos)

    def expr(self) -> dict:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ExpressionError("too_long")
        node = self.joined("or", self.term)
        self.depth -= 1
        return node

    def term(self) -> dict:
        return self.joined("and", self.factor)

    def joined(self, word: str, part) -> dict:
        parts = [part()]
        while self.peek("kw", word):
            self.i += 1
            parts.append(part())
        return parts[0] if len(parts) == 1 else {word: parts}

    def factor(self) -> dict:
        if self.peek("kw", "not"):
            self.i += 1
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                raise ExpressionError("too_long")
            node = {"not": self.factor()}
            self.depth -= 1
            return node
        if self.peek("op", "("):
            self.i += 1
            node = self.expr()
            self.take("op", ")")
            return node
        return self.comparison()

    def value(self) -> Any:
        if self.peek("number") or self.peek("string"):
            self.i += 1
            return self.toks[self.i - 1][1]
        if self.peek("kw", "true") or self.peek("kw", "false"):
            self.i += 1
            return self.toks[self.i - 1][1] == "true"
        self.fail("value")

    def comparison(self) -> dict:
        field = self.take("field", what="field")
        if self.peek("op") and self.toks[self.i][1] in ("=", "==", "!=", "<>", "<", "<=", ">", ">="):
            op = {"==": "=", "<>": "!="}.get(self.toks[self.i][1], self.toks[self.i][1])
            self.i += 1
            return {"field": field, "op": op, "value": self.value()}
        if self.peek("kw", "is"):
            self.i += 1
            negated = self.peek("kw", "not") and bool(self.take("kw", "not"))
            self.take("kw", "null")
            return {"field": field, "op": "not null" if negated else "is null"}
        if self.peek("kw", "between"):
            self.i += 1
            low = self.value()
            self.take("kw", "and")
            return {"field": field, "op": "between", "values": [low, self.value()]}
        if self.peek("kw", "contains"):
            self.i += 1
            return {"field": field, "op": "contains", "value": self.take("string", what="text")}
        negated = self.peek("kw", "not") and bool(self.take("kw", "not"))
        self.take("kw", "in", what="operator")
        self.take("op", "(")
        values = [self.value()]
        while self.peek("op", ","):
            self.i += 1
            values.append(self.value())
        self.take("op", ")")
        return {"field": field, "op": "not in" if negated else "in", "values": values}


def parse(text: str) -> Expression:
    """Parse ``text``; :class:`ExpressionError` names what is wrong and where."""
    parser = _Parser(str(text))
    if not parser.toks:
        raise ExpressionError("empty")
    tree = parser.expr()
    if parser.i < len(parser.toks):
        parser.fail("end")
    return Expression(check_tree(tree))


# -- trees from files -----------------------------------------------------------


def _scalar(value: Any) -> bool:
    if isinstance(value, bool) or (isinstance(value, str) and len(value) <= _MAX_TEXT):
        return True
    return isinstance(value, int | float) and math.isfinite(value)


def _check_node(node: Any, depth: int, count: list[int]) -> None:
    count[0] += 1
    if depth > _MAX_DEPTH or count[0] > _MAX_NODES:
        raise ExpressionError("too_long")
    if not isinstance(node, dict):
        raise ExpressionError("bad_tree", type(node).__name__)
    for word in ("and", "or"):
        if word in node:
            if set(node) != {word} or not isinstance(node[word], list) or len(node[word]) < 2:
                raise ExpressionError("bad_tree", word)
            for child in node[word]:
                _check_node(child, depth + 1, count)
            return
    if "not" in node:
        if set(node) != {"not"}:
            raise ExpressionError("bad_tree", "not")
        _check_node(node["not"], depth + 1, count)
        return
    _check_comparison(node)


def _check_comparison(node: dict) -> None:
    field, op = node.get("field"), node.get("op")
    if not isinstance(field, str) or not field or len(field) > 256:
        raise ExpressionError("bad_tree", "field")
    if op in COMPARISONS or op == "contains":
        ok = set(node) == {"field", "op", "value"} and _scalar(node["value"])
        ok = ok and (op != "contains" or isinstance(node["value"], str))
    elif op in _LIST_OPS:
        values = node.get("values")
        if not isinstance(values, list):
            raise ExpressionError("bad_tree", op)
        ok = set(node) == {"field", "op", "values"}
        ok = ok and 0 < len(values) <= _MAX_NODES and all(_scalar(v) for v in values)
        ok = ok and (op != "between" or len(values) == 2)
    else:
        ok = op in _UNARY_OPS and set(node) == {"field", "op"}
    if not ok:
        raise ExpressionError("bad_tree", op if isinstance(op, str) else "op")


def check_tree(tree: Any) -> dict:
    """``tree`` (read from a project file) if it is a well-formed expression tree, else ExpressionError."""
    _check_node(tree, 0, [0])
    return tree


# -- evaluation -------------------------------------------------------------------


def evaluate(tree: dict, frame):
    """Boolean numpy array over the rows of ``frame``: which rows match ``tree``."""
    import numpy as np

    if "and" in tree or "or" in tree:
        masks = [evaluate(child, frame) for child in tree["and" if "and" in tree else "or"]]
        return np.logical_and.reduce(masks) if "and" in tree else np.logical_or.reduce(masks)
    if "not" in tree:
        return ~evaluate(tree["not"], frame)
    return _compare(tree, frame)


def _column(frame, field: str):
    import pandas as pd

    if field not in frame.columns:
        raise ExpressionError("no_field", field)
    col = frame[field]
    if pd.api.types.is_bool_dtype(col) or pd.api.types.is_numeric_dtype(col):
        return col, True
    return col, False


def _operand(col, numeric: bool, value: Any):
    """(column, value) made comparable: numbers against numbers, text against text."""
    import pandas as pd

    if isinstance(value, bool):
        return col, value
    if isinstance(value, int | float):
        return (col if numeric else pd.to_numeric(col, errors="coerce")), value
    if numeric:
        try:
            return col, float(value)
        except ValueError:
            raise ExpressionError("not_number", repr(value)) from None
    return col.astype("string"), value


def _compare(node: dict, frame):
    import numpy as np

    col, numeric = _column(frame, node["field"])
    op = node["op"]
    present = col.notna().to_numpy()
    if op in _UNARY_OPS:
        return present if op == "not null" else ~present
    if op in ("in", "not in"):
        hits = np.zeros(len(col), dtype=bool)
        for value in node["values"]:
            c, v = _operand(col, numeric, value)
            hits |= (c == v).fillna(False).to_numpy(dtype=bool)
        return hits if op == "in" else ~hits & present
    if op == "between":
        (c, low), (_, high) = _operand(col, numeric, node["values"][0]), _operand(col, numeric, node["values"][1])
        return ((c >= low) & (c <= high)).fillna(False).to_numpy(dtype=bool)
    if op == "contains":
        text = col.astype("string")
        return text.str.contains(node["value"], regex=False).fillna(False).to_numpy(dtype=bool)
    c, v = _operand(col, numeric, node["value"])
    result = {"=": c == v, "!=": c != v, "<": c < v, "<=": c <= v, ">": c > v, ">=": c >= v}[op]
    return result.fillna(False).to_numpy(dtype=bool) & present


# -- text ------------------------------------------------------------------------


def _value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _field_text(field: str) -> str:
    plain = re.fullmatch(r"[^\W\d][\w.]*", field) and field.lower() not in _KEYWORDS
    return field if plain else '"' + field.replace('"', '""') + '"'


def value_text(value: Any) -> str:
    """``value`` (text, number, true/false) as the expression language writes it: ``'games'``, ``1000``."""
    return _value_text(value)


def field_text(field: str) -> str:
    """A field name as the expression language writes it (quoted when it must be: ``"营业收入(万元)"``)."""
    return _field_text(field)


def to_text(tree: dict, _inner: bool = False) -> str:
    """The canonical text of ``tree`` (parses back to the same tree)."""
    for word in ("and", "or"):
        if word in tree:
            text = f" {word.upper()} ".join(to_text(child, True) for child in tree[word])
            return f"({text})" if _inner else text
    if "not" in tree:
        return "NOT " + to_text(tree["not"], True)
    field, op = _field_text(tree["field"]), tree["op"]
    if op in _UNARY_OPS:
        return f"{field} IS {'NOT NULL' if op == 'not null' else 'NULL'}"
    if op == "between":
        low, high = (_value_text(v) for v in tree["values"])
        return f"{field} BETWEEN {low} AND {high}"
    if op in ("in", "not in"):
        return f"{field} {op.upper()} ({', '.join(_value_text(v) for v in tree['values'])})"
    return f"{field} {op.upper()} {_value_text(tree['value'])}"
