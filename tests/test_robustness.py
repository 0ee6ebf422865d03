"""Bad input, odd encodings, hostile text, batches that keep going, determinism (issue 7).
No timing here: hostile inputs are small; linear time is measured by bench/bench.py."""
from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agendactl import batch
from agendactl.document import InputError, decode, read_bytes
from agendactl.pipeline import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "nato-2017-12-04-pre-ministerial.txt"
TEXT = "MODERATOR: Good morning. Tomorrow we meet the ministers. On Wednesday, we will decide.\n"


# --------------------------------------------------------------------------- decoding

def test_windows_1252_falls_back_with_a_warning():
    data = "He said \u201cWednesday\u201d \u2014 caf\u00e9.".encode("cp1252")
    text, enc, warnings = decode(data, "w.txt")
    assert text == "He said \u201cWednesday\u201d \u2014 caf\u00e9." and enc == "cp1252"
    assert len(warnings) == 1 and "Windows-1252" in warnings[0] and "\n" not in warnings[0]


def test_mixed_utf8_and_cp1252_keeps_the_utf8():
    data = "caf\u00e9 \u2019ok\u2019 ".encode("utf-8") + b"\x93quoted\x94"
    text, _, warnings = decode(data)
    assert text == "caf\u00e9 \u2019ok\u2019 \u201cquoted\u201d" and warnings


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings(encoding):
    data = TEXT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # no BOM: recognised from the NUL pattern
        assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    doc = read_bytes(data)
    assert doc.text == TEXT


def test_utf16_offsets_index_the_decoded_text():
    res = extract_bytes(("\ufeff" + TEXT).encode("utf-16-le"), "u.txt", "2017-12-04")
    text = TEXT
    for r in res.references:
        assert text[r.start:r.end] == r.text
    assert any(r.value == "2017-12-05" for r in res.references)


