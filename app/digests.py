"""SHA-256 and BLAKE2b for the keys of the data folder's files, without ``import hashlib``.

hashlib loads OpenSSL's binding (``_hashlib``) and initialises it when it is imported: ~15 M
instructions (~3 ms) in each process of a cold check (`check`'s own and the lexicon worker's
start, on the critical path), where the processes only digest a few short keys. The
interpreter's own modules give the very same digests (hashlib takes BLAKE2 from ``_blake2``
in any case); an interpreter built without them falls back to hashlib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the same functions; typeshed describes them under hashlib)
    from hashlib import blake2b, sha256
else:
    try:
        from _sha256 import sha256
    except ImportError:  # (Python 3.12 names it _sha2; a build may leave it out)
        from hashlib import sha256
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b

__all__ = ["blake2b", "sha256"]
