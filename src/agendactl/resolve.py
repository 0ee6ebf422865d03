"""Resolve stage: Mention -> TimeRef against the briefing date. All date arithmetic lives here."""
from __future__ import annotations

from .document import Document
from .model import Briefing, Mention, TimeRef


def resolve(mentions: list[Mention], doc: Document, briefing: Briefing) -> list[TimeRef]:
    return []  # TODO(references)
