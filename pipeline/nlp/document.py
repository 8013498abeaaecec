"""Document-level rules over a stream of clause Docs: short references, list lead-ins.

The NLP stage sees one Doc per clause. Some rules need the whole document:

* short references resolve against the document (``styrelsen`` → the one styrelse it
  names; ``bolaget``/``kommunen`` → its named organisation);
* a list lead-in without its own action (``Verkställande direktören ska:``, ``Nämnden har
  följande uppgifter:``) gives each item its actor, deontic and cue; the item's own verb
  (``att utse …``, ``Fastställa internbudget``) is the aim, and a noun-phrase item under a
  responsibility lead-in is a responsibility (aim ``ansvara``, object the item).

`resolve_document` applies both to the Docs (their ``._.actors`` and ``._.statements``),
so that the tables and ``nlp(text)`` (which runs it over a one-Doc stream, the
``styrdok_document`` component) agree. A rule that fails on one clause leaves that clause
without statements and records the error on ``doc._.errors``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.cues import CueIndex, phrase_at
from pipeline.nlp.grammar import GRAMMAR, DeonticCues
from pipeline.nlp.groups import Group, coordinated, slot_infinitive, verb_group
from pipeline.nlp.lexicon import ActorLexicon
from pipeline.nlp.references import document_body, resolve_short_references
from pipeline.nlp.statements import Statement, object_span
from pipeline.nlp.subjects import actor_of, subordinator_of
from pipeline.nlp.verbs import could_be_infinitive, is_finite, is_modal, verb_lemma


@dataclass(frozen=True)
class ClauseInfo:
    """What the document pass needs to know of a clause besides its Doc."""

    clause_id: str
    parent_id: str | None
    kind: str


def record_error(doc: Doc, stage: str, error: Exception) -> None:
    doc._.errors = [*(doc._.errors or []), (stage, type(error).__name__, str(error))]


def named_organisation(docs: Sequence[Doc], declared: str | None) -> str | None:
    """The document's organisation: as declared (segment), else its most named one."""
    if declared:
        return declared
    names = Counter(m.canonical for doc in docs for m in (doc._.actors or []) if m.source == "name")
    return min(names, key=lambda n: (-names[n], n)) if names else None


def resolve_document(
    docs: Sequence[Doc],
    clauses: Sequence[ClauseInfo],
    organisation: str | None,
    lexicon: ActorLexicon,
    cues: DeonticCues,
) -> None:
    """Resolve short references and distribute lead-ins, in place on the Docs."""
    organisation = named_organisation(docs, organisation)
    known = {m.canonical for doc in docs for m in (doc._.actors or [])}
    body = document_body(m for doc in docs for m in (doc._.actors or []))
    for doc in docs:
        try:
            _resolve_doc(doc, known, organisation, lexicon, body)
        except Exception as error:  # noqa: BLE001 - one clause must not lose the document
            record_error(doc, "resolve", error)
    _inherit_lead_ins(docs, clauses, cues)
    _drop_heading_statements(docs, clauses)


def _drop_heading_statements(docs: Sequence[Doc], clauses: Sequence[ClauseInfo]) -> None:
    """Headings name a topic and metadata lines record the document's adoption; they carry
    no statements (docs/annotation.md §1.3), even when worded as a sentence with a finite
    verb."""
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.kind in {"heading", "metadata"}:
            doc._.statements = []


def _resolve_doc(
    doc: Doc, known: set[str], organisation: str | None, lexicon: ActorLexicon, body: str | None
) -> None:
    resolved = resolve_short_references(doc._.actors or [], known, organisation, lexicon, body)
    by_token = {m.first_token: m for m in resolved}
    doc._.actors = resolved
    doc._.statements = [
        (index, replace(s, actor=by_token.get(s.actor.first_token, s.actor) if s.actor else None))
        for index, s in doc._.statements or []
    ]


