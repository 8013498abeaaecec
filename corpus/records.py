"""Shared helpers of the corpus generator scripts (corpus/make_*.py): find a word-bounded
piece of a clause and build ACTOR and VERB spans with computed offsets."""

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
