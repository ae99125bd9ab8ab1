"""JSON text as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, faster.

Why: with ``indent`` the standard library encodes in Python (its C encoder serves compact
output only): a generator per level, a call per value. `reportdesk check --format json` of the
corpus ×3 (~400 findings, 317 kB: a renumbering fix lists every edit it makes) spent ~12 ms
there, on the critical path between the last finding and the exit; this writes it in ~5 ms.
A value is written by one recursive function appending to a list; strings go through the C
function the standard encoder uses for them (``json.encoder.encode_basestring``), integers
through ``int.__repr__`` as there.

Only the plain types are written here (dict with str keys, list, tuple, str, int, bool, None);
anything else (a float, a str or int subclass, a key of another type) hands the whole value to
``json.dumps``: the text is the same byte for byte either way (tests/app/test_json_text.py).
"""

from __future__ import annotations

from json.encoder import encode_basestring  # (the C function where the interpreter has it)
from typing import Any

_INDENT = "  "


class _Unplain(Exception):
    """A value this module does not write itself."""


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``."""
    out: list[str] = []
    try:
        _write(value, out, "\n")
    except (_Unplain, RecursionError):
        import json

        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


def _write(value: Any, out: list[str], newline: str) -> None:
    """Append ``value``'s text; ``newline`` is a line break and the indent of its level."""
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + _INDENT
        sep = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unplain
            out.append(sep + encode_basestring(key) + ": ")
            _write(item, out, inner)
            sep = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + _INDENT
        sep = "[" + inner
        for item in value:
            out.append(sep)
            _write(item, out, inner)
            sep = "," + inner
        out.append(newline + "]")
    else:
        raise _Unplain
