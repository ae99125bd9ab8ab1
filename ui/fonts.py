"""Screen fonts for the four faces of a GB/T 9704 report, chosen from what the machine has.

The reader's Windows/WPS machine has 仿宋_GB2312, 黑体, 楷体_GB2312 and 方正小标宋简体;
Linux usually has none of them, so each face falls back to Noto CJK / AR PL. The docx writer
always names the Windows fonts; this module only decides what the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase

from app.render_plan import Face  # the four faces (the render plan's; re-exported here)

__all__ = ["Face"]


# (family, bold) in order of preference. Bold only for the fallback that imitates a heavy face.
CANDIDATES: dict[Face, list[tuple[str, bool]]] = {
    Face.TITLE: [
        ("方正小标宋简体", False),
        ("方正小标宋_GBK", False),
        ("FZXiaoBiaoSong-B05S", False),
        ("小标宋", False),
        ("Noto Serif CJK SC", True),
        ("Source Han Serif SC", True),
        ("SimSun", True),
    ],
    Face.HEI: [
        ("黑体", False),
        ("SimHei", False),
        ("Noto Sans CJK SC", False),
        ("Source Han Sans SC", False),
        ("WenQuanYi Zen Hei", False),
    ],
    Face.KAI: [
        ("楷体_GB2312", False),
        ("楷体", False),
        ("KaiTi_GB2312", False),
        ("KaiTi", False),
        ("AR PL UKai CN", False),
        ("AR PL KaitiM GB", False),
        ("Noto Serif CJK SC", False),
    ],
    Face.FANGSONG: [
        ("仿宋_GB2312", False),
        ("仿宋", False),
        ("FangSong_GB2312", False),
        ("FangSong", False),
        ("Noto Serif CJK SC", False),
        ("Source Han Serif SC", False),
        ("AR PL UMing CN", False),
    ],
}

GENERIC = {Face.HEI: "sans-serif", Face.TITLE: "serif", Face.KAI: "serif", Face.FANGSONG: "serif"}


@dataclass(frozen=True)
class ScreenFace:
    family: str
    bold: bool
    exact: bool  # True when the Windows font itself (not a fallback) is installed


_cache: dict[Face, ScreenFace] = {}
_overrides: dict[Face, str] = {}


def set_overrides(families: dict[str, str]) -> None:
    """Faces the user chose in the settings ({"title": family, …}); others stay automatic."""
    _overrides.clear()
    _overrides.update({Face(k): v for k, v in families.items() if v})
    _cache.clear()


def resolve(face: Face) -> ScreenFace:
    """The installed family to draw ``face`` with (cached for the process)."""
    if face in _cache:
        return _cache[face]
    available = set(QFontDatabase.families())
    chosen = ScreenFace(GENERIC[face], face is Face.TITLE, False)
    if _overrides.get(face) in available:
        _cache[face] = ScreenFace(_overrides[face], False, True)
        return _cache[face]
    for rank, (family, bold) in enumerate(CANDIDATES[face]):
        if family in available:
            chosen = ScreenFace(family, bold, rank < 4)
            break
    _cache[face] = chosen
    return chosen


def ui_font_family() -> str:
    """A CJK sans family for the docks and tables."""
    return resolve(Face.HEI).family
