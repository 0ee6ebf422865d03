"""Command line (typer): commands, options, formats, exit codes. No extraction logic here.

Start-up time matters (`agendactl --version` is benchmarked against `import typer`), so this
module imports only typer and the standard library; the pipeline, rich and icalendar are
imported inside the code paths that use them.

No `from __future__ import annotations` here: typer would have to eval every parameter's
annotation string when it builds the commands (~1.3 ms of each start).
"""
import gc
import os
import sys
from typing import Iterator, List, Optional

_gc_was_on = gc.isenabled()
gc.disable()  # importing typer makes only long-lived objects: collecting during it is wasted
import typer  # noqa: E402
from typer.core import TyperCommand, TyperGroup

try:  # typer >= 0.20 vendors click; older releases depend on it
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover
    from click import exceptions as _cx

from . import __version__

# --------------------------------------------------------------------------- exit codes
OK, SOME_FAILED, USAGE, BAD_INPUT, NO_DATE, CANNOT_WRITE, INTERNAL, INTERRUPTED, PIPE_CLOSED = \
    0, 1, 2, 3, 4, 5, 70, 130, 141
EXIT_CODES = [
    (OK, "success"),
    (SOME_FAILED, "some inputs failed; the others were processed and output"),
    (USAGE, "usage: unknown option or command, malformed --date, unknown --format,\n"
            "a format the command cannot produce, -o naming an input file"),
    (BAD_INPUT, "unusable input: missing, unreadable, empty, binary, or a directory\n"
                "without transcripts"),
    (NO_DATE, "no briefing date found in the text: give one with --date YYYY-MM-DD"),
    (CANNOT_WRITE, "the --output file cannot be written"),
    (INTERNAL, "internal error on an input (a bug: please report it with the file)"),
    (INTERRUPTED, "interrupted (Ctrl-C)"),
    (PIPE_CLOSED, "stdout closed early (the reader, e.g. head, stopped reading):\n"
                  "quiet stop, as on SIGPIPE"),
]
EPILOG = ("\b\nExit codes:\n" + "\n".join(f"  {c:>3}  " + m.replace("\n", "\n       ")
                                          for c, m in EXIT_CODES)
          + "\n\b\nWhen every input fails for the same reason the exit code is that reason's;"
          "\nmixed failures give 1. Data goes to stdout, messages to stderr.")
FORMAT_HELP = ("table, json, jsonl, csv, md or ics. Default: table when stdout is a terminal, "
               "json otherwise (with -o: from the file's extension, else json).")
TRANSCRIPT_EXTS = (".txt", ".md", ".markdown", ".html", ".htm")
PROGRESS_MIN_FILES = 10


FORMATS = ("table", "json", "jsonl", "csv", "md", "ics")


class UserError(Exception):
    """A problem to report as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = USAGE):
        super().__init__(message)
        self.code = code


def say(msg: str) -> None:
    """One line on stderr, prefixed like every message of the tool (newlines inside an error
    message, e.g. from an exception, are folded so each message stays one line)."""
    msg = " ".join("".join(c if c.isprintable() else " " for c in msg).split())
    sys.stderr.write(f"agendactl: {msg}\n")
    sys.stderr.flush()


class _PlainParams:
    """Installs `_PlainCoercion` on a command's parameters (the help option included, which
    click creates lazily) before they are parsed."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            _PlainCoercion.install(param)
        return params


class AgendaCommand(_PlainParams, TyperCommand):
    pass


