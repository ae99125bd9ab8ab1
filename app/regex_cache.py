"""Compiled regular expressions kept between runs of `reportdesk check` and of the window.

Why: the rule modules use ~250 regular expressions (big character classes, long alternations of
curated words), and Python compiles each in pure Python (``re._parser`` then
``re._compiler``) in every process: ~0.2 s of the main process of a `check` on this machine,
~50 ms of the lexicon worker's start (bench: docs/benchmarks.md, "cold10"). The result of that
compilation is plain data — the pattern's code (a list of integers), its flags, groups and
group names — that ``_sre.compile`` turns into a pattern object at C speed. So :func:`install`
puts a hook where ``re`` compiles a pattern it has not cached: a pattern found in the data
folder's ``cache/regex-<kind>-<key>.marshal`` is made from its stored code, any other is
compiled as ``re`` does and remembered; :func:`save` writes the file when something new was
compiled. A pattern is stored only when the one its stored code makes equals the one ``re`` made
(Pattern equality compares flags and code), so the objects are the same as ``re`` makes
(tests/app/test_regex_cache.py compares them again, and their matches, for a check's patterns).

The key holds the interpreter's version and ``_sre.MAGIC`` (the code's format), so another
Python starts a new file; marshal, never pickle (data only, no code is run on load). The file
holds what the last runs compiled: the patterns of this run and of the file it loaded, or only
this run's when that exceeds :data:`MAX_PATTERNS` (a pattern built from a document's text
must not make it grow without end). Where the hook cannot be set (an interpreter whose ``re``
is laid out otherwise) nothing happens: ``re`` compiles as always. The file is written by a
temporary file and a rename; two processes writing at once: the last one wins.

A pattern the user typed (the window's find and replace) is compiled inside
:func:`not_recorded`: it is never written to the data folder, where it could keep a piece of a
document the user searched for.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any

MAX_PATTERNS = 2000  # a check uses ~300; more means patterns made from text: start afresh
# what the stored code is: 3 = with app.regex_prefix's first-character sets (a file of an
# earlier format holds re's plain code: another file name, so it is compiled and kept anew)
FORMAT = 3

_stored: dict[tuple[Any, int], tuple[Any, ...]] = {}  # (pattern, flags) → _sre.compile's args
_used: dict[tuple[Any, int], tuple[Any, ...]] = {}  # the same, of the patterns this run made
_new = False  # something was compiled that the file did not hold
_file: str | None = None
_original: Any = None
# the modules of re's compiler (their layout is CPython's, not a public interface: hence the
# checks in install())
_sre: Any = None
_compiler: Any = None
_parser: Any = None
_private = threading.local()  # .depth > 0: patterns compiled now are not to be kept


@contextlib.contextmanager
def not_recorded() -> Iterator[None]:
    """Patterns compiled inside (in this thread) are compiled by ``re`` and not kept."""
    _private.depth = getattr(_private, "depth", 0) + 1
    try:
        yield
    finally:
        _private.depth -= 1


def _key_parts() -> str:
    import importlib

    sre = importlib.import_module("_sre")
    return repr((sys.version, sys.implementation.name, sre.MAGIC, sre.CODESIZE,
                 marshal.version, sys.byteorder, FORMAT))


def cache_path(kind: str) -> str | None:
    """The cache file of ``kind`` (the process that uses it: its patterns differ), or None
    without a data folder."""
    from app.digests import blake2b

    try:
        # (app.storage.datadir, not app.storage.paths: the lexicon worker imports nothing
        # else of paths, whose imports, socket and getpass, are ~20 M instructions of its start)
        from app.storage.datadir import app_data_dir

        digest = blake2b(_key_parts().encode(), digest_size=8).hexdigest()
        return os.path.join(app_data_dir(), "cache", f"regex-{kind}-{digest}.marshal")
    except (OSError, ValueError):
        return None


def install(kind: str) -> bool:
    """Load the cache file of ``kind`` and set the hook (once per process); False where the
    hook cannot be set."""
    global _file, _original
    global _sre, _compiler, _parser, _new
    if _original is not None:  # (again, in one process: `check` run in process by tests)
        path = cache_path(kind)
        if path != _file:  # another data folder now: its file, not the first one's
            _file = path
            _stored.clear()
            _stored.update(_read(path) if path is not None else {})
            _used.clear()
            _new = False
        return True
    import importlib

    try:
        _sre, _compiler, _parser = map(importlib.import_module,
                                       ("_sre", "re._compiler", "re._parser"))
    except ImportError:
        return False
    original = getattr(_compiler, "compile", None)
    if original is None or not hasattr(_compiler, "_code") or not hasattr(_sre, "compile") \
            or not hasattr(_parser, "parse"):
        return False
    _file = cache_path(kind)
    _stored.clear()
    if _file is not None:
        _stored.update(_read(_file))
    _original = original
    _compiler.compile = _compile
    return True


def _read(path: str) -> dict[tuple[Any, int], tuple[Any, ...]]:
    try:
        with open(path, "rb") as f:
            table = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return table


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, with the code of known patterns taken from the cache."""
    global _new
    if (not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG
            or getattr(_private, "depth", 0)):  # fmt: skip
        return _original(p, flags)
    key = (p, int(flags))
    args = _stored.get(key)
    if args is not None:
        try:
            made = _sre.compile(p, *args)
        except (TypeError, ValueError, IndexError, RuntimeError):
            made = None  # a damaged entry: compiled anew below
        if made is not None:
            _used[key] = args
            return made
    # compiled by re itself (what it returns is re's own object); the arguments of
    # _sre.compile worked out as re._compiler.compile does, and kept only when the pattern
    # they make equals re's (Pattern equality compares the flags and the code itself), so that
    # an interpreter whose compiler does more than this never gets a different pattern
    made = _original(p, flags)
    try:
        parsed = _parser.parse(p, flags)
        code = list(map(int, _compiler._code(parsed, flags)))  # (opcodes: int subclasses)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
        same = _sre.compile(p, *args)
    except Exception:  # whatever this interpreter's internals do: not kept
        return made
    if not (same == made and same.groupindex == made.groupindex and same.groups == made.groups):
        return made
    # the same code with a first-character set where re worked out none (app/regex_prefix.py:
    # the same matches, found without running the pattern at every position)
    from app.regex_prefix import with_first_set

    fast_code = with_first_set(p, int(flags | parsed.state.flags), code)
    if fast_code is not code:
        try:
            fast = _sre.compile(p, args[0], fast_code, *args[2:])
        except Exception:  # (the engine refused the block: re's own pattern, as it made it)
            fast = None
        if fast is not None:
            args, made = (args[0], fast_code, *args[2:]), fast
    _used[key] = args
    _new = True
    return made


def save() -> None:
    """Write the cache file when this run compiled a pattern it did not hold."""
    global _new
    if not _new or _file is None:
        return
    _new = False
    table = {**_stored, **_used}
    if len(table) > MAX_PATTERNS:
        table = dict(_used)
    import tempfile

    folder = os.path.dirname(_file)
    tmp = ""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(table))
        os.replace(tmp, _file)
        tmp = ""
        from app.storage.paths import prune_cache_files

        name = os.path.basename(_file)  # files of other interpreters beyond the few recent go
        prune_cache_files(folder, name.rsplit("-", 1)[0], name)
    except (OSError, ValueError):  # a read-only data folder; a pattern marshal cannot write
        pass  # (either only costs the compilation next time)
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
