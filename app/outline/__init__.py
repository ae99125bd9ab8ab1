"""Outline parsing: heading markers, run-in titles, numbering groups and inline sequences."""
