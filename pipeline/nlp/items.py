"""The statements of list items under their lead-in's frame (`pipeline.nlp.lead_ins`).

An item's own verb (``att utse …``, ``Fastställa internbudget``) and its conjuncts are its
aims; under an incomplete lead-in a phrase item is the object of the lead-in's action, or a
responsibility under a responsibility lead-in; an item under a bare actor lead-in is a
sentence without its subject (docs/annotation.md §5.1).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.language.grammar import GRAMMAR, DeonticCues
from pipeline.language.spelling import VOWELS, lemma_lexicon, lexicon_lemma
from pipeline.nlp.actors import ActorMention
from pipeline.nlp.conditions import condition_span, object_span, without_condition
from pipeline.nlp.cues import CueIndex, action_after, phrase_at
from pipeline.nlp.groups import coordinated, slot_infinitive, time_phrase_words, verb_group
from pipeline.nlp.memo import doc_text, morph_values, token_memo
from pipeline.nlp.sentences import title_case_word
from pipeline.nlp.statements import Statement, find_statements
from pipeline.nlp.subjects import opens_item_question, subordinator_of
from pipeline.nlp.verb_fallbacks import adverbial_joint, named_item_dash, subject_attribute
from pipeline.nlp.verb_forms import (
    CLOSED_CLASS_POS,
    MAX_PHRASE_TOKENS,
    PREPOSITIONAL_PHRASE_POS,
    adverbial_phrase_start,
    is_modal,
    lexicon_base_form,
    lexicon_infinitive,
    participle_spelling,
    verb_not_noun_base_form,
)
from pipeline.nlp.verb_vetoes import name_before_kind_noun, present_without_ending
from pipeline.nlp.verbs import (
    could_be_infinitive,
    is_finite,
    is_infinitive,
    is_passive,
    is_verb,
    verb_lemma,
)


def subject_item_statements(
    doc: Doc, actor: ActorMention | None, cues: DeonticCues
) -> list[tuple[int, Statement]]:
    """The statements of an item whose subject is its bare lead-in's actor."""
    index: CueIndex = doc.user_data.get("styrdok_cues", {})
    subject = _inherited(actor)
    found = [
        (number, statement)
        for number, sentence in enumerate(doc.sents)
        for statement in find_statements(sentence, doc._.actors or [], cues, index, subject)
    ]
    if found or actor is None or not _opens_with_infinitive(doc):
        return _verb_first_subject(doc, found, subject)
    # "Ordinarie årsmöte" ⏎ "– fastställa bokslutet samt bevilja ansvarsfrihet": an
    # infinitive item names the actor's business without a cue, deontic none, one statement
    # per coordinated infinitive (docs/annotation.md §5.1)
    return item_statements(doc, _bare_frame(actor), incomplete=False)


def _verb_first_subject(
    doc: Doc, found: list[tuple[int, Statement]], subject: ActorMention | None
) -> list[tuple[int, Statement]]:
    """``Kommunstyrelsen`` ⏎ ``• väljer kommittéerna …``: an item that opens with its finite
    verb (V1) has no subject of its own, so an actor after that verb is no inverted subject:
    the active statements of that verb take the lead-in's actor, once (round 40, analyst ay
    C7; docs/annotation.md §5.1)."""
    if subject is None or not _opens_with_present(doc):
        return found
    start = doc[_item_start(doc)].idx
    kept: list[tuple[int, Statement]] = []
    for number, statement in found:
        if _verb_first_statement(doc, statement):
            statement = replace(statement, actor=subject)
            if any(n == number and s.aim_start == start and s.actor is subject for n, s in kept):
                continue
        kept.append((number, statement))
    return kept


def _opens_with_infinitive(item: Doc) -> bool:
    """An item that opens with a bare infinitive, past the list's coordinator and an
    adverbial (``– vartannat år välja ordförande``)."""
    return bool(_item_aims(item)) and all(
        "Fin" not in morph_values(aim, "VerbForm") for aim in _item_aims(item)
    )


def _bare_frame(actor: ActorMention) -> Statement:
    return Statement(
        actor=actor,
        deontic="none",
        modal=None,
        modal_text=None,
        aim="",
        aim_start=-1,
        aim_end=-1,
        aim_text="",
        negated=False,
        passive=False,
        object_span=None,
        condition_span=None,
    )


def named_description_statements(
    doc: Doc, actor: ActorMention, description: Span, cues: DeonticCues
) -> list[tuple[int, Statement]]:
    """The statements of a subjectless description whose subject is the unit named before
    it in the same clause: the sentence after the name (`lead_ins.glued_name`) or the rest of
    a table row after its label cell (`lead_ins.label_row`), each of its sentences from the
    description's start."""
    index: CueIndex = doc.user_data.get("styrdok_cues", {})
    mentions = doc._.actors or []
    return [
        (number, statement)
        for number, sentence in enumerate(doc.sents)
        if sentence.end > description.start
        for statement in find_statements(
            doc[max(sentence.start, description.start) : sentence.end], mentions, cues, index, actor
        )
    ]


def is_governed(item: Doc, *, incomplete: bool = False, actor: bool = False) -> bool:
    """An item is governed by its lead-in when it opens with ``att`` or a bare infinitive, or
    has no statement of its own in its first sentence (``– Stödja medlemmarna. I arbetet ska
    förbundet …``: a later sentence's statement leaves the first one to the lead-in).
    ``actor``: the lead-in names an actor, so a statement whose subject the parser found after
    the item's opening finite verb is none of the item's own (`_verb_first_statement`)."""
    first = _item_start(item)
    opens_with_verb = len(item) > first and (
        item[first].lower_ == "att" or _bare_infinitive(item[first])
    )
    # under an incomplete lead-in a clause after ";" comments on a noun-phrase item (round 38)
    semicolon = _noun_phrase_semicolon(item, first) if incomplete else len(item.text)
    return opens_with_verb or not any(
        number == 0
        and statement.aim_start < semicolon
        and not (actor and _verb_first_statement(item, statement))
        for number, statement in item._.statements or []
    )


def _verb_first_statement(item: Doc, statement: Statement) -> bool:
    """Round 52 (analysis 52-bz C2; round 40 ay C7): under ``Det här gör nämnden:`` or ``Så
    arbetar rådet:`` an item that opens with its finite verb (V1: ``– underrättar
    Miljönämnden om …``) has no subject of its own: the active statement of that verb whose
    actor stands after it took the verb's object for an inverted subject."""
    if not _opens_with_present(item):
        return False
    start = item[_item_start(item)].idx
    own = statement.actor
    return (
        statement.aim_start == start
        and not statement.passive
        and own is not None
        and own.start > start
    )


def _noun_phrase_semicolon(item: Doc, first: int) -> int:
    """Round 38 (B1): the offset of the first ``;`` of an item that opens with a noun phrase
    (``kommunens arkiv; det viktigaste ansvaret är bevarande``): a clause after it comments
    on the item, which stays the lead-in's object; the item's end where there is none."""
    if len(item) <= first or item[first].pos_ not in _NOUN_PHRASE_OPENERS:
        return len(item.text)
    return next((t.idx for t in item[first:] if t.text == ";"), len(item.text))


_NOUN_PHRASE_OPENERS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM"})


