"""Assemble stage: quantified commitments (and unquantified pledges) the speaker's side states."""
from __future__ import annotations

from .document import Document
from .model import Briefing, Commitment, TimeRef


def extract(doc: Document, briefing: Briefing, refs: list[TimeRef]) -> list[Commitment]:
    return []  # TODO(commitments)
