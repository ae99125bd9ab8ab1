"""A .docx paragraph's and table's file look (:class:`ParaLook`, :class:`TableLook`) ⇄ JSON, for
the recovery files (:mod:`app.storage.serialize`): a recovered Word document is shown as its file
looks, as it was before the crash.

A look is only ever drawn, never saved into a document, so an unreadable one is dropped (the
paragraph then shows the house look) instead of failing the whole recovery.
"""

from __future__ import annotations

from dataclasses import astuple, fields
from typing import Any

from app.model import Border, ParaLook, RunLook, TableLook

_LAYOUT = [f.name for f in fields(ParaLook) if f.name not in ("runs", "text")]
_RUN = [f.name for f in fields(RunLook)]


def para_look_to_json(look: ParaLook | None, text: str) -> dict[str, Any] | None:
    """``look`` of a paragraph whose text is ``text`` now (the look's own text is written only
    when it differs: then its runs no longer fit, see ParaLook)."""
    if look is None:
        return None
    out: dict[str, Any] = {name: getattr(look, name) for name in _LAYOUT}
    out["runs"] = [[a, b, list(astuple(run))] for a, b, run in look.runs]
    if look.text != text:
        out["text"] = look.text
    return out


def para_look_from_json(raw: Any, text: str) -> ParaLook | None:
    if not isinstance(raw, dict):
        return None
    try:
        runs = tuple(
            (int(a), int(b), RunLook(**dict(zip(_RUN, values, strict=True))))
            for a, b, values in raw.get("runs", [])
        )
        layout = {name: raw[name] for name in _LAYOUT if name in raw}
        look_text = raw.get("text", text)
        if not isinstance(look_text, str):
            return None
        return ParaLook(**layout, runs=runs, text=look_text)
    except (TypeError, ValueError, KeyError):
        return None


def table_look_to_json(look: TableLook | None) -> dict[str, Any] | None:
    if look is None:
        return None
    return {
        "cells": [
            [row, col, [None if b is None else [b.width_pt, b.color] for b in sides]]
            for (row, col), sides in look.cells.items()
        ],
        "shading": [[row, col, fill] for (row, col), fill in look.shading.items()],
        "widths": list(look.col_widths_pt),
    }


def table_look_from_json(raw: Any) -> TableLook | None:
    if not isinstance(raw, dict):
        return None
    try:
        out = TableLook()
        for row, col, sides in raw.get("cells", []):
            out.cells[(int(row), int(col))] = tuple(
                None if s is None else Border(float(s[0]), s[1]) for s in sides
            )
        for row, col, fill in raw.get("shading", []):
            out.shading[(int(row), int(col))] = str(fill)
        out.col_widths_pt = tuple(float(w) for w in raw.get("widths", []))
        return out
    except (TypeError, ValueError, IndexError):
        return None
