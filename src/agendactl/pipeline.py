"""The pipeline, one direction: read -> date -> match -> resolve -> assemble.

Each stage is a pure function of what the stages before it produced; render lives apart
(`render/`), and the CLI (`cli.py`) only wires options to this module.
"""
from __future__ import annotations

from .document import Document, read_bytes
from .model import Result


def extract(doc: Document, date_override: str | None = None) -> Result:
    """Run every stage over one document. Raises document.InputError when no briefing date can be
    found and none was given."""
    from . import briefing, commitments, resolve, rules, schedule

    brief = briefing.detect(doc, date_override)
    mentions = rules.match(doc)
    refs = resolve.resolve(mentions, doc, brief)
    events = schedule.build(doc, brief, refs)
    commits = commitments.extract(doc, brief, refs)
    return Result(source_path=doc.path, sha256=doc.sha256, briefing=brief, references=refs,
                  schedule=events, commitments=commits, warnings=list(doc.warnings))


def extract_bytes(data: bytes, path: str = "-", date_override: str | None = None) -> Result:
    return extract(read_bytes(data, path), date_override)
