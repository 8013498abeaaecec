"""``-grupp`` compounds whose first part is neither a role nor a nominalised verb
(``temagrupp``, ``strategigrupp``; round 21, cause C4; docs/annotation.md §2.5): the lexicon
reads them as categories (``målgrupp``, ``åldersgrupp``), but one that acts, the subject of an
agentive verb (``Temagruppen föreslår ändringar``), or that carries a numeral name
(``Strategigrupp ett``, ``Arbetsgrupp 2``) is a body (pipeline/nlp/actors.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.language.lexicon import ActorLexicon, Head
from pipeline.nlp.memo import morph_values


@dataclass(frozen=True)
class GroupCompound:
    canonical: str  # "temagrupp"
    head: Head  # the group head (`role_holder_compounds`)
    plural: bool


def group_compound(token: Token, lexicon: ActorLexicon) -> GroupCompound | None:
    """The compound of a group head that takes only role-holder compounds
    (`role_holder_compounds`) which the lexicon did not read as an actor: its first part is
    a word of its own (two letters or more, alphabetic)."""
    if not token.is_alpha or lexicon.analyse(token.text) is not None:
        return None
    lower = token.lower_
    for head in lexicon.role_holder_compound_heads:
        at = lower.rfind(head.head)
        if at < 2:
            continue
        found = lexicon.analyse(lower[at:])
        if found is None or found[1].head != head.head:
            continue
        canonical = lower[:at] + found[0]
        if lexicon.analyse(lower[:at].removesuffix("s")) is not None:
            return None  # a first part that is an actor: the lexicon's rules decide
        return GroupCompound(canonical, head, lexicon.is_plural(token.text, found[0], head))
    return None


def numeral_name_end(doc: Doc, token: Token, canonical: str) -> int | None:
    """``Strategigrupp ett``, ``Arbetsgrupp 2``: the index of a numeral right after a
    capitalised indefinite singular head (a name) that names the group."""
    after = token.i + 1
    if after >= len(doc) or not token.text[:1].isupper() or token.lower_ != canonical:
        return None
    numeral = doc[after]
    return after if numeral.like_num or numeral.pos_ == "NUM" else None


def group_of_kind(doc: Doc, token: Token, canonical: str, head: Head) -> bool:
    """``utifrån gruppen äldre``, ``för gruppen unga vuxna``: the bare definite group head
    after a preposition and before an adjective used as a noun or a plural noun names a
    category of people (a quantity), no body (round 21, cause C6)."""
    if not head.role_holder_compounds or canonical != head.head:
        return False
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i - 1].pos_ != "ADP":
        return False
    following = doc[token.i + 1]
    plural_noun = following.pos_ == "NOUN" and "Plur" in morph_values(following, "Number")
    return following.pos_ == "ADJ" or plural_noun
