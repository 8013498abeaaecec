"""benchmarks/paired.py: interleaving order, per-round ratios, CPU time of calls and commands."""

from __future__ import annotations

import sys
import time

import pytest

from benchmarks.paired import (
    CommandFailed,
    Measurement,
    interleave,
    rate_ratio,
    speedup,
    spread,
    summary_rows,
    time_call,
    time_command,
)

BUSY = "import time\nend = time.process_time() + {s}\nwhile time.process_time() < end: pass\n"


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_interleave_alternates_the_order_of_variants() -> None:
    calls: list[str] = []

    def variant(name: str):  # noqa: ANN202
        return lambda: calls.append(name) or Measurement(1.0, 1.0)

    rounds = interleave({"a": variant("a"), "b": variant("b"), "c": variant("c")}, rounds=4)
    assert calls == ["a", "b", "c", "c", "b", "a", "a", "b", "c", "c", "b", "a"]
    assert len(rounds) == 4 and all(set(one) == {"a", "b", "c"} for one in rounds)


@pytest.mark.parametrize("rounds", [0, 1, 2])
def test_fewer_than_three_rounds_is_an_error(rounds: int) -> None:
    with pytest.raises(ValueError, match="at least 3"):
        interleave({"a": lambda: Measurement(1, 1)}, rounds=rounds)


def test_ratios_are_paired_per_round() -> None:
    # The machine slows down by 2× and 4× in later rounds; the paired ratio does not move.
    rounds = [
        {"old": Measurement(2.0, 3.0), "new": Measurement(1.0, 1.0)},
        {"old": Measurement(4.0, 6.0), "new": Measurement(2.0, 3.0)},
        {"old": Measurement(8.0, 12.0), "new": Measurement(4.0, 4.0)},
    ]
    assert speedup(rounds, "old", "new", "cpu") == [2.0, 2.0, 2.0]
    assert speedup(rounds, "old", "new", "wall") == [3.0, 2.0, 3.0]
    # 100 words in `new`'s time against 50 words in `old`'s: 4× the words per second.
    assert rate_ratio(rounds, "new", "old", "cpu", work=100, reference_work=50) == [4.0] * 3


def test_spread_is_median_min_max() -> None:
    assert spread([0.9, 0.5, 2.0]) == "0.90 [0.50–2.00]"
    assert spread([1.0, 2.0, 3.0, 4.0], digits=1) == "2.5 [1.0–4.0]"
    with pytest.raises(ValueError):
        spread([])


def test_summary_rows_give_both_clocks_against_the_baseline() -> None:
    rounds = [{"a": Measurement(2.0, 4.0), "b": Measurement(1.0, 1.0)}] * 3
    rows = summary_rows(rounds, baseline="a")
    assert rows[2] == "| a | 2.00 [2.00–2.00] | 4.00 [4.00–4.00] | 1 | 1 |"
    assert rows[3].endswith("| 2.00 [2.00–2.00] | 4.00 [4.00–4.00] |")


def test_time_call_separates_cpu_from_waiting() -> None:
    busy = time_call(lambda: _busy(0.05))
    idle = time_call(lambda: time.sleep(0.05))
    assert busy.cpu >= 0.05
    assert idle.wall >= 0.05 and idle.cpu < 0.03


def test_time_command_counts_the_cpu_of_grandchildren() -> None:
    # The child only waits for a grandchild that burns 0.2 s of CPU (like a pool worker).
    child = (
        "import subprocess, sys\n"
        f"subprocess.run([sys.executable, '-c', {BUSY.format(s=0.2)!r}], check=True)\n"
        "print('done')\n"
    )
    measured = time_command([sys.executable, "-c", child])
    assert measured.cpu >= 0.2
    assert measured.output.strip() == "done"
    assert measured.peak_rss_mb and measured.peak_rss_mb > 1


def test_time_command_reports_a_failure_with_its_output() -> None:
    failing = [sys.executable, "-c", "print('bad input'); raise SystemExit(3)"]
    with pytest.raises(CommandFailed, match="exited with 3:\nbad input"):
        time_command(failing)
    assert time_command(failing, ok_codes=(3,)).output == "bad input\n"


def test_peak_rss_is_the_commands_not_this_process() -> None:
    ballast = b"x" * (150 * 2**20)  # this process grows by 150 MB before starting the child
    small = time_command([sys.executable, "-c", "import time; time.sleep(0.3)"])
    big = time_command(
        [sys.executable, "-c", "import time; b = b'x' * (120 * 2**20); time.sleep(0.3)"]
    )
    assert len(ballast) and small.peak_rss_mb is not None and big.peak_rss_mb is not None
    assert small.peak_rss_mb < 100
    assert big.peak_rss_mb > small.peak_rss_mb + 100
