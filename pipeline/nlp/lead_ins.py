"""List lead-ins: which clause leads a list, and what it hands its items.

A lead-in gives its items its actor, deontic and cue (its frame, `LeadIn`); an incomplete
one (no object, ``följande …``, a colon) also gives up its own statement to them. A lead-in
ending in a condition opener, or whose last predicate has no actor, frames nothing
(docs/annotation.md §5.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.config import law_endings, load_laws
from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.conditions import announces
from pipeline.nlp.cues import CueIndex, is_task_noun, phrase_at
from pipeline.nlp.groups import PRE_HEAD_POS, Group
from pipeline.nlp.memo import doc_text, morph_values
from pipeline.nlp.statement_parts import (
    broken_off_complement,
    expletive_cue,
    expletive_cue_actor,
)
from pipeline.nlp.statements import Statement
from pipeline.nlp.subjects import actor_of, mention_at, subordinator_of
from pipeline.nlp.verb_fallbacks import v1_condition_end, verb_first_word
from pipeline.nlp.verb_forms import is_modal
from pipeline.nlp.verbs import is_finite, is_passive, is_verb, present_by_spelling, verb_lemma


@dataclass(frozen=True)
class LeadIn:
    """What a lead-in hands its items: the frame (actor, deontic, cue, aim) and whether the
    lead-in is incomplete, so that its items complete it (``ska besluta i följande ärenden:``)
    rather than continue a complete sentence with more actions of the same actor."""

    frame: Statement
    incomplete: bool
    bare: bool = False  # a bare actor noun phrase: its items are sentences without a subject
    awaits_clause: bool = False  # ends in "att" ("ska se till att:"): clause items are objects
    # breaks off at its transitive verb ("ska varje år pröva:"): an item opening with a
    # content-clause subordinator ("– om budgeten hålls") is that verb's object
    awaits_object_clause: bool = False
    # breaks off at its verb's particle or preposition ("ska sörja för:", "ska se till:"): an
    # item `att` + subject + finite verb is that verb's object (round 50, bu-C1)
    awaits_att_object: bool = False
    # breaks off at the `att` right after its own verb without a cue ("Styrelsen beslutar
    # att" + "1. Anta planen,"): every item is that verb's content clause, its object, and
    # takes the lead-in's statement (analysis 53-cc L1; round 52 ruling v1)
    content_att: bool = False
    # the verbs coordinated before the frame's own, sharing its object: the items complete
    # each of them ("ska främja och stödja verksamhet inom:" + "– konst" → främja, stödja)
    conjuncts: tuple[Statement, ...] = ()
    # a presentational verb without its late subject ("I förvaltningen ingår", "ska finnas
    # följande nämnder:"): each actor noun phrase of an item is that verb's subject
    presented: bool = False
    # the presented late subject is counted by an organisation noun ("finns tre bolag:",
    # "ingår följande stiftelser:"): an item of one unknown capitalised word names one
    # (analysis 53b-cb N4, ruling h3)
    organisations: bool = False
    # a passive closing on its `av` without the agent ("Ärendet avgörs av", "ska justeras
    # av:"): each actor noun phrase of an item is that verb's agent (round 35, B1)
    agented: bool = False
    # a relative clause on the frame's predicative closes the lead-in and takes the items
    # ("är en ideell förening vars syfte är att:"): they continue neither the frame nor its
    # actor (round 51, bq-E)
    closed: bool = False

    @property
    def frames(self) -> tuple[Statement, ...]:
        """The frame of each verb an item completes, in sentence order."""
        return (*self.conjuncts, self.frame)


# Round 54 (analysis 54-cf F): a lead-in over list items closes in a colon, or in a semicolon
# written for it (``Inom ramen för uppdraget får bolaget även;`` + ``• upplåta …``): both mark
# the sentence as going on in the items (docs/annotation.md §5.1 incomplete lead-in).
_LEAD_IN_MARKS = frozenset(":;")


def closes_lead_in(doc: Doc) -> bool:
    """The clause ends in a lead-in's closing mark (`_LEAD_IN_MARKS`)."""
    return doc_text(doc).rstrip()[-1:] in _LEAD_IN_MARKS


def lead_in(
    doc: Doc,
    cues: DeonticCues,
    references: bool = False,
    verbless_items: bool = False,
    condition_items: bool = False,
    correlative_items: bool = False,
    sentence_items: bool = False,
) -> LeadIn | None:
    """The lead-in's frame; an incomplete lead-in loses its statement to its items.
    `references`: every item names a statute or a governing document (`reference_item`);
    `verbless_items`: no item has a verb (a main verb ``få`` keeps them as its object);
    `condition_items`: every item is a clause of condition or time (`items.condition_item`),
    so a colon alone leaves the lead-in complete (round 50, 50-bw G8), unless its verb takes
    an `om`-question (grammar.yaml `question_verbs`: ``ska pröva frågan:`` + ``– om …``);
    `correlative_items`: every item is a ``dels att``-member, the content of the lead-in's
    verb, so the lead-in is incomplete and each item has its statement (round 52, v1);
    `sentence_items`: every item is a full sentence (`items.sentence_item`), so a lead-in
    that ends in an announcing adverbial keeps its own statement and hands nothing on
    (round 58, ruling R1)."""
    if _continues_condition(doc):
        return None  # "… i enlighet med bl.a.:" – the items name laws, not actions
    if references and _announced_condition(doc):
        return None  # "… enligt följande:" + "– kommunallagen": the condition rule (D11)
    if sentence_items and _announcing_colon(doc):
        return None  # "… fördelat enligt följande:" + "– Ekby kommun utser …" (R1)
    handing = _handing_lead_in(doc, cues)
    if handing is not None:
        return handing
    special = _special_lead_in(doc, cues)
    if special is not None:
        return special
    governing = _governing(doc, cues, verbless_items)
    if governing is None:
        bare = _containing_lead_in(doc, cues) or _bare_actor_lead_in(doc)
        return bare or _relative_actor_lead_in(doc)
    last, frame = governing
    if _later_predicate(doc, frame):
        return None  # "… och rollen innebär att:": the last predicate has no actor (§5.1)
    if _own_non_actor_subject(doc, frame):
        doc._.statements = [(i, s) for i, s in doc._.statements or [] if s is not frame]
        return None  # "… och uppdraget innebär att:", the parse lent it the first actor
    if _proposes_decision(doc, frame) or _copula_relative_colon(doc, frame):
        return LeadIn(frame, incomplete=False)
    conditions = condition_items and frame.aim not in GRAMMAR.question_verbs  # not "pröva om"
    incomplete = correlative_items or (
        _incomplete(doc, frame, colon=not conditions) or _broken_off_cue(doc, frame, cues)
    ) and (
        not _fills_scope_phrase(doc, frame)
    )
    conjuncts = _conjunct_frames(doc, last, frame) if incomplete else ()
    if incomplete:
        doc._.statements = [
            (index, s)
            for index, s in doc._.statements or []
            if not (index == last and s.object_span == frame.object_span)
            and not any(s is conjunct for conjunct in conjuncts)
        ]
    return LeadIn(
        frame,
        incomplete,
        awaits_clause=_ends_in_att(doc),
        conjuncts=conjuncts,
        awaits_object_clause=incomplete and _breaks_off_at_verb(doc, frame),
        awaits_att_object=incomplete and _breaks_off_at_particle(doc, frame),
        content_att=incomplete and _verb_then_att(doc, frame),
    )


