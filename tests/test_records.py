"""`records.record` behaves as `dataclasses.dataclass` for everything the project uses."""
import dataclasses
import pickle

import pytest

from agendactl.records import FrozenInstanceError, field, record


def _pair(**opts):
    """The same class made by @dataclass and by @record."""
    made = []
    for deco, fld in ((dataclasses.dataclass, dataclasses.field), (record, field)):
        @deco(**opts)
        class Item:
            start: int
            text: str
            grain: str = "day"
            tags: list = fld(default_factory=list)
            note: "str | None" = None

            def span(self):
                return self.start, self.start + len(self.text)
        made.append(Item)
    return made


@pytest.mark.parametrize("opts", [{}, {"slots": True}, {"frozen": True, "slots": True}])
def test_same_behaviour_as_dataclass(opts):
    dc, rc = _pair(**opts)
    for args, kw in (((3, "May"), {}), ((3,), {"text": "May", "note": "n"}),
                     ((), {"start": 1, "text": "x", "grain": "month", "tags": [1]})):
        a, b = dc(*args, **kw), rc(*args, **kw)
        assert repr(a).replace(dc.__qualname__, "X") == repr(b).replace(rc.__qualname__, "X")
        assert a.span() == b.span()
        assert b == rc(*args, **kw) and b != rc(99, "other") and (b == 5) is False
    assert dc(1, "a").tags is not dc(1, "a").tags and rc(1, "a").tags is not rc(1, "a").tags
    assert rc.__match_args__ == dc.__match_args__
    with pytest.raises(TypeError):
        rc()
    with pytest.raises(TypeError):
        rc(1, "a", unknown=2)
    assert hasattr(rc(1, "a"), "__dict__") == hasattr(dc(1, "a"), "__dict__")


def test_hashing_and_frozen():
    dc, rc = _pair()
    with pytest.raises(TypeError):
        hash(rc(1, "a"))  # eq without frozen: unhashable, as a dataclass
    fdc, frc = _pair(frozen=True, slots=True)
    x = frc(1, "a", tags=(), note="n")
    assert hash(x) == hash(frc(1, "a", tags=(), note="n")) == hash(fdc(1, "a", tags=(), note="n"))
    assert {x: 1}[frc(1, "a", tags=(), note="n")] == 1
    with pytest.raises(FrozenInstanceError):
        x.start = 2
    with pytest.raises(AttributeError):  # as dataclasses.FrozenInstanceError
        del x.text


def test_defaults_and_field_order():
    @record
    class Opts:
        fmt: str = "json"
        hook: object = field(default=len)
        seen: dict = field(default_factory=dict)
    o = Opts()
    assert o.fmt == "json" and o.hook is len and o.seen == {} and Opts.fmt == "json"
    assert not hasattr(Opts, "seen")  # a factory field has no class value, as in dataclasses
    with pytest.raises(TypeError):
        @record
        class Bad:
            a: int = 1
            b: int
    with pytest.raises(ValueError):
        field(default=1, default_factory=list)


def test_pickle_round_trip():
    # the classes must be importable for pickle: use the project's own records
    from agendactl.model import Evidence
    from agendactl.rules import Rule
    from agendactl.batch import Outcome  # plain (not slots) record, crosses --jobs workers
    e = Evidence(text="tomorrow", start=8, end=16, line=3)
    assert pickle.loads(pickle.dumps(e)) == e
    r = Rule(name="n", kind="day", pattern=None, build=None)
    assert pickle.loads(pickle.dumps(r)) == r
    assert Outcome.__init__.__qualname__ == "Outcome.__init__"