def _item_start(item: Doc) -> int:
    """Where an item's own words start: past the coordinator that the last items of a list
    may carry (``– samt inom förvaltningen fördela arbetet``, ``– och följa upp …``), which
    joins the item to the ones before it, not to anything inside it."""
    return 1 if len(item) > 1 and item[0].lower_ in GRAMMAR.coordinators else 0


def _item_aims(doc: Doc, *, objects: bool = False, phrase: bool = False) -> list[Token]:
    """An item's actions: ``att`` + infinitive, a bare infinitive opening the item
    (``Fastställa internbudget``, however tagged: the item continues its lead-in, so its
    first word is an infinitive slot) with its conjuncts; else the verbs of its first finite
    verb group, when that is the item's own clause (``att ekonomin ska vara i balans``), not
    a relative clause that makes the item a noun phrase (``ärenden som rör …, det vill
    säga …``: every later verb is embedded too). ``objects``: the lead-in's own verb awaits
    its object in the items (``utövar tillsyn över följande:``), so a word tagged as a noun
    opening an item is one (``förskola och fritidshem``). ``phrase``: the lead-in breaks off at
    its responsibility cue's preposition (``ansvarar för:``), so an attributive adjective
    opening an item opens the preposition's noun phrase (``antagna program``)."""
    start = _item_start(doc)
    if _opens_with_condition(doc, start):
        infinitive = _infinitive_after_condition(doc, start)
        return [infinitive, *_conjuncts(infinitive)] if infinitive is not None else []
    opens_with_att = len(doc) > start + 1 and doc[start].lower_ == "att"
    position = start + 1 if opens_with_att else start
    while position < len(doc) and (
        doc[position].pos_ == "ADV"
        or doc[position].lower_ in GRAMMAR.negations  # "– inte delta i …" (tagged PART)
        or _emphatic_after_negation(doc, start, position)
        or _adverbial_before_infinitive(doc, position)
    ):
        position += 1
    position = _past_noun_adverbial(doc, _past_adverbial_phrase(doc, position))
    if position < len(doc) and not _lone_noun(doc[position]):
        first = doc[position]
        slot = slot_infinitive(first) and not (objects and first.pos_ == "NOUN")
        if (objects or (phrase and _inflected(first))) and _attribute_of_object(first):
            slot = False  # "uppgifter avseende" + "allmänna [ADJ] badplatser": the object
        elif could_be_infinitive(first) or _bare_infinitive(first) or slot:
            return [first, *_conjuncts(first)]
    in_actor = {i for m in doc._.actors or [] for i in range(m.first_token, m.last_token + 1)}
    finite = next((t for t in doc if is_finite(t) and t.i not in in_actor), None)
    if finite is None or _lone_noun(finite) or not _main_in_item(finite, in_actor):
        return []
    return list(verb_group(finite).verbs)


def _opens_with_condition(item: Doc, start: int) -> bool:
    """An item opening with a subordinator of condition or time (grammar.yaml
    `postposed_condition_openers`, `adverb_subordinators`: ``om``, ``när``, ``då``)."""
    if start + 1 >= len(item):
        return False
    word = item[start].lower_
    return word in GRAMMAR.postposed_condition_openers or word in GRAMMAR.adverb_subordinators


def _infinitive_after_condition(item: Doc, start: int) -> Token | None:
    """Round 50 (50-bw G4): ``– om ordföranden har förhinder leda mötet``: an item opening with
    a subordinator of condition or time and its clause, then a bare infinitive (the lexicon's,
    not after a modal, an auxiliary or ``att`` of the clause: ``– om ledamoten vill avstå``
    has none): the item's verb, the clause its condition. None: a condition item."""
    infinitive = _first_infinitive(item, start)
    return infinitive if infinitive is not None and not _governed_in_clause(infinitive) else None


def _first_infinitive(item: Doc, start: int) -> Token | None:
    """The first infinitive after an item's opening subordinator and its next word."""
    return next((token for token in item[start + 2 :] if _item_infinitive(token)), None)


def _item_infinitive(token: Token) -> bool:
    """An infinitive by its tag, or a verb-like word the lexicon knows only as a base form."""
    return is_infinitive(token) or (
        token.pos_ in _VERB_LIKE and lexicon_infinitive(token.lower_) and not is_finite(token)
    )


def _governed_in_clause(token: Token) -> bool:
    """An infinitive whose modal, auxiliary or ``att`` stands before it, past adverbs, or
    that a coordinator joins to a word of the clause (``– om avgifter samt teckna avtal``:
    the second action of a phrase item, round 33 B3)."""
    for before in reversed(token.doc[: token.i]):
        if before.lower_ in GRAMMAR.coordinators:
            return True
        if before.pos_ == "ADV" or before.lower_ in GRAMMAR.negations:
            continue
        return before.pos_ in {"AUX", "CCONJ"} or is_modal(before) or before.lower_ == "att"
    return False


def condition_opening(item: Doc) -> bool:
    """Round 50 (50-bw G8): an item that opens with a subordinator of condition or time and
    holds no infinitive (``– om föreningens resultat är negativt,``, but also ``– om taxor,``:
    see `condition_item`; not ``– om taxor samt säkerställa …``)."""
    start = _item_start(item)
    return _opens_with_condition(item, start) and _first_infinitive(item, start) is None


def condition_item(item: Doc) -> bool:
    """Round 50 (50-bw G8): a `condition_opening` item with a verb of its clause
    (`Doc._.verbs`, or a finite by its tag): a clause of condition or time, where ``– om
    taxor,`` is the topic of ``besluta om``."""
    return condition_opening(item) and (
        bool(item._.verbs) or any(is_finite(token) for token in item)
    )


def _attribute_of_object(token: Token) -> bool:
    """Round 38: an adjective the parser attaches to the noun after it (``allmänna
    badplatser``) opens an item that is the object the lead-in's verb awaits, unless the
    lexicon knows the word only as an infinitive. Round 46: a participle by its fine tag,
    whatever the coarse one (``antagna [VERB, PC] program``), attributes too."""
    return (
        (token.pos_ == "ADJ" or token.tag_.startswith("PC"))
        and token.dep_ == "amod"
        and token.head.i > token.i
        and not lexicon_infinitive(token.lower_)
    )


def _inflected(token: Token) -> bool:
    """Round 46: no base form in the lexicon (``enskilda``, ``antagna``), so no infinitive;
    a base form (``Upprätta förslag``: the adjective `upprätt` inflects so too) may be the
    item's infinitive and keeps that reading."""
    return token.lower_ not in lemma_lexicon()[1]


_ADVERB_ENDINGS = ("t", "ande", "ende")  # a neuter adjective, a present participle


def _adverbial_before_infinitive(doc: Doc, position: int) -> bool:
    """Round 38 (at-B2): a neuter adjective used as an adverb (``noggrant``, ``regelbundet``,
    however tagged) right before an infinitive the lexicon knows opens the item's verb
    phrase: the infinitive is the aim, not the adverb. Round 47 (non-verb aims): so does a
    present participle (``löpande informera``) and a word in -a the lexicon knows as no
    word's form (``noga följa [ADJ]``)."""
    token = doc[position]
    if not _adverb_spelling(token.lower_) or position + 1 >= len(doc):
        return False
    following = doc[position + 1]
    if not (lexicon_infinitive(following.lower_) or "Inf" in morph_values(following, "VerbForm")):
        return False
    return token.pos_ in {"ADJ", "NOUN", "VERB"} and not lexicon_infinitive(token.lower_)


