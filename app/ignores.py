"""Findings the reviewer chose to ignore, as in WPS 校对: 忽略, 全部忽略, 对本文档关闭此规则.

The list is data that travels with the document. A finding is matched by what it flags, not by
where: its rule, the flagged text and a few characters around it in its paragraph, so edits
elsewhere (new paragraphs above it, other changes in the same paragraph further away) keep the
ignore. 全部忽略 matches the rule and the flagged text anywhere in the document; a rule turned off
matches every finding of that rule. Ignored findings are marked (``Finding.ignored``), never
dropped by the engine: views show them behind a filter, the CLI hides them unless asked.

Storage: for .docx a custom XML part (:data:`NAMESPACE`, root :data:`ROOT`) written and read
through :meth:`IgnoreList.to_xml` / :meth:`IgnoreList.from_xml`; for .txt a file in the app data
folder keyed by the document's path (:func:`load_for_file` / :func:`save_for_file`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.findings import Finding

if TYPE_CHECKING:
    from app.model import Document

NAMESPACE = "urn:reportdesk:review-ignores:1"
ROOT = "ignores"
CONTEXT = 8  # characters of the paragraph kept on each side of the flagged text
STORE_FOLDER = "ignores"

_NOT_XML = "[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


@cache
def _not_xml() -> re.Pattern[str]:
    """Compiled on first use: a character class this wide takes ~7 ms to compile, which a
    `reportdesk check` of a file with no ignore list would pay for nothing."""
    return re.compile(_NOT_XML)


def _safe(text: str) -> str:
    """Text that XML 1.0 can carry (other characters become U+FFFD, on both sides of a match)."""
    return _not_xml().sub("\ufffd", text)


@dataclass(frozen=True)
class IgnoreKey:
    """One ignored finding: its rule, what it flags and the text right around it."""

    rule: str
    text: str
    before: str = ""
    after: str = ""


def key_for(finding: Finding, paragraph_text: str) -> IgnoreKey:
    """The key of ``finding`` in a paragraph whose text is ``paragraph_text``."""
    s, e = finding.start, finding.end
    return IgnoreKey(finding.rule, _safe(paragraph_text[s:e]),
                     _safe(paragraph_text[max(0, s - CONTEXT):s]),
                     _safe(paragraph_text[e:e + CONTEXT]))


def _same_place(now: IgnoreKey, kept: IgnoreKey) -> bool:
    """``now`` is where ``kept`` was: its context contains the kept context next to the text."""
    return now.before.endswith(kept.before) and now.after.startswith(kept.after)


@dataclass
class IgnoreList:
    """What the reviewer ignores in one document."""

    findings: set[IgnoreKey] = field(default_factory=set)  # 忽略
    everywhere: set[tuple[str, str]] = field(default_factory=set)  # 全部忽略: (rule, text)
    rules_off: set[str] = field(default_factory=set)  # 对本文档关闭此规则

    def __bool__(self) -> bool:
        return bool(self.findings or self.everywhere or self.rules_off)

    def ignore(self, finding: Finding, paragraph_text: str) -> IgnoreKey:
        key = key_for(finding, paragraph_text)
        self.findings.add(key)
        return key

    def ignore_everywhere(self, finding: Finding, paragraph_text: str) -> tuple[str, str]:
        entry = (finding.rule, _safe(paragraph_text[finding.start:finding.end]))
        self.everywhere.add(entry)
        return entry

    def turn_off(self, rule: str) -> None:
        self.rules_off.add(rule)

    def forget(self, finding: Finding, paragraph_text: str) -> bool:
        """Stop ignoring ``finding`` (whichever way it is ignored); True if anything changed."""
        before = (len(self.findings), len(self.everywhere), len(self.rules_off))
        now = key_for(finding, paragraph_text)
        self.findings -= {k for k in self.findings if k.rule == now.rule and k.text == now.text
                          and _same_place(now, k)}
        self.everywhere.discard((finding.rule, _safe(paragraph_text[finding.start:finding.end])))
        self.rules_off.discard(finding.rule)
        return before != (len(self.findings), len(self.everywhere), len(self.rules_off))

    def matches(self, finding: Finding, paragraph_text: str,
                index: dict[tuple[str, str], list[IgnoreKey]] | None = None) -> bool:
        """Does the list ignore ``finding``? The context kept with a key is what the paragraph
        had then; it was cut short only by the paragraph's own ends, so text added beyond those
        ends since then still matches."""
        if finding.rule in self.rules_off:
            return True
        if not (self.findings or self.everywhere):
            return False
        flagged = _safe(paragraph_text[finding.start:finding.end])
        if (finding.rule, flagged) in self.everywhere:
            return True
        candidates = (index if index is not None else self._index()).get((finding.rule, flagged))
        if not candidates:
            return False
        now = key_for(finding, paragraph_text)
        return any(_same_place(now, k) for k in candidates)

    def _index(self) -> dict[tuple[str, str], list[IgnoreKey]]:
        index: dict[tuple[str, str], list[IgnoreKey]] = {}
        for k in self.findings:
            index.setdefault((k.rule, k.text), []).append(k)
        return index

    def mark(self, findings: Iterable[Finding], texts: list[str]) -> None:
        """Set ``ignored`` on each finding this list matches (and clear it on the others)."""
        active = bool(self)
        index = self._index()
        for f in findings:
            f.ignored = active and self.matches(f, texts[f.index], index)

    def copy(self) -> IgnoreList:
        return IgnoreList(set(self.findings), set(self.everywhere), set(self.rules_off))

    # --- XML ---------------------------------------------------------------------------------

    def to_xml(self) -> bytes:
        """The list as a standalone XML document (UTF-8), e.g. for a .docx custom XML part."""
        from lxml import etree

        q = f"{{{NAMESPACE}}}"
        root = etree.Element(q + ROOT, nsmap={"rd": NAMESPACE})
        root.set("version", "1")
        for rule in sorted(self.rules_off):
            etree.SubElement(root, q + "rule", id=rule)
        for rule, text in sorted(self.everywhere):
            etree.SubElement(root, q + "everywhere", rule=rule, text=text)
        for k in sorted(self.findings, key=lambda k: (k.rule, k.text, k.before, k.after)):
            etree.SubElement(root, q + "finding", rule=k.rule, text=k.text, before=k.before,
                             after=k.after)
        data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                     standalone=True)
        return data

    @classmethod
    def from_xml(cls, data: bytes) -> IgnoreList:
        """Read :meth:`to_xml` output. Raises ValueError (Chinese message) on anything else."""
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                 load_dtd=False)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as err:
            raise ValueError(f"忽略列表无法读取：{err}") from None
        if root.tag != f"{{{NAMESPACE}}}{ROOT}":
            raise ValueError("忽略列表无法读取：不是 ReportDesk 的忽略列表")
        out = cls()
        q = f"{{{NAMESPACE}}}"
        for el in root:
            rule = el.get("rule") or el.get("id") or ""
            if not rule:
                continue
            if el.tag == q + "rule":
                out.rules_off.add(rule)
            elif el.tag == q + "everywhere":
                out.everywhere.add((rule, el.get("text", "")))
            elif el.tag == q + "finding":
                out.findings.add(IgnoreKey(rule, el.get("text", ""), el.get("before", ""),
                                           el.get("after", "")))
        return out


# --- .txt documents: the app data folder ------------------------------------------------------

def store_path(document_path: str | os.PathLike[str],
               data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the ignore list of a text file is kept (the folder is created when missing)."""
    from app.storage.paths import data_subdir, path_key

    return data_subdir(STORE_FOLDER, data_dir) / f"{path_key(document_path)}.xml"


