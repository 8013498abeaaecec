"""The command line ``python -m pipeline.train convert|train|evaluate|package|search|
search-report|size``: argument parsing and dispatch to the step functions, printing their
results as JSON.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pipeline.train
from pipeline.train.convert import convert
from pipeline.train.evaluation import evaluate
from pipeline.train.packaging import dir_size, package
from pipeline.train.paths import (
    CONFIG_PATH,
    CORPUS_DIR,
    DEFAULT_UD_DIR,
    MAX_MODEL_BYTES,
    METRICS_PATH,
    PUD_DIR_ENV,
    SEARCH_OUT,
    SHIPPED_DIR,
    SPLIT_PATH,
    TRAIN_OUT,
    UD_DIR_ENV,
)
from pipeline.train.search import load_search, search_report, search_run
from pipeline.train.training import best_model_dir, train


def _parse_overrides(items: Sequence[str]) -> dict[str, Any]:
    """``section.key=value`` strings -> dict; values parsed as JSON when possible."""
    result: dict[str, Any] = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            result[key.lstrip("-")] = json.loads(value)
        except json.JSONDecodeError:
            result[key.lstrip("-")] = value
    return result


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.train", description=pipeline.train.__doc__
    )
    sub = parser.add_subparsers(dest="command", required=True)
    _add_convert(sub)
    _add_train(sub)
    _add_evaluate(sub)
    _add_package(sub)
    _add_search(sub)
    _add_size(sub)
    return parser


def _add_convert(sub: Any) -> None:
    p = sub.add_parser("convert", help="CoNLL-U -> DocBins per the recorded split")
    p.add_argument(
        "--ud-dir", default=None, help=f"treebank dir (default ${UD_DIR_ENV} or {DEFAULT_UD_DIR})"
    )
    p.add_argument("--split", default=str(SPLIT_PATH))
    p.add_argument("--out", default=str(CORPUS_DIR))
    p.add_argument(
        "--n-sents",
        type=int,
        default=0,
        help="sentences per Doc; 0 (default) = one Doc per paragraph",
    )
    p.add_argument("--limit-per-doc", type=int, default=0)
    p.add_argument("--no-download", action="store_true")
    p.add_argument(
        "--pud-dir", default=None, help=f"UD Swedish-PUD dir (default ${PUD_DIR_ENV} or split.yaml)"
    )
    p.add_argument(
        "--no-train-on-tune",
        action="store_true",
        help="keep the tune part out of train.spacy (architecture search)",
    )


def _add_train(sub: Any) -> None:
    p = sub.add_parser("train", help="spacy train with the project config")
    p.add_argument("--config", default=str(CONFIG_PATH))
    p.add_argument("--corpus", default=str(CORPUS_DIR))
    p.add_argument("--out", default=str(TRAIN_OUT))
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("overrides", nargs="*", help="config overrides, e.g. training.max_epochs=5")


def _add_evaluate(sub: Any) -> None:
    p = sub.add_parser("evaluate", help="score a model on the held-out part")
    p.add_argument("--model", default=None, help="default: best model in training/sv_styrdok")
    p.add_argument("--data", default=str(CORPUS_DIR / "heldout.spacy"))
    p.add_argument("--metrics", default=str(METRICS_PATH), help="'-': write no file")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="also score PATH (.spacy/.conllu), nested under NAME, e.g. pud=…/heldout_pud.spacy",
    )
    p.add_argument(
        "--full-pipeline",
        action="store_true",
        help="load through pipeline.nlp.load_model (model + styrdok's rule components)",
    )


def _add_package(sub: Any) -> None:
    p = sub.add_parser("package", help="copy the trained model into the shipped location")
    p.add_argument("--model", default=None)
    p.add_argument("--dest", default=str(SHIPPED_DIR))
    p.add_argument("--metrics", default=str(METRICS_PATH))
    p.add_argument("--ud-dir", default=None)
    p.add_argument("--pud-dir", default=None)


def _add_search(sub: Any) -> None:
    """``search`` trains the runs; ``search-report`` compares the finished ones."""
    p = sub.add_parser("search", help="train named runs of configs/model/search.yaml")
    p.add_argument("names", nargs="+")
    p = sub.add_parser("search-report", help="tune scores and words/s of the finished runs")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--out", default=str(SEARCH_OUT / "report.json"))


def _add_size(sub: Any) -> None:
    p = sub.add_parser("size", help="print the shipped model's size; fail above 25 MB")
    p.add_argument("--dest", default=str(SHIPPED_DIR))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "convert":
        stats = convert(
            args.ud_dir,
            args.out,
            args.split,
            n_sents=args.n_sents,
            limit_per_doc=args.limit_per_doc,
            download=not args.no_download,
            pud_dir=args.pud_dir,
            train_on_tune=False if args.no_train_on_tune else None,
        )
        print(json.dumps(stats, indent=2))
    elif args.command == "train":
        train(
            args.config,
            args.out,
            args.corpus,
            _parse_overrides(args.overrides),
            threads=args.threads,
        )
    elif args.command == "evaluate":
        model = args.model or best_model_dir()
        extra = dict(item.split("=", 1) for item in args.extra)
        metrics_path = None if args.metrics == "-" else args.metrics
        metrics = evaluate(
            model,
            args.data,
            metrics_path,
            threads=args.threads,
            extra=extra,
            full_pipeline=args.full_pipeline,
        )
        print(json.dumps(metrics, indent=2))
    elif args.command == "package":
        print(package(args.model, args.dest, args.metrics, args.ud_dir, args.pud_dir))
    elif args.command == "search":
        search = load_search()
        for name in args.names:
            search_run(name, search)
    elif args.command == "search-report":
        rows = search_report(load_search(), rounds=args.rounds)
        Path(args.out).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(rows, indent=2))
    elif args.command == "size":
        size = dir_size(args.dest)
        print(f"{args.dest}: {size / 2**20:.2f} MB (limit 25 MB)")
        return 0 if size <= MAX_MODEL_BYTES else 1
    return 0
