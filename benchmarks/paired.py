"""Paired, interleaved timing: the one way every styrdok benchmark compares two things.

The machine these benchmarks run on is shared, so its load changes while a benchmark runs.
Timing A for a while and then B for a while lets that change land in the ratio. Here the
variants run interleaved instead — round 1: A, B; round 2: B, A; round 3: A, B … (the
order alternates so neither variant always runs first) — and every ratio is computed per
round, from two measurements taken back to back, then summarised as median [min–max] over
the rounds. Each measurement records CPU time (user + system, what the work costs; other
jobs on the machine barely move it) and wall time (what a user waits; other jobs move it).

A variant is a callable returning a :class:`Measurement`: :func:`time_call` times a
function in this process (``time.process_time``), :func:`time_command` a command in a
child process (``os.wait4``: CPU time of the child and every descendant it waited for,
such as pool workers; peak RSS of that process tree, sampled with psutil). The kernel's
own peak (``ru_maxrss``) is no use here: a child started by ``subprocess`` inherits the
peak of this process at the fork, so after this process has loaded a model every child
would report at least that.

    from benchmarks.paired import interleave, speedup, time_call, spread
    rounds = interleave({"old": lambda: time_call(old), "new": lambda: time_call(new)}, 3)
    print(spread(speedup(rounds, "old", "new", "cpu")))   # "1.32 [1.29–1.40]"
"""

from __future__ import annotations

import os
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

Clock = Literal["cpu", "wall"]
CLOCKS: tuple[Clock, ...] = ("cpu", "wall")
MIN_ROUNDS = 3


@dataclass(frozen=True)
class Measurement:
    cpu: float  # seconds of CPU, user + system
    wall: float  # seconds elapsed
    peak_rss_mb: float | None = None  # process tree, summed (commands only)
    output: str = ""  # the command's stdout (commands only)

    def seconds(self, clock: Clock) -> float:
        return self.cpu if clock == "cpu" else self.wall


Variant = Callable[[], Measurement]
Rounds = list[dict[str, Measurement]]


class CommandFailed(RuntimeError):
    pass


def time_call(function: Callable[[], Any]) -> Measurement:
    """CPU and wall time of `function()` in this process (its threads included)."""
    cpu, wall = time.process_time(), time.perf_counter()
    function()
    return Measurement(time.process_time() - cpu, time.perf_counter() - wall)


def time_command(
    command: Sequence[str], cwd: Path | None = None, ok_codes: Sequence[int] = (0,)
) -> Measurement:
    """CPU time, wall time and peak RSS of `command` and the descendants it waited for.

    Raises CommandFailed (with the command's output) when it exits with another code.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    peak = RssSampler(process.pid)
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    peak_mb = peak.stop()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    process.stdout.close()
    if process.returncode not in ok_codes:
        raise CommandFailed(f"{' '.join(command)} exited with {process.returncode}:\n{output}")
    cpu = usage.ru_utime + usage.ru_stime
    return Measurement(cpu, wall, peak_mb, output)


class RssSampler:
    """The largest RSS summed over a process and its descendants, sampled every 0.1 s."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.peak = 0
        self._done = threading.Event()
        try:
            import psutil
        except ImportError:  # no sampling: peak stays unknown
            self._thread = None
            return
        self._thread = threading.Thread(
            target=self._sample, args=(psutil, pid, interval), daemon=True
        )
        self._thread.start()

    def _sample(self, psutil: Any, pid: int, interval: float) -> None:
        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not self._done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            self._done.wait(interval)

    def stop(self) -> float | None:
        """Stop sampling; the peak in MB (None without psutil)."""
        self._done.set()
        if self._thread is None:
            return None
        self._thread.join()
        return self.peak / 2**20


def interleave(variants: Mapping[str, Variant], rounds: int = MIN_ROUNDS) -> Rounds:
    """Run every variant once per round, in an order that alternates between rounds."""
    if rounds < MIN_ROUNDS:
        raise ValueError(f"rounds must be at least {MIN_ROUNDS}, not {rounds}")
    if not variants:
        raise ValueError("no variants to time")
    names = list(variants)
    results: Rounds = []
    for index in range(rounds):
        order = names if index % 2 == 0 else names[::-1]
        results.append({name: variants[name]() for name in order})
    return results


def seconds(rounds: Rounds, name: str, clock: Clock) -> list[float]:
    return [one[name].seconds(clock) for one in rounds]


def speedup(rounds: Rounds, baseline: str, other: str, clock: Clock) -> list[float]:
    """Per round: baseline's time ÷ other's time (> 1: other is faster)."""
    return [one[baseline].seconds(clock) / one[other].seconds(clock) for one in rounds]


def rate_ratio(
    rounds: Rounds, name: str, reference: str, clock: Clock, work: float, reference_work: float
) -> list[float]:
    """Per round: (work ÷ name's time) ÷ (reference_work ÷ reference's time)."""
    return [
        (work / one[name].seconds(clock)) / (reference_work / one[reference].seconds(clock))
        for one in rounds
    ]


def spread(values: Sequence[float], digits: int = 2) -> str:
    """'median [min–max]' of `values`, e.g. '0.82 [0.79–0.86]'."""
    if not values:
        raise ValueError("no values")
    median = statistics.median(values)
    return f"{median:.{digits}f} [{min(values):.{digits}f}–{max(values):.{digits}f}]"


def summary_rows(rounds: Rounds, baseline: str, digits: int = 2) -> list[str]:
    """Markdown rows: per variant, CPU s, wall s and the ratio to `baseline` on each clock."""
    rows = [
        "| variant | CPU s | wall s | speed × baseline, CPU | speed × baseline, wall |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name in rounds[0]:
        cells = [spread(seconds(rounds, name, clock), digits) for clock in CLOCKS]
        ratios = [
            "1" if name == baseline else spread(speedup(rounds, baseline, name, clock))
            for clock in CLOCKS
        ]
        rows.append(f"| {name} | {' | '.join(cells)} | {' | '.join(ratios)} |")
    return rows


def load_note() -> str:
    """How busy the machine is: CPU count and the 1/5/15-minute load averages."""
    one, five, fifteen = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {one:.1f} / {five:.1f} / {fifteen:.1f}"
