"""Clause scope for `find_statements`: which clause a finite verb or an actor belongs to.

Relative clauses (with or without ``som``), clefts, insertions and ``att``-clauses, and where a
coordinated verb starts a group of its own (its own cue, voice or subject).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import replace
from functools import lru_cache
from os.path import commonprefix

from spacy.tokens import Doc, Span, Token

from pipeline.language.forms import (
    CITED_DEFINITE_ENDINGS,
    DEFINITE_ENDINGS,
    DEFINITE_PLURAL_ENDINGS,
)
from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.language.spelling import present_spelling
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.coordination import (
    active_after_modal_passive,
    gapped_passive_infinitive,
    in_open_som_clause,
    main_clause_after_relative,
    open_som_before,
    passive_infinitive_conjunct,
    subject_relative_main_conjunct,
)
from pipeline.nlp.cues import CueIndex, phrase_at
from pipeline.nlp.groups import Group
from pipeline.nlp.memo import (
    doc_arrays,
    doc_memoised,
    doc_text,
    doc_tokens,
    morph_values,
    sentence_end,
    sentence_start,
)
from pipeline.nlp.places import statute_word
from pipeline.nlp.subjects import (
    adverbial_cleft_som,
    adversative_after_relative,
    cleft_focus_end,
    focus_insertion_start,
    genitive_noun,
    mention_at,
    predicative_noun,
    slash_alias_end,
    som_antecedent,
    subordinator_of,
)
from pipeline.nlp.verb_fallbacks import (
    after_threshold_relative,
    cell_opening_passive,
    genitive_noun_tag,
)
from pipeline.nlp.verb_forms import (
    is_modal,
    lexicon_infinitive,
    participle_spelling,
    past_adverbs_and_negations,
)
from pipeline.nlp.verbs import (
    is_finite,
    is_infinitive,
    is_passive,
    is_verb,
    opens_infinitive_clause,
    present_by_spelling,
    tense_of,
)
from pipeline.normalize.words import actor_lexicon
from pipeline.patterns import QUOTATION_MARKS, REFERENCE_UNIT_WORDS


def without_taken(group: Group, used: set[int]) -> Group:
    """``planerar X, utövar [ADV] Y och följer upp Z``: a finite conjunct an earlier verb's
    chain already took (past a verb the tagger missed) is not this verb's too (an
    infinitive may be shared by a modal's chain and that of a clause inside it)."""
    kept = tuple(
        v
        for position, v in enumerate(group.verbs)
        if not position or v.i not in used or not is_finite(v)
    )
    return group if len(kept) == len(group.verbs) else replace(group, verbs=kept)


def own_cues_apart(group: Group, index: CueIndex, cues: DeonticCues) -> Group:
    """``leder och fördelar arbetet samt ansvarar för arbetsmiljön``: a coordinated verb that
    opens a cue of its own starts its own group (with its own deontic)."""
    for position, verb in enumerate(group.verbs[1:], start=1):
        if is_finite(verb) and phrase_at(verb, index, cues) is not None:
            return replace(group, verbs=group.verbs[:position])
    return group


def own_voice_apart(group: Group) -> Group:
    """``leder förvaltningen och utses av kommunstyrelsen``, ``fattas av nämnden och
    verkställs av förvaltningen``: a finite conjunct where a passive is involved starts its
    own group, so that each passive finds its own ``av``-agent and an active verb is not
    given one."""
    first = group.verbs[0]
    for position, verb in enumerate(group.verbs[1:], start=1):
        if _shared_agent(group.verbs[position - 1], verb):
            continue
        if gapped_passive_infinitive(verb, first):
            continue  # "ska läggas till X och resten disponeras": the modal's (round 39, K-B4)
        if passive_infinitive_conjunct(verb, first):
            continue  # "ska ske årligen och rapporteras": the modal's (round 49, ao G3)
        if is_finite(verb) and (is_passive(verb) or is_passive(first)):
            return replace(group, verbs=group.verbs[:position])
    return group


def _shared_agent(previous: Token, verb: Token) -> bool:
    """``väljs eller entledigas av fullmäktige``: passives joined by a bare conjunction (no
    ``av``-agent of the first between them) share the agent after the last conjunct."""
    if not (is_passive(previous) and is_passive(verb)):
        return False
    between = previous.doc[previous.i + 1 : verb.i]
    # "kan inte ändras (rättas) av sekreteraren": a bracketed restatement (round 34, B6)
    return len(between) == 1 and (
        between[0].lower_ in GRAMMAR.coordinators or between[0].text == "("
    )


def np_start(mention: ActorMention, group: Group) -> int:
    """Where an inverted subject's noun phrase starts: its determiner and adjectives too
    (``har den politiska ledningen``), and a genitive determiner (``övertar skolans närmaste
    chef``, round 48), also one the tagger reads as a verb but tags a noun's genitive
    (``samverkar förbundens [VERB] äldsta aktiva medlemmar``): the object after the verb
    starts past all of it."""
    doc = group.finite.doc
    start = mention.first_token
    while start - 1 > group.finite.i and (
        doc[start - 1].pos_ in {"DET", "ADJ"}
        or genitive_noun(doc[start - 1])
        or genitive_noun_tag(doc[start - 1])
    ):
        start -= 1
    return start


def own_subjects_apart(group: Group, in_actor: set[int]) -> Group:
    """``beslutar om taxor, men kommunstyrelsen ser över avgifterna``: a conjoined verb right
    after an actor of its own (its determiners and adjectives before it: ``och varje kommun
    har``) opens a new clause with that subject."""
    doc = group.finite.doc
    for position, verb in enumerate(group.verbs[1:], start=1):
        if _inserted_contact_relative(group.verbs[position - 1], verb):
            return replace(group, verbs=group.verbs[:position])
        if verb.i - 1 not in in_actor or not is_finite(verb):
            continue
        opening = verb.i - 1
        while opening - 1 in in_actor:
            opening -= 1
        while opening - 1 > group.finite.i and doc[opening - 1].pos_ in _SUBJECT_PREMODIFIERS:
            opening -= 1  # "och varje kommun har …", "och alla ledamöter deltar" (round 20, B5)
        joint = doc[opening - 1] if opening > 0 else None
        if joint is not None and (joint.lower_ in GRAMMAR.coordinators or joint.text == ","):
            return replace(group, verbs=group.verbs[:position])
    return group


_SUBJECT_PREMODIFIERS = frozenset({"DET", "ADJ", "NUM"})
_CONTACT_RELATIVE_OPENERS = frozenset({"det", "den", "de", "dem"})


def _inserted_contact_relative(previous: Token, verb: Token) -> bool:
    """``verkställer det nämnden, i särskilt beslut, har fastställt`` (round 30, B5): a finite
    verb after ``det``/``den``/``de`` + a noun phrase and an insertion in commas (dashes,
    parentheses) is the verb of a relative clause without ``som``, no conjunct of the verb
    before (`embedded_without_subordinator`)."""
    if not is_finite(verb):
        return False
    doc = verb.doc
    start = previous.i + 1
    end = _before_insertions(doc, start, verb.i)
    if end == verb.i or end - start < 2 or doc[start].lower_ not in _CONTACT_RELATIVE_OPENERS:
        return False
    return not any(t.is_punct or t.lower_ in GRAMMAR.coordinators for t in doc[start:end])


def relative_conjunct(
    finite: Token, in_relative: set[int], opening_end: int | None, main_end: int | None
) -> bool:
    """A verb the parser conjoins to a relative clause's verb belongs to that clause, unless
    it stands in the V2 place after the opening subject and its insertion (``Revisorerna,
    som väljs av fullmäktige, granskar …``); so does a verb of its comma series."""
    if opening_end == finite.i - 1 or after_threshold_relative(finite) is not None:
        return False  # "Delägare vars andel är 25 % eller mer utser …" (round 51, ax C2)
    if finite.dep_ == "conj" and finite.head.i in in_relative:
        return not subject_relative_main_conjunct(finite, finite.head)
    relative_verb = _relative_of_conjoined_noun(finite, in_relative)
    if relative_verb is not None:
        return not (
            subject_relative_main_conjunct(finite, relative_verb)
            # "som ska avgöras av styrelsen och verkställer …" (round 55, ch-R3)
            or active_after_modal_passive(finite, relative_verb)
        )
    before = _finite_before_joint(finite)
    return (
        before is not None
        and before.i in in_relative
        and main_end is not None
        and main_end < before.i
        and _in_relative_series(finite, before)
    )


def _relative_of_conjoined_noun(finite: Token, in_relative: set[int]) -> Token | None:
    """``Planen är ett dokument som antas av nämnden och följs upp av förvaltningen``
    (round 55, ci-P1): a finite verb right after a coordinator that the parser conjoins to
    the noun a relative clause is on, past that clause's verb, or to a noun inside that
    clause (``som väljs i allmänna val eller utses av X``), continues the relative clause as
    a conjunct of its verb would: that verb, or None."""
    head = finite.head
    if finite.dep_ != "conj" or head.pos_ not in {"NOUN", "PROPN"} or head.i >= finite.i:
        return None
    if finite.i - 1 <= head.i or finite.doc[finite.i - 1].lower_ not in GRAMMAR.coordinators:
        return None
    inside = next((a for a in (head, *head.ancestors) if a.i in in_relative), None)
    if inside is not None and inside.i < finite.i:
        return inside  # "som väljs i allmänna val eller utses av X": hung on `val`
    return next(
        (c for c in head.children
         if c.dep_ == "acl:relcl" and c.i in in_relative and c.i < finite.i),
        None,
    )


def agent_relative_conjunct(finite: Token) -> Token | None:
    """``Fonden förvaltas av en nämnd som har tillsyn över X och svarar för att …``: an
    active finite verb right after ``och``/``samt``/``eller`` (no comma, no subject of its
    own) past a relative clause on the ``av``-agent of a passive main verb, or on a noun after
    the main verb, in commas (round 42) or not (round 54, ce-C11), continues that relative
    clause, not the main clause (the passive's subject does not act): the ``som`` it
    shares, or None (round 37, B3; docs/annotation.md §5.1: only a cue makes it a
    statement, of the antecedent); a comma may set the relative clause off. The relative
    may hold a series of three or more finite verbs (``som är X, leder Y och är chef för
    Z``): the walk back to ``som`` passes every comma or coordinator followed by a finite
    verb (`_series_joint`), and a verb after a comma of such a series (one closed by a
    coordinator + a finite verb later) continues the relative too (round 54, ce-R2)."""
    doc = finite.doc
    joint = finite.i - 1
    start = sentence_start(finite)
    if joint <= start:
        return None
    if doc[joint].lower_ not in GRAMMAR.coordinators and not (
        doc[joint].text == "," and _closed_series(doc[joint])
    ):
        return None
    main = finite.head if finite.dep_.startswith("aux") else finite
    if is_passive(main) or any(
        c.dep_.startswith("nsubj") for c in (*finite.children, *main.children)
    ):
        return None
    for position in range(joint - 1, start + 2, -1):
        token = doc[position]
        if token.text in {",", ";", ":", "(", ")"} or token.lower_ in GRAMMAR.coordinators:
            if _series_joint(token):
                continue  # "som är X, leder Y och är chef för Z" (round 54, ce-R2)
            return None
        if token.lower_ == "som":
            on_object = _after_main_verb_in_commas(token)
            noun = doc[position - 1]
            if noun.text == "," and position - 2 > start:
                noun = doc[position - 2]  # "av rektorn, som …": non-restrictive (round 42, ba-2)
            if on_object or _on_passive_agent(noun) or _relative_on_single_object(token, finite):
                return token
            return None
    return None