class AgendaGroup(_PlainParams, TyperGroup):
    """Turns click's usage errors into one line on stderr, and keeps tracebacks away from users."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args=args, prog_name=prog_name or "agendactl",
                                complete_var=complete_var, standalone_mode=False, **extra)
        except _cx.NoArgsIsHelpError as e:  # `agendactl` alone: show help, exit 2
            print(e.ctx.get_help() if e.ctx else "", file=sys.stderr)
            code = USAGE
        except _cx.UsageError as e:
            own = isinstance(e, _cx.BadParameter) and e.param is not None and \
                e.param.name in ("format", "date")
            msg = e.message if own else e.format_message()
            msg = msg[:1].lower() + msg[1:]
            hint = f" (see '{e.ctx.command_path} --help')" if e.ctx else ""
            say(" ".join(msg.split()) + hint)
            code = USAGE
        except _cx.ClickException as e:
            say(e.format_message())
            code = e.exit_code
        except (typer.Abort, KeyboardInterrupt):
            code = INTERRUPTED
        except BrokenPipeError:
            _quiet_stdout()
            code = PIPE_CLOSED
        code = code if isinstance(code, int) else OK
        if code == INTERRUPTED:  # typer turns Ctrl-C into Exit(130) before we see it
            say("interrupted")
        if standalone_mode:
            sys.exit(code)
        return code


class _PlainCoercion:
    """Start-up: typer coerces every given option value through a pydantic TypeAdapter, and
    importing pydantic costs ~55 ms, more than the whole extraction of a briefing. Our options
    are plain str, List[str], int and bool; the values click hands over for them are already
    of that type (or a decimal integer string), so they are taken as pydantic would return them.
    Anything else (a malformed or out-of-range number, another type) goes to typer's own
    coercion, so its results and error messages are unchanged. If typer's internals differ
    from what this expects, nothing is installed."""

    __slots__ = ("param", "kind")

    def __init__(self, param, kind: str):
        self.param, self.kind = param, kind

    @classmethod
    def install(cls, param) -> None:
        try:
            if getattr(param, "_runtime_param", False) is not None:
                return
            desc = param.type_descriptor
            info = desc.parameter_info
            if desc.file_annotation is not None or info.parser is not None:
                return
            ann = desc.annotation
            if ann is str or ann is bool or ann is int:
                kind = ann.__name__
                if param.nargs != 1 or param.multiple:
                    return
            elif ann == List[str] and param.nargs == -1 and not param.multiple:
                kind = "list"
            else:
                return
            if kind == "int" and (info.clamp or info.max is not None):
                return
            param._runtime_param = cls(param, kind)
        except Exception:  # another typer: leave its coercion alone
            return

    def coerce(self, value, param, ctx):
        kind = self.kind
        if value is None:
            return () if kind == "list" else None
        tv = type(value)
        if kind == "str" and tv is str or kind == "bool" and tv is bool:
            return value
        if kind == "list" and (tv is tuple or tv is list) and all(type(v) is str for v in value):
            return list(value)
        if kind == "int":
            if tv is str and value.isascii() and value.isdigit() and len(value) < 18:
                value, tv = int(value), int
            low = self.param.type_descriptor.parameter_info.min
            if tv is int and (low is None or value >= low):
                return value
        from typer._coercion import build_runtime_param

        real = build_runtime_param(self.param.type_descriptor)
        self.param._runtime_param = real
        return real.coerce(value, param=param, ctx=ctx)


def _quiet_stdout() -> None:
    """The reader went away (`| head`): stop writing, without a traceback at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


app = typer.Typer(
    cls=AgendaGroup, name="agendactl", no_args_is_help=True, add_completion=True,
    rich_markup_mode=None, pretty_exceptions_enable=False, epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn official briefing transcripts into the briefing date, resolved day references, "
         "the announced schedule and quantified commitments. FILE may be a transcript "
         "(.txt, .md, .html), '-' for stdin, or a directory (its *.txt, *.md, *.html files).",
)


def _version(value: bool) -> None:
    if value:
        print(f"agendactl {__version__}")
        raise typer.Exit(OK)


@app.callback()
def _root(version: Optional[bool] = typer.Option(
        None, "--version", "-V", is_eager=True, callback=_version,
        help="Print the version and exit.")) -> None:
    pass


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt

    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"--date {value!r} is not a date in YYYY-MM-DD form "
                                 "(e.g. 2017-12-04)")


# Options shared by the file commands (typer reads them off each signature).
def _files_arg():
    return typer.Argument(..., metavar="FILE", show_default=False,
                          help="Transcripts, '-' for stdin, or directories.")


def _date_opt():
    return typer.Option(None, "--date", "-d", metavar="YYYY-MM-DD", callback=_check_date,
                        help="The briefing date; overrides the one detected in the text.")


