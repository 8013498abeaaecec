"""What a ``styrdok run`` pays before its first document, step by step, unprofiled (CPU s).

The steps in the order ``run_batch`` takes them with one worker: import the batch runner,
load the settings, check the lexicon and cue files (this imports spaCy), build the
annotator (the model and styrdok's components), warm up (word list, compiled rules).
Run it from the checkout to measure (``python benchmarks/profile_startup.py``); a fresh
process each time, since every step caches what it loads.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    laps: list[tuple[str, float]] = []
    last = time.process_time()

    def lap(label: str) -> None:
        nonlocal last
        now = time.process_time()
        laps.append((label, now - last))
        last = now

    from pipeline.batch import default_annotator_factory  # noqa: F401

    lap("import the batch runner")
    from pipeline.config import load_settings

    settings = load_settings(None)
    lap("load the settings")
    from pipeline.batch.executors import _warm_up, check_nlp_configs

    check_nlp_configs(settings)
    lap("check lexicon and cues (imports spaCy)")
    default_annotator_factory(settings)
    lap("build the annotator (model + components)")
    _warm_up(settings)
    lap("warm-up (word list, compiled rules)")
    print("| step | CPU s |\n| --- | --- |")
    for label, seconds in laps:
        print(f"| {label} | {seconds:.2f} |")
    print(f"| all (interpreter start not counted) | {sum(s for _, s in laps):.2f} |")


if __name__ == "__main__":
    main()
