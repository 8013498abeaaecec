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
import random
import shutil
import statistics
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

REPO_ROOT = Path(__file__).resolve().parents[1]
UD_DIR_ENV = "STYRDOK_UD_DIR"
PUD_DIR_ENV = "STYRDOK_PUD_DIR"
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
PUD_HELDOUT = "heldout_pud"
SEARCH_PATH = REPO_ROOT / "configs/model/search.yaml"
SEARCH_OUT = REPO_ROOT / "training/search"


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


class PudSplit(BaseModel):
    """UD Swedish-PUD: split by sentence id (no usable documents), fixed seed and shares."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    enabled: bool = True
    treebank: str = "UD_Swedish-PUD"
    ud_dir: str = "../shared/ud/UD_Swedish-PUD"
    files: list[str] = ["sv_pud-ud-test.conllu"]
    seed: int = 11
    heldout: float = Field(0.2, ge=0.0, lt=1.0)
    tune: float = Field(0.1, ge=0.0, lt=1.0)


class SplitConfig(BaseModel):
    """``configs/model/split.yaml``: Talbanken's document split plus the PUD split."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    treebank: str = "UD_Swedish-Talbanken"
    ud_dir: str = str(DEFAULT_UD_DIR)
    files: list[str] = []
    unlisted: str = "train"
    train_on_tune: bool = True
    heldout: list[str]
    tune: list[str] = []
    train: list[str] = []
    pud: PudSplit | None = None
    infinitive_items: bool = False


