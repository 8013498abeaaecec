"""styrdok's post-parser components alone, on Docs parsed once (issue #15).

``prepare`` pipes the clause texts of a ``styrdok run`` output through the model (styrdok's
components off, its sentence starts on) and stores the Docs as a ``DocBin``; ``time`` runs
``styrdok_actors``, ``styrdok_verbs`` and ``styrdok_statements`` on each stored Doc one after
the other, as ``nlp.pipe`` does, and prints each component's CPU seconds; ``dump`` writes what
they found (``repr`` of actors, verbs, statements, errors and the cue index, a line per Doc),
for a byte comparison of two checkouts.

    python benchmarks/bench_components.py prepare OUT_DIR --docbin /tmp/docs.docbin
    python benchmarks/bench_components.py time /tmp/docs.docbin [--passes 3]
    python benchmarks/bench_components.py dump /tmp/docs.docbin --out /tmp/found.txt

Run from the checkout to be measured (``PYTHONPATH=$PWD``): the Docs hold only the model's
annotations, so one ``DocBin`` serves two checkouts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

COMPONENTS = ("styrdok_actors", "styrdok_verbs", "styrdok_statements")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("prepare", "time", "dump"))
    parser.add_argument("source", type=Path, help="run output (prepare) or DocBin")
    parser.add_argument("--docbin", type=Path, help="prepare: where the DocBin goes")
    parser.add_argument("--out", type=Path, help="dump: where the lines go")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    if args.mode == "prepare":
        prepare(args.source, args.docbin)
    elif args.mode == "time":
        time_components(args.source, args.passes)
    else:
        dump(args.source, args.out)


if __name__ == "__main__":
    main()
