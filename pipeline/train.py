"""Reproducible training recipe for styrdok's own Swedish spaCy pipeline.

The official ``sv_core_news_*`` pipelines cannot be downloaded everywhere, so the project
trains a small pipeline on UD Swedish-Talbanken itself and ships it in
``pipeline/models/sv_styrdok``.  The recipe has four steps, each a plain function and a
subcommand of ``python -m pipeline.train``:

``convert``
    CoNLL-U -> spaCy ``DocBin`` files, split by document (``# newdoc id``) according to the
    fixed split recorded in ``configs/model/split.yaml``.
``train``
    ``spacy train`` with ``configs/model/sv_styrdok.cfg`` into a directory outside git.
``evaluate``
    Scores on the held-out part, written as a JSON metrics file.
``package``
    Copies the trained pipeline (weights only, no optimizer state) into the shipped location,
    writes licence/attribution/scores into its ``meta.json`` and checks the size limit.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
UD_DIR_ENV = "STYRDOK_UD_DIR"
DEFAULT_UD_DIR = Path("../shared/ud/UD_Swedish-Talbanken")
UD_PARTS = ("train", "dev", "test")
UD_FILE = "sv_talbanken-ud-{part}.conllu"
UD_URL = (
    "https://raw.githubusercontent.com/UniversalDependencies/UD_Swedish-Talbanken/"
    "master/sv_talbanken-ud-{part}.conllu"
)
SPLIT_PATH = REPO_ROOT / "configs/model/split.yaml"
CONFIG_PATH = REPO_ROOT / "configs/model/sv_styrdok.cfg"
CORPUS_DIR = REPO_ROOT / "training/corpus"
TRAIN_OUT = REPO_ROOT / "training/sv_styrdok"
METRICS_PATH = REPO_ROOT / "metrics/model.json"
SHIPPED_DIR = REPO_ROOT / "pipeline/models/sv_styrdok"
MAX_MODEL_BYTES = 25 * 1024 * 1024
SPLIT_NAMES = ("train", "tune", "heldout")


class UDDataNotFoundError(FileNotFoundError):
    """Neither the local treebank directory nor the official download was reachable."""


# --------------------------------------------------------------------------- data loading


def resolve_ud_dir(ud_dir: str | Path | None = None) -> Path:
    """Argument, else ``$STYRDOK_UD_DIR``, else ``ud_dir`` in ``configs/model/split.yaml``,
    else ``../shared/ud/UD_Swedish-Talbanken``.

    Relative paths are taken relative to the repository root, so the recipe behaves the
    same whatever the current directory is.
    """
    raw = ud_dir if ud_dir is not None else os.environ.get(UD_DIR_ENV) or _configured_ud_dir()
    path = Path(raw).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def _configured_ud_dir() -> str | Path:
    if SPLIT_PATH.is_file():
        configured = (yaml.safe_load(SPLIT_PATH.read_text(encoding="utf-8")) or {}).get("ud_dir")
        if configured:
            return configured
    return DEFAULT_UD_DIR


def _download(url: str, timeout: float) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (fixed https URL)
        return response.read().decode("utf-8")


def read_treebank(
    ud_dir: str | Path | None = None, *, download: bool = True, timeout: float = 20.0
) -> dict[str, str]:
    """Return ``{part: conllu_text}`` for the Talbanken parts that can be found.

    Local files win; parts missing locally are fetched from the official UD repository
    (``UD_URL``) when ``download`` is true.  Missing parts are fine (this project only has
    dev and test), but finding no part at all raises :class:`UDDataNotFoundError`, naming
    both places that were tried.
    """
    local = resolve_ud_dir(ud_dir)
    texts: dict[str, str] = {}
    for part in UD_PARTS:
        path = local / UD_FILE.format(part=part)
        if path.is_file():
            texts[part] = path.read_text(encoding="utf-8")
    errors: list[str] = []
    if download:
        for part in UD_PARTS:
            if part in texts:
                continue
            url = UD_URL.format(part=part)
            try:
                texts[part] = _download(url, timeout)
            except (urllib.error.URLError, OSError, TimeoutError) as err:
                errors.append(f"{url}: {err}")
                if not texts:
                    continue
                break  # offline: don't wait for every part to time out
    if not texts:
        raise UDDataNotFoundError(
            "UD Swedish-Talbanken not found.\n"
            f"  local directory: {local} (set ${UD_DIR_ENV} or pass ud_dir to change it)\n"
            f"  official download: {UD_URL.format(part='{train,dev,test}')}"
            + (f"\n  download errors: {'; '.join(errors)}" if errors else "")
        )
    return texts


def split_by_document(conllu: str) -> dict[str, str]:
    """Cut a CoNLL-U text into ``{newdoc_id: conllu_text}``, keeping file order."""
    docs: dict[str, list[str]] = {}
    current: list[str] | None = None
    for block in conllu.strip().split("\n\n"):
        first = block.lstrip().split("\n", 1)[0]
        if first.startswith("# newdoc id"):
            doc_id = first.split("=", 1)[1].strip()
            current = docs.setdefault(doc_id, [])
        if current is None:
            current = docs.setdefault("_no_doc", [])
        current.append(block.strip())
    return {doc_id: "\n\n".join(blocks) + "\n\n" for doc_id, blocks in docs.items()}


def load_split(path: str | Path = SPLIT_PATH) -> dict[str, Any]:
    """Read the fixed document split (``heldout``/``tune``/``train`` newdoc id lists)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def assign_documents(doc_ids: Iterable[str], split: dict[str, Any]) -> dict[str, list[str]]:
    """Map each newdoc id to its part; ids not listed (the official train file) -> train."""
    where = {doc: name for name in SPLIT_NAMES for doc in split.get(name) or []}
    default = split.get("unlisted", "train")
    parts: dict[str, list[str]] = {name: [] for name in SPLIT_NAMES}
    for doc_id in doc_ids:
        parts[where.get(doc_id, default)].append(doc_id)
    return parts


