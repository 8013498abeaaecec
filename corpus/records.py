"""Shared helpers of the corpus generator scripts (corpus/make_*.py): find a word-bounded
piece of a clause and build ACTOR and VERB spans with computed offsets."""

import json
import re
from pathlib import Path


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
    return _record(doc, cid, text, spans, statements, conditions, kind, parent, label)


def role_record(doc, cid, text, actors=(), verbs=(), statements=(), conditions=(), *,
                kind="paragraph", parent=None, label="", keep_other_role=True):
    """`clause_record` for the early scripts whose ACTOR spans keep a written role:
    actors are (piece, canonical, category, role[, nth]); ``keep_other_role=False`` drops
    the role where it is "other"."""
    spans = actor_and_verb_spans(text, actors, verbs)
    for span in spans:
        if not keep_other_role and span.get("role") == "other":
            del span["role"]
    return _record(doc, cid, text, spans, statements, conditions, kind, parent, label)


def _record(doc, cid, text, spans, statements, conditions, kind, parent, label):
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
SKALL = ("skall", "skola", "pres", "act")
FAR = ("får", "få", "pres", "act")
HAR = ("har", "ha", "pres", "act")
KAN = ("kan", "kunna", "pres", "act")
BOR = ("bör", "böra", "pres", "act")
AR = ("är", "vara", "pres", "act")


def pres(word, lemma=None, voice="act", nth=0):
    """A present-tense VERB tuple for `clause_record` (the lemma defaults to the word)."""
    return (word, lemma or word, "pres", voice, nth)


def inf(word, lemma=None, voice="act", nth=0):
    """An infinitive VERB tuple for `clause_record` (the lemma defaults to the word)."""
    return (word, lemma or word, "inf", voice, nth)


def sup(word, lemma=None, voice="act", nth=0):
    """A supine VERB tuple for `clause_record` (the lemma defaults to the word)."""
    return (word, lemma or word, "sup", voice, nth)


def statement(actor, actor_text, deontic, modal, aim, aim_text, obj=None, *, passive=False,
              negated=False, condition=None):
    """A statement tuple in `STATEMENT_KEYS` order; the commonest values are the defaults."""
    return (actor, actor_text, deontic, modal, aim, aim_text, negated, passive, obj, condition)


def records_for(doc, *, parent=None, conditions_from_statements=False, check_texts=False):
    """A `clause_record` for one script: ``rec(cid, text, actors, verbs, statements,
    conditions, doc=..., kind=..., parent=..., label=...)`` with ``doc`` (and ``parent``) as
    the defaults. ``conditions_from_statements`` adds each statement's condition as a CONDITION
    span (once); ``check_texts`` asserts that every actor_text and aim_text is in the text."""

    def rec(cid, text, actors=(), verbs=(), statements=(), conditions=(), *, doc=doc,
            kind="paragraph", parent=parent, label=""):
        if conditions_from_statements:
            conditions = [*conditions, *(s[9] for s in statements if s[9])]
            conditions = list(dict.fromkeys(conditions))
        record = clause_record(doc, cid, text, actors, verbs, statements, conditions,
                               kind=kind, parent=parent, label=label)
        for row in record["statements"] if check_texts else ():
            assert row["actor_text"] in text and row["aim_text"] in text, (cid, row)
        return record

    return rec


def list_item(doc, cid, text, actors=(), verbs=(), statements=(), label="–"):
    """A list item whose parent is its clause id less the last ``.N``."""
    return clause_record(doc, cid, text, actors, verbs, statements, kind="list_item",
                         parent=cid.rsplit(".", 1)[0], label=label)


def by_document(records):
    """The records grouped by doc id, in the order each doc id first appears."""
    documents = {}
    for record in records:
        documents.setdefault(record["meta"]["doc_id"], []).append(record)
    return documents


def blocks_text(records):
    """A document's text: its records' texts as blank-line blocks."""
    return "\n\n".join(record["text"] for record in records) + "\n"


def write_jsonl(path, records):
    """One record per line, UTF-8, non-ASCII kept (every make_*.py writes its dev file so)."""
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_part(folder, name, documents, before=(), after=()):
    """Writes each document's text to ``folder/<doc id>.txt`` and ``folder/<name>.jsonl``:
    the records ``before``, every document's records in order, then those ``after``.
    ``documents`` maps a doc id to (text, records)."""
    folder = Path(folder)
    records = list(before)
    for doc_id, (text, doc_records) in documents.items():
        records += doc_records
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    write_jsonl(folder / f"{name}.jsonl", [*records, *after])


def list_item_maker(rec, default_label=""):
    """A maker of list items for the documents of one `records_for` maker, labelled
    `default_label` unless an item gives its own."""

    def item(cid, text, actors=(), verbs=(), statements=(), conditions=(), *, doc, parent,
             label=default_label):
        """A list item."""
        return rec(cid, text, actors, verbs, statements, conditions, doc=doc,
                   kind="list_item", parent=parent, label=label)

    return item


def joined(lines):
    """A clause wrapped over several lines (or blank-line blocks), as §1.1 joins it."""
    return " ".join(lines)
