"""Command line: thin wrappers that wire stages together. No logic lives here."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from pipeline import __version__

DESCRIPTION = """\
styrdok turns Swedish governance documents (instruktioner för regiondirektören,
kommundirektörer, reglementen, delegationsordningar) into Parquet tables:
documents, clauses, references, sentences, tokens, actors, verbs, statements,
delegations.

Typical use:
  styrdok run                       # every document in raw/ → processed/
  styrdok run my-documents/ --out tables/   # your own folder (.txt .pdf .docx .odt .html .md)
  styrdok report tables/ --out report.html  # one HTML report comparing the documents
  python -c "import styrdok; t = styrdok.load('tables/'); print(t.statements)"
"""


def _progress(quiet: bool):  # noqa: ANN202
    def wrap(chunks: Iterable[Any], total: int, done: int = 0) -> Iterable[Any]:
        if quiet or total == done:
            yield from chunks
            return
        from tqdm import tqdm

        # disable=None: no bar where stderr is no terminal (a log file; nu52 fault 7)
        with tqdm(total=total, initial=done, unit="doc", desc="styrdok", file=sys.stderr,
                  disable=None) as bar:  # fmt: skip
            for chunk in chunks:
                yield chunk
                bar.update(len(chunk))

    return wrap


# Exit codes: some documents failed; the run could not proceed; bad usage (sysexits).
EXIT_FAILED_DOCUMENTS = 1
EXIT_CANNOT_PROCEED = 2
EXIT_USAGE = 64


def _workers(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 'auto' or a whole number ≥ 1, not {value!r}")
    return number


# Round 54 (nu54 fault 10): a message is one line, whatever a path holds: a line break or
# other control character in it is printed escaped as Python writes it (``\n``, ``\x85``).
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """`message` with its control characters escaped (``Nya dokument\\n(dec)``)."""
    return _CONTROL.sub(lambda match: ascii(match.group())[1:-1], message)


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.batch import default_annotator_factory, run_batch
    from pipeline.config import load_settings

    settings = load_settings(
        args.config,
        sets=args.set,
        model=args.model,
        batch_size=args.batch_size,
        nlp=False if args.no_nlp else None,
    )
    if not args.paths and not Path("raw").is_dir():
        print("styrdok run: error: no PATH given and there is no raw/ folder here", file=sys.stderr)
        return EXIT_USAGE
    inputs = [Path(p) for p in (args.paths or ["raw"])]
    summary = run_batch(
        inputs,
        Path(args.out),
        settings,
        annotator_factory=default_annotator_factory,
        force=args.force,
        progress=_progress(args.quiet or args.log_quiet),  # `styrdok -q run` is quiet too
        workers=args.workers,
        executor="dask" if args.scheduler else args.executor,
        scheduler=args.scheduler,
        wait=not args.no_wait,
        notify=lambda message: print(one_line(message), file=sys.stderr),
    )
    print(format_summary(summary, Path(args.out)))
    return 0 if summary.ok else EXIT_FAILED_DOCUMENTS


def cmd_config_show(args: argparse.Namespace) -> int:
    import yaml

    from pipeline.batch.executors import check_nlp_configs
    from pipeline.config import load_settings

    settings = load_settings(args.config, sets=args.set)
    check_nlp_configs(settings)  # a config `run` refuses is refused here too (exit 2)
    print(yaml.safe_dump(settings.shown(), sort_keys=False, allow_unicode=True), end="")
    return 0


def cmd_config_init(args: argparse.Namespace) -> int:
    from pipeline.config import write_config_copy

    written = write_config_copy(Path(args.dir), force=args.force)
    print(f"wrote {len(written)} configuration files to {args.dir}/ (pass it as --config)")
    return 0


def format_summary(summary: Any, out_dir: Path) -> str:
    counts = summary.counts
    lines = [
        f"styrdok {__version__}: {len(summary.processed)} processed{_redone_reason(summary)}, "
        f"{len(summary.skipped)} "
        f"unchanged, {len(summary.removed)} removed, {len(summary.failures)} failed"
        f"{_passed_over_count(summary)} in {summary.seconds:.1f} s → {out_dir}/",
    ]
    shown = ("clauses", "references", "sentences", "actors", "verbs", "statements")
    shown += ("delegations",) if counts.get("delegations") else ()
    table_counts = ", ".join(f"{counts[name]} {name}" for name in shown if name in counts)
    if table_counts:
        # rows of the processed documents, replacing a changed document's old rows: not "new"
        lines.append(f"  rows written: {table_counts}")
    lines.extend(_elsewhere_lines(getattr(summary, "elsewhere", ()), out_dir))
    for failure in summary.failures:
        lines.append(f"  FAILED [{failure.stage}] {failure.message}")
    if summary.failures:
        lines.append(f"  failures are listed in {out_dir / 'errors.parquet'}")
    if counts.get("clause_errors"):
        lines.append(
            f"  {counts['clause_errors']} clause(s) lost their statements to a rule error; "
            f"see {out_dir / 'clause_errors'}"
        )
    return "\n".join(one_line(line) for line in lines)


_IDENTITY_WORDS = {"config": "configuration", "model": "model", "pipeline_version": "pipeline"}


def _redone_reason(summary: Any) -> str:
    """`` (configuration changed)``, `` (3 because the pipeline changed)``: why documents whose
    files are unchanged were processed again (newuser54b fault 12), so that a re-run that
    redoes everything does not read as a failed incremental run."""
    redone = {doc_id: keys for doc_id, keys in getattr(summary, "redone", {}).items()
              if doc_id in set(summary.processed)}
    if not redone:
        return ""
    keys = {key for changed in redone.values() for key in changed}
    words = [word for key, word in _IDENTITY_WORDS.items() if key in keys]
    reason = f"{' and '.join(words)} changed"
    if len(redone) == len(summary.processed):
        return f" ({reason})"
    return f" ({len(redone)} because the {reason})"


def _passed_over_count(summary: Any) -> str:
    """``, 1 passed over`` (files of types styrdok does not read; round 46, nu46 cause 7)."""
    passed_over = len(getattr(summary, "passed_over", ()))
    return f", {passed_over} passed over" if passed_over else ""


def _elsewhere_lines(doc_ids: Sequence[str], out_dir: Path) -> list[str]:
    """The tables also hold documents of earlier runs on other paths: say so, or a user who
    re-uses an output folder for new documents reads old ones as theirs."""
    if not doc_ids:
        return []
    named = ", ".join(doc_ids[:3]) + (", …" if len(doc_ids) > 3 else "")
    return [
        f"  {out_dir}/ also holds {len(doc_ids)} document(s) from earlier runs on other paths "
        f"({named}); they stay in the tables (a new --out holds only these inputs)"
    ]


def _config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        default=None,
        help="configuration directory (default: $STYRDOK_CONFIG, else the defaults shipped "
        "with styrdok)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one setting, e.g. --set model=sv_core_news_sm --set batch_size=64 "
        "--set limits.max_seconds=60 (repeatable)",
    )


class _Parser(argparse.ArgumentParser):
    """Bad usage exits 64 (EX_USAGE), not 2: 2 means the run could not proceed."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="styrdok",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"styrdok {__version__}")
    add_logging_options(parser)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_run(commands)
    _add_config(commands)
    _add_annotate(commands)
    _add_evaluate(commands)
    _add_report(commands)
    add_export_and_diff(commands)
    return parser