def load_split(path: str | Path = SPLIT_PATH) -> dict[str, Any]:
    """Read and validate the fixed split (``heldout``/``tune``/``train`` newdoc id lists,
    the ``pud`` block); a bad file raises ``ValueError`` naming it and the problem."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return SplitConfig.model_validate(raw).model_dump()
    except (yaml.YAMLError, ValidationError) as err:
        problem = " ".join(str(err).split())
        raise ValueError(f"{path}: invalid split: {problem}") from None


def resolve_pud_dir(pud_dir: str | Path | None = None, split_path: str | Path = SPLIT_PATH) -> Path:
    """Argument, else ``$STYRDOK_PUD_DIR``, else ``pud.ud_dir`` in the split file (relative
    paths against the repository root), as for Talbanken."""
    if pud_dir is None:
        pud_dir = os.environ.get(PUD_DIR_ENV)
    if pud_dir is None:
        pud = load_split(split_path).get("pud") or {}
        pud_dir = pud.get("ud_dir") or PudSplit().ud_dir
    path = Path(pud_dir).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def split_pud(conllu: str, seed: int, heldout: float, tune: float) -> dict[str, str]:
    """``{part: conllu}`` for PUD: sentence ids sorted, shuffled with ``Random(seed)``, the
    first ``heldout`` share held out, the next ``tune`` share for tuning, the rest train."""
    blocks = [b.strip() for b in conllu.strip().split("\n\n") if b.strip()]
    by_id = {_sent_id(block): block for block in blocks}
    ids = sorted(by_id)
    random.Random(seed).shuffle(ids)
    n_heldout, n_tune = round(heldout * len(ids)), round(tune * len(ids))
    chosen = {
        "heldout": ids[:n_heldout],
        "tune": ids[n_heldout : n_heldout + n_tune],
        "train": ids[n_heldout + n_tune :],
    }
    # Keep file order inside each part (deterministic, independent of the shuffle order).
    order = {sent_id: i for i, sent_id in enumerate(by_id)}
    return {
        part: "".join(by_id[i] + "\n\n" for i in sorted(members, key=order.__getitem__))
        for part, members in chosen.items()
    }


def _sent_id(block: str) -> str:
    for line in block.split("\n"):
        if line.startswith("# sent_id"):
            return line.split("=", 1)[1].strip()
    raise ValueError(f"CoNLL-U sentence without '# sent_id': {block[:80]!r}")


def read_pud(pud_dir: str | Path | None, split: dict[str, Any]) -> str | None:
    """The PUD CoNLL-U text, or ``None`` when the split disables PUD.

    An enabled PUD whose files are missing is an error naming the directory."""
    pud = split.get("pud")
    if not pud or not pud["enabled"]:
        return None
    directory = resolve_pud_dir(pud_dir)
    paths = [directory / name for name in pud["files"]]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise UDDataNotFoundError(
            f"UD Swedish-PUD not found: {', '.join(missing)} "
            f"(set ${PUD_DIR_ENV}, pass --pud-dir, or set pud.enabled: false in {SPLIT_PATH.name})"
        )
    return "".join(path.read_text(encoding="utf-8").strip() + "\n\n" for path in paths)


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
    paragraphs, and a heading is never glued to the sentence after it; a text without
    ``# newpar`` (PUD, most other treebanks) gets one Doc per sentence.  ``n_sents > 0``
    instead makes Docs of ``n_sents`` consecutive sentences (spaCy's usual conversion).
    Docs never span two ``newdoc`` ids.  ``limit > 0`` keeps only the first ``limit``
    sentences (smoke tests).
    """
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    if limit:
        blocks = [b for b in conllu.strip().split("\n\n") if b.strip()][:limit]
        conllu = "\n\n".join(blocks) + "\n\n"
    if n_sents <= 0 and "# newpar" not in conllu:
        n_sents = 1
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
    pud_dir: str | Path | None = None,
    train_on_tune: bool | None = None,
) -> dict[str, dict[str, int]]:
    """Write ``train.spacy``, ``tune.spacy``, ``heldout.spacy`` (Talbanken's held-out
    documents only, comparable with every earlier model) and, with PUD enabled,
    ``heldout_pud.spacy`` into ``out_dir``.  ``train`` and ``tune`` hold both treebanks.

    ``train_on_tune`` overrides the split file's setting (the architecture search trains
    without the tune part).  ``limit_per_doc`` also limits PUD to that many sentences per
    part.  Returns ``{part: {"docs": n_source_docs, "sentences": n, "tokens": n}}``.
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
    bins = {name: DocBin(store_user_data=False) for name in (*SPLIT_NAMES, PUD_HELDOUT)}
    counts = dict.fromkeys(bins, 0)
    for name, doc_ids in parts.items():
        for doc_id in doc_ids:
            bins[name].merge(conllu_to_docbin(documents[doc_id], n_sents, limit_per_doc))
        counts[name] += len(doc_ids)
    pud_text = read_pud(pud_dir, split)
    if pud_text is not None:
        pud = split["pud"]
        pud_parts = split_pud(pud_text, pud["seed"], pud["heldout"], pud["tune"])
        for name, text in pud_parts.items():
            target = PUD_HELDOUT if name == "heldout" else name
            bins[target].merge(conllu_to_docbin(text, 0, limit_per_doc))
    vocab = blank("sv").vocab
    if split["infinitive_items"]:
        bins["train"].merge(infinitive_item_docs(bins["train"], vocab))
        bins["tune"].merge(infinitive_item_docs(bins["tune"], vocab))
    tune_too = split["train_on_tune"] if train_on_tune is None else train_on_tune
    if tune_too:
        # tune.spacy is still written (spaCy needs a dev corpus to log scores), but its
        # documents are trained on too, so its scores are not held-out scores.
        bins["train"].merge(bins["tune"])
    if pud_text is None:
        del bins[PUD_HELDOUT]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stats: dict[str, dict[str, int]] = {}
    for name, merged in bins.items():
        merged.to_disk(out / f"{name}.spacy")
        docs = list(merged.get_docs(vocab))
        stats[name] = {
            "docs": counts[name],
            "sentences": sum(len(list(d.sents)) for d in docs),
            "tokens": sum(len(d) for d in docs),
        }
    return stats


def infinitive_item_docs(docbin: Any, vocab: Any) -> Any:
    """Extra training Docs shaped like styrdok's list items (``- utse en ersättare``): every
    ``att`` + infinitive phrase of the treebank Docs, without ``att``, the infinitive as
    root; every other one capitalised (``Fastställa internbudget``).  Phrases whose tokens
    attach outside the phrase are skipped."""
    from spacy.tokens import Doc, DocBin

    out = DocBin(store_user_data=False)
    count = 0
    for doc in docbin.get_docs(vocab):
        for token in doc:
            verb = token.head
            if not (
                token.lower_ == "att"
                and token.dep_ == "mark"
                and verb.i == token.i + 1
                and verb.pos_ == "VERB"
                and "Inf" in verb.morph.get("VerbForm")
            ):
                continue
            end = max(t.i for t in verb.subtree) + 1
            span = doc[verb.i : end]
            if any(t.i != verb.i and not verb.i <= t.head.i < end for t in span):
                continue
            words = [t.text for t in span]
            if count % 2:
                words[0] = words[0][:1].upper() + words[0][1:]
            count += 1
            out.add(
                Doc(
                    vocab,
                    words=words,
                    spaces=[bool(t.whitespace_) for t in span[:-1]] + [False],
                    tags=[t.tag_ for t in span],
                    pos=[t.pos_ for t in span],
                    morphs=[str(t.morph) for t in span],
                    lemmas=[t.lemma_ for t in span],
                    heads=[t.head.i - verb.i if t.i != verb.i else 0 for t in span],
                    deps=["ROOT" if t.i == verb.i else t.dep_ for t in span],
                    sent_starts=[True] + [False] * (len(span) - 1),
                )
            )
    return out


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
    out = Path(output)
    if out.exists() and any(out.iterdir()):
        print(f"train: overwriting the checkpoints in {out}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
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


def gold_docs(nlp: Any, data: str | Path) -> list[Any]:
    """Gold Docs of a ``.spacy`` DocBin or of any CoNLL-U file (one Doc per paragraph where
    the file marks ``# newpar``, else one per sentence)."""
    from spacy.tokens import DocBin

    path = Path(data)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: evaluation data not found")
    if path.suffix == ".conllu":
        docbin = conllu_to_docbin(path.read_text(encoding="utf-8"))
    else:
        docbin = DocBin().from_disk(path)
    return list(docbin.get_docs(nlp.vocab))


def score(nlp: Any, data: str | Path, *, gold_tokens: bool = False) -> dict[str, Any]:
    """Accuracies in %, LAS/UAS in %, ``sent_f`` in [0, 1], ``wps`` of the whole evaluation."""
    from spacy.training import Example

    references = gold_docs(nlp, data)
    if gold_tokens:
        from spacy.tokens import Doc

        examples = [Example(Doc(nlp.vocab, words=[t.text for t in r]), r) for r in references]
    else:
        examples = [Example(nlp.make_doc(r.text), r) for r in references]
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
    return metrics


def evaluate(
    model: str | Path | None,
    data: str | Path = CORPUS_DIR / "heldout.spacy",
    metrics_path: str | Path | None = METRICS_PATH,
    *,
    threads: int = 1,
    gold_tokens: bool = False,
    extra: dict[str, str | Path] | None = None,
    full_pipeline: bool = False,
) -> dict[str, Any]:
    """Score ``model`` (``None`` = the shipped model) on ``data`` (``.spacy`` or ``.conllu``),
    loaded by :func:`pipeline.nlp.model.load_model` (the model alone) or, with
    ``full_pipeline``, by :func:`pipeline.nlp.load_model` (the model plus styrdok's rule
    components, as the pipeline runs it).

    The text is re-tokenised by the model's own tokenizer (``gold_tokens=False``) so the
    scores include tokenisation errors, as in real use.  Each ``extra`` data set (e.g.
    ``{"pud": "training/corpus/heldout_pud.spacy"}``) is scored too and its metrics are
    nested under its name.  ``wps`` is words per second of each evaluation (one thread).
    """
    _limit_threads(threads)
    if full_pipeline:
        from pipeline.nlp import load_model
    else:
        from pipeline.nlp.model import load_model

    nlp = load_model(None if model is None else str(model))
    metrics = score(nlp, data, gold_tokens=gold_tokens)
    for name, path in (extra or {}).items():
        metrics[name] = score(nlp, path, gold_tokens=gold_tokens)
    if metrics_path is not None:
        path = Path(metrics_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics


# --------------------------------------------------------------------------- packaging


def treebank_commit(ud_dir: str | Path | None = None) -> str | None:
    """First word of the treebank's ``COMMIT`` file (upstream git commit), if present."""
    return _commit_of(resolve_ud_dir(ud_dir))


def _commit_of(directory: Path) -> str | None:
    path = directory / "COMMIT"
    if path.is_file():
        text = path.read_text(encoding="utf-8").split()
        return text[0] if text else None
    return None


def model_meta(
    metrics: dict[str, Any], commit: str | None, pud_commit: str | None = None
) -> dict[str, Any]:
    """Fields merged into the shipped ``meta.json`` (licence, attribution, scores)."""
    ud = "https://github.com/UniversalDependencies/"
    return {
        "name": "styrdok",
        "version": "0.2.0",
        "description": (
            "styrdok's own Swedish pipeline (lexicon lemma feature, tok2vec, tagger for SUC "
            "XPOS, morphologizer for UPOS+features, edit-tree lemmatizer with lexicon "
            "backoff, parser with sentence boundaries), trained on the dev and test files of "
            "UD Swedish-Talbanken minus a held-out part and on UD Swedish-PUD minus a "
            "held-out fold."
        ),
        "author": "styrdok project",
        "license": "CC BY-SA 4.0",
        "sources": [
            {
                "name": "UD Swedish-Talbanken",
                "url": ud + "UD_Swedish-Talbanken",
                "commit": commit,
                "license": "CC BY-SA 4.0",
                "author": (
                    "Joakim Nivre, Aaron Smith, Victor Norrman (UD conversion); Talbanken, "
                    "Lund University"
                ),
            },
            {
                "name": "UD Swedish-PUD",
                "url": ud + "UD_Swedish-PUD",
                "commit": pud_commit,
                "license": "CC BY-SA 4.0",
                "author": (
                    "Joakim Nivre, Bernadeta Griciūtė, Victor Norrman (Uppsala University); "
                    "translations by Jacob Nolskog (Teknotrans AB)"
                ),
            },
            {
                "name": "spacy-lookups-data sv_lemma_lookup",
                "url": "https://github.com/explosion/spacy-lookups-data",
                "license": "MIT",
            },
        ],
        "heldout_scores": metrics,
        "heldout_split": (
            "configs/model/split.yaml: Talbanken held-out newdoc ids (one Doc per paragraph; "
            "top-level scores), PUD held-out fold by sentence id with a fixed seed (one Doc per "
            "sentence; scores under 'pud')"
        ),
        "custom_factories": {
            "module": "pipeline.nlp.model",
            "factories": ["styrdok_lemma_lookup", "styrdok_attach_punct"],
            "note": "import pipeline.nlp.model (load_model does) before spacy.load",
        },
        "trained_with": (
            "python -m pipeline.train convert; python -m pipeline.train train; "
            "python -m pipeline.train package; python -m pipeline.train evaluate; "
            "python -m pipeline.train package (see docs/model.md)"
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
    pud_dir: str | Path | None = None,
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
    pud_commit = _commit_of(resolve_pud_dir(pud_dir))
    nlp.meta.update(model_meta(metrics, treebank_commit(ud_dir), pud_commit))
    nlp.meta.pop("performance", None)  # spaCy's tune-set scores; held-out ones are above
    out = Path(dest)
    if out.exists():
        print(f"package: overwriting {out} with {src}", file=sys.stderr)
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = dir_size(out)
    if size > MAX_MODEL_BYTES:
        raise RuntimeError(f"{out} is {size / 2**20:.1f} MB, over the 25 MB limit")
    return out


# --------------------------------------------------------------------------- speed


def clause_texts(raw_dir: str | Path = REPO_ROOT / "raw", min_words: int = 20000) -> list[str]:
    """The texts the pipeline sends to the model: clause texts of segmenting every
    ``raw/*.txt`` (ingest → normalize → segment, annotated clause kinds only), repeated
    in order until they hold at least ``min_words`` whitespace words."""
    from pipeline.batch import prepare_document
    from pipeline.config import load_settings
    from pipeline.nlp import ANNOTATED_KINDS

    settings = load_settings(REPO_ROOT / "configs")
    texts = [
        clause.text
        for path in sorted(Path(raw_dir).glob("*.txt"))
        for clause in prepare_document(path, path.stem, settings).clauses
        if clause.kind in ANNOTATED_KINDS and clause.text.strip()
    ]
    if not texts:
        raise FileNotFoundError(f"{raw_dir}: no clause text in any *.txt file")
    words = sum(len(text.split()) for text in texts)
    return texts * max(1, -(-min_words // words))


def interleaved_speed(
    models: dict[str, Any], texts: list[str], *, rounds: int = 3, batch_size: int = 64
) -> dict[str, dict[str, Any]]:
    """Words per second of each pipeline over ``texts`` with ``nlp.pipe``, in paired,
    interleaved rounds (A, B, C, A, B, C, …) on the current thread settings.

    Words are whitespace words of the texts (what a reader counts); ``tokens`` is spaCy's
    non-space token count, the older, larger count.  Returns per name the median and
    [min, max] words/s over the rounds, by wall time and by CPU (process) time.
    """
    n_words = sum(len(text.split()) for text in texts)
    walls: dict[str, list[float]] = {name: [] for name in models}
    cpus: dict[str, list[float]] = {name: [] for name in models}
    tokens: dict[str, int] = {}
    for nlp in models.values():
        list(nlp.pipe(texts[:50], batch_size=batch_size))  # warm-up: lazy tables, caches
    for _ in range(rounds):
        for name, nlp in models.items():
            wall, cpu = time.perf_counter(), time.process_time()
            n_tokens = sum(
                sum(1 for t in doc if not t.is_space)
                for doc in nlp.pipe(texts, batch_size=batch_size)
            )
            walls[name].append(time.perf_counter() - wall)
            cpus[name].append(time.process_time() - cpu)
            tokens[name] = n_tokens
    return {name: _speed_row(n_words, tokens[name], walls[name], cpus[name]) for name in models}


def _speed_row(n_words: int, n_tokens: int, walls: list[float], cpus: list[float]) -> dict:
    def rates(seconds: list[float], count: int) -> list[int]:
        return sorted(round(count / s) for s in seconds)

    wall, cpu, old = rates(walls, n_words), rates(cpus, n_words), rates(walls, n_tokens)
    return {
        "words": n_words,
        "tokens": n_tokens,
        "wps_wall": statistics.median(wall),
        "wps_wall_range": [wall[0], wall[-1]],
        "wps_cpu": statistics.median(cpu),
        "wps_cpu_range": [cpu[0], cpu[-1]],
        "tokens_per_s_wall": statistics.median(old),
    }


# --------------------------------------------------------------------------- search


class SearchConfig(BaseModel):
    """``configs/model/search.yaml``: named config overrides for short ranking runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    corpus: str = "training/corpus_search"
    max_epochs: int = Field(8, ge=1)
    runs: dict[str, dict[str, Any]]


def load_search(path: str | Path = SEARCH_PATH) -> SearchConfig:
    path = Path(path)
    try:
        return SearchConfig.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as err:
        raise ValueError(f"{path}: invalid search config: {' '.join(str(err).split())}") from None


def search_run(name: str, search: SearchConfig, out_root: str | Path = SEARCH_OUT) -> Path:
    """Train one named search run into ``out_root/name`` (short schedule, tune not trained)."""
    if name not in search.runs:
        raise ValueError(f"{SEARCH_PATH}: no run named {name!r} (have: {', '.join(search.runs)})")
    overrides = {"training.max_epochs": search.max_epochs, **search.runs[name]}
    return train(CONFIG_PATH, Path(out_root) / name, REPO_ROOT / search.corpus, overrides)


def search_report(
    search: SearchConfig, out_root: str | Path = SEARCH_OUT, *, rounds: int = 3
) -> list[dict[str, Any]]:
    """Tune scores and words/s (interleaved rounds, one thread) of every finished run."""
    from pipeline.nlp.model import load_model

    _limit_threads(1)
    tune = REPO_ROOT / search.corpus / "tune.spacy"
    finished = {
        name: Path(out_root) / name / "model-last"
        for name in search.runs
        if (Path(out_root) / name / "model-last" / "meta.json").is_file()
    }
    models = {name: load_model(path) for name, path in finished.items()}
    rows = [{"run": name, **score(nlp, tune)} for name, nlp in models.items()]
    speed = interleaved_speed(models, clause_texts(), rounds=rounds)
    for row in rows:
        row.update({f"speed_{k}": v for k, v in speed[row["run"]].items()})
        row["size_mb"] = round(dir_size(finished[row["run"]]) / 2**20, 1)
    return rows


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
    p.add_argument(
        "--pud-dir", default=None, help=f"UD Swedish-PUD dir (default ${PUD_DIR_ENV} or split.yaml)"
    )
    p.add_argument(
        "--no-train-on-tune",
        action="store_true",
        help="keep the tune part out of train.spacy (architecture search)",
    )

    p = sub.add_parser("train", help="spacy train with the project config")
    p.add_argument("--config", default=str(CONFIG_PATH))
    p.add_argument("--corpus", default=str(CORPUS_DIR))
    p.add_argument("--out", default=str(TRAIN_OUT))
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("overrides", nargs="*", help="config overrides, e.g. training.max_epochs=5")

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

    p = sub.add_parser("package", help="copy the trained model into the shipped location")
    p.add_argument("--model", default=None)
    p.add_argument("--dest", default=str(SHIPPED_DIR))
    p.add_argument("--metrics", default=str(METRICS_PATH))
    p.add_argument("--ud-dir", default=None)
    p.add_argument("--pud-dir", default=None)

    p = sub.add_parser("search", help="train named runs of configs/model/search.yaml")
    p.add_argument("names", nargs="+")
    p = sub.add_parser("search-report", help="tune scores and words/s of the finished runs")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--out", default=str(SEARCH_OUT / "report.json"))

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


if __name__ == "__main__":
    sys.exit(main())
