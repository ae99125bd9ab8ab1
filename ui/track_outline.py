"""修订 and outline moves: with 修订 on in a Word document, a section moved in the outline is
recorded as a move (:func:`app.revisions_move.track_move`): the origins become empty blocks
marked "moved away" in the same undo step (Ctrl+Z takes the move, its marks and the
renumbering back together). Split from :mod:`ui.track_changes` (the module's size)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from app import revisions as rv
from app.docx.package import DocxSource
from app.outline.change import OutlineChange
from app.revisions_move import move_plan, origins_before, track_move
from ui.outline_apply import apply_outline_change, insert_empty_blocks

if TYPE_CHECKING:
    from ui.track_changes import TrackChanges

log = logging.getLogger("ui.track_changes")


def apply_tracked_outline(track: TrackChanges, change: OutlineChange) -> bool:
    """Apply an outline change for :meth:`ui.track_changes.TrackChanges.apply_outline`."""
    doc = track.doc
    if not (track.recorder.on and change.moves and isinstance(doc.source, DocxSource)):
        return apply_outline_change(track.qdoc, change)
    track.w.live.flush()
    plan = move_plan([p.id for p in doc.paragraphs], change.moves)
    origins = origins_before(doc, [pid for ids, _ in plan for pid in ids])
    before = rv._undo(doc, list(doc.paragraphs))
    start = track.qdoc.availableUndoSteps()
    if not apply_outline_change(track.qdoc, change):
        return False
    track.w.live.flush()
    known = {p.id for p in doc.paragraphs}
    try:
        for ids, anchor in plan:
            track_move(doc, ids, anchor, track.author(), origins=origins)
    except Exception as err:  # the move stands, unrecorded; one line, never a traceback
        log.exception("recording an outline move failed")
        message = QCoreApplication.translate("TrackChanges", "The move was not recorded: %1")
        track.w.statusBar().showMessage(message.replace("%1", str(err)), 6000)
    places = [(k, p.id) for k, p in enumerate(doc.paragraphs) if p.id not in known]
    track.recorder.busy += 1
    loading, track.editor.loading = track.editor.loading, True
    cursor = QTextCursor(track.qdoc)
    cursor.beginEditBlock()
    try:
        insert_empty_blocks(track.qdoc, places)
    finally:
        cursor.endEditBlock()
        track.editor.loading = loading
        track.recorder.busy -= 1
    end = track.qdoc.availableUndoSteps()
    track._ops = {k: v for k, v in track._ops.items() if k <= start}
    track._ops[end] = (start, before, rv._undo(doc, list(doc.paragraphs)))
    track.recorder.remember_all()
    track._rehighlight({p.id for p in doc.paragraphs if p.revisions})
    track.refresh()
    return True
