"""Load the spaCy pipeline styrdok analyses text with.

styrdok ships its own Swedish pipeline (``pipeline/models/sv_styrdok``, trained on UD
Swedish-Talbanken and UD Swedish-PUD by ``python -m pipeline.train``) as the default,
because the official ``sv_core_news_*`` packages cannot be downloaded everywhere.  Any
installed spaCy package (e.g. ``sv_core_news_sm``) or model directory can be named instead.

Every call loads a fresh ``Language`` and the caller keeps it; only the parsed lemma-lookup
tables are kept, read-only, and shared by the components (and models) that load the same file.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import numpy
import spacy
import srsly
from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.training import Example
from thinc.api import NumpyOps, get_current_ops, use_ops

from pipeline.blas import numpy_openblas
from pipeline.language.spelling import lookup_lemmas, read_lookup_table, read_sv_lookup

DEFAULT_MODEL_NAME = "styrdok-default"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # .../pipeline
REPO_ROOT = PACKAGE_ROOT.parent
SHIPPED_MODEL_DIR = PACKAGE_ROOT / "models" / "sv_styrdok"
REBUILD_HINT = "dvc repro -f train (or the python -m pipeline.train steps in docs/model.md)"


class ModelNotFoundError(OSError):
    """The named spaCy pipeline is neither an installed package nor an existing directory."""


def shipped_model_path() -> Path:
    """Directory of the model that ships with styrdok (``styrdok-default``)."""
    return SHIPPED_MODEL_DIR


def _is_model_dir(path: Path) -> bool:
    return path.is_dir() and (path / "config.cfg").is_file()


def _candidate_paths(name: str | Path) -> list[Path]:
    """Where a relative path may live: current directory, then repo root, then package."""
    path = Path(name).expanduser()
    if path.is_absolute():
        return [path]
    return [Path.cwd() / path, REPO_ROOT / path, PACKAGE_ROOT / path]


def resolve_model(name: str | Path | None = None) -> str | Path:
    """Turn a model name from the config into a package name or a model directory.

    ``None`` / ``"styrdok-default"`` -> the shipped model; an installed spaCy package name
    -> that name; otherwise the first existing model directory among the candidate paths.
    Raises :class:`ModelNotFoundError` with installation hints when nothing matches.
    """
    if name is None or str(name) == DEFAULT_MODEL_NAME:
        if _is_model_dir(SHIPPED_MODEL_DIR):
            return SHIPPED_MODEL_DIR
        raise ModelNotFoundError(
            f"The shipped styrdok model is missing at {SHIPPED_MODEL_DIR}.\n"
            f"Rebuild it with: {REBUILD_HINT}\n"
            "(needs UD Swedish-Talbanken in ../shared/ud/UD_Swedish-Talbanken or "
            "$STYRDOK_UD_DIR, and UD Swedish-PUD in ../shared/ud/UD_Swedish-PUD or "
            "$STYRDOK_PUD_DIR)."
        )
    if isinstance(name, str) and spacy.util.is_package(name):
        return name
    tried = _candidate_paths(name)
    for path in tried:
        if _is_model_dir(path):
            return path
    raise ModelNotFoundError(_not_found_message(str(name), tried))


def _not_found_message(name: str, tried: Iterable[Path]) -> str:
    looks_like_package = "/" not in name and "\\" not in name and not name.startswith(".")
    lines = [f"spaCy model {name!r} not found: it is not an installed package"]
    lines.append("and none of these is a model directory (with config.cfg):")
    lines += [f"  {p}" for p in tried]
    if looks_like_package:
        lines.append(f"Install it with: python -m spacy download {name}")
    lines.append(
        f"or set `model` in configs/pipeline.yaml to a model directory or "
        f"{DEFAULT_MODEL_NAME!r} (the shipped model; rebuild it with: {REBUILD_HINT})."
    )
    return "\n".join(lines)


def load_model(
    name: str | Path | None = None,
    *,
    exclude: Iterable[str] = (),
    disable: Iterable[str] = (),
    config: dict[str, Any] | None = None,
) -> Language:
    """Load a spaCy pipeline by installed package name or path.

    ``None`` or ``"styrdok-default"`` loads the model shipped in
    ``pipeline/models/sv_styrdok``.  Relative paths are resolved against the current
    directory first, then the repository root, then the ``pipeline`` package.  ``exclude``,
    ``disable`` and ``config`` are passed to :func:`spacy.load`.
    """
    target = resolve_model(name)
    with model_ops():
        return spacy.load(target, exclude=list(exclude), disable=list(disable), config=config or {})


# --------------------------------------------------------------------------- matrix products

def model_ops() -> AbstractContextManager[Any]:
    """Where the models are made on the CPU: thinc's numpy operations with numpy's own matrix
    product (OpenBLAS) instead of BLIS, the default.

    On this project's machines numpy's OpenBLAS multiplies the model's float32 matrices about
    three times as fast as the BLIS build thinc uses (docs/performance.md, round 56, perf56a),
    and tok2vec and the taggers are mostly matrix products. Where numpy has no OpenBLAS
    (another numpy build) or another backend is current (a GPU), nothing changes. OpenBLAS's
    threads are left as they are here: where styrdok owns the process (the CLI, a batch
    worker) `one_blas_thread` limits them to one; a library user's numpy keeps its own.
    """
    if type(get_current_ops()) is NumpyOps and numpy_openblas():
        return use_ops("numpy", use_blis=False)
    return nullcontext()


# --------------------------------------------------------------------------- lemma lookup

LOOKUP_FACTORY = "styrdok_lemma_lookup"
OPEN_CLASS_POS = ("NOUN", "VERB", "ADJ", "ADV", "PROPN")
LOOKUP_FILE = "lemma_lookup.json.gz"
SEEN_FILE = "seen_forms.json.gz"
_MAX_KEPT_LEMMAS = 500_000  # forms whose lemma a component keeps (a run meets ~50,000)


class LemmaLookupBackoff:
    """Lexicon lemmas from ``sv_lemma_lookup`` (spacy-lookups-data), in one of two modes.

    ``mode="backoff"`` (after the trainable lemmatizer): the edit-tree lemmatizer is
    accurate on word forms it saw in training but guesses poorly for unseen forms (only
    ~1,200 training sentences).  The POS-blind lexicon is wrong on frequent ambiguous
    closed-class forms (``för`` -> ``föra``) but right on most rare content words.  So the
    lexicon lemma replaces the trained one only for forms *not* seen in training
    (``initialize`` records them) whose predicted UPOS is in ``pos``.  Unseen compounds
    missing from the lexicon (``Regiondirektören``) whose trained lemma is not a lexicon
    lemma are lemmatised through their longest known final part of at least
    ``min_suffix`` characters (``direktören`` -> ``direktör`` gives ``regiondirektör``),
    for the UPOS in ``compound_pos``.

    ``mode="feature"`` (first in the pipeline): sets every token's lemma to the lexicon
    lemma (or its lower-cased form) so that ``tok2vec`` can embed ``LEMMA`` as an input
    feature, tying inflected forms of one word together; the trainable lemmatizer then
    overwrites it.

    This is a custom factory: ``spacy.load`` finds it once ``pipeline.nlp.model`` has been
    imported (``load_model`` does that) or via the ``spacy_factories`` entry point.
    """

    def __init__(
        self,
        name: str,
        pos: Iterable[str],
        mode: str,
        compound_pos: Iterable[str] = (),
        min_suffix: int = 4,
    ) -> None:
        if mode not in ("backoff", "feature"):
            raise ValueError(f"mode must be 'backoff' or 'feature', not {mode!r}")
        self.name = name
        self.pos = frozenset(pos)
        self.compound_pos = frozenset(compound_pos)
        self.min_suffix = min_suffix
        self.mode = mode
        self.table: dict[str, str] = {}
        self.seen: frozenset[str] = frozenset()
        self._lemmas: frozenset[str] = frozenset()  # lexicon lemmas, built on first use
        self._hashes: dict = {}  # the lemmas written, by form (`_lemma_hashes`)
        self._hashes_for: tuple | None = None  # the table, seen forms and strings they hold

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        lemmas = self._lemma_hashes(strings)
        if self.mode == "feature":
            keys: list = doc.to_array(ORTH).tolist()
        else:  # a form's lemma here reads its word class and its trained lemma too
            keys = list(map(tuple, doc.to_array([ORTH, POS, LEMMA]).tolist()))
        column = [lemmas.get(key) for key in keys]
        if None in column:  # a form (word class, trained lemma) not met before
            for index, key in enumerate(keys):
                if column[index] is None:
                    column[index] = lemmas[key] = self._lemma_hash(doc[index], strings)
        doc.from_array([LEMMA], numpy.array(column, dtype=numpy.uint64))
        return doc

    def _lemma_hashes(self, strings: StringStore) -> dict:
        """The lemma (its hash in `strings`) this component writes, by the token's ``ORTH``
        (feature mode) or ``(ORTH, POS, LEMMA)`` (backoff mode): a pure function of those and
        of the table and the seen forms, so each is found once per process, not per token
        (a `Token` and its attributes per word cost ~1 % of a run, round 58). Made afresh when
        the table, the seen forms or the string store are another's."""
        state = (self.table, self.seen, strings)
        if (
            self._hashes_for is None
            or any(mine is not theirs for mine, theirs in zip(self._hashes_for, state, strict=True))
            or len(self._hashes) > _MAX_KEPT_LEMMAS
        ):
            self._hashes_for, self._hashes = state, {}
        return self._hashes

    def _lemma_hash(self, token: Token, strings: StringStore) -> int:
        """The hash of the lemma `token` gets (its trained one where nothing replaces it)."""
        if self.mode == "feature":
            text, table = token.text, self.table
            return strings.add(table.get(text) or table.get(text.lower()) or text.lower())
        lemma = self.backoff_lemma(token)
        return token.lemma if lemma is None else strings.add(lemma)

    def backoff_lemma(self, token: Token) -> str | None:
        """The lemma that replaces `token`'s trained one in backoff mode, or None (kept)."""
        text = token.text
        if text in self.seen:
            if token.pos_ in self.pos and self.is_suffixed_guess(token):
                return self.table.get(text) or self.table.get(text.lower()) or None
            return None
        pos = token.pos_
        lemma = None
        if pos in self.pos:
            lemma = self.table.get(text) or self.table.get(text.lower())
            if lemma is None and not self.is_known(token):
                lemma = self.base_form(text.lower())
        if lemma is None and pos in self.compound_pos and not self.is_known(token):
            lemma = self.compound_lemma(text.lower())
        return lemma or None

    @property
    def lemmas(self) -> frozenset[str]:
        """The lexicon's lemmas (the table's values), built on first use and shared with the
        word rules' copy of the same table (`spelling.lookup_lemmas`)."""
        if not self._lemmas:
            self._lemmas = lookup_lemmas(self.table)
        return self._lemmas

    def is_suffixed_guess(self, token: Token) -> bool:
        """Round 42 (analysis 42-bc, for the coordinator): the trained lemma of a seen form is
        the form with letters added and no lexicon lemma (``lagt`` → ``lagtma``,
        ``ledamöter`` → ``ledamöterma``): an edit-tree guess, never a base form."""
        form, lemma = token.text.lower(), token.lemma_.lower()
        return len(lemma) > len(form) and lemma.startswith(form) and not self.is_known(token)

    def is_known(self, token: Token) -> bool:
        """Whether the trained lemma is a lexicon lemma (then it is kept as it is)."""
        return token.lemma_ in self.lemmas

    def base_form(self, form: str) -> str | None:
        """``form`` itself when it is a lexicon lemma (``anställa``, ``samordna``): the
        lexicon lists inflected forms only, so an unseen base form has no entry, and the
        edit-tree guess for it (``anställ``) is then replaced by the form."""
        return form if form in self.lemmas else None

    def compound_lemma(self, form: str) -> str | None:
        """``prefix + lemma(suffix)`` for the longest known suffix of ``form``.

        The lexicon has inflected forms only, so a suffix that is itself a known lemma
        (``byggande`` in ``bostadsbyggande``) means ``form`` is a base form: ``None``.
        """
        lemmas = self.lemmas
        for start in range(2, len(form) - self.min_suffix + 1):
            suffix = form[start:]
            if suffix in lemmas:
                return None
            lemma = self.table.get(suffix)
            if lemma is not None:
                return form[:start] + lemma
        return None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        table: dict[str, str] | None = None,
    ) -> None:
        """Load the lexicon; in backoff mode also record the forms seen in training."""
        self.table = dict(table if table is not None else read_sv_lookup())
        if self.mode == "backoff":
            self.seen = frozenset(t.text for eg in get_examples() for t in eg.reference)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        _write_gzip_json(path / LOOKUP_FILE, self.table)
        _write_gzip_json(path / SEEN_FILE, sorted(self.seen))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaLookupBackoff:
        path = Path(path)
        self.table = read_lookup_table(path / LOOKUP_FILE)
        seen = path / SEEN_FILE
        self.seen = frozenset(srsly.read_gzip_json(seen)) if seen.is_file() else frozenset()
        return self