def _handing_lead_in(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """Round 55 (newuser55 fault 4): a lead-in closing on a handing adverb (grammar.yaml
    `handing_adverbs`: ``ska ansvara för bolagets personal och därvid`` • ``anställa …``) is
    a complete statement whose object ends before the adverb (and its ``och``); its items
    take its actor and its modal (``ska``, ``ska inte`` with an item's ``inte``), not its cue
    verb: the adverb adds actions, it does not complete ``ansvara för``."""
    words = [token for token in doc if not (token.is_punct or token.is_space)]
    if not words or words[-1].lower_ not in GRAMMAR.handing_adverbs or not doc._.statements:
        return None
    adverb = words[-1]
    before = doc[adverb.i - 1] if adverb.i > 0 else None
    closing = GRAMMAR.scope_closing_coordinators  # ``och därvid``, ``samt därvid``
    cut = before.idx if before is not None and before.lower_ in closing else adverb.idx
    text = doc_text(doc)
    cut = len(text[:cut].rstrip(" ,\n"))
    statements = [(index, _object_before(s, cut)) for index, s in doc._.statements]
    doc._.statements = statements
    return LeadIn(_modal_frame(statements[-1][1], cues, text), incomplete=False)


def _object_before(statement: Statement, cut: int) -> Statement:
    span = statement.object_span
    if span is None or span[1] <= cut:
        return statement
    return replace(statement, object_span=(span[0], cut) if span[0] < cut else None)


def _modal_frame(frame: Statement, cues: DeonticCues, text: str) -> Statement:
    """The frame with its modal alone (``ska ansvara för`` → ``ska``), where its cue text
    opens with a modal (`cues.modals`); else the frame as it is."""
    words = (frame.modal_text or "").split()
    modal = words[0] if words else ""
    if len(words) < 2 or modal.lower() not in cues.modals:
        return frame
    span = frame.modal
    if span is not None:
        span = (span[0], span[0] + len(modal)) if text.startswith(modal, span[0]) else None
    return replace(frame, modal=span, modal_text=modal, deontic=cues.modals[modal.lower()])


def _special_lead_in(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """A lead-in of its own shape, before the governing frame is looked for: a copula's
    purpose relative, a passive with its agent, a closing modal (incomplete) or a
    presentational lead-in; else None."""
    purpose = _copula_purpose_relative(doc, cues)
    if purpose is not None:
        return purpose
    agented = _passive_agent_lead_in(doc, cues)
    if agented is not None:
        return agented
    closing = _closing_modal(doc, cues)
    if closing is not None:
        return LeadIn(closing, incomplete=True)
    return _presentational_lead_in(doc, cues)


def _breaks_off_at_verb(doc: Doc, frame: Statement) -> bool:
    """``Enligt stadgan ska styrelsen varje år pröva:``: the lead-in ends (past its colon)
    in its own verb, an infinitive after a modal with no object, so its items are what it
    acts on (round 23, B1)."""
    words = [t for t in doc if not t.is_punct]
    if not words or frame.object_span is not None or frame.modal is None:
        return False
    last = words[-1]
    return last.idx == frame.aim_start and last.idx > frame.modal[0]


def _verb_then_att(doc: Doc, frame: Statement) -> bool:
    """``Regionstyrelsen beslutar att``, ``Nämnden föreslår att``: the lead-in ends (past its
    colon) in the ``att`` right after its own verb (or after adverbs: ``beslutar därmed
    att``), a main verb with neither modal nor cue
    (deontic none), so the ``att``-clause each item completes is that verb's object, as in
    ``Miljönämnden beslutar att godkänna reglementet.`` (analysis 53-cc L1). A cue
    (``ansvarar för att``, ``har till uppgift att``) or a modal leaves the items their
    own verbs (§5.1)."""
    if frame.deontic != "none" or frame.modal is not None or frame.aim_start < 0:
        return False
    words = [t for t in doc if not t.is_punct]
    if len(words) < 2 or words[-1].lower_ != "att":
        return False
    before = len(words) - 2
    while before > 0 and words[before].pos_ == "ADV":
        before -= 1  # "beslutar därmed att", "beslutar vidare att"
    return words[before].idx == frame.aim_start


def _breaks_off_at_particle(doc: Doc, frame: Statement) -> bool:
    """``Direktören ska sörja för:``, ``ska se till:``, ``verkar för:``: the lead-in ends (past
    its colon) in the particle or preposition right after its own verb, so an item ``att`` +
    subject + finite verb is the verb's object, as in ``ska sörja för att kansliet har …``
    (round 50, bu-C1; docs/annotation.md §5.1)."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 2 or frame.aim_start < 0:
        return False
    last, verb = words[-1], words[-2]
    particle = last.pos_ in {"ADP", "PART"} or last.dep_ == "compound:prt"
    return particle and verb.idx == frame.aim_start


def _conjunct_frames(doc: Doc, last: int, frame: Statement) -> tuple[Statement, ...]:
    """The statements of the verbs coordinated right before the frame's verb, with nothing
    but coordinators, commas and adverbs between (``planera och samordna``, ``leda, följa
    upp och utvärdera``): they share the frame's actor, cue and object, so an incomplete
    lead-in's items complete every one of them, and the lead-in keeps none (round 21, cause
    B1; docs/annotation.md §5.1)."""
    if frame.aim_start < 0:
        return ()
    earlier = sorted(
        (
            s
            for index, s in doc._.statements or []
            if index == last
            and s is not frame
            and 0 <= s.aim_end <= frame.aim_start
            and s.actor == frame.actor
            and s.deontic == frame.deontic
        ),
        key=lambda s: s.aim_start,
        reverse=True,
    )
    chain: list[Statement] = []
    following = frame.aim_start
    for statement in earlier:
        between = [t for t in doc if statement.aim_end <= t.idx < following]
        joined = any(t.lower_ in GRAMMAR.coordinators or t.text == "," for t in between)
        if not joined or not all(_joins_verbs(t) for t in between):
            break
        chain.insert(0, statement)
        following = statement.aim_start
    return tuple(chain)


def _joins_verbs(token: Token) -> bool:
    return token.lower_ in GRAMMAR.coordinators or token.text == "," or token.pos_ == "ADV"


def drop_itemless_lead_in(doc: Doc) -> None:
    """A lead-in whose list is lost (a web page without its items: ``Utskottet ansvarar för
    att:`` followed by a paragraph) breaks off at a word that needs a complement, a
    preposition or the subordinator ``att`` before the colon, or a preposition and the bare
    announcer ``följande`` (``Kommittén består av följande:``, round 51): the action it
    begins is never stated, so the statement whose object ends there is none (§5.1)."""
    if not doc_text(doc).rstrip().endswith(":"):
        return
    _drop_announcing_subject(doc)
    words = [t for t in doc if not t.is_punct]
    if not words:
        return
    last = words[-1]
    if last.lower_ in GRAMMAR.list_announcers and len(words) > 1 and words[-2].pos_ == "ADP":
        last = words[-2]  # "Kommittén består av följande:": the preposition's object is the list
    if not (last.pos_ in {"ADP", "SCONJ"} or last.lower_ in _INFINITIVE_MARKERS):
        return
    doc._.statements = [
        (index, s)
        for index, s in doc._.statements or []
        if not (s.object_span is not None and s.object_span[1] >= last.idx + len(last.text))
    ]


def _drop_announcing_subject(doc: Doc) -> None:
    """``I styrgruppen ingår följande personer:`` with no items after it (label and name
    lines follow instead): the late subject of a presentational verb announced by
    ``följande`` gives no statement, items or not (round 33, B1; §5.1); a named conjunct
    before it keeps its own (``ingår kanslichefen och följande chefer:``)."""
    statements = doc._.statements or []
    dropped = set()
    for position, (_, statement) in enumerate(statements):
        actor = statement.actor
        verb = _aim_token(doc, statement)
        if actor is None or verb is None or not _presentational_verb(verb):
            continue
        rest = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
        announced = _announced_subject(rest) if rest else None
        if announced and actor.first_token in announced:
            dropped.add(position)
    if dropped:
        doc._.statements = [pair for i, pair in enumerate(statements) if i not in dropped]


def _aim_token(doc: Doc, statement: Statement) -> Token | None:
    if statement.aim_start < 0:
        return None
    span = doc.char_span(statement.aim_start, statement.aim_end)
    return span[0] if span is not None and len(span) else None


def drop_announcing_lead_ins(doc: Doc, has_items: bool) -> None:
    """A lead-in ending in an adverbial that announces what follows (``Nämnden har uppgifter
    enligt följande:``, ``… på följande sätt:``) is incomplete: followed by a sentence rather
    than items (in the next paragraph, or after its colon in the same one) it states nothing
    of its own (round 32, D11; docs/annotation.md §5.1). Its items, when it has them, carry
    its statement (`lead_in`)."""
    words = [t for t in doc if not t.is_space]
    parts = []
    start = 0
    for position, token in enumerate(words):
        if token.text != ":":
            continue
        opening = max(start, _part_start(words, position))
        rest = words[position + 1 :]
        before = [t.lower_ for t in words[opening:position] if not t.is_punct]
        if _ends_announcing(before) and (
            (not rest and not has_items) or any(is_finite(t) for t in _next_part(rest))
        ):
            parts.append((words[opening].idx, token.idx))
        start = position + 1
    if not parts:
        return
    doc._.statements = [
        (index, s)
        for index, s in doc._.statements or []
        if not any(begin <= s.aim_start < end for begin, end in parts)
    ]


def _part_start(words: Sequence[Token], colon: int) -> int:
    """Where the sentence that ends in the colon at `colon` begins (past a full stop)."""
    position = colon
    while position > 0 and words[position - 1].text not in {".", "!", "?"}:
        position -= 1
    return position


def _next_part(words: Sequence[Token]) -> Sequence[Token]:
    """The words up to the next colon."""
    end = next((i for i, t in enumerate(words) if t.text == ":"), len(words))
    return words[:end]


def _ends_announcing(words: Sequence[str]) -> bool:
    """The words end in an announcing adverbial (``enligt följande``, ``på följande sätt``)."""
    return any(
        _ends_with(words, phrase) and announces(words[-len(phrase) :])
        for phrase in GRAMMAR.announcing_adverbials
    )


def _announcing_colon(doc: Doc) -> bool:
    """The clause closes on a colon right after an announcing adverbial (`_ends_announcing`:
    ``Direktionen ska bestå av sju ledamöter fördelat enligt följande:``)."""
    if not doc_text(doc).rstrip().endswith(":"):
        return False
    return _ends_announcing([t.lower_ for t in doc if not t.is_punct and not t.is_space])


def _announced_condition(doc: Doc) -> bool:
    """``Bolaget ska tillämpa bestämmelser enligt följande:`` over items that name statutes or
    documents: the announcing adverbial opens with a condition opener, so the items continue
    its condition (§5.1's condition rule, round 32 D11): the lead-in keeps its statements,
    with the adverbial as their condition and out of their object."""
    words = [t for t in doc if not t.is_punct]
    lowered = [t.lower_ for t in words]
    phrase = next(
        (p for p in GRAMMAR.announcing_adverbials if _ends_with(lowered, p)), None
    )
    if phrase is None or not any(
        phrase[: len(opener)] == opener for opener in GRAMMAR.conditions_anywhere
    ):
        return False  # "på följande sätt:" opens no condition
    first, last = words[-len(phrase)], words[-1]
    condition = (first.idx, last.idx + len(last.text))
    doc._.statements = [
        (index, _with_condition(doc_text(doc), s, condition)) for index, s in doc._.statements or []
    ]
    return True


def _with_condition(text: str, statement: Statement, condition: tuple[int, int]) -> Statement:
    """The statement with the announced `condition`, its object ending before it."""
    span = statement.object_span
    if span is not None and span[0] < condition[0] < span[1]:
        end = len(text[: condition[0]].rstrip(" ,"))
        span = (span[0], end) if end > span[0] else None
    elif span is not None and condition[0] <= span[0] < condition[1]:
        span = None  # the object was the adverbial itself
    return replace(statement, object_span=span, condition_span=condition)


def reference_item(doc: Doc) -> bool:
    """A list item that names a statute (``– kommunallagen``, ``– lagen om …``, ``– SoL``,
    ``– aktiebolagslagen (2005:551)``) or a governing document (``– dessa stadgar``,
    ``– kommunens finanspolicy``: configs/grammar.yaml ``reference_item_nouns``): its head,
    past a determiner, adjectives and a genitive, is that word; not an indefinite one
    (``– en arbetsordning``, an object)."""
    words = [t for t in doc if not t.is_punct]
    if not words or words[0].lower_ in GRAMMAR.indefinite_articles:
        return False
    head = next((t for t in words if not _before_head(t)), None)
    return head is not None and (
        head.lower_ == "lag"
        or head.lower_.endswith(_LAW_ENDINGS)
        or head.text in _LAW_ABBREVIATIONS
        or head.lower_.endswith(GRAMMAR.reference_item_nouns)
    )


def _before_head(token: Token) -> bool:
    """A determiner, adjective, numeral or genitive before a noun phrase's head."""
    return token.pos_ in PRE_HEAD_POS or "Gen" in morph_values(token, "Case")


_LAW_ENDINGS = law_endings()
_LAW_ABBREVIATIONS = frozenset(load_laws())


def _ends_in_att(doc: Doc) -> bool:
    """``Styrelsen ska se till att:``, ``ansvarar för att``: the lead-in breaks off at the
    subordinator of an ``att``-clause, which each clause item completes."""
    words = [t for t in doc if not t.is_punct]
    return bool(words) and words[-1].lower_ == "att"


def _governing(
    doc: Doc, cues: DeonticCues, verbless_items: bool = False
) -> tuple[int, Statement] | None:
    """The last statement of the lead-in's last sentence, or the frame of a verbless
    lead-in (also of a modal read as main verb before adverbials, unless the items are
    noun phrases: ``får av kommunen:`` + ``– en årlig ersättning`` receives them)."""
    statements = doc._.statements or []
    sentences = list(doc.sents)
    if statements:
        last = max(index for index, _ in statements)
        if last == len(sentences) - 1:
            frame = max((s for index, s in statements if index == last), key=lambda s: s.aim_start)
            if verbless_items or not _modal_before_adverbials(doc, frame, cues):
                return last, frame
            doc._.statements = [(i, s) for i, s in statements if s is not frame]
    if not sentences:
        return None
    frame = lead_in_frame(doc, sentences[-1].start, cues)
    return (len(sentences) - 1, frame) if frame is not None else None


def _modal_before_adverbials(doc: Doc, frame: Statement, cues: DeonticCues) -> bool:
    """``VD får inte utan styrelsens medgivande:``, ``får inte på eget initiativ:`` (round 48,
    nu48 fault 1): a cue modal read as a main verb (``få``, its own aim) with nothing after
    it but a negation, adverbs and prepositional phrases up to the lead-in's colon waits for
    its infinitives in the items: the lead-in is framed by its modal (`lead_in_frame`), as
    ``VD får inte:`` is, its negation included."""
    if frame.aim_start < 0 or frame.aim_text.lower() not in cues.modals:
        return False
    words = [t for t in doc if not t.is_space]
    if not words or words[-1].text not in _LEAD_IN_MARKS:
        return False
    modal = next((t for t in words if t.idx == frame.aim_start), None)
    if modal is None or not is_modal(modal):
        return False
    inverted = _inverted_subject_end(modal, doc._.actors or [])
    after = doc[inverted : words[-1].i]
    first = next((t for t in after if t.pos_ != "ADV" and t.lower_ not in GRAMMAR.negations), None)
    if any(is_verb(t) for t in after):
        return False
    if first is None:  # "Utan nämndens medgivande får chefen inte:" (V2, inverted subject)
        return inverted > modal.i + 1 and modal.i > modal.sent.start
    return first.pos_ == "ADP"


def _inverted_subject_end(modal: Token, mentions: Sequence[ActorMention]) -> int:
    """The token after an actor mention that stands right after ``modal`` (V2 inversion:
    ``I brådskande fall får ordföranden …``, ``… får verkställande direktören inte``), else
    the token right after the modal."""
    following = modal.i + 1
    return next((m.last_token + 1 for m in mentions if m.first_token == following), following)


def _closing_modal(doc: Doc, cues: DeonticCues) -> Statement | None:
    """``Förvaltningschefen får vidaredelegera beslut och ska`` + items, ``… och får inte:``:
    a lead-in that ends in a coordinator and a modal (and a negation) with no infinitive of
    its own hands that modal to its items; the coordinated verb phrase shares the subject of
    the statement before it, which keeps its own statement."""
    words = [t for t in doc if not t.is_punct]
    while words and words[-1].pos_ == "ADV" and words[-1].lower_ not in GRAMMAR.negations:
        words = words[:-1]  # "och ska även:"
    negated = bool(words) and words[-1].lower_ in GRAMMAR.negations
    if negated:
        words = words[:-1]
    if len(words) < 2 or words[-2].lower_ not in GRAMMAR.coordinators:
        return None  # "Nämnden ska:" alone is framed by `_governing`
    modal = words[-1]
    if not is_modal(modal) or modal.lower_ not in cues.modals:
        return None
    statements = doc._.statements or []
    before = [
        s
        for _, s in statements
        if s.actor is not None and s.actor.start < s.aim_start < modal.idx  # a subject, no agent
    ]
    if not before:
        return None
    deontic = cues.modals[modal.lower_]
    if negated:
        deontic = cues.negated_class.get(deontic, deontic)
    cue = doc[modal.i : modal.i + 1 + negated]
    frame = _frame(before[-1].actor, deontic, cue.text, modal.text)
    return replace(frame, modal=(cue.start_char, cue.end_char), negated=negated)


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
    (docs/annotation.md §5.1); the source may lack the genitive -s (``I VD uppgifterna``).
    The lead-in is the clause's last sentence: a flattened paragraph may open with others
    (``Nämnden ansvarar för biblioteken. Till nämndens uppgifter hör bland annat att:``)."""
    sentences = list(doc.sents)
    first = sentences[-1].start if sentences else 0
    if len(doc) - first < 4 or doc[first].lower_ not in {"i", "till"}:
        return None
    actor = mention_at(first + 1, doc._.actors or [])
    if actor is None or actor.last_token + 2 >= len(doc):
        return None
    noun, verb = doc[actor.last_token + 1], doc[actor.last_token + 2]
    if not is_task_noun(noun.lower_, cues) or verb.lower_ not in cues.containing_verbs:
        return None
    rest = doc[verb.i + 1 :].text.lower().rstrip(" :").split()
    modal_text = f"{doc[first].text} {noun.text} {verb.text}"
    if rest[-1:] == ["att"] and _adverbs_only(rest[:-1], cues.task_lead_in_adverbs):
        # "Till nämndens uppgifter hör (bland annat) att:" + infinitive items: duties
        frame = _frame(actor, "obligation", f"{modal_text} att", verb.text)
        return LeadIn(frame, incomplete=True)
    inner = _lead_in_infinitives(doc, verb, cues)
    if inner:
        # "I X:s uppdrag ligger att leda och samordna bland annat" ⏎ "– budgetarbetet":
        # the lead-in's infinitives, each completed by every item (round 57, cp C1)
        frames = tuple(
            _infinitive_frame(actor, f"{modal_text} att", word, doc) for word in inner
        )
        return LeadIn(frames[-1], incomplete=True, conjuncts=frames[:-1])
    if not _announces_list(rest):
        return None
    return LeadIn(_frame(actor, "responsibility", modal_text, verb.text), incomplete=True)


def _lead_in_infinitives(doc: Doc, verb: Token, cues: DeonticCues) -> list[Token]:
    """The infinitives of a containing lead-in that goes on past its ``att`` (``ligger att
    planera, leda samt följa upp bland annat``): hedges, ``att``, then verbs joined by a
    comma, ``och``, ``samt`` or ``eller``, each with at most one particle (grammar.yaml
    `bare_particles`), hedges last. The verbs are taken by their place, whatever the tagger
    calls them (it reads a bare infinitive after ``och`` as an adjective); a determiner, a
    preposition or an actor in a verb's place means the lead-in has an object: none."""
    words = [t for t in doc[verb.i + 1 :] if not t.is_space and t.text != ":"]
    lowered = [t.lower_ for t in words]
    if "att" not in lowered:
        return []
    at = lowered.index("att")
    adverbs = cues.task_lead_in_adverbs
    if not _adverbs_only(" ".join(lowered[:at]).split(), adverbs):
        return []
    found: list[Token] = []
    position = at + 1
    while position < len(words):
        word = words[position]
        if not _infinitive_by_place(word, doc):
            return []
        found.append(word)
        position += 1
        if position < len(words) and lowered[position] in GRAMMAR.bare_particles:
            position += 1
        if position < len(words) and (
            lowered[position] in GRAMMAR.coordinators or lowered[position] == ","
        ):
            position += 1
            continue
        hedges = " ".join(lowered[position:]).split()  # "bland annat" may be one token
        return found if _adverbs_only(hedges, adverbs) else []
    return []


def _infinitive_by_place(token: Token, doc: Doc) -> bool:
    """A word in a verb's place: lowercase letters, no determiner, preposition, pronoun or
    number, and no actor mention."""
    if not token.is_alpha or not token.is_lower or token.pos_ in {"DET", "ADP", "PRON", "NUM"}:
        return False
    return mention_at(token.i, doc._.actors or []) is None


def _infinitive_frame(
    actor: ActorMention, modal_text: str, word: Token, doc: Doc
) -> Statement:
    """The obligation frame of one infinitive inside the lead-in; its items are the object."""
    frame = _frame(actor, "obligation", modal_text, word.text)
    return replace(frame, aim=word.lower_, aim_start=word.idx, aim_end=word.idx + len(word))


def _adverbs_only(words: Sequence[str], adverbs: tuple[tuple[str, ...], ...]) -> bool:
    """``bland annat``, ``också``, ``även främst``: nothing but listed adverbs (one word or
    several) in a row, or nothing at all (``task_lead_in_adverbs``, round 25 B1)."""
    position = 0
    while position < len(words):
        step = max(
            (len(a) for a in adverbs if tuple(words[position : position + len(a)]) == a),
            default=0,
        )
        if not step:
            return False
        position += step
    return True


def _bare_actor_lead_in(doc: Doc) -> LeadIn | None:
    """A lead-in that is nothing but an actor noun phrase (``Kulturnämnden``, with or
    without a colon): its items are that actor's sentences without their subject
    (``– driver biblioteken``), each with its own cue or none (docs/annotation.md §5.1)."""
    mentions = doc._.actors or []
    if len(mentions) != 1 or doc._.statements:
        return None
    words = [t for t in doc if not t.is_punct]
    if not words:
        return None
    actor = mentions[0]
    if actor.genitive or any(
        not actor.first_token <= t.i <= actor.last_token and not _premodifier(t, actor)
        for t in words
    ):
        return None
    return LeadIn(_frame(actor, "none", None, ""), incomplete=False, bare=True)


def _relative_actor_lead_in(doc: Doc) -> LeadIn | None:
    """An actor noun phrase and its restrictive ``som`` relative clause, no colon
    (``Ombud som företräder en förening`` ⏎ ``– deltar i rådets möten``; round 39, B1): the
    relative (a finite verb and its complement) only restricts the actor, so its own
    mentions do not count and it states nothing (no cue, §5.1); the items are the actor's
    sentences, as under a bare actor lead-in."""
    mentions = doc._.actors or []
    if not mentions or doc._.statements:
        return None
    words = [t for t in doc if not t.is_punct]
    actor = mentions[0]
    som = actor.last_token + 1
    if actor.genitive or som + 2 >= len(doc) or doc[som].lower_ != "som":
        return None
    verb = doc[som + 1]
    if not (is_finite(verb) or present_by_spelling(verb)) or any(
        t.i < actor.first_token and not _premodifier(t, actor) for t in words
    ):
        return None  # "Ombud som företräder …": `som`, a finite verb and its complement
    return LeadIn(_frame(actor, "none", None, ""), incomplete=False, bare=True)


def _premodifier(token: Token, actor: ActorMention) -> bool:
    """An adjective before the actor's noun phrase (``Ordinarie årsmöte``, ``Extra
    bolagsstämma``, ``Stadgeenligt årsmöte``): the lead-in still names only the actor."""
    return token.i < actor.first_token and (
        token.pos_ == "ADJ" or token.lower_ in GRAMMAR.attributive_adjectives
    )


def named_actor(doc: Doc) -> ActorMention | None:
    """The actor of a clause that is nothing but an actor noun phrase: a heading, bullet or
    paragraph naming a unit (``•  Fritidsförvaltningen``), else None."""
    bare = _bare_actor_lead_in(doc)
    return bare.frame.actor if bare is not None else None


def handed_subject(doc: Doc) -> ActorMention | None:
    """The subject a clause hands the clauses after it that open with a subjectless finite
    verb (analysis-14 cause 3): a clause that breaks off after a coordinator or a comma
    (``Nämnden har, tillsammans med förvaltningen, ansvar för skolans lokaler, och`` ⏎
    ``Beslutar om skolskjuts`` ⏎ ``Yttrar sig över detaljplaner``) coordinates the verb
    phrases printed as the lines after it with its own, so its last statement's actor is
    their subject (docs/annotation.md §5.1). None for a clause that ends otherwise."""
    # the last word that is no space, found from the end
    last = next((doc[i] for i in range(len(doc) - 1, -1, -1) if not doc[i].is_space), None)
    if last is None:
        return None
    if not (last.text == "," or last.lower_ in GRAMMAR.coordinators):
        return None
    statements = [s for _, s in doc._.statements or [] if s.actor is not None]
    if not statements:
        return None
    return max(statements, key=lambda s: s.aim_start).actor


def opens_without_subject(doc: Doc | Span) -> bool:
    """The clause (or sentence) opens with a capitalised finite verb that has no subject: a
    description whose actor is the unit named just above it (``Ansvarar för
    idrottshallar.``, ``Driver brandstationerna …``; docs/annotation.md §5.1)."""
    words = [t for t in doc if not t.is_punct]
    if not words or not words[0].text[:1].isupper():
        return False
    first = words[0]
    if not is_finite(first) or first.pos_ not in {"VERB", "AUX"}:
        return False
    if first.lower_ in GRAMMAR.predicative_verbs:
        return False  # ``Är ett rådgivande organ …``: a definition of the unit (§2.5), no act
    return not any(child.dep_.startswith(("nsubj", "expl")) for child in first.children)


def opens_verb_first(doc: Doc | Span) -> bool:
    """The clause opens with a capitalised active finite verb, no modal, and is neither a
    question nor a verb-first condition (``Stödjer nämnderna i …``, a tagger's name for
    ``Samordnar``): a V1 description has no subject of its own, so the noun after the verb
    is its object even where the parser made it an inverted subject; under a unit named
    just above it, that unit is the subject (round 53, cb-P1; docs/annotation.md §5.1)."""
    words = [t for t in doc if not t.is_punct]
    if not words or not words[0].text[:1].isupper() or doc_text(doc).rstrip().endswith("?"):
        return False
    first = words[0]
    if not is_finite(first) or is_modal(first) or is_passive(first):
        return False
    if first.lower_ in GRAMMAR.predicative_verbs:
        return False  # ``Är ett rådgivande organ …``: a definition of the unit (§2.5), no act
    return v1_condition_end(first) is None


# The word classes a noun phrase opens with (an object after a postverbal subject).
_NOUN_PHRASE_START_POS = PRE_HEAD_POS | {"NOUN", "PROPN", "PRON"}


def names_postverbal_subject(doc: Doc | Span) -> bool:
    """Review56 S3: a verb-first sentence with a subject of its own after the verb (V-S-O):
    an actor named right after the opening verb and a noun phrase right after that actor
    (``Utser kommunfullmäktige ledamöter …``). An actor followed by a preposition, a
    coordinator or a stop is the verb's object (``Stödjer nämnderna i arbetet.``), and so is
    a genitive's noun phrase (``Förvaltar regionens lokaler.``)."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 2:
        return False
    mention = mention_at(words[1].i, words[1].doc._.actors or [])
    if mention is None or mention.first_token != words[1].i or mention.genitive:
        return False  # ``Förvaltar regionens sjukhus``: a genitive opens the object
    after = mention.last_token + 1
    return after < words[-1].i + 1 and words[0].doc[after].pos_ in _NOUN_PHRASE_START_POS


def glued_name(doc: Doc) -> tuple[ActorMention, Span] | None:
    """A unit's name and its description printed on one line with no stop between
    (``Kulturförvaltningen Ansvarar för bibliotek.``, a heading line joined to the next): the
    parse makes the name a sentence of its own, the next sentence opens with a capitalised
    subjectless finite verb. The name's actor and that sentence, else None."""
    if not doc.has_annotation("SENT_START"):
        return None  # an unparsed clause has no sentences to tell apart
    sentences = list(doc.sents)
    mentions = doc._.actors or []
    if len(sentences) != 2 or not opens_without_subject(sentences[1]):
        return None
    name = [m for m in mentions if sentences[0].start <= m.first_token < sentences[0].end]
    words = [t for t in sentences[0] if not t.is_punct]
    if len(name) != 1 or name[0].genitive or not words:
        return None
    actor = name[0]
    if any(not actor.first_token <= t.i <= actor.last_token for t in words):
        return None
    return actor, sentences[1]


_CELL_SEPARATOR = "|"  # the reader's join of a table row's cells (pipeline/ingest)


def label_row(doc: Doc) -> tuple[ActorMention, Span] | None:
    """gen56 E: a flattened table row whose first cell is an actor label and whose second
    cell opens with a finite verb (``Nämndsekreteraren | Samordnar och bereder …``,
    ``Kommunfullmäktige Fastställer …`` where the cells' run of spaces became one): the
    capitalised word right after the label (past a ``|``) that opens a verb-first phrase
    (`verb_first_word`, round 57: the test items and heading lines share) or that is finite,
    whatever the tagger read (a name, a noun), opens the cell's verb phrase, and the label
    is its subject. The label opens the clause and is no genitive. The label's actor and
    the rest of the row, else None."""
    words = [t for t in doc if not t.is_space]
    if not words:
        return None
    label = mention_at(words[0].i, doc._.actors or [])
    if label is None or label.first_token != words[0].i or label.genitive:
        return None
    after = label.last_token + 1
    while after < len(doc) and (doc[after].is_space or doc[after].text == _CELL_SEPARATOR):
        after += 1
    if after >= len(doc):
        return None
    verb, text = doc[after], doc[after].text
    if not (text.isalpha() and text[:1].isupper() and text[1:].islower()):
        return None  # a row opens its cell with a capital; an acronym is no verb
    if not (verb_first_word(verb) or is_finite(verb)):
        return None
    return label, doc[after:]


def _continues_condition(doc: Doc) -> bool:
    """The lead-in ends in a condition opener (``enligt``, ``i enlighet med bl.a.``) whose
    complement is the list."""
    words = doc_text(doc).lower().rstrip(" :").split()
    hedge = next((h for h in GRAMMAR.list_hedges if _ends_with(words, h)), None)
    if hedge is not None:
        words = words[: -len(hedge)]
    return any(_ends_with(words, opener) for opener in GRAMMAR.conditions_anywhere)


def _ends_with(words: Sequence[str], phrase: Sequence[str]) -> bool:
    return len(words) >= len(phrase) and tuple(words[-len(phrase) :]) == tuple(phrase)


def _incomplete(doc: Doc, frame: Statement, colon: bool = True) -> bool:
    """A lead-in is incomplete when its action has no object, its object announces the
    list (``fokusera följande``) or breaks off (``besluta om``, ``ansvarar för bl.a.``), or
    the lead-in ends in a colon (`colon`: unless its items are conditions). A sentence with
    no object closed by a full stop is complete (``Vid kansliet arbetar även registratorn.``
    over field-label bullets keeps its statement; round 54, cg-R6) unless it points to the
    list (`_points_to_list`)."""
    if colon and _closes_frame(doc, frame):
        return True
    if frame.object_span is None:
        return not _full_stop(doc) or _points_to_list(doc, frame)
    words = doc_text(doc)[slice(*frame.object_span)].lower().split()
    if any(word in GRAMMAR.list_announcers for word in words):
        return True
    if any(_ends_with(words, hedge) for hedge in GRAMMAR.list_hedges):
        return True  # "ansvarar för bl.a."
    last = doc.char_span(*frame.object_span, alignment_mode="expand")
    if last is None:
        return False
    # "ska besluta om"; "har till uppgift att" (the infinitive marker without its verb);
    # "uppgifter avseende" (a participle-like preposition, whatever its tag)
    return (
        last[-1].pos_ in {"ADP", "SCONJ", "DET"}
        or last[-1].lower_ in _INFINITIVE_MARKERS
        or last[-1].lower_ in GRAMMAR.lead_in_closing_prepositions
        or _awaits_head(last[-1])
    )


def _closes_frame(doc: Doc, frame: Statement) -> bool:
    """A colon closes a lead-in; a semicolon (`_LEAD_IN_MARKS`) only one whose frame has no
    object (``får bolaget även;``): after an object (``ska fastställa budget;``) it ends a
    complete sentence of a series, and the items add to it (review 54, item 5)."""
    mark = doc_text(doc).rstrip()[-1:]
    return mark == ":" or (mark in _LEAD_IN_MARKS and frame.object_span is None)


def _points_to_list(doc: Doc, frame: Statement) -> bool:
    """``Ekonomichefen ska besluta enligt nedan.``, ``… besluta i följande.``: a word after
    the aim that announces the list (`list_announcers`) or points forward to it
    (`list_pointers`) awaits the items, whatever closes the sentence (review 54, item 4)."""
    words = doc_text(doc)[max(frame.aim_start, 0) :].lower().split()
    pointers = GRAMMAR.list_announcers | GRAMMAR.list_pointers
    return any(word.strip(".,;:!?") in pointers for word in words)


def _full_stop(doc: Doc) -> bool:
    """The lead-in's last token is a sentence's full stop (not an abbreviation's dot)."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    return last is not None and last.text == "." and len(doc) > 1 and not doc[last.i - 1].is_punct


def _broken_off_cue(doc: Doc, frame: Statement, cues: DeonticCues) -> bool:
    """``Det ankommer på nämnden att inom sitt område`` ⏎ ``– främja …``, ``Det ankommer
    vidare på nämnden`` ⏎ ``– att förvalta …``: a lead-in whose aim is its own cue verb
    (no infinitive found) while the cue takes one that never comes (`broken_off_complement`)
    is incomplete; its items bring the infinitive (round 47, nominal duty frames)."""
    if frame.modal is None or frame.aim_start < 0 or frame.aim_start != frame.modal[0]:
        return False
    cue = doc.char_span(*frame.modal, alignment_mode="expand")
    if cue is None:
        return False
    found = expletive_cue(cue[0], cue.end, doc._.actors or [], cues)
    complement = None if found is None else found[1]
    return broken_off_complement(cue.end, complement, cue[0].sent)


def _awaits_head(token: Token) -> bool:
    """``… tillsyn av kommunens`` ⏎ ``- simhallar``, ``… underhållet av de kommunala`` ⏎
    ``- konstgräsplanerna``: a lead-in broken off at a genitive (spelled with its ``-s``) or
    at an adjective after a determiner, adjective or genitive waits for the head noun each
    item gives it (round 45, bj-C7)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return "Gen" in morph_values(token, "Case") and token.lower_.endswith("s")
    if token.pos_ != "ADJ" or token.i == 0:
        return False
    return _before_head(token.doc[token.i - 1])


_INFINITIVE_MARKERS = frozenset({"att"})


def _proposes_decision(doc: Doc, frame: Statement) -> bool:
    """``Kulturnämnden föreslår regionfullmäktige besluta:``, ``Styrelsen föreslår att
    stämman beslutar:``: a proposal verb (``proposal_verbs``) without a cue whose object
    holds the proposed decision's own verb is complete; its items are the decision's
    points, clauses of their own (``1. Planen antas.``), and take nothing from it (round
    22, cause B3)."""
    if frame.deontic != "none" or frame.aim not in GRAMMAR.proposal_verbs:
        return False
    return any(
        token.idx >= frame.aim_end and token.pos_ == "VERB" for token in doc
    )


def _copula_relative_colon(doc: Doc, frame: Statement) -> bool:
    """``Fullmäktige är kommunens högsta organ, som beslutar i frågor som rör:``: a copula
    frame (`vara`, whose complement is its predicative, never a list) whose colon closes a
    relative clause opened after that predicative, its finite verb the last word and its
    antecedent no actor, is complete: the items complete the relative clause's verb and
    take nothing from the copula (round 49 B2; a frame of another verb keeps §5.1)."""
    if frame.aim not in GRAMMAR.copulas or frame.aim_start < 0:
        return False
    if not closes_lead_in(doc):
        return False
    words = [t for t in doc if not t.is_punct]
    if not words or not is_finite(words[-1]):
        return False
    in_actor = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    opener = subordinator_of(words[-1], words[-1].sent, in_actor)
    if opener is None or opener.lower_ not in GRAMMAR.relative_pronouns or opener.i == 0:
        return False
    antecedent = doc[opener.i - 1] if doc[opener.i - 1].text != "," else doc[opener.i - 2]
    predicative = any(
        t.pos_ in {"NOUN", "PROPN"} for t in doc[: opener.i] if t.idx >= frame.aim_end
    )
    return predicative and antecedent.i not in in_actor


def _copula_purpose_relative(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """``Föreningen är en ideell förening vars syfte är att:`` / ``… som har till ändamål
    att:``: a purpose cue in a relative clause on a copula's predicative, its ``att`` the last
    word before the colon, refers to the predicative, not to an actor. The lead-in is
    complete with the copula's statement (subject, none, vara) and the infinitive items state
    nothing (docs/annotation.md round 43 and round 49 B2; round 51 bq-E)."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 6 or words[-1].lower_ != "att" or not closes_lead_in(doc):
        return None
    opener = _purpose_relative_opener(doc, words, cues)
    if opener is None:
        return None
    copula = next(
        (t for t in doc[: opener.i] if t.lower_ in GRAMMAR.copulas and is_finite(t)), None
    )
    if copula is None or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[copula.i + 1 : opener.i]):
        return None
    subject = next(
        (m for m in doc._.actors or [] if m.last_token == copula.i - 1 and not m.genitive), None
    )
    if subject is None:
        return None
    predicative = doc[copula.i + 1 : opener.i]
    frame = Statement(
        actor=subject,
        deontic="none",
        modal=None,
        modal_text=None,
        aim=verb_lemma(copula),
        aim_start=copula.idx,
        aim_end=copula.idx + len(copula),
        aim_text=copula.text,
        negated=False,
        passive=False,
        object_span=(predicative.start_char, predicative.end_char),
        condition_span=None,
    )
    return LeadIn(frame, incomplete=False, closed=True)


def _purpose_relative_opener(doc: Doc, words: list[Token], cues: DeonticCues) -> Token | None:
    """The relative pronoun of a closing purpose relative: a genitive relative, a purpose
    noun, the copula and ``att`` (``vars syfte är att``), or a relative pronoun before a
    purpose cue that ends in the last ``att`` (``som har till ändamål att``)."""
    genitive, noun, copula = words[-4:-1]
    if (
        genitive.lower_ in GRAMMAR.genitive_relative_pronouns
        and (noun.lemma_ in cues.purpose_nouns or noun.lower_ in cues.purpose_nouns)
        and copula.lower_ in GRAMMAR.copulas
    ):
        return genitive
    index: CueIndex = doc.user_data.get("styrdok_cues", {})
    for verb in words[-6:-3]:
        phrase = phrase_at(verb, index, cues)
        opener = doc[verb.i - 1] if verb.i > 0 else None
        if (
            phrase is not None
            and phrase[1] == words[-1].i + 1
            and opener is not None
            and opener.lower_ in GRAMMAR.relative_pronouns
        ):
            return opener
    return None


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
    deontic and cue that the list items share (aim empty: each item brings its own). Only a
    main clause's modal or cue frames a list; one inside an ``att``/``som``/``om`` clause of a
    complete lead-in (``Syftet är att bolaget skall skötas långsiktigt.``) frames nothing. A
    closing modal whose subject is no actor (``Beslut som fattas på delegation ska:``) frames
    its items without an actor: their passive infinitives have the implicit one."""
    index: CueIndex = doc.user_data.get("styrdok_cues", {})
    mentions = doc._.actors or []
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    main_verb_seen = False
    for token in doc[start:]:
        if not is_finite(token) or token.i in in_actor:
            continue
        subordinate = subordinator_of(token, token.sent, in_actor) is not None
        if subordinate and (main_verb_seen or _main_verb_after(token, in_actor)):
            continue  # "Syftet är att bolaget skall skötas …", "För att nämnden ska kunna …
            # ska förvaltningen:": a modal of a subordinate clause
        # Only after a main clause's verb is a modal a subordinate one: "Kommunen som ägare
        # ska:" has no relative clause without a main clause around it, and "Utöver vad som
        # föreskrivs i lag ska nämnden:" fronts a clause before its V2 modal.
        main_verb_seen = main_verb_seen or not subordinate
        subject_end = _inverted_subject_end(token, mentions)
        negated = any(t.lower_ in GRAMMAR.negations for t in doc[subject_end : subject_end + 2])
        if is_modal(token) and token.lower_ in cues.modals:
            deontic = cues.modals[token.lower_]
            # the cue "får inte", but "får" alone before an inverted subject ("får VD inte")
            end = token.i + 1 + (negated and subject_end == token.i + 1)
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
        actor = actor or expletive_cue_actor(token, end, mentions, cues)  # "Det ankommer på X:"
        if actor is None and not _modal_of_thing(doc, token, end, cues):
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
            passive=actor is None,  # a thing's modal: its items are agentless passives
            object_span=None,
            condition_span=None,
        )
    return None


def _main_verb_after(token: Token, in_actor: set[int]) -> bool:
    """A finite verb of the main clause later in the sentence (a fronted clause's V2 verb)."""
    return any(
        is_finite(t) and t.i not in in_actor and subordinator_of(t, t.sent, in_actor) is None
        for t in token.doc[token.i + 1 : token.sent.end]
    )


def _modal_of_thing(doc: Doc, modal: Token, end: int, cues: DeonticCues) -> bool:
    """``Beslut som fattas på delegation ska:`` + ``– anmälas till nämnden``: a modal that
    closes the lead-in (nothing but punctuation after it) after a noun subject that is no
    actor; its passive items are agentless passives with a deontic cue (docs/annotation.md
    §5.2), its active ones have no actor."""
    closing = all(t.is_punct for t in doc[end:])
    noun_before = any(t.pos_ in {"NOUN", "PROPN"} for t in doc[modal.sent.start : modal.i])
    return is_modal(modal) and modal.lower_ in cues.modals and closing and noun_before


def _presentational_lead_in(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """``I förvaltningen ingår`` + ``1. ekonomienheten,``; ``Inom regionen ska finnas följande
    nämnder:`` + ``– kulturnämnden``: a lead-in whose last predicate is a presentational verb
    (`presentational_verbs`) in a V2 main clause, with its late subject missing or announced
    by ``följande`` (``följande (två) enheter``), is incomplete; its items name the subjects.
    A named conjunct before ``följande`` (``hör chefsjuristen och följande enheter:``) keeps
    its statement, the announcing noun phrase gives none (round 33, B1; §5.1, §5.2)."""
    if _containing_lead_in(doc, cues) is not None:
        return None  # "I nämndens uppgifter ingår bl.a.:": the actor's tasks (§5.1)
    sentences = list(doc.sents)
    if not sentences:
        return None
    sentence = sentences[-1]
    mentions = doc._.actors or []
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    verb = next(
        (t for t in reversed(sentence) if _presentational_verb(t) and t.i not in in_actor), None
    )
    finite = _finite_of(verb, cues) if verb is not None else None
    if verb is None or finite is None or finite.i == sentence.start:
        return None
    if doc[sentence.start].pos_ not in {"ADP", "ADV"}:
        return None  # "Följande regler finns:": a subject before the verb, no V2 inversion
    governing = _governing(doc, cues)
    if governing is not None and governing[1].aim_start != verb.idx:
        return None  # a cue or another verb frames the list ("Till X:s åligganden hör:")
    if subordinator_of(finite, sentence, in_actor) is not None:
        return None
    if any(t.lower_ == "det" for t in doc[finite.i - 1 : verb.i + 2]):
        return None  # "I nämnden ska det finnas:": the expletive is the subject
    if any(
        s.aim_start == verb.idx and s.actor is not None and s.actor.first_token < finite.i
        for _, s in doc._.statements or []
    ):
        return None  # "Ekonomichefen ingår …": the subject stands before the verb
    rest = [t for t in doc[verb.i + 1 : sentence.end] if not t.is_punct]
    announced = _announced_subject(rest)
    if announced is None:
        return None
    frame = _actorless_frame(finite, verb, verb_lemma(verb), cues, passive=False)
    doc._.statements = [
        (index, s)
        for index, s in doc._.statements or []
        if s.actor is None or s.actor.first_token not in announced
    ]
    organisations = any(
        m.first_token in announced and m.category == "organisation" for m in mentions
    )
    return LeadIn(frame, incomplete=True, presented=True, organisations=organisations)


def _actorless_frame(
    finite: Token, verb: Token, lemma: str, cues: DeonticCues, *, passive: bool
) -> Statement:
    """The frame of a lead-in whose items name the verb's subject or agent: no actor, the
    deontic of the modal before the verb (``ska``; a negation between turns it), no modal
    where the verb is finite itself."""
    doc = verb.doc
    negated = any(t.lower_ in GRAMMAR.negations for t in doc[finite.i : verb.i])
    deontic = cues.modals.get(finite.lower_, "none") if finite is not verb else "none"
    if negated:
        deontic = cues.negated_class.get(deontic, deontic)
    cue = doc[finite.i : finite.i + 1 + negated] if finite is not verb else None
    return Statement(
        actor=None,
        deontic=deontic,
        modal=(cue.start_char, cue.end_char) if cue is not None else None,
        modal_text=cue.text if cue is not None else None,
        aim=lemma,
        aim_start=verb.idx,
        aim_end=verb.idx + len(verb.text),
        aim_text=verb.text,
        negated=negated,
        passive=passive,
        object_span=None,
        condition_span=None,
    )


def _presentational_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and (
        verb_lemma(token) in GRAMMAR.presentational_verbs
        or token.lower_ in GRAMMAR.presentational_verbs
    )


def _finite_of(verb: Token, cues: DeonticCues) -> Token | None:
    """The presentational verb's finite verb: itself, or the modal before it with adverbs
    and a negation between (``ska även finnas``, ``får inte ingå``)."""
    if is_finite(verb):
        return verb
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if is_modal(token) and token.lower_ in cues.modals:
            return token
        if token.pos_ != "ADV" and token.lower_ not in GRAMMAR.negations:
            return None
    return None


def _announced_subject(rest: Sequence[Token]) -> frozenset[int] | None:
    """The words after a presentational verb leave its late subject to the list: nothing but
    adverbs and hedges (``ingår bland annat:``), or ``följande`` (+ numeral, adjectives,
    one noun) closing the clause, alone or after named conjuncts. The token indices of the
    announcing noun phrase (empty when it is missing); None when a subject stands there."""
    words = [t.lower_ for t in rest]
    if all(t.pos_ == "ADV" for t in rest) or _announces_list(words):
        return frozenset()
    counted = _counted_subject(rest)
    if counted is not None:
        return counted
    opener = next((t for t in rest if t.lower_ in GRAMMAR.list_announcers), None)
    if opener is None:
        return None
    phrase = [t for t in rest if t.i >= opener.i]
    joint = opener.nbor(-1)
    if rest[0] is not opener and not (joint.lower_ in GRAMMAR.coordinators or joint.text == ","):
        return None  # "finns fem följande …": no named conjunct before the announcer
    tail = phrase[1:]
    nouns = [t for t in tail if t.pos_ in {"NOUN", "PROPN"} and not _numeral_word(t)]
    if len(nouns) > 1 or any(
        t.pos_ not in {"NUM", "ADJ", "NOUN", "PROPN"} and not _numeral_word(t) for t in tail
    ):
        return None
    if nouns and tail[-1] is not nouns[0]:
        return None
    return frozenset(t.i for t in phrase)


def _counted_subject(rest: Sequence[Token]) -> frozenset[int] | None:
    """``finns (också) tre helägda bolag:``: a late subject of a cardinal above one,
    adjectives and one plural noun closing the clause on a colon announces its list like
    ``följande`` (round 53, analysis 53-cb P10): the indices of that noun phrase, else
    None."""
    words = [t for t in rest if t.pos_ != "ADV" or _numeral_word(t)]
    if len(words) < 2 or not _numeral_word(words[0]):
        return None
    if words[0].lower_ in GRAMMAR.indefinite_articles:
        return None  # "en", "ett": one, no count above one
    noun = words[-1]
    if noun.pos_ not in {"NOUN", "PROPN"} or "Plur" not in morph_values(noun, "Number"):
        return None
    if any(t.pos_ != "ADJ" for t in words[1:-1]):
        return None
    after = noun.i + 1
    if after >= len(noun.doc) or noun.doc[after].text != ":":
        return None
    return frozenset(t.i for t in words)


def _numeral_word(token: Token) -> bool:
    """A numeral whatever the tagger reads: ``fyra`` (NUM), and the spelled numerals it may
    tag as a noun or an adjective (``tretton``, ``nitton``, ``tjugoen``; round 52 l1)."""
    return token.pos_ == "NUM" or token.lower_ in GRAMMAR.spelled_numerals


def _passive_agent_lead_in(doc: Doc, cues: DeonticCues) -> LeadIn | None:
    """``Ärendet avgörs av`` + ``– ordföranden``, ``Beslut fattas av följande:``, ``Protokollet
    ska justeras av:``: a lead-in whose main clause closes on a passive (finite, or an
    infinitive after its modal) and its ``av`` without the agent (adverbs between, ``följande``
    after) is incomplete; each actor noun phrase of an item is the agent of that verb, with the
    lead-in's deontic and modal, and the lead-in's own subject gives nothing (round 35, B1;
    docs/annotation.md §5.1, §5.2). A passive of composition (``utgörs av:``) names members,
    no agents, and ``omfattas av`` no agent either: those keep the other readings."""
    sentences = list(doc.sents)
    if not sentences:
        return None
    sentence = sentences[-1]
    words = [t for t in sentence if not t.is_punct]
    while words and words[-1].lower_ in GRAMMAR.list_announcers:
        words = words[:-1]
    if len(words) < 2 or words[-1].lower_ != "av":
        return None
    position = len(words) - 2
    while position > 0 and words[position].pos_ == "ADV":
        position -= 1  # "avgörs ytterst av"
    verb = words[position]
    if not is_verb(verb) or not is_passive(verb):
        return None  # "Kommunstyrelsen biträds av": a verb however tagged
    lemma = verb_lemma(verb)
    if lemma in GRAMMAR.composition_verbs | GRAMMAR.member_verbs | GRAMMAR.stative_passives:
        return None
    finite = _modal_before(verb, cues) or _finite_of(verb, cues)
    mentions = doc._.actors or []
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    if finite is None or subordinator_of(finite, sentence, in_actor) is not None:
        return None  # "Beslut som fattas av:" has no main clause of its own
    frame = _actorless_frame(finite, verb, lemma, cues, passive=True)
    doc._.statements = [
        (index, s) for index, s in doc._.statements or [] if s.aim_start != verb.idx
    ]
    return LeadIn(frame, incomplete=True, agented=True)


def _fills_scope_phrase(doc: Doc, frame: Statement) -> bool:
    """``Stiftelsen har till ändamål att främja forskning inom följande områden:``, ``ska
    bevaka medlemmarnas intressen på dessa områden:``: the frame's verb has its own complement
    (a noun between it and the closing phrase) and the lead-in closes on a prepositional
    phrase whose noun of domain or matter (`scope_nouns`) an announcer opens
    (`scope_determiners`): the noun items fill that phrase, no object of the verb, so the
    lead-in is complete; an infinitive item still continues it (round 35, B2; §5.1). Only
    the lead-in's own ``att``-infinitive: a finite verb or a modal's infinitive (``fullgör
    kommunens uppgifter inom följande områden:``, ``ska besluta i följande frågor:``) keeps
    §5.1's incomplete reading, its noun items completing the verb. A bare indefinite plural
    scope noun announces the list like `följande` (``inom områden:``, round 51 ruling n2)."""
    if frame.aim_start < 0 or frame.object_span is None or not _att_infinitive(doc, frame):
        return False
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or not words[-1].lower_.endswith(GRAMMAR.scope_nouns):
        return False
    if words[-2].pos_ == "ADP" and _bare_plural(words[-1]):
        preposition = words[-2]
        complement = [t for t in words if frame.aim_end <= t.idx < preposition.idx]
        return any(t.pos_ in {"NOUN", "PROPN"} for t in complement)
    position = len(words) - 2
    while (
        position > 0
        and words[position].pos_ in {"ADJ", "NUM"}
        and words[position].lower_ not in GRAMMAR.scope_determiners
    ):
        position -= 1  # "inom följande två områden"
    determiner, preposition = words[position], words[position - 1]
    if determiner.lower_ not in GRAMMAR.scope_determiners or preposition.pos_ != "ADP":
        return False
    complement = [t for t in words if frame.aim_end <= t.idx < preposition.idx]
    return any(t.pos_ in {"NOUN", "PROPN"} for t in complement)


def _modal_before(verb: Token, cues: DeonticCues) -> Token | None:
    """The modal of a passive spelled alike in the present and the infinitive (``får inte
    fattas``), with adverbs and a negation between, else None."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if is_modal(token) and token.lower_ in cues.modals:
            return token
        if token.pos_ not in {"ADV", "PART"} and token.lower_ not in GRAMMAR.negations:
            return None
    return None


def _bare_plural(noun: Token) -> bool:
    """An indefinite plural noun (``områden``, ``frågor``) by its morphology."""
    return noun.morph.get("Number") == ["Plur"] and noun.morph.get("Definite") == ["Ind"]


def _att_infinitive(doc: Doc, frame: Statement) -> bool:
    """The frame's verb is an infinitive after ``att`` (adverbs between): ``har till ändamål
    att främja …``, or one coordinated with such an infinitive (``att stödja X och främja
    Y``: the conjunct shares the `att`; round 51, an-C3)."""
    verb = doc.char_span(frame.aim_start, frame.aim_end)
    return verb is not None and _after_att(verb.root)


def _after_att(verb: Token) -> bool:
    doc = verb.doc
    position = verb.i - 1
    while position >= 0 and doc[position].pos_ == "ADV":
        position -= 1
    if position >= 0 and doc[position].lower_ == "att":
        return True
    head = verb.head
    return verb.dep_ == "conj" and head.i < verb.i and head.pos_ == "VERB" and _after_att(head)
