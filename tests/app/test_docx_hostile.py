"""Hostile and broken .docx files: each one either reads or raises ReadError with a one-line
message, quickly and with modest memory (tracemalloc peak < 300 MB, max RSS growth < 300 MB).

tracemalloc sees Python allocations (what zipfile inflates, our objects); libxml2 allocates with C
malloc, which only the RSS high-water mark shows, so both are checked.
"""

from __future__ import annotations

import http.server
import os
import random
import resource
import struct
import threading
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from app.errors import ReadError
from app.readers.docx import read_docx
from app.readers.docx_safety import MAX_ENTRIES, MAX_PART_SIZE, MAX_TOTAL_SIZE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_CT = "application/vnd.ms-word.document.macroEnabled.main+xml"

MB = 1024 * 1024
MEMORY_LIMIT = 300 * MB


def content_types(main_ct: str = DOC_CT, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/>{extra}</Types>'
    ).encode()


PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
).encode()


def document(body: str, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def zip_package(path: Path, parts: dict[str, bytes], *, skip: tuple[str, ...] = ()) -> Path:
    """A minimal package: content types, package rels, the given parts."""
    base = {"[Content_Types].xml": content_types(), "_rels/.rels": PACKAGE_RELS}
    base.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in base.items():
            if name not in skip:
                z.writestr(name, data)
    return path


def simple_docx(path: Path, body: str = para("正文")) -> Path:
    return zip_package(path, {"word/document.xml": document(body)})


def _read(path: Path):
    try:
        return read_docx(path)
    except ReadError as e:
        return e


def attempt(path: Path):
    """read_docx, then again under tracemalloc (memory is the limit asserted here; the time
    these inputs take is measured in bench/bench_hostile.py); returns the Document or the
    ReadError."""
    result = _read(path)
    del result
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    tracemalloc.start()
    try:
        result = _read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before
    assert peak < MEMORY_LIMIT, f"tracemalloc peak {peak / MB:.0f} MB"
    assert rss_growth < MEMORY_LIMIT, f"RSS grew {rss_growth / MB:.0f} MB"
    if isinstance(result, ReadError):
        msg = str(result)
        assert msg.startswith(f"无法打开 {path.name}："), msg
        assert "\n" not in msg and "Traceback" not in msg and len(msg) < 200, msg
    return result


def refused(path: Path, *words: str) -> str:
    result = attempt(path)
    assert isinstance(result, ReadError), f"expected ReadError, read {result!r}"
    msg = str(result)
    for w in words:
        assert w in msg, msg
    return msg


# --- a real zip bomb, built fast ----------------------------------------------------------------


def _local_header(name: bytes, crc: int, csize: int, usize: int, method: int) -> bytes:
    return struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0
    )


def _central_header(name: bytes, crc: int, csize: int, usize: int, method: int, off: int) -> bytes:
    return struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50, 20, 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0, 0, 0, 0, 0, off,
    )  # fmt: skip


def raw_zip(path: Path, entries: list[tuple[str, int, bytes, int, int]]) -> Path:
    """Write a zip from (name, method, compressed data, crc, uncompressed size) as given,
    declared sizes included: lets a test build bombs and liars without inflating anything."""
    out = bytearray()
    central = bytearray()
    for name, method, data, crc, usize in entries:
        bname = name.encode()
        off = len(out)
        out += _local_header(bname, crc, len(data), usize, method) + bname + data
        central += _central_header(bname, crc, len(data), usize, method, off) + bname
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                      len(out), 0)  # fmt: skip
    path.write_bytes(bytes(out + central + end))
    return path


def stored(name: str, data: bytes) -> tuple[str, int, bytes, int, int]:
    return (name, 0, data, zlib.crc32(data), len(data))


def deflated(name: str, data: bytes) -> tuple[str, int, bytes, int, int]:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return (name, 8, c.compress(data) + c.flush(), zlib.crc32(data), len(data))


def zeros_bomb_entry(name: str, size_mb: int) -> tuple[str, int, bytes, int, int]:
    """A genuine deflate stream of ``size_mb`` MB of zeros (≈1 KB per MB), with its true CRC."""
    chunk = bytes(MB)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)  # byte-aligned, history reset
    data = block * size_mb + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    for _ in range(size_mb):
        crc = zlib.crc32(chunk, crc)
    return (name, 8, data, crc, size_mb * MB)


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    return raw_zip(
        path,
        [
            stored("[Content_Types].xml", content_types()),
            stored("_rels/.rels", PACKAGE_RELS),
            zeros_bomb_entry("word/document.xml", 1024),
        ],
    )


