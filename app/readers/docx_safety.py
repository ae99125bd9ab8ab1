"""Opening a .docx without trusting it: zip limits, format sniffing, safe XML parsing.

Everything here runs BEFORE any XML of the document is parsed. A .docx is a zip archive; python-docx
(and a naive reader) inflates every part into memory, so a 345 KB zip bomb costs 2.27 GB and 9 s
(docs/REFERENCE.md §3). We look at the sizes the zip *declares* in its central directory and refuse
anything too big; :mod:`zipfile` then enforces those declared sizes while inflating (it stops after
``file_size`` bytes and checks the CRC), so a part cannot grow beyond what it declared.

No compression-ratio limit: real .docx files compress 54:1 (repeated XML markup), a ratio limit
would refuse genuine documents and add nothing once absolute sizes are capped.

Every failure becomes :class:`~app.errors.ReadError` with a one-line Chinese message.
"""

from __future__ import annotations

import os
import posixpath
import stat
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from app.errors import ReadError
from app.i18n import tr

# --- limits (declared, uncompressed sizes from the zip's central directory) -----------------------
# A 4,600-paragraph government report is ~3 MB of document.xml; a report with photos is tens of MB,
# almost all of it images we never read. 100 MB for one part leaves room for a huge embedded image
# while keeping the XML we DO parse bounded (lxml needs ~5-10× the XML size in memory).
MAX_PART_SIZE = 100 * 1024 * 1024
# The sum of all parts: bounds what a hostile file can make us inflate at most, even part by part.
MAX_TOTAL_SIZE = 200 * 1024 * 1024
# A normal .docx has 10–40 entries; an image-heavy one a few hundred. 10,000 entries only happen in
# hostile files (millions of tiny entries make the central directory itself a memory bomb).
MAX_ENTRIES = 10_000
# The file on disk: a zip cannot be larger than what it inflates to plus overhead, so a file larger
# than the total limit is refused before even reading its central directory.
MAX_FILE_SIZE = MAX_TOTAL_SIZE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# ISO 29500 Strict uses other namespace URIs for the same vocabulary; we map them onto the
# Transitional ones before parsing (the URIs only occur in xmlns declarations).
_STRICT_TO_TRANSITIONAL = [
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PKG_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def fail(path: str, reason: str) -> ReadError:
    """The one-line error for ``path``: "无法打开 X：reason" ("Cannot open X: reason")."""
    name = os.path.basename(path) or path
    reason = " ".join(str(reason).split())  # one line, whatever the reason contained
    return ReadError(tr(f"无法打开 {name}：{reason}", f"Cannot open {name}: {reason}"))


def safe_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, loads DTDs or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,  # keeps libxml2's limits: depth 256, 10 MB text nodes, amplification
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )


_PARSER = safe_parser()


def parse_xml(data: bytes, path: str, part: str) -> etree._Element:
    """Parse one part. DOCTYPE is refused: Word never writes one, hostile files (XXE, billion
    laughs) need one. The entities are not expanded either way; refusing says so to the user."""
    for old, new in _STRICT_TO_TRANSITIONAL:
        if old in data:
            data = data.replace(old, new)
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E" in head:
        raise fail(path, _dtd(part))
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        if "depth" in str(e).lower():
            reason = tr(f"文件结构嵌套过深（{part}），可能是恶意文件",
                        f"nested too deeply ({part}), possibly a malicious file")
            raise fail(path, reason) from None
        raise fail(path, tr(f"文件已损坏（{part} 不是有效的 XML）",
                              f"the file is damaged ({part} is not valid XML)")) from None
    if root is None:
        raise fail(path, tr(f"文件已损坏（{part} 为空）", f"the file is damaged ({part} is empty)"))
    if root.getroottree().docinfo.doctype:  # a DOCTYPE after a long prolog: still refused
        raise fail(path, _dtd(part))
    return root


