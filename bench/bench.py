#!/usr/bin/env python3
"""Benchmark (issue 6): throughput against dateparser (and chrono-node when present), cold
start, time per MB by input size, --jobs scaling and peak memory of a full batch. Standard
library timing only; prints one table.

    .venv/bin/python bench/bench.py                  # everything but the 100 MB input
    .venv/bin/python bench/bench.py --quick          # small sizes, 200-file batch
    .venv/bin/python bench/bench.py --sections startup,scaling --huge

Sections: throughput, chrono, startup, scaling, jobs (jobs also gives the batch's peak memory).
--huge adds a 100 MB input run through the CLI (wall time, MB/s, peak memory).
chrono-node is looked up in $CHRONO_DIR (default /tmp/agendactl-chrono; `npm install
chrono-node` there, outside the repository); the row is skipped when it is missing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BRIEFINGS = SHARED / "wh-press-briefings"
SEED = ROOT / "examples" / "nato-2017-12-04-pre-ministerial.txt"
VENV = ROOT / ".venv" / "bin"
PY = str(VENV / "python") if (VENV / "python").exists() else sys.executable
AGENDACTL = str(VENV / "agendactl") if (VENV / "agendactl").exists() else "agendactl"
CHRONO_DIR = Path(os.environ.get("CHRONO_DIR", "/tmp/agendactl-chrono"))

_TMP = ""
ENV: dict[str, str] = dict(os.environ)
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def snapshot() -> None:
    """One consistent version for the whole run: the working tree may change while the
    benchmark runs (several people work in it), so everything runs a copy of src/agendactl."""
    global _TMP, ENV
    _TMP = tempfile.mkdtemp(prefix="agendactl-bench-")
    snap = Path(_TMP, "src")
    shutil.copytree(ROOT / "src" / "agendactl", snap / "agendactl",
                    ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(snap))
    ENV = dict(os.environ, PYTHONPATH=str(snap), AGENDACTL_CACHE_DIR=str(Path(_TMP, "cache")))
    # byte-code and pattern caches as an installed tool has them after its first run
    ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    ENV.pop("AGENDACTL_NO_CACHE", None)

rows: list[tuple[str, str, str]] = []  # (measure, value, target / note)


def row(measure: str, value: str, note: str = "") -> None:
    rows.append((measure, value, note))
    print(f"  {measure}: {value}  {note}", file=sys.stderr, flush=True)


def files() -> list[Path]:
    return sorted(p for p in BRIEFINGS.glob("*.md") if p.name[:4].isdigit())  # not README.md


def subset(n: int) -> list[Path]:
    """A fixed spread of n briefings across the years (every k-th file)."""
    fs = files()
    step = max(1, len(fs) // n)
    return fs[::step][:n]


def date_of(p: Path) -> dt.datetime:
    return dt.datetime.fromisoformat(p.name[:10])


def mb(n: int) -> float:
    return n / 1e6


# ----------------------------------------------------------------------------- throughput

THROUGHPUT_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from agendactl.pipeline import extract_bytes
extract_bytes(open(sys.argv[2], "rb").read(), sys.argv[2])
texts = [(p, open(p, "rb").read()) for p in open(sys.argv[3]).read().split("\n")]
t0 = time.perf_counter()
for p, b in texts:
    extract_bytes(b, p)
print(time.perf_counter() - t0)
"""


