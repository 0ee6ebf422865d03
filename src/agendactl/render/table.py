"""Tables for people at a terminal (rich). Grouped by day, a section per input file."""
from __future__ import annotations

from ..model import Result
from . import Writer
from .items import (briefing_day, clean, commitment_rows, date_source, reference_rows,
                    schedule_rows)

INFERRED_NOTE = "* day not stated in the sentence: taken from the agenda it continues"
_EVENT_MIN = 30  # the title column's width below which With and Where go under the title
_WITH_MIN = 10


class TableWriter(Writer):
    def __init__(self, out, opts):
        super().__init__(out, opts)
        from rich.console import Console  # lazy: rich costs start-up time

        self.console = Console(file=out, width=opts.width, force_terminal=opts.color or None,
                               color_system="auto" if opts.color else None,
                               no_color=not opts.color, highlight=False, emoji=False,
                               legacy_windows=False)

    # ------------------------------------------------------------------ pieces
    def _table(self, title: str | None = None, expand: bool = False):
        from rich import box
        from rich.table import Table

        # expand=True is what makes rich honour the column ratios
        return Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD,
                     header_style="bold", show_edge=False, pad_edge=False, expand=expand,
                     collapse_padding=True)

    def _header(self, result: Result) -> None:
        """Title; the day (and speaker) a reader looks for first; then where the date came from.
        Each on its own line, so a narrow terminal never breaks a quoted dateline in two."""
        from rich.text import Text

        b = result.briefing
        self.console.print(Text(clean(b.title or result.source_path), style="bold"))
        day = briefing_day(result)
        if b.speaker:
            day += " · " + b.speaker
        self.console.print(Text(clean(day)))
        where, src = clean(result.source_path), clean(date_source(result))
        if len(where) + 3 + len(src) <= self.console.width:
            self.console.print(Text(f"{where} · {src}", style="dim"))
        else:  # break between the two pieces, not inside the quoted dateline
            self.console.print(Text(where, style="dim"))
            self.console.print(Text(src, style="dim"))

    def _empty(self, what: str) -> None:
        self.console.print(f"No {what} found.", style="dim", markup=False)

    def _schedule(self, result: Result, title: str | None = None) -> None:
        rows = schedule_rows(result, self.opts)
        if not rows:
            self._empty("announced events")
            return
        t = self._table(title, expand=True)
        # columns empty for every row of this file are left out: the event title gets the room
        has = {k: any(r[k] for r in rows) for k in ("time", "with", "where")}
        where_w = 0
        if has["where"]:  # places are short: a fixed width, so the ratios never squeeze them
            longest = max(max((len(w) for w in r["where"].split()), default=0) for r in rows)
            where_w = max(5, min(16, max(len(r["where"]) for r in rows)), longest)
        # On a narrow terminal (80 columns) separate With and Where columns would squeeze the
        # title to a few letters a line and fold words in the middle: there, the counterpart
        # and the place go on a dim line under the title instead.
        fixed = sum(max(len(str(r[k])) for r in rows) + 3 for k in ("date", "weekday", "line"))
        fixed += (max(len(r["time"]) for r in rows) + 2) if has["time"] else 0
        stacked = (has["with"] or has["where"]) and self.console.width < fixed + _EVENT_MIN + (
            _WITH_MIN + 2 if has["with"] else 0) + (where_w + 2 if has["where"] else 0)
        t.add_column("Date", no_wrap=True)
        t.add_column("Day", no_wrap=True)
        if has["time"]:
            t.add_column("Time", max_width=16)
        # the event title is what a reader scans: it keeps most of the width, the others are
        # capped and wrap inside their column
        t.add_column("Event", ratio=3, min_width=20, overflow="fold")
        if has["with"] and not stacked:
            t.add_column("With", ratio=2, min_width=_WITH_MIN, overflow="fold")
        if has["where"] and not stacked:
            t.add_column("Where", width=where_w)
        t.add_column("Line", justify="right", no_wrap=True, style="dim")
        prev = None
        for r in rows:
            same = r["group"] == prev
            if prev is not None and not same:
                t.add_section()
            prev = r["group"]
            # every row names its day, so a wrapped title never reads as part of the row above;
            # repeats are dim, so the first row of each day stands out on a colour terminal
            date = _styled(r["date"] + ("*" if r["inferred"] else ""), "dim" if same else "bold")
            day = _styled(r["weekday"], "dim" if same else "")
            cells = [date, day]
            cells += [r["time"]] if has["time"] else []
            if stacked:
                cells += [_stacked(r["event"], r["with"], r["where"])]
            else:
                cells += [r["event"]]
                cells += [r["with"]] if has["with"] else []
                cells += [r["where"]] if has["where"] else []
            _row(t, *cells, str(r["line"]))
        self.console.print(t)
        if any(r["inferred"] for r in rows):
            self.console.print(INFERRED_NOTE, style="dim", markup=False)
        if self.opts.explain:
            # below the table, full width (inside a column the reasoning wraps into a ribbon);
            # a grid keeps wrapped lines indented under their event
            from rich.table import Table
            from rich.text import Text

            self.console.print()
            self.console.print("Why these dates:", style="bold", markup=False)
            grid = Table.grid(padding=(0, 2), pad_edge=True)
            grid.add_column(no_wrap=True, style="dim", justify="right")
            grid.add_column(ratio=1, overflow="fold")
            for r in rows:
                why = Text(clean(r["event"]) + "\n")
                why.append(clean(" → ".join(r["explain"])) or "(no reasoning recorded)",
                           style="italic")
                grid.add_row(f"line {r['line']}", why)
            self.console.print(grid)

    def _commitments(self, result: Result, title: str | None = None) -> None:
        rows = commitment_rows(result, self.opts)
        qty = [r for r in rows if r["kind"] != "pledge"]
        pledges = [r for r in rows if r["kind"] == "pledge"]
        if not qty:
            self._empty("quantified commitments")
        else:
            t = self._table(title)
            t.add_column("Quantity", justify="right", no_wrap=True)
            t.add_column("Unit", ratio=1)
            t.add_column("What for", ratio=3)
            t.add_column("Status", no_wrap=True)
            t.add_column("Who", ratio=1)
            t.add_column("Line", justify="right", no_wrap=True, style="dim")
            for r in qty:
                _row(t, r["quantity"], r["unit"], r["what for"], r["status"], r["who"],
                          str(r["line"]))
            self.console.print(t)
        if pledges:
            self.console.print()
            t = self._table("Pledges without a number")
            t.add_column("Pledge", ratio=4)
            t.add_column("Status", no_wrap=True)
            t.add_column("Who", ratio=1)
            t.add_column("Line", justify="right", no_wrap=True, style="dim")
            for r in pledges:
                _row(t, r["what for"], r["status"], r["who"], str(r["line"]))
            self.console.print(t)

    def _dates(self, result: Result, title: str | None = None) -> None:
        rows = reference_rows(result, self.opts)
        if not rows:
            self._empty("day references")
            return
        explain = self.opts.explain
        t = self._table(title, expand=explain)  # the reasoning takes the width it is given
        t.add_column("Text", ratio=2, min_width=10)
        t.add_column("Value", no_wrap=True)
        if not explain:
            t.add_column("Grain", no_wrap=True)
            t.add_column("Days", no_wrap=True)
        t.add_column("Rule", no_wrap=True)  # short names: never cut
        t.add_column("Line", justify="right", no_wrap=True, style="dim")
        if explain:
            t.add_column("Why", ratio=6, min_width=20)
        for r in rows:
            value = r["value"] + ("?" if r["ambiguous"] else "")
            if r["ambiguous"] and r["alternatives"]:
                value += " (or " + ", ".join(r["alternatives"]) + ")"
            if explain:
                _row(t, r["text"], value, r["rule"], str(r["line"]), " → ".join(r["explain"]))
            else:
                _row(t, r["text"], value, r["grain"], r["days"], r["rule"], str(r["line"]))
        self.console.print(t)

    # ------------------------------------------------------------------ writer
    def add(self, result: Result) -> None:
        if self.count:
            self.console.print()
        self._header(result)
        self.console.print()
        v = self.opts.view
        if v == "schedule":
            self._schedule(result)
        elif v == "commitments":
            self._commitments(result)
        elif v == "dates":
            self._dates(result)
        else:
            self._schedule(result, "Schedule")
            self.console.print()
            self._commitments(result, "Commitments")
            self.console.print()
            self._dates(result, "Day references")
        super().add(result)


class _styled(str):
    """A cell with a style; every other cell is plain text (never read as rich markup)."""

    def __new__(cls, text: str, style: str):
        obj = super().__new__(cls, text)
        obj.style = style
        return obj


def _stacked(event: str, with_: str, where: str):
    """The title, then a dim line naming the counterpart and the place (narrow terminals)."""
    from rich.text import Text

    title = clean(event)
    # what the title already says is not said again ("Lunch at the White House")
    said = [clean(x) for x in (with_, where)]
    said = [x if x and x.casefold() not in title.casefold() else "" for x in said]
    cell = Text(title)
    extra = " · ".join(x for x in (said[0] and "with " + said[0], said[1] and "at " + said[1]) if x)
    if extra:
        cell.append("\n" + extra, style="dim")
    return cell


def _row(table, *cells) -> None:
    from rich.text import Text

    table.add_row(*(c if isinstance(c, Text) else Text(clean(c), style=getattr(c, "style", ""))
                    for c in cells))
