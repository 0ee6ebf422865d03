"""CSV for spreadsheets: one header, one row per item, every row naming its source file."""
from __future__ import annotations

import csv

from ..model import Result
from . import Writer
from .items import quantity_label, weekday

COLUMNS = {
    "schedule": ["source", "briefing_date", "date", "weekday", "first_day", "last_day", "grain",
                 "time", "title", "participants", "location", "date_inferred", "line", "quote"],
    "commitments": ["source", "briefing_date", "kind", "quantity", "quantity_max", "approximate",
                    "unit", "phrase", "purpose", "status", "actor", "line", "quote"],
    "dates": ["source", "briefing_date", "text", "value", "grain", "first_day", "last_day", "rule",
              "tense", "ambiguous", "alternatives", "line", "start", "end"],
}


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


class CsvWriter(Writer):
    def __init__(self, out, opts):
        super().__init__(out, opts)
        self.columns = list(COLUMNS[opts.view])
        if opts.explain and opts.view in ("schedule", "dates"):
            self.columns.append("explain")
        self.w = csv.writer(out)  # RFC 4180: CRLF line ends, quoted where needed
        self.w.writerow(self.columns)

    def add(self, result: Result) -> None:
        src, bd = result.source_path, result.briefing.date
        v = self.opts.view
        if v == "schedule":
            from .items import event_explain
            for e in result.schedule:
                self._row(source=src, briefing_date=bd, date=e.date, weekday=weekday(e.first_day)
                          if e.grain == "day" else "", first_day=e.first_day, last_day=e.last_day,
                          grain=e.grain, time=e.time, title=e.title,
                          participants="; ".join(e.participants), location=e.location,
                          date_inferred=e.date_inferred, line=e.evidence.line,
                          quote=e.evidence.text, explain=" / ".join(event_explain(e)))
        elif v == "commitments":
            for c in result.commitments:
                if c.kind == "pledge" and not self.opts.pledges:
                    continue
                self._row(source=src, briefing_date=bd, kind=c.kind, quantity=c.quantity,
                          quantity_max=c.quantity_max, approximate=c.approximate, unit=c.unit,
                          phrase=c.phrase, purpose=c.purpose, status=c.status, actor=c.actor,
                          line=c.evidence.line, quote=c.evidence.text)
        else:
            for r in result.references:
                self._row(source=src, briefing_date=bd, text=r.text, value=r.value, grain=r.grain,
                          first_day=r.first_day, last_day=r.last_day, rule=r.rule, tense=r.tense,
                          ambiguous=r.ambiguous, alternatives=" ".join(r.alternatives),
                          line=r.line, start=r.start, end=r.end, explain=" / ".join(r.explain))
        super().add(result)

    def _row(self, **values) -> None:
        self.w.writerow([_cell(values.get(c)) for c in self.columns])


__all__ = ["CsvWriter", "COLUMNS", "quantity_label"]
