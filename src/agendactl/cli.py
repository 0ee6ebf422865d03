"""Command line (typer). Options and exit codes only; extraction lives in pipeline.py."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(add_completion=True, no_args_is_help=True)


@app.command()
def extract(files: list[str], date: str = typer.Option(None, "--date", "-d"),
            format: str = typer.Option("json", "--format", "-f")):
    from .document import InputError
    from .pipeline import extract_bytes
    for f in files:
        data = sys.stdin.buffer.read() if f == "-" else Path(f).read_bytes()
        try:
            res = extract_bytes(data, f, date)
        except InputError as e:
            print(f"agendactl: {e}", file=sys.stderr)
            raise typer.Exit(e.code)
        print(json.dumps(res.to_dict(), ensure_ascii=False, indent=2))


@app.command()
def version():
    from . import __version__
    print(__version__)


def main() -> None:
    app()