def _dtd(part: str) -> str:
    return tr(f"文件含有不允许的 DTD/实体声明（{part}），可能是恶意文件",
              f"the file has a DTD/entity declaration ({part}), which is refused: possibly"
              " a malicious file")


@dataclass
class Package:
    """An opened, size-checked .docx: part names, relationships, the main document part."""

    path: str
    infos: list[zipfile.ZipInfo]  # every zip entry, in the archive's order
    data: dict[str, bytes]  # name in the zip → its bytes, all read at open (one version)
    names: dict[str, str]  # lower-case part name (no leading "/") → name in the zip
    main: str = "word/document.xml"
    _rels: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def has(self, part: str) -> bool:
        return part.lower() in self.names

    def read(self, part: str) -> bytes:
        return self.data[self.names[part.lower()]]

    def xml(self, part: str) -> etree._Element:
        return parse_xml(self.read(part), self.path, part)

    def rels(self, source: str) -> list[tuple[str, str, str]]:
        """(type, target part, target mode) of ``source``'s relationships; external targets are
        listed with mode "External" and their target left as written (never fetched)."""
        if source in self._rels:
            return self._rels[source]
        folder, base = posixpath.split(source)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        out: list[tuple[str, str, str]] = []
        if self.has(rels_part):
            root = self.xml(rels_part)
            for rel in root.iter(f"{_PKG_RELS_NS}Relationship"):
                rtype = rel.get("Type") or ""
                target = rel.get("Target") or ""
                mode = rel.get("TargetMode") or "Internal"
                if mode == "Internal":
                    target = _resolve(folder, target)
                out.append((rtype, target, mode))
        self._rels[source] = out
        return out

    def related(self, source: str, type_suffix: str) -> str | None:
        """The first internal part related to ``source`` whose type ends with ``type_suffix``
        (suffix matching covers both Transitional and Strict relationship URIs)."""
        for rtype, target, mode in self.rels(source):
            if mode == "Internal" and rtype.endswith(type_suffix) and self.has(target):
                return target
        return None

    def close(self) -> None:
        """Nothing to release: the archive was read whole and closed at open."""


def _resolve(folder: str, target: str) -> str:
    target = target.split("#", 1)[0]
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def _sniff(path: str, head: bytes) -> None:
    """Refuse what is recognisably not a .docx, with a message that says what it is."""
    if not head:
        raise fail(path, tr("文件为空", "the file is empty"))
    if head.startswith(_OLE_MAGIC[:4]):
        raise fail(path, tr("这是加密或旧版 Word 文件（.doc），请在 Word 中另存为未加密的 .docx",
                             "an encrypted or old Word file (.doc): save it in Word as an"
                             " unencrypted .docx"))
    if head.startswith(b"{\\rtf"):
        raise fail(path, tr("这是 RTF 文件，不是 Word 文档（请另存为 .docx）",
                             "an RTF file, not a Word document (save it as .docx)"))
    if head.startswith(b"%PDF"):
        raise fail(path, tr("这是 PDF 文件，不是 Word 文档", "a PDF file, not a Word document"))
    if not head.startswith(b"PK"):
        raise fail(path, tr("文件已损坏（不是有效的 Word 文档）",
                             "the file is damaged (not a valid Word document)"))


