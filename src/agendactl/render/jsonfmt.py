"""JSON (one object per input; an array when several inputs) and JSON Lines (one item a line)."""
from __future__ import annotations

import json

from ..model import Result
from . import Writer
from .items import document, jsonl_items


def dumps(obj, indent: int | None = 2) -> str:
    # ensure_ascii=False: transcripts quote names and curly quotes; keep them readable
    return json.dumps(obj, ensure_ascii=False, indent=indent)


class JsonWriter(Writer):
    """A single input prints one object; several print an array, streamed object by object so
    memory does not grow with the batch."""

    def add(self, result: Result) -> None:
        text = dumps(document(result, self.opts))
        if self.opts.multi:
            text = "\n".join("  " + line for line in text.splitlines())
            self.out.write(("[\n" if self.count == 0 else ",\n") + text)
        else:
            self.out.write(text + "\n")
        super().add(result)

    def close(self) -> None:
        if self.opts.multi:
            self.out.write("\n]\n" if self.count else "[]\n")


class JsonlWriter(Writer):
    def add(self, result: Result) -> None:
        for item in jsonl_items(result, self.opts):
            self.out.write(dumps(item, indent=None) + "\n")
        super().add(result)
