"""Many inputs -> outcomes in input order, streamed.

`process(paths, date, jobs)` yields one Outcome per path, in the order given, as soon as it is
ready. With jobs > 1 the files are extracted in worker processes; at most `jobs * WINDOW` files
are in flight at any time, so memory does not grow with the number of files. Workers read the
files themselves (only paths go to them, only results come back); stdin ("-") is read here, in
the parent, and its bytes sent along. Output is identical to jobs=1: the same function runs on
the same bytes, and results are yielded in input order.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from collections import deque
from .records import record
from pathlib import Path
from typing import Iterator

from .document import InputError
from .model import Result

WINDOW = 4  # files in flight per worker: keeps workers busy without holding many results


@record(slots=True)
class Outcome:
    path: str
    result: Result | None = None
    error: str | None = None  # one line for stderr
    code: int = 0  # exit code this input asks for (0 = fine)


def _read(path: str) -> bytes | Outcome:
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        return Outcome(path, error=f"{path}: no such file", code=3)
    except IsADirectoryError:
        return Outcome(path, error=f"{path}: is a directory", code=3)
    except PermissionError:
        return Outcome(path, error=f"{path}: permission denied", code=3)
    except OSError as e:
        return Outcome(path, error=f"{path}: cannot read ({e.strerror or e})", code=3)


class _TooLong(Exception):
    pass


def time_limit(nbytes: int) -> float:
    """Seconds one input may take before it is given up: far above the linear time any input
    needs (about 1 s per MB), so only a pathological pattern/text pair ever reaches it."""
    env = os.environ.get("AGENDACTL_TIME_LIMIT")
    if env:
        return float(env)
    return 120.0 + 30.0 * nbytes / 1e6


def _alarm(signum, frame):
    raise _TooLong()


def run_bytes(path: str, data: bytes, date: str | None) -> Outcome:
    from .pipeline import extract_bytes

    # Backstop against a hang: an interval timer interrupts even a long regex match (the
    # `regex` engine checks for signals while matching). Main thread of a POSIX process only.
    armed = False
    limit = time_limit(len(data))
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        try:
            previous = signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, limit)
            armed = True
        except (ValueError, OSError):
            armed = False
    try:
        return Outcome(path, result=extract_bytes(data, path, date))
    except InputError as e:
        return Outcome(path, error=str(e), code=e.code)
    except (_TooLong, TimeoutError):  # the backstop fired, or a `regex` timeout
        return Outcome(path, error=f"{path}: gave up after {limit:.0f} s (pathological text?); "
                                   "input skipped", code=70)
    except RecursionError:
        return Outcome(path, error=f"{path}: input nested too deeply; skipped", code=70)
    except MemoryError:
        return Outcome(path, error=f"{path}: out of memory; input skipped", code=70)
    except Exception as e:  # a bug: report it for this file and keep the batch going
        return Outcome(path, error=f"{path}: internal error ({type(e).__name__}: {e})", code=70)
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def run_one(path: str, date: str | None, data: bytes | None = None) -> Outcome:
    if data is None:
        got = _read(path)
        if isinstance(got, Outcome):
            return got
        data = got
    return run_bytes(path, data, date)


def process(paths: list[str], date: str | None = None, jobs: int = 1) -> Iterator[Outcome]:
    paths = list(paths)
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            yield run_one(p, date)
            _collector_on()
        return
    yield from _parallel(paths, date, min(jobs, len(paths)))


def _collector_on() -> None:
    """The CLI starts with the cyclic garbage collector off (cli.main); on for the rest of a
    batch, once the first file (and with it every import) is done."""
    import gc

    if not gc.isenabled():
        gc.freeze()  # what start-up loaded (modules, compiled patterns) stays: out of the collector's way
        gc.enable()


def _pool(jobs: int):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # Import the whole pipeline before forking so workers start with it loaded (and share
    # its pages); "fork" where the platform has it, the default elsewhere.
    try:
        from . import briefing, commitments, pipeline, resolve, rules, schedule  # noqa: F401
    except Exception:  # a broken stage is reported per file by run_bytes, not here
        pass
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    if ctx is not None:
        # what is loaded now lives as long as the workers: out of the collector's reach, so
        # collections in a worker do not write to (and un-share) the pages it inherited
        import gc

        gc.freeze()
    _collector_on()
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


def _parallel(paths: list[str], date: str | None, jobs: int) -> Iterator[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    todo = deque(enumerate(paths))
    window: deque = deque()  # (path, stdin bytes or None, future) in input order
    pool = _pool(jobs)
    try:
        while todo or window:
            while todo and len(window) < jobs * WINDOW:
                _, p = todo.popleft()
                data = None
                if p == "-":  # stdin belongs to the parent
                    got = _read(p)
                    if isinstance(got, Outcome):
                        window.append((p, None, got))
                        continue
                    data = got
                window.append((p, data, pool.submit(run_one, p, date, data)))
            p, data, fut = window.popleft()
            if isinstance(fut, Outcome):
                yield fut
                continue
            try:
                out = fut.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory). Find the culprit by running the
                # unfinished files one at a time in a fresh pool, then carry on.
                pool.shutdown(wait=False, cancel_futures=True)
                retry = [(p, data, fut)] + list(window)
                window.clear()
                for q, d, f in retry:
                    if isinstance(f, Outcome):
                        yield f
                    elif f.done() and not f.cancelled() and f.exception() is None:
                        yield f.result()
                    else:
                        yield _isolated(q, date, d)
                pool = _pool(jobs)
                continue
            yield out
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(path: str, date: str | None, data: bytes | None) -> Outcome:
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1)
    try:
        return pool.submit(run_one, path, date, data).result()
    except BrokenProcessPool:
        return Outcome(path, error=f"{path}: the worker process died (out of memory?); input skipped",
                       code=70)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
