"""Findings and fixes: what the rules report and how a mechanical correction is expressed.

A fix is data: a list of edits, each replacing [start, end) of one paragraph with new text.
Renumbering a whole group of headings is one fix with one edit per heading. Applying fixes never
touches anything outside the ranges they name (see :mod:`app.fixes`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# Each severity's place in the sort (errors first), by value: a Severity (a StrEnum) is hashed and
# compared as its value, so ``SEVERITY_RANK[f.severity]`` is one dict look-up — sort keys over
# ~3,500 findings a run use it instead of the ``rank`` property (a Python call each).
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


class Severity(StrEnum):
    ERROR = "error"  # the text is wrong: duplicate numbers, misused words, placeholders
    WARNING = "warning"  # very likely wrong or against the norm, needs a look
    INFO = "info"  # accepted practice that a careful reviewer may still want to see

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self]


@dataclass(frozen=True)
class Edit:
    """Replace [start, end) of paragraph ``index`` (0-based, code points) with ``replacement``.

    With ``end_index`` the range runs from (index, start) to (end_index, end) across paragraph
    breaks; replacing it with "" deletes whole paragraphs.
    """

    index: int
    start: int
    end: int
    replacement: str
    end_index: int | None = None

    @property
    def last_index(self) -> int:
        return self.index if self.end_index is None else self.end_index


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    description: str  # Chinese, e.g. "改为“四、”"


@dataclass
class Finding:
    """One problem at [start, end) of paragraph ``index`` (0-based; users see index + 1)."""

    rule: str
    severity: Severity
    message: str  # Chinese: what is wrong and what is right
    index: int
    start: int
    end: int
    norm: str = ""  # the rule's basis, e.g. "GB/T 15834-2011 附录B.3.2"
    fix: Fix | None = None
    paragraph_id: int | None = None  # filled by the engine so views can follow edits
    related: list[int] = field(default_factory=list)  # other paragraph indexes involved
    ignored: bool = False  # the document's ignore list matches it (app.ignores); still shown
    # a header, footer, note or text box the finding is in ("脚注 3", app.side_checks): index
    # counts that part's paragraphs; None for the body
    part: str | None = None

    @property
    def line(self) -> int:
        return self.index + 1

    @property
    def column(self) -> int:
        return self.start + 1

    @property
    def end_column(self) -> int:
        return self.end + 1

    def to_json(self, seen_fixes: dict[int, int] | None = None) -> dict[str, Any]:
        """The CLI's JSON shape: 1-based lines and columns, end column exclusive.

        Findings of one numbering group share one fix. With ``seen_fixes`` (fix id → line of
        the finding that printed it) a shared fix is printed in full once; later findings give
        their own edit and ``same_fix_as_line`` instead of repeating thousands of edits.
        """
        fix: dict[str, Any] | None = None
        if self.fix is not None:
            edits = self.fix.edits
            own = next((e for e in edits if e.index == self.index), edits[0])
            fix = {**edit_json(own), "description": self.fix.description}
            first_line = seen_fixes.get(id(self.fix)) if seen_fixes is not None else None
            if first_line is None:
                fix["edits"] = [edit_json(e) for e in edits]
                if seen_fixes is not None:
                    seen_fixes[id(self.fix)] = self.line
            else:
                fix["same_fix_as_line"] = first_line
        out = {"rule": self.rule, "severity": self.severity.value, "line": self.line,
               "column": self.column, "end_line": self.line, "end_column": self.end_column,
               "message": self.message, "norm": self.norm, "fix": fix}
        if self.ignored:
            out["ignored"] = True
        if self.part is not None:
            out["part"] = self.part
        return out


def edit_json(e: Edit) -> dict[str, Any]:
    return {"line": e.index + 1, "column": e.start + 1, "end_line": e.last_index + 1,
            "end_column": e.end + 1, "replacement": e.replacement}