def _adverb_spelling(word: str) -> bool:
    if word.endswith(_ADVERB_ENDINGS):
        return True
    return word.endswith("a") and not lexicon_lemma(word) and not lexicon_base_form(word)


def _past_adverbial_phrase(doc: Doc, position: int) -> int:
    """``i samverkan med skolan förebygga …``, ``att genom uppsökande arbete och på annat sätt
    nå …``: an adverbial prepositional phrase (or coordinated ones) may stand between the
    item's start (or its ``att``) and the governed infinitive; the infinitive's position, or
    `position` where no infinitive follows such a phrase."""
    if position >= len(doc) or doc[position].pos_ != "ADP":
        return position
    short = _infinitive_after_short_phrase(doc, position)
    if short is not None:
        return short
    for token in doc[position + 1 : position + 1 + MAX_PHRASE_TOKENS]:
        if token.text == ",":
            return _infinitive_after_comma(doc, position, token.i)
        if adverbial_phrase_start(token) != position:
            continue
        if is_infinitive(token) or (token.pos_ in _VERB_LIKE and slot_infinitive(token)):
            return token.i
    return position


_ATTRIBUTE_POS = frozenset({"DET", "ADJ", "NUM"})
_NO_NOUN_POS = CLOSED_CLASS_POS | {"PART", "PUNCT", "AUX", "SYM"}


def _infinitive_after_short_phrase(doc: Doc, position: int) -> int | None:
    """Round 50 (50-bw G3): ``– före kommande stämma sammanställa närvaron``: a preposition,
    its determiners and adjectives, then one word (its noun, whatever the tagger reads it
    as: `stämma`; a noun by its tag where nothing stands before it) and an infinitive
    right after: the infinitive's position, else None."""
    noun = position + 1
    while noun < len(doc) and doc[noun].pos_ in _ATTRIBUTE_POS:
        noun += 1
    if noun + 1 >= len(doc) or doc[noun].pos_ in _NO_NOUN_POS:
        return None
    if noun == position + 1 and doc[noun].pos_ not in {"NOUN", "PROPN"}:
        return None
    following = doc[noun + 1]
    return following.i if _item_infinitive(following) else None


def _infinitive_after_comma(doc: Doc, position: int, comma: int) -> int:
    """``• i samverkan med polisen, förebygga och motverka brott`` (round 49, 49-r G5): a
    fronted prepositional phrase (no verb, no relative word in it) closed by a comma right
    before an infinitive: the infinitive's position, else `position`; a relative clause in
    commas on the phrase's noun is skipped (``i samverkan med polisen, som leder arbetet,
    delta i …``: `delta`, never the relative's verb)."""
    phrase = doc[position:comma]
    if comma + 1 >= len(doc) or any(t.pos_ not in PREPOSITIONAL_PHRASE_POS for t in phrase):
        return position
    if doc[comma + 1].lower_ == "som":  # past a relative clause in commas on the phrase's noun
        comma = next(
            (t.i for t in doc[comma + 2 : comma + 2 + MAX_PHRASE_TOKENS] if t.text == ","), comma
        )
        if comma + 1 >= len(doc) or doc[comma + 1].lower_ == "som":
            return position
    following = doc[comma + 1]
    if is_infinitive(following) or (following.pos_ in _VERB_LIKE and slot_infinitive(following)):
        return following.i
    return position



def _past_noun_adverbial(doc: Doc, position: int) -> int:
    """``– vartannat år välja ordförande``, ``– varje månad rapportera …``: a noun phrase
    opened by a determiner or numeral right before a tagged infinitive is an adverbial (an
    infinitive has no subject); the infinitive's position, else `position`. Round 48
    (analysis 48-y X6): its noun may take a prepositional phrase (``– senast två veckor före
    mötet skicka ut …``)."""
    if position >= len(doc) or doc[position].pos_ not in {"DET", "NUM"}:
        return position
    after_preposition = False
    for token, _ in time_phrase_words(doc[position + 1 : position + 1 + MAX_PHRASE_TOKENS]):
        if is_infinitive(token):
            return token.i if token.i > position + 1 else position
        after_preposition = after_preposition or token.pos_ == "ADP"
        if not after_preposition and token.i > position + 3:  # the bare phrase's old reach
            break
    return position


_VERB_LIKE = frozenset({"VERB", "AUX", "ADJ", "ADV", "X"})  # an infinitive the tagger missed


def _conjuncts(first: Token) -> list[Token]:
    """The infinitives coordinated with an item's opening one: by form after ``och``/``,``
    (``coordinated``), and any verb spelled as an infinitive right after a coordinator or
    comma, past a long complement (``medverka i …, främja …``, ``leda arbetet med och
    samordna …``: an item-initial infinitive makes its conjuncts infinitives, however
    tagged); never one after a subordinator (``arbeta för att förebygga och motverka …``,
    ``företag som ska leda och …``); past a short adverbial after the coordinator too
    (``och vid behov revidera``, ``och i förekommande fall entlediga``: round 43, probe43-5)."""
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
        elif before.lower_ not in joining:
            joint = adverbial_joint(doc, token.i)  # "och vid behov revidera" (round 43)
            before = doc[joint] if joint is not None and joint > first.i else before
        if before.lower_ in joining and (_infinitive_form(token) or _spelled_infinitive(token)):
            found.setdefault(token.i, token)
    return [found[i] for i in sorted(found)]


def _spelled_infinitive(token: Token) -> bool:
    """Round 39 (U1): ``utse och entlediga [ADJ] verkställande direktören``: after an
    item-initial infinitive and a coordinator, a word the lexicon knows only as a verb's base
    form (or a listed irregular infinitive) is a conjunct infinitive though tagged an
    adjective, adverb or unknown word (never a noun: ``skola och förskola``)."""
    if token.lower_ in GRAMMAR.non_infinitives:
        return False
    if token.pos_ not in {"ADJ", "ADV", "X"} and not _closed_tag_misread(token):
        return False
    return lexicon_infinitive(token.lower_) or token.lower_ in GRAMMAR.infinitives


def _closed_tag_misread(token: Token) -> bool:
    """A closed-class tag on a word that is no member of those classes (``och vid behov
    revidera [ADP] taxorna``: round 43, probe43-5): a closed class has no unknown members."""
    return token.pos_ in CLOSED_CLASS_POS and token.lower_ not in GRAMMAR.closed_class_words


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
    if token.pos_ == "VERB" and is_passive(token) and token.lower_.endswith("s"):
        return False  # "– diarieföras.": an s-passive under the lead-in's modal, no noun
    finite = is_finite(token) or present_without_ending(token)
    finite_tag = finite and token.lower_ not in GRAMMAR.infinitives
    noun = token.pos_ == "NOUN" or (token.pos_ == "VERB" and not is_verb(token))  # by lexicon
    return (noun or finite_tag) and all(t.pos_ in {"PUNCT", "CCONJ"} for t in rest)


