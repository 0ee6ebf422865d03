"""The command line: commands, options, formats, exit codes, error messages, -o, batches."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agendactl import __version__, cli

ROOT = Path(__file__).parents[1]
SEED = ROOT / "examples" / "nato-2017-12-04-pre-ministerial.txt"
GOLD = ROOT.parent / "shared" / "corpus" / "nato-2017-12-04-pre-ministerial.gold.json"
DATED = "Press briefing, 4 December 2017\n\nWe will meet the ministers tomorrow in Brussels.\n"


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli.app, [str(a) for a in args], input=input, env=env)


@pytest.fixture
def dated(tmp_path):
    p = tmp_path / "dated.txt"
    p.write_text(DATED)
    return p


# --------------------------------------------------------------------------- errors

def _setup(tmp_path, kind):
    p = tmp_path / f"{kind}.txt"
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "blank":
        p.write_text("  \n\t\n")
    elif kind == "binary":
        p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    elif kind == "nodate":
        p.write_text("We will meet the ministers tomorrow.\n")
    elif kind == "emptydir":
        p = tmp_path / "emptydir"
        p.mkdir()
        (p / "notes.json").write_text("{}")
    elif kind == "unreadable":
        p.write_text(DATED)
        p.chmod(0)
    elif kind == "dated":
        p.write_text(DATED)
    return p


ERRORS = [  # (what, argv after the command, exit code, message)
    ("missing file", ["{tmp}/missing.txt"], 3, "missing.txt: no such file"),
    ("directory without transcripts", ["{emptydir}"], 3, "no transcripts"),
    ("empty file", ["{empty}"], 3, "empty input"),
    ("whitespace-only file", ["{blank}"], 3, "empty input"),
    ("binary file", ["{binary}"], 3, "binary data"),
    ("no date", ["{nodate}"], 4, "no briefing date found"),
    ("malformed --date", ["{dated}", "--date", "2017-13-01"], 2,
     "--date '2017-13-01' is not a date in YYYY-MM-DD form"),
    ("--date in another form", ["{dated}", "-d", "04/12/2017"], 2, "YYYY-MM-DD"),
    ("unknown --format", ["{dated}", "--format", "xml"], 2, "unknown --format 'xml'"),
    ("unknown option", ["{dated}", "--bogus"], 2, "no such option: --bogus"),
    ("no FILE", [], 2, "missing argument 'FILE'"),
    ("--json with another --format", ["{dated}", "--json", "-f", "csv"], 2, "contradict"),
    ("-o over an input", ["{dated}", "-o", "{dated}"], 2, "refusing to write --output over"),
    ("-o into a missing directory", ["{dated}", "-o", "{tmp}/no/such/dir/out.json"], 5,
     "cannot write --output"),
]


@pytest.mark.parametrize("what,argv,code,message", ERRORS, ids=[e[0] for e in ERRORS])
def test_error_table(tmp_path, what, argv, code, message):
    names = {k: _setup(tmp_path, k) for k in ("empty", "blank", "binary", "nodate", "emptydir",
                                               "dated")}
    argv = [a.format(tmp=tmp_path, **names) for a in argv]
    r = run("schedule", *argv)
    assert r.exit_code == code, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("agendactl: "), r.stderr
    assert message in lines[0]
    assert "Traceback" not in r.output
    assert r.stdout in ("", "[]\n")  # a directory always gives an array, here an empty one


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file(tmp_path):
    p = _setup(tmp_path, "unreadable")
    r = run("dates", p)
    assert r.exit_code == 3 and "permission denied" in r.stderr


def test_unknown_command_and_bare_call():
    r = run("frobnicate")
    assert r.exit_code == 2 and r.stderr.startswith("agendactl: no such command 'frobnicate'")
    r = run()
    assert r.exit_code == 2 and "Usage:" in r.output


def test_format_the_command_cannot_produce(dated):
    r = run("commitments", dated, "-f", "ics")
    assert r.exit_code == 2 and "commitments cannot produce --format ics" in r.stderr
    r = run("extract", dated, "-f", "csv")
    assert r.exit_code == 2 and "extract --format jsonl" in r.stderr


# --------------------------------------------------------------------------- batches

def test_batch_keeps_going(tmp_path, dated):
    empty = _setup(tmp_path, "empty")
    r = run("dates", tmp_path / "missing.txt", dated, empty, "--json")
    assert r.exit_code == 1
    docs = json.loads(r.stdout)
    assert [d["source"]["path"] for d in docs] == [str(dated)]
    err = r.stderr.splitlines()
    assert len(err) == 3 and "missing.txt: no such file" in err[0] and "empty input" in err[1]
    assert err[2] == "agendactl: 2 of 3 inputs failed (see above); 1 processed"
    assert len(run("dates", tmp_path / "missing.txt", dated, "-q").stderr.splitlines()) == 1


def test_all_failing_for_one_reason_gives_that_code(tmp_path):
    r = run("schedule", tmp_path / "a.txt", tmp_path / "b.txt")
    assert r.exit_code == 3 and r.stdout.strip() == "[]"
    nodate = _setup(tmp_path, "nodate")
    r = run("schedule", tmp_path / "a.txt", nodate)
    assert r.exit_code == 1


def test_unexpected_error_costs_one_file(monkeypatch, tmp_path, dated):
    from agendactl import pipeline

    real = pipeline.extract_bytes

    def boom(data, path="-", date_override=None):
        if path.endswith("bad.txt"):
            raise RuntimeError("kaboom\nsecond line")
        return real(data, path, date_override)

    monkeypatch.setattr(pipeline, "extract_bytes", boom)
    bad = tmp_path / "bad.txt"
    bad.write_text(DATED)
    r = run("schedule", bad, dated, "--json", "-q")
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    line, = r.stderr.splitlines()
    assert line.startswith("agendactl: ") and "bad.txt" in line and "kaboom" in line
    assert [d["source"]["path"] for d in json.loads(r.stdout)] == [str(dated)]


def test_directory_expands_to_sorted_transcripts(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("b.md", "a.txt", "c.html", "skip.json", ".hidden.txt"):
        (d / name).write_text(DATED if not name.endswith("html") else
                              "<html><body><p>Briefing, 4 December 2017</p>"
                              "<p>We will meet tomorrow.</p></body></html>")
    r = run("dates", d, "--json")
    assert r.exit_code == 0, r.stderr
    assert [Path(x["source"]["path"]).name for x in json.loads(r.stdout)] == \
        ["a.txt", "b.md", "c.html"]


def test_one_file_object_directory_array(tmp_path, dated):
    assert isinstance(json.loads(run("dates", dated).stdout), dict)  # not a tty: json
    d = tmp_path / "one"
    d.mkdir()
    shutil.copy(dated, d / "x.txt")
    assert isinstance(json.loads(run("dates", d).stdout), list)


def test_stdin(dated):
    r = run("dates", "-", "--json", input=DATED)
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source"]["path"] == "-" and doc["briefing"]["date"] == "2017-12-04"
    r = run("dates", "-", "-")
    assert r.exit_code == 2 and "only once" in r.stderr


def test_date_option_wins(dated):
    doc = json.loads(run("dates", dated, "--date", "2020-02-29", "--json").stdout)
    assert doc["briefing"]["date"] == "2020-02-29" and doc["briefing"]["date_source"] == "option"


def test_no_progress_or_noise_when_piped(tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"f{i:02}.txt"
        p.write_text(DATED)
        paths.append(p)
    r = run("schedule", *paths, "-f", "jsonl")
    assert r.exit_code == 0 and r.stderr == ""


# --------------------------------------------------------------------------- -o

def test_output_written_atomically(tmp_path, dated):
    out = tmp_path / "out.json"
    out.write_text("old")
    r = run("extract", dated, "-o", out)
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(out.read_text())["briefing"]["date"] == "2017-12-04"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dated.txt", "out.json"]  # no temp


def test_output_untouched_when_nothing_succeeds(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")
    r = run("extract", tmp_path / "missing.txt", "-o", out)
    assert r.exit_code == 3
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_output_never_half_written(monkeypatch, tmp_path, dated):
    """A crash while writing leaves the old file and no temporary file behind."""
    from agendactl.render import jsonfmt

    out = tmp_path / "out.json"
    out.write_text("old")

    def fail(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(jsonfmt.JsonWriter, "close", fail)
    r = run("extract", dated, dated, "-o", out)
    assert r.exit_code == 130 and "interrupted" in r.stderr
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dated.txt", "out.json"]


def test_output_refuses_input_inside_directory(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(DATED)
    link = tmp_path / "link.txt"
    link.symlink_to(d / "a.txt")
    r = run("schedule", d, "-o", link)
    assert r.exit_code == 2 and "refusing" in r.stderr
    assert (d / "a.txt").read_text() == DATED


def test_output_format_from_extension(tmp_path, dated):
    for ext, check in ((".ics", lambda s: s.startswith("BEGIN:VCALENDAR")),
                       (".csv", lambda s: s.startswith("source,briefing_date")),
                       (".md", lambda s: s.startswith("### ")),
                       (".jsonl", lambda s: all(json.loads(x) for x in s.splitlines())),
                       (".out", lambda s: isinstance(json.loads(s), dict))):
        out = tmp_path / f"o{ext}"
        r = run("schedule", dated, "-o", out)
        assert r.exit_code == 0, r.stderr
        assert check(out.read_text()), ext


def test_output_keeps_mode_of_replaced_file(tmp_path, dated):
    out = tmp_path / "o.json"
    out.write_text("")
    out.chmod(0o640)
    assert run("dates", dated, "-o", out).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640


# --------------------------------------------------------------------------- formats via CLI

def test_csv_bytes_on_stdout(tmp_path, dated):
    out = tmp_path / "s.csv"
    assert run("schedule", dated, "-f", "csv", "-o", out).exit_code == 0
    assert out.read_bytes().startswith(b"source,briefing_date,date,weekday")
    assert b"\r\n" in out.read_bytes()


def test_color_follows_terminal_and_no_color(monkeypatch, dated):
    monkeypatch.setattr(cli, "_isatty", lambda s: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    colored = run("schedule", dated)
    assert "\x1b[" in colored.stdout  # a terminal: table, in colour
    assert "\x1b[" not in run("schedule", dated, "--no-color").stdout
    assert "\x1b[" not in run("schedule", dated, env={"NO_COLOR": "1"}).stdout


def test_quiet_silences_notes(tmp_path, dated):
    assert run("schedule", dated, "-f", "ics", "-q").stderr == ""


def test_version_and_help():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout == f"agendactl {__version__}\n"
    r = run("--help")
    assert r.exit_code == 0
    for code, _ in cli.EXIT_CODES:
        assert f"\n    {code:>3}  " in r.stdout
    for cmd in ("schedule", "commitments", "dates", "extract", "resolve", "schema"):
        assert cmd in r.stdout
    assert "--install-completion" in r.stdout  # typer's shell completion
    r = run("schedule", "--help")
    assert "Exit codes:" in r.stdout and "--jobs" in r.stdout and "NO_COLOR" in r.stdout


def test_version_fast_path(capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["agendactl", "--version"])
    cli.main()
    assert capsys.readouterr().out == f"agendactl {__version__}\n"


def test_schema_command():
    r = run("schema")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["properties"]["schema_version"]["const"] == 1


def test_jobs_passed_through(monkeypatch, dated):
    from agendactl import batch

    seen = {}
    real = batch.process

    def spy(paths, date=None, jobs=1):
        seen["jobs"] = jobs
        return real(paths, date, 1)

    monkeypatch.setattr(batch, "process", spy)
    assert run("dates", dated, dated, "-j", "3").exit_code == 0
    assert seen["jobs"] == 3


# --------------------------------------------------------------------------- resolve

def _resolve_available() -> bool:
    try:
        from agendactl.resolve import resolve_phrase  # noqa: F401
    except ImportError:
        return False
    return True


needs_resolve = pytest.mark.skipif(not _resolve_available(),
                                   reason="agendactl.resolve.resolve_phrase not written yet")


@needs_resolve
def test_resolve_phrases_and_stdin():
    r = run("resolve", "tomorrow", "next July", "--date", "2017-12-04")
    assert r.exit_code == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["phrase"] for x in lines] == ["tomorrow", "next July"]
    assert lines[0]["references"][0]["value"] == "2017-12-05"
    assert lines[1]["references"][0]["value"] == "2018-07"
    r = run("resolve", "--date", "2017-12-04", input="tomorrow\n\nyesterday\n")
    assert [json.loads(x)["phrase"] for x in r.stdout.splitlines()] == ["tomorrow", "yesterday"]


def test_resolve_needs_date():
    r = run("resolve", "tomorrow")
    assert r.exit_code == 2 and "resolve needs --date" in r.stderr


# --------------------------------------------------------------------------- the seed

def _fits(when: str, first: dt.date, last: dt.date) -> bool:
    if "/" in when:
        a, b = when.split("/")
        return (first, last) == (dt.date.fromisoformat(a), dt.date.fromisoformat(b))
    if len(when) == 7:  # a month: the whole-month span
        y, m = map(int, when.split("-"))
        return first == dt.date(y, m, 1) and last.month == m and (last + dt.timedelta(1)).day == 1
    return first == last == dt.date.fromisoformat(when)


def test_seed_calendar_imports_as_eight_events_on_the_right_days(tmp_path):
    """Issue 5's acceptance check: the seed's calendar holds its 8 announced events."""
    import icalendar

    out = tmp_path / "seed.ics"
    r = run("schedule", SEED, "-o", out)
    assert r.exit_code == 0, r.stderr
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    gold = json.loads(GOLD.read_text())["schedule"]
    assert len(events) == len(gold) == 8
    unmatched = list(events)
    for g in gold:
        for e in unmatched:
            first = e.decoded("DTSTART")
            first = first.date() if isinstance(first, dt.datetime) else first
            end = e.decoded("DTEND") if "DTEND" in e else None
            last = end - dt.timedelta(days=1) if isinstance(end, dt.date) and not \
                isinstance(end, dt.datetime) else first
            title = str(e["SUMMARY"]).lower()
            if any(_fits(w, first, last) for w in g["when"]) and \
                    any(a.lower() in title for a in g["any"]):
                unmatched.remove(e)
                break
        else:
            pytest.fail(f"no calendar event for {g['what']} on {g['when']}")


@needs_resolve
def test_closed_pipe_stops_quietly():
    """`agendactl … | head -1`: no traceback, exit 141 (one subprocess: needs a real pipe)."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "from agendactl.cli import main; main()",
                             "resolve", "--date", "2017-12-04"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(b"tomorrow\n" * 20000)  # far more output than a pipe buffer holds
    proc.stdin.close()
    assert proc.stdout.readline().startswith(b'{"phrase": "tomorrow"')
    proc.stdout.close()
    assert proc.wait(timeout=60) == cli.PIPE_CLOSED
    assert proc.stderr.read() == b""
