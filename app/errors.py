"""Errors the engine raises for input it cannot use.

Every error carries a one-line message in Chinese (the user's language) so that the CLI and the
window can show it as it is, without a traceback.
"""


class ReportDeskError(Exception):
    """Base class: ``str(err)`` is a complete one-line message for the user."""


class ReadError(ReportDeskError):
    """A file could not be read as a report (binary, undecodable, broken, hostile, too big)."""


class WriteError(ReportDeskError):
    """A file could not be written (permissions, disk full, unsupported format)."""
