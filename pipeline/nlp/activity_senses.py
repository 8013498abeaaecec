"""The activity sense of a body noun that also names the body doing it (round 23, cause C1).

``revisionen`` (heads marked `activity_sense` in configs/actors.yaml) names the auditors as a
body as the subject or agent of an action (``Revisionen granskar …``), in a reference
(``Reglemente för revisionen``) and in an owner compound or after an owner's genitive
(``Regionrevisionen``, ``kommunens revision``). It names the activity (docs/annotation.md
§2.1) after an attributive adjective (``den kommunala revisionen``), after a partitive
(``delar av revisionen``, `partitive_nouns`), as the genitive of an abstract noun
(``revisionens oberoende``, `abstract_genitive_nouns`, or a quality noun in ``-het``) and as
the subject of an evaluative adjective predicate (``revisionen är viktig``,
`evaluative_adjectives`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.language.lexicon import BODY_CATEGORIES, ActorLexicon


def activity_sense(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """Whether the bare head ``token`` names the activity, not the body."""
    if _owned(token):
        return False
    return (
        _after_attribute(doc, token, lexicon)
        or _after_partitive(doc, token, lexicon)
        or _genitive_of_abstract_noun(doc, token, lexicon)
        or _evaluated(token, lexicon)
    )


def _owned(token: Token) -> bool:
    """``kommunens revision``, ``dess revision``: an owner makes it the owner's body."""
    return any(child.dep_ == "nmod:poss" for child in token.children)


def _after_attribute(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``den kommunala revisionen``, ``en extern revision``: an attributive adjective before
    the head, no name adjective (``gemensamma``) and no adjective naming persons; a unit's
    place (``centrala revisionen``, `unit_place_adjectives`) is no name before an activity
    head (round 49, R1)."""
    if token.i == 0:
        return False
    before = doc[token.i - 1]
    return (
        (before.pos_ == "ADJ" or before.dep_ == "amod")
        and before.head.i == token.i
        and (
            before.lower_ not in lexicon.name_adjectives
            or _described_level(doc, before, lexicon)
            or lexicon.name_adjectives[before.lower_] in lexicon.unit_place_adjectives
        )
        and lexicon.analyse(before.text) is None
    )


def _described_level(doc: Doc, adjective: Token, lexicon: ActorLexicon) -> bool:
    """``den kommunala revisionen``: a level-of-government adjective (`body_common_adjectives`)
    after an article describes the activity, as any attribute does (round 30, C1)."""
    return (
        adjective.lower_ in lexicon.body_common_adjectives
        and adjective.i > 0
        and doc[adjective.i - 1].lower_ in {"den", "det", "de", "en", "ett"}
    )


def _after_partitive(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``delar av revisionen``, ``merparten av revisionen``: a part of the activity."""
    return (
        token.i >= 2
        and doc[token.i - 1].lower_ == "av"
        and doc[token.i - 2].lower_ in lexicon.partitive_nouns
    )


def _genitive_of_abstract_noun(doc: Doc, token: Token, lexicon: ActorLexicon) -> bool:
    """``revisionens oberoende``, ``revisionens självständighet``: the genitive of an
    abstract noun is the activity's quality; ``revisionens ordförande`` stays the body's."""
    if not token.lower_.endswith("s") or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1].lower_
    return following in lexicon.abstract_genitive_nouns or following.endswith(
        lexicon.quality_nominalisation_suffixes
    )


def _evaluated(token: Token, lexicon: ActorLexicon) -> bool:
    """``Revisionen är viktig``: the subject of a copula with an evaluative adjective."""
    predicate = token.head
    return (
        token.dep_ == "nsubj"
        and predicate.pos_ == "ADJ"
        and any(child.dep_ == "cop" for child in predicate.children)
        and (
            predicate.lemma_.lower() in lexicon.evaluative_adjectives
            or predicate.lower_ in lexicon.evaluative_adjectives
        )
    )


def coordinated_with_body(token: Token, lexicon: ActorLexicon) -> bool:
    """``tillsätta nämnd eller beredning``, ``styrelse och beredning``: an indefinite bare
    head coordinated with a body noun (``styrelse``, ``nämnd``) is a body too (round 23,
    cause C2), not the activity (``om beredning behövs``)."""
    conjuncts = [child for child in token.children if child.dep_ == "conj"]
    if token.dep_ == "conj":
        conjuncts.append(token.head)
    for conjunct in conjuncts:
        analysis = lexicon.analyse(conjunct.text)
        if (
            analysis is not None
            and analysis[1].category in BODY_CATEGORIES
            and (analysis[0] != token.lower_)
        ):
            return True
    return False
