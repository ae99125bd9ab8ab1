"""How a comment reads in the comments panel: one small HTML card per comment."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.model import Comment
from ui.rule_labels import rule_label

QUOTE_CHARS = 40


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def shown_time(value: str) -> str:
    """An ISO date (UTC) in local time with the year, as Word's comments show it:
    "2026-11-25 18:30" (a review often outlives the year it began in)."""
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    return dt.strftime("%Y-%m-%d %H:%M")


def short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def card_html(c: Comment, state: str, quoted: str | None) -> str:
    """Author, time (and ✓ for a resolved thread), the quoted text (thread starters only:
    ``quoted`` is None for replies), the rule a problem came from, the text."""
    rule = rule_label(c.rule) if c.rule else None
    return _card(c.author, c.date, c.text, rule, c.resolved, state, quoted)


@lru_cache(maxsize=4096)
def _card(
    author: str, date: str, text: str, rule: str | None, resolved: bool, state: str,
    quoted: str | None,
) -> str:  # fmt: skip
    grey = state == "resolved"
    # the date and time one piece, and a place to break before it: a narrow pane puts it under
    # the author instead of breaking it in two (2016-05-0 | 9 16:13)
    head = f"<b>{html.escape(author or '?')}</b>&nbsp; "
    when = html.escape(shown_time(date)).replace(" ", "&nbsp;")
    head += f'<span style="color:#888">{when}</span>'
    if rule:  # a problem turned into a comment: the check it came from, as a quiet tag
        head += f'&nbsp;&nbsp;<span style="color:#1e66c8">{html.escape(rule)}</span>'
    if quoted is not None and resolved:
        done = html.escape(QCoreApplication.translate("CommentCards", "Resolved"))
        head += f'&nbsp;&nbsp;<span style="color:#2e7d32">✓ {done}</span>'
    parts = [head]
    if quoted is not None:
        if state == "orphan":
            gone = html.escape(QCoreApplication.translate("CommentCards", "Original text deleted"))
            parts.append(f'<span style="color:#c62828"><i>{gone}</i></span>')
        else:
            color = "#8a8a8a" if grey else "#7a5600"
            parts.append(f'<span style="color:{color}">“{html.escape(short(quoted))}”</span>')
    body = html.escape(text).replace("\n", "<br>")
    parts.append(f'<span style="color:#777">{body}</span>' if grey else body)
    return '<div style="margin-top:2px">' + "</div><div>".join(parts) + "</div>"
