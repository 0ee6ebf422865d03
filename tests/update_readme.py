"""Regenerate (or check) the README blocks that show agendactl's real output.

A block is marked in README.md by an HTML comment naming the command, followed by a fenced
code block holding its output:

    <!-- agendactl: schedule examples/nato-2017-12-04-pre-ministerial.txt --format md -->
    ```
    ...output...
    ```

Optional `| head -N` after the arguments keeps the first N lines. Commands run in-process from
the project root with COLUMNS=100 and NO_COLOR=1, so tables have a fixed width.

    python tests/update_readme.py          # rewrite the blocks (and EXPECTED files) in place
    python tests/update_readme.py --check  # exit 1 and list what drifted

It also regenerates the examples' expected output (EXPECTED below), made the same way.
tests/test_readme.py runs the check, so README and the tool cannot drift apart silently.
"""
from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
# example expected-output files: path -> the command that makes them
EXPECTED = {
    ROOT / "examples" / "nato-2017-12-04-pre-ministerial.expected.json":
        "extract examples/nato-2017-12-04-pre-ministerial.txt --format json",
}
MARK = re.compile(r"^<!-- agendactl: (?P<cmd>.+?) -->\n(?P<fence>```[a-z]*)\n(?P<body>.*?)^```$",
                  re.M | re.S)


def run(cmd: str) -> str:
    """The output of `agendactl CMD` as README shows it (trailing spaces trimmed)."""
    from typer.testing import CliRunner

    from agendactl import cli

    head = None
    if "|" in cmd:
        cmd, pipe = (s.strip() for s in cmd.split("|", 1))
        m = re.fullmatch(r"head -n? ?(\d+)", pipe)
        if not m:
            raise ValueError(f"only '| head -N' is supported, not {pipe!r}")
        head = int(m.group(1))
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        r = CliRunner().invoke(cli.app, shlex.split(cmd), env=ENV)
    finally:
        os.chdir(old)
    if r.exit_code != 0:
        raise RuntimeError(f"agendactl {cmd}: exit {r.exit_code}: {r.stderr.strip()}")
    lines = [line.rstrip() for line in r.stdout.replace("\r\n", "\n").splitlines()]
    if head is not None:
        lines = lines[:head]
    return "\n".join(lines).rstrip("\n") + "\n"


def blocks(text: str):
    return list(MARK.finditer(text))


def update(text: str) -> tuple[str, list[str]]:
    """Text with every block regenerated, and the commands whose output changed."""
    changed: list[str] = []

    def sub(m: re.Match) -> str:
        out = run(m.group("cmd"))
        if out != m.group("body"):
            changed.append(m.group("cmd"))
        return f"<!-- agendactl: {m.group('cmd')} -->\n{m.group('fence')}\n{out}```"

    return MARK.sub(sub, text), changed


def stale_expected() -> list[tuple[Path, str]]:
    """(file, fresh output) for every expected-output file that differs from the tool's."""
    out = []
    for path, cmd in EXPECTED.items():
        fresh = run(cmd)
        if not path.exists() or path.read_text(encoding="utf-8") != fresh:
            out.append((path, fresh))
    return out


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new, changed = update(text)
    stale = stale_expected()
    if "--check" in argv:
        for c in changed:
            print(f"README block drifted from the tool's output: agendactl {c}")
        for path, _ in stale:
            print(f"{path.relative_to(ROOT)} drifted from the tool's output")
        return 1 if changed or stale else 0
    if new != text:
        README.write_text(new, encoding="utf-8")
    for path, fresh in stale:
        path.write_text(fresh, encoding="utf-8")
    print(f"{len(blocks(text))} README blocks, {len(changed)} updated; "
          f"{len(stale)} expected-output file(s) updated")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main(sys.argv[1:]))
