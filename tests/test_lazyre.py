"""lazyre: patterns compiled at first use behave exactly like the compiled patterns."""
from __future__ import annotations

import pickle
import re

import regex

from agendactl import _recache, lazyre

TEXT = "On MONDAY, 5 Dec and Tuesday 12 Jan; the end.  "


def test_not_compiled_until_used():
    p = lazyre.compile(r"(?i)\b(?:mon|tues)day\b")
    assert "_compiled" not in vars(p)
    assert p.pattern == r"(?i)\b(?:mon|tues)day\b"  # the source needs no compile
    assert "_compiled" not in vars(p)
    assert [m.span() for m in p.finditer(TEXT)] == [(3, 9), (21, 28)]
    assert "_compiled" in vars(p)
    assert "compiled" in repr(p)


def test_same_results_as_the_real_pattern():
    cases = [(lazyre.compile, regex, r"(?P<d>\d{1,2})\s++(?P<m>Dec|Jan)", regex.I),
             (lazyre.compile, regex, r"\p{Lowercase}+", regex.V1),
             (lazyre.compile_re, re, r"(?P<day>mon|tues)day(?:,\s*(\d+))?", re.I)]
    for make, engine, src, flags in cases:
        lazy, real = make(src, flags), engine.compile(src, flags)
        assert lazy.flags == real.flags and lazy.groups == real.groups
        assert lazy.groupindex == real.groupindex
        assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)]
        assert lazy.sub("X", TEXT) == real.sub("X", TEXT)
        assert lazy.split(TEXT) == real.split(TEXT)
        assert lazy.findall(TEXT) == real.findall(TEXT)
        assert bool(lazy.match(TEXT, 3)) == bool(real.match(TEXT, 3))
        assert lazy.search(TEXT).re is lazy.compiled()  # a match's .re is the real pattern


def test_partial_matching_and_positions_pass_through():
    p = lazyre.compile(r"next\s+week")
    assert p.match("nex", partial=True).partial
    assert p.search("it is next week", 7) is None and p.search("it is next week", 6)
    assert p.search("it is next week", 0, 10) is None


def test_reversed_finds_the_same_end_anchored_match():
    fwd = lazyre.compile(r"\b(?:another|extra)\s+\Z", regex.I)
    rev = lazyre.reversed_(fwd)
    assert rev.pattern.startswith("(?r)") and "_compiled" not in vars(fwd)
    for text in ("we want ANOTHER ", "we want more ", "extra  "):
        assert bool(rev.search(text)) == bool(fwd.search(text))
    assert bool(lazyre.reversed_(regex.compile(r"x\Z")).search("ax"))


def test_pickles_as_its_source():
    p = lazyre.compile(r"\d+", regex.V1)
    p.search("12")
    q = pickle.loads(pickle.dumps(p))
    assert q.pattern == p.pattern and q.given_flags == p.given_flags
    assert q.findall("1 22 333") == ["1", "22", "333"]


def test_declared_patterns_survive_cache_pruning():
    src = r"(?:declared-but-never-compiled)\d+"
    lazyre.compile(src)
    assert _recache._kept((src, 0, 0))
    assert not _recache._kept(("never declared here " + src, 0, 0))
    assert _recache._kept(("re", src, 0, 0))
    assert not _recache._kept(("memo", "prefix-safe", (src, True)))  # memos only when used


def test_module_level_patterns_are_lazy():
    """A pattern defined at module level is compiled at first use (start-up time is measured):
    `lazyre.compile`, not `regex.compile`/`re.compile`, outside functions."""
    import ast
    from pathlib import Path

    src = Path(lazyre.__file__).parent
    eager = []
    for path in sorted(src.rglob("*.py")):
        if path.name in ("_recache.py", "lazyre.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        todo = list(ast.iter_child_nodes(tree))
        while todo:
            node = todo.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue  # compiled when called (rules.compile_ and the like return lazy ones)
            f = getattr(node, "func", None)
            if (isinstance(node, ast.Call) and isinstance(f, ast.Attribute) and f.attr == "compile"
                    and isinstance(f.value, ast.Name) and f.value.id in ("regex", "re", "_re")):
                eager.append(f"{path.relative_to(src)}:{node.lineno}")
            todo.extend(ast.iter_child_nodes(node))
    assert not eager, eager
