"""The ``convert`` step: CoNLL-U -> spaCy ``DocBin`` files (one Doc per paragraph by
default), Talbanken by document and PUD by sentence into the split's parts, plus the
optional ``att`` + infinitive list-item Docs, written as ``train/tune/heldout(_pud).spacy``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.train.paths import CORPUS_DIR, PUD_HELDOUT, SPLIT_NAMES, SPLIT_PATH, UD_PARTS
from pipeline.train.split import assign_documents, load_split, split_pud
from pipeline.train.treebank import read_pud, read_treebank, split_by_document


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

    documents = _treebank_documents(ud_dir, download)
    split = load_split(split_path)
    bins, counts = _split_bins(documents, split, n_sents, limit_per_doc)
    pud_text = read_pud(pud_dir, split)
    if pud_text is not None:
        _merge_pud(bins, pud_text, split, limit_per_doc)
    vocab = blank("sv").vocab
    _merge_training_extras(bins, split, vocab, train_on_tune)
    if pud_text is None:
        del bins[PUD_HELDOUT]
    return _write_bins(bins, counts, Path(out_dir), vocab)


def _treebank_documents(ud_dir: str | Path | None, download: bool) -> dict[str, str]:
    """Talbanken's CoNLL-U text per source document, over all UD parts."""
    texts = read_treebank(ud_dir, download=download)
    documents: dict[str, str] = {}
    for part in UD_PARTS:
        if part in texts:
            documents.update(split_by_document(texts[part]))
    return documents


def _split_bins(
    documents: dict[str, str], split: dict[str, Any], n_sents: int, limit_per_doc: int
) -> tuple[dict[str, Any], dict[str, int]]:
    """A DocBin per split part (and the PUD held-out part) and its count of source documents."""
    from spacy.tokens import DocBin

    parts = assign_documents(documents, split)
    bins = {name: DocBin(store_user_data=False) for name in (*SPLIT_NAMES, PUD_HELDOUT)}
    counts = dict.fromkeys(bins, 0)
    for name, doc_ids in parts.items():
        for doc_id in doc_ids:
            bins[name].merge(conllu_to_docbin(documents[doc_id], n_sents, limit_per_doc))
        counts[name] += len(doc_ids)
    return bins, counts


def _merge_pud(bins: dict[str, Any], pud_text: str, split: dict[str, Any], limit: int) -> None:
    """PUD sentences into the split parts; its held-out part into its own bin."""
    pud = split["pud"]
    pud_parts = split_pud(pud_text, pud["seed"], pud["heldout"], pud["tune"])
    for name, text in pud_parts.items():
        target = PUD_HELDOUT if name == "heldout" else name
        bins[target].merge(conllu_to_docbin(text, 0, limit))


def _merge_training_extras(
    bins: dict[str, Any], split: dict[str, Any], vocab: Any, train_on_tune: bool | None
) -> None:
    """Infinitive items into train and tune; tune into train when the split (or caller) says."""
    if split["infinitive_items"]:
        bins["train"].merge(infinitive_item_docs(bins["train"], vocab))
        bins["tune"].merge(infinitive_item_docs(bins["tune"], vocab))
    tune_too = split["train_on_tune"] if train_on_tune is None else train_on_tune
    if tune_too:
        # tune.spacy is still written (spaCy needs a dev corpus to log scores), but its
        # documents are trained on too, so its scores are not held-out scores.
        bins["train"].merge(bins["tune"])


def _write_bins(
    bins: dict[str, Any], counts: dict[str, int], out: Path, vocab: Any
) -> dict[str, dict[str, int]]:
    """Write ``NAME.spacy`` per bin; return its documents, sentences and tokens."""
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