def _add_run(commands: Any) -> None:
    run = commands.add_parser(
        "run",
        help="process documents into Parquet tables",
        description="Process .txt/.pdf/.docx/.odt/.html/.md documents (files or directories) into "
        "Parquet tables. Unchanged documents are skipped; exit code 1 if any document failed.",
    )
    run.add_argument("paths", nargs="*", help="files or directories (default: raw/)")
    run.add_argument("--out", default="processed", help="output directory (default: processed/)")
    _config_options(run)
    run.add_argument(
        "--model", help="spaCy model name or path (default: from configs/pipeline.yaml)"
    )
    run.add_argument("--batch-size", type=int, help="documents per NLP batch")
    run.add_argument("--no-nlp", action="store_true", help="clauses only, skip the NLP stage")
    run.add_argument("--force", action="store_true", help="reprocess unchanged documents too")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _run_execution_options(run)
    run.set_defaults(handler=cmd_run)


def _run_execution_options(run: argparse.ArgumentParser) -> None:
    """Where and how in parallel `styrdok run` works: workers, lock waiting, executor."""
    run.add_argument(
        "--workers",
        type=_workers,
        default=None,
        help="parallel worker processes, or 'auto' (default, from pipeline.yaml): one process "
        "for small batches, one per core (capped by memory) for large ones; with --executor "
        "dask and no --scheduler, the size of the local Dask cluster",
    )
    run.add_argument(
        "--no-wait",
        action="store_true",
        help="fail at once (exit 2) when another run is writing to --out, instead of waiting",
    )
    run.add_argument(
        "--executor",
        choices=["local", "dask"],
        default="local",
        help="local: this machine, a process pool when --workers > 1; dask: one task per "
        "document on a Dask distributed cluster (see --scheduler and docs/scale.md)",
    )
    run.add_argument(
        "--scheduler",
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --executor dask; "
        "without it, dask starts a LocalCluster)",
    )