def _main_in_item(finite: Token, in_actor: set[int]) -> bool:
    """The item's own clause: not a relative clause inside it (``ärenden som rör …``); an
    item opening with ``att`` + a full clause has that clause's verb (``att ekonomin ska
    vara i balans``)."""
    if _inside_parentheses(finite):
        return False  # "en tjänsteman (som/han måste inte vara chef)": an aside, not the item
    if any(token.text == ";" for token in finite.doc[: finite.i]):
        return False  # "kommunens arkiv; ansvaret är bevarande": a comment after the item
    subordinator = subordinator_of(finite, finite.sent, in_actor)
    if subordinator is None and finite.dep_ == "conj":
        # "stöd till personer som inte studerar, saknar arbete": the relative clause's verb
        subordinator = _conjunct_subordinator(finite, in_actor)
    if subordinator is None:
        return not opens_item_question(finite)  # "Fråga om kallelsen har gått ut i tid."
    # only "att" opens an item's own clause (``att ekonomin ska vara i balans``); ``När en
    # verksamhet ska drivas …`` under ``besluta i frågor om:`` is the object of the lead-in's
    # preposition, a clause with no statement (round 40, aw-V1)
    return subordinator.i == 0 and subordinator.lower_ == "att"


def _conjunct_subordinator(finite: Token, in_actor: set[int]) -> Token | None:
    """The subordinator of the first conjunct that `finite` is joined to by conj: a verb
    coordinated with a relative clause's verb shares its ``som``."""
    head = finite
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.i == finite.i or not is_finite(head):
        return None
    return subordinator_of(head, head.sent, in_actor)


def _inside_parentheses(token: Token) -> bool:
    depth = 0
    for before in token.doc[: token.i]:
        depth += (before.text == "(") - (before.text == ")")
    return depth > 0


def _bare_infinitive(token: Token) -> bool:
    """A verb opening a list item (past its list coordinator) is its infinitive: nothing
    stands before it, so it cannot be the finite verb of a declarative clause (V2), whatever
    the tagger says (``Utse …``, ``och följa upp …``)."""
    if token.i != _item_start(token.doc) or is_modal(token):
        return False
    if _place_name_subject(token):
        return False  # "– Landa [VERB] kommun utser två ledamöter." (round 58, 58-cr C3b)
    if token.pos_ != "VERB":
        return _misread_item_infinitive(token)
    if not _infinitive_ending(token.lower_):
        return False  # "Val [VERB] av revisorer": an agenda item's noun (round 47)
    return "Part" not in morph_values(token, "VerbForm") and token.lower_ not in GRAMMAR.copulas


def _place_name_subject(token: Token) -> bool:
    """Round 58 (analysis 58-cr C3b): ``Landa kommun utser två ledamöter.`` under ``…
    fördelade enligt följande:``: a capitalised word right before a place kind noun
    (`verb_vetoes.name_before_kind_noun`) that opens an actor mention with it is the
    place's name, the item's subject, not an infinitive the tagger read (``Landa``,
    ``Vinna``, ``Bygga`` are verbs' base forms too)."""
    if not name_before_kind_noun(token):
        return False
    mentions = token.doc._.actors or []
    return any(m.first_token == token.i and m.last_token > token.i for m in mentions)


def _misread_item_infinitive(token: Token) -> bool:
    """Round 52 (analysis 52-bz C3): ``• initiera [ADP] frågor om …``: an item's first word
    tagged with a closed class it is no member of, which the lexicon knows only as a verb's
    base form (never a noun's: ``förskola``), is the item's infinitive; a true preposition
    (``– inom ramen för …``) is a member of its class and stays one."""
    return _closed_tag_misread(token) and verb_not_noun_base_form(token.lower_)


def _infinitive_ending(word: str) -> bool:
    """Every Swedish infinitive ends in a vowel, or in the s-passive's (deponent's) -s.
    One guard against the tagger's reading of an agenda noun as a verb (``Val av
    revisorer`` → ``vala``; round 47, nu47 fault 6): an item's infinitive here, a passive in
    verb_vetoes.py `passive_without_s`."""
    return word[-1:] in VOWELS or word.endswith("s")


def _aim_statement(
    doc: Doc, base: Statement, aim: Token, cues: DeonticCues | None = None
) -> Statement:
    # a memo of the Doc: the conditions of the aim's sentence are found once, not per rule
    with token_memo(doc):
        lemma = aim.lower_ if aim.pos_ not in {"VERB", "AUX"} else verb_lemma(aim)
        condition = condition_span(aim.sent) or _opening_condition(doc, aim)
        if cues is not None and _has_responsibility(aim, cues):
            lemma = "ansvara"
        stacked = _stacked_cue(doc, aim, base, cues)
        modal_text, skipped = stacked if stacked else (base.modal_text, set())
        return replace(
            base,
            aim=lemma,
            aim_start=aim.idx,
            aim_end=aim.idx + len(aim.text),
            aim_text=aim.text,
            modal_text=modal_text,
            object_span=without_condition(
                doc_text(doc), object_span(aim, len(doc), skipped), aim.sent
            ),
            condition_span=condition,
        )


def _stacked_cue(
    item: Doc, aim: Token, base: Statement, cues: DeonticCues | None
) -> tuple[str, set[int]] | None:
    """Round 48 (w48-z; newuser52b fault 2): an item that opens with a cue phrase of its own
    (``– se till att protokollet justeras``, ``– ansvara för arkivet``) under a modal
    lead-in (``Sekreteraren ska:``) is a stacked cue read as the same words inline: the
    modal text is the lead-in's modal joined to the item's cue (``ska se till att``), and the
    object starts after the cue's particle or preposition, a closing ``att`` kept with its
    clause (``att protokollet justeras``, ``arkivet``). The cue words the object skips."""
    if cues is None or base.modal_text is None or base.modal_text.lower() not in cues.modals:
        return None
    if aim.i != _item_start(item):
        return None
    found = phrase_at(aim, item.user_data.get("styrdok_cues", {}), cues)
    if found is None or found[0] == "none" or found[1] <= aim.i + 1:
        return None
    end = found[1]
    first_object = end - 1 if item[end - 1].lower_ == "att" else end
    return f"{base.modal_text} {item[aim.i : end].text}", set(range(aim.i + 1, first_object))