def open_package(path: str) -> Package:
    """Open ``path`` as a .docx and check it; raises ReadError for anything unacceptable."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block open(), a device never ends
            raise fail(path, tr("这不是普通文件（设备或管道）",
                                 "not a regular file (a device or a pipe)"))
        size = st.st_size
        with open(path, "rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise fail(path, tr("文件不存在", "the file does not exist")) from None
    except IsADirectoryError:
        raise fail(path, tr("这是一个文件夹，不是文件", "a folder, not a file")) from None
    except PermissionError:
        raise fail(path, tr("没有读取权限", "no permission to read it")) from None
    except OSError as e:
        why = e.strerror or e
        raise fail(path, tr(f"读取失败（{why}）", f"read failed ({why})")) from None
    _sniff(path, head)
    if size > MAX_FILE_SIZE:
        mb, top = size // (1024 * 1024), MAX_FILE_SIZE >> 20
        raise fail(path, tr(f"文件过大（{mb} MB，上限 {top} MB）",
                            f"too large ({mb} MB, limit {top} MB)"))
    if path.lower().endswith((".docm", ".dotm")):
        raise fail(path, _macro_file())
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise fail(path, tr("文件已损坏（不是有效的 Word 文档，可能下载不完整）",
                             "the file is damaged (not a valid Word document; the download may be"
                             " incomplete)")) from None
    try:
        _check_entries(path, zf)
        infos = zf.infolist()
        # Every entry is read now, within the declared-size limits checked above: Save writes
        # back the bytes of this moment, and a change on disk later cannot mix two versions.
        data = {i.filename: zf.read(i) for i in infos if not i.is_dir()}
        names = {i.filename.lower().lstrip("/"): i.filename for i in infos if not i.is_dir()}
        pkg = Package(path=path, infos=infos, data=data, names=names)
        if not pkg.has("[Content_Types].xml"):
            raise fail(path, tr("文件已损坏（缺少 [Content_Types].xml，不是有效的 Word 文档）",
                                 "the file is damaged ([Content_Types].xml is missing; not a"
                                 " valid Word document)"))
        _check_content_types(pkg)
        main = next(
            (t for ty, t, m in pkg.rels("") if m == "Internal" and ty.endswith("/officeDocument")),
            None,
        )
        pkg.main = main if main and pkg.has(main) else "word/document.xml"
        if not pkg.has(pkg.main):
            raise fail(path, tr("文件已损坏（缺少 word/document.xml，不是有效的 Word 文档）",
                                 "the file is damaged (word/document.xml is missing; not a valid"
                                 " Word document)"))
        return pkg
    finally:
        zf.close()


def _check_entries(path: str, zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise fail(path, tr(f"文件包含 {len(infos)} 个部件（上限 {MAX_ENTRIES}），可能是恶意文件",
                             f"{len(infos)} parts in the file (limit {MAX_ENTRIES}), possibly a"
                             " malicious file"))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise fail(path, tr("这是加密的压缩包，不是普通 Word 文档",
                                 "an encrypted zip, not an ordinary Word document"))
        if info.file_size > MAX_PART_SIZE:
            mb = info.file_size // (1024 * 1024)
            raise fail(
                path, tr(f"文件内部件 {info.filename} 解压后达 {mb} MB，可能是压缩炸弹，拒绝打开",
                         f"part {info.filename} unpacks to {mb} MB: possibly a zip bomb,"
                         " refused")
            )
        total += info.file_size
        if total > MAX_TOTAL_SIZE:
            top = MAX_TOTAL_SIZE >> 20
            raise fail(path, tr(f"文件解压后超过 {top} MB，可能是压缩炸弹，拒绝打开",
                                f"unpacks to more than {top} MB: possibly a zip bomb, refused"))
        low = info.filename.lower()
        if low.endswith(("vbaproject.bin", "vbadata.xml")):
            raise fail(path, tr("文件含有宏（VBA），不予打开，请另存为不含宏的 .docx",
                                 "the file holds macros (VBA) and is not opened: save it as a"
                                 " .docx without macros"))


def _check_content_types(pkg: Package) -> None:
    root = pkg.xml("[Content_Types].xml")
    for el in root.iter(f"{_CT_NS}Default", f"{_CT_NS}Override"):
        ctype = (el.get("ContentType") or "").lower()
        if "macroenabled" in ctype or "vbaproject" in ctype:
            raise fail(pkg.path, _macro_file())


def _macro_file() -> str:
    return tr("启用宏的 Word 文件（.docm）不予打开，请另存为 .docx",
              "a macro-enabled Word file (.docm) is not opened: save it as .docx")