def split_paragraphs(conllu: str) -> list[str]:
    """Cut a CoNLL-U text at ``# newpar`` comments (headings are paragraphs of their own)."""
    paragraphs: list[list[str]] = []
    for block in (b for b in conllu.strip().split("\n\n") if b.strip()):
        if "# newpar" in block or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(block.strip())
    return ["\n\n".join(blocks) + "\n\n" for blocks in paragraphs]


def conllu_to_docbin(conllu: str, n_sents: int = 0, limit: int = 0):
    """Convert one document's CoNLL-U to a ``DocBin``.

    ``n_sents=0`` makes one Doc per paragraph (``# newpar``): styrdok feeds the pipeline
    paragraph by paragraph, so sentence boundaries are learnt and scored within
    paragraphs, and a heading is never glued to the sentence after it.  ``n_sents > 0``
    instead makes Docs of ``n_sents`` consecutive sentences (spaCy's usual conversion).
    Docs never span two ``newdoc`` ids.  ``limit > 0`` keeps only the first ``limit``
    sentences (smoke tests).
    """
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    if limit:
        blocks = [b for b in conllu.strip().split("\n\n") if b.strip()][:limit]
        conllu = "\n\n".join(blocks) + "\n\n"
    chunks = split_paragraphs(conllu) if n_sents <= 0 else [conllu]
    size = n_sents if n_sents > 0 else 10**6
    docs = [d for chunk in chunks for d in conllu_to_docs(chunk, n_sents=size, no_print=True)]
    return DocBin(docs=docs, store_user_data=False)


def convert(
    ud_dir: str | Path | None = None,
    out_dir: str | Path = CORPUS_DIR,
    split_path: str | Path = SPLIT_PATH,
    *,
    n_sents: int = 0,
    limit_per_doc: int = 0,
    download: bool = True,
) -> dict[str, dict[str, int]]:
    """Write ``train.spacy``, ``tune.spacy`` and ``heldout.spacy`` into ``out_dir``.

    Returns ``{part: {"docs": n_newdocs, "sentences": n, "tokens": n}}``.
    """
    from spacy import blank
    from spacy.tokens import DocBin

    texts = read_treebank(ud_dir, download=download)
    documents: dict[str, str] = {}
    for part in UD_PARTS:
        if part in texts:
            documents.update(split_by_document(texts[part]))
    split = load_split(split_path)
    parts = assign_documents(documents, split)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    vocab = blank("sv").vocab
    stats: dict[str, dict[str, int]] = {}
    if split.get("train_on_tune"):
        # tune.spacy is still written (spaCy needs a dev corpus to log scores), but its
        # documents are trained on too, so its scores are not held-out scores.
        parts["train"] = parts["train"] + parts["tune"]
    for name, doc_ids in parts.items():
        merged = DocBin(store_user_data=False)
        for doc_id in doc_ids:
            merged.merge(conllu_to_docbin(documents[doc_id], n_sents, limit_per_doc))
        merged.to_disk(out / f"{name}.spacy")
        docs = list(merged.get_docs(vocab))
        stats[name] = {
            "docs": len(doc_ids),
            "sentences": sum(len(list(d.sents)) for d in docs),
            "tokens": sum(len(d) for d in docs),
        }
    return stats