def _opening_condition(item: Doc, aim: Token) -> tuple[int, int] | None:
    """Round 50 (50-bw G4): the clause of condition or time that opens an item before its
    infinitive (``om ordföranden har förhinder`` of ``– om ordföranden har förhinder leda
    mötet``), to the word before the infinitive, a comma left out."""
    start = _item_start(item)
    if aim.i <= start + 1 or not _opens_with_condition(item, start):
        return None
    last = aim.i - 1
    while last > start and item[last].is_punct:
        last -= 1
    return (item[start].idx, item[last].idx + len(item[last].text))


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
    object_clause: bool = False,
    att_object: bool = False,
    content_att: bool = False,
) -> list[tuple[int, Statement]]:
    """A list item's statements under its lead-in's actor, deontic and cue. ``incomplete``:
    the lead-in is incomplete (``ska besluta i följande ärenden:``, ``ska även handha``), so a
    phrase item is the object of its action; under a complete lead-in only an item with a
    verb of its own carries a statement. ``object_clause``: the lead-in breaks off at its
    verb (`LeadIn.awaits_object_clause`), so a content-clause item is its object;
    ``att_object``: at its verb's particle or preposition (`LeadIn.awaits_att_object`), so an
    item ``att`` + subject + finite verb is its object; ``content_att``: at the ``att`` right
    after its own verb (`LeadIn.content_att`), so every item is that verb's object
    (``Styrelsen beslutar att`` + ``1. Anta planen,`` → besluta, object the item)."""
    if not _has_word(doc):
        return []  # "• k": an item cut to one letter has no phrase to continue (round 40)
    base = replace(
        governing,
        actor=_inherited(governing.actor),
        modal=None,  # the cue is in the lead-in: its text is kept, its span is not here
        condition_span=None,
        passive=False,
    )
    if incomplete and own_aim_frame(governing, cues):
        # "Ordföranden ska se till att:" + "– sammanträda …", "– att protokoll förs", "–
        # styrelsen sammanträder …", "– en budget": `se` is the aim of every item, the item
        # its object, as inline (round 57; configs/deontics.yaml `own_aim_phrases`)
        return _object_clause(doc, base)
    if content_att or _object_clause_item(doc, governing, object_clause, att_object):
        # "Ordföranden ansvarar för att: – protokoll förs vid varje möte", "ska se till att:
        # – bolaget följer …": the item is the object of the lead-in's action, as in one
        # sentence; under a complete lead-in it continues nothing
        if not incomplete:
            return []
        clause = _object_clause(doc, base)
        if clause:
            return clause
    if cues is not None and governing.deontic == "none" and _opens_with_present(doc):
        # "Det här gör förvaltningen" + "– ansvarar för registret", "– har rätt att teckna
        # firma": a subjectless present continues the actor as under a bare actor lead-in,
        # each item verb with its own cue (docs/annotation.md §5.1)
        own = subject_item_statements(doc, governing.actor, cues)
        if own:
            return own
    aims = _item_aims(
        doc,
        objects=incomplete and _lexical_aim(governing),
        phrase=incomplete and _awaits_noun_phrase(governing),
    )
    if governing.actor is None and not governing.aim and governing.passive:
        return _passive_item_statements(doc, base, aims, cues)
    if aims:
        base = _negated_item(doc, base, aims[0], cues)
        return [(0, statement) for aim in dict.fromkeys(aims)
                for statement in _own_cue_statements(doc, base, aim, cues)]
    return _phrase_item_statements(doc, governing, base, cues) if incomplete else []


def _emphatic_after_negation(doc: Doc, start: int, position: int) -> bool:
    """Round 54 (newuser54b fault 4): an emphatic or reflexive word (grammar
    `emphatic_words`: ``själv``, ``personligen``, ``ensam``) after a negation among an item's
    opening words stands in the slot before the infinitive as an adverb does (``– inte själv
    företräda regionen``); without a negation before it (``– själva verksamheten``) it is no
    such word."""
    return doc[position].lower_ in GRAMMAR.emphatic_words and any(
        t.lower_ in GRAMMAR.negations for t in doc[start:position]
    )


def _negated_item(
    doc: Doc, base: Statement, aim: Token, cues: DeonticCues | None
) -> Statement:
    """Round 53 (newuser53b fault 1): an item whose verb a negation precedes among the item's
    opening adverbs (``– inte delta i upphandlingar``, ``– att inte ingå borgen``, ``– inte
    heller ingå …``) negates the lead-in's cue as the same words inline would (``ska inte
    delta``): the negated class of its deontic (§5.3; an obligation or permission becomes a
    prohibition), negated, the negation joined to the modal text. Every aim of the item
    (its conjuncts) shares the negation. A lead-in already negated keeps its frame."""
    if cues is None or base.negated:
        return base
    opening = doc[_item_start(doc) : aim.i]
    negation = next((t for t in opening if t.lower_ in GRAMMAR.negations), None)
    if negation is None or any(
        t.pos_ not in {"ADV", "PART"} and t.lower_ not in GRAMMAR.negations
        and t.lower_ != "att" and not _emphatic_after_negation(doc, opening.start, t.i)
        for t in opening
    ):
        return base
    modal_text = f"{base.modal_text} {negation.text}" if base.modal_text else base.modal_text
    deontic = cues.negated_class.get(base.deontic, base.deontic)
    return replace(base, deontic=deontic, negated=True, modal_text=modal_text)


def _own_cue_statements(
    doc: Doc, base: Statement, aim: Token, cues: DeonticCues | None
) -> list[Statement]:
    """Analysis 52-p P-D: under a lead-in without a cue (``Enheten arbetar också med att:``,
    deontic none) an item whose infinitive opens a cue phrase of its own (``ansvara för att
    …``, ``se till att …``) takes that cue's deontic; its aim is the infinitive after the
    cue's ``att`` where there is one (``ansvara för att sköta`` → ``sköta``, §5.3), else the
    cue verb (``se till att ansökningar diarieförs`` → ``se``). A lead-in's own cue wins."""
    if cues is None or base.deontic != "none":
        return [_aim_statement(doc, base, aim, cues)]
    phrase = phrase_at(aim, doc.user_data.get("styrdok_cues", {}), cues)
    if phrase is None:
        return [_aim_statement(doc, base, aim, cues)]
    actions = action_after(phrase[1], aim.sent, set()) if phrase[1] < len(doc) else []
    cued = replace(base, deontic=phrase[0])
    return [_aim_statement(doc, cued, action, cues) for action in actions or [aim]]


def own_aim_frame(frame: Statement, cues: DeonticCues | None) -> bool:
    """The lead-in's cue ends in a phrase whose own verb is the aim (`own_aim_phrases`:
    ``ska se till att:``, ``ser till att:``): the frame's aim is the phrase's verb and its
    modal text ends in the phrase's other words (round 57, note37; docs/annotation.md §5.1,
    §5.3: ``ska se till att upprätta X`` → aim ``se``)."""
    if cues is None or not frame.modal_text:
        return False
    words = tuple(frame.modal_text.lower().split())
    return any(
        frame.aim == phrase[0] and words[-(len(phrase) - 1) :] == phrase[1:]
        for phrase in cues.own_aim_phrases
        if len(phrase) > 1
    )


def _object_clause_item(
    doc: Doc, governing: Statement, object_clause: bool, att_object: bool
) -> bool:
    """The item is a clause with a subject of its own: a subject clause, a content clause
    under a lead-in that breaks off at its verb, or ``att`` + subject + finite verb."""
    return bool(
        subject_clause(doc)
        or (object_clause and content_clause(doc))
        or ((att_object or _cue_only_responsibility(governing)) and att_subject_clause(doc))
    )


def _passive_item_statements(
    doc: Doc, base: Statement, aims: list[Token], cues: DeonticCues | None
) -> list[tuple[int, Statement]]:
    """``Beslut som fattas på delegation ska: – anmälas till nämnden``: the lead-in's subject
    is no actor; a passive item has the implicit actor, an active one none."""
    agents = {s.aim_start: s.actor for _, s in doc._.statements or [] if s.actor is not None}
    return [
        (0, replace(_aim_statement(doc, base, aim, cues), actor=agents.get(aim.idx), passive=True))
        for aim in dict.fromkeys(aims)
        if is_passive(aim)  # "– fattas av nämnden": the item's own agent is the actor
    ]


