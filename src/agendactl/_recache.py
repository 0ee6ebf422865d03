"""A start-up cache for compiled `regex` (and stdlib `re`) patterns (like .pyc files, for patterns).

`regex` parses and optimises every pattern in pure Python: the rule families' patterns took
~200 ms to compile at each start, more than everything else in a cold run together. The
compiled form is plain data (a list of opcodes and a few tables) handed to the C extension's
`_regex.compile`; this module records those arguments the first time a pattern is compiled and,
in later processes, hands them to the C extension straight away.

Correct by construction: the key is (pattern, flags, DEFAULT_VERSION) and the file is per
`regex` version and Python version, so a changed pattern is simply a miss (compiled normally,
then recorded). Patterns with named lists (keyword arguments), LOCALE or DEBUG are never cached.
Any surprise in regex's internals disables the cache and leaves `regex` untouched.

The file lives in $AGENDACTL_CACHE_DIR, else $XDG_CACHE_HOME/agendactl, else ~/.cache/agendactl;
AGENDACTL_NO_CACHE=1 turns it off. It is written atomically (temp file + rename) at exit, only
when new patterns were compiled, and never from worker processes.
"""
from __future__ import annotations

import array
import atexit
import marshal
import os
import sys

_installed = False
_disk: dict = {}
_new: dict = {}
_mem: dict = {}
_used: set = set()
_declared: set = set()  # sources of lazyre patterns: kept in the file even when not compiled
_path: str | None = None
_pid = os.getpid()


def _cache_file(version: str) -> str | None:
    if os.environ.get("AGENDACTL_NO_CACHE"):
        return None
    base = os.environ.get("AGENDACTL_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "agendactl")
    py = "%d.%d" % sys.version_info[:2]
    return os.path.join(base, f"regex-{version}-py{py}.v2.marshal")  # v2: packed opcodes


def _ours(frame) -> bool:
    """Compiled on behalf of agendactl (not dateparser or another library using `regex`)?"""
    while frame is not None and frame.f_globals.get("__name__", "").startswith("regex"):
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").startswith("agendactl")


def install() -> None:
    global _installed, _path, _disk
    if _installed:
        return
    _installed = True
    try:
        import regex
        from regex import _main, _regex
        orig = _main._compile
        if orig.__code__.co_argcount != 5 or not hasattr(_regex, "compile"):
            return
        _path = _cache_file(getattr(regex, "__version__", "unknown"))
        if _path is None:
            return
        try:
            with open(_path, "rb") as fh:
                data = marshal.loads(fh.read())  # load(fh) reads piece by piece: 3x slower
            if isinstance(data, dict):
                _disk = data
        except (OSError, EOFError, ValueError, TypeError):
            _disk = {}
        skip = _main.DEBUG | _main.LOCALE
        real = _regex.compile
        last: list = []

        def recording_compile(*args):
            last.append(args)
            return real(*args)

        class _Proxy:
            compile = staticmethod(recording_compile)

            def __getattr__(self, name):
                return getattr(_regex, name)

        skip = int(skip)

        def _compile(pattern, flags, ignore_unused, kwargs, cache_it):
            # hot: module-level regex.search(str, ...) calls land here each time
            if type(pattern) is str and not kwargs:
                p = _mem.get((pattern, flags, regex.DEFAULT_VERSION))
                if p is not None:
                    return p
            if kwargs or type(pattern) is not str or int(flags) & skip:
                return orig(pattern, flags, ignore_unused, kwargs, cache_it)
            key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
            args = _disk.get(key)
            if args is not None:
                try:
                    p = real(args[0], args[1], array.array("I", args[2]).tolist(), *args[3:])
                except Exception:  # a stale or damaged entry: compile the ordinary way
                    p = None
            if p is None:
                last.clear()
                p = orig(pattern, flags, ignore_unused, kwargs, cache_it)
                if len(last) == 1 and last[0][0] == pattern and _ours(sys._getframe(1)):
                    a = last[0]
                    # flags arrive as RegexFlag (an int subclass marshal cannot write); the
                    # opcode list is stored as packed 32-bit words: loads at memcpy speed
                    code = array.array("I", a[2]).tobytes()
                    _new[key] = (a[0], int(a[1]), code) + tuple(
                        int(x) if isinstance(x, int) else x for x in a[3:])
                last.clear()
            _used.add(key)
            _mem[key] = p
            return p

        _main._regex = _Proxy()
        _main._compile = _compile
        atexit.register(_save)
    except Exception:  # never let an optimisation break the tool
        return
    _install_re()


def _ours_re(frame) -> bool:
    while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] == "re":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").startswith("agendactl")


