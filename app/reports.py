"""Output formats of the CLI: compiler-style text, SARIF 2.1.0, and the outline as text or JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app import __version__
from app.findings import Finding, edit_json
from app.model import Document
from app.outline.types import Heading

if TYPE_CHECKING:
    from app.engine import Analysis

_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def text_report(results: list[tuple[str, list[Finding]]]) -> str:
    """`file:line:col: severity: rule: message` lines, like a compiler, and a summary; a finding
    in a header, a note or a text box is `file[脚注 3]:line:col: …`, lines counted in that part."""
    lines = []
    total = 0
    for path, findings in results:
        for f in findings:
            note = "（已忽略）" if f.ignored else ""
            where = path if f.part is None else f"{path}[{f.part}]"  # a header, a note …
            lines.append(f"{where}:{f.line}:{f.column}: {f.severity.value}: {f.rule}: "
                         f"{f.message}{note}")
        total += len(findings)
    if results:
        lines.append(f"{total} 个问题，{len(results)} 个文件")
    return "\n".join(lines) + ("\n" if lines else "")


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, Any]:
    return {"startLine": line, "startColumn": column, "endLine": end_line,
            "endColumn": end_column}


def sarif_report(results: list[tuple[str, list[Finding]]]) -> dict[str, Any]:
    """SARIF 2.1.0 with one run; columns counted in Unicode code points (declared)."""
    from app.rules import ALL_RULES

    rules = [{"id": r.id, "name": r.id.replace("/", "-"), "shortDescription": {"text": r.name},
              "fullDescription": {"text": f"{r.name}（依据：{r.norm}）"},
              "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity.value]},
              "properties": {"norm": r.norm}} for r in ALL_RULES.values()]
    index = {r["id"]: i for i, r in enumerate(rules)}
    out: list[dict[str, Any]] = []
    for path, findings in results:
        printed: set[int] = set()  # a fix shared by a numbering group is given once
        for f in findings:
            loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": path},
                                        "region": _region(f.line, f.column, f.line,
                                                          f.end_column)}}
            if f.part is not None:  # lines of a header, a note …, not of the body
                loc["logicalLocations"] = [{"name": f.part, "kind": "module"}]
            result: dict[str, Any] = {"ruleId": f.rule, "ruleIndex": index.get(f.rule, -1),
                      "level": _SARIF_LEVEL[f.severity.value], "message": {"text": f.message},
                      "locations": [loc]}
            if f.ignored:  # --no-ignores: shown, marked as the document's own suppression
                result["suppressions"] = [{"kind": "external",
                                           "justification": "ignored in this document"}]
            if f.fix is not None and id(f.fix) not in printed:
                printed.add(id(f.fix))
                reps = []
                for e in f.fix.edits:
                    j = edit_json(e)
                    reps.append({"deletedRegion": _region(j["line"], j["column"], j["end_line"],
                                                          j["end_column"]),
                                 "insertedContent": {"text": e.replacement}})
                result["fixes"] = [{"description": {"text": f.fix.description},
                                    "artifactChanges": [{"artifactLocation": {"uri": path},
                                                         "replacements": reps}]}]
            out.append(result)
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "ReportDesk", "version": __version__,
                                          "rules": rules}},
                      "columnKind": "unicodeCodePoints", "results": out}]}


def _node(h: Heading, doc: Document) -> dict[str, Any]:
    return {"line": h.index + 1, "level": h.level, "marker": h.marker.text.strip(),
            "number": h.number, "title": h.title,
            "children": [_node(c, doc) for c in h.children]}


def outline_json(path: str, analysis: Analysis, doc: Document) -> dict[str, Any]:
    return {"path": path, "outline": [_node(h, doc) for h in analysis.outline]}


def outline_text(analysis: Analysis, doc: Document) -> str:
    """An indented tree: `  （一）坚持党组核心作用  [19]`."""
    lines: list[str] = []

    def walk(hs: list[Heading], depth: int) -> None:
        for h in hs:
            lines.append(f"{'  ' * depth}{h.marker.text.strip()}{h.title}  [{h.index + 1}]")
            walk(h.children, depth + 1)

    title: list[int] = []
    for i, r in enumerate([*analysis.roles, None]):
        if r is not None and r.value == "title" and (not title or title[-1] == i - 1):
            title.append(i)
        elif title:
            text = "".join(doc.paragraphs[k].text.strip() for k in title)
            lines.append(f"《{text}》  [{title[0] + 1}]")
            title = []
    walk(analysis.outline, 0)
    return "\n".join(lines) + ("\n" if lines else "")