def _phrase_item_statements(
    doc: Doc, governing: Statement, base: Statement, cues: DeonticCues | None
) -> list[tuple[int, Statement]]:
    """A phrase item under an incomplete lead-in: what its action is about, or the actor
    it names."""
    text = _without_series_coordinator(doc_text(doc).rstrip(" .;,:"))
    whole = (0, len(text)) if text else None
    if not whole:
        return []
    if governing.deontic == "responsibility" and governing.aim in {"", "ansvara", "svara"}:
        aim = "svara" if governing.aim == "svara" else "ansvara"
        return [(0, replace(base, aim=aim, aim_start=-1, aim_end=-1, object_span=whole))]
    member = _named_member(doc, governing.actor) if governing.deontic != "none" else None
    if governing.aim and member is not None:
        # "Nämnder som ska avvecklas:" + "– Byggnadsnämnden": the item names the actor
        passive = governing.passive
        return [(0, replace(base, actor=member, aim_start=-1, aim_end=-1, passive=passive))]
    if governing.aim:
        return _phrase_object(doc, governing, base, whole, cues)
    return []


def _phrase_object(
    doc: Doc,
    governing: Statement,
    base: Statement,
    whole: tuple[int, int],
    cues: DeonticCues | None,
) -> list[tuple[int, Statement]]:
    """A phrase item is what the lead-in's action is about: ``Följande ärenden får inte
    delegeras: – ärenden som rör …`` → (prohibition, delegera, object: the item); ``X ska
    besluta i följande ärenden: – …`` → (obligation, besluta, object: the item)."""
    more = _coordinated_infinitives(doc) if governing.actor is not None else []
    if more:  # "– om taxor samt säkerställa att …": a second action (round 33, B3)
        whole = (0, len(doc_text(doc)[: more[0].nbor(-1).idx].rstrip(" ,")))
    phrase = replace(base, aim_start=-1, aim_end=-1, object_span=whole, passive=governing.passive)
    return [(0, phrase), *((0, _aim_statement(doc, base, aim, cues)) for aim in more)]


def named_item_completion(doc: Doc, governing: Statement) -> list[tuple[int, Statement]]:
    """Round 52 (z-C2; §1.2 round 20 S3): a ``<Name> - <present> …`` item under a lead-in
    that awaits its objects (``Valnämnden har tillsatt följande grupper:``) completes the
    lead-in's verb with its name (the object), besides its own clause, whose subject is the
    name; nothing where the item is shaped otherwise or the lead-in has no verb."""
    dash = named_item_dash(doc)
    if dash is None or not governing.aim or governing.actor is None:
        return []
    base = replace(
        governing,
        actor=_inherited(governing.actor),
        modal=None,
        condition_span=None,
        passive=False,
    )
    name = (0, doc[dash - 1].idx + len(doc[dash - 1].text))
    return [(0, replace(base, aim_start=-1, aim_end=-1, object_span=name))]


def _without_series_coordinator(text: str) -> str:
    """Round 50 (newuser50b, fault 4): a phrase item that ends in a comma and a coordinator
    (``avvikelser från budgeten, och`` ⏎ ``3. …``) closes with the series' coordinator, which
    joins the next item to the list; it is no part of this item's phrase (the object)."""
    head, _, last = text.rpartition(" ")
    head = head.rstrip()
    if last.lower() in GRAMMAR.coordinators and head.endswith((",", ";")):
        return head.rstrip(" ,;")
    return text


def _has_word(item: Doc) -> bool:
    """Round 40 (aw-V4): an item with a word of two letters or more (``IT``, ``växeln``, a
    hyphenated acronym compound ``IT-chef``: letters counted, round 54 ce-R4); an excerpt cut
    mid-word may leave a last item of one letter (``• k``), which carries no statement of its
    lead-in."""
    return any(sum(c.isalpha() for c in token.text) > 1 for token in item)


def _coordinated_infinitives(item: Doc) -> list[Token]:
    """``Direktionen ska besluta:`` + ``– om taxor samt säkerställa att avgifterna
    redovisas``: a phrase item that completes its lead-in's verb and goes on after ``och``/
    ``samt``/``eller`` with a bare infinitive (a word the lexicon knows as a verb's base,
    tagged a verb or, like ``teckna``, an adjective; never a noun) adds that action and
    its conjuncts under the lead-in's actor and cue (round 33, B3; docs/annotation.md §5.1).
    Not past a subordinator or a finite verb: those open a clause inside the phrase."""
    start = _item_start(item)
    for token in item[start + 2 :]:
        if token.lower_ in GRAMMAR.subordinators or is_finite(token):
            return []
        if item[token.i - 1].lower_ not in GRAMMAR.coordinators:
            continue
        spelled = lexicon_infinitive(token.lower_) or token.lower_ in GRAMMAR.infinitives
        if spelled and (_infinitive_form(token) or token.pos_ in {"ADJ", "ADV", "X"}):
            return [token, *_conjuncts(token)]
    return []


def _named_member(item: Doc, frame_actor: ActorMention | None) -> ActorMention | None:
    """``Nämnder som ska avvecklas:`` + ``– Byggnadsnämnden``, ``Utskott som ska inrättas:``
    + ``1. Arbetsutskottet``: an item that is nothing but the name of one of the bodies the
    lead-in's subject counts (a plural or bare indefinite noun: `ActorMention.plural`, its
    text its canonical form) with the same head noun names the actor of the lead-in's action
    itself, not its object (round 22, cause B2). Only under a cue (``som ska V``): the items
    of a copula's lead-in (``Nämndens utskott är:`` + ``– Arbetsutskottet``) are its
    predicatives, the subject's actor stays."""
    if frame_actor is None or not (
        frame_actor.plural or frame_actor.text.lower() == frame_actor.canonical
    ):
        return None
    words = [t for t in item if not t.is_punct and t.lower_ not in GRAMMAR.coordinators]
    mentions = item._.actors or []
    if not words or len(mentions) != 1:
        return None
    member = mentions[0]
    spans_item = member.first_token == words[0].i and member.last_token == words[-1].i
    if not spans_item or member.plural or member.head != frame_actor.head:
        return None
    return member


def framed_item_statements(
    doc: Doc,
    frames: tuple[Statement, ...],
    *,
    incomplete: bool = True,
    cues: DeonticCues | None = None,
    object_clause: bool = False,
    att_object: bool = False,
    content_att: bool = False,
) -> list[tuple[int, Statement]]:
    """`item_statements` under the last of a lead-in's `frames`; a phrase item that completes
    that frame's verb (no verb of its own) completes each coordinated verb before it too
    (``har till uppgift att främja och stödja verksamhet inom:`` + ``– konst`` → främja,
    stödja: round 21, cause B1)."""
    *conjuncts, frame = frames
    found = item_statements(
        doc,
        frame,
        incomplete=incomplete,
        cues=cues,
        object_clause=object_clause,
        att_object=att_object,
        content_att=content_att,
    )
    found = [*found, *_later_sentences(doc, found)]
    if not conjuncts or not found or any(s.aim_start >= 0 for _, s in found):
        return found
    earlier = [
        statement
        for conjunct in conjuncts
        for statement in item_statements(doc, conjunct, incomplete=incomplete, cues=cues)
    ]
    return [*earlier, *found]


