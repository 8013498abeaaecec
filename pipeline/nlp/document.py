"""Document-level rules over a stream of clause Docs: short references, list lead-ins.

The NLP stage sees one Doc per clause. Some rules need the whole document:

* short references resolve against the document (``styrelsen`` → the one styrelse it
  names; ``bolaget``/``kommunen`` → its named organisation);
* a list lead-in without its own action (``Verkställande direktören ska:``, ``Nämnden har
  följande uppgifter:``) gives each item its actor, deontic and cue; the item's own verb
  (``att utse …``, ``Fastställa internbudget``) is the aim, and a noun-phrase item under a
  responsibility lead-in is a responsibility (aim ``ansvara``, object the item);
* an incomplete lead-in (no object, ``följande …``, a colon) gives its statement to its
  items, a phrase item being the object of its verb (``ska även handha: – kartverket``); a
  complete one keeps it and frames only verb items; a lead-in ending in a condition opener
  (``i enlighet med bl.a.:``) or whose last predicate has no actor frames nothing; nested
  items inherit from an incomplete item (docs/annotation.md §5.1).

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
from pipeline.nlp.memo import morph_values
from pipeline.nlp.references import (
    NamedOrganisations,
    company_document,
    document_body,
    named_organisations,
    resolve_short_references,
)
from pipeline.nlp.statements import (
    Statement,
    condition_span,
    expletive_cue_actor,
    find_statements,
    object_span,
    without_condition,
)
from pipeline.nlp.subjects import actor_of, mention_at, subordinator_of
from pipeline.nlp.verbs import (
    MAX_PHRASE_TOKENS,
    adverbial_phrase_start,
    could_be_infinitive,
    is_finite,
    is_infinitive,
    is_modal,
    present_without_ending,
    verb_lemma,
)


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
    body = document_body((m for doc in docs for m in (doc._.actors or [])), lexicon)
    own_board = company_document((m for doc in docs for m in (doc._.actors or [])), lexicon)
    named = named_organisations((doc._.actors or [] for doc in docs), lexicon)
    for doc in docs:
        try:
            _resolve_doc(doc, known, organisation, lexicon, body, own_board=own_board, named=named)
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
    doc: Doc,
    known: set[str],
    organisation: str | None,
    lexicon: ActorLexicon,
    body: str | None,
    *,
    own_board: bool = False,
    named: NamedOrganisations | None = None,
) -> None:
    resolved = resolve_short_references(
        doc._.actors or [],
        known,
        organisation,
        lexicon,
        body,
        own_board=own_board,
        named=named,
        doc=doc,
    )
    by_token = {m.first_token: m for m in resolved}
    doc._.actors = resolved
    doc._.statements = [
        (index, replace(s, actor=by_token.get(s.actor.first_token, s.actor) if s.actor else None))
        for index, s in doc._.statements or []
    ]


@dataclass(frozen=True)
class LeadIn:
    """What a lead-in hands its items: the frame (actor, deontic, cue, aim) and whether the
    lead-in is incomplete, so that its items complete it (``ska besluta i följande ärenden:``)
    rather than continue a complete sentence with more actions of the same actor."""

    frame: Statement
    incomplete: bool
    bare: bool = False  # a bare actor noun phrase: its items are sentences without a subject


def _inherit_lead_ins(
    docs: Sequence[Doc], clauses: Sequence[ClauseInfo], cues: DeonticCues
) -> None:
    """In document order, so that an item that leads a nested list has its own statements
    (inherited) before its sub-items look at them."""
    has_items = {c.parent_id for c in clauses if c.kind == "list_item" and c.parent_id}
    lead_ins: dict[str, LeadIn | None] = {}
    for doc, clause in zip(docs, clauses, strict=True):
        parent = lead_ins.get(clause.parent_id or "") if clause.kind == "list_item" else None
        if parent is not None and parent.bare:
            try:
                doc._.statements = subject_item_statements(doc, parent.frame.actor, cues)
            except Exception as error:  # noqa: BLE001
                record_error(doc, "list item", error)
                doc._.statements = []
        elif parent is not None and _is_governed(doc):
            try:
                doc._.statements = item_statements(
                    doc, parent.frame, incomplete=parent.incomplete, cues=cues
                )
            except Exception as error:  # noqa: BLE001
                record_error(doc, "list item", error)
                doc._.statements = []
        if clause.clause_id not in has_items:
            continue
        try:
            lead_in = _lead_in(doc, cues)
        except Exception as error:  # noqa: BLE001
            record_error(doc, "lead-in", error)
            lead_in = None
        if lead_in is None and parent is not None and not doc._.statements:
            lead_in = parent  # "– Ekonomi:" names a topic; its items continue the outer list
        lead_ins[clause.clause_id] = lead_in


def _lead_in(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """The lead-in's frame; an incomplete lead-in loses its statement to its items."""
    if _continues_condition(doc):
        return None  # "… i enlighet med bl.a.:" – the items name laws, not actions
    governing = _governing(doc, cues)
    if governing is None:
        return _containing_lead_in(doc, cues) or _bare_actor_lead_in(doc)
    last, frame = governing
    if _later_predicate(doc, frame):
        return None  # "… och rollen innebär att:": the last predicate has no actor (§5.1)
    if _own_non_actor_subject(doc, frame):
        doc._.statements = [(i, s) for i, s in doc._.statements or [] if s is not frame]
        return None  # "… och uppdraget innebär att:", the parse lent it the first actor
    incomplete = _incomplete(doc, frame)
    if incomplete:
        doc._.statements = [
            (index, s)
            for index, s in doc._.statements or []
            if not (index == last and s.object_span == frame.object_span)
        ]
    return LeadIn(frame, incomplete)