def test_the_bomb_is_real(bomb):
    assert bomb.stat().st_size < 2 * MB
    with zipfile.ZipFile(bomb) as z:
        info = z.getinfo("word/document.xml")
        assert info.file_size == 1024 * MB
        with z.open(info) as f:  # a naive reader would inflate all of it
            assert f.read(4 * MB) == bytes(4 * MB)


def test_zip_bomb_refused_from_declared_size(bomb):
    refused(bomb, "压缩炸弹")


def test_many_parts_sum_over_total_limit(tmp_path):
    per_part = MAX_PART_SIZE // MB  # each part alone is allowed, together they are not
    n = MAX_TOTAL_SIZE // (per_part * MB) + 1
    entries = [stored("[Content_Types].xml", content_types()), stored("_rels/.rels", PACKAGE_RELS),
               deflated("word/document.xml", document(para("x")))]  # fmt: skip
    entries += [zeros_bomb_entry(f"word/media/z{i}.bin", per_part) for i in range(n)]
    refused(raw_zip(tmp_path / "sum.docx", entries), "压缩炸弹")


def test_part_that_lies_about_its_size_is_cut_off(tmp_path):
    """Declared 1 KB, really 64 MB: zipfile inflates only the declared size, the CRC fails."""
    name, method, data, _crc, _size = zeros_bomb_entry("word/document.xml", 64)
    path = raw_zip(
        tmp_path / "liar.docx",
        [stored("[Content_Types].xml", content_types()), stored("_rels/.rels", PACKAGE_RELS),
         (name, method, data, 0, 1024)],
    )  # fmt: skip
    refused(path, "损坏")


def test_too_many_entries(tmp_path):
    entries = [stored("[Content_Types].xml", content_types()), stored("_rels/.rels", PACKAGE_RELS),
               stored("word/document.xml", document(para("x")))]  # fmt: skip
    entries += [stored(f"junk/{i}.xml", b"") for i in range(MAX_ENTRIES)]
    refused(raw_zip(tmp_path / "many.docx", entries), "部件")


def test_unsupported_compression_method(tmp_path):
    data = document(para("x"))
    path = raw_zip(
        tmp_path / "deflate64.docx",
        [stored("[Content_Types].xml", content_types()), stored("_rels/.rels", PACKAGE_RELS),
         ("word/document.xml", 9, data, zlib.crc32(data), len(data))],
    )  # fmt: skip
    refused(path)


# --- not a docx at all --------------------------------------------------------------------------


def test_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    refused(path, "文件为空")


def test_random_bytes(tmp_path):
    path = tmp_path / "random.docx"
    path.write_bytes(b"\x00\x17" + random.Random(20261202).randbytes(100_000))
    refused(path, "不是有效的 Word 文档")


def test_random_bytes_after_zip_magic(tmp_path):
    path = tmp_path / "pk.docx"
    path.write_bytes(b"PK\x03\x04" + random.Random(20261202).randbytes(100_000))
    refused(path, "损坏")


def test_renamed_text_file(tmp_path):
    path = tmp_path / "report.docx"
    path.write_text("市信访局2020年上半年党建工作总结\n一、坚持党要管党\n", encoding="utf-8")
    refused(path, "不是有效的 Word 文档")


@pytest.mark.parametrize(
    ("head", "words"),
    [(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), ("加密或旧版",)),
     (b"{\\rtf1\\ansi hello}", ("RTF",)), (b"%PDF-1.7\n", ("PDF",))],
)  # fmt: skip
def test_other_formats_named(tmp_path, head, words):
    path = tmp_path / "other.docx"
    path.write_bytes(head)
    refused(path, *words)


def test_excel_file_renamed(tmp_path):
    rels = PACKAGE_RELS.replace(b"word/document.xml", b"xl/workbook.xml")
    ct = content_types().replace(b"/word/document.xml", b"/xl/workbook.xml")
    path = tmp_path / "book.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", b'<workbook xmlns="urn:x"/>')
        z.writestr("word/document.xml", document(para("诱饵")))  # main part is the workbook
    refused(path, "Excel")