def _check_format(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if value.lower() not in FORMATS:
        raise typer.BadParameter(f"unknown --format {value!r}; choose one of "
                                 + ", ".join(FORMATS))
    return value.lower()


def _format_opt(help: str = "", formats: tuple[str, ...] = ()):
    return typer.Option(None, "--format", "-f", metavar="FORMAT", show_default=False,
                        callback=_check_format, autocompletion=lambda: list(formats or FORMATS),
                        help=help or FORMAT_HELP)


def _json_opt():
    return typer.Option(False, "--json", help="Shorthand for --format json.")


def _output_opt():
    return typer.Option(None, "--output", "-o", metavar="FILE",
                        help="Write to FILE atomically (complete or not at all); never over an "
                             "input file.")


def _explain_opt():
    return typer.Option(False, "--explain",
                        help="Show for every reference (and dated event) the rule and reasoning.")


def _nocolor_opt():
    return typer.Option(False, "--no-color", help="No colour (also: NO_COLOR set in the "
                                                  "environment, or stdout not a terminal).")


def _quiet_opt():
    return typer.Option(False, "--quiet", "-q", help="Only errors on stderr: no warnings, "
                                                     "notes or progress.")


def _jobs_opt():
    return typer.Option(1, "--jobs", "-j", min=1, metavar="N",
                        help="Process N files in parallel (output stays in input order).")


# --------------------------------------------------------------------------- commands

@app.command(cls=AgendaCommand, epilog=EPILOG)
def schedule(files: List[str] = _files_arg(), date: Optional[str] = _date_opt(),
             format: Optional[str] = _format_opt(), json: bool = _json_opt(),
             output: Optional[str] = _output_opt(), explain: bool = _explain_opt(),
             no_color: bool = _nocolor_opt(), quiet: bool = _quiet_opt(),
             jobs: int = _jobs_opt()) -> None:
    """The programme the briefing announces: events on or after its date, grouped by day."""
    _run("schedule", files, date, format, json, output, explain, no_color, quiet, jobs)


@app.command(cls=AgendaCommand, epilog=EPILOG)
def commitments(files: List[str] = _files_arg(), date: Optional[str] = _date_opt(),
                all: bool = typer.Option(False, "--all", "-a",
                                         help="Also list pledges without a number."),
                format: Optional[str] = _format_opt(), json: bool = _json_opt(),
                output: Optional[str] = _output_opt(), explain: bool = _explain_opt(),
                no_color: bool = _nocolor_opt(), quiet: bool = _quiet_opt(),
                jobs: int = _jobs_opt()) -> None:
    """Quantified commitments: number, unit, what for, status, who, with the line they are on."""
    _run("commitments", files, date, format, json, output, explain, no_color, quiet, jobs,
         pledges=all)


@app.command(cls=AgendaCommand, epilog=EPILOG)
def dates(files: List[str] = _files_arg(), date: Optional[str] = _date_opt(),
          format: Optional[str] = _format_opt(), json: bool = _json_opt(),
          output: Optional[str] = _output_opt(), explain: bool = _explain_opt(),
          no_color: bool = _nocolor_opt(), quiet: bool = _quiet_opt(),
          jobs: int = _jobs_opt()) -> None:
    """The briefing date and every day reference, resolved to calendar values."""
    _run("dates", files, date, format, json, output, explain, no_color, quiet, jobs)


@app.command(cls=AgendaCommand, epilog=EPILOG)
def extract(files: List[str] = _files_arg(), date: Optional[str] = _date_opt(),
            format: Optional[str] = _format_opt(), json: bool = _json_opt(),
            output: Optional[str] = _output_opt(), explain: bool = _explain_opt(),
            no_color: bool = _nocolor_opt(), quiet: bool = _quiet_opt(),
            jobs: int = _jobs_opt()) -> None:
    """Everything: briefing, references, schedule and commitments (the whole JSON contract)."""
    _run("extract", files, date, format, json, output, explain, no_color, quiet, jobs)


@app.command(cls=AgendaCommand, epilog=EPILOG)
def resolve(phrases: Optional[List[str]] = typer.Argument(
                None, metavar="[PHRASE]...", show_default=False,
                help="Phrases to resolve; none or '-': one per line from stdin."),
            date: Optional[str] = _date_opt(),
            format: Optional[str] = _format_opt("jsonl (default) or json.", ("jsonl", "json")),
            json: bool = _json_opt(), output: Optional[str] = _output_opt(),
            explain: bool = _explain_opt(), quiet: bool = _quiet_opt()) -> None:
    """Resolve day phrases ("next July", "On Wednesday, we will") against --date: JSON Lines,
    one line per phrase with its references."""
    try:
        code = _resolve(phrases, date, format, json, output, explain, quiet)
    except UserError as e:
        say(str(e))
        code = e.code
    except BrokenPipeError:
        _quiet_stdout()
        code = PIPE_CLOSED
    raise typer.Exit(code)


@app.command(cls=AgendaCommand, epilog=EPILOG)
def schema() -> None:
    """Print the JSON Schema (schema version 1) of the JSON output."""
    from pathlib import Path

    sys.stdout.write((Path(__file__).parent / "schema.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- running

def _choose_format(fmt: Optional[str], as_json: bool, output: Optional[str], view: str) -> str:
    from .render import EXTENSIONS, SUPPORTED

    name = fmt
    if as_json:
        if name not in (None, "json"):
            raise UserError(f"--json and --format {name} contradict each other")
        name = "json"
    if name is None:
        if output:
            name = EXTENSIONS.get(os.path.splitext(output)[1].lower(), "json")
        else:
            name = "table" if _isatty(sys.stdout) else "json"
    if name not in SUPPORTED[view]:
        hint = {"ics": "ics holds calendar events: use schedule or extract",
                "csv": "csv is one flat table: use schedule, commitments or dates, "
                       "or extract --format jsonl"}.get(name, "")
        raise UserError(f"{view} cannot produce --format {name}" + (f" ({hint})" if hint else ""))
    return name


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _expand(files: list[str]) -> tuple[list[str], list[tuple[str, int]], bool]:
    """FILE arguments -> (paths to process, early failures, several-inputs?).

    A directory stands for its transcripts (*.txt, *.md, *.html), sorted by name; an argument
    that is neither file nor directory is passed on, so batch reports it in input order."""
    paths: list[str] = []
    failures: list[tuple[str, int]] = []
    multi = len(files) > 1
    if files.count("-") > 1:
        raise UserError("'-' (stdin) can be given only once")
    for f in files:
        if f != "-" and os.path.isdir(f):
            multi = True  # a directory always gives an array, however many files it holds
            try:
                names = sorted(n for n in os.listdir(f) if not n.startswith(".")
                               and n.lower().endswith(TRANSCRIPT_EXTS)
                               and os.path.isfile(os.path.join(f, n)))
            except OSError as e:
                failures.append((f"{f}: cannot list directory ({e.strerror})", BAD_INPUT))
                continue
            if not names:
                failures.append((f"{f}: no transcripts (*.txt, *.md, *.html) in this directory",
                                 BAD_INPUT))
            paths += [os.path.join(f, n) for n in names]
        else:
            paths.append(f)
    return paths, failures, multi


def _outcomes(paths: list[str], date: Optional[str], jobs: int) -> Iterator:
    """batch.process, in input order; an unexpected exception costs one file, not the batch."""
    from . import batch

    i = 0
    while i < len(paths):
        try:
            for outcome in batch.process(paths[i:], date, jobs):
                i += 1
                yield outcome
        except (KeyboardInterrupt, BrokenPipeError, MemoryError):
            raise
        except Exception as e:  # noqa: BLE001 - a bug on one input must not end the batch
            yield batch.Outcome(paths[i], error=f"{paths[i]}: internal error "
                                f"({type(e).__name__}: {_one_line(e)}); please report it",
                                code=INTERNAL)
            i += 1


def _one_line(e: BaseException) -> str:
    s = " ".join(str(e).split())
    return s[:200] + ("…" if len(s) > 200 else "")


class AtomicOutput:
    """stdout, or FILE written through a temporary file in the same directory and os.replace'd
    at the end: readers never see a half-written file, and a failed run leaves FILE as it was."""

    def __init__(self, path: Optional[str], inputs: list[str]):
        self.path = path
        self.tmp: Optional[str] = None
        if not path:
            self.stream = sys.stdout
            return
        if path == "-":
            raise UserError("-o - is not needed: stdout is the default")
        for p in inputs:
            if p != "-" and os.path.exists(p) and os.path.exists(path) and os.path.samefile(p, path):
                raise UserError(f"refusing to write --output over the input file {p}")
        if os.path.isdir(path):
            raise UserError(f"cannot write --output {path}: it is a directory", CANNOT_WRITE)
        import tempfile

        d = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.tmp = tempfile.mkstemp(dir=d, prefix=f".{os.path.basename(path)}.",
                                            suffix=".tmp")
        except OSError as e:
            raise UserError(f"cannot write --output {path}: {e.strerror}", CANNOT_WRITE)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        if not self.tmp:
            self.stream.flush()
            return
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            try:
                mode = os.stat(self.path).st_mode & 0o7777
            except OSError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(self.tmp, mode)
            os.replace(self.tmp, self.path)
            self.tmp = None
        except OSError as e:
            self.discard()
            raise UserError(f"cannot write --output {self.path}: {e.strerror}", CANNOT_WRITE)

    def discard(self) -> None:
        if self.tmp:
            try:
                self.stream.close()
            except OSError:
                pass
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


class Progress:
    """`[ 12/300] path` on stderr, for long batches when stderr is a terminal and the data goes
    elsewhere (a pipe or -o) so the two never interleave on one screen."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.n = total, enabled and total >= PROGRESS_MIN_FILES, 0

    def step(self, path: str) -> None:
        self.n += 1
        if self.enabled:
            import shutil

            w = len(str(self.total))
            line = f"[{self.n:>{w}}/{self.total}] {os.path.basename(path)}"
            cols = shutil.get_terminal_size((80, 24)).columns - 1
            if len(line) > cols:
                line = line[:cols - 1] + "…"
            sys.stderr.write(f"\r\x1b[K{line}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled and self.n:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _exit_code(codes: list[int], successes: int) -> int:
    if not codes:
        return OK
    if not successes and len(set(codes)) == 1:
        return codes[0]
    return SOME_FAILED


def _run(view: str, files: list[str], date: Optional[str], fmt: Optional[str], as_json: bool,
         output: Optional[str], explain: bool, no_color: bool, quiet: bool, jobs: int,
         pledges: bool = False) -> None:
    try:
        code = _run_files(view, files, date, fmt, as_json, output, explain, no_color, quiet,
                          jobs, pledges)
    except UserError as e:
        say(str(e))
        code = e.code
    except BrokenPipeError:  # the reader went away (`| head`): no message, no traceback
        _quiet_stdout()
        code = PIPE_CLOSED
    raise typer.Exit(code)


def _run_files(view, files, date, fmt, as_json, output, explain, no_color, quiet, jobs,
               pledges) -> int:
    import io

    from .render import Options, make_writer

    name = _choose_format(fmt, as_json, output, view)
    paths, early, multi = _expand(files)
    codes: list[int] = []
    for msg, c in early:
        say(msg)
        codes.append(c)
    out = AtomicOutput(output, paths)
    if "-" in paths and not quiet and _isatty(sys.stdin):  # not hang silently
        say("reading a transcript from stdin (end it with Ctrl-D)")
    color = (name == "table" and not output and not no_color and not os.environ.get("NO_COLOR")
             and _isatty(sys.stdout))

    def note(msg: str) -> None:
        if not quiet:
            progress.clear()
            say(f"note: {msg}")

    opts = Options(view=view, explain=explain, pledges=pledges, color=color, multi=multi,
                   note=note)
    buf = io.StringIO()  # each file is rendered whole before it is written: no partial items
    writer = make_writer(name, buf, opts)
    progress = Progress(len(paths), not quiet and _isatty(sys.stderr)
                        and (bool(output) or not _isatty(sys.stdout)))
    successes = 0

    def flush_buf() -> None:
        if buf.tell():
            out.stream.write(buf.getvalue())
            out.stream.flush()
            buf.seek(0)
            buf.truncate()

    try:
        for o in _outcomes(paths, date, jobs):
            progress.step(o.path)
            if o.error is not None or o.result is None:
                progress.clear()
                say(o.error or f"{o.path}: failed")
                codes.append(o.code or INTERNAL)
                continue
            if not quiet:
                for w in dict.fromkeys(o.result.warnings):  # once each, in order
                    progress.clear()
                    say(f"warning: {w}")
            try:
                writer.add(o.result)
            except Exception as e:  # noqa: BLE001 - a rendering bug costs one file
                buf.seek(0)
                buf.truncate()
                progress.clear()
                say(f"{o.path}: internal error while writing {name} "
                    f"({type(e).__name__}: {_one_line(e)}); please report it")
                codes.append(INTERNAL)
                continue
            successes += 1
            flush_buf()
        progress.clear()
        if successes or not output:
            writer.close()
            flush_buf()
        if successes:
            out.commit()
        else:
            out.discard()  # nothing worth writing: leave an existing FILE untouched
    except BaseException:
        progress.clear()
        out.discard()
        raise
    total = len(paths) + len(early)
    if codes and total > 1 and not quiet:  # in a long batch the errors have scrolled away
        say(f"{len(codes)} of {total} inputs failed (see above); "
            f"{successes} processed" + (f", written to {output}" if output and successes else ""))
    return _exit_code(codes, successes)


def _resolve(phrases, date, fmt, as_json, output, explain, quiet) -> int:
    import json as _json

    name = "json" if as_json else (fmt or "jsonl")
    if name not in ("jsonl", "json"):
        raise UserError(f"resolve writes jsonl or json, not {name}")
    if not date:
        raise UserError("resolve needs --date YYYY-MM-DD (the day the phrases are relative to)")
    try:
        from .resolve import resolve_phrase
    except ImportError:
        raise UserError("resolve is not available in this build (no resolve_phrase)", INTERNAL)
    import datetime as dt

    day = dt.date.fromisoformat(date)
    if not phrases or phrases == ["-"]:
        if not quiet and _isatty(sys.stdin):
            say("reading phrases from stdin, one per line (end with Ctrl-D)")
        phrases = [line.strip() for line in sys.stdin if line.strip()]
    out = AtomicOutput(output, [])
    codes: list[int] = []
    items = []
    try:
        for p in phrases:
            try:
                refs = resolve_phrase(p, day)
            except Exception as e:  # noqa: BLE001
                say(f"{p!r}: internal error ({type(e).__name__}: {_one_line(e)}); please report it")
                codes.append(INTERNAL)
                continue
            item = {"phrase": p, "briefing_date": date,
                    "references": [r.to_dict(explain) for r in refs]}
            if name == "jsonl":
                out.stream.write(_json.dumps(item, ensure_ascii=False) + "\n")
            else:
                items.append(item)
        if name == "json":
            out.stream.write(_json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        out.commit()
    except BaseException:
        out.discard()
        raise
    return _exit_code(codes, len(phrases) - len(codes))


def main() -> None:
    # `--version` alone skips building the command tree: start-up time is benchmarked
    if sys.argv[1:] in (["--version"], ["-V"]):
        print(f"agendactl {__version__}")
        return
    # Start-up (imports, compiled patterns, the first file) makes only long-lived objects:
    # cyclic garbage collections over them cost ~5 ms of a cold run and free nothing.
    # batch.py turns the collector back on after the first file.
    gc.disable()
    try:
        app()
    finally:
        gc.enable()  # for callers in the same process (tests); a CLI run ends here anyway


if _gc_was_on:  # as it was for whoever imports this module (main() turns it off again)
    # typer's objects live as long as the process: kept out of every later collection (a
    # full collection over them cost ~15 ms of a cold run once the collector was back on)
    gc.freeze()
    gc.enable()