def _inherit_lead_ins(
    docs: Sequence[Doc], clauses: Sequence[ClauseInfo], cues: DeonticCues
) -> None:
    has_items = {c.parent_id for c in clauses if c.kind == "list_item" and c.parent_id}
    governing: dict[str, tuple[int, Statement] | None] = {}
    announcing = {c.clause_id for c, d in zip(clauses, docs, strict=True) if _announces(d)}
    for doc, clause in zip(docs, clauses, strict=True):
        if clause.clause_id in has_items:
            try:
                governing[clause.clause_id] = _governing(doc, cues)
            except Exception as error:  # noqa: BLE001
                record_error(doc, "lead-in", error)
                governing[clause.clause_id] = None
    for doc, clause in zip(docs, clauses, strict=True):
        lead = governing.get(clause.clause_id)
        if lead is not None and lead in (doc._.statements or []):
            doc._.statements = [s for s in doc._.statements if s is not lead]
        parent = governing.get(clause.parent_id or "")
        if clause.kind != "list_item" or parent is None or not _is_governed(doc):
            continue
        try:
            doc._.statements = item_statements(
                doc, parent[1], announced=clause.parent_id in announcing
            )
        except Exception as error:  # noqa: BLE001
            record_error(doc, "list item", error)
            doc._.statements = []


def _governing(doc: Doc, cues: DeonticCues) -> tuple[int, Statement] | None:
    """The statement of the lead-in's last sentence, or the frame of a verbless lead-in."""
    statements = doc._.statements or []
    sentences = list(doc.sents)
    if statements:
        last = max(index for index, _ in statements)
        if last == len(sentences) - 1:
            return next(item for item in statements if item[0] == last)
    if not sentences:
        return None
    frame = lead_in_frame(doc, sentences[-1].start, cues)
    return (len(sentences) - 1, frame) if frame is not None else None


def lead_in_frame(doc: Doc, start: int, cues: DeonticCues) -> Statement | None:
    """``Verkställande direktören ska:`` / ``Kommundirektören ansvarar för:`` → the actor,
    deontic and cue that the list items share (aim empty: each item brings its own)."""
    index: CueIndex = doc.user_data.get("styrdok_cues", {})
    mentions = doc._.actors or []
    for token in doc[start:]:
        if not is_finite(token) or any(m.first_token <= token.i <= m.last_token for m in mentions):
            continue
        negated = any(t.lower_ in GRAMMAR.negations for t in doc[token.i + 1 : token.i + 3])
        if is_modal(token) and token.lower_ in cues.modals:
            deontic = cues.modals[token.lower_]
            end = token.i + 1 + negated
        else:
            phrase = phrase_at(token, index, cues)
            if phrase is None:
                continue
            deontic, end = phrase
            negated = negated or any(t.lower_ in GRAMMAR.negations for t in doc[token.i : end])
        if negated:
            deontic = cues.negated_class.get(deontic, deontic)
        group = Group(token, (), negated, token.i + 1)
        actor, _ = actor_of(group, None, mentions, None)
        if actor is None:
            return None
        cue = doc[token.i : end]
        words = [t.text for t in cue if t.pos_ != "ADV" or t.lower_ in GRAMMAR.negations]
        return Statement(
            actor=actor,
            deontic=deontic,
            modal=(cue.start_char, cue.end_char),
            modal_text=" ".join(words),
            aim="ansvara" if deontic == "responsibility" else "",
            aim_start=-1,
            aim_end=-1,
            aim_text=token.text,
            negated=negated,
            passive=False,
            object_span=None,
            condition_span=None,
        )
    return None


def _is_governed(item: Doc) -> bool:
    """An item is governed by its lead-in when it opens with ``att`` or a bare infinitive, or
    has no statement of its own."""
    opens_with_verb = len(item) > 0 and (item[0].lower_ == "att" or _bare_infinitive(item[0]))
    return opens_with_verb or not item._.statements


