"""Match stage: rule families find day references in running text (no date arithmetic here)."""
from __future__ import annotations

from ..document import Document
from ..model import Mention


def match(doc: Document) -> list[Mention]:
    """All mentions in the document, sorted by start, non-overlapping."""
    return []  # TODO(references): rule families
