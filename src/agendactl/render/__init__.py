"""Render results: table (rich), json, jsonl, csv, md, ics.

Every format is a streaming writer: `add(result)` once per input file as it arrives, then
`close()`. Only the formats that must see everything before writing (ics: one calendar) keep
anything in memory. Heavy libraries (rich, icalendar) are imported by the writers that use them.
"""
from __future__ import annotations

from ..records import field, record
from typing import Callable, TextIO

from ..model import Result

FORMATS = ("table", "json", "jsonl", "csv", "md", "ics")
VIEWS = ("schedule", "commitments", "dates", "extract")
# Formats that make sense per view (csv is one flat table, ics holds events only).
SUPPORTED = {
    "schedule": set(FORMATS),
    "commitments": {"table", "json", "jsonl", "csv", "md"},
    "dates": {"table", "json", "jsonl", "csv", "md"},
    "extract": {"table", "json", "jsonl", "md", "ics"},
}
# Output file extension -> format, used when -o is given without --format.
EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
              ".md": "md", ".markdown": "md", ".ics": "ics", ".txt": "table"}


@record
class Options:
    view: str = "extract"  # schedule | commitments | dates | extract
    explain: bool = False  # show TimeRef.explain
    pledges: bool = False  # --all: list unquantified pledges too
    color: bool = False
    width: int | None = None  # table width (None: the terminal's, or 100 when not a terminal)
    multi: bool = False  # several inputs: JSON array, a table section per file
    note: Callable[[str], None] = field(default=lambda msg: None)  # a remark for stderr


class Writer:
    def __init__(self, out: TextIO, opts: Options):
        self.out = out
        self.opts = opts
        self.count = 0

    def add(self, result: Result) -> None:
        self.count += 1

    def close(self) -> None:
        pass


def make_writer(fmt: str, out: TextIO, opts: Options) -> Writer:
    if fmt == "json":
        from .jsonfmt import JsonWriter
        return JsonWriter(out, opts)
    if fmt == "jsonl":
        from .jsonfmt import JsonlWriter
        return JsonlWriter(out, opts)
    if fmt == "csv":
        from .csvfmt import CsvWriter
        return CsvWriter(out, opts)
    if fmt == "md":
        from .md import MarkdownWriter
        return MarkdownWriter(out, opts)
    if fmt == "ics":
        from .ics import IcsWriter
        return IcsWriter(out, opts)
    if fmt == "table":
        from .table import TableWriter
        return TableWriter(out, opts)
    raise ValueError(f"unknown format {fmt!r}")