# --------------------------------------------------------------------------- training


def train(
    config: str | Path = CONFIG_PATH,
    output: str | Path = TRAIN_OUT,
    corpus_dir: str | Path = CORPUS_DIR,
    overrides: dict[str, Any] | None = None,
    *,
    threads: int = 1,
) -> Path:
    """Run ``spacy train``; returns the output directory (``model-best``/``model-last``)."""
    _limit_threads(threads)
    from spacy.cli.train import train as spacy_train

    _register_components()

    corpus = Path(corpus_dir)
    settings = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "tune.spacy"),
        **(overrides or {}),
    }
    Path(output).mkdir(parents=True, exist_ok=True)
    spacy_train(Path(config), Path(output), use_gpu=-1, overrides=settings)
    return Path(output)


def _register_components() -> None:
    """Import the modules that register styrdok's custom spaCy factories."""
    import pipeline.nlp.components  # noqa: F401
    import pipeline.nlp.model  # noqa: F401


def _limit_threads(threads: int) -> None:
    """Keep BLAS/OpenMP (and torch, if present) to ``threads`` threads."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = str(threads)
    try:
        import torch

        torch.set_num_threads(threads)
    except ImportError:
        pass


def best_model_dir(output: str | Path = TRAIN_OUT) -> Path:
    """The checkpoint the recipe ships: ``model-last``, else ``model-best``, else ``output``.

    The recipe trains for a fixed number of epochs and keeps the last checkpoint: the
    79-sentence tune part is too small to pick checkpoints reliably (and with
    ``train_on_tune`` it is part of the training data).
    """
    out = Path(output)
    for name in ("model-last", "model-best"):
        if (out / name / "meta.json").is_file():
            return out / name
    return out


# --------------------------------------------------------------------------- evaluation

METRIC_KEYS = {
    "upos": "pos_acc",
    "xpos": "tag_acc",
    "morph": "morph_acc",
    "lemma": "lemma_acc",
    "uas": "dep_uas",
    "las": "dep_las",
    "sent_p": "sents_p",
    "sent_r": "sents_r",
    "sent_f": "sents_f",
}


def evaluate(
    model: str | Path,
    data: str | Path = CORPUS_DIR / "heldout.spacy",
    metrics_path: str | Path | None = METRICS_PATH,
    *,
    threads: int = 1,
    gold_tokens: bool = False,
) -> dict[str, Any]:
    """Score ``model`` on ``data``; accuracies in %, LAS/UAS in %, ``sent_f`` in [0, 1].

    The text is re-tokenised by the model's own tokenizer (``gold_tokens=False``) so the
    scores include tokenisation errors, as in real use.  ``wps`` is words per second of the
    whole evaluation (one thread).
    """
    _limit_threads(threads)
    import spacy
    from spacy.training import Corpus

    _register_components()

    nlp = spacy.load(model)
    examples = list(Corpus(str(data), gold_preproc=gold_tokens)(nlp))
    n_words = sum(len(eg.reference) for eg in examples)
    start = time.perf_counter()
    scores = nlp.evaluate(examples)
    seconds = time.perf_counter() - start
    metrics: dict[str, Any] = {}
    for key, spacy_key in METRIC_KEYS.items():
        value = scores.get(spacy_key)
        if value is None:
            continue
        metrics[key] = round(value, 4) if key.startswith("sent_") else round(100 * value, 2)
    metrics["wps"] = round(n_words / seconds)
    metrics["words"] = n_words
    metrics["sentences"] = sum(len(list(eg.reference.sents)) for eg in examples)
    if metrics_path is not None:
        path = Path(metrics_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics


# --------------------------------------------------------------------------- packaging


def treebank_commit(ud_dir: str | Path | None = None) -> str | None:
    """First word of the treebank's ``COMMIT`` file (upstream git commit), if present."""
    path = resolve_ud_dir(ud_dir) / "COMMIT"
    if path.is_file():
        text = path.read_text(encoding="utf-8").split()
        return text[0] if text else None
    return None


