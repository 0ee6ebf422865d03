"""`@record`: the part of `@dataclass` this project uses, made cheaply at import.

Start-up is benchmarked (issue 6): `@dataclass` spent ~0.4 ms on each of our 20 classes (9 ms
of a ~100 ms cold `agendactl extract`), inspecting annotations and exec-ing one function at a
time, and again rebuilding each class for `slots=True`. `record` writes the same methods in
one small exec per class.

Same behaviour as `@dataclass` for what we use: fields in annotation order, defaults and
`field(default_factory=...)`, a positional-or-keyword `__init__`, the dataclass `__repr__` and
`__eq__` (a class with `__eq__` and not frozen is unhashable, as there), `slots=True`, and
`frozen=True` (assignment raises `FrozenInstanceError`; hash of the fields; pickles). Not
supported, and not used here: inheritance between records, ClassVar/InitVar/KW_ONLY fields,
`__post_init__`, `order=True`; `dataclasses.fields()` does not see records.
tests/test_records.py checks each behaviour against `@dataclass` itself.
"""
from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable, dataclass_transform


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen record (as dataclasses.FrozenInstanceError)."""


class _Field:
    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Any) -> None:
        self.default = default
        self.default_factory = default_factory


_MISSING: Any = object()


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING) -> Any:
    """A field's default (`default=`) or a callable making a fresh one per instance."""
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return _Field(default, default_factory)


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self):
    return [getattr(self, n) for n in self.__record_fields__]


def _setstate(self, state):
    for n, v in zip(self.__record_fields__, state):
        object.__setattr__(self, n, v)  # bypasses the frozen __setattr__, as dataclasses does


@dataclass_transform(field_specifiers=(field,))
def record(cls: Any = None, /, *, slots: bool = False, frozen: bool = False) -> Any:
    """Class decorator: `@record`, `@record(slots=True)`, `@record(frozen=True, slots=True)`."""
    if cls is None:
        return lambda c: _make(c, slots, frozen)
    return _make(cls, slots, frozen)


def _make(cls: Any, slots: bool, frozen: bool) -> Any:
    names = list(cls.__dict__.get("__annotations__", {}))
    ns: dict[str, Any] = {"_MISSING": _MISSING, "_set": object.__setattr__}
    params, body = [], []
    for n in names:
        value = cls.__dict__.get(n, _MISSING)
        if isinstance(value, _Field):
            if value.default_factory is not _MISSING:
                ns[f"_f_{n}"] = value.default_factory
                params.append(f"{n}=_MISSING")
                init = f"_f_{n}() if {n} is _MISSING else {n}"
            else:
                value = value.default
                if value is not _MISSING:
                    ns[f"_d_{n}"] = value
                    params.append(f"{n}=_d_{n}")
                else:
                    params.append(n)
                init = n
        elif value is not _MISSING:
            ns[f"_d_{n}"] = value
            params.append(f"{n}=_d_{n}")
            init = n
        else:
            if params and "=" in params[-1]:
                raise TypeError(f"non-default argument {n!r} follows default argument")
            params.append(n)
            init = n
        body.append(f"  _set(self, {n!r}, {init})" if frozen else f"  self.{n} = {init}")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["  pass"]), ns)
    key = attrgetter(*names) if len(names) > 1 else (lambda self: tuple(getattr(self, n) for n in names))

    # Only __init__ is generated (it is hot); the others read the fields through one C getter:
    # compiling them too cost as much as dataclasses did.
    def __repr__(self):
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(names, key(self)))
        return f"{self.__class__.__qualname__}({shown})"

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    def __hash__(self):
        return hash(key(self))

    ns.update(__repr__=__repr__, __eq__=__eq__, __hash__=__hash__)

    attrs = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    # Defaults live in __init__. A slot cannot share its name with a class value; otherwise a
    # plain default stays readable on the class, as with dataclasses.
    for n in names:
        if slots or isinstance(attrs.get(n), _Field):
            attrs.pop(n, None)
    for n, fn in (("__init__", ns["__init__"]), ("__repr__", ns["__repr__"]),
                  ("__eq__", ns["__eq__"])):
        fn.__qualname__ = f"{cls.__qualname__}.{n}"
        attrs.setdefault(n, fn)
    attrs["__hash__"] = ns["__hash__"] if frozen else None
    if frozen:
        attrs["__setattr__"] = _frozen_setattr
        attrs["__delattr__"] = _frozen_delattr
    attrs["__match_args__"] = tuple(names)
    attrs["__record_fields__"] = tuple(names)
    if slots:
        attrs["__slots__"] = tuple(names)
        if frozen:  # the default reduction would assign through the frozen __setattr__
            attrs["__getstate__"] = _getstate
            attrs["__setstate__"] = _setstate
        return type(cls)(cls.__name__, cls.__bases__, attrs)
    for k, v in attrs.items():
        if k not in cls.__dict__ or cls.__dict__[k] is not v:
            setattr(cls, k, v)
    for n in names:
        if isinstance(cls.__dict__.get(n), _Field):
            delattr(cls, n)
    return cls
