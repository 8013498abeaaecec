"""styrdok's post-parser components alone, on Docs parsed once (issue #15).

``prepare`` pipes the clause texts of a ``styrdok run`` output through the model (styrdok's
components off, its sentence starts on) and stores the Docs as a ``DocBin``; ``time`` runs
``styrdok_actors``, ``styrdok_verbs`` and ``styrdok_statements`` on each stored Doc one after
the other, as ``nlp.pipe`` does, and prints each component's CPU seconds; ``dump`` writes what
they found (``repr`` of actors, verbs, statements, errors and the cue index, a line per Doc),
for a byte comparison of two checkouts. ``paired`` times the components (``styrdok_merges``
first, as in the pipeline) in this checkout and in ``--baseline``, each in a process of its
own that loads its model and the Docs once; the two take turns chunk by chunk (the order
alternating), so a change in the machine's load lands on both, and each round's ratio is
baseline CPU ÷ this checkout's CPU over every chunk.

    python benchmarks/bench_components.py prepare OUT_DIR --docbin /tmp/docs.docbin
    python benchmarks/bench_components.py time /tmp/docs.docbin [--passes 3]
    python benchmarks/bench_components.py dump /tmp/docs.docbin --out /tmp/found.txt
    python benchmarks/bench_components.py paired /tmp/docs.docbin --baseline DIR [--passes 3]

Run from the checkout to be measured (``PYTHONPATH=$PWD``): the Docs hold only the model's
annotations, so one ``DocBin`` serves two checkouts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

COMPONENTS = ("styrdok_actors", "styrdok_verbs", "styrdok_statements")
PAIRED_COMPONENTS = ("styrdok_merges", *COMPONENTS)
CHUNK_DOCS = 250  # a turn of one checkout in `paired`: ~0.5 s of CPU


def load_nlp() -> Language:
    from pipeline.config import load_settings
    from pipeline.nlp import build_nlp

    return build_nlp(load_settings(Path("configs")))


def prepare(out: Path, docbin: Path) -> None:
    from benchmarks.bench_pipeline import analysed_texts

    nlp = load_nlp()
    later = [n for n in nlp.pipe_names if n.startswith("styrdok_") and n != "styrdok_sentences"]
    with nlp.select_pipes(disable=later):
        docs = list(nlp.pipe(analysed_texts(out), batch_size=64))
    docbin.write_bytes(DocBin(store_user_data=True, docs=docs).to_bytes())
    print(f"{len(docs)} Docs → {docbin}")


def load_docs(nlp: Language, docbin: Path) -> list[Doc]:
    return list(DocBin().from_bytes(docbin.read_bytes()).get_docs(nlp.vocab))


def time_components(docbin: Path, passes: int) -> None:
    nlp = load_nlp()
    components = [(name, nlp.get_pipe(name)) for name in COMPONENTS]
    seconds: dict[str, list[float]] = {name: [] for name in (*COMPONENTS, "total")}
    for _ in range(passes):
        spent = dict.fromkeys(COMPONENTS, 0.0)
        for doc in load_docs(nlp, docbin):
            for name, component in components:
                started = time.process_time()
                component(doc)
                spent[name] += time.process_time() - started
        for name in COMPONENTS:
            seconds[name].append(spent[name])
        seconds["total"].append(sum(spent.values()))
    for name, values in seconds.items():
        ordered = sorted(values)
        median = ordered[len(ordered) // 2]
        print(f"{name}: median {median:.3f} min {ordered[0]:.3f} max {ordered[-1]:.3f} CPU s")


def dump(docbin: Path, out: Path) -> None:
    nlp = load_nlp()
    components = [nlp.get_pipe(name) for name in COMPONENTS]
    with out.open("w", encoding="utf-8") as lines:
        for doc in load_docs(nlp, docbin):
            for component in components:
                doc = component(doc)
            found = (doc._.actors, doc._.verbs, doc._.statements, doc._.errors)
            lines.write(repr((*found, doc.user_data.get("styrdok_cues"))) + "\n")


def serve(docbin: Path) -> None:
    """A `paired` worker: load the model, then time the components on the chunk each line of
    stdin names (Docs loaded afresh each round, so no memo is warm) and answer with their
    CPU seconds."""
    nlp = load_nlp()
    components = [nlp.get_pipe(name) for name in PAIRED_COMPONENTS]
    stored: list[Doc] = []
    print(len(load_docs(nlp, docbin)), flush=True)
    for line in sys.stdin:
        chunk = int(line)
        if chunk == 0:  # a new round: the Docs afresh
            stored = load_docs(nlp, docbin)
        docs = stored[chunk * CHUNK_DOCS : (chunk + 1) * CHUNK_DOCS]
        started = time.process_time()
        for doc in docs:
            for component in components:
                doc = component(doc)
        print(f"{time.process_time() - started:.6f}", flush=True)


def _worker(checkout: Path, docbin: Path) -> subprocess.Popen:
    """`serve` of this file, importing the rules of `checkout` (its ``pipeline``)."""
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('bench_worker', {__file__!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        f"sys.path[:] = [{str(checkout)!r}] + [p for p in sys.path if p != {str(REPO_ROOT)!r}]\n"
        "import pipeline\n"
        "print('worker:', pipeline.__file__, file=sys.stderr)\n"
        f"module.serve(__import__('pathlib').Path({str(docbin)!r}))\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=checkout,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def paired(docbin: Path, baseline: Path, passes: int) -> None:
    """Baseline ÷ this checkout, CPU of the components, interleaved chunk by chunk."""
    workers = {"baseline": _worker(baseline, docbin), "this": _worker(REPO_ROOT, docbin)}
    counts = {name: int(worker.stdout.readline()) for name, worker in workers.items()}
    chunks = -(-counts["this"] // CHUNK_DOCS)
    rows = []
    for round_ in range(passes + 1):  # the first round warms both up and is not counted
        spent = dict.fromkeys(workers, 0.0)
        for chunk in range(chunks):
            order = list(workers) if (round_ + chunk) % 2 == 0 else list(workers)[::-1]
            for name in order:
                workers[name].stdin.write(f"{chunk}\n")
                workers[name].stdin.flush()
                spent[name] += float(workers[name].stdout.readline())
        if round_:
            rows.append(spent)
            ratio = spent["baseline"] / spent["this"]
            print(
                f"round {round_}: baseline {spent['baseline']:.3f} s, this {spent['this']:.3f}"
                f" s, speed × baseline {ratio:.3f}",
                flush=True,
            )
    for worker in workers.values():
        worker.stdin.close()
        worker.wait()
    for name in ("baseline", "this"):
        values = [row[name] for row in rows]
        print(f"{name}: {_spread(values)} CPU s")
    print(f"speed × baseline: {_spread([row['baseline'] / row['this'] for row in rows])}")


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} [{min(values):.3f}–{max(values):.3f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("prepare", "time", "dump", "paired"))
    parser.add_argument("source", type=Path, help="run output (prepare) or DocBin")
    parser.add_argument("--docbin", type=Path, help="prepare: where the DocBin goes")
    parser.add_argument("--out", type=Path, help="dump: where the lines go")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="paired: the other checkout")
    args = parser.parse_args()
    if args.mode == "prepare":
        prepare(args.source, args.docbin)
    elif args.mode == "paired":
        paired(args.source, args.baseline, args.passes)
    elif args.mode == "time":
        time_components(args.source, args.passes)
    else:
        dump(args.source, args.out)


if __name__ == "__main__":
    main()