def _later_sentences(
    doc: Doc, found: list[tuple[int, Statement]]
) -> list[tuple[int, Statement]]:
    """An item of two sentences under a lead-in (``– Kartlägga flödena. Detta ska ske i
    dialog med kommunerna.``): the lead-in frames its first sentence only; a later sentence
    keeps its own statements beside the inherited one (round 29, B1; docs/annotation.md §5.1)."""
    taken = {s.aim_start for _, s in found}
    semicolon = next((t.idx for t in doc if t.text == ";"), None)
    return [
        (number, statement)
        for number, statement in doc._.statements or []
        if (number > 0 or _actor_clause_after(statement, semicolon))
        and statement.aim_start not in taken
    ]


def _actor_clause_after(statement: Statement, semicolon: int | None) -> bool:
    """``– underhåll av skolorna; förvaltaren ska lämna en rapport`` (round 41, r-C6): a
    clause after the item's ``;`` whose subject is an actor is a sentence of its own and keeps
    its statement; one with no actor subject comments on the item (round 38, B1)."""
    actor = statement.actor
    return semicolon is not None and actor is not None and actor.start > semicolon


_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})  # a subject the tagger read otherwise


def sentence_item(item: Doc) -> bool:
    """Round 58 (analysis 58-cr ruling R1): the item is a full sentence: its first sentence
    has a statement of its own whose actor stands before its aim with no comma, ``som`` or
    subordinator between (subject + finite verb: ``– Ekby kommun utser tre ledamöter.``,
    ``– Varje medlemskommun utser2 ledamöter.``), not a noun phrase with a relative clause
    (``– kommunens ordförande, som är sammankallande``)."""
    for number, statement in item._.statements or []:
        actor = statement.actor
        if number != 0 or actor is None or statement.passive or statement.aim_start < 0:
            continue
        if actor.end > statement.aim_start:
            continue
        between = item.char_span(actor.end, statement.aim_start, alignment_mode="expand")
        if between is None or not any(_clause_joint(t) for t in between):
            return True
    return False


def _clause_joint(token: Token) -> bool:
    return token.text == "," or token.lower_ == "som" or token.lower_ in GRAMMAR.subordinators


def subject_clause(item: Doc) -> bool:
    """``– Protokollen justeras inom en vecka``, ``– Handlingar skall finnas på kansliet``,
    ``– bolaget följer ägardirektivet``: an item that opens with a noun phrase followed by a
    finite verb (subject + verb, a declarative clause) is a clause with a subject of its own:
    it shares no lead-in's actor (docs/annotation.md §5.1). An infinitive opening the item
    is no subject."""
    start = _item_start(item)
    if _indirect_question(item, start):
        return True
    position = start
    while position < len(item) and (
        (
            (item[position].pos_ in _SUBJECT_POS or item[position].dep_ in _SUBJECT_DEPS)
            and item[position].lower_ not in GRAMMAR.subordinators  # "ärenden som rör …"
        )
        or _postmodifier_preposition(item[position], start)
        or _premodifier(item[position], len(item))
        or (position == start and subject_attribute(item[position]))
    ):
        if position > start and _passive_read_as_noun(item, position, start):
            break  # "antagna [VERB] beslut verkställs [NOUN]": the subject ends at its verb
        if position > start and _finite_noun_after_definite_noun(item, position):
            break  # "styrelsen sammanträder [NOUN] …": the subject ends at its verb
        position += 1
    if position == start or position >= len(item) or not is_finite(item[position]):
        return False
    first = item[start]
    infinitive = could_be_infinitive(first) or _bare_infinitive(first)
    attribute = _premodifier(first, position) or subject_attribute(first)
    if (infinitive and not attribute) or first.lower_ == "att":
        return False
    words = item[start:position]
    return any(t.pos_ in {"NOUN", "PROPN", "PRON"} or t.dep_ in _SUBJECT_DEPS for t in words)


def _finite_noun_after_definite_noun(item: Doc, position: int) -> bool:
    """Round 57 (note37): right after a definite noun, a word in ``-r`` the tagger read as a
    noun that the verb finder reads as finite (``styrelsen sammanträder [NOUN] minst …``) is
    the clause's verb, no second noun of the subject. A test of position on `is_finite`
    (which holds verb_fallbacks' `noun_tagged_present` readings), no predicate of its own."""
    token, before = item[position], item[position - 1]
    return (
        token.pos_ == "NOUN"
        and token.lower_.endswith("r")
        and before.pos_ in {"NOUN", "PROPN"}
        and "Def" in morph_values(before, "Definite")
        and is_finite(token)
    )


def _passive_read_as_noun(item: Doc, position: int, start: int) -> bool:
    """Round 47: after a subject opened by an attribute (`att_subject_word`: ``antagna
    beslut``), an s-passive the tagger read as a noun is the clause's finite verb."""
    token = item[position]
    return (
        subject_attribute(item[start])
        and token.pos_ == "NOUN"
        and token.lower_.endswith("s")
        and is_finite(token)
    )


def _cue_only_responsibility(frame: Statement) -> bool:
    """The lead-in has only its responsibility cue (``ansvarar för:``, ``har ansvar för:``)."""
    return frame.deontic == "responsibility" and frame.aim in {"", "ansvara", "svara"}


def att_subject_clause(item: Doc) -> bool:
    """``– att diariet är uppdaterat``: an item opening (past its list coordinator) with
    ``att``, a subject and then a finite verb, whose first verb is finite (no ``att``
    + infinitive: ``– att upprätta budget som nämnden fastställer``). Under a lead-in with
    only its responsibility cue (``ansvarar för:``) it is the object of the cue's preposition
    as in ``ansvarar för att diariet är uppdaterat`` (round 44, probe44 A4; §5.4). A
    participle modifying the subject's noun is part of the subject (round 46, family 6)."""
    start = _item_start(item)
    if start + 2 >= len(item) or item[start].lower_ != "att":
        return False
    for token in item[start + 1 :]:
        if _subject_participle(token, start):
            continue  # "att antagna [VERB] riktlinjer följs": a participle of the subject
        if token.pos_ in {"VERB", "AUX"} or is_finite(token):
            subject = item[start + 1 : token.i]
            return is_finite(token) and any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in subject)
    return False


def _subject_participle(token: Token, start: int) -> bool:
    """Round 46 (analysis 46-all, family 6): ``att antagna riktlinjer följs``: a participle
    right after ``att`` (by the parser's link, or by its spelling where the parser read
    ``att`` + infinitive) before a noun opens the subject, no verb phrase. A past tense
    right after ``att`` before a noun is such a participle too (``att fattade beslut
    verkställs``): no finite verb stands between ``att`` and its subject (round 50)."""
    following = token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NOUN"
    if token.i == start + 1 and following and "Past" in morph_values(token, "Tense"):
        return True
    if is_finite(token):
        return False
    if _premodifier(token, len(token.doc)):
        return True
    return token.i == start + 1 and following and participle_spelling(token.lower_)


