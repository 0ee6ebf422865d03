"""Many inputs -> outcomes in input order (sequential for now; --jobs N runs worker processes).

The CLI consumes `process()` as a stream, so memory does not grow with the number of files.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .document import InputError
from .model import Result


@dataclass(slots=True)
class Outcome:
    path: str
    result: Result | None = None
    error: str | None = None  # one line for stderr
    code: int = 0  # exit code this input asks for (0 = fine)


def run_one(path: str, date: str | None) -> Outcome:
    from .pipeline import extract_bytes
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        return Outcome(path, error=f"{path}: no such file", code=3)
    except IsADirectoryError:
        return Outcome(path, error=f"{path}: is a directory", code=3)
    except PermissionError:
        return Outcome(path, error=f"{path}: permission denied", code=3)
    except OSError as e:
        return Outcome(path, error=f"{path}: cannot read ({e.strerror})", code=3)
    try:
        return Outcome(path, result=extract_bytes(data, path, date))
    except InputError as e:
        return Outcome(path, error=str(e), code=e.code)


def process(paths: list[str], date: str | None = None, jobs: int = 1) -> Iterator[Outcome]:
    for p in paths:
        yield run_one(p, date)