def model_meta(metrics: dict[str, Any], commit: str | None) -> dict[str, Any]:
    """Fields merged into the shipped ``meta.json`` (licence, attribution, scores)."""
    source = "https://github.com/UniversalDependencies/UD_Swedish-Talbanken"
    return {
        "name": "styrdok",
        "version": "0.1.0",
        "description": (
            "styrdok's own Swedish pipeline (lexicon lemma feature, tok2vec, tagger for SUC "
            "XPOS, morphologizer for UPOS+features, edit-tree lemmatizer with lexicon "
            "backoff, parser with sentence boundaries), trained on the dev and test files of "
            "UD Swedish-Talbanken minus a held-out part."
        ),
        "author": "styrdok project",
        "license": "CC BY-SA 4.0",
        "sources": [
            {
                "name": "UD Swedish-Talbanken",
                "url": source,
                "commit": commit,
                "license": "CC BY-SA 4.0",
                "author": (
                    "Joakim Nivre, Aaron Smith, Victor Norrman (UD conversion); Talbanken, "
                    "Lund University"
                ),
            },
            {
                "name": "spacy-lookups-data sv_lemma_lookup",
                "url": "https://github.com/explosion/spacy-lookups-data",
                "license": "MIT",
            },
        ],
        "heldout_scores": metrics,
        "heldout_split": "configs/model/split.yaml (held-out newdoc ids, one Doc per paragraph)",
        "custom_factories": {
            "module": "pipeline.nlp.model",
            "factories": ["styrdok_lemma_lookup", "styrdok_attach_punct"],
            "note": "import pipeline.nlp.model (load_model does) before spacy.load",
        },
        "trained_with": (
            "python -m pipeline.train convert; python -m pipeline.train train; "
            "python -m pipeline.train evaluate; python -m pipeline.train package"
        ),
    }


def dir_size(path: str | Path) -> int:
    """Total size in bytes of all files below ``path``."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def package(
    model: str | Path | None = None,
    dest: str | Path = SHIPPED_DIR,
    metrics_path: str | Path = METRICS_PATH,
    ud_dir: str | Path | None = None,
) -> Path:
    """Save the trained pipeline to ``dest`` with ``nlp.to_disk`` and enrich its meta.

    ``nlp.to_disk`` writes weights, vocab and config only -- no optimizer state or training
    logs -- which keeps the committed directory small.
    """
    import spacy

    _register_components()
    src = Path(model) if model is not None else best_model_dir()
    nlp = spacy.load(src)
    if "styrdok_sentences" not in nlp.pipe_names:
        # Rule-based sentence starts (punctuation before a capital), fixed before the parser:
        # not trained, so added here; held-out sentence F 0.898 -> 0.914 (docs/model.md).
        nlp.add_pipe("styrdok_sentences", before="parser")
    metrics_file = Path(metrics_path)
    metrics = json.loads(metrics_file.read_text()) if metrics_file.is_file() else {}
    nlp.meta.update(model_meta(metrics, treebank_commit(ud_dir)))
    nlp.meta.pop("performance", None)  # spaCy's tune-set scores; held-out ones are above
    out = Path(dest)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = dir_size(out)
    if size > MAX_MODEL_BYTES:
        raise RuntimeError(f"{out} is {size / 2**20:.1f} MB, over the 25 MB limit")
    return out


# --------------------------------------------------------------------------- CLI


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
    parser = argparse.ArgumentParser(prog="python -m pipeline.train", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

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

    p = sub.add_parser("train", help="spacy train with the project config")
    p.add_argument("--config", default=str(CONFIG_PATH))
    p.add_argument("--corpus", default=str(CORPUS_DIR))
    p.add_argument("--out", default=str(TRAIN_OUT))
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("overrides", nargs="*", help="config overrides, e.g. training.max_epochs=5")

    p = sub.add_parser("evaluate", help="score a model on the held-out part")
    p.add_argument("--model", default=None, help="default: best model in training/sv_styrdok")
    p.add_argument("--data", default=str(CORPUS_DIR / "heldout.spacy"))
    p.add_argument("--metrics", default=str(METRICS_PATH))
    p.add_argument("--threads", type=int, default=1)

    p = sub.add_parser("package", help="copy the trained model into the shipped location")
    p.add_argument("--model", default=None)
    p.add_argument("--dest", default=str(SHIPPED_DIR))
    p.add_argument("--metrics", default=str(METRICS_PATH))
    p.add_argument("--ud-dir", default=None)

    p = sub.add_parser("size", help="print the shipped model's size; fail above 25 MB")
    p.add_argument("--dest", default=str(SHIPPED_DIR))
    return parser


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
        print(json.dumps(evaluate(model, args.data, args.metrics, threads=args.threads), indent=2))
    elif args.command == "package":
        print(package(args.model, args.dest, args.metrics, args.ud_dir))
    elif args.command == "size":
        size = dir_size(args.dest)
        print(f"{args.dest}: {size / 2**20:.2f} MB (limit 25 MB)")
        return 0 if size <= MAX_MODEL_BYTES else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
