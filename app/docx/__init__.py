"""The lossless .docx engine: read a package keeping everything, save by patching it.

- :mod:`.package` — the kept package and what the reader mapped (``Document.source``);
- :mod:`.atoms` — how a w:p maps to editor text, for reading and patching alike;
- :mod:`.read`, :mod:`.blocks`, :mod:`.objects`, :mod:`.props` — the reader;
- :mod:`.patch`, :mod:`.runs`, :mod:`.comments_patch`, :mod:`.save` — the patching Save.
"""