def _item_aims(doc: Doc) -> list[Token]:
    """An item's actions: ``att`` + infinitive, a bare infinitive opening the item
    (``Fastställa internbudget``, however tagged: the item continues its lead-in, so its
    first word is an infinitive slot), else the verbs of its first finite verb group."""
    position = 1 if len(doc) > 1 and doc[0].lower_ == "att" else 0
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    if position < len(doc) and not _lone_noun(doc[position]):
        first = doc[position]
        if could_be_infinitive(first) or _bare_infinitive(first) or slot_infinitive(first):
            return [first, *coordinated(first, len(doc))]
    in_actor = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    finite = next(
        (t for t in doc if is_finite(t) and t.i not in in_actor and _main_in_item(t, in_actor)),
        None,
    )
    return list(verb_group(finite).verbs) if finite is not None else []


def _lone_noun(token: Token) -> bool:
    """A noun standing alone in its item (``– förskola,``, ``– musikskola och``) names what
    the lead-in is about; its -a ending does not make it an infinitive."""
    rest = token.doc[token.i + 1 :]
    return token.pos_ == "NOUN" and all(t.pos_ in {"PUNCT", "CCONJ"} for t in rest)


def _main_in_item(finite: Token, in_actor: set[int]) -> bool:
    """The item's own clause: not a relative clause inside it (``ärenden som rör …``); an
    item opening with ``att`` + a full clause has that clause's verb (``att ekonomin ska
    vara i balans``)."""
    subordinator = subordinator_of(finite, finite.sent, in_actor)
    return subordinator is None or subordinator.i == 0


def _bare_infinitive(token: Token) -> bool:
    """A verb opening a list item is its infinitive: nothing stands before it, so it cannot be
    the finite verb of a declarative clause (V2), whatever the tagger says (``Utse …``)."""
    if token.pos_ != "VERB" or token.i != 0 or is_modal(token):
        return False
    return "Part" not in token.morph.get("VerbForm") and token.lower_ not in GRAMMAR.copulas


def _aim_statement(doc: Doc, base: Statement, aim: Token) -> Statement:
    return replace(
        base,
        aim=aim.lower_ if aim.pos_ not in {"VERB", "AUX"} else verb_lemma(aim),
        aim_start=aim.idx,
        aim_end=aim.idx + len(aim.text),
        aim_text=aim.text,
        object_span=object_span(aim, len(doc), set()),
    )


def _announces(doc: Doc) -> bool:
    """A lead-in ending in a colon announces its items (``ska besluta i följande ärenden:``)."""
    return doc.text.rstrip().endswith(":")


def item_statements(
    doc: Doc, governing: Statement, *, announced: bool = False
) -> list[tuple[int, Statement]]:
    """A list item's statements under its lead-in's actor, deontic and cue."""
    base = replace(
        governing,
        actor=_inherited(governing.actor),
        modal=None,  # the cue is in the lead-in: its text is kept, its span is not here
        condition_span=None,
        passive=False,
    )
    aims = _item_aims(doc)
    if aims:
        return [(0, _aim_statement(doc, base, aim)) for aim in dict.fromkeys(aims)]
    text = doc.text.rstrip(" .;,:")
    whole = (0, len(text)) if text else None
    if not whole:
        return []
    if governing.deontic == "responsibility" and governing.aim in {"", "ansvara", "svara"}:
        aim = "svara" if governing.aim == "svara" else "ansvara"
        return [(0, replace(base, aim=aim, aim_start=-1, aim_end=-1, object_span=whole))]
    if governing.aim and (governing.passive or (announced and governing.deontic != "none")):
        # a noun-phrase item is what the lead-in's action is about: "Följande ärenden får
        # inte delegeras: – ärenden som rör …" → (prohibition, delegera, object: the item);
        # "X ska besluta i följande ärenden: – …" → (obligation, besluta, object: the item)
        passive = governing.passive
        return [(0, replace(base, aim_start=-1, aim_end=-1, object_span=whole, passive=passive))]
    return []


def _inherited(actor: ActorMention | None) -> ActorMention | None:
    """The lead-in's actor, without a span in the item's text."""
    if actor is None:
        return None
    return replace(actor, start=-1, end=-1, first_token=-1, last_token=-1)
