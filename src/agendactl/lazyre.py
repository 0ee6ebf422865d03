"""Patterns compiled at their first use instead of at import.

The tool's modules define ~690 patterns; a cold `agendactl extract` on one briefing uses about
40% of them, and compiling (even from the start-up cache, see _recache) was ~10% of such a run.
`compile(source, flags)` (for `regex`) and `compile_re(source, flags)` (for the standard `re`)
return a `LazyPattern`: on the first attribute asked of it, it compiles the real pattern and
copies the pattern's methods and attributes onto itself, so every later `P.search(...)` costs
what a call on the real pattern costs (an instance attribute instead of a method lookup).

`pattern` (the source) and `given_flags` are readable without compiling (patterns built from
other patterns' sources at import); `flags`, `groups`, `groupindex` are the compiled pattern's.
A `LazyPattern` is not a `regex.Pattern`: pass `P.compiled()` where a function wants a real one,
and compare a match's `.re` with `P.compiled()`, not with `P`.
"""
from __future__ import annotations

from . import _recache

# copied from the compiled pattern on first use (the methods bound to it)
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
           "splititer", "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, engine: str, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.given_flags = flags
        self._engine = engine  # "regex" or "re"
        _recache.declare(pattern)  # its cache entry stays even in runs that never compile it

    def compiled(self):
        d = self.__dict__
        p = d.get("_compiled")
        if p is None:
            if self._engine == "regex":
                import regex as engine
            else:
                import re as engine
            p = engine.compile(self.pattern, self.given_flags)
            for name in _COPIED:
                if hasattr(p, name):
                    d[name] = getattr(p, name)
            d["_compiled"] = p
        return p

    def __getattr__(self, name: str):
        # only reached for names not yet in the instance: before the first compile, or names
        # the compiled pattern has beyond _COPIED
        if name.startswith("__") or name in ("_compiled", "_engine", "pattern", "given_flags"):
            raise AttributeError(name)  # copy/pickle probes; half-built instances
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return (LazyPattern, (self._engine, self.pattern, self.given_flags))

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "not yet compiled"
        return f"<LazyPattern {self._engine} {self.pattern[:60]!r} ({state})>"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 (mirrors regex.compile)
    """A `regex` pattern compiled at first use."""
    return LazyPattern("regex", pattern, flags)


def compile_re(pattern: str, flags: int = 0) -> LazyPattern:
    """A standard-library `re` pattern compiled at first use."""
    return LazyPattern("re", pattern, flags)


def reversed_(p) -> LazyPattern:
    """`p` (a LazyPattern or a compiled `regex` pattern) searched right to left, itself lazy."""
    flags = p.given_flags if isinstance(p, LazyPattern) else p.flags
    return LazyPattern("regex", "(?r)" + p.pattern, flags)
