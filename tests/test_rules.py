"""Every rule family's EXAMPLES and NEGATIVES, one test id per example (discovered generically:
any module of agendactl.rules exposing EXAMPLES/NEGATIVES with check_example/check_negative)."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import agendactl.rules as rules_pkg


def _modules():
    for info in sorted(pkgutil.iter_modules(rules_pkg.__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"{rules_pkg.__name__}.{info.name}")
        if hasattr(mod, "check_example") and hasattr(mod, "check_negative"):
            yield info.name, mod


def _params(attr):
    out = []
    for name, mod in _modules():
        for i, ex in enumerate(getattr(mod, attr, []) or []):
            label = ex[0] if isinstance(ex, (tuple, list)) else ex if isinstance(ex, str) else repr(ex)
            out.append(pytest.param(mod, ex, id=f"{name}-{i}-{str(label)[:40]}"))
    return out


@pytest.mark.parametrize("mod,example", _params("EXAMPLES"))
def test_example(mod, example):
    mod.check_example(example)


@pytest.mark.parametrize("mod,text", _params("NEGATIVES"))
def test_negative(mod, text):
    mod.check_negative(text)


def test_every_family_has_examples_and_negatives():
    for name, mod in _modules():
        if getattr(mod, "RULES", None):
            assert mod.EXAMPLES, f"{name} has rules but no examples"
            assert mod.NEGATIVES, f"{name} has rules but no negatives"
