"""Dataclasses of the output contract (schema version 1, see ../shared/DESIGN.md).

Every stage of the pipeline hands one of these to the next; `to_dict` gives the JSON shape.
Field names of the contract are fixed; extra fields are allowed.
"""
from __future__ import annotations

from .records import field, record
from typing import Any

SCHEMA_VERSION = 1


@record(slots=True)
class Evidence:
    """A span of the decoded input: `input[start:end] == text`; `line` is 1-based."""

    text: str
    start: int
    end: int
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "line": self.line}


@record(slots=True)
class DateCandidate:
    """One clue to the briefing date (a dateline, front matter, file name, embargo line…)."""

    date: str  # YYYY-MM-DD
    source: str  # "option", "dateline", "spoken", "embargo", "local-time", "staged", "front-matter", "header", "updated", "published", "file-name"
    evidence: Evidence | None
    weight: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "source": self.source,
                "evidence": self.evidence.to_dict() if self.evidence else None}


@record(slots=True)
class Briefing:
    date: str | None
    date_source: str | None
    evidence: Evidence | None
    title: str | None = None
    speaker: str | None = None
    other_dates: list[DateCandidate] = field(default_factory=list)
    weekday: str | None = None
    organisation: str | None = None  # the institution speaking ("NATO", "White House")

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "speaker": self.speaker, "organisation": self.organisation,
                "date": self.date,
                "weekday": self.weekday, "date_source": self.date_source,
                "evidence": self.evidence.to_dict() if self.evidence else None,
                "other_dates": [c.to_dict() for c in self.other_dates]}


@record(slots=True)
class Mention:
    """A rule match, still unresolved (the match stage never does date arithmetic).

    `fields` holds what the rule read off the text, e.g. {"weekday": 3, "modifier": None} or
    {"days": [5, 6], "month": 12}; `tense` is "future", "past" or None from the clause around.
    """

    start: int
    end: int
    text: str
    rule: str
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    tense: str | None = None


@record(slots=True)
class TimeRef:
    """A resolved reference to a calendar day or a coarser calendar period."""

    text: str
    start: int
    end: int
    line: int
    value: str
    grain: str  # day, week, weekend, month, quarter, half, season, year, decade, century
    first_day: str
    last_day: str
    rule: str
    tense: str | None = None
    ambiguous: bool = False
    alternatives: list[str] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)
    anchor: str = "briefing"  # "briefing", "discourse" or "absolute"

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text, "start": self.start, "end": self.end, "line": self.line,
            "value": self.value, "grain": self.grain, "first_day": self.first_day,
            "last_day": self.last_day, "rule": self.rule, "tense": self.tense,
            "anchor": self.anchor, "ambiguous": self.ambiguous, "alternatives": list(self.alternatives),
        }
        if explain:
            d["explain"] = list(self.explain)
        return d


@record(slots=True)
class Event:
    date: str  # value at the event's grain (a day, an interval first/last, a month…)
    grain: str
    first_day: str
    last_day: str
    title: str
    evidence: Evidence
    time: str | None = None
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    date_inferred: bool = False
    kind: str | None = None  # meeting, summit, visit, call, discussion…
    more_evidence: list[Evidence] = field(default_factory=list)
    reference: TimeRef | None = None  # the reference that dates it (None when inferred)

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "grain": self.grain, "first_day": self.first_day,
                "last_day": self.last_day, "time": self.time, "title": self.title,
                "kind": self.kind, "participants": list(self.participants),
                "location": self.location, "date_inferred": self.date_inferred,
                "evidence": self.evidence.to_dict(),
                "more_evidence": [e.to_dict() for e in self.more_evidence]}


@record(slots=True)
class Commitment:
    quantity: float | int | None
    unit: str | None
    phrase: str | None
    evidence: Evidence
    approximate: bool = False
    quantity_max: float | int | None = None  # upper end of a range ("3,000 to 4,000")
    actor: str | None = None
    status: str | None = None  # "announced", "planned", "in progress", "delivered"
    purpose: str | None = None
    kind: str = "quantity"  # "quantity" or "pledge"
    phrase_start: int | None = None
    phrase_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "quantity": self.quantity, "quantity_max": self.quantity_max,
                "approximate": self.approximate, "unit": self.unit, "phrase": self.phrase,
                "phrase_start": self.phrase_start, "phrase_end": self.phrase_end,
                "actor": self.actor, "status": self.status, "purpose": self.purpose,
                "evidence": self.evidence.to_dict()}


@record(slots=True)
class Result:
    """Everything extracted from one input."""

    source_path: str
    sha256: str
    briefing: Briefing
    references: list[TimeRef] = field(default_factory=list)
    schedule: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, explain: bool = False, pledges: bool = True) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": {"path": self.source_path, "sha256": self.sha256},
            "briefing": self.briefing.to_dict(),
            "references": [r.to_dict(explain) for r in self.references],
            "schedule": [e.to_dict() for e in self.schedule],
            "commitments": [c.to_dict() for c in self.commitments
                            if pledges or c.kind != "pledge"],
        }
