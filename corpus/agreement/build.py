"""Write a second, independent annotation of a frozen test part (corpus/agreement/<part>/).

The annotation is by hand (docs/annotation.md); this script only computes character offsets
from span strings (the n-th word-bounded occurrence, or a raw occurrence inside a glued word)
and checks every clause text against the source .txt, so that every span slices its text.
Run from the repository root:

    python corpus/agreement/build.py al && python corpus/check.py corpus/agreement/al/*.jsonl

The spans and statements are written in ``<part>_docs.py``, the category and role of each
canonical actor in ``<part>_lexicon.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "corpus" / "test"
AGREEMENT = ROOT / "corpus" / "agreement"
CAT: dict[str, tuple[str, str]] = {}  # canonical -> (category, role): the part's lexicon


def find(text: str, needle: str, occ: int) -> int:
    if occ < 0:  # a span inside a word the text layer glued (docs/annotation.md §2.2)
        return text.index(needle)
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    hits = [m.start() for m in pat.finditer(text)]
    if len(hits) <= occ:
        raise ValueError(f"{needle!r} #{occ} not in {text!r}")
    return hits[occ]


def A(t: str, canonical: str, occ: int = 0) -> tuple:  # noqa: N802
    return ("ACTOR", t, occ, {"canonical": canonical})


def V(t: str, lemma: str, tense: str, voice: str = "act", occ: int = 0) -> tuple:  # noqa: N802
    return ("VERB", t, occ, {"lemma": lemma, "tense": tense, "voice": voice})


def C(t: str, occ: int = 0) -> tuple:  # noqa: N802
    return ("CONDITION", t, occ, {})


def S(actor, actor_text, deontic, modal, aim, aim_text, obj=None, cond=None,  # noqa: N802
      neg=False, pas=False) -> dict[str, Any]:
    return {"actor": actor, "actor_text": actor_text, "deontic": deontic, "modal": modal,
            "aim": aim, "aim_text": aim_text, "negated": neg, "passive": pas,
            "object_text": obj, "condition_text": cond}


def rec(doc: str, cid: str, kind: str, text: str, spans: list, stmts: list | None = None,
        parent: str | None = None, label: str = "") -> dict[str, Any]:
    out = []
    for label_, t, occ, extra in spans:
        start = find(text, t, occ)
        span = {"start": start, "end": start + len(t), "text": t, "label": label_, **extra}
        if label_ == "ACTOR":
            cat, role = CAT[extra["canonical"]]
            span["category"] = cat
            if role:
                span["role"] = role
        out.append(span)
    out.sort(key=lambda s: (s["start"], s["label"] != "CONDITION"))
    for st in stmts or []:
        if st["object_text"] is not None:
            assert st["object_text"] in text, (cid, st["object_text"])
    return {"text": text, "meta": {"doc_id": doc, "clause_id": cid, "parent_id": parent,
                                   "kind": kind, "label": label},
            "spans": out, "statements": stmts or []}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_source(doc: str, records: list[dict[str, Any]]) -> None:
    source = norm((SRC / f"{doc}.txt").read_text(encoding="utf-8"))
    pos = 0
    for r in records:
        i = source.find(r["text"], pos)
        assert i >= 0, (doc, r["meta"]["clause_id"], r["text"][:60])
        pos = i + len(r["text"])


def write(out: Path, doc: str, records: list[dict[str, Any]]) -> None:
    check_source(doc, records)
    out.mkdir(parents=True, exist_ok=True)
    with (out / f"{doc}.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    import importlib
    import sys

    part = sys.argv[1]
    sys.modules["build"] = sys.modules[__name__]  # the docs' `from build import rec` is this one
    CAT.update(importlib.import_module(f"{part}_lexicon").CAT)
    docs = importlib.import_module(f"{part}_docs").DOCS  # the hand annotation, one per document
    for doc, make in docs.items():
        write(AGREEMENT / part, doc, make())