def _install_re() -> None:
    """The same for stdlib `re` patterns (the quick prefilters before `regex` patterns): sre's
    parser and compiler are pure Python too (~15 ms for ours at each start). The key adds
    _sre.MAGIC, which changes whenever the opcode format does."""
    try:
        import re
        import _sre
        from re import _compiler

        orig = _compiler.compile
        if _sre.CODESIZE != 4 or orig.__code__.co_argcount != 2 or getattr(_compiler, "_sre", None) is not _sre:
            return
        real = _sre.compile
        magic = int(_sre.MAGIC)
        debug = int(re.DEBUG)
        last: list = []

        class _Proxy:
            @staticmethod
            def compile(*args):
                last.append(args)
                return real(*args)

            def __getattr__(self, name):
                return getattr(_sre, name)

        def compile_(p, flags=0):
            if _transient or type(p) is not str or int(flags) & debug or not _ours_re(sys._getframe(1)):
                return orig(p, flags)
            key = ("re", p, int(flags), magic)
            args = _disk.get(key)
            if args is not None:
                try:
                    pat = real(p, args[0], array.array("I", args[1]).tolist(), args[2], dict(args[3]),
                               tuple(args[4]))
                    _used.add(key)
                    return pat
                except Exception:  # a stale or damaged entry: compile the ordinary way
                    pass
            last.clear()
            pat = orig(p, flags)
            if len(last) == 1 and last[0][0] == p:
                a = last[0]
                _new[key] = (int(a[1]), array.array("I", a[2]).tobytes(), int(a[3]), dict(a[4]), tuple(a[5]))
            last.clear()
            _used.add(key)
            return pat

        _compiler._sre = _Proxy()
        _compiler.compile = compile_
    except Exception:  # never let an optimisation break the tool
        return


_transient = False


def compile_transient(pattern: str, flags: int = 0):
    """A stdlib `re` pattern built from one document's words (not from our sources): compiled
    without being recorded, so the cache holds only the tool's own patterns."""
    import re

    global _transient
    _transient = True
    try:
        return re.compile(pattern, flags)
    finally:
        _transient = False


def remembered(name: str, arg, compute):
    """`compute(arg)` kept in the same cache file: for start-up work that is a pure function of
    our own pattern sources (so a changed source is simply a miss), e.g. analysing a rule's
    pattern. The result must be marshal-able."""
    key = ("memo", name, arg)
    if key in _disk:
        _used.add(key)
        return _disk[key]
    value = compute(arg)
    if _installed and _path is not None:
        _new[key] = value
        _used.add(key)
    return value


def declare(source: str) -> None:
    """A pattern this process defines but may never compile (lazyre): pruning keeps its entry."""
    _declared.add(source)


def _kept(key) -> bool:
    if key in _used:
        return True
    if key[0] == "memo":
        return False
    source = key[1] if key[0] == "re" else key[0]
    return isinstance(source, str) and source in _declared


def _save() -> None:
    if not _new or _path is None or os.getpid() != _pid:
        return
    try:
        data = dict(_disk)
        for k, v in _new.items():
            try:
                marshal.dumps(v)
                data[k] = v
            except ValueError:  # an argument marshal cannot write: leave that one out
                pass
        if len(data) > 2 * (len(_used) + len(_declared)) + 100:  # old versions' patterns pile up
            data = {k: v for k, v in data.items() if _kept(k)}
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        tmp = f"{_path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, _path)
    except Exception:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except Exception:
            pass