def throughput(n_files: int, repeat: int) -> None:
    from agendactl.pipeline import extract_bytes

    texts = [(p, p.read_bytes()) for p in subset(n_files)]
    size = sum(len(b) for _, b in texts)
    # Each pass in a fresh process warmed up on a briefing outside the subset (imports, compiled
    # patterns): a pass repeated in one process would meet the same words again, and the rules'
    # per-word memos would time a second reading, not a first.
    chosen = {p for p, _ in texts}
    warm = next(p for p in reversed(files()) if p not in chosen)
    listing = Path(_TMP, "throughput.txt")
    listing.write_text("\n".join(str(p) for p, _ in texts))
    runs = []
    for _ in range(repeat):
        out = subprocess.run([PY, "-c", THROUGHPUT_CHILD, str(Path(_TMP, "src")), str(warm), str(listing)],
                             capture_output=True, text=True, env=ENV, check=True)
        runs.append(float(out.stdout.strip()))
    ours = mb(size) / statistics.median(runs)
    extract_bytes(texts[0][1], str(texts[0][0]))  # (in this process too: the chrono row reuses the texts)

    from dateparser.search import search_dates

    # Two ways a user calls it, both with RELATIVE_BASE on the same decoded texts: default
    # settings (language detected per text) and languages=["en"] (these texts are English).
    # The default run is faster here but finds far fewer dates; the ratio is given for both.
    theirs = {}
    for name, kw in (("default settings", {}), ('languages=["en"]', {"languages": ["en"]})):
        search_dates("We met on Monday, 4 December 2017.",
                     settings={"RELATIVE_BASE": dt.datetime(2017, 12, 4)}, **kw)  # warm
        found = 0
        t0 = time.perf_counter()
        for p, b in texts:
            found += len(search_dates(b.decode("utf-8"), settings={"RELATIVE_BASE": date_of(p)},
                                      **kw) or [])
        theirs[name] = (mb(size) / (time.perf_counter() - t0), found)
    note = f"{len(texts)} briefings, {mb(size):.2f} MB"
    row("extract throughput (in-process)", f"{ours:.2f} MB/s",
        note + f", first reading: median of {repeat} fresh processes")
    for name, (speed, found) in theirs.items():
        row(f"dateparser search_dates, {name}", f"{speed:.3f} MB/s", f"{found} dates found")
    for name, (speed, _) in theirs.items():
        row(f"ratio extract / search_dates ({name})", f"{ours / speed:.1f}x", "target >= 30x")
    global _ours
    _ours = (ours, texts)


_ours: tuple[float, list] | None = None

CHRONO_JS = r"""
const chrono = require('chrono-node');
const fs = require('fs');
const items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const texts = items.map(([p, d]) => [fs.readFileSync(p, 'utf8'), new Date(d + 'T12:00:00Z')]);
chrono.parse('We met on Monday, 4 December 2017.', new Date());
const runs = [];
for (let r = 0; r < 3; r++) {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (const [t, d] of texts) n += chrono.parse(t, d).length;
  runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
runs.sort((a, b) => a - b);
console.log(JSON.stringify({seconds: runs[1]}));
"""


def chrono() -> None:
    node = shutil.which("node")
    if not node or not (CHRONO_DIR / "node_modules" / "chrono-node").exists():
        row("chrono-node parse", "skipped", f"no node or no chrono-node in {CHRONO_DIR}")
        return
    if _ours is None:
        row("chrono-node parse", "skipped", "needs the throughput section")
        return
    ours, texts = _ours
    size = sum(len(b) for _, b in texts)
    with tempfile.TemporaryDirectory() as tmp:
        js, lst = Path(tmp, "chrono.js"), Path(tmp, "files.json")
        js.write_text(CHRONO_JS)
        lst.write_text(json.dumps([[str(p), p.name[:10]] for p, _ in texts]))
        env = dict(os.environ, NODE_PATH=str(CHRONO_DIR / "node_modules"))
        out = subprocess.run([node, str(js), str(lst)], capture_output=True, text=True, env=env,
                             timeout=600)
    if out.returncode:
        row("chrono-node parse", "failed", out.stderr.strip().splitlines()[-1][:80])
        return
    theirs = mb(size) / json.loads(out.stdout)["seconds"]
    row("chrono-node parse (same texts)", f"{theirs:.2f} MB/s", "median of 3")
    row("ratio extract / chrono-node", f"{ours / theirs:.2f}x", "aim > 1x")


# ----------------------------------------------------------------------------- start-up

def once(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env or ENV)
    t = time.perf_counter() - t0
    if r.returncode:
        raise RuntimeError(f"{' '.join(cmd)} exited {r.returncode}: {r.stderr.decode()[-200:]}")
    return t


