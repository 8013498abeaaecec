"""Shared helpers of the corpus generator scripts (corpus/make_*.py): find a word-bounded
piece of a clause and build ACTOR and VERB spans with computed offsets."""

import json
import re


def find(text, piece, nth=0):
    """Start of the nth word-bounded occurrence of ``piece`` in ``text``."""
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", text)]
    return hits[nth]


def actor_and_verb_spans(text, actors=(), verbs=()):
    """ACTOR spans from (piece, canonical, category, role[, nth]) and VERB spans from
    (piece, lemma, tense, voice[, nth])."""
    spans = []
    for piece, canonical, category, role, *nth in actors:
        start = find(text, piece, *nth)
        spans.append({"start": start, "end": start + len(piece), "text": piece, "label": "ACTOR",
                      "canonical": canonical, "category": category, "role": role})
    for piece, lemma, tense, voice, *nth in verbs:
        start = find(text, piece, *nth)
        spans.append({"start": start, "end": start + len(piece), "text": piece, "label": "VERB",
                      "lemma": lemma, "tense": tense, "voice": voice})
    return spans


STATEMENT_KEYS = ("actor", "actor_text", "deontic", "modal", "aim", "aim_text", "negated",
                  "passive", "object_text", "condition_text")


def clause_record(doc, cid, text, actors=(), verbs=(), statements=(), conditions=(),
                  kind="paragraph", parent=None, label=""):
    """One corpus record: ACTOR spans from (piece, canonical, category[, nth]) — the role is
    the lexicon's, not written here —, VERB spans as in `actor_and_verb_spans`, CONDITION
    spans from pieces (first occurrence), statements as tuples in `STATEMENT_KEYS` order."""
    spans = actor_and_verb_spans(text, [(*a[:3], "other", *a[3:]) for a in actors], verbs)
    for span in spans:
        span.pop("role", None)
    for piece in conditions:
        start = text.index(piece)
        spans.append({"start": start, "end": start + len(piece), "text": piece,
                      "label": "CONDITION"})
    spans.sort(key=lambda span: (span["start"], span["end"]))
    rows = [dict(zip(STATEMENT_KEYS, statement, strict=True)) for statement in statements]
    for row in rows:
        assert row["object_text"] is None or row["object_text"] in text, (cid, row)
    meta = {"doc_id": doc, "clause_id": cid, "parent_id": parent, "kind": kind, "label": label}
    return {"text": text, "meta": meta, "spans": spans, "statements": rows}


# Actor categories and the commonest finite verbs, as the generator scripts write them.
POL, TJP, FTV, FORV, ORG, EXT, OVR = (
    "politiskt organ", "tjänsteperson", "förtroendevald", "förvaltningsorganisation",
    "organisation", "extern", "övrig",
)
SKA = ("ska", "skola", "pres", "act")
FAR = ("får", "få", "pres", "act")
HAR = ("har", "ha", "pres", "act")


def write_jsonl(path, records):
    """One record per line, UTF-8, non-ASCII kept (every make_*.py writes its dev file so)."""
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
