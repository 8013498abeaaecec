"""Where the CPU of a 1-worker ``styrdok run`` goes.

Two views of the same corpus:

* **stages**: ``run_batch`` under cProfile; each row is the cumulative CPU of one function
  (indented rows are part of the row above; ``nlp.pipe`` is what ``annotate_many`` spends
  outside the document rules and the records, i.e. pulling texts through the pipeline).
  cProfile slows pure-Python code more than the model's compiled code, so the Python rows
  are overstated; the percentages rank costs, they are not a budget.
* **components**: each pipe of ``build_nlp`` (model + styrdok components) timed on its own,
  unprofiled, over the clause texts of the run: tokenizer, then every pipe over the whole
  list of docs in order; median [min–max] over 3 passes.

    python benchmarks/profile_pipeline.py --docs 100 [--model PATH] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.paired import spread  # noqa: E402

Key = tuple[str, int, str]  # pstats' (file, line, function)


@dataclass(frozen=True)
class Row:
    label: str
    depth: int
    file: str  # path suffix of the function's module
    function: str
    caller: str | None = None  # only the calls from this function
    in_class: str | None = None  # the method defined in this class


_COMPONENTS = "pipeline/nlp/components.py"
STAGES = (
    Row("plan (manifest, hashing)", 0, "pipeline/batch/plan.py", "plan_batch"),
    Row("model load (build_nlp)", 0, "pipeline/nlp/__init__.py", "build_nlp"),
    Row("warm-up (word lists, compiled rules)", 0, "pipeline/batch/executors.py", "_warm_up"),
    Row("read + normalize + segment", 0, "pipeline/batch/stages.py", "prepare_document"),
    Row("ingest (read_document)", 1, "pipeline/ingest/__init__.py", "read_document"),
    Row("normalize", 1, "pipeline/normalize/assemble.py", "normalize", "_stage"),
    Row("segment", 1, "pipeline/segment/clauses.py", "segment", "_stage"),
    Row("NLP stage (annotator)", 0, "pipeline/batch/stages.py", "_annotate"),
    Row("annotate_many", 1, "pipeline/nlp/__init__.py", "annotate_many"),
    Row("styrdok actors", 3, _COMPONENTS, "__call__", in_class="ActorTagger"),
    Row("styrdok verbs", 3, _COMPONENTS, "__call__", in_class="VerbTagger"),
    Row("styrdok statements", 3, _COMPONENTS, "__call__", in_class="StatementFinder"),
    Row("document rules", 2, "pipeline/nlp/__init__.py", "_document_rules"),
    Row("ClauseAnnotation records", 2, "pipeline/nlp/__init__.py", "_annotation"),
    Row("NLP tables (annotation_tables)", 1, "pipeline/nlp/rows.py", "annotation_tables"),
    Row("tokens + sentences (columns)", 2, "pipeline/nlp/rows.py", "token_and_sentence_tables"),
    Row("actor/verb/statement rows", 2, "pipeline/nlp/rows.py", "_row_tuples"),
    Row("structure tables (structure_tables)", 0, "pipeline/batch/stages.py", "structure_tables"),
    Row(
        "Parquet writing (write_document_tables)", 0, "pipeline/tables.py", "write_document_tables"
    ),
    Row("pq.write_table", 1, "pyarrow/parquet/core.py", "write_table"),
    Row("manifest", 0, "pipeline/tables.py", "write_manifest"),
    Row("to_table, every table (inside the rows above)", 0, "pipeline/tables.py", "to_table"),
)


def _find(stats: dict, row: Row) -> tuple[Key, tuple] | None:
    for key, value in stats.items():
        if key[0].replace(os.sep, "/").endswith(row.file) and key[2] == row.function:
            if row.in_class and not _is_method_of(key, row.in_class):
                continue
            return key, value
    return None


def _is_method_of(key: Key, class_name: str) -> bool:
    """Whether the __call__ at `key` is the one defined in class `class_name`."""
    try:
        lines = Path(key[0]).read_text(encoding="utf-8").splitlines()[: key[1]]
    except OSError:
        return False
    for line in reversed(lines):
        if line.startswith("class "):
            return line[6:].split("(")[0].split(":")[0].strip() == class_name
    return False


def cumulative(stats: dict, row: Row) -> float | None:
    """CPU seconds of `row`'s function (only its calls from `row.caller`, when given)."""
    found = _find(stats, row)
    if found is None:
        return None
    _, (_, _, _, total, callers) = found
    if row.caller is None:
        return total
    return sum(value[3] for key, value in callers.items() if key[2] == row.caller)