def load_for_file(document_path: str | os.PathLike[str],
                  data_dir: str | os.PathLike[str] | None = None) -> IgnoreList:
    """The stored list for a text file; an empty list when there is none or it is unreadable
    (an ignore list never stops a document from opening)."""
    try:
        data = store_path(document_path, data_dir).read_bytes()
    except OSError:
        return IgnoreList()
    try:
        return IgnoreList.from_xml(data)
    except ValueError:
        return IgnoreList()


def attach_stored(doc: Document, path: str | os.PathLike[str] | None = None) -> None:
    """Give a text document just read its stored ignore list (a .docx carries its own)."""
    where = path if path is not None else doc.path
    if doc.source_format == "txt" and where and not doc.ignores:
        doc.ignores = load_for_file(where)


def store_for(doc: Document) -> bool:
    """Keep a text document's list in the data folder; False for other documents (a .docx
    writes its list into the file when saved). Raises WriteError when it cannot."""
    if doc.source_format != "txt" or not doc.path:
        return False
    save_for_file(doc.path, doc.ignores)
    return True


def save_for_file(document_path: str | os.PathLike[str], ignores: IgnoreList,
                  data_dir: str | os.PathLike[str] | None = None) -> None:
    """Store the list of a text file atomically (an empty list removes the stored file).

    Raises :class:`app.errors.WriteError` with a one-line Chinese message when it cannot.
    """
    from app.errors import WriteError
    from app.storage.atomic import atomic_write

    try:
        target = store_path(document_path, data_dir)
        if not ignores:
            target.unlink(missing_ok=True)
            return
    except OSError as err:
        raise WriteError(f"无法更新忽略列表：{err.strerror or err}") from None
    data = ignores.to_xml()
    atomic_write(target, lambda tmp: Path(tmp).write_bytes(data), backup=False,
                 fingerprint=False, data_dir=data_dir)