def _add_config(commands: Any) -> None:
    config = commands.add_parser(
        "config",
        help="show the effective configuration, or write a copy of the shipped one",
        description="Print the configuration a run would use (files, then --set overrides), "
        "or write a copy of the shipped configuration files into a folder to edit.",
    )
    config_commands = config.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    show = config_commands.add_parser("show", help="print the effective configuration as YAML")
    _config_options(show)
    show.set_defaults(handler=cmd_config_show)
    init = config_commands.add_parser(
        "init",
        help="write the shipped YAML files (real files) into DIR, to edit and pass as --config DIR",
    )
    init.add_argument("dir", metavar="DIR", help="folder to write (created if missing)")
    init.add_argument(
        "--force", action="store_true", help="overwrite configuration files DIR already holds"
    )
    init.set_defaults(handler=cmd_config_init)


def _add_annotate(commands: Any) -> None:
    annotate = commands.add_parser(
        "annotate",
        help="write the pipeline's predictions for a document as corpus JSONL",
        description="Write clauses, actor/verb spans and statements predicted for DOC in the "
        "corpus format (corpus/README.md), ready to correct in an annotation tool.",
    )
    annotate.add_argument("document", help="a .txt/.pdf/.docx/.odt/.html/.md file")
    annotate.add_argument("--out", required=True, help="JSONL file to write")
    annotate.add_argument("--config", help="configuration directory (default: the shipped one)")
    annotate.set_defaults(handler=cmd_annotate)


def _add_evaluate(commands: Any) -> None:
    evaluate = commands.add_parser(
        "evaluate",
        help="score the pipeline against the annotated corpus",
        description="Precision, recall and F1 per layer (clauses, actors, verbs, deontics, "
        "statements) on the annotated corpus; writes them as a DVC metrics file. The corpus "
        "folder holds dev/ and/or test/, each with gold files NAME.jsonl in the format "
        "`styrdok annotate` writes. A document whose source (DOC_ID.txt, .pdf, .docx, .odt, "
        ".fodt, .html, .htm, .md or .markdown: pipeline.yaml input_suffixes; DOC_ID as in the "
        "records' meta, or a file styrdok names so, e.g. kyrkorad_lovsjo.odt for "
        "kyrkorad-lovsjo) lies beside its gold file or in --raw is run end to end; without "
        "one, each record's text is scored alone, and one line on stderr names those documents.",
    )
    evaluate.add_argument("--corpus", default="corpus", help="corpus directory (default: corpus/)")
    evaluate.add_argument(
        "--metrics", default="metrics/corpus.json",
        help="metrics JSON to write (default: metrics/corpus.json under the current folder; "
        "the last line of the output names it)",
    )
    evaluate.add_argument("--config", help="configuration directory (default: the shipped one)")
    evaluate.add_argument("--raw", default="raw", help="where the corpus' source documents are")
    evaluate.set_defaults(handler=cmd_evaluate)


def _add_report(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="write a self-contained HTML report comparing documents",
        description="One HTML file (no network needed), per document: statement counts per "
        "actor, an actor × deontic heatmap, shared and unique aims, duties one document gives "
        "its chief executive and another does not, warnings, and a clause browser.",
    )
    report.add_argument(
        "processed", nargs="?", default="processed", help="tables directory (default: processed/)"
    )
    report.add_argument(
        "--out", default="report.html", help="HTML file to write (default: report.html)"
    )
    report.add_argument(
        "--diff",
        metavar="DIFF_PARQUET",
        help="add a section of changes from `styrdok diff --out` (default: none)",
    )
    report.set_defaults(handler=cmd_report)


# ---------------------------------------------------------------------------
# Logging, export and diff


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def add_logging_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("logging (before the command: styrdok -v run …)")
    group.add_argument(
        "-v", "--verbose", action="count", default=0, help="more detail: -v info, -vv debug"
    )
    group.add_argument("-q", "--quiet", dest="log_quiet", action="store_true", help="errors only")
    group.add_argument(
        "--log-level",
        type=str.upper,
        choices=LOG_LEVELS,
        help="set the level directly (default: WARNING)",
    )


