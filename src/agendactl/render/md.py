"""Markdown: a heading per file and a pipe table per section, for pasting into documents."""
from __future__ import annotations

from ..model import Result
from . import Writer
from .items import briefing_label, clean, commitment_rows, reference_rows, schedule_rows

INFERRED_NOTE = "\\* day not stated in the sentence: taken from the agenda it continues."


def esc(v) -> str:
    return clean(v).replace("\\", "\\\\").replace("|", "\\|")


class Raw(str):
    """A cell already in Markdown (not escaped again)."""


def table(headers: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(c if isinstance(c, Raw) else esc(c) for c in r) + " |"
            for r in rows]
    return "\n".join(out) + "\n"


def schedule_md(result: Result, opts) -> str:
    rows = schedule_rows(result, opts)
    if not rows:
        return "_No announced events found._\n"
    headers = ["Date", "Day", "Time", "Event", "With", "Where", "Line"]
    if opts.explain:
        headers.append("Why this date")
    body, prev = [], None
    for r in rows:
        same = r["group"] == prev
        prev = r["group"]
        date = Raw(("" if same else esc(r["date"])) + ("\\*" if r["inferred"] else ""))
        cells = [date, "" if same else r["weekday"], r["time"], r["event"], r["with"], r["where"],
                 r["line"]]
        if opts.explain:
            cells.append("; ".join(r["explain"]))
        body.append(cells)
    text = table(headers, body)
    if any(r["inferred"] for r in rows):
        text += "\n" + INFERRED_NOTE + "\n"
    return text


def commitments_md(result: Result, opts) -> str:
    rows = commitment_rows(result, opts)
    if not rows:
        return "_No quantified commitments found._\n"
    qty = [r for r in rows if r["kind"] != "pledge"]
    pledges = [r for r in rows if r["kind"] == "pledge"]
    text = ""
    if qty:
        text += table(["Quantity", "Unit", "What for", "Status", "Who", "Line"],
                      [[r["quantity"], r["unit"], r["what for"], r["status"], r["who"], r["line"]]
                       for r in qty])
    if pledges:
        text += ("\n" if text else "") + "Pledges without a number:\n\n" + table(
            ["Pledge", "Status", "Who", "Line"],
            [[r["what for"], r["status"], r["who"], r["line"]] for r in pledges])
    return text


def dates_md(result: Result, opts) -> str:
    rows = reference_rows(result, opts)
    if not rows:
        return "_No day references found._\n"
    headers = ["Text", "Value", "Grain", "Rule", "Line"]
    if opts.explain:
        headers.append("Why")
    body = []
    for r in rows:
        value = r["value"] + (" (ambiguous: or " + ", ".join(r["alternatives"]) + ")"
                              if r["ambiguous"] and r["alternatives"] else "")
        cells = [r["text"], value, r["grain"], r["rule"], r["line"]]
        if opts.explain:
            cells.append(" → ".join(r["explain"]))
        body.append(cells)
    return table(headers, body)


class MarkdownWriter(Writer):
    def add(self, result: Result) -> None:
        b = result.briefing
        title = b.title or result.source_path
        parts = [f"### {esc(title)}\n", f"`{clean(result.source_path)}` · {esc(briefing_label(result))}"
                 + (f" · {esc(b.speaker)}" if b.speaker else "") + "\n"]
        v = self.opts.view
        if v == "extract":
            parts += ["#### Schedule\n", schedule_md(result, self.opts),
                      "#### Commitments\n", commitments_md(result, self.opts),
                      "#### Day references\n", dates_md(result, self.opts)]
        else:
            parts.append({"schedule": schedule_md, "commitments": commitments_md,
                          "dates": dates_md}[v](result, self.opts))
        self.out.write(("\n" if self.count else "") + "\n".join(parts))
        super().add(result)