def _series_joint(joint: Token) -> bool:
    """A comma or coordinator inside a series of finite verb phrases: the word after it is
    a finite verb with no subject of its own (``som leder, samordnar och följer upp X``,
    ``som är X, leder Y och …``), or a bare present by spelling that the next joint closes
    (``leder, samordnar [NOUN] och …``: a tagger's noun in a verb series); a comma +
    coordinator (``, och nämnden …``) or a joint before anything else ends the walk."""
    doc = joint.doc
    if joint.text != "," and joint.lower_ not in GRAMMAR.coordinators:
        return False
    if joint.i + 2 >= len(doc):
        return False
    verb, after = doc[joint.i + 1], doc[joint.i + 2]
    if is_finite(verb):
        return not any(c.dep_.startswith("nsubj") for c in verb.children)
    return (
        verb.pos_ in {"NOUN", "ADJ"}
        and (after.text == "," or after.lower_ in GRAMMAR.coordinators)
        and present_spelling(verb.lower_)
    )


def _closed_series(comma: Token) -> bool:
    """A comma inside a series of finite verbs (`_series_joint`) that a coordinator + a
    finite verb with no subject of its own closes later in the sentence."""
    if not _series_joint(comma):
        return False
    doc, end = comma.doc, sentence_end(comma)
    return any(
        doc[i].lower_ in GRAMMAR.coordinators and _series_joint(doc[i])
        for i in range(comma.i + 2, end - 1)
    )


def _after_main_verb_in_commas(som: Token) -> bool:
    """``Kommunen har två bolag, som ägs av stiftelsen och är ansvariga för driften``: a
    non-restrictive relative (a comma before ``som``) on a noun after the main clause's
    finite verb runs on through ``och`` + a verb with no subject of its own, up to the next
    comma (round 42, bb-C1)."""
    doc, start = som.doc, sentence_start(som)
    if som.i - 2 < start or doc[som.i - 1].text != ",":
        return False
    return _object_after_main_verb(doc[som.i - 2])


def _relative_on_single_object(som: Token, finite: Token) -> bool:
    """A restrictive ``som`` right after a noun after the main verb (`_object_after_main_verb`),
    the subject of its clause (a finite verb next, adverbs between; an object relative
    ending in a stranded preposition gives way to the main clause, analysis-8 cause 11),
    in the active voice with no infinitive up to `finite` (a thing's passive relative gives
    way, round 49 P5; a modal's relative is round 45 bi-C11's),
    whose main clause holds no comma series of finite verbs (``Kansliet planerar X, bereder
    ärenden som … och ansvarar för …`` closes that series, round 42 ba-10). A cleft's ``som``
    (``Samtidigt är det varje nämnd som har X och ställer Y``: `cleft_focus_end`) opens no
    relative: its clause is the statement (§5.1), its conjuncts too."""
    doc, start = som.doc, sentence_start(som)
    if som.i - 1 <= start or not _object_after_main_verb(doc[som.i - 1]):
        return False
    if cleft_focus_end(som) is not None:
        return False
    after = som.i + 1
    while after < len(doc) and doc[after].pos_ in {"ADV", "PART"}:
        after += 1
    if after >= len(doc) or not is_finite(doc[after]):
        return False  # "ärenden som förvaltningen ansvarar för och …": `som` no subject
    if any(
        is_passive(t) or "Inf" in morph_values(t, "VerbForm") for t in doc[som.i + 1 : finite.i]
    ):
        # "ansökningar som ska prövas av X och svarar …" (round 49, P5); a modal's or
        # auxiliary's relative is round 45 bi-C11's (`_conjunct_in_open_relative`)
        return False
    return not any(
        t.text == "," and is_finite(doc[t.i + 1]) for t in doc[start : som.i - 1]
    )


def _object_after_main_verb(noun: Token) -> bool:
    """A noun after the main clause's finite verb (``Nämnden utser en sekreterare som för
    protokoll och sköter arkivet``): a relative clause on it runs on through ``och`` + a
    finite verb with no subject of its own (analysis 54-ce C11)."""
    start = sentence_start(noun)
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        is_finite(t) for t in noun.doc[start : noun.i]
    )


def _on_passive_agent(noun: Token) -> bool:
    """``förvaltas av en nämnd``: the noun (a determiner and adjectives before it) is the
    complement of an ``av`` right after a finite passive verb (adverbs between)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    doc, start = noun.doc, sentence_start(noun)
    position = noun.i - 1
    while position > start and doc[position].pos_ in {"DET", "ADJ", "NUM"}:
        position -= 1
    if position <= start or doc[position].lower_ != "av":
        return False
    position -= 1
    while position > start and doc[position].pos_ == "ADV":
        position -= 1
    verb = doc[position]
    return is_finite(verb) and is_passive(verb)


def _finite_before_joint(finite: Token) -> Token | None:
    """The nearest finite verb before the comma or coordinator right before `finite`
    (``, och`` opens a main clause again: None)."""
    doc = finite.doc
    start = sentence_start(finite)
    if finite.i - 1 <= start:
        return None
    joint = doc[finite.i - 1]
    if joint.text != "," and (
        joint.lower_ not in GRAMMAR.coordinators or doc[joint.i - 1].text == ","
    ):
        return None
    return next((doc[i] for i in range(joint.i - 1, start - 1, -1) if is_finite(doc[i])), None)


def _in_relative_series(finite: Token, before: Token) -> bool:
    """``bolag som förvaltar fastigheterna, hyr ut lokaler samt sköter parkeringen``: a
    relative clause after the main clause's verb runs through a comma series of finite verbs
    of its tense and voice, whatever the parser attaches them to (analysis-10 cause 5): a
    verb after the comma that a later coordinator + finite verb closes, or the verb after a
    coordinator once a comma has made the series. A subject of its own opens a main clause."""
    doc = finite.doc
    if is_modal(finite) or tense_of(finite) != tense_of(before):
        return False
    if is_modal(before) or before.dep_.startswith("aux"):
        return False  # "ärenden som ska avgöras av X, yttrar …": that series is non-finite
    if is_passive(finite) != is_passive(before):
        return False
    if any(c.dep_.startswith("nsubj") and c.i > before.i for c in finite.children):
        return False  # "…, styrelsen beslutar": a clause with its own subject
    stretch = doc[before.i + 1 : finite.i]
    if any(t.text in {";", ":"} or t.lower_ == "som" for t in stretch):
        return False
    if doc[finite.i - 1].text != ",":
        return any(t.text == "," for t in stretch)
    return any(
        doc[i].lower_ in GRAMMAR.coordinators and is_finite(doc[i + 1])
        for i in range(finite.i + 1, sentence_end(finite) - 1)
    )


def before_relative_series(group: Group, sentence: Span, in_actor: set[int]) -> Group:
    """A main verb's group ends before a conjunct that goes on the comma series of a relative
    clause after it (``Staden har bolag som förvaltar X, hyr ut Y samt sköter Z``)."""
    for position, verb in enumerate(group.verbs[1:], start=1):
        before = _finite_before_joint(verb)
        if before is None or before.i <= group.finite.i or before in group.verbs:
            continue
        marker = subordinator_of(before, sentence, in_actor)
        if marker is not None and marker.lower_ == "som" and _in_relative_series(verb, before):
            resumed = _main_again(group.verbs[position + 1 :])
            return replace(group, verbs=group.verbs[:position] + resumed)
    return group


def _main_again(verbs: tuple[Token, ...]) -> tuple[Token, ...]:
    """The verbs from the first one after a comma + coordinator (``…, och sköter Z``): that
    joint opens the main clause again past a relative clause's comma series (fix57f)."""
    for index, verb in enumerate(verbs):
        doc = verb.doc
        if (
            verb.i >= 2
            and doc[verb.i - 1].lower_ in GRAMMAR.coordinators
            and doc[verb.i - 2].text == ","
        ):
            return verbs[index:]
    return ()


def within_opening_insertion(group: Group, opening_end: int | None) -> Group:
    """A verb group inside the comma insertion on the sentence's opening subject ends at the
    insertion's closing comma (``Nämnden, som har elva ledamöter, leder och fördelar …``):
    by V2 the verb after that comma is the main clause's finite, whatever the parser hangs it
    on (a conjunct of the relative verb; round 55, gen55 C)."""
    if opening_end is None or group.finite.i >= opening_end:
        return group
    if group.finite.doc[opening_end].text not in {",", ")"}:
        return group
    kept = tuple(verb for verb in group.verbs if verb.i < opening_end)
    if len(kept) == len(group.verbs):
        return group
    return replace(group, verbs=kept, end=min(group.end, opening_end))


