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

# One module per job: paths (constants), split (the fixed split), treebank (finding and
# reading UD), convert, training, evaluation, packaging, speed, search, cli.  This module
# re-exports their public names so ``from pipeline.train import …`` keeps working.

from __future__ import annotations

from pipeline.train.cli import build_parser, main
from pipeline.train.convert import (
    conllu_to_docbin,
    convert,
    infinitive_item_docs,
    split_paragraphs,
)
from pipeline.train.evaluation import METRIC_KEYS, evaluate, gold_docs, score
from pipeline.train.packaging import dir_size, model_meta, package, treebank_commit
from pipeline.train.paths import (
    CONFIG_PATH,
    CORPUS_DIR,
    DEFAULT_UD_DIR,
    MAX_MODEL_BYTES,
    METRICS_PATH,
    PUD_DIR_ENV,
    PUD_HELDOUT,
    REPO_ROOT,
    SEARCH_OUT,
    SEARCH_PATH,
    SHIPPED_DIR,
    SPLIT_NAMES,
    SPLIT_PATH,
    TRAIN_OUT,
    UD_DIR_ENV,
    UD_FILE,
    UD_PARTS,
    UD_URL,
    UDDataNotFoundError,
)
from pipeline.train.search import SearchConfig, load_search, search_report, search_run
from pipeline.train.speed import clause_texts, interleaved_speed
from pipeline.train.split import PudSplit, SplitConfig, assign_documents, load_split, split_pud
from pipeline.train.training import best_model_dir, train
from pipeline.train.treebank import (
    read_pud,
    read_treebank,
    resolve_pud_dir,
    resolve_ud_dir,
    split_by_document,
)

__all__ = [
    "CONFIG_PATH",
    "CORPUS_DIR",
    "DEFAULT_UD_DIR",
    "MAX_MODEL_BYTES",
    "METRICS_PATH",
    "METRIC_KEYS",
    "PUD_DIR_ENV",
    "PUD_HELDOUT",
    "REPO_ROOT",
    "SEARCH_OUT",
    "SEARCH_PATH",
    "SHIPPED_DIR",
    "SPLIT_NAMES",
    "SPLIT_PATH",
    "TRAIN_OUT",
    "UDDataNotFoundError",
    "UD_DIR_ENV",
    "UD_FILE",
    "UD_PARTS",
    "UD_URL",
    "PudSplit",
    "SearchConfig",
    "SplitConfig",
    "assign_documents",
    "best_model_dir",
    "build_parser",
    "clause_texts",
    "conllu_to_docbin",
    "convert",
    "dir_size",
    "evaluate",
    "gold_docs",
    "infinitive_item_docs",
    "interleaved_speed",
    "load_search",
    "load_split",
    "main",
    "model_meta",
    "package",
    "read_pud",
    "read_treebank",
    "resolve_pud_dir",
    "resolve_ud_dir",
    "score",
    "search_report",
    "search_run",
    "split_by_document",
    "split_paragraphs",
    "split_pud",
    "train",
    "treebank_commit",
]