@pytest.mark.parametrize("data,what", [
    (b"", "empty"),
    (b" \n\t\r\n  ", "empty"),
    ("\u00a0\u2003 \n".encode(), "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
    (b"Hello\x00world, this has NUL bytes", "NUL bytes"),
    (bytes(range(1, 32)) * 20, "control characters"),
])
def test_unusable_input_is_one_clear_line(data, what):
    with pytest.raises(InputError) as e:
        read_bytes(data, "in.bin")
    msg = str(e.value)
    assert what in msg and msg.startswith("in.bin: ") and "\n" not in msg and e.value.code == 3


def test_stray_nul_far_into_a_long_text_is_a_warning():
    data = (TEXT * 2000).encode() + b"\x00" + TEXT.encode()
    doc = read_bytes(data)
    assert any("NUL" in w for w in doc.warnings) and "\x00" not in doc.view


# --------------------------------------------------------------------------- hostile text

HOSTILE = {
    "digits": "1" * 30_000,
    "spaces": "On " + " " * 30_000 + "Monday.",
    "and": "and " * 8_000,
    "on": "on " * 8_000 + "Monday",
    "brackets": "(" * 10_000 + "[" * 5_000 + "]" * 5_000 + ")" * 10_000,
    "angles": "<" * 20_000 + "html" + ">" * 10,
    "dots": ". " * 10_000,
    "numbers": "5, 6 and 7 and 8 and " * 2_000 + "December",
    "months": "December " * 5_000,
    "weekdays": "Monday, Tuesday and " * 2_000,
    "one-line": "We will meet on Monday and then on 5 December. " * 1_000,
    "caps": "MODERATOR " * 5_000 + ":",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_completes_with_valid_offsets(name):
    text = HOSTILE[name]
    res = extract_bytes(text.encode(), "h.txt", "2017-12-04")
    for r in res.references:
        assert text[r.start:r.end] == r.text
    for e in res.schedule:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_html_page_references_point_into_the_page():
    page = ("<!DOCTYPE html><html><head><title>Press point</title>"
            "<script>var d = 'Friday 8 December';</script></head><body>"
            "<p>Good morning.&nbsp;<b>Tomorrow</b> we meet. On Wednesday, we will decide.</p>"
            "</body></html>")
    res = extract_bytes(page.encode(), "p.html", "2017-12-04")
    texts = {r.text for r in res.references}
    assert "Tomorrow" in texts and not any("Friday" in t for t in texts)
    for r in res.references:
        assert page[r.start:r.end] == r.text


def test_crlf_input_gives_the_same_results_shifted_exactly():
    base = extract_bytes(TEXT.encode() * 3, "a.txt", "2017-12-04")
    crlf_text = (TEXT * 3).replace("\n", "\r\n")
    crlf = extract_bytes(crlf_text.encode(), "a.txt", "2017-12-04")
    assert [(r.text, r.value, r.line) for r in base.references] == \
        [(r.text, r.value, r.line) for r in crlf.references]
    for r in crlf.references:
        assert crlf_text[r.start:r.end] == r.text


WORDS = st.sampled_from([
    "today", "tomorrow", "yesterday", "Monday", "on Wednesday", "next week", "last month",
    "5 December", "December 5", "2017", "in July", "the following day", "3,000 troops",
    "$4.5 billion", "we will", "we met", "Q", "MODERATOR:", ".", ",", "\n\n", "\r\n", " ",
    "and", "on", "(", ")", "\u00a0", "\u200b", "<p>", "&amp;", "later this year", "1950s",
    "Q1", "spring", "Christmas", "two weeks ago", "in three months", "30", "the 5th"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_random_text_with_date_words_keeps_every_invariant(text):
    try:
        res = extract_bytes(text.encode(), "r.txt", "2017-12-04")
    except InputError as e:
        assert "empty" in str(e)
        return
    for r in res.references:
        assert text[r.start:r.end] == r.text
        assert r.first_day <= r.last_day
    prev = None
    for e in res.schedule:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.first_day <= e.last_day and e.first_day >= "2017-12-04"
        assert prev is None or prev <= e.first_day
        prev = e.first_day
    for c in res.commitments:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text


# --------------------------------------------------------------------------- batches

def _digest(o):
    return (o.path, o.code, o.error, o.result.to_dict(explain=True) if o.result else None)


@pytest.fixture()
def inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "img.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    nodate = tmp_path / "nodate.txt"
    nodate.write_text("We will meet tomorrow.\n")
    return [str(good), str(tmp_path / "missing.txt"), str(empty), str(binary), str(tmp_path),
            str(nodate), str(good)]


def test_batch_keeps_going_in_order_and_jobs_do_not_change_results(inputs):
    one = [_digest(o) for o in batch.process(inputs, None, 1)]
    two = [_digest(o) for o in batch.process(inputs, None, 2)]
    assert one == two
    assert [d[0] for d in one] == inputs
    codes = [d[1] for d in one]
    assert codes[0] == 0 and codes[-1] == 0 and all(c != 0 for c in codes[1:6])
    assert all(d[2] and "\n" not in d[2] for d in one[1:6])


def test_stdin_is_read_in_the_parent(inputs, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    outs = list(batch.process([inputs[0], "-"], None, 2))
    assert outs[1].path == "-" and outs[1].result is not None
    a, b = outs[0].result.to_dict(), outs[1].result.to_dict()
    a.pop("source"), b.pop("source")
    assert a == b


def _dies_on_marked_file(path, date, data=None):
    if path.endswith("die.txt"):
        os._exit(9)
    return batch.run_bytes(path, Path(path).read_bytes(), date) if data is None else \
        batch.run_bytes(path, data, date)


def test_a_dead_worker_fails_only_its_file(tmp_path, monkeypatch):
    paths = []
    for i in range(6):
        p = tmp_path / ("die.txt" if i == 2 else f"ok{i}.txt")
        p.write_bytes(SEED.read_bytes())
        paths.append(str(p))
    monkeypatch.setattr(batch, "run_one", _dies_on_marked_file)
    outs = list(batch.process(paths, None, 2))
    assert [o.path for o in outs] == paths
    assert [o.code for o in outs] == [0, 0, 70, 0, 0, 0]
    assert "worker process died" in outs[2].error


def test_internal_errors_are_reported_per_file(monkeypatch):
    from agendactl import pipeline

    def boom(*a, **k):
        raise ValueError("kaboom")

    monkeypatch.setattr(pipeline, "extract_bytes", boom)
    o = batch.run_bytes("x.txt", b"text", None)
    assert o.code == 70 and "kaboom" in o.error and o.result is None


# --------------------------------------------------------------------------- determinism

def test_nothing_reads_the_clock():
    """Same input, same output whatever the day: no stage may look at today's date."""
    clock = regex.compile(r"\b(?:date|datetime)\.today\(|\.now\(|\butcnow\(|\btime\.time\(|"
                          r"\blocaltime\(|\bgmtime\(")
    offenders = []
    for p in (ROOT / "src" / "agendactl").rglob("*.py"):
        if p.name == "cli.py":  # the CLI may stamp nothing into data either, but its help
            continue            # text is free to mention dates; checked below instead
        for i, line in enumerate(p.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if clock.search(code):
                offenders.append(f"{p.relative_to(ROOT)}:{i}: {line.strip()}")
    assert not offenders, offenders


def test_dateparser_fallback_never_resolves_relative_phrases():
    from agendactl import briefing
    from agendactl.document import read_text

    doc = read_text("Press briefing\n2 days ago, 2017\n\nWe will meet tomorrow.\n")
    try:
        b = briefing.detect(doc)
    except InputError:
        return
    assert b.date is None or b.date.startswith("2017")


def test_same_input_same_output_twice():
    data = SEED.read_bytes()
    a = extract_bytes(data, "s.txt").to_dict(explain=True)
    b = extract_bytes(data, "s.txt").to_dict(explain=True)
    assert a == b


# --------------------------------------------------------------------------- start-up cache

def test_compiled_pattern_cache_round_trip(tmp_path):
    """Patterns loaded from the start-up cache behave exactly like freshly compiled ones."""
    import subprocess

    code = (
        "import sys, json, regex\n"
        "from agendactl import _recache, document, lazyre\n"
        "[v.compiled() for v in vars(document).values() if isinstance(v, lazyre.LazyPattern)]\n"
        "pats = [(r'(?i)\\b(?:mon|tues)day\\b', 0), (r'(?P<d>\\d{1,2})\\s++(?:Dec|Jan)', regex.I),"
        " (r'(?r)\\s*+', 0), (r'\\p{Lowercase}+', regex.V1)]\n"
        "text = 'On MONDAY, 5 dec and Tuesday 12 Jan  end  '\n"
        "out = [[m.span() for m in regex.compile(p, f).finditer(text)] for p, f in pats]\n"
        "print(json.dumps([out, len(_recache._disk), len(_recache._new)]))\n")
    env = _cache_env(tmp_path)
    runs = [json_run(code, env) for _ in range(2)]
    (first, disk1, new1), (second, disk2, new2) = runs
    assert first == second
    assert disk1 == 0 and new1 > 0 and disk2 >= new1 and new2 == 0
    assert list(tmp_path.glob("regex-*.marshal"))


def test_compiled_stdlib_re_cache_round_trip(tmp_path):
    """Stdlib `re` patterns compiled by agendactl modules are cached too, and behave the same
    when rebuilt from the cache (groups, names, flags)."""
    code = (
        "import sys, json, re\n"
        "from agendactl import _recache, document\n"
        "probe = {'__name__': 'agendactl.probe', 're': re}\n"  # compiled as if by one of our modules
        "exec(\"pats = [re.compile(r'(?i)\\\\b(?P<day>mon|tues)day\\\\b(?:,\\\\s*+(\\\\d+))?'),\"\n"
        "     \" re.compile(r'[.!?]++(?=\\\\s)', re.M), re.compile(r'(?x) a [ ] b  # comment')]\", probe)\n"
        "text = 'On MONDAY, 5 Dec. And tuesday! a b '\n"
        "out = [[[m.span(), m.groups(), m.groupdict()] for m in p.finditer(text)] for p in probe['pats']]\n"
        "keys = [k for k in _recache._disk if k[0] == 're']\n"
        "new = [k for k in _recache._new if k[0] == 're']\n"
        "print(json.dumps([out, len(keys), len(new)]))\n")
    env = _cache_env(tmp_path)
    (first, disk1, new1), (second, disk2, new2) = [json_run(code, env) for _ in range(2)]
    assert first == second
    assert first[0] and first[0][0][1] == ["MON", "5"] and first[2]  # the patterns did match
    assert disk1 == 0 and new1 >= 3 and disk2 >= new1 and new2 == 0


def test_remembered_start_up_work_round_trip(tmp_path):
    """`_recache.remembered` computes once, then later processes read the result from the cache."""
    code = (
        "import json\n"
        "from agendactl import _recache, document\n"
        "calls = []\n"
        "def f(src):\n"
        "    calls.append(src)\n"
        "    return (len(src), src.upper())\n"
        "v = _recache.remembered('probe', 'abc(?:x)', f)\n"
        "print(json.dumps([list(v), len(calls)]))\n")
    env = _cache_env(tmp_path)
    (v1, c1), (v2, c2) = [json_run(code, env) for _ in range(2)]
    assert v1 == v2 == [8, "ABC(?:X)"] and c1 == 1 and c2 == 0


def _cache_env(tmp_path):
    """The environment of a run whose pattern cache lives in tmp_path (and is on)."""
    env = dict(os.environ, AGENDACTL_CACHE_DIR=str(tmp_path))
    env.pop("AGENDACTL_NO_CACHE", None)
    return env


def json_run(code, env):
    import json
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    return json.loads(out.stdout)


def test_a_hang_is_given_up_and_reported(monkeypatch):
    """The backstop: an input that takes far too long is an error for that file, not a hang."""
    import time as _time

    from agendactl import pipeline

    def slow(*a, **k):
        _time.sleep(5)

    monkeypatch.setenv("AGENDACTL_TIME_LIMIT", "0.2")
    monkeypatch.setattr(pipeline, "extract_bytes", slow)
    o = batch.run_bytes("slow.txt", b"text", None)
    assert o.code == 70 and "gave up" in o.error


def test_the_backstop_interrupts_a_long_regex_match(monkeypatch):
    from agendactl import pipeline

    def catastrophic(*a, **k):  # exponential backtracking: would run for ages
        regex.match(r"(?:a|aa)+b", "a" * 60)

    monkeypatch.setenv("AGENDACTL_TIME_LIMIT", "0.3")
    monkeypatch.setattr(pipeline, "extract_bytes", catastrophic)
    o = batch.run_bytes("evil.txt", b"text", None)
    assert o.code == 70 and "gave up" in o.error


def test_unpunctuated_text_keeps_evidence_bounded():
    """A text without full stops must not make every item carry the whole text as evidence."""
    from agendactl.document import MAX_SENTENCE

    text = "we will meet on Monday and we will send 3,000 troops on 5 December " * 200
    res = extract_bytes(text.encode(), "flat.txt", "2017-12-04")
    spans = [e.evidence for e in res.schedule] + [c.evidence for c in res.commitments]
    assert res.references and all(len(ev.text) <= MAX_SENTENCE for ev in spans)


def test_output_does_not_depend_on_hash_seed():
    """Set iteration order changes with PYTHONHASHSEED: output must not."""
    import subprocess

    outs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run([sys.executable, "-c", "import sys; from agendactl.cli import main; "
                            "sys.argv = ['agendactl', 'extract', sys.argv[1], '--format', 'json']; "
                            "main()", str(SEED)], capture_output=True, env=env)
        assert r.returncode == 0 and r.stdout.startswith(b"{"), r.stderr[-300:]
        outs.add(r.stdout)
    assert len(outs) == 1