def _governing(doc: Doc, cues: DeonticCues) -> tuple[int, Statement] | None:
    """The last statement of the lead-in's last sentence, or the frame of a verbless
    lead-in."""
    statements = doc._.statements or []
    sentences = list(doc.sents)
    if statements:
        last = max(index for index, _ in statements)
        if last == len(sentences) - 1:
            return last, max(
                (s for index, s in statements if index == last), key=lambda s: s.aim_start
            )
    if not sentences:
        return None
    frame = lead_in_frame(doc, sentences[-1].start, cues)
    return (len(sentences) - 1, frame) if frame is not None else None


def _frame(actor: ActorMention, deontic: str, modal_text: str | None, aim_text: str) -> Statement:
    return Statement(
        actor=actor,
        deontic=deontic,
        modal=None,
        modal_text=modal_text,
        aim="ansvara" if deontic == "responsibility" else "",
        aim_start=-1,
        aim_end=-1,
        aim_text=aim_text,
        negated=False,
        passive=False,
        object_span=None,
        condition_span=None,
    )


def _announces_list(words: Sequence[str]) -> bool:
    """What may close a verbless lead-in: nothing, a hedge (``bl.a.``) or ``följande``."""
    if all(word in GRAMMAR.list_announcers for word in words):
        return True
    return any(tuple(words) == tuple(hedge) for hedge in GRAMMAR.list_hedges)


