"""Assemble stage: events the briefing announces, from sentences and resolved references."""
from __future__ import annotations

from .document import Document
from .model import Briefing, Event, TimeRef


def build(doc: Document, briefing: Briefing, refs: list[TimeRef]) -> list[Event]:
    return []  # TODO(schedule)
