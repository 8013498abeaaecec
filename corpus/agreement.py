"""Inter-annotator agreement: a second, independent annotation scored against the first.

    python corpus/agreement.py corpus/agreement/ak [--pipeline]

Every ``<doc-id>.jsonl`` of the folder is aligned with ``corpus/test/<doc-id>.jsonl`` (or
``corpus/dev/``) by clause text and scored with the scorer of ``styrdok evaluate``, the first
annotation in the place of gold: F1 is symmetric, precision and recall swap when the two
annotations swap. ``--pipeline`` also scores the extractor against each annotation (aggregate
only), so the extractor's F1 can be read beside the ceiling two annotators set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from pipeline.nlp.corpus import read_corpus_file  # noqa: E402
from pipeline.nlp.scoring import Pair, align, evaluate_records  # noqa: E402

SHOWN = ("clauses", "statements", "statements_in_document", "actors", "actors_canonical")


def first_annotation(second: Path, corpus_dir: Path) -> Path:
    """The corpus file the second annotation `second` repeats (same document id)."""
    for name in ("test", "dev"):
        candidate = corpus_dir / name / second.name
        if candidate.exists():
            return candidate
    raise SystemExit(f"{second}: no corpus/test or corpus/dev file {second.name} to compare with")


def agreement_pairs(files: list[Path], corpus_dir: Path) -> list[Pair]:
    pairs: list[Pair] = []
    for second in files:
        first = read_corpus_file(first_annotation(second, corpus_dir))
        pairs.extend(align(first, read_corpus_file(second)))
    return pairs


def pipeline_pairs(files: list[Path], corpus_dir: Path, use_second: bool) -> list[Pair]:
    """The extractor end to end on each document's source, aligned with one annotation."""
    from pipeline.config import load_settings
    from pipeline.nlp import build_nlp
    from pipeline.nlp.corpus import predict_document, source_of

    settings = load_settings()
    nlp = build_nlp(settings)
    pairs: list[Pair] = []
    for second in files:
        first_path = first_annotation(second, corpus_dir)
        gold = read_corpus_file(second if use_second else first_path)
        doc_id = second.stem
        source = source_of(doc_id, first_path.parent, REPO_ROOT / "raw", settings.input_suffixes)
        if source is None:
            raise SystemExit(f"{second}: no source text beside {first_path}")
        pairs.extend(align(gold, predict_document(source, doc_id, settings, nlp)))
    return pairs


def format_row(name: str, scores: dict[str, Any]) -> str:
    cells = [
        f"{scores[layer]['f1']:.3f} ({scores[layer]['predicted']}/{scores[layer]['gold']})"
        for layer in SHOWN
    ]
    return f"| {name} | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of second annotations (<doc-id>.jsonl)")
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    parser.add_argument("--pipeline", action="store_true", help="also score the extractor")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"{args.folder}: no .jsonl files")
    header = " | ".join(f"{layer} F1 (n2/n1)" for layer in SHOWN)
    print(f"{len(files)} documents of {args.folder}\n\n| compared | {header} |")
    print("|" + " --- |" * (len(SHOWN) + 1))
    agreement = evaluate_records(agreement_pairs(files, args.corpus))
    print(format_row("second vs first annotation", agreement))
    if args.pipeline:
        for use_second, name in ((False, "extractor vs first"), (True, "extractor vs second")):
            scores = evaluate_records(pipeline_pairs(files, args.corpus, use_second))
            print(format_row(name, scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
