"""Hostile inputs, no-op re-runs and kill -9 trials, measured (issue #13, issue #15).

    python benchmarks/bench_adversarial.py hostile            # 10k lines, 1 MB line, Word bomb
    python benchmarks/bench_adversarial.py noop --docs 1000 10000
    python benchmarks/bench_adversarial.py kill --trials 10   # parent/worker × pool/dask

Every run is a fresh ``python -m pipeline`` process; wall and CPU time and peak RSS are
that process's own (``VmHWM``), its workers' peak RSS separately (``getrusage``). Timings are the
median [min–max] of ``--rounds`` rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402

# Runs `styrdok ARGS` in this process and prints its own wall, CPU and peak RSS.
MEASURED = """
import json, resource, sys, time
from pipeline.cli import main
wall, cpu = time.perf_counter(), time.process_time()
code = main(sys.argv[1:])
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork and exec from the launcher.
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": time.perf_counter() - wall,
                  "cpu": time.process_time() - cpu, "rss_mb": int(status) / 1024,
                  "workers_rss_mb": children.ru_maxrss / 1024}), file=sys.stderr)
"""


def measured(args: list[str], cwd: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", MEASURED, *args], cwd=cwd,
                            capture_output=True, text=True, timeout=900)  # fmt: skip
    return json.loads(result.stderr.strip().splitlines()[-1])


def spread(values: list[float], unit: str = "s") -> str:
    return f"{statistics.median(values):.2f} [{min(values):.2f}–{max(values):.2f}] {unit}"


def word_bomb(path: Path, megabytes: int) -> Path:
    paragraph = "<w:p><w:r><w:t>" + "Nämnden ska besluta. " * 40 + "</w:t></w:r></w:p>"
    body = paragraph * (megabytes * 2**20 // len(paragraph.encode()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document><w:body>{body}</w:body></w:document>")
    return path


def hostile(rounds: int, nlp: bool) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        inputs = {
            "10k lines '§ 1'": ("lines.txt", "§ 1\n" * 10_000),
            "1 MB single line": ("line.txt", "ordet " * 174_763),
            "1 MB single word": ("word.txt", "a" * 2**20),
            "50 KB hex string": ("hex.txt", os.urandom(25_600).hex()),
        }
        for file_name, text in inputs.values():
            (work / file_name).write_text(text, encoding="utf-8")
        word_bomb(work / "bomb.docx", 600)
        inputs["Word bomb (600 MB unpacked)"] = ("bomb.docx", "")
        print(f"hostile inputs, one per fresh process, nlp={'on' if nlp else 'off'}, "
              f"{rounds} rounds")  # fmt: skip
        for name, (file_name, _) in inputs.items():
            walls, cpus, rss, outcome = [], [], [], ""
            for index in range(rounds):
                out = work / f"out-{index}"
                args = ["run", file_name, "--out", str(out), "-q", "--workers", "1"]
                result = measured(args if nlp else [*args, "--no-nlp"], work)
                walls.append(result["wall"])
                cpus.append(result["cpu"])
                rss.append(result["rss_mb"])
                outcome = "written" if result["code"] == 0 else _first_error(out)
                shutil.rmtree(out)
            print(f"  {name:30} wall {spread(walls)}  cpu {spread(cpus)}  "
                  f"peak RSS {max(rss):.0f} MB  → {outcome}")  # fmt: skip


def _first_error(out: Path) -> str:
    import pyarrow.parquet as pq

    messages = pq.read_table(out / "errors.parquet").column("message").to_pylist()
    return messages[0].split(": ", 1)[-1][:90] if messages else "?"


def noop(sizes: list[int], rounds: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for size in sizes:
            raw, out = work / f"raw-{size}", work / f"out-{size}"
            synth.write_corpus(raw, size, seed=size)
            first = measured(["run", str(raw), "--out", str(out), "--no-nlp", "-q"], work)
            time.sleep(2.5)  # past the racy-mtime window
            runs = [
                measured(["run", str(raw), "--out", str(out), "--no-nlp", "-q"], work)
                for _ in range(rounds)
            ]
            print(f"{size:>6} documents: first run {first['wall']:.1f} s "
                  f"(peak RSS {first['rss_mb']:.0f} MB, workers {first['workers_rss_mb']:.0f} MB); "
                  f"no-op wall {spread([r['wall'] for r in runs])}, "
                  f"cpu {spread([r['cpu'] for r in runs])}, "
                  f"peak RSS {max(r['rss_mb'] for r in runs):.0f} MB")  # fmt: skip
            shutil.rmtree(raw)
            shutil.rmtree(out)


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def kill(
    trials: int, docs: int, seed: int, executors: list[str], victims: list[str]
) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        raw = work / "raw"
        for index, path in enumerate(synth.write_corpus(raw, docs, seed=seed)):
            path.write_text(path.read_text(encoding="utf-8") * (2 + index % 4), encoding="utf-8")
        base = [sys.executable, "-m", "pipeline", "run", str(raw), "--no-nlp", "-q",
                "--batch-size", "2", "--workers", "2"]  # fmt: skip
        subprocess.run([*base, "--out", str(work / "clean")], check=True, capture_output=True)
        clean = _snapshot(work / "clean")
        for executor in executors:
            for victim in victims:
                identical = orphans = 0
                for trial in range(trials):
                    out = work / f"{executor}-{victim}-{trial}"
                    run = [*base, "--executor", executor, "--out", str(out)]
                    process = subprocess.Popen(run, cwd=ROOT, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL)  # fmt: skip
                    while len(list(out.glob("clauses/*.parquet"))) < 1 and process.poll() is None:
                        time.sleep(0.01)
                    time.sleep(rng.uniform(0.0, 1.5))
                    family = _descendants(process.pid)
                    if victim == "parent" or not family:
                        process.send_signal(signal.SIGKILL)
                    else:
                        os.kill(rng.choice(sorted(family)), signal.SIGKILL)
                    process.wait()
                    deadline = time.monotonic() + 10
                    while any(_alive(p) for p in family) and time.monotonic() < deadline:
                        time.sleep(0.2)
                    orphans += sum(_alive(p) for p in family)
                    for pid in family:  # clean up for the next trial, whatever happened
                        if _alive(pid):
                            os.kill(pid, signal.SIGKILL)
                    rerun = subprocess.run([*run], cwd=ROOT, capture_output=True, text=True,
                                           timeout=600)  # fmt: skip
                    if rerun.returncode:
                        print(f"  trial {trial}: re-run exit {rerun.returncode}: "
                              f"{rerun.stderr.strip().splitlines()[-1:]}")  # fmt: skip
                    snapshot = _snapshot(out)
                    identical += snapshot == clean
                    if snapshot != clean:
                        differ = sorted(k for k in {*snapshot, *clean}
                                        if snapshot.get(k) != clean.get(k))  # fmt: skip
                        print(f"  trial {trial}: {len(differ)} files differ, e.g. {differ[:3]}")
                    shutil.rmtree(out)
                print(f"kill -9 {victim:6} ({executor:5}): re-run byte-identical {identical}/"
                      f"{trials}, orphans after 10 s: {orphans}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="what")
    hostile_parser = commands.add_parser("hostile")
    hostile_parser.add_argument("--rounds", type=int, default=3)
    hostile_parser.add_argument("--nlp", action="store_true")
    noop_parser = commands.add_parser("noop")
    noop_parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    noop_parser.add_argument("--rounds", type=int, default=3)
    kill_parser = commands.add_parser("kill")
    kill_parser.add_argument("--trials", type=int, default=10)
    kill_parser.add_argument("--docs", type=int, default=40)
    kill_parser.add_argument("--seed", type=int, default=13)
    kill_parser.add_argument("--executors", nargs="+", default=["local", "dask"])
    kill_parser.add_argument("--victims", nargs="+", default=["parent", "worker"])
    args = parser.parse_args()
    if args.what is None:  # `make bench`
        args = parser.parse_args(["hostile"])
    if args.what == "hostile":
        hostile(args.rounds, args.nlp)
    elif args.what == "noop":
        noop(args.docs, args.rounds)
    else:
        kill(args.trials, args.docs, args.seed, args.executors, args.victims)


if __name__ == "__main__":
    main()