def content_clause(item: Doc) -> bool:
    """``– om budgeten hålls``, ``– huruvida målen nås``, ``– att räkenskaperna är
    rättvisande``: an item opening (past its list coordinator) with a content-clause
    subordinator or interrogative (`content_clause_openers`) and holding a finite verb later
    is a content clause or indirect question, the object of a verb (round 23, B1). Not when
    a coordinator and a bare infinitive come before that verb (``– om avgifter samt
    säkerställa att taxan följs``: a phrase and a second action whose own clause holds the
    finite verb; round 52, analysis 52-al P4)."""
    start = _item_start(item)
    if start >= len(item) or item[start].lower_ not in GRAMMAR.content_clause_openers:
        return False
    return any(is_finite(t) for t in item[start + 1 :]) and not _coordinated_infinitives(item)


def _premodifier(token: Token, end: int) -> bool:
    """``antagna riktlinjer följs``: a participle read as an infinitive that modifies a noun
    of the subject (``amod`` of a later word before the finite verb) opens no verb phrase."""
    return token.dep_ == "amod" and token.i < token.head.i < end


def _indirect_question(item: Doc, start: int) -> bool:
    """``– vilka befogenheter som hör till uppdraget``, ``– hur ärendena bereds``: an item
    that opens with an interrogative and has a finite verb is an indirect question, a
    clause of its own (round 19, cause B2)."""
    if start >= len(item) or item[start].lower_ not in GRAMMAR.interrogatives:
        return False
    return any(is_finite(t) for t in item[start + 1 :])


def _postmodifier_preposition(token: Token, start: int) -> bool:
    """``program för året``, ``avgifter enligt taxan``: a preposition opening a noun's
    prepositional attribute (its noun an ``nmod`` of a noun already in the subject) keeps
    the subject noun phrase open."""
    head = token.head
    return (
        token.pos_ == "ADP"
        and token.dep_ == "case"
        and head.i > token.i
        and head.dep_ == "nmod"
        and start <= head.head.i < token.i
        and head.head.pos_ in {"NOUN", "PROPN"}
    )


def _object_clause(doc: Doc, base: Statement) -> list[tuple[int, Statement]]:
    """Under an incomplete lead-in whose action awaits a clause (``ansvarar för att:``, ``ska
    se till att:``) a clause item is that action's object: the lead-in's aim (``ansvara``
    where the lead-in has only its responsibility cue), object the item."""
    text = doc_text(doc).rstrip(" .;,:")
    if not text or base.actor is None:
        return []
    aim = base.aim
    if base.deontic == "responsibility" and aim in {"", "ansvara", "svara"}:
        aim = "svara" if aim == "svara" else "ansvara"
    if not aim:
        return []
    return [(0, replace(base, aim=aim, aim_start=-1, aim_end=-1, object_span=(0, len(text))))]


def _opens_with_present(item: Doc) -> bool:
    """The item opens (past its list coordinator) with a finite verb, no modal: a verb phrase
    whose subject is the lead-in's actor (``– handlägger ansökningar``)."""
    start = _item_start(item)
    return len(item) > start and is_finite(item[start]) and not is_modal(item[start])


def _lexical_aim(frame: Statement) -> bool:
    """The lead-in has a verb of its own that is not a responsibility cue (``ska besluta
    i``, ``utövar tillsyn över``, ``får inte delegeras i``). A verb inside the deontic cue
    (``har till uppgift att``) is the cue's, and awaits the items' verbs."""
    in_cue = frame.modal is not None and frame.modal[0] <= frame.aim_start < frame.modal[1]
    return frame.aim_start >= 0 and frame.aim not in {"ansvara", "svara"} and not in_cue


def _awaits_noun_phrase(frame: Statement) -> bool:
    """Round 46 (analysis 46-all, family 6): the lead-in is a responsibility cue with no verb
    of its own (``Kulturnämnden ansvarar för:``); its preposition awaits a noun phrase or an
    infinitive in the items."""
    return frame.deontic == "responsibility" and frame.aim in {"ansvara", "svara"}


def _inherited(actor: ActorMention | None) -> ActorMention | None:
    """The lead-in's actor, without a span in the item's text."""
    if actor is None:
        return None
    return replace(actor, start=-1, end=-1, first_token=-1, last_token=-1)


def presented_item_statements(doc: Doc, frame: Statement) -> list[tuple[int, Statement]]:
    """Under a presentational lead-in without its late subject (``I förvaltningen ingår``,
    ``Inom regionen ska finnas följande nämnder:``; `LeadIn.presented`) each actor noun
    phrase of an item (coordinated ones one each) is the subject of the lead-in's verb: the
    lead-in's deontic and verb, the item's actor (round 33, B1; docs/annotation.md §5.1). A
    genitive owner, an actor inside a prepositional phrase or after the item's own verb or
    relative clause is no subject, nor is an actor in parentheses right after a subject
    (``en styrelse (styrelsemyndighet)``: the bracket glosses it; round 51, an-C4)."""
    words = [t for t in doc if not t.is_punct]
    end = next(
        (t.i for t in words if is_finite(t) or t.lower_ in GRAMMAR.subordinators), len(doc)
    )
    mentions = doc._.actors or []
    in_genitive = {
        i for m in mentions if m.genitive for i in range(m.first_token, m.last_token + 1)
    }
    base = replace(frame, modal=None, object_span=None, condition_span=None)
    found = []
    for mention in mentions:
        if mention.genitive or mention.first_token < 0 or mention.last_token >= end:
            continue
        before = mention.first_token - 1
        while before >= 0 and (
            before in in_genitive or doc[before].pos_ in {"DET", "ADJ", "NUM"}
        ):
            before -= 1
        if _glosses_subject(doc, before, found):
            continue
        opens = before < _item_start(doc) or doc[before].is_punct
        if opens or doc[before].lower_ in GRAMMAR.noun_phrase_coordinators:
            found.append((0, replace(base, actor=mention)))
    return found


def organisation_name_item(doc: Doc) -> ActorMention | None:
    """Under a lead-in that presents organisations by their kind (``I koncernen finns tre
    bolag:``; `LeadIn.organisations`) an item of nothing but one capitalised word that the
    lemma lexicon does not know (``• Ekbyhem``, ``– Mitthamn.``) is one of them by its own
    name: an actor of category organisation, as a two-word name is (analysis 53b-cb N4,
    ruling h3; docs/annotation.md §2). None where the item holds an actor already, more
    words, or a word of the language (``• Ekonomi``: a function, no name)."""
    if doc._.actors:
        return None
    words = [t for t in doc if not t.is_punct]
    if len(words) != 1:
        return None
    word = words[0]
    table, lemmas = lemma_lexicon()
    if not title_case_word(word) or word.lower_ in table or word.lower_ in lemmas:
        return None
    return ActorMention(
        start=word.idx,
        end=word.idx + len(word.text),
        text=word.text,
        canonical=word.lower_,
        category="organisation",
        head=word.lower_,
        first_token=word.i,
        last_token=word.i,
        source="name",
        role="organisation",
    )


def _glosses_subject(doc: Doc, before: int, found: list[tuple[int, Statement]]) -> bool:
    """Whether the token before a mention is an opening parenthesis right after an actor
    already taken as the subject: ``en nämnd (nämndmyndighet)`` names one subject."""
    if before < 1 or doc[before].text != "(":
        return False
    return any(statement.actor.last_token == before - 1 for _, statement in found)