def configure_logging(args: argparse.Namespace) -> None:
    """Warnings (duplicates, lead-ins without statements, failed documents) go to stderr."""
    if args.log_level:
        level = args.log_level
    elif args.log_quiet:
        level = "ERROR"
    else:
        level = LOG_LEVELS[max(0, 2 - args.verbose)]
    logger = logging.getLogger("styrdok")
    logger.setLevel(level)
    if not any(getattr(h, "_styrdok", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_OneLineFormatter("styrdok: %(levelname)s: %(message)s"))
        handler._styrdok = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False


class _OneLineFormatter(logging.Formatter):
    """A log record's message on one line (`one_line`); a traceback keeps its lines."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        return one_line(super().formatMessage(record))


def add_export_and_diff(commands: Any) -> None:
    from pipeline.export import FORMATS

    export = commands.add_parser(
        "export",
        help="write the tables as csv, xlsx, jsonl, conllu or md",
        description="Export the tables of a processed folder: csv/jsonl (a file per table), "
        "xlsx (one workbook, a sheet per table), conllu (tokens, a file per document), md "
        "(clause tree with statements, a file per document).",
    )
    export.add_argument(
        "processed", nargs="?", default="processed", help="tables directory (default: processed/)"
    )
    export.add_argument("--format", required=True, choices=FORMATS, help="export format")
    export.add_argument("--out", required=True, help="folder to write into")
    export.set_defaults(handler=cmd_export)

    diff = commands.add_parser(
        "diff",
        help="what changed between two versions of a document",
        description="Align the clauses and statements of OLD and NEW (document files, or "
        "processed folders holding one document each) and list added, removed, changed and "
        "moved obligations, permissions, prohibitions and responsibilities.",
    )
    diff.add_argument("old", help="the earlier version: a document or a processed folder")
    diff.add_argument("new", help="the later version: a document or a processed folder")
    diff.add_argument("--out", help="folder to write diff.parquet into (default: none)")
    diff.add_argument(
        "--report", help="also write the HTML report of NEW with the changes (default: none)"
    )
    diff.add_argument("--config", help="configuration directory (default: the shipped one)")
    diff.set_defaults(handler=cmd_diff)


def _fail(command: str, error: BaseException) -> int:
    print(one_line(f"styrdok {command}: error: {error}"), file=sys.stderr)
    return 2


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.api import export

    try:
        paths = export(args.processed, args.format, args.out)
    except (OSError, ValueError) as error:
        return _fail("export", error)
    print(f"wrote {len(paths)} {args.format} file(s) to {Path(args.out)}/")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.api import diff_versions
    from pipeline.diff import format_diff

    try:
        new, changes = diff_versions(Path(args.old), Path(args.new), config=args.config)
        print(format_diff(changes))
        if args.out:
            from pipeline.diff import write_diff

            print(f"wrote {write_diff(changes, Path(args.out))}")
        if args.report:
            from pipeline.report import render_report

            report = Path(args.report)
            report.parent.mkdir(parents=True, exist_ok=True)
            report.write_text(render_report(new, changes), encoding="utf-8")
            print(f"wrote {report}")
    except (OSError, ValueError) as error:
        return _fail("diff", error)
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from pipeline.config import load_settings
    from pipeline.nlp.corpus import annotate_document

    settings = load_settings(args.config)
    count = annotate_document(Path(args.document), Path(args.out), settings)
    print(f"wrote {count} clauses to {args.out}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.config import load_settings
    from pipeline.nlp.corpus import SETS, evaluate_corpus, write_metrics
    from pipeline.nlp.scoring import format_scores

    corpus = Path(args.corpus)
    if not any(path for name in SETS for path in (corpus / name).glob("*.jsonl")):
        print(
            f"styrdok evaluate: error: no gold files in {corpus}/dev/*.jsonl or "
            f"{corpus}/test/*.jsonl (write one with `styrdok annotate DOC --out "
            f"{corpus}/dev/NAME.jsonl` and correct it; see `styrdok evaluate --help`)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    settings = load_settings(args.config)
    scores = evaluate_corpus(corpus, settings, raw_dir=Path(args.raw))
    write_metrics(scores, Path(args.metrics))
    print(format_scores(scores))
    print(f"wrote {args.metrics}")  # round 50 (nu50b fault 10): the default path too
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import pandas as pd

    from pipeline.report import write_report

    try:
        changes = pd.read_parquet(args.diff) if args.diff else None
        path = write_report(Path(args.processed), Path(args.out), changes)
    except (OSError, ValueError) as error:
        return _fail("report", error)
    print(f"wrote {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from pipeline.batch.records import RunError
    from pipeline.blas import one_blas_thread
    from pipeline.config import ConfigError

    args = build_parser().parse_args(argv)
    configure_logging(args)
    one_blas_thread()  # styrdok owns this process: numpy's OpenBLAS on one thread
    try:
        return args.handler(args)
    except (ConfigError, RunError) as error:
        print(one_line(f"styrdok: error: {error}"), file=sys.stderr)
        return EXIT_CANNOT_PROCEED
    except KeyboardInterrupt:
        print("styrdok: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
