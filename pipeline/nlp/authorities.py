"""State authorities named in the definite (round 19, cause C3): ``Socialstyrelsen``,
``Patent- och registerstyrelsen`` are the names of national authorities, written as names
with a capital, and keep the name as written (canonical lowercased, a genitive removed:
``socialstyrelsen``), as ``Skatteverket`` does. A ``-styrelsen`` compound is such a name
only where it names no body of the document: its first part is no organisation or body word
(``Kommunstyrelsen``, ``Förbundsstyrelsen``, ``Landstingsstyrelsen``), it is no listed role
(``länsstyrelse``, `roles` of configs/actors.yaml), and the document never writes it in
lower case, never gives it an office (``Socialstyrelsens ordförande``) and does not name it
in its organisation or title (docs/annotation.md §2.3). In a state statute (a title opening
with `law_title_nouns`: ``Förordning med instruktion för Kemikalienämnden``) a capitalised
``-nämnden`` compound is such a name on the same terms, its title included (round 35,
analyst 35 causes C4, C6): ``kemikalienämnden``; a municipality's ``Byggnämnden`` elsewhere
stays ``byggnämnd``.

Associations named in the definite (round 42, analysis 42-bc N1): a capitalised definite
compound of an association head (configs/actors.yaml `association_name_heads`:
``Hyresgästföreningen``, ``Ridklubbsförbundet``) that the document writes inside a sentence at
least once and never in the lower-case definite (a plural ``hyresgästföreningar`` names the
kind) is the association's name, at a sentence start too
(canonical the definite form: ``hyresgästföreningen``); not the bare kind (``Föreningen``),
nor a municipal body's compound (`association_name_excluded_parts`: ``Kommunalförbundet``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.language.lexicon import ActorLexicon
from pipeline.nlp.actors import ActorMention

_AUTHORITY_HEADS = ("styrelse",)
_DEFINITE = ("styrelsen", "styrelsens")
# The heads whose capitalised definite compounds name a state agency in a state statute
_STATUTE_HEADS = ("nämnd",)
_STATUTE_DEFINITE = ("nämnden", "nämndens")


def state_authorities(
    mentions: Sequence[ActorMention],
    lexicon: ActorLexicon,
    declared: str | None,
    title: str,
    *,
    untitled: bool = False,
) -> frozenset[str]:
    """The canonicals (``socialstyrelse``) of the document's state authorities; ``untitled``:
    the text is a state statute shown without its title (`untitled_statute`)."""
    candidates = {m.canonical for m in mentions if _written_as_name(m, lexicon)}
    statute = untitled or state_statute(title, lexicon)
    in_statute = {
        m.canonical
        for m in mentions
        if statute and _written_as_name(m, lexicon, _STATUTE_HEADS, _STATUTE_DEFINITE)
    }
    owned = {m.canonical.split(" ", 1)[0] for m in mentions if " " in m.canonical}
    lowered = {m.canonical for m in mentions if m.text[:1].islower()}
    named_in = f"{declared or ''} {title}".lower()
    return frozenset(
        canonical
        for canonical in candidates | in_statute
        if canonical not in lowered
        and canonical not in owned
        and f"{canonical}s" not in owned
        and (canonical not in named_in or canonical in in_statute)
    )


def state_statute(title: str, lexicon: ActorLexicon) -> bool:
    """``Förordning (2009:12) med instruktion för …``, ``Lag(2031:7) om …``: the document is
    a state statute, its title opens with a statute noun (actors.yaml `law_title_nouns`)."""
    found = _TITLE_NOUN.match(title)
    return found is not None and found.group(1).lower() in lexicon.law_title_nouns


def untitled_statute(paragraph_openers: Iterable[ActorMention]) -> bool:
    """Round 51 (an-C1, docs/annotation.md ruling n1): a text of `N §` paragraphs without
    its title line is a state agency's statute when a paragraph opens with the bare definite
    kind noun ``Myndigheten`` (the agency speaking of itself); ``paragraph_openers``: the
    mentions that open a `N §` paragraph."""
    return any(
        m.canonical == _AGENCY and m.text[:1].isupper() and not m.plural
        for m in paragraph_openers
    )


STATUTE_PARAGRAPH_LABEL = re.compile(r"\d+\s*[a-z]?\s*§")  # "1 §", "3 a §"
_AGENCY = "myndighet"

_TITLE_NOUN = re.compile(r"\s*(\w+)(?=[\s(]|$)")  # the title's first word, before a space or (


def _written_as_name(
    mention: ActorMention,
    lexicon: ActorLexicon,
    heads: tuple[str, ...] = _AUTHORITY_HEADS,
    definite: tuple[str, ...] = _DEFINITE,
) -> bool:
    canonical = mention.canonical
    head = next((h for h in heads if canonical.endswith(h)), None)
    if (
        head is None
        or mention.source != "lexicon"
        or not mention.text[:1].isupper()
        or not mention.text.lower().endswith(definite)
        or canonical in lexicon.roles
        or " " in mention.text.lower().replace("- och ", "-och-")
    ):
        return False
    prefix = canonical.removesuffix(head)
    first = prefix.removesuffix("s") if prefix.endswith("s") else prefix
    return bool(first) and lexicon.analyse(first) is None and lexicon.analyse(prefix) is None


def with_authority_names(
    mentions: Iterable[ActorMention], authorities: frozenset[str]
) -> list[ActorMention]:
    """Each mention of a state authority with its name as written, an external actor (as
    ``myndighet``)."""
    return [
        replace(m, canonical=_as_written(m), category="extern", role="external")
        if m.canonical in authorities
        else m
        for m in mentions
    ]


def _as_written(mention: ActorMention) -> str:
    written = mention.text.lower()
    genitive = written.endswith(("styrelsens", "nämndens"))
    return written.removesuffix("s") if genitive else written


# What may stand right before a sentence's (or heading's) first word
_SENTENCE_OPENERS = frozenset({".", ":", "!", "?", "•", "–", "-", "(", '"', "”", "*"})
_DEFINITE_ENDINGS = ("en", "et")


def association_names(docs: Sequence[Doc], lexicon: ActorLexicon) -> frozenset[str]:
    """The canonicals (``hyresgästförening``) of the associations the documents name by a
    capitalised definite compound (round 42, bc-N1)."""
    inside: set[str] = set()
    lowered: set[str] = set()
    for doc in docs:
        for mention in doc._.actors or []:
            if not _association_compound(mention, lexicon):
                continue
            if mention.text[:1].islower() and _definite_compound(mention):
                lowered.add(mention.canonical)  # "idrottsföreningen" (a plural is the kind)
            elif mention.text[:1].islower() or mention.text.isupper():
                continue  # "STADGAR FÖR IDROTTSFÖRENINGEN": capitals name nothing
            elif _definite_compound(mention) and _inside_sentence(doc, mention.first_token):
                inside.add(mention.canonical)
    return frozenset(inside - lowered)


def _association_compound(mention: ActorMention, lexicon: ActorLexicon) -> bool:
    canonical = mention.canonical
    head = next((h for h in lexicon.association_name_heads if canonical.endswith(h)), None)
    return (
        head is not None
        and len(canonical) > len(head)
        and mention.source == "lexicon"
        and " " not in mention.text
        and not canonical.startswith(lexicon.association_name_excluded_parts)
    )


def _definite_compound(mention: ActorMention) -> bool:
    written = _without_genitive(mention)
    return written in {mention.canonical + ending for ending in _DEFINITE_ENDINGS}


def _without_genitive(mention: ActorMention) -> str:
    written = mention.text.lower()
    return written.removesuffix("s") if mention.genitive else written


def _inside_sentence(doc: Doc, index: int) -> bool:
    return (
        index > 0 and not doc[index].is_sent_start and doc[index - 1].text not in _SENTENCE_OPENERS
    )


def with_association_names(
    mentions: Iterable[ActorMention], names: frozenset[str]
) -> list[ActorMention]:
    """Each capitalised definite mention of a named association with the name as written."""
    return [replace(m, canonical=_without_genitive(m)) if _named(m, names) else m for m in mentions]


def _named(mention: ActorMention, names: frozenset[str]) -> bool:
    text = mention.text
    capitalised = text[:1].isupper() and not text.isupper()
    return mention.canonical in names and capitalised and _definite_compound(mention)
