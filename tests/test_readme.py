"""README shows the tool as it is: its output blocks are re-run and compared, its install and
test commands come first, its exit-code table is the CLI's."""
from __future__ import annotations

import re

import pytest

import update_readme
from agendactl import cli

TEXT = update_readme.README.read_text(encoding="utf-8")
BLOCKS = update_readme.blocks(TEXT)
FIX = "run `.venv/bin/python tests/update_readme.py` and review the diff"


def test_readme_starts_with_install_and_test_commands():
    first = re.search(r"```sh\n(.*?)```", TEXT, re.S).group(1).splitlines()
    assert first == [
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/agendactl schedule "
        "examples/nato-2017-12-04-pre-ministerial.txt",
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest",
    ]
    assert TEXT.index("```sh") < TEXT.index("\n## ")  # before any other section


def test_readme_has_output_blocks():
    cmds = [m.group("cmd") for m in BLOCKS]
    assert any(c.startswith("schedule examples/") for c in cmds)
    assert len(cmds) >= 3


@pytest.mark.parametrize("block", BLOCKS, ids=[m.group("cmd")[:60] for m in BLOCKS])
def test_readme_output_matches_tool(block):
    assert block.group("body") == update_readme.run(block.group("cmd")), \
        f"README block for `agendactl {block.group('cmd')}` drifted: {FIX}"


def test_examples_expected_output_matches_tool():
    stale = [str(p.name) for p, _ in update_readme.stale_expected()]
    assert not stale, f"{stale} drifted from the tool's output: {FIX}"


def test_readme_exit_codes_are_the_cli_ones():
    rows = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", TEXT, re.M))
    assert {int(k): v for k, v in rows.items()} == \
        {c: m.replace("\n", " ") for c, m in cli.EXIT_CODES}


def test_runner_rejects_other_pipes():
    with pytest.raises(ValueError):
        update_readme.run("schedule x | sort")