def cleft_focus(subordinator: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """``Det är kommundirektören som leder …``: the actor a cleft focuses on, which acts in
    its som-clause (docs/annotation.md §5.1)."""
    doc = subordinator.doc
    start = _cleft_opening(subordinator, mentions)
    if start is None or subordinator.i < start + 3:
        return None
    while start + 2 < subordinator.i and doc[start + 2].pos_ == "ADV":
        start += 1  # "det är därför X som …": an adverb before the focus
    if _later_som(doc[start + 2 : subordinator.i]):
        # "Det är X som leder … och som har …": a coordinated som-clause goes on the cleft
        earlier = _coordinated_som(subordinator)
        return cleft_focus(earlier, mentions) if earlier is not None else None
    last = subordinator.i - 1
    if doc[last].text == "," and last > start + 2:
        last -= 1  # "Det är X, eller vid förfall Y, som …": the comma closing the insertion
    insertion = focus_insertion_start(subordinator)
    if insertion is not None and doc[insertion].pos_ == "ADP":
        last = insertion - 2  # "Det är X, enligt Y, som …": the focus ends before it (cg-R4)
    if mention_at(last, mentions) is None:
        return None
    for position in range(start + 2, subordinator.i):  # "de valda ledamöterna i styrelsen"
        focus = mention_at(position, mentions)
        if focus is not None and not (focus.genitive and doc[focus.last_token].head.i == last):
            return focus  # not "förbundets" in "förbundets direktion" (round 41, C2)
        if doc[position].pos_ not in {"DET", "ADJ", "NUM", "NOUN", "VERB"}:
            return None  # (a participle or adjective is often tagged a noun or verb)
    return None


def relative_on_expletive_predicative(
    finite: Token, mentions: Sequence[ActorMention]
) -> bool:
    """``Det är ett beslut som fattas av styrelsen``, ``Det är inte en fråga som avgörs av
    nämnden`` (round 55, ci-P1; docs/annotation.md §5.1, round 47): after ``det`` + copula
    an indefinite noun that is no actor is the copula's predicative, not a cleft's focus;
    the ``som``-clause on it is a relative clause about no actor and states nothing, an
    agent passive's ``av``-agent included. A cleft on an actor (``Det är en nämnd som
    beslutar``, ``Det är styrelsen som …``) keeps its statement; so does a definite focus."""
    if finite.i - 1 > sentence_start(finite) and finite.nbor(-1).lower_ in GRAMMAR.coordinators:
        finite = _finite_before_joint(finite) or finite  # "… som fattas av X och verkställs av Y"
    doc, start = finite.doc, sentence_start(finite)
    position = finite.i - 1
    while position > start and doc[position].pos_ in {"ADV", "PART"}:
        position -= 1
    som = doc[position]
    if som.lower_ != "som" or position - 1 <= start or cleft_focus_end(som) is None:
        return False
    noun = doc[position - 1]
    if noun.pos_ != "NOUN" or mention_at(noun.i, mentions) is not None:
        return False
    return "Ind" in morph_values(noun, "Definite")


def _cleft_opening(subordinator: Token, mentions: Sequence[ActorMention]) -> int | None:
    """Where ``det`` + copula opens a cleft: at the sentence start, or after a coordinator
    or comma that opens a conjoined clause (``X representerar kommunen och det är Y som
    …``); the position of ``det``. Also the V2 order after a fronted phrase, copula + ``det``
    (``I förbundets organisation är det direktören som leder …``, round 51, analysis 51-by
    C4): the position of the copula, where ``det`` is no article of an adjective after it."""
    doc = subordinator.doc
    start = sentence_start(subordinator)
    for position in range(subordinator.i - 2, start - 1, -1):
        if _inverted_cleft(doc, position, start, mentions):
            return position
        if doc[position].lower_ != "det" or doc[position + 1].lower_ not in GRAMMAR.copulas:
            continue
        if position == start or doc[position - 1].lower_ in GRAMMAR.coordinators | {","}:
            return position
        return None
    return None


def _inverted_cleft(
    doc: Doc, position: int, start: int, mentions: Sequence[ActorMention]
) -> bool:
    """Copula + ``det`` after a fronted phrase (V2: the copula not first in its sentence)
    right before an actor in a definite form, a name or an abbreviation, of which ``det``
    cannot be the article (``är det kanslichefen``, ``är det verkställande direktören``);
    not ``är det organ som``, ``är det nya kansliet som`` (the article)."""
    if position <= start or doc[position].lower_ not in GRAMMAR.copulas:
        return False
    if position + 2 >= len(doc) or doc[position + 1].lower_ != "det":
        return False
    focus = mention_at(position + 2, mentions)
    return (
        focus is not None
        and focus.first_token == position + 2
        and _definite_mention(doc[focus.last_token], focus)
    )


def _definite_mention(last: Token, mention: ActorMention) -> bool:
    """The mention's last word is a name, an abbreviation or a definite form: by the tag, or
    by its ending after the canonical's last word (``kanslichefen`` tagged a verb)."""
    if last.pos_ == "PROPN" or last.is_upper or "Def" in morph_values(last, "Definite"):
        return True
    word, base = last.lower_, mention.canonical.rsplit(" ", 1)[-1]
    ending = word[len(commonprefix([word, base])) :]
    return ending in DEFINITE_ENDINGS or ending.endswith(DEFINITE_PLURAL_ENDINGS)


def _later_som(between: Span) -> bool:
    """``Det är X som tillsätter revisorerna och de beredningar som är knutna …``: the cleft
    takes only the first som after its focus; a later som, past a finite verb or an earlier
    som, is the relative clause of a noun in the cleft's own clause."""
    return any(token.lower_ == "som" or is_finite(token) for token in between)


def _coordinated_som(subordinator: Token) -> Token | None:
    """The som before ``och som`` / ``, som`` (a coordinated relative clause), if any."""
    doc = subordinator.doc
    start = sentence_start(subordinator)
    joint = subordinator.i - 1
    if joint <= start or not (doc[joint].lower_ in GRAMMAR.coordinators or doc[joint].text == ","):
        return None
    if doc[joint].text == "," and doc[joint - 1].pos_ in {"NOUN", "PROPN"}:
        # "Det är styrelsen som anställer direktören, som sedan leder …": a bare comma after
        # a noun opens that noun's own relative clause (round 54, w54g)
        return None
    if doc[joint - 1].text == ",":
        joint -= 1  # ", och som"
    return next((t for t in reversed(doc[start:joint]) if t.lower_ == "som"), None)


def _antecedent(subordinator: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    if subordinator.lower_ == "som":
        found, bracketed = som_antecedent(subordinator, mentions)
        if bracketed:  # "utskottet (tre ledamöter) som …" (round 46, bm cause 13)
            return found
    else:
        found = mention_at(subordinator.i - 1, mentions) or mention_at(subordinator.i - 2, mentions)
    doc = subordinator.doc
    if found is not None and predicative_noun(found, doc):
        return None  # "X är förbundets högsta organ som har ansvar för …" (round 47, bn 4)
    if found is None and subordinator.lower_ in _ANTECEDENT_PRONOUNS:
        found = _head_before_phrases(subordinator, mentions)
    if found is None and subordinator.lower_ in _ANTECEDENT_PRONOUNS:
        found = _before_quantity_apposition(subordinator, mentions)
    coordinated = subordinator.i - 1 >= sentence_start(subordinator) and (
        doc[subordinator.i - 1].lower_ in GRAMMAR.coordinators
    )
    if subordinator.lower_ != "som" or not coordinated:
        return found
    # "tjänstepersoner, som inte är …, och som har som uppgift att …", "en nämnd som har …
    # i kommunen och som ska samordna …": a coordinated relative clause shares the
    # antecedent of the one before it (not the last noun of that clause)
    before = doc[sentence_start(subordinator) : subordinator.i - 1]
    earlier = next((t for t in reversed(before) if t.lower_ == "som"), None)
    shared = _antecedent(earlier, mentions) if earlier is not None else None
    return shared or found


MAX_APPOSITION_WORDS = 4  # "en eller flera", "högst tre", "upp till fem"


def _before_quantity_apposition(
    subordinator: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Styrelsen utser revisorer, en eller flera, vilka har att …``, ``elever, högst tre,
    som ska …`` (round 51, ax-C6): a quantity apposition in commas (numbers and
    `quantity_apposition_words`, no noun) between a noun and the relative pronoun counts
    that noun; the actor whose mention ends right before the apposition's first comma is
    the antecedent."""
    doc, start = subordinator.doc, sentence_start(subordinator)
    closing = subordinator.i - 1
    if closing <= start or doc[closing].text != ",":
        return None
    opening = next(
        (i for i in range(closing - 1, max(start, closing - MAX_APPOSITION_WORDS - 2), -1)
         if doc[i].text == ","),
        None,
    )
    if opening is None or opening + 1 == closing:
        return None
    apposition = doc[opening + 1 : closing]
    if not all(
        t.like_num or t.lower_ in GRAMMAR.quantity_apposition_words for t in apposition
    ):
        return None
    if mention_at(subordinator.i + 1, mentions) is not None:
        return None  # ", som valberedningen ska föreslå": som is the object
    found = mention_at(opening - 1, mentions)
    return found if found is not None and found.last_token == opening - 1 else None


MAX_ATTRIBUTE_PHRASES = 3  # prepositional attributes between an antecedent and its som

# The relative pronouns whose antecedent is a noun phrase: `som`, and after a comma the
# number-agreeing `vilka` (plural) and `vilken` (common singular); `vilket` mostly takes the
# clause before it (``…, vilket ska anmälas``) and stays out (round 43, be-C8)
_ANTECEDENT_PRONOUNS = frozenset({"som", "vilka", "vilken"})


def comma_relative_pronoun(subordinator: Token, mentions: Sequence[ActorMention]) -> bool:
    """``Nämnden består av sju ledamöter, vilka ska väljas av fullmäktige`` (round 43,
    be-C8; older statute style): ``, vilka``/``, vilken`` that is no determiner (no noun or
    adjective after it: ``vilka ärenden``) opens a relative clause on the actor before the
    comma (past a postposed participle phrase or prepositional attributes), whose number it
    agrees with, as ``, som`` does; so without the comma right after the actor (round 53)."""
    word = subordinator.lower_
    if word not in _ANTECEDENT_PRONOUNS - {"som"} or subordinator.i < 2:
        return False
    doc = subordinator.doc
    if doc[subordinator.i - 1].text != "," and not _right_after_actor(subordinator, mentions):
        return False
    following = subordinator.i + 1
    if following < len(doc) and doc[following].pos_ in {"NOUN", "PROPN", "ADJ"}:
        return False  # "…, vilka ärenden som": a determiner of an indirect question
    antecedent = _antecedent(subordinator, mentions)
    if antecedent is not None and word == "vilka" and not antecedent.plural:
        # "revisorer, en eller flera, vilka": the apposition counts a plural (ax-C6)
        return antecedent is _before_quantity_apposition(subordinator, mentions)
    return antecedent is not None and antecedent.plural == (word == "vilka")


_ANTECEDENT_ROLES = frozenset({"obj", "obl", "nmod", "conj", "appos", "iobj"})


def relative_in_adverbial_infinitive(group: Group) -> bool:
    """``Nämnden söker medel för att anställa en samordnare som ska leda arbetet`` (round 53,
    analysis 53-cd C; docs/annotation.md §5.1): a relative clause whose antecedent is a noun
    of an adverbial infinitive clause (`infinitive_clause_prepositions` + ``att``) is part
    of that clause's context, no statement. ``för att`` right after a verb (``ansvarar för
    att``, ``arbetar för att``: its complement) or a noun of
    `infinitive_complement_noun_endings` (``ansvaret för att``) opens no such clause."""
    clause = next((t for t in (*group.verbs, group.finite) if t.dep_ == "acl:relcl"), None)
    if clause is None:
        return False
    head = _adverbial_verb_above(clause.head)
    if head is None:
        return False
    marks = [child for child in head.children if child.dep_ == "mark" and child.i < head.i]
    if len(marks) < 2 or marks[-1].lower_ != "att":
        return False
    opener = marks[-2]
    if opener.lower_ not in GRAMMAR.infinitive_clause_prepositions or opener.i != marks[-1].i - 1:
        return False
    before = opener.doc[opener.i - 1] if opener.i > 0 else None
    if before is not None and before.text == "," and _past_inserted_clause(head, clause.head):
        return False
    if opener.lower_ == "för" and before is not None:
        if before.pos_ in {"VERB", "AUX"}:
            return False
        if before.lower_.endswith(GRAMMAR.infinitive_complement_noun_endings):
            return False
    return True


MAX_ANTECEDENT_CLIMB = 4  # noun phrases (object, attribute, conjunct) above the antecedent


def _adverbial_verb_above(antecedent: Token) -> Token | None:
    """The adverbial clause's verb (advcl) the antecedent's noun phrase stands in, climbing
    past objects, attributes and conjuncts; the climb stops at a main clause's verb after
    the inserted adverbial that the parser took for a conjunct noun (`_verb_after_comma`)."""
    head = antecedent
    for _ in range(MAX_ANTECEDENT_CLIMB):
        if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in _ANTECEDENT_ROLES:
            break
        if _verb_after_comma(head):
            return None
        head = head.head
    return head if head.pos_ == "VERB" and head.dep_ == "advcl" else None


def _verb_after_comma(token: Token) -> bool:
    """``…, för att säkerställa god styrning, utse en controller``: a conjunct after a comma
    that has an object of its own is a verb (no noun takes an object), the main clause's
    after the inserted adverbial; a noun in a series (``en samordnare, en sekreterare``)
    has none."""
    return (token.dep_ == "conj" and token.i > 0 and token.doc[token.i - 1].text == ","
            and any(child.dep_ == "obj" for child in token.children))


def _past_inserted_clause(verb: Token, antecedent: Token) -> bool:
    """An adverbial inserted between commas (``ska, för att …, utse``) ends at the first comma
    after its verb: an antecedent past it is in the main clause."""
    return any(token.text == "," for token in verb.doc[verb.i + 1 : antecedent.i])


def _right_after_actor(subordinator: Token, mentions: Sequence[ActorMention]) -> bool:
    """``Föreningen väljer en valberedning vilken skall förbereda valen`` (round 53, analysis
    53-cc G5): the old restrictive relative without a comma, right after an actor's last word
    (no genitive), takes that actor as ``som`` would. An interrogative opens an indirect
    question instead: ``vilken som`` (a relative ``vilken`` never takes ``som``: grammar.yaml
    `relative_pronouns`), or ``vilken`` after the object of a `question_verbs` verb
    (``Nämnden meddelar förvaltningen vilken …``)."""
    found = mention_at(subordinator.i - 1, mentions)
    if found is None or found.last_token != subordinator.i - 1 or found.genitive:
        return False
    doc, following = subordinator.doc, subordinator.i + 1
    if following < len(doc) and doc[following].lower_ in GRAMMAR.relative_pronouns:
        return False
    actor = doc[subordinator.i - 1]
    return not (actor.dep_ in {"obj", "iobj"} and actor.head.lemma_ in GRAMMAR.question_verbs)


def _head_before_phrases(
    subordinator: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``alla arbetstagare i länet inom vården, som enligt reglerna ska …``: past
    prepositional attributes, the actor they modify is the antecedent of a non-restrictive
    ``, som`` (round 42, ba-17); an actor that is itself a preposition's noun (``i
    kommunen``) is one more attribute. A restrictive ``som`` (no comma) keeps its noun."""
    doc, start = subordinator.doc, sentence_start(subordinator)
    position = subordinator.i - 1
    if position <= start or doc[position].text != ",":
        return None  # "informera X om händelser som kan …": a restrictive clause, its noun
    position -= 1
    for _ in range(MAX_ATTRIBUTE_PHRASES):
        if position <= start or doc[position].pos_ not in {"NOUN", "PROPN"}:
            return None
        while position > start and doc[position - 1].pos_ in {"DET", "ADJ", "NUM", "NOUN"}:
            position -= 1
        position -= 1
        if position <= start or doc[position].pos_ != "ADP":
            return None
        position -= 1
        if position > start and _postposed_participle(doc[position]):
            position -= 1  # "ledamöter valda för ett år, vilka …" (round 43, be-C8)
        found = mention_at(position, mentions)
        in_phrase = found is not None and doc[found.first_token - 1].pos_ == "ADP"
        if found is not None and not in_phrase:
            return found  # "i kommunen" before it is one more attribute (the place)
    return None


def _postposed_participle(token: Token) -> bool:
    """A past participle after its noun (``ledamöter valda för ett år``), by tag or spelling."""
    return token.tag_.startswith("PC") or (
        token.pos_ in {"ADJ", "VERB"} and participle_spelling(token.lower_)
    )


def stranded_object_relative(subordinator: Token, group: Group) -> bool:
    """``larmcentralen, som var och en av dem ansvarar för enligt lagen``: a som-clause with
    its own subject right after ``som`` and a preposition stranded after its verb has ``som``
    as that preposition's object: it says nothing of the actor before ``som`` (§5.1,
    round 41 C7)."""
    doc = subordinator.doc
    opening = subordinator.i + 1
    if opening >= group.finite.i or doc[opening].pos_ not in {"PRON", "DET", "NOUN", "PROPN"}:
        return False
    last = max((*group.verbs, group.finite), key=lambda verb: verb.i)
    preposition = last.i + 1
    end = sentence_end(last)
    if preposition >= end or doc[preposition].pos_ != "ADP":
        return False
    after = doc[preposition + 1] if preposition + 1 < end else None
    return (
        after is None
        or after.pos_ in {"ADP", "ADV", "PUNCT"}
        or after.lower_ in GRAMMAR.coordinators
        or after.lower_.startswith("själv")  # "svarar för själv": no object either
    )


OBJECT_DEPS = frozenset({"obj", "iobj", "obl"})


def ability_of_described(
    group: Group, subordinator: Token, mentions: Sequence[ActorMention], cues: DeonticCues
) -> bool:
    """``Kontrollen ska skydda personer som inte kan sköta sina affärer``: possibility ``kan``
    in a relative clause on an indefinite plural noun that is the main clause's object
    (or a preposition's) describes whom the action reaches by what they can do; it grants
    them no leave, so no statement (round 21, cause D6; docs/annotation.md §5.3, epistemic
    ``kan`` in a subordinate clause). Round 55 (t6): an indefinite noun of a person who is
    no actor of the organisation (`described_person`: an actor of role `external`, ``barn``,
    ``elever``, or a head of configs/grammar.yaml `described_person_heads`, ``personer``,
    ``medlemmar``) is described by what it can do wherever it stands, also as a subject
    (``att barn som inte själva kan bevaka sin rätt …``, ``Personer som inte kan närvara
    ska meddela …``: the main clause's cue stays). A comma between the noun and ``som`` (a
    non-restrictive relative: ``personer, som inte själva kan …,``) changes nothing (round
    55, cj-R5)."""
    if subordinator.lower_ != "som" or group.finite.lower_ not in cues.possibility_modals:
        return False
    antecedent = _antecedent(subordinator, mentions)
    if antecedent is None or not _right_before_relative(antecedent, subordinator):
        return False
    head = subordinator.doc[antecedent.last_token]
    if "Def" in morph_values(head, "Definite"):
        return False
    if described_person(antecedent):
        return True
    if head.dep_ not in OBJECT_DEPS:
        return False
    return "Ind" in morph_values(head, "Definite") and "Plur" in morph_values(head, "Number")


def _right_before_relative(antecedent: ActorMention, subordinator: Token) -> bool:
    """The antecedent ends right before ``som`` or before one comma in front of it."""
    gap = subordinator.i - 1 - antecedent.last_token
    return gap == 0 or (gap == 1 and subordinator.doc[subordinator.i - 1].text == ",")


def described_person(mention: ActorMention) -> bool:
    """A person outside the organisation's governance: an actor of role `external`
    (configs/actors.yaml: ``elever``, ``barn``, ``kunder``) or a person noun of another role
    listed in configs/grammar.yaml `described_person_heads` (``personer``, ``medlemmar``)."""
    if mention.role == "external":
        return True
    return mention.canonical.rsplit(" ", 1)[-1] in GRAMMAR.described_person_heads


def opens_sentence(token: Token, sentence: Span) -> bool:
    """Nothing but adverbs stands before `token` in its sentence."""
    return all(t.pos_ == "ADV" for t in sentence.doc[sentence.start : token.i])


def item_initial_present(token: Token, sentence: Span) -> bool:
    """``– planerar och leder …`` under a bare actor lead-in: the word opening the item is
    its present-tense verb, whatever the tagger read (a noun or adjective in -r)."""
    return (
        opens_sentence(token, sentence)
        and token.is_alpha
        and (token.is_lower or (token.is_title and present_spelling(token.lower_)))
        and token.lower_.endswith("r")
        and token.lower_ not in GRAMMAR.subordinators
    )


def embedded_without_subordinator(finite: Token, main_end: int | None) -> bool:
    """``fullgör de uppgifter fullmäktige kan uppdra åt nämnden``: a finite verb after a
    main clause's verbs with no comma, coordinator or subordinator between opens a relative
    clause without ``som`` (a main clause cannot follow another unjoined). A subordinate
    clause between changes nothing: ``har att tillämpa de regler som ägaren har bestämt ska
    användas`` (the last verb is in the object clause of ``bestämt``, its ``att`` left out)."""
    if main_end is None or finite.i <= main_end + 1:
        return False
    if cell_opening_passive(finite):
        return False  # "… av X Utses av nämnden": a flattened row's next cell (round 52)
    end = _before_insertions(finite.doc, main_end + 1, finite.i)
    between = finite.doc[main_end + 1 : end]
    return not any(t.is_punct or t.lower_ in GRAMMAR.coordinators for t in between)


MAX_REPORTER_WORDS = 6  # words between `som` and a reporting verb: its subject, adverbs, `har`


def reported_in_relative(group: Group) -> bool:
    """``Handlingar som nämnden bestämmer ska gallras förstörs efter två år`` (round 39, B6;
    docs/annotation.md §5.1): a finite verb right after a deciding or saying verb
    (configs/grammar.yaml `reporting_verbs`) whose subject follows `som`, with the main
    clause's finite verb still to come, opens that verb's content clause (its ``att`` left
    out); the relative clause reports a decision, and its cue gives no statement (nor does
    the reporting verb, a relative clause's without a cue). Without a later finite verb the
    group is the main clause's (``Ärenden som delegaten beslutar ska anmälas till nämnden``)."""
    finite = group.finite
    doc = finite.doc
    start = sentence_start(finite)
    if finite.i - 2 < start or doc[finite.i - 1].lower_ not in GRAMMAR.reporting_verbs:
        return False
    if not _main_verb_after(group):
        return False
    for position in range(finite.i - 2, max(start, finite.i - 2 - MAX_REPORTER_WORDS) - 1, -1):
        token = doc[position]
        if token.lower_ == "som":
            return position < finite.i - 2  # a subject stands between
        joint = token.is_punct or token.lower_ in GRAMMAR.coordinators or is_finite(token)
        if joint and token.lower_ not in GRAMMAR.perfect:
            return False
    return False


def quoted_speech(finite: Token, in_actor: set[int]) -> bool:
    """``”Nämnden ska …”, säger Eva Lind.``, ``”…” sade X``, ``”…”, enligt X`` (round 55,
    ci-Q1; docs/annotation.md "Round 55", t7): a quotation whose closing mark is followed (a
    comma between or not) by a verb of speech (configs/grammar.yaml `speech_verbs`) or a source
    preposition (`reported_speech_prepositions`) reports what someone said: no verb inside it
    states anything. A frame whose source is a document or a statute (``”…”, enligt
    reglementet``, ``”…”, skriver kommunallagen``) or a deciding or regulating verb
    (`reporting_verbs`: ``”…”, anger reglementet``) quotes a rule, which keeps its
    statements. No frame verb states anything unless an actor stands right after it as its
    subject (``…”, säger ordföranden``); its subject is never taken from inside the
    quotation. Marks around a word or a name (``ska ”verka för”``) have no such frame;
    apostrophes are no quotation marks here. Round 55 (55b-ci R4): a quotation may run over
    several sentences of the clause (``”Vi har fått mycket gjort. Nämnden ska nu …” säger
    X``): the marks are paired over the clause, the frame read after the closing one."""
    doc = finite.doc
    text = doc_text(doc)  # joined once per memo, not once per mark and finite verb
    if not any(mark in text for mark in QUOTATION_MARKS):
        return False  # the common case: a C-level scan of the clause's text
    for opening, closing in doc_memoised(doc, _quotation_pairs, lambda: _quotation_pairs(doc)):
        end = sentence_end(doc[closing])
        frame = _quotation_frame(doc, closing, end)
        if frame is None:
            continue
        if opening < finite.i < closing:
            return _reports_speech(doc, frame, end)
        if finite.i == frame:
            return frame + 1 not in in_actor
    return False


def _quotation_pairs(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The quotation marks of `doc` paired in order (opening, closing), once per memo
    (review 55b should-fix 9): `quoted_speech` asks it of each finite verb."""
    marks = [t.i for t in doc if t.text in QUOTATION_MARKS]
    return tuple(zip(marks[::2], marks[1::2], strict=False))


def reported_speech(finite: Token, in_actor: set[int]) -> bool:
    """Press-style speech without quotation marks (ruling t12, round 55): a sentence that
    ends in a frame ``…, säger X.`` (`unquoted_frame`: also a line opened by a dash, ``– Vi
    vill …, säger nämndens ordförande N N.``) reports what a person said, as ``”…”, säger
    X`` does (`quoted_speech`): no verb before the frame states anything, and the frame verb
    only with an actor right after it as its subject; a capitalised "verb" after the frame is
    a word of the speaker's name (``menar Ola/VERB Berg``)."""
    frame = unquoted_frame(finite, in_actor)
    if frame is None:
        return _in_dash_speech(finite, in_actor)
    if finite.i == frame:
        return frame + 1 not in in_actor
    return finite.i < frame or finite.text[:1].isupper()


_SPEECH_DASHES = frozenset({"–", "—", "-", "\u2212"})  # U+2212 minus used as a speech dash


def _in_dash_speech(finite: Token, in_actor: Container[int]) -> bool:
    """A press paragraph opened by a speech dash runs over several sentences and only its
    last one carries the frame (``– Vi har vuxit. Nu anställer vi fler, säger N N.``): every
    sentence of the paragraph is what the person said (ruling t12; round 57, analysis57-co
    C4)."""
    doc = finite.doc
    first = next((token for token in doc if not token.is_space), None)
    if first is None or first.text not in _SPEECH_DASHES or finite.i <= first.i:
        return False
    last = next(token for token in reversed(doc) if not token.is_space)
    if sentence_start(last) <= finite.i:
        return False
    return unquoted_frame(last, in_actor) is not None


def before_speech_frame(group: Group, in_actor: Container[int]) -> Group:
    """A verb group of the reported speech ends before the frame's verb (``Vi vill …, säger
    X``: the parser may hang ``säger`` on ``vill``), which opens its own group."""
    frame = unquoted_frame(group.finite, in_actor)
    if frame is None or group.finite.i >= frame:
        return group
    kept = tuple(verb for verb in group.verbs if verb.i < frame)
    if len(kept) == len(group.verbs):
        return group
    return replace(group, verbs=kept, end=min(group.end, frame))


def unquoted_frame(token: Token, in_actor: Container[int]) -> int | None:
    """The verb of speech (configs/grammar.yaml `speech_verbs`) of a frame that closes
    `token`'s sentence after a comma: ``, säger/menar`` + its subject (an actor, a capitalised
    name or a subject pronoun) and nothing but that subject's words to the sentence's end (no
    finite verb, no ``att``-clause, no particle: ``, säger upp avtalet`` is a predicate of the
    sentence's own subject), the subject no document or statute (``, skriver kommunallagen``
    quotes a rule). None where the sentence has no such frame. A ``, som …`` relative clause
    closing the sentence may hang on the subject (``, säger Lena Dahl, som leder arbetet.``):
    its finite verb ends nothing, the subject's words end at its comma; a capitalised word is
    a name's, whatever its tag (``menar Ola/VERB Berg``; round 57, analysis57b-co R1)."""
    doc, end = token.doc, sentence_end(token)
    first = sentence_start(token) + 2
    start = max(first, end - _FRAME_REACH)
    tokens, arrays = doc_tokens(doc), doc_arrays(doc)
    lower, text = arrays.lower, arrays.text
    speech_verbs = GRAMMAR.speech_verbs
    position, frame_end, relative_verb = end - 2, end, False
    while position >= start:
        if lower[position] not in speech_verbs:
            if is_finite(tokens[position]) and not text[position][:1].isupper():
                if relative_verb or frame_end != end:
                    return None
                relative_verb = True
            elif relative_verb and lower[position] == "som" and text[position - 1] == ",":
                relative_verb, frame_end = False, position - 1
                start = max(first, frame_end - _FRAME_REACH)
        elif text[position - 1] == ",":
            if relative_verb:
                return None
            return position if _frame_subject(doc, position + 1, frame_end, in_actor) else None
        position -= 1
    return None


def _frame_subject(doc: Doc, position: int, end: int, in_actor: Container[int]) -> bool:
    """A frame verb's subject opens at `position`: an actor's word, a capitalised name or a
    subject pronoun, and no written source."""
    if position >= end:
        return False
    word = doc[position]
    if word.pos_ in {"ADP", "SCONJ", "PART"} or word.lower_ == "att":
        return False
    named = word.text[:1].isupper() or word.lower_ in GRAMMAR.subject_pronouns
    named = named or position in in_actor
    return named and not _written_source_after(doc, position, end)


def speech_frame_subject(
    finite: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``…”, säger nämndens ordförande``, ``– …, säger kommunstyrelsens ordförande N N.``:
    the actor right after a speech frame's verb is its subject (V2 after the fronted speech),
    whatever the parser hangs it on (it often reads an object there; round 55, t12)."""
    if finite.lower_ not in GRAMMAR.speech_verbs or finite.i + 1 >= sentence_end(finite):
        return None
    before = finite.doc[finite.i - 1].text if finite.i > 0 else ""
    in_actor = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
    if before not in QUOTATION_MARKS and unquoted_frame(finite, in_actor) != finite.i:
        return None
    mention = mention_at(finite.i + 1, mentions)
    return mention if mention is not None and not mention.genitive else None


# How far before a sentence's end a speech frame's verb may stand (``, säger Anna-Karin
# Lind, ordförande i nämnden.``).
_FRAME_REACH = 14
# What may stand between a frame word and its source's noun (``enligt 3 § reglementet``,
# ``enligt det nya reglementet``).
_SOURCE_NOUN_PREFIX_POS = frozenset({"NUM", "DET", "ADJ"})
_MAX_SOURCE_PREFIX = 4


def _quotation_frame(doc: Doc, closing: int, end: int) -> int | None:
    """The verb of speech, deciding or regulating (`speech_verbs`, `reporting_verbs`) or the
    source preposition after a quotation's closing mark, a comma between or not."""
    position = closing + 1
    if position < end and doc[position].text == ",":
        position += 1
    if position >= end:
        return None
    word = doc[position].lower_
    frames = (GRAMMAR.speech_verbs, GRAMMAR.reporting_verbs, GRAMMAR.reported_speech_prepositions)
    return position if any(word in words for words in frames) else None


def _reports_speech(doc: Doc, frame: int, end: int) -> bool:
    """The frame word is a verb of speech or a source preposition whose source is no document
    and no statute: the quotation before it is a person's speech."""
    word = doc[frame].lower_
    if word not in GRAMMAR.speech_verbs and word not in GRAMMAR.reported_speech_prepositions:
        return False
    return not _written_source_after(doc, frame + 1, end)


def _written_source_after(doc: Doc, position: int, end: int) -> bool:
    """The noun at `position`, past numerals, ``§``, determiners and adjectives, is a
    document or a statute (``reglementet``, ``3 § kommunallagen``)."""
    for token in doc[position : min(end, position + _MAX_SOURCE_PREFIX + 1)]:
        if token.pos_ in _SOURCE_NOUN_PREFIX_POS or token.lower_ in REFERENCE_UNIT_WORDS:
            continue
        return written_place(token.lower_)
    return False




def written_place(word: str) -> bool:
    """A document kind (``arbetsordningen``, ``delegationsordning``, ``reglementet``) or a
    statute (``lagen``, ``kommunallagen``) by the actor lexicon's lists."""
    lexicon = actor_lexicon()
    if statute_word(word, lexicon):
        return True
    return word.endswith(_document_kind_forms(lexicon.document_kind_nouns))


@lru_cache(maxsize=8)
def _document_kind_forms(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """Every document kind with each definite ending, built once per lexicon's kinds."""
    return tuple(kind + ending for kind in kinds for ending in CITED_DEFINITE_ENDINGS)


def _main_verb_after(group: Group) -> bool:
    """A finite verb after the group, no coordinator or subordinator before it."""
    doc = group.finite.doc
    for token in doc[group.end : sentence_end(group.finite)]:
        if token.lower_ in GRAMMAR.coordinators or token.lower_ in GRAMMAR.subordinators:
            return False
        if is_finite(token):
            return True
    return False


INSERTION_CLOSERS = {"–": "–", "—": "—", "-": "-", ")": "(", ",": ","}


def _before_insertions(doc: Doc, start: int, end: int) -> int:
    """Round 30 (B5): ``följa det styrelsen – i budget eller särskilt beslut – har bestämt``,
    ``det nämnden, i särskilt beslut, har fastställt``: an insertion in dashes, parentheses or
    commas that closes right before the finite verb, after the clause's first words (its
    subject), is no joint between two clauses; `end` moves back to where it opens."""
    while end - 1 > start and doc[end - 1].text in INSERTION_CLOSERS:
        opener = INSERTION_CLOSERS[doc[end - 1].text]
        position = next((i for i in range(end - 2, start, -1) if doc[i].text == opener), None)
        if position is None:
            return end
        if position + 1 >= end - 1 or doc[position + 1].lower_ in GRAMMAR.coordinators:
            return end  # an empty insertion, or ", och …,": a joint
        end = position
    return end


def main_verb_after_fronted(sentence: Span, in_actor: set[int]) -> int | None:
    """A sentence opening with a prepositional phrase has a main clause, its finite verb (V2)
    followed by the inverted subject. When the walk reads every finite verb as subordinate
    (the fronted phrase holds a relative clause), the main verb is the first finite verb
    whose would-be clause already has its verb (``Vid en kris som bedöms som allvarlig kan
    ordföranden …``), else the last one if a noun phrase follows it and no actor stands
    between it and its would-be subordinator (``Vid arbeten som kräver kompetens såsom
    upphandlingar tillsätts en referensgrupp``; not ``Vid möten där ordföranden leder
    arbetet``, a fragment)."""
    doc = sentence.doc
    if doc[sentence.start].pos_ != "ADP":
        return None
    finites = [t for t in sentence if t.i not in in_actor and is_finite(t)]
    openers = [subordinator_of(t, sentence, in_actor) for t in finites]
    if not finites or any(opener is None for opener in openers):
        return None
    for finite, opener in zip(finites, openers, strict=True):
        between = doc[opener.i + 1 : finite.i]  # type: ignore[union-attr]
        if any(is_verb(t) and t.i not in in_actor for t in between):
            return finite.i
    last, opener = finites[-1], openers[-1]
    if any(i in in_actor for i in range(opener.i + 1, last.i)):  # type: ignore[union-attr]
        return None
    following = last.i + 1
    while following < sentence.end and doc[following].pos_ == "ADV":
        following += 1
    noun_phrase = {"DET", "ADJ", "NUM", "NOUN", "PROPN"}
    return last.i if following < sentence.end and doc[following].pos_ in noun_phrase else None


def after_relative_infinitive(finite: Token, marker: Token, in_actor: set[int]) -> bool:
    """``Ledamot som avser att begära ordet ska anmäla det``, ``De ärenden som nämnden har att
    besluta om ska beredas``: an infinitive clause holds no finite verb, so a finite verb after
    ``att`` + infinitive is in the clause around it; where that is a relative clause that
    already has its finite verb (the one the infinitive complements) and no coordinator joins
    a second one, the relative clause has ended: the verb is the main clause's. Likewise a
    subordinator right before the finite verb, with no subject between, opens no clause of
    it: it is a stranded preposition ending the relative clause (``har att besluta om``)."""
    # (a relative or interrogative pronoun may be the subject itself: "som ska", "vad som")
    subjects = GRAMMAR.interrogatives | {"som", "vem"}
    stranded = marker.i == finite.i - 1 and marker.lower_ not in subjects
    if not (opens_infinitive_clause(marker) or stranded) or _after_coordinator(finite):
        return False
    doc = finite.doc
    sentence = finite.sent
    governing = next(
        (doc[i] for i in range(marker.i - 1, sentence.start - 1, -1) if is_finite(doc[i])), None
    )
    while (
        governing is not None
        and governing.i > sentence.start
        and is_finite(doc[governing.i - 1])
        and doc[governing.i - 1].i not in in_actor
    ):
        # "Om samtliga är förhindrade att delta leder …": a participle read as a past tense
        # right after its copula; the copula's clause is the one (round 17, cause B4)
        governing = doc[governing.i - 1]
    if governing is None or governing.i in in_actor:
        return False
    outer = subordinator_of(governing, sentence, in_actor)
    if outer is None or subordinator_of(outer, sentence, in_actor) is not None:
        return False
    # a fronted adverbial clause whose verb the infinitive complements has ended too: the
    # finite verb after it is the main clause's (V2: "När X har beslutat att sälja lokalen
    # ska direktören …", "Om X är förhindrad att attestera eller att betala ska …")
    fronted = outer.i == sentence.start and outer.lower_ != "att" and not stranded
    return outer.lower_ == "som" or fronted


_SUBJECT_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def after_subject_complement_infinitive(finite: Token, marker: Token) -> bool:
    """``Beslut om att stänga en badplats fattas av fritidschefen``, ``Frågan om att skjuta upp
    mötet avgörs av styrelsen`` (round 51, w50-y D): a noun phrase opens the sentence and its
    complement is an infinitive clause (the noun, a preposition or none, ``att`` +
    infinitive); an infinitive clause holds no finite verb, and no finite verb stands before
    it, so the first finite verb after it is the main clause's, whose subject is that noun
    phrase, though the parser hangs the verb on the infinitive."""
    if not opens_infinitive_clause(marker) or _after_coordinator(finite):
        return False
    doc, start = finite.doc, sentence_start(finite)
    head_end = marker.i - 1 if doc[marker.i - 1].pos_ == "ADP" else marker.i
    phrase = doc[start:head_end]
    if not len(phrase) or phrase[-1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(t.pos_ not in _SUBJECT_NOUN_PHRASE_POS for t in phrase):
        return False
    return not any(is_finite(t) for t in doc[marker.i + 1 : finite.i])


def att_across_commas(finite: Token, sentence: Span, in_actor: set[int]) -> Token | None:
    """``ansvarar för att uppföljningen av A, B och C är god``, ``vilket innebär att
    direktören, som är anställd av kommunen, ska sköta …``: the ``att`` whose clause the
    finite verb is in, where the subject between holds commas of a noun-phrase series (a
    coordinator closes it before the verb) or of an insertion (a ``som``-clause or an
    adverbial in commas). The clause is an ``att``-complement, no statement of its own
    (docs/annotation.md §5.1). None where nothing but such commas would hide it."""
    doc = finite.doc
    position = finite.i - 1
    crossed = False
    coordinated = False  # a noun-phrase coordinator since the last comma crossed
    while position >= sentence.start:
        token = doc[position]
        if position in in_actor:
            position -= 1
            continue
        if token.lower_ in GRAMMAR.noun_phrase_coordinators:
            if position + 1 < finite.i and is_finite(doc[position + 1]):
                return None  # a coordinated clause
            coordinated = True
        elif token.text == ",":
            opening = _insertion_opening(position, sentence)
            if opening is not None:
                position, crossed = opening - 1, True
                continue
            if not coordinated or doc[position + 1].lower_ in GRAMMAR.coordinators:
                return None  # a clause boundary, not a series comma
            crossed = True
        elif token.lower_ == "att":
            before = doc[position - 1] if position > sentence.start else None
            governed = before is not None and (
                before.pos_ in {"ADP", "VERB", "AUX", "NOUN"} or _verb_particle(before)
            )
            return token if crossed and governed and not _infinitive_marker(token) else None
        elif is_finite(token) or token.lower_ in GRAMMAR.subordinators or token.text in ";:":
            return None
        position -= 1
    return None


def att_clause_series(finite: Token, sentence: Span, in_actor: set[int]) -> Token | None:
    """Round 52 (analysis 52-av C4; docs/annotation.md §5.1): the ``att`` of a content
    clause whose later members run on without an ``att`` of their own: after a correlative
    ``dels att`` (``… dels att rubriken före 2 § ska flyttas, rubriken före 5 § ska utgå och
    tabellen ska ändras, dels att …``) every comma- or ``och``-joined clause up to the next
    ``dels`` is that member's content; after a finite reporting verb's ``att`` (grammar.yaml
    `reporting_verbs`: ``föreskriver att A ska V, B ska V``) an asyndetic one is. Only a
    member after another clause's finite verb: the first is the ``att``'s own."""
    doc = finite.doc
    previous = None  # the finite verb of an earlier member, nearest first
    joint = None  # the comma or coordinator that opens the finite's member
    for position in range(finite.i - 1, sentence.start, -1):
        token = doc[position]
        if token.text in {";", ":"} or token.lower_ in GRAMMAR.correlatives:
            return None
        if position in in_actor:
            continue
        if previous is None and is_finite(token):
            previous = token
        elif previous is None and joint is None and (
            token.text == "," or token.lower_ in GRAMMAR.coordinators
        ):
            joint = token
        elif token.lower_ == "att":
            return _series_att(token, previous, joint)
    return None


def _series_att(marker: Token, previous: Token | None, joint: Token | None) -> Token | None:
    """`marker` when it opens such a series (`att_clause_series`)."""
    if previous is None or joint is None or marker.i == 0:
        return None
    before = marker.doc[marker.i - 1]
    if before.lower_ in GRAMMAR.correlatives:
        return marker
    # asyndetic only: ``, och kansliet ska …`` may open a main clause of its own
    reported = before.lower_ in GRAMMAR.reporting_verbs and is_finite(before)
    return marker if reported and joint.text == "," else None


def _verb_particle(token: Token) -> bool:
    """``följer upp att``, ``stämmer av att``: a particle (tagged ADV) of the verb before it
    governs the ``att`` as the verb would (round 43, bf cause 2)."""
    return token.dep_ == "compound:prt" and token.head.pos_ in {"VERB", "AUX"}


def _insertion_opening(closing: int, sentence: Span) -> int | None:
    """The opening comma of an insertion that `closing` ends: ``, som är anställd av X,`` or
    an adverbial ``, utöver sina andra uppgifter,`` (a preposition or adverb after it)."""
    doc = sentence.doc
    for position in range(closing - 1, sentence.start, -1):
        if doc[position].text == ",":
            opener = doc[position + 1]
            inserted = opener.lower_ == "som" or opener.pos_ in {"ADP", "ADV"}
            return position if inserted and position + 1 < closing else None
        if doc[position].text in ";:":
            return None
    return None


def _infinitive_marker(token: Token) -> bool:
    """``att`` + an infinitive: no finite clause opens there. A word tagged infinitive
    counts whatever its dependency (``rätt att granska [VERB Inf, amod] A, B och C och får
    …``: the parser hung it on the last noun; gen56 F), and so does a word the lexicon knows
    as an infinitive that the tagger read as an attribute of the series (``granska [ADJ]``;
    round 57, gen56 row 12); not one tagged a noun or a determiner (the clause's subject)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and (
        is_infinitive(following)
        or (following.pos_ == "VERB" and "Inf" in morph_values(following, "VerbForm"))
        or (following.pos_ in _ATTRIBUTE_TAGS and lexicon_infinitive(following.lower_))
    )


# The tags of a word before a noun that the tagger gives an infinitive right after ``att``
_ATTRIBUTE_TAGS = frozenset({"ADJ", "VERB", "ADV"})


def _after_coordinator(finite: Token) -> bool:
    """A coordinator or comma right before the verb (past adverbs)."""
    doc, position = finite.doc, finite.i - 1
    while position > sentence_start(finite) and doc[position].pos_ == "ADV":
        position -= 1
    return doc[position].lower_ in GRAMMAR.coordinators or doc[position].text == ","


def outside_parenthesis(actor: ActorMention | None, finite: Token, sentence: Span) -> bool:
    """``utser en sekreterare (denne ska vara anställd hos förbundet)``: a clause inside
    parentheses has its own subject there; an actor before the opening one is not it."""
    if actor is None or actor.first_token < 0:
        return False
    doc = finite.doc
    opening = next((t.i for t in reversed(doc[sentence.start : finite.i]) if t.text in "()"), None)
    return opening is not None and doc[opening].text == "(" and actor.last_token < opening


def apposition_subject(
    actor: ActorMention | None, finite: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Dubbla uppdrag, det vill säga uppdrag för ledamot och ersättare att företräda
    nämnden, är inte tillåtna``: an actor inside an apposition opened by a comma and a marker
    (`apposition_markers`: ``det vill säga``, ``dvs.``, ``alltså``, ``nämligen``, ``t.ex.``)
    and closed by a comma before the verb is no subject of that verb; the noun the apposition
    restates is, when it is an actor (``Förvaltningschefen, dvs. den högste tjänstemannen,
    leder …``), else none (round 23, cause B8). Any other actor is returned as it is, except
    before an apposition whose head is an actor (`_restating_actor`)."""
    restating = _restating_actor(actor, finite, mentions)
    if restating is not None:
        return restating
    if actor is None or actor.first_token < 0 or actor.last_token >= finite.i:
        return actor
    doc, start = finite.doc, sentence_start(finite)
    if not any(doc[i].text == "," for i in range(actor.last_token + 1, finite.i)):
        return actor
    position = actor.first_token - 1
    while position > start and doc[position].text != ",":
        position -= 1
    if doc[position].text != ",":
        return actor
    words = tuple(t.lower_ for t in doc[position + 1 : actor.first_token])
    if not any(words[: len(marker)] == marker for marker in GRAMMAR.apposition_markers):
        return actor
    return mention_at(position - 1, mentions) if position > start else None


def without_named_apposition(
    actors: list[ActorMention], actor: ActorMention, finite: Token
) -> list[ActorMention]:
    """``Regionens båda stiftelser, Stiftelsen Åbyhem och Ekby Fond AB, äger …``: names in
    commas between a plural subject and its finite verb restate the plural head, no
    conjuncts (a subject series takes no comma before its verb): the statement stays with
    the head (docs/annotation.md §2.2, round 46 bo; analysis 53-cb P3). The plural may be
    the head's number, a counting determiner (``båda``, ``två``) or two or more names (the
    invariant ``Kommunens bolag, Alfa AB och Beta AB, ska …``); a capitalised body noun of
    the lexicon is no name, so without a counting word a mis-punctuated series keeps its
    conjuncts (``Nämnderna, Kommunstyrelsen och Valnämnden, ska …``; review 53b S2)."""
    if actor.first_token < 0:
        return actors
    later = [m for m in actors if m.first_token > actor.last_token]
    doc = finite.doc
    if not later or doc[actor.last_token + 1].text != ",":
        return actors
    if actor.first_token > finite.i:
        later = _postposed_names(later, doc)  # round 57 (cn C2): `finns två nämnder, A och B.`
        if not later:
            return actors
    # the last name may carry an alias after a slash (``Norrby Buss AB/Nordbuss,``; 53b-cb N2)
    elif slash_alias_end(later[-1], doc) + 1 != finite.i or doc[finite.i - 1].text != ",":
        return actors
    if not all(_capitalised_name(m, doc) for m in later):
        return actors
    counted = _counted(doc, actor)
    names = all(m.source != "lexicon" for m in later)
    if not (counted or (names and _group_of_names(doc, actor, later))):
        return actors
    return [m for m in actors if m not in later]


_CLAUSE_CLOSERS = frozenset({".", ";", "!", "?"})
_SINGULAR_NUMERALS = frozenset({"en", "ett", "1"})


def _postposed_names(later: list[ActorMention], doc: Doc) -> list[ActorMention]:
    """``I kommunen finns två nämnder, Kulturnämnden (KN) och Miljönämnden.``: after a
    subject placed after its verb (an existential ``finns``) the names of the apposition
    run to the clause's end or to a comma before a coordinator (``…, och styrelsen utser``),
    the last one with its alias after a slash or its abbreviation in brackets (round 57,
    analysis57-cn C2). The names up to there, or none where the series runs on."""
    for count, mention in enumerate(later, start=1):
        position = _past_alias(mention, doc)
        if position >= len(doc) or doc[position].text in _CLAUSE_CLOSERS:
            return later[:count]
        if (
            doc[position].text == ","
            and position + 1 < len(doc)
            and doc[position + 1].lower_ in GRAMMAR.coordinators
            and count > 1
        ):
            return later[:count]
    return []


def _past_alias(last: ActorMention, doc: Doc) -> int:
    """The position after a name, its slash alias and its bracketed abbreviation."""
    position = slash_alias_end(last, doc)
    if position < len(doc) and doc[position].text == "(":
        closing = next((t.i for t in doc[position : position + 4] if t.text == ")"), None)
        position = position if closing is None else closing + 1
    elif position < len(doc) and doc[position].text == ")":
        position += 1  # the last mention is the bracketed abbreviation itself
    return position


def _capitalised_name(mention: ActorMention, doc: Doc) -> bool:
    """A mention written with a capital, or after a capitalised adjective of its name
    (``Medicinska områdesnämnden``, round 57 cn C2)."""
    if mention.text[:1].isupper():
        return True
    before = doc[mention.first_token - 1] if mention.first_token > 0 else None
    return before is not None and before.pos_ == "ADJ" and before.text[:1].isupper()


def _counted(doc: Doc, actor: ActorMention) -> bool:
    """``Regionens båda stiftelser``, ``två bolag``: a plural head a numeral or a universal
    determiner (configs/grammar.yaml `distributive_determiners`) counts."""
    if actor.first_token == 0:
        return False
    before = doc[actor.first_token - 1]
    if before.lower_ in _SINGULAR_NUMERALS:
        return False
    if before.pos_ == "NUM" or before.lower_ in GRAMMAR.spelled_numerals:
        return True  # `tre utskott`: a numeral counts an invariant plural too (round 57, cn C2)
    return actor.plural and before.lower_ in GRAMMAR.distributive_determiners


def _group_of_names(doc: Doc, actor: ActorMention, names: list[ActorMention]) -> bool:
    """The head may stand for the names: it is plural, or two or more names follow a head
    that is no definite singular (``Kommunens bolag``: an invariant plural)."""
    if actor.plural:
        return True
    head = doc[actor.last_token]
    singular = morph_values(head, "Number") == ["Sing"] and morph_values(head, "Definite") == [
        "Def"
    ]
    return len(names) >= 2 and not singular


def _restating_actor(
    actor: ActorMention | None, finite: Token, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """``Förbundets stöd dvs. handläggarna på kansliet har …``: an apposition (a marker of
    `apposition_markers`, commas or none) whose head is an actor restates a subject noun that
    is no actor; the actor is the subject (round 29, B6). Not when the restated noun is an
    actor (``Förvaltningschefen, dvs. den högste tjänstemannen, leder``: round 23, B8) or the
    actor stands deeper in the apposition (``uppdrag för ledamot``)."""
    doc, start = finite.doc, sentence_start(finite)
    openers = {m[0] for m in GRAMMAR.apposition_markers}
    for position in range(start + 1, finite.i):
        if doc[position].lower_ not in openers:
            continue
        words = tuple(t.lower_ for t in doc[position : min(finite.i, position + 4)])
        marker = next((m for m in GRAMMAR.apposition_markers if words[: len(m)] == m), None)
        if marker is None:
            continue
        noun = position - 1 if doc[position - 1].text != "," else position - 2
        if noun < start or doc[noun].pos_ != "NOUN" or mention_at(noun, mentions) is not None:
            return None
        head = position + len(marker)
        while head < finite.i and doc[head].pos_ in {"DET", "ADJ"}:
            head += 1
        restating = mention_at(head, mentions)
        if restating is None or restating.last_token >= finite.i:
            return None
        before = actor is None or actor.first_token < 0 or actor.last_token < noun
        return restating if before else None
    return None


def in_relative_of_thing(actor: ActorMention | None, group: Group, in_actor: set[int]) -> bool:
    """The actor found before the verb stands inside a relative clause (``som``, ``där``,
    ``vars`` …, with or without a comma before it) whose antecedent is a noun that is no
    actor: it is that clause's subject or object, and the main clause's subject is the noun
    (``De beslut som vd fattar ska anmälas``, ``Ärenden, där ordföranden har yttrat sig, får
    tas upp``, ``Den budget som fullmäktige tilldelar nämnden begränsas …``)."""
    if actor is None or actor.first_token < 0 or actor.first_token >= group.finite.i:
        return False
    finite = group.finite
    if main_clause_after_relative(finite):
        return False  # "beslut som rör X och förvaltningen verkställer dem" (round 54, cg-L1)
    doc = finite.doc
    start = sentence_start(finite)
    position = actor.first_token - 1
    opener = position - 1 if position > start and doc[position].pos_ == "DET" else position
    if opener > start and adversative_after_relative(group, opener + 1):
        return False  # "… som X bestämmer men ledamot kan begära …" (round 51, bo-F)
    while position > start and doc[position].lower_ not in _relative_markers():
        if doc[position].is_punct:
            return False  # the relative clause closed before the actor
        position -= 1
    if position <= start:
        return False
    cleft = adverbial_cleft_som(group.finite)
    if cleft is not None and cleft.i == position:
        return False  # "Det är vid X, en gång per år, som Y väljer": a cleft's som (B7)
    antecedent = doc[position - 1]
    if antecedent.text == "," and antecedent.i > start:
        antecedent = doc[antecedent.i - 1]
    if antecedent.i in in_actor:
        return False
    # "Frågor där ordföranden lämnat yttrande får …": a bare noun opening the sentence is
    # often tagged an adverb or adjective (no determiner to tell); before a relative marker
    # any open-class word there heads the clause
    opening = antecedent.i == start and antecedent.pos_ in _MISTAGGED_OPENING_NOUN_POS
    return antecedent.pos_ == "NOUN" or opening


_MISTAGGED_OPENING_NOUN_POS = frozenset({"ADV", "ADJ", "PROPN"})


def fronted_clause_subject(
    actor: ActorMention | None, group: Group, mentions: Sequence[ActorMention]
) -> ActorMention | None:
    """Round 56 (analysis 56-cl C2): ``Om nämnden har anställda och konsulter ska
    förvaltningschefen föra …``: in a sentence opened by a subordinator (its clause fronted,
    no comma), an actor before the main clause's finite verb stands inside that clause,
    whatever the parser links to the main verb; the actor right after the finite verb (V2
    inversion; adverbs and a negation between) is the subject. Any finite verb, not only a
    modal (``… ansvarar rektorn för …``), and past an expletive ``det`` and the preposition
    of its cue (``åligger det förvaltningschefen att``, ``ankommer det på styrelsen att``;
    round 56, analysis 56b-cl C2'). None where no actor follows the finite verb."""
    if actor is None or actor.first_token < 0:
        return None
    finite = group.finite
    doc = finite.doc
    start = sentence_start(finite)
    if doc[start].pos_ != "SCONJ" or doc[start].lower_ not in GRAMMAR.subordinators:
        return None
    if not start < actor.first_token <= actor.last_token < finite.i:
        return None
    return mention_at(_inverted_subject_place(doc, finite.i + 1), mentions)


def _inverted_subject_place(doc: Doc, position: int) -> int:
    """Where an inverted subject opens after a finite verb: past adverbs and a negation, and
    past an expletive ``det`` with the preposition after it (``åligger det X``, ``ankommer
    det på X``)."""
    end = sentence_end(doc[min(position, len(doc) - 1)])
    position = past_adverbs_and_negations(doc, position, end)
    if position < end and doc[position].lower_ == "det":
        position = past_adverbs_and_negations(doc, position + 1, end)
        if position < end and doc[position].pos_ == "ADP":
            position += 1
    return position


def in_fronted_adverbial(actor: ActorMention | None, group: Group, in_actor: set[int]) -> bool:
    """``Beträffande skälen att entlediga revisorer, ska reglerna i lagen följas``, ``I varje
    nämnd ska protokoll föras``: in a V2 clause opened by a prepositional phrase, a nominal
    subject right after the finite verb (its determiners and adjectives before it) is the
    subject, and an actor before the finite verb stands inside the fronted adverbial (the
    preposition's object, or an object inside it): no subject, and no agent unless the
    phrase is the fronted ``av``-agent itself."""
    if actor is None or actor.first_token < 0:
        return False
    finite = group.finite
    doc = finite.doc
    start = sentence_start(finite)
    # "Över [ADV] verksamheten ska föras protokoll": a capitalised preposition the tagger
    # read as an adverb is still the phrase's (round 39, K-B6)
    preposition = doc[start].pos_ == "ADP" or doc[start].tag_.startswith("PP")
    if not preposition or not start < actor.first_token <= actor.last_token < finite.i:
        return False
    if doc[start].lower_ == "av":
        return False  # "Av utskottet fastställs taxorna": the fronted phrase is the agent
    if _nominal_subject_at(finite.i + 1, in_actor, doc):
        return True
    last = group.verbs[-1] if group.verbs else finite
    # "ska (årligen) föras protokoll": a passive's late subject after its verb (round 39)
    return last.i > finite.i and is_passive(last) and _nominal_subject_at(last.i + 1, in_actor, doc)


def _nominal_subject_at(position: int, in_actor: set[int], doc: Doc) -> bool:
    """A nominal subject, no actor, opens at `position` (past determiners and adjectives)."""
    while position < len(doc) and doc[position].pos_ in {"DET", "ADJ", "NUM"}:
        position += 1
    if position >= len(doc) or position in in_actor:
        return False
    subject = doc[position]
    return subject.pos_ in {"NOUN", "PROPN"} and subject.dep_.startswith("nsubj")


def _relative_markers() -> frozenset[str]:
    """Words that open a relative clause after a noun: ``som``, ``vars``, a relative
    determiner (``vilka``) or a relative adverb (``där``, ``då``)."""
    return frozenset({"som", "vars"}) | GRAMMAR.interrogatives | GRAMMAR.adverb_subordinators


def subordinate_conjunct(finite: Token, in_subordinate: set[int]) -> bool:
    """A finite verb conjoined to the finite verb of a subordinate clause, in that verb's
    voice and with no subject of its own, continues that clause (``att beslut genomförs och
    följs upp``): the parser's conjunct, or the verb right before the coordinator."""
    if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in finite.children):
        return False
    if finite.dep_ == "conj" and subject_relative_main_conjunct(finite, finite.head):
        return False  # "som rör X och förvaltningen bereder …" (round 54, cg-L1)
    if modal_main_conjunct(finite, in_subordinate):
        return False
    first = _first_conjunct(finite)
    if _after_main_conjunct(finite, first, in_subordinate):
        return False
    if first is not None and first.i in in_subordinate and is_finite(first):
        # the parser's conjunct keeps its first conjunct's scope, in any voice; not the
        # last member of a main clause's series (round 42, ba-10)
        return not _closes_main_series(finite, first, in_subordinate)
    if first is not None and first.i in in_subordinate and is_passive(first) == is_passive(finite):
        return True  # "där förslag kan visas och diskuteras": a modal's infinitive (round 29, B3)
    if _conjunct_in_open_relative(finite, in_subordinate):
        return True  # "är den som vill verka för X och förbinder sig …" (round 45, bi-C11)
    heads = [finite.head] if finite.dep_ == "conj" else []
    before = _verb_before_coordinator(finite)
    heads += [before] if before is not None else []
    return any(
        head.i in in_subordinate
        and head.i < finite.i
        and is_finite(head)
        and is_passive(head) == is_passive(finite)
        and tense_of(head) == tense_of(finite)
        for head in heads
    )


def _conjunct_in_open_relative(finite: Token, in_subordinate: set[int]) -> bool:
    """The parser's conjunct of a verb of a ``som``-clause that no comma has closed stays in
    that clause (``Medlem är den som delar X och förbinder sig att …``), in any form
    (`coordination.in_open_som_clause`, which checks the ``conj`` after its head)."""
    head = finite.head
    chain = [head.i, *(c.i for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    if not any(position in in_subordinate for position in chain):
        return False  # (the modal of "som vill verka" is the subordinate clause's finite)
    som = open_som_before(head)
    return som is not None and in_open_som_clause(finite, som)


def _after_main_conjunct(finite: Token, first: Token | None, in_subordinate: set[int]) -> bool:
    """``Regionstyrelsen, som väljs av X, leder och samordnar Y samt ansvarar för Z``: the
    parser conjoins the last verb to the relative clause's, but the finite verb before its
    coordinator comes after that clause and is the main clause's: the verb continues the
    main clause (round 42, bb-C2)."""
    if first is None:
        return False
    before = _finite_before_joint(finite)
    return before is not None and before.i > first.i and before.i not in in_subordinate


def _closes_main_series(finite: Token, first: Token, in_subordinate: set[int]) -> bool:
    """``Nämnden leder arbetet, bereder ärenden som avgörs av X och ansvarar för …``: an
    active present after ``och``/``samt`` that the parser joins to a passive subordinate verb
    closes a series of main-clause presents joined by a comma before that clause (``A, B
    och C``): a relative series keeps one voice (round 11), a main clause's series goes on."""
    doc = finite.doc
    if is_passive(finite) or not is_passive(first) or finite.i == 0:
        return False
    if doc[finite.i - 1].lower_ not in GRAMMAR.noun_phrase_coordinators:
        return False
    for comma in doc[sentence_start(finite) + 1 : first.i - 1]:
        member = doc[comma.i + 1]
        if comma.text != "," or member.i in in_subordinate:
            continue
        present = is_finite(member) or present_by_spelling(member)
        if present and not is_passive(member) and tense_of(member) == tense_of(finite):
            return True
    return False


def modal_main_conjunct(finite: Token, in_subordinate: set[int]) -> bool:
    """``Utskottet sammanträder på dag som utskottet bestämmer och ska hålla …``,
    ``Ordföranden ska kalla när två ledamöter begär det och ska se till att …``: a modal
    group after a subordinate clause that ends the first conjunct, whose infinitive the
    parser conjoins to a verb before that clause (the main clause's), continues the main
    clause, not the subordinate one (an ``att``-clause, a complement, is left alone)."""
    main = finite.head
    if not is_modal(finite) or not finite.dep_.startswith("aux") or main.i <= finite.i:
        return False
    if not _after_coordinator(finite):
        return False  # "samtidigt som hänsyn ska tas": the modal's own clause (round 37, B4)
    if main.dep_ != "conj" or main.head.i >= finite.i or main.head.i in in_subordinate:
        return False
    if not _complemented(main):
        return False  # "ärenden som X bereder och ska besluta om": the relative's gap
    first = main.head
    between = finite.doc[first.i + 1 : finite.i]
    return (is_verb(first) or first.dep_ == "ROOT") and any(
        t.i in in_subordinate or (t.lower_ in GRAMMAR.subordinators and t.lower_ != "att")
        for t in between
    )


def _complemented(verb: Token) -> bool:
    """The verb has a dependent after it, and its clause does not end in a stranded
    preposition (an object or prepositional gap keeps a conjunct in a relative clause)."""
    doc = verb.doc
    end = verb.i + 1
    while end < sentence_end(verb) and doc[end].text not in {",", ".", ";", ":"}:
        end += 1
    after = [c for c in verb.children if c.i > verb.i and c.pos_ != "PUNCT"]
    return bool(after) and doc[end - 1].pos_ != "ADP"


def _first_conjunct(finite: Token) -> Token | None:
    """The finite verb the parser conjoins `finite` to (``att lokalerna underhålls och
    motsvarar …``: ``underhålls``); for a copular predicative (``som är brådskande och
    kräver …``: the parser's head is the adjective) its copula; past a list's noun conjunct
    the parser hung it on (``om det strider mot lag, mot reglementet eller strider mot …``:
    ``reglementet``, a conjunct of the first verb; round 41, agt-C4)."""
    if finite.dep_ != "conj" or finite.head.i >= finite.i:
        return None
    head = finite.head
    if is_verb(head):
        return head
    copula = next((c for c in head.children if c.dep_ == "cop" and c.i < finite.i), None)
    if copula is not None or head.dep_ != "conj" or head.pos_ not in _LIST_MEMBER_POS:
        return copula
    return head.head if is_verb(head.head) and head.head.i < head.i else None


_LIST_MEMBER_POS = frozenset({"NOUN", "PROPN"})


def _verb_before_coordinator(finite: Token) -> Token | None:
    """``genomförs och följs``, ``äger eller annars har``: the verb (past a particle or
    adverb) right before the coordinator that opens `finite`'s conjunct."""
    doc = finite.doc
    position = finite.i - 1
    while position > sentence_start(finite) and doc[position].pos_ == "ADV":
        position -= 1  # "eller annars har"
    if position <= sentence_start(finite) or doc[position].lower_ not in GRAMMAR.coordinators:
        return None
    position -= 1
    while position > sentence_start(finite) and doc[position].pos_ == "ADV":
        position -= 1
    return doc[position] if is_verb(doc[position]) else None


def main_conjuncts_apart(
    group: Group, main: tuple[Token, bool] | None, in_actor: set[int]
) -> Group:
    """An ``att``-clause's group ends before a finite conjunct that continues the main clause
    (`att_clause_conjunct`): that conjunct is a group of its own (round 32, D12)."""
    for position, verb in enumerate(group.verbs[1:], start=1):
        if is_finite(verb) and att_clause_conjunct(verb, (verb,), main, in_actor):
            return replace(group, verbs=group.verbs[:position])
    return group


def att_clause_conjunct(
    finite: Token, verbs: Sequence[Token], main: tuple[Token, bool] | None, in_actor: set[int]
) -> bool | None:
    """Where a finite conjunct without a subject of its own, after an ``att``-clause with a
    finite verb, belongs (round 32, D12; docs/annotation.md §5.4): True when it matches both
    the main clause's verb (`main`: its finite verb and whether it is passive) and the
    ``att``-clause's in tense and voice, so it continues the main clause (``Nämnden intygar
    att budgeten håller samt lämnar ett yttrande``); False when it shares a form the main
    verb lacks, a passive or the clause's own modal, so it stays in the ``att``-clause
    (``beslutar att avgifterna höjs och tas ut``, ``beslutar att bolaget ska sälja X och ska
    redovisa Y``); None otherwise (not such a conjunct: the other scope rules decide).
    `verbs`: the conjunct's action verbs."""
    if main is None or main[0].i >= finite.i:
        return None
    main_verb, main_passive = main
    doc = finite.doc
    joint = finite.i - 1
    while joint > main_verb.i and doc[joint].pos_ == "ADV":
        joint -= 1  # "och därefter fattar"
    if not (doc[joint].lower_ in GRAMMAR.coordinators or doc[joint].text == ","):
        return None
    if any(
        child.dep_.startswith(("nsubj", "expl")) and (child.i < finite.i or joint < finite.i - 1)
        for child in finite.children
    ):
        return None  # a subject of its own (after a fronted adverb, inverted); right after
        # the coordinator a pronoun after the verb is its object ("samt skickar det")
    marker = next((t for t in reversed(doc[main_verb.i + 1 : joint]) if t.lower_ == "att"), None)
    if marker is None or any(
        is_finite(t) and t.i not in in_actor for t in doc[main_verb.i + 1 : marker.i]
    ):
        return None
    clause = doc[marker.i + 1 : joint]
    if any(t.lower_ in _CLAUSE_OPENERS or t.text in {":", ";"} for t in clause):
        return None  # a clause inside the att-clause: its conjunct is another matter
    clause_verbs = [t for t in clause if t.i not in in_actor and is_verb(t)]
    clause_finite = next((t for t in clause_verbs if is_finite(t)), None)
    if clause_finite is None:
        return None  # "ansvarar för att INF … och är": an infinitive clause (older rule)
    passive = any(is_passive(verb) for verb in verbs)
    if passive and not main_passive:
        return False
    if is_modal(finite) and is_modal(clause_finite) and not is_modal(main_verb):
        return False
    if is_modal(main_verb):
        return None  # "ska se till att X beaktar … och utgår": the main verb is an infinitive
    if _plural_predicative_of_singular(finite, main_verb):
        return False  # "ser till att reglerna följs och är kända" (round 40, ay C11)
    clause_passive = any(is_passive(verb) for verb in clause_verbs)
    same_tense = tense_of(finite) == tense_of(clause_finite) == tense_of(main_verb)
    return True if same_tense and passive == clause_passive == main_passive else None


def _plural_predicative_of_singular(finite: Token, main_verb: Token) -> bool:
    """A copula conjunct whose predicative adjective is plural where the main clause's
    subject is singular (``Styrelsen ser till att reglerna följs och är kända``): it
    agrees with the ``att``-clause's subject, not the main one's (round 40, analyst ay C11)."""
    if finite.lemma_.lower() != "vara" or finite.dep_ != "cop" or finite.head.pos_ != "ADJ":
        return False
    if "Plur" not in morph_values(finite.head, "Number"):
        return False
    subject = next((c for c in main_verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and "Sing" in morph_values(subject, "Number")


_CLAUSE_OPENERS = frozenset({"som", "om", "när", "där", "då", "vilket", "vilka", "vars"})


def owner_of_thing(actor: ActorMention | None, som: Token | None) -> bool:
    """``Föreningens protokoll som ska föras löpande``: the antecedent found for ``som`` is a
    genitive owner before the noun that ``som`` follows; it owns that noun, a thing (no
    actor), and is not the relative clause's subject: its passive with a deontic cue has the
    implicit actor (round 35, B3; docs/annotation.md §5.2)."""
    if actor is None or som is None or som.lower_ != "som" or not actor.genitive:
        return False
    return actor.last_token == som.i - 2 and som.doc[som.i - 1].pos_ in {"NOUN", "PROPN"}


_CONTINUATIVE_RELATIVES = frozenset({"vilka", "vilken"})


def continuative_relative(subordinator: Token, finite: Token) -> bool:
    """``Över sammanträdena ska föras protokoll, vilka ska justeras inom en vecka`` (round
    39, K-B5; docs/annotation.md §5.1): after a comma that closes a passive's (late)
    subject, ``vilka``/``vilken`` as the subject of a clause with its own modal adds a clause
    about that thing (``och de ska justeras``); its agentless passive has the implicit
    actor, as a main clause's would."""
    if subordinator.lower_ not in _CONTINUATIVE_RELATIVES or subordinator.i == 0:
        return False
    if subordinator.nbor(-1).text != "," or not is_modal(finite) or subordinator.i < 2:
        return False
    if subordinator.nbor(-2).dep_ != "nsubj:pass":
        return False  # the antecedent is the late subject of the passive before the comma
    between = finite.doc[subordinator.i + 1 : finite.i]
    return finite.i > subordinator.i and not any(
        t.is_punct or t.lower_ in GRAMMAR.subordinators for t in between
    )