def test_truncated_docx(tmp_path):
    whole = simple_docx(tmp_path / "whole.docx", para("完整的文件") * 200).read_bytes()
    for cut in (len(whole) // 2, len(whole) - 10, 30):
        path = tmp_path / f"cut{cut}.docx"
        path.write_bytes(whole[:cut])
        refused(path, "损坏")


def test_corrupted_deflate_data(tmp_path):
    data = bytearray(simple_docx(tmp_path / "ok.docx", para("内容") * 500).read_bytes())
    with zipfile.ZipFile(tmp_path / "ok.docx") as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + 20
    data[start : start + 40] = random.Random(40).randbytes(40)
    path = tmp_path / "flipped.docx"
    path.write_bytes(bytes(data))
    refused(path, "损坏")


def test_missing_document_xml(tmp_path):
    path = zip_package(tmp_path / "nodoc.docx", {"word/styles.xml": b"<x/>"})
    refused(path, "document.xml")


def test_missing_content_types(tmp_path):
    path = zip_package(
        tmp_path / "noct.docx",
        {"word/document.xml": document(para("x"))},
        skip=("[Content_Types].xml",),
    )
    refused(path, "[Content_Types].xml")


def test_missing_file_and_directory(tmp_path):
    refused(tmp_path / "nowhere.docx", "不存在")
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    refused(folder, "文件夹")


def test_fifo_and_device_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    refused(fifo, "不是普通文件")
    refused(Path("/dev/zero"), "不是普通文件")


def test_not_well_formed_xml(tmp_path):
    path = zip_package(tmp_path / "bad.docx", {"word/document.xml": b"<w:document><w:body><w:p>"})
    refused(path, "XML")


def test_invalid_utf8(tmp_path):
    bad = document(para("坏")).replace("坏".encode(), b"\xff\xfe\xfa")
    refused(zip_package(tmp_path / "utf8.docx", {"word/document.xml": bad}), "损坏")


def test_encrypted_zip_entries(tmp_path):
    path = simple_docx(tmp_path / "enc.docx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
    cd = data.find(b"PK\x01\x02")  # set the "encrypted" flag in every central directory record
    while cd != -1:
        data[cd + 8] |= 1
        cd = data.find(b"PK\x01\x02", cd + 4)
    for info in infos:
        data[info.header_offset + 6] |= 1
    path.write_bytes(bytes(data))
    refused(path, "加密")


# --- macros -------------------------------------------------------------------------------------


def test_docm_content_type_refused(tmp_path):
    path = zip_package(
        tmp_path / "macro.docx",
        {
            "[Content_Types].xml": content_types(MACRO_CT),
            "word/document.xml": document(para("启用宏")),
        },
    )
    refused(path, "宏")


def test_vba_project_refused(tmp_path):
    path = zip_package(
        tmp_path / "vba.docx",
        {"word/document.xml": document(para("x")), "word/vbaProject.bin": b"\xd0\xcf\x11\xe0"},
    )
    refused(path, "宏")


def test_docm_extension_refused(tmp_path):
    refused(simple_docx(tmp_path / "x.docm"), "宏")


# --- XML attacks --------------------------------------------------------------------------------


@pytest.fixture
def listener():
    """A local HTTP server that records every request: nothing may ever reach it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "LEAKED">')

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    def stop() -> list[str]:
        """Stop the server and wait for every request it accepted (server_close joins the
        handler threads): then ``hits`` is complete, no sleep needed."""
        server.shutdown()
        server.server_close()
        return hits

    yield f"http://127.0.0.1:{server.server_address[1]}", stop
    stop()


def test_xxe_file_entity_refused(tmp_path):
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    parts = {"word/document.xml": document(para("&xxe;"), prolog)}
    path = zip_package(tmp_path / "xxe.docx", parts)
    msg = refused(path, "DTD")
    assert "root:" not in msg


def test_xxe_behind_a_long_prolog_refused(tmp_path):
    prolog = (
        "<!--"
        + "x" * 10_000
        + '--><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    )
    path = zip_package(
        tmp_path / "xxe2.docx", {"word/document.xml": document(para("&xxe;"), prolog)}
    )
    assert "root:" not in refused(path, "DTD")


def test_xxe_in_utf16_refused(tmp_path):
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{para("&xxe;")}</w:body></w:document>'
    ).encode("utf-16")
    refused(zip_package(tmp_path / "u16.docx", {"word/document.xml": xml}), "DTD")


def test_network_entities_and_external_dtd_never_fetched(tmp_path, listener):
    url, stop = listener
    for i, prolog in enumerate(
        [
            f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}/entity">]>',
            f'<!DOCTYPE w:document SYSTEM "{url}/dtd">',
            f'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "{url}/param"> %p;]>',
        ]
    ):
        path = zip_package(
            tmp_path / f"net{i}.docx", {"word/document.xml": document(para("&xxe;"), prolog)}
        )
        result = attempt(path)
        if not isinstance(result, ReadError):
            assert "LEAKED" not in result.plain_text()
    assert stop() == []


def test_billion_laughs_refused(tmp_path):
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    prolog = f"<!DOCTYPE w:document [{ents}]>"
    path = zip_package(
        tmp_path / "lol.docx", {"word/document.xml": document(para("&lol9;"), prolog)}
    )
    refused(path, "DTD")


def test_hostile_core_properties_only_cost_the_metadata(tmp_path):
    core = (
        b'<?xml version="1.0"?><!DOCTYPE cp [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&xxe;</dc:title>'
        b"</cp:coreProperties>"
    )
    path = zip_package(
        tmp_path / "core.docx",
        {"word/document.xml": document(para("正文")), "docProps/core.xml": core},
    )
    doc = attempt(path)
    assert doc.texts == ["正文"]
    assert doc.properties == {}


def test_hostile_styles_refused(tmp_path):
    styles = (
        '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<w:styles xmlns:w="{W_NS}"/>'
    ).encode()
    rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{R_NS}/styles" Target="styles.xml"/></Relationships>'
    ).encode()
    path = zip_package(
        tmp_path / "styles.docx",
        {"word/document.xml": document(para("x")), "word/styles.xml": styles,
         "word/_rels/document.xml.rels": rels},
    )  # fmt: skip
    refused(path, "DTD")


def test_external_relationships_are_ignored(tmp_path, listener):
    url, stop = listener
    rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId5" Type="{R_NS}/image" Target="{url}/img.png" '
        'TargetMode="External"/>'
        f'<Relationship Id="rId6" Type="{R_NS}/styles" Target="{url}/styles.xml" '
        'TargetMode="External"/>'
        f'<Relationship Id="rId7" Type="{R_NS}/comments" Target="../../../../etc/passwd"/>'
        "</Relationships>"
    ).encode()
    pkg_rels = PACKAGE_RELS.replace(
        b"</Relationships>",
        f'<Relationship Id="rId9" Type="{R_NS}/officeDocument" Target="{url}/doc.xml" '
        'TargetMode="External"/></Relationships>'.encode(),
    )
    drawing = (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/'
        '2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
        'drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
        'drawingml/2006/picture"><pic:blipFill><a:blip r:link="rId5"/></pic:blipFill></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t>图后</w:t></w:r></w:p>"
    )
    path = zip_package(
        tmp_path / "ext.docx",
        {"_rels/.rels": pkg_rels, "word/document.xml": document(para("正文") + drawing),
         "word/_rels/document.xml.rels": rels},
    )  # fmt: skip
    doc = attempt(path)
    # the linked picture is an object with a label, never fetched
    assert doc.texts == ["正文", "\ufffc图后"]
    [obj] = doc.paragraphs[1].objects
    assert (obj.kind, obj.image) == ("image", None)
    assert doc.comments == []
    assert stop() == []


# --- structure attacks --------------------------------------------------------------------------


def nested_tables(depth: int) -> str:
    return "<w:tbl><w:tr><w:tc>" * depth + para("最深处") + "</w:tc></w:tr></w:tbl>" * depth


def test_500_deep_nested_tables(tmp_path):
    path = zip_package(tmp_path / "deep.docx", {"word/document.xml": document(nested_tables(500))})
    result = attempt(path)
    if isinstance(result, ReadError):
        assert "嵌套过深" in str(result)
    else:
        assert result.texts == ["最深处"]


def test_moderately_nested_tables_read(tmp_path):
    path = zip_package(tmp_path / "deep.docx", {"word/document.xml": document(nested_tables(60))})
    assert attempt(path).texts == ["最深处"]


def test_deep_inline_nesting(tmp_path):
    body = "<w:p>" + "<w:smartTag>" * 5000 + "<w:r><w:t>x</w:t></w:r>" + "</w:smartTag>" * 5000
    body += "</w:p>"
    result = attempt(zip_package(tmp_path / "tags.docx", {"word/document.xml": document(body)}))
    assert isinstance(result, ReadError) or result.texts == ["x"]


def test_cycles_in_styles_numbering_and_replies(tmp_path):
    styles = (
        f'<w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="a"/><w:basedOn w:val="B"/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="b"/><w:basedOn w:val="A"/>'
        "</w:style>"
        '<w:style w:type="numbering" w:styleId="L"><w:name w:val="l"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
    ).encode()
    numbering = (
        f'<w:numbering xmlns:w="{W_NS}">'
        '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    ).encode()
    w14, w15 = (
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
    )
    comments = (
        f'<w:comments xmlns:w="{W_NS}" xmlns:w14="{w14}">'
        '<w:comment w:id="1" w:author="a"><w:p w14:paraId="00000001"><w:r><w:t>甲</w:t></w:r></w:p>'
        '</w:comment><w:comment w:id="2" w:author="b"><w:p w14:paraId="00000002"><w:r><w:t>乙'
        "</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()
    ext = (
        f'<w15:commentsEx xmlns:w15="{w15}">'
        '<w15:commentEx w15:paraId="00000001" w15:paraIdParent="00000002"/>'
        '<w15:commentEx w15:paraId="00000002" w15:paraIdParent="00000001"/></w15:commentsEx>'
    ).encode()
    rels = (
        f'<?xml version="1.0"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="r1" Type="{R_NS}/styles" Target="styles.xml"/>'
        f'<Relationship Id="r2" Type="{R_NS}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="r3" Type="{R_NS}/comments" Target="comments.xml"/>'
        '<Relationship Id="r4" Type="http://schemas.microsoft.com/office/2011/relationships/'
        'commentsExtended" Target="commentsExtended.xml"/></Relationships>'
    ).encode()
    body = '<w:p><w:pPr><w:pStyle w:val="A"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
    body += "</w:numPr></w:pPr><w:r><w:t>循环</w:t></w:r></w:p>"
    path = zip_package(
        tmp_path / "cycles.docx",
        {"word/document.xml": document(body), "word/styles.xml": styles,
         "word/numbering.xml": numbering, "word/comments.xml": comments,
         "word/commentsExtended.xml": ext, "word/_rels/document.xml.rels": rels},
    )  # fmt: skip
    doc = attempt(path)
    assert doc.texts == ["循环"]
    assert [c.text for c in doc.comments] == ["甲", "乙"]
    assert any(c.parent_id is None for c in doc.comments)


def test_unclosed_fields_and_stray_markers(tmp_path):
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="end"/><w:fldChar w:fldCharType="separate"/>'
        "<w:t>甲</w:t></w:r></w:p>"
        + '<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:t>吞</w:t></w:r></w:p>' * 1000
        + '<w:p><w:commentRangeEnd w:id="5"/><w:commentRangeStart w:id="6"/>'
        + "<w:r><w:t>乙</w:t></w:r></w:p>"
        + para("丙")
    )  # fmt: skip
    doc = attempt(zip_package(tmp_path / "fields.docx", {"word/document.xml": document(body)}))
    assert doc.texts == ["甲"] + [""] * 1000 + ["乙", "丙"]


def test_paragraphs_nested_in_paragraphs(tmp_path):
    body = "<w:p><w:r><w:t>外</w:t></w:r>" * 80 + para("内") + "</w:p>" * 80
    doc = attempt(zip_package(tmp_path / "pp.docx", {"word/document.xml": document(body)}))
    # every w:p is one paragraph (outer ones first, in document order); no text is lost
    assert doc.texts == ["外"] * 80 + ["内"]


def test_huge_text_node_in_limits(tmp_path):
    text = "字" * 3_000_000  # 9 MB in one w:t: under libxml2's 10 MB text-node limit
    doc = attempt(zip_package(tmp_path / "long.docx", {"word/document.xml": document(para(text))}))
    assert doc.texts == [text]


def test_20000_paragraphs_open_in_seconds(tmp_path):
    line = "（一）坚持党组核心作用，把组织建设作为第一抓手，夯实党建和业务工作基础。"
    body = "".join(
        f"<w:p><w:r><w:t>{i}{line}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>加粗</w:t></w:r></w:p>"
        for i in range(20_000)
    )
    path = zip_package(tmp_path / "big.docx", {"word/document.xml": document(body)})
    doc = attempt(path)
    assert len(doc.paragraphs) == 20_000
    assert doc.paragraphs[-1].text.endswith("基础。加粗")