def _containing_lead_in(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """``I hamnchefens uppgifter ingår bl.a.:`` reads like ``Hamnchefen har följande
    uppgifter:``: a responsibility lead-in of the actor whose tasks contain the items
    (docs/annotation.md §5.1); the source may lack the genitive -s (``I VD uppgifterna``)."""
    if len(doc) < 4 or doc[0].lower_ not in {"i", "till"}:
        return None
    actor = mention_at(1, doc._.actors or [])
    if actor is None or actor.last_token + 2 >= len(doc):
        return None
    noun, verb = doc[actor.last_token + 1], doc[actor.last_token + 2]
    if noun.lower_ not in cues.task_nouns or verb.lower_ not in cues.containing_verbs:
        return None
    rest = doc[verb.i + 1 :].text.lower().rstrip(" :").split()
    modal_text = f"{doc[0].text} {noun.text} {verb.text}"
    if rest == ["att"]:  # "Till nämndens uppgifter hör att:" + infinitive items: duties
        frame = _frame(actor, "obligation", f"{modal_text} att", verb.text)
        return LeadIn(frame, incomplete=True)
    if not _announces_list(rest):
        return None
    return LeadIn(_frame(actor, "responsibility", modal_text, verb.text), incomplete=True)


def _bare_actor_lead_in(doc: Doc) -> LeadIn | None:
    """A lead-in that is nothing but an actor noun phrase (``Kulturnämnden``, with or
    without a colon): its items are that actor's sentences without their subject
    (``– driver biblioteken``), each with its own cue or none (docs/annotation.md §5.1)."""
    mentions = doc._.actors or []
    words = [t for t in doc if not t.is_punct]
    if len(mentions) != 1 or not words or doc._.statements:
        return None
    actor = mentions[0]
    if actor.genitive or any(not actor.first_token <= t.i <= actor.last_token for t in words):
        return None
    return LeadIn(_frame(actor, "none", None, ""), incomplete=False, bare=True)


def subject_item_statements(
    doc: Doc, actor: ActorMention | None, cues: DeonticCues
) -> list[tuple[int, Statement]]:
    """The statements of an item whose subject is its bare lead-in's actor."""
    index: CueIndex = doc.user_data.get("styrdok_cues", {})
    subject = _inherited(actor)
    return [
        (number, statement)
        for number, sentence in enumerate(doc.sents)
        for statement in find_statements(sentence, doc._.actors or [], cues, index, subject)
    ]


def _continues_condition(doc: Doc) -> bool:
    """The lead-in ends in a condition opener (``enligt``, ``i enlighet med bl.a.``) whose
    complement is the list."""
    words = doc.text.lower().rstrip(" :").split()
    hedge = next((h for h in GRAMMAR.list_hedges if _ends_with(words, h)), None)
    if hedge is not None:
        words = words[: -len(hedge)]
    return any(_ends_with(words, opener) for opener in GRAMMAR.conditions_anywhere)


def _ends_with(words: Sequence[str], phrase: Sequence[str]) -> bool:
    return len(words) >= len(phrase) and tuple(words[-len(phrase) :]) == tuple(phrase)


def _incomplete(doc: Doc, frame: Statement) -> bool:
    """A lead-in is incomplete when its action has no object, its object announces the
    list (``fokusera följande``) or breaks off (``besluta om``, ``ansvarar för bl.a.``), or
    the lead-in ends in a colon."""
    if frame.object_span is None or doc.text.rstrip().endswith(":"):
        return True
    words = doc.text[slice(*frame.object_span)].lower().split()
    if any(word in GRAMMAR.list_announcers for word in words):
        return True
    if any(_ends_with(words, hedge) for hedge in GRAMMAR.list_hedges):
        return True  # "ansvarar för bl.a."
    last = doc.char_span(*frame.object_span, alignment_mode="expand")
    if last is None:
        return False
    # "ska besluta om"; "har till uppgift att" (the infinitive marker without its verb)
    return last[-1].pos_ in {"ADP", "SCONJ", "DET"} or last[-1].lower_ in _INFINITIVE_MARKERS


_INFINITIVE_MARKERS = frozenset({"att"})


def _own_non_actor_subject(doc: Doc, frame: Statement) -> bool:
    """The frame's verb opens a conjunct clause with a subject of its own that is no actor:
    a noun between a coordinator and the finite verb (V2)."""
    verb = doc.char_span(frame.aim_start, frame.aim_end) if frame.aim_start >= 0 else None
    if verb is None or frame.modal is not None:
        return False
    noun = verb.start - 1
    in_actor = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    return (
        noun > 0
        and doc[noun].pos_ == "NOUN"
        and noun not in in_actor
        and doc[noun - 1].lower_ in GRAMMAR.coordinators
    )


def _later_predicate(doc: Doc, frame: Statement) -> bool:
    """A main-clause finite verb after the frame's action that carries no statement: the
    lead-in's last predicate is someone else's (``Rollen som direktör innebär att:``)."""
    if frame.aim_start < 0 and frame.modal is None:
        return False
    after = max(frame.aim_end, frame.modal[1] if frame.modal else -1)
    own = {
        i
        for _, s in doc._.statements or []
        for span in (s.modal, (s.aim_start, s.aim_end))
        if span and span[0] >= 0
        for i in range(span[0], span[1])
    }
    in_actor = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    sentence = doc[-1].sent if len(doc) else None
    return sentence is not None and any(
        token.idx >= after
        and token.idx not in own
        and token.i not in in_actor
        and is_finite(token)
        and (token.dep_ == "ROOT" or subordinator_of(token, sentence, in_actor) is None)
        for token in sentence
    )


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
        actor = actor or expletive_cue_actor(token, end, mentions)  # "Det ankommer på X:"
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


def _item_aims(doc: Doc, *, objects: bool = False) -> list[Token]:
    """An item's actions: ``att`` + infinitive, a bare infinitive opening the item
    (``Fastställa internbudget``, however tagged: the item continues its lead-in, so its
    first word is an infinitive slot) with its conjuncts; else the verbs of its first finite
    verb group, when that is the item's own clause (``att ekonomin ska vara i balans``), not
    a relative clause that makes the item a noun phrase (``ärenden som rör …, det vill
    säga …``: every later verb is embedded too). ``objects``: the lead-in's own verb awaits
    its object in the items (``utövar tillsyn över följande:``), so a word tagged as a noun
    opening an item is one (``förskola och fritidshem``)."""
    opens_with_att = len(doc) > 1 and doc[0].lower_ == "att"
    position = 1 if opens_with_att else 0
    while position < len(doc) and doc[position].pos_ == "ADV":
        position += 1
    position = _past_adverbial_phrase(doc, position)
    if position < len(doc) and not _lone_noun(doc[position]):
        first = doc[position]
        slot = slot_infinitive(first) and not (objects and first.pos_ == "NOUN")
        if could_be_infinitive(first) or _bare_infinitive(first) or slot:
            return [first, *_conjuncts(first)]
    in_actor = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    finite = next((t for t in doc if is_finite(t) and t.i not in in_actor), None)
    if finite is None or _lone_noun(finite) or not _main_in_item(finite, in_actor):
        return []
    return list(verb_group(finite).verbs)


def _past_adverbial_phrase(doc: Doc, position: int) -> int:
    """``i samverkan med skolan förebygga …``, ``att genom uppsökande arbete och på annat sätt
    nå …``: an adverbial prepositional phrase (or coordinated ones) may stand between the
    item's start (or its ``att``) and the governed infinitive; the infinitive's position, or
    `position` where no infinitive follows such a phrase."""
    if position >= len(doc) or doc[position].pos_ != "ADP":
        return position
    for token in doc[position + 1 : position + 1 + MAX_PHRASE_TOKENS]:
        if adverbial_phrase_start(token) != position:
            continue
        if is_infinitive(token) or (token.pos_ in _VERB_LIKE and slot_infinitive(token)):
            return token.i
    return position


_VERB_LIKE = frozenset({"VERB", "AUX", "ADJ", "ADV", "X"})  # an infinitive the tagger missed


def _conjuncts(first: Token) -> list[Token]:
    """The infinitives coordinated with an item's opening one: by form after ``och``/``,``
    (``coordinated``), and any verb spelled as an infinitive right after a coordinator or
    comma, past a long complement (``medverka i …, främja …``, ``leda arbetet med och
    samordna …``: an item-initial infinitive makes its conjuncts infinitives, however
    tagged); never one after a subordinator (``arbeta för att förebygga och motverka …``,
    ``företag som ska leda och …``)."""
    doc = first.doc
    joining = GRAMMAR.coordinators | {","}
    embedded = next(
        (
            t.i
            for t in doc[first.i + 1 :]
            if t.lower_ in GRAMMAR.subordinators
            and not (t.lower_ == "att" and doc[t.i - 1].lower_ in joining)  # "och att yttra"
        ),
        len(doc),
    )
    # the chain itself passes a subordinate clause inside a conjunct (``ha uppsikt över de
    # bolag som kommunen äger eller har intresse i och i årliga beslut pröva …``); the
    # parser's links across one are not trusted
    found = {t.i: t for t in coordinated(first, len(doc), parsed_limit=embedded)}
    for token in doc[first.i + 2 : embedded]:
        before = doc[token.i - 1]
        if before.lower_ == "att" or (before.pos_ == "ADV" and token.i - 2 > first.i):
            before = doc[token.i - 2]
        if before.lower_ in joining and _infinitive_form(token):
            found.setdefault(token.i, token)
    return [found[i] for i in sorted(found)]


def _infinitive_form(token: Token) -> bool:
    """A verb by the tagger in an infinitive's spelling: the infinitive form, a word in -a
    (no finite form ends so), or a listed infinitive (``utse``)."""
    if token.pos_ != "VERB" or "Part" in morph_values(token, "VerbForm"):
        return False
    word = token.lower_
    return (
        "Inf" in morph_values(token, "VerbForm")
        or word in GRAMMAR.infinitives
        or (word.endswith("a") and word not in GRAMMAR.non_infinitives)
    )


def _lone_noun(token: Token) -> bool:
    """A noun standing alone in its item (``– förskola,``, ``– musikskola och``) names what
    the lead-in is about; its -a ending does not make it an infinitive, nor does a finite
    tag (an item-initial word cannot be a finite verb, and an infinitive is not tagged so)."""
    rest = token.doc[token.i + 1 :]
    finite = is_finite(token) or present_without_ending(token)
    finite_tag = finite and token.lower_ not in GRAMMAR.infinitives
    return (token.pos_ == "NOUN" or finite_tag) and all(t.pos_ in {"PUNCT", "CCONJ"} for t in rest)


def _main_in_item(finite: Token, in_actor: set[int]) -> bool:
    """The item's own clause: not a relative clause inside it (``ärenden som rör …``); an
    item opening with ``att`` + a full clause has that clause's verb (``att ekonomin ska
    vara i balans``)."""
    if _inside_parentheses(finite):
        return False  # "en tjänsteman (som/han måste inte vara chef)": an aside, not the item
    subordinator = subordinator_of(finite, finite.sent, in_actor)
    return subordinator is None or subordinator.i == 0


def _inside_parentheses(token: Token) -> bool:
    depth = 0
    for before in token.doc[: token.i]:
        depth += (before.text == "(") - (before.text == ")")
    return depth > 0


def _bare_infinitive(token: Token) -> bool:
    """A verb opening a list item is its infinitive: nothing stands before it, so it cannot be
    the finite verb of a declarative clause (V2), whatever the tagger says (``Utse …``)."""
    if token.pos_ != "VERB" or token.i != 0 or is_modal(token):
        return False
    return "Part" not in morph_values(token, "VerbForm") and token.lower_ not in GRAMMAR.copulas


def _aim_statement(
    doc: Doc, base: Statement, aim: Token, cues: DeonticCues | None = None
) -> Statement:
    lemma = aim.lower_ if aim.pos_ not in {"VERB", "AUX"} else verb_lemma(aim)
    condition = condition_span(aim.sent)
    if cues is not None and _has_responsibility(aim, cues):
        lemma = "ansvara"
    return replace(
        base,
        aim=lemma,
        aim_start=aim.idx,
        aim_end=aim.idx + len(aim.text),
        aim_text=aim.text,
        object_span=without_condition(doc.text, object_span(aim, len(doc), set()), aim.sent),
        condition_span=condition,
    )


def _has_responsibility(aim: Token, cues: DeonticCues) -> bool:
    """``ha ett övergripande ansvar för …`` opening an item: a nominal responsibility cue
    after the lead-in's modal; the action is ``ansvara`` (§5.4, stacked cues)."""
    if verb_lemma(aim) != "ha":
        return False
    for token in aim.doc[aim.i + 1 : aim.i + 5]:
        if token.pos_ == "NOUN":
            following = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return (
                token.lower_.endswith(cues.responsibility_noun_suffixes)
                and following is not None
                and following.lower_ == "för"
            )
        if token.pos_ not in {"DET", "ADJ", "ADV"}:
            return False
    return False


def item_statements(
    doc: Doc,
    governing: Statement,
    *,
    incomplete: bool = True,
    cues: DeonticCues | None = None,
) -> list[tuple[int, Statement]]:
    """A list item's statements under its lead-in's actor, deontic and cue. ``incomplete``:
    the lead-in is incomplete (``ska besluta i följande ärenden:``, ``ska även handha``), so a
    phrase item is the object of its action; under a complete lead-in only an item with a
    verb of its own carries a statement."""
    base = replace(
        governing,
        actor=_inherited(governing.actor),
        modal=None,  # the cue is in the lead-in: its text is kept, its span is not here
        condition_span=None,
        passive=False,
    )
    aims = _item_aims(doc, objects=incomplete and _lexical_aim(governing))
    if aims:
        return [(0, _aim_statement(doc, base, aim, cues)) for aim in dict.fromkeys(aims)]
    text = doc.text.rstrip(" .;,:")
    whole = (0, len(text)) if text else None
    if not whole or not incomplete:
        return []
    if governing.deontic == "responsibility" and governing.aim in {"", "ansvara", "svara"}:
        aim = "svara" if governing.aim == "svara" else "ansvara"
        return [(0, replace(base, aim=aim, aim_start=-1, aim_end=-1, object_span=whole))]
    if governing.aim:
        # a phrase item is what the lead-in's action is about: "Följande ärenden får inte
        # delegeras: – ärenden som rör …" → (prohibition, delegera, object: the item);
        # "X ska besluta i följande ärenden: – …" → (obligation, besluta, object: the item)
        passive = governing.passive
        return [(0, replace(base, aim_start=-1, aim_end=-1, object_span=whole, passive=passive))]
    return []


def _lexical_aim(frame: Statement) -> bool:
    """The lead-in has a verb of its own that is not a responsibility cue (``ska besluta
    i``, ``utövar tillsyn över``, ``får inte delegeras i``). A verb inside the deontic cue
    (``har till uppgift att``) is the cue's, and awaits the items' verbs."""
    in_cue = frame.modal is not None and frame.modal[0] <= frame.aim_start < frame.modal[1]
    return frame.aim_start >= 0 and frame.aim not in {"ansvara", "svara"} and not in_cue


def _inherited(actor: ActorMention | None) -> ActorMention | None:
    """The lead-in's actor, without a span in the item's text."""
    if actor is None:
        return None
    return replace(actor, start=-1, end=-1, first_token=-1, last_token=-1)
