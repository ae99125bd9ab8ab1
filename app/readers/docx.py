"""Word import: kept at this name for its callers; the reader lives in :mod:`app.docx.read`."""

from app.docx.read import read_docx

__all__ = ["read_docx"]
