"""Command line: thin wrappers that wire stages together. No logic lives here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pipeline import __version__

DESCRIPTION = """\
styrdok turns Swedish governance documents (instruktioner för regiondirektören,
kommundirektörer, reglementen, delegationsordningar) into Parquet tables:
documents, clauses, references, sentences, tokens, actors, verbs, statements.

Typical use:
  styrdok run                       # every document in raw/ → processed/
  styrdok run new.pdf --out out/    # one file
  python -c "import pipeline; t = pipeline.load('processed/'); print(t.clauses)"
"""


def _progress(quiet: bool):  # noqa: ANN202
    def wrap(chunks: Iterable[Any], total: int) -> Iterable[Any]:
        if quiet or total == 0:
            yield from chunks
            return
        from tqdm import tqdm

        with tqdm(total=total, unit="doc", desc="styrdok", file=sys.stderr) as bar:
            for chunk in chunks:
                yield chunk
                bar.update(len(chunk))

    return wrap


def _annotator(settings: Any) -> Any:
    if not settings.nlp:
        return None
    from pipeline.nlp import build_annotator

    return build_annotator(settings)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.batch import run_batch
    from pipeline.config import load_settings

    settings = load_settings(
        args.config,
        model=args.model,
        batch_size=args.batch_size,
        nlp=False if args.no_nlp else None,
    )
    inputs = [Path(p) for p in (args.paths or ["raw"])]
    summary = run_batch(
        inputs,
        Path(args.out),
        settings,
        _annotator(settings),
        force=args.force,
        progress=_progress(args.quiet),
    )
    print(format_summary(summary, Path(args.out)))
    return 0 if summary.ok else 1


def format_summary(summary: Any, out_dir: Path) -> str:
    counts = summary.counts
    lines = [
        f"styrdok {__version__}: {len(summary.processed)} processed, {len(summary.skipped)} "
        f"unchanged, {len(summary.removed)} removed, {len(summary.failures)} failed "
        f"in {summary.seconds:.1f} s → {out_dir}/",
    ]
    shown = ("clauses", "references", "sentences", "actors", "verbs", "statements")
    table_counts = ", ".join(f"{counts[name]} {name}" for name in shown if name in counts)
    if table_counts:
        lines.append(f"  new rows: {table_counts}")
    for failure in summary.failures:
        lines.append(f"  FAILED [{failure.stage}] {failure.message}")
    if summary.failures:
        lines.append(f"  failures are listed in {out_dir / 'errors.parquet'}")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="styrdok",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"styrdok {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="process documents into Parquet tables",
        description="Process .txt/.pdf/.docx documents (files or directories) into Parquet "
        "tables. Unchanged documents are skipped; exit code 1 if any document failed.",
    )
    run.add_argument("paths", nargs="*", help="files or directories (default: raw/)")
    run.add_argument("--out", default="processed", help="output directory (default: processed/)")
    run.add_argument(
        "--config", default="configs", help="configuration directory (default: configs/)"
    )
    run.add_argument(
        "--model", help="spaCy model name or path (default: from configs/pipeline.yaml)"
    )
    run.add_argument("--batch-size", type=int, help="documents per NLP batch")
    run.add_argument("--no-nlp", action="store_true", help="clauses only, skip the NLP stage")
    run.add_argument("--force", action="store_true", help="reprocess unchanged documents too")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    run.set_defaults(handler=cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