def stage_rows(stats: dict, total: float) -> list[str]:
    rows = ["| stage | CPU s (profiled) | % of run |", "| --- | --- | --- |"]
    values = {row.label: cumulative(stats, row) for row in STAGES}
    for row in STAGES:
        value = values[row.label]
        label = "&nbsp;" * 4 * row.depth + row.label
        if value is None:
            rows.append(f"| {label} | not found | – |")
            continue
        rows.append(f"| {label} | {value:.2f} | {100 * value / total:.1f} |")
        if row.function == "annotate_many":
            document = (values["document rules"] or 0.0) + (
                values["ClauseAnnotation records"] or 0.0
            )
            components = sum(
                values[name] or 0.0
                for name in ("styrdok actors", "styrdok verbs", "styrdok statements")
            )
            pipe = value - document
            model = pipe - components
            indent = "&nbsp;" * 8
            rows.append(f"| {indent}nlp.pipe | {pipe:.2f} | {100 * pipe / total:.1f} |")
            rows.append(
                f"| {indent * 2}model (nlp.pipe − styrdok components) | {model:.2f} | "
                f"{100 * model / total:.1f} |"
            )
    return rows


def top_functions(stats: dict, total: float, count: int) -> list[str]:
    """The functions with the most own CPU (tottime) outside spaCy, thinc and numpy."""
    model_paths = ("spacy/", "thinc/", "numpy/", "blis/", "srsly/")
    rows = ["| own CPU s | % | calls | function |", "| --- | --- | --- | --- |"]
    ranked = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)
    shown = 0
    for (file, line, function), (_, calls, own, _, _) in ranked:
        where = file.replace(os.sep, "/").split("/site-packages/")[-1]
        in_model = where.startswith(model_paths) or any(
            name in function for name in ("spacy", "thinc", "numpy", "srsly")
        )
        if in_model or shown >= count:
            continue
        where = where.split(str(REPO_ROOT) + "/")[-1]
        share = 100 * own / total
        rows.append(f"| {own:.2f} | {share:.1f} | {calls:,} | {where}:{line} {function} |")
        shown += 1
    return rows


def profile_run(corpus: Path, out: Path, model: str | None) -> tuple[dict, float]:
    from pipeline.batch import run_batch
    from pipeline.config import load_settings

    settings = load_settings(REPO_ROOT / "configs", **({"model": model} if model else {}))
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    profiler.enable()
    run_batch([corpus], out, settings, workers=1, force=True)
    profiler.disable()
    total = time.process_time() - started
    return pstats.Stats(profiler).stats, total  # type: ignore[attr-defined]


def component_rows(texts: list[str], model: str | None, passes: int = 3) -> list[str]:
    from pipeline.config import load_settings
    from pipeline.nlp import DOCUMENT_PIPE, build_nlp

    settings = load_settings(REPO_ROOT / "configs", **({"model": model} if model else {}))
    nlp = build_nlp(settings)
    timings: dict[str, list[float]] = {}
    for _ in range(passes):
        started = time.process_time()
        docs = list(nlp.tokenizer.pipe(texts, batch_size=settings.batch_size))
        timings.setdefault("tokenizer", []).append(time.process_time() - started)
        for name, proc in nlp.pipeline:
            if name == DOCUMENT_PIPE:  # runs per document after the pipe (annotate_many)
                continue
            started = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=settings.batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            timings.setdefault(name, []).append(time.process_time() - started)
    totals = [sum(values[i] for values in timings.values()) for i in range(passes)]
    rows = ["| pipe | CPU s | % of nlp.pipe |", "| --- | --- | --- |"]
    for name, values in timings.items():
        shares = [100 * value / total for value, total in zip(values, totals, strict=True)]
        rows.append(f"| {name} | {spread(values)} | {spread(shares, 1)} |")
    rows.append(f"| all | {spread(totals)} | 100 |")
    return rows


def breakdown(corpus: Path, out: Path, model: str | None = None, top: int = 15) -> list[str]:
    from benchmarks.bench_pipeline import analysed_texts

    stats, total = profile_run(corpus, out, model)
    texts = analysed_texts(out)
    lines = [f"run_batch under cProfile: {total:.1f} s CPU", ""]
    lines += stage_rows(stats, total)
    lines += ["", f"Most own CPU outside spaCy/thinc/numpy (top {top}):", ""]
    lines += top_functions(stats, total, top)
    lines += ["", f"Pipes of build_nlp, unprofiled, {len(texts):,} clause texts:", ""]
    lines += component_rows(texts, model)
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    from benchmarks.synth import write_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--model")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="styrdok-profile-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.docs, seed=args.seed)
        print(*breakdown(corpus, Path(tmp) / "out", args.model, args.top), sep="\n")


if __name__ == "__main__":
    main()