def _write_gzip_json(path: Path, data: Any) -> None:
    """Byte-reproducible gzip (mtime 0, sorted keys) so re-packaging gives clean diffs."""
    payload = srsly.json_dumps(data, sort_keys=True).encode("utf-8")
    with gzip.GzipFile(path, "wb", compresslevel=6, mtime=0) as fh:
        fh.write(payload)


@Language.factory(
    LOOKUP_FACTORY,
    assigns=["token.lemma"],
    default_config={
        "pos": list(OPEN_CLASS_POS),
        "mode": "backoff",
        "compound_pos": [],
        "min_suffix": 4,
    },
)
def make_lemma_lookup(
    nlp: Language,
    name: str,
    pos: list[str],
    mode: str,
    compound_pos: list[str],
    min_suffix: int,
) -> LemmaLookupBackoff:
    return LemmaLookupBackoff(name, pos, mode, compound_pos, min_suffix)


# --------------------------------------------------------------------------- punctuation

ATTACH_PUNCT_FACTORY = "styrdok_attach_punct"


def attach_stray_punctuation(doc: Doc) -> Doc:
    """Attach a "sentence" made only of punctuation to the sentence before it.

    A small-data parser sometimes leaves a paragraph's final ``.`` or ``)`` unattached,
    which makes it a one-token sentence; UD never has such sentences, so its roots are
    re-attached to the previous sentence's root as ``punct``.
    """
    if not doc.has_annotation("DEP"):
        return doc
    sents = list(doc.sents)
    for prev, sent in zip(sents, sents[1:], strict=False):
        if all(token.is_punct for token in sent):
            for token in sent:
                if token.head.i == token.i:
                    token.head = prev.root
                    token.dep_ = "punct"
    return doc


@Language.factory(ATTACH_PUNCT_FACTORY, assigns=["token.head", "token.dep"], requires=["token.dep"])
def make_attach_punct(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return attach_stray_punctuation


__all__ = [
    "DEFAULT_MODEL_NAME",
    "attach_stray_punctuation",
    "LemmaLookupBackoff",
    "ModelNotFoundError",
    "load_model",
    "resolve_model",
    "shipped_model_path",
]
