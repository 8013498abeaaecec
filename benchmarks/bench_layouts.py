"""Layout robustness of segmentation: the dev documents with a ``.txt`` source, re-rendered in
the layouts real documents arrive in, run through ingest → normalize → segment (no NLP) and
scored on clause texts against their gold clauses (round 44).

    python benchmarks/bench_layouts.py                     # every layout, every document
    python benchmarks/bench_layouts.py --layouts wrapped paged --docs 20 --json /tmp/layouts.json

Layouts (`RENDERERS`, each deterministic for a document and ``--seed``):

- ``original``: the source as it is (the baseline);
- ``wrapped``: the document as a PDF text layer prints it: each block on a line of its own
  (`laid_out`), wrapped at a page width (55–90 characters, one per document), some long words
  hyphenated at a syllable across the line end;
- ``paged``: ``wrapped`` cut into pages of about 40 lines with a running footer (``Sida N av M``,
  ``N (M)`` or a bare page number, sometimes with a date) and a running header (the title);
- ``double``: ``wrapped`` with a blank line after every line;
- ``flat_paragraphs``: each paragraph (lines between blank lines) joined into one line;
- ``one_line``: the whole document one line;
- ``crlf_nbsp``: CRLF line ends, some spaces between words non-breaking (never a trailing
  space or a whitespace-only line: those are layout signs), soft hyphens inside some long words
  (normalize drops both; it claims nothing about ligatures, so none are written).

A clause matches when its text equals a gold clause text as the corpus evaluation aligns them
(`pipeline.nlp.scoring.fold`: case, whitespace runs, edge punctuation and a hyphen between word
characters do not count), so page furniture must be gone and cuts must fall where gold has them.
Clause P/R/F1 count matches over all documents (each gold text matched once).

The PDF layouts start from `laid_out`, not from the source's lines: a flattened source (several
blocks on one line) or a web copy whose blank-line paragraphs hold several sentence lines would,
wrapped as they stand, give a text no PDF prints and whose gold cuts nothing in it shows. The
blocks are the *gold* clauses found in the source (`gold_blocks`), never the pipeline's own
cuts: laid out at predicted spans, a cut the pipeline misses on the original would get a line of
its own and the layout would score the answer it was built from (the first table of round 44).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch.stages import prepare_document  # noqa: E402
from pipeline.config import Settings, load_settings  # noqa: E402
from pipeline.nlp.corpus import read_corpus_file, source_of  # noqa: E402
from pipeline.nlp.scoring import fold  # noqa: E402
from pipeline.segment import Clause  # noqa: E402

DEV = ROOT / "corpus" / "dev"
VOWELS = frozenset("aeiouyåäöéü")
PAGE_LINES = 40
_INNER_BREAK = re.compile(r"[ \t]*\n\s*")
_CLOSING = re.compile(r"[.,;:!?)\]”’\"']*")


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    source: Path
    clause_texts: tuple[str, ...]


# ---------------------------------------------------------------------------
# Renderers: source text → the same text in another layout


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _paragraphs(text: str) -> list[list[str]]:
    """The source's paragraphs: runs of non-blank lines (stripped)."""
    paragraphs: list[list[str]] = [[]]
    for line in _lines(text):
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def _syllable_cut(word: str) -> int | None:
    """Where a long alphabetic word may be hyphenated: before a consonant followed by a vowel,
    at least three letters from either end; None for a short or non-alphabetic word."""
    if len(word) < 9 or not word.isalpha():
        return None
    cuts = [
        index
        for index in range(3, len(word) - 3)
        if word[index].lower() not in VOWELS and word[index + 1].lower() in VOWELS
    ]
    return cuts[len(cuts) // 2] if cuts else None


def wrap_line(line: str, width: int, rng: random.Random, hyphenate: float = 0.3) -> list[str]:
    """One source line wrapped at `width` characters; a word that does not fit is hyphenated
    at a syllable with probability `hyphenate` when its first part fits."""
    if len(line) <= width:
        return [line]
    wrapped: list[str] = []
    current = ""
    for word in line.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width or not current:
            current = candidate
            continue
        cut = _syllable_cut(word)
        if cut is not None and len(current) + cut + 2 <= width and rng.random() < hyphenate:
            wrapped.append(f"{current} {word[:cut]}-")
            current = word[cut:]
        else:
            wrapped.append(current)
            current = word
    wrapped.append(current)
    return wrapped


def laid_out(text: str, blocks: list[tuple[int, int]]) -> str:
    """`text` with each block (the span of a gold clause in it, `gold_blocks`) on a line
    of its own: a block that starts mid-line starts a new line (its label with it), the line
    breaks inside a block become spaces; what lies between blocks is kept."""
    pieces: list[str] = []
    at = 0
    for start, end in sorted(blocks):
        if start < at:
            continue
        gap = text[at:start]
        if at and "\n" not in gap:  # closing punctuation stays on the line it closes
            head = _CLOSING.match(gap).group()
            gap = f"{head}\n{gap[len(head) :].lstrip()}"
        pieces.append(gap)
        pieces.append(_INNER_BREAK.sub(" ", text[start:end]))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def gold_blocks(text: str, clause_texts: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the gold clause texts in `text`, each found after the one before it with
    any run of whitespace between its words; a text not found there gives no block, so that
    stretch keeps the source's own lines."""
    blocks: list[tuple[int, int]] = []
    at = 0
    for clause_text in clause_texts:
        words = clause_text.split()
        if not words:
            continue
        found = re.compile(r"\s+".join(map(re.escape, words))).search(text, at)
        if found is not None:
            blocks.append(found.span())
            at = found.end()
    return blocks


def render_original(text: str, rng: random.Random) -> str:
    return text


def render_wrapped(text: str, rng: random.Random) -> str:
    width = rng.randint(55, 90)
    return "\n".join(wrapped for line in _lines(text) for wrapped in wrap_line(line, width, rng))


def _title(text: str) -> str:
    return next((line.strip() for line in _lines(text) if line.strip()), "")[:70]


def render_paged(text: str, rng: random.Random) -> str:
    lines = render_wrapped(text, rng).split("\n")
    page_lines = rng.randint(PAGE_LINES - 5, PAGE_LINES + 5)
    pages = [lines[at : at + page_lines] for at in range(0, len(lines), page_lines)]
    style = rng.choice(("Sida {n} av {m}", "{n} ({m})", "{n}"))
    date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    dated = rng.random() < 0.4
    header = _title(text)
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        if number > 1 and header:
            out.append(header)
        out.extend(page)
        footer = style.format(n=number, m=len(pages))
        out.append(f"{date}   {footer}" if dated else footer)
    return "\n".join(out)


def render_double(text: str, rng: random.Random) -> str:
    return "".join(f"{line}\n\n" for line in _lines(render_wrapped(text, rng)))


def render_flat_paragraphs(text: str, rng: random.Random) -> str:
    return "\n\n".join(" ".join(paragraph) for paragraph in _paragraphs(text)) + "\n"


def render_one_line(text: str, rng: random.Random) -> str:
    return " ".join(" ".join(paragraph) for paragraph in _paragraphs(text)) + "\n"


def render_crlf_nbsp(text: str, rng: random.Random) -> str:
    def damaged(word: str) -> str:
        cut = _syllable_cut(word)
        return word[:cut] + "\u00ad" + word[cut:] if cut and rng.random() < 0.2 else word

    def space(before: str, after: str) -> str:  # only between words: a ` ` line stays one
        return "\u00a0" if before and after and rng.random() < 0.15 else " "

    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        words = [damaged(word) for word in line.split(" ")]
        pairs = zip(words, words[1:], strict=False)
        lines.append(words[0] + "".join(space(a, b) + b for a, b in pairs))
    return "\r\n".join(lines)


RENDERERS: dict[str, Callable[[str, random.Random], str]] = {
    "original": render_original,
    "wrapped": render_wrapped,
    "paged": render_paged,
    "double": render_double,
    "flat_paragraphs": render_flat_paragraphs,
    "one_line": render_one_line,
    "crlf_nbsp": render_crlf_nbsp,
}


PDF_LAYOUTS = frozenset({"wrapped", "paged", "double"})


def render(layout: str, text: str, doc_id: str, seed: int, blocks: list[tuple[int, int]]) -> str:
    """`text` in `layout` (from `laid_out` for the PDF layouts, given the spans of the gold
    clauses in `text`), the same for the same document and seed."""
    source = laid_out(text, blocks) if layout in PDF_LAYOUTS else text
    return RENDERERS[layout](source, random.Random(f"{seed}:{layout}:{doc_id}"))


# ---------------------------------------------------------------------------
# Documents and scores


def gold_documents(settings: Settings, limit: int | None = None) -> list[GoldDocument]:
    """Dev documents whose source is a ``.txt`` file, with their gold clause texts."""
    documents: dict[str, GoldDocument] = {}
    for corpus_file in sorted(DEV.glob("*.jsonl")):
        by_doc: dict[str, list[str]] = {}
        for record in read_corpus_file(corpus_file):
            by_doc.setdefault(record["meta"]["doc_id"], []).append(record["text"])
        for doc_id, texts in by_doc.items():
            source = source_of(doc_id, DEV, ROOT / "raw", settings.input_suffixes)
            if source is not None and source.suffix == ".txt" and doc_id not in documents:
                documents[doc_id] = GoldDocument(doc_id, source, tuple(texts))
    return sorted(documents.values(), key=lambda d: d.doc_id)[:limit]


def predicted_clauses(text: str, doc_id: str, settings: Settings, scratch: Path) -> list[Clause]:
    """The clauses of `text` read as a ``.txt`` file by ingest → normalize → segment."""
    path = scratch / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8", newline="")
    try:
        return list(prepare_document(path, doc_id, settings).clauses)
    except Exception as error:  # a failed document predicts nothing
        print(f"{doc_id}: {type(error).__name__}: {error}", file=sys.stderr)
        return []


def rendered_clauses(
    layout: str, document: GoldDocument, settings: Settings, seed: int, scratch: Path
) -> list[str]:
    """The clause texts the pipeline finds in `document` rendered in `layout`."""
    source = document.source.read_text(encoding="utf-8")
    blocks = gold_blocks(source, document.clause_texts) if layout in PDF_LAYOUTS else []
    rendered = render(layout, source, document.doc_id, seed, blocks)
    return [
        clause.text for clause in predicted_clauses(rendered, document.doc_id, settings, scratch)
    ]


def matches(predicted: list[str], gold: tuple[str, ...]) -> tuple[int, int, int]:
    """(matched, predicted, gold) clause counts, each gold text matched once."""
    overlap = Counter(fold(t).key for t in predicted) & Counter(fold(t).key for t in gold)
    return sum(overlap.values()), len(predicted), len(gold)


def f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 1.0


def score_layout(
    layout: str, documents: list[GoldDocument], settings: Settings, seed: int, scratch: Path
) -> dict:
    per_doc: dict[str, tuple[int, int, int]] = {}
    for document in documents:
        predicted = rendered_clauses(layout, document, settings, seed, scratch)
        per_doc[document.doc_id] = matches(predicted, document.clause_texts)
    matched, predicted, gold = (sum(counts[i] for counts in per_doc.values()) for i in range(3))
    doc_f1 = {doc_id: f1(*counts) for doc_id, counts in per_doc.items()}
    return {
        "precision": matched / predicted if predicted else 0.0,
        "recall": matched / gold if gold else 0.0,
        "f1": f1(matched, predicted, gold),
        "matched": matched,
        "predicted": predicted,
        "gold": gold,
        "doc_median": statistics.median(doc_f1.values()) if doc_f1 else 0.0,
        "doc_min": min(doc_f1.values(), default=0.0),
        "worst": sorted(doc_f1.items(), key=lambda item: (item[1], item[0]))[:10],
        "per_doc": doc_f1,
    }


def show(layout: str, document: GoldDocument, settings: Settings, seed: int, scratch: Path) -> str:
    """The gold and predicted clause texts of one document in `layout` that found no match."""
    predicted = rendered_clauses(layout, document, settings, seed, scratch)
    gold_left = Counter(fold(text).key for text in document.clause_texts)
    predicted_left = Counter(fold(text).key for text in predicted)
    common = gold_left & predicted_left
    lines = [f"{document.doc_id} in {layout}:"]
    for mark, keys in (("gold", gold_left - common), ("pred", predicted_left - common)):
        lines.extend(f"  {mark} {key[:160]}" for key in keys.elements())
    return "\n".join(lines)


def report(results: dict[str, dict]) -> str:
    baseline = results.get("original", {}).get("f1")
    base_matched = results.get("original", {}).get("matched")
    lines = [
        f"{'layout':16} {'P':>6} {'R':>6} {'F1':>6} {'median':>6} {'min':>6} {'÷orig':>6}"
        f" {'lost':>5}"
    ]
    for layout, result in results.items():
        ratio = f"{result['f1'] / baseline:6.3f}" if baseline else "     -"
        lost = f"{base_matched - result['matched']:5d}" if base_matched is not None else "    -"
        lines.append(
            f"{layout:16} {result['precision']:6.3f} {result['recall']:6.3f} {result['f1']:6.3f} "
            f"{result['doc_median']:6.3f} {result['doc_min']:6.3f} {ratio} {lost}"
        )
    for layout, result in results.items():
        worst = ", ".join(f"{doc_id} {value:.2f}" for doc_id, value in result["worst"])
        lines.append(f"worst {layout}: {worst}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layouts", nargs="+", choices=list(RENDERERS), default=list(RENDERERS))
    parser.add_argument("--docs", type=int, default=None, help="the first N documents by id")
    parser.add_argument("--seed", type=int, default=44)
    parser.add_argument("--json", type=Path, default=None, help="write the scores here")
    parser.add_argument("--show", metavar="DOC_ID", help="print one document's unmatched clauses")
    args = parser.parse_args(argv)
    settings = load_settings(nlp=False)
    documents = gold_documents(settings, args.docs)
    if args.show:
        document = next((d for d in documents if d.doc_id == args.show), None)
        if document is None:
            print(f"--show: no dev document {args.show!r} with a .txt source", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as scratch:
            for layout in args.layouts:
                print(show(layout, document, settings, args.seed, Path(scratch)))
        return 0
    cpu = time.process_time()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for layout in args.layouts:
            results[layout] = score_layout(layout, documents, settings, args.seed, Path(scratch))
    print(f"{len(documents)} dev documents with a .txt source, seed {args.seed}")
    print(report(results))
    print(f"CPU time {time.process_time() - cpu:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
