"""The NLP stage alone (``build_annotator``: nlp.pipe, styrdok's components, NLP tables), for
paired before/after comparisons of two code trees on the same prepared documents.

    python benchmarks/bench_nlp_stage.py CODE_ROOT DOCS_DIR [--model PATH]

Prints one JSON line: words (whitespace words of the clause texts), CPU and wall seconds of
the annotator over the documents (model loading and a two-document warm-up excluded). Run it
alternately on the two trees (A, B, A, B …) with the same model and report the median
[min–max] words/s over the rounds, on CPU time as well as wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", help="code tree to measure (a checkout of the repository)")
    parser.add_argument("docs", help="folder of .txt documents (benchmarks/synth.py)")
    parser.add_argument("--model", help="spaCy model path (default: the tree's configured model)")
    args = parser.parse_args()
    root = str(Path(args.root).resolve())
    sys.path.insert(0, root)
    os.chdir(root)
    from pipeline.batch import prepare_document
    from pipeline.config import load_settings
    from pipeline.nlp import build_annotator

    settings = load_settings("configs")
    if args.model:
        settings = replace(settings, model=args.model)
    paths = sorted(Path(args.docs).resolve().glob("*.txt"))
    documents = [prepare_document(path, path.stem, settings) for path in paths]
    annotator = build_annotator(settings)
    annotator(documents[:2])
    words = sum(len(c.text.split()) for d in documents for c in d.clauses)
    cpu, wall = time.process_time(), time.perf_counter()
    for start in range(0, len(documents), 16):
        annotator(documents[start : start + 16])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({"words": words, "cpu": round(cpu, 3), "wall": round(wall, 3)}))


if __name__ == "__main__":
    main()