def startup(n: int) -> None:
    cmds = {
        "typer": [PY, "-c", "import typer"],
        "version": [AGENDACTL, "--version"],
        "extract": [AGENDACTL, "extract", str(SEED), "--format", "json"],
    }
    # the very first run, on a copy of the source with no byte-code and an empty pattern cache
    # (other sections may have run the snapshot already)
    fresh = Path(tempfile.mkdtemp(prefix="fresh-", dir=_TMP))
    shutil.copytree(ROOT / "src" / "agendactl", fresh / "agendactl",
                    ignore=shutil.ignore_patterns("__pycache__"))
    first_env = dict(ENV, PYTHONPATH=str(fresh), AGENDACTL_CACHE_DIR=str(fresh / "cache"))
    first = {}
    for k, c in cmds.items():  # (then warm the snapshot's caches, as an installed tool has them)
        try:
            first[k] = once(c, first_env)
            once(c)
        except RuntimeError as e:
            row(f"agendactl {k}", "failed", str(e)[:100])
            return
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(n):  # interleaved, so load from elsewhere on the machine hits all alike
        for k, c in cmds.items():
            times[k].append(once(c))
    med = {k: statistics.median(v) for k, v in times.items()}
    base = med["typer"]
    row("python -c 'import typer' (median)", f"{base * 1000:.0f} ms", f"{n} interleaved runs")
    row("agendactl --version", f"{med['version'] * 1000:.0f} ms = {med['version'] / base:.2f}x",
        "target <= 1.3x")
    row(f"agendactl extract {SEED.name} --format json",
        f"{med['extract'] * 1000:.0f} ms = {med['extract'] / base:.2f}x", "target <= 2.0x")
    row("  the same, very first run (no caches yet)", f"{first['extract'] * 1000:.0f} ms",
        "byte-code and compiled patterns written")


# ----------------------------------------------------------------------------- scaling

