"""Cheap checks of the desktop integration files: .desktop entry, hicolor PNGs, .ico, SVGs."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "reportdesk.desktop"
ICONS = ROOT / "resources" / "icons" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[en], MimeType
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def png_size(data: bytes) -> tuple[int, int, int]:
    """(width, height, colour type) from a PNG's signature and IHDR chunk."""
    assert data[:8] == PNG_MAGIC, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_desktop_entry_has_the_required_keys():
    e = desktop_entry()
    assert e["Type"] == "Application"
    assert e["Name"] == "公文审校台"
    assert e["Name[en]"] == "ReportDesk"
    assert e["GenericName"] and e["GenericName[en]"]
    assert e["Comment"] and e["Comment[en]"]
    assert e["Exec"].split()[0] == "reportdesk"
    assert e["Exec"].split()[1:] in (["%f"], ["%F"])
    assert e["Icon"] == "reportdesk"
    assert e["Terminal"] == "false"
    mime = e["MimeType"].split(";")
    assert "text/plain" in mime
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.document" in mime
    assert {"Office", "WordProcessor"} <= set(e["Categories"].split(";"))
    assert "公文" in e["Keywords"].split(";")
    assert "report" in e["Keywords[en]"].split(";")
    for key in ("MimeType", "Categories", "Keywords", "Keywords[en]"):
        assert e[key].endswith(";"), f"{key}: lists end with ';'"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt: desktop-file-utils)")
def test_desktop_entry_validates():
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_exists_with_the_right_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "reportdesk.png"
    assert path.is_file(), f"missing {path.relative_to(ROOT)}: run packaging/make_icons.py"
    width, height, colour = png_size(path.read_bytes())
    assert (width, height) == (size, size)
    assert colour == 6, "RGBA (transparent corners)"


def test_scalable_icon_is_the_source_svg():
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "reportdesk.svg"
    assert scalable.read_bytes() == (ICONS / "reportdesk.svg").read_bytes()


@pytest.mark.parametrize("name", ["reportdesk.svg", "reportdesk-16.svg", "reportdesk-24.svg"])
def test_svg_sources_are_well_formed(name):
    root = ET.parse(ICONS / name).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox")


def test_windows_ico_holds_every_size():
    data = (ICONS / "reportdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    seen = {}
    for i in range(count):
        w, h, _colours, _res, planes, bits, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        w, h = w or 256, h or 256
        assert w == h and planes == 1 and bits == 32
        assert offset + size <= len(data)
        image = data[offset: offset + size]
        if image[:8] == PNG_MAGIC:
            assert png_size(image)[:2] == (w, h)
        else:  # BITMAPINFOHEADER: height counts the XOR image and the AND mask
            hdr, bw, bh, _planes, bbits = struct.unpack("<IiiHH", image[:16])
            assert (hdr, bw, bh, bbits) == (40, w, 2 * h, 32)
        seen[w] = image[:8] == PNG_MAGIC
    assert sorted(seen) == list(ICO_SIZES)
    assert seen[256], "the 256 px entry is PNG-compressed"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_install_script_user_mode_and_uninstall(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / "reportdesk"
    exe.write_text("#!/bin/sh\necho reportdesk 0\n")
    exe.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    script = ROOT / "packaging" / "install_linux.sh"
    run = subprocess.run(["bash", str(script), str(bundle)], env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    app = home / ".local" / "opt" / "reportdesk" / "reportdesk"
    share = home / ".local" / "share"
    assert app.is_file()
    assert (home / ".local" / "bin" / "reportdesk").resolve() == app.resolve()
    hicolor = share / "icons" / "hicolor"
    for size in SIZES:
        assert (hicolor / f"{size}x{size}" / "apps" / "reportdesk.png").is_file()
    assert (hicolor / "scalable" / "apps" / "reportdesk.svg").is_file()
    entry = (share / "applications" / "reportdesk.desktop").read_text(encoding="utf-8")
    assert f"\nExec={app} %" in entry and f"\nTryExec={app}\n" in entry
    defaults = share / "applications" / "defaults.list"
    assert not defaults.exists(), "installing must not make the app the default for .txt"

    run = subprocess.run(["bash", str(script), "--uninstall"], env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr
    assert not app.exists() and not (share / "applications" / "reportdesk.desktop").exists()
    assert not (hicolor / "48x48" / "apps" / "reportdesk.png").exists()