def concatenated(size: int, first: int = 0) -> bytes:
    """`size` bytes of briefings one after another (cut at a paragraph end), starting with a
    whole briefing (the `first`-th) so its front matter dates the text."""
    parts, total = [], 0
    fs = files()
    i = first
    while total < size:
        b = fs[i % len(fs)].read_bytes()
        parts.append(b)
        total += len(b) + 2
        i += 1
    data = b"\n\n".join(parts)
    cut = data.rfind(b"\n\n", 0, size)
    return data[:cut if cut > size // 2 else size]


SCALING_CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from agendactl.pipeline import extract_bytes
warm, data = open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
extract_bytes(warm, "warm.md")  # imports and compiled patterns, on another text
t0 = time.perf_counter()
extract_bytes(data, "concatenated.md")
print(time.perf_counter() - t0)
"""


def scaling(sizes: list[int]) -> None:
    """Each input once, in a fresh process warmed up on a different briefing: every size then
    starts from the same state. (Run in one process, the small inputs would be timed again and
    again on the same words, and the rules' per-word memos, warm after the first run, would make
    them look faster than any first reading: the 50 MB input reads most of its words once.)"""
    warm = Path(_TMP, "warm.md")
    warm.write_bytes(files()[-1].read_bytes())
    src = str(Path(_TMP, "src"))
    per_mb = {}
    for size in sizes:
        per_run = []  # seconds per MB of each text
        runs = 5 if size <= 2_000_000 else 1
        for k in range(runs):
            data = concatenated(size, first=97 * k)  # a different text each run
            f = Path(_TMP, "scaling.md")
            f.write_bytes(data)
            out = subprocess.run([PY, "-c", SCALING_CHILD, src, str(warm), str(f)], capture_output=True,
                                 text=True, env=ENV, check=True)
            per_run.append(float(out.stdout.strip()) / mb(len(data)))
        t = statistics.median(per_run)
        per_mb[size] = t
        row(f"time per MB at {human(size)}", f"{t:.2f} s/MB ({1 / t:.2f} MB/s)",
            f"median of {runs} texts, each in a fresh process" if runs > 1 else "1 text, fresh process")
    big = max(sizes)
    ref = 1_000_000 if 1_000_000 in per_mb else min(sizes)
    if big != ref:
        row(f"time/MB {human(big)} vs {human(ref)}", f"{per_mb[big] / per_mb[ref]:.2f}x",
            "target <= 1.5x")


def human(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


# ----------------------------------------------------------------------------- batch / jobs

def run_child(cmd: list[str], stdout) -> tuple[float, int, int, float]:
    """Wall time, exit status, peak RSS (KiB; the largest process of the child's tree) and CPU
    seconds of the whole tree (its worker processes included)."""
    # Started through a small launcher: a process forked from this (by now large) benchmark
    # would count our pages in its peak RSS, which survives exec.
    with tempfile.NamedTemporaryFile("r", suffix=".json") as rep:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", _LAUNCHER, rep.name, *cmd], stdout=stdout,
                       stderr=subprocess.DEVNULL, env=ENV, check=True)
        wall = time.perf_counter() - t0
        rc, maxrss, cpu = json.load(rep)
    return wall, rc, maxrss, cpu


_LAUNCHER = """
import json, os, subprocess, sys
p = subprocess.Popen(sys.argv[2:])
_, status, ru = os.wait4(p.pid, 0)
with open(sys.argv[1], "w") as fh:
    json.dump([os.waitstatus_to_exitcode(status), ru.ru_maxrss, ru.ru_utime + ru.ru_stime], fh)
"""


def jobs(n_files: int | None) -> None:
    fs = [str(p) for p in files()][:n_files]
    size = sum(os.path.getsize(p) for p in fs)
    outs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for j in (1, 2):
            out = Path(tmp, f"jobs{j}.jsonl")
            with out.open("wb") as fh:
                t, rc, rss, cpu = run_child([AGENDACTL, "extract", "--format", "jsonl", "--quiet",
                                             "--jobs", str(j), *fs], fh)
            outs[j] = (t, rc, rss, out.read_bytes())
            row(f"batch of {len(fs)} briefings, --jobs {j}",
                f"{t:.1f} s ({mb(size) / t:.2f} MB/s), exit {rc}",
                f"{cpu:.1f} CPU s; peak RSS {'(largest process) ' if j > 1 else ''}{rss / 1024:.0f} MB")
    same = outs[1][3] == outs[2][3]
    if not same:
        a, b = outs[1][3].splitlines(), outs[2][3].splitlines()
        i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"  first difference at line {i + 1}: {a[i][:150] if i < len(a) else None!r} vs "
              f"{b[i][:150] if i < len(b) else None!r}", file=sys.stderr)
    row("--jobs 2 speed-up over --jobs 1", f"{outs[1][0] / outs[2][0]:.2f}x",
        f"target >= 1.6x; output {'identical' if same else 'DIFFERENT'} "
        f"({len(outs[1][3]) / 1e6:.1f} MB of JSON lines)")
    row(f"peak memory of the {len(fs)}-file batch (--jobs 1)", f"{outs[1][2] / 1024:.0f} MB",
        "target <= 250 MB")


def huge(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp, "huge.md")
        p.write_bytes(concatenated(size))
        real = p.stat().st_size
        t, rc, rss, _ = run_child([AGENDACTL, "extract", str(p), "--format", "json", "--quiet"],
                                  subprocess.DEVNULL)
    row(f"one {human(size)} input through the CLI", f"{t:.1f} s ({mb(real) / t:.2f} MB/s), exit {rc}",
        f"peak RSS {rss / 1024:.0f} MB (limit 2 GB)")


# ----------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sections", default="throughput,chrono,startup,scaling,jobs")
    ap.add_argument("--quick", action="store_true", help="small sizes, a 200-file batch")
    ap.add_argument("--huge", action="store_true", help="also a 100 MB input through the CLI")
    ap.add_argument("--files", type=int, default=None, help="briefings in the throughput subset")
    ap.add_argument("--batch", type=int, default=None, help="files in the --jobs batch (default all)")
    ap.add_argument("--runs", type=int, default=11, help="cold-start runs (median)")
    a = ap.parse_args()
    snapshot()
    sec = set(a.sections.split(","))
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
          f"{platform.system()} {platform.release()}, Python {platform.python_version()}",
          file=sys.stderr)
    load0 = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    t0 = time.perf_counter()
    if "throughput" in sec or "chrono" in sec:
        throughput(a.files or (8 if a.quick else 100), 3)
    if "chrono" in sec:
        chrono()
    if "startup" in sec:
        startup(5 if a.quick else a.runs)
    if "scaling" in sec:
        scaling([10_000, 1_000_000, 5_000_000] if a.quick else [10_000, 1_000_000, 50_000_000])
    if "jobs" in sec:
        jobs(a.batch or (200 if a.quick else None))
    if a.huge:
        huge(100_000_000)
    w = max(len(r[0]) for r in rows)
    v = max(len(r[1]) for r in rows)
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nagendactl benchmark — {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{dt.date.today().isoformat()}, {time.perf_counter() - t0:.0f} s; load average at "
          f"start {load0}, at end {load} (other work on the machine skews timings)")
    print(f"| {'measure':<{w}} | {'value':<{v}} | note |")
    print(f"|{'-' * (w + 2)}|{'-' * (v + 2)}|------|")
    for m, val, note in rows:
        print(f"| {m:<{w}} | {val:<{v}} | {note} |")
    shutil.rmtree(_TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
