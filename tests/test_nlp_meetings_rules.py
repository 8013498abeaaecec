"""The short form ``mötet`` of the document's members' meeting (pipeline/nlp/meetings.py)
on hand-parsed, invented sentences."""

from __future__ import annotations

from pipeline.nlp.components import DocumentRules, StatementFinder
from pipeline.nlp.document import ClauseInfo
from pipeline.nlp.meetings import document_meeting, meeting_mentions
from tests.nlp_helpers import CUES, LEXICON, parsed

ANNUAL = """
Årsmötet årsmöte NOUN 2 nsubj Definite=Def
hålls hålla VERB 0 ROOT Voice=Pass
i i ADP 4 case
mars mars NOUN 2 obl
"""

ELECTS = """
Mötet möte NOUN 2 nsubj Definite=Def
väljer välja VERB 0 ROOT
revisorer revisor NOUN 2 obj
och och CCONJ 5 cc
valberedning valberedning NOUN 3 conj
"""

EVENT = """
Vid vid ADP 2 case
mötet möte NOUN 4 obl Definite=Def
ska skola AUX 4 aux
protokoll protokoll NOUN 4 nsubj:pass
föras föra VERB 0 ROOT Voice=Pass
"""


def test_motet_acts_as_the_documents_one_members_meeting(nlp) -> None:
    """Round 16 (cause C6): ``Årsmötet hålls i mars. Mötet väljer revisorer och
    valberedning.`` → ``Mötet`` (årsmöte), (årsmöte, none, välja); ``Vid mötet`` is the
    event, no actor."""
    docs = [parsed(nlp, rows) for rows in (ANNUAL, ELECTS, EVENT)]
    assert document_meeting(docs[0]._.actors, LEXICON).canonical == "årsmöte"
    found = meeting_mentions(docs, LEXICON)
    assert list(found) == [1]
    assert [(m.text, m.canonical) for m in found[1]] == [("Mötet", "årsmöte")]
    for doc in docs:
        StatementFinder(nlp.vocab, CUES)(doc)
    infos = [ClauseInfo(str(i), None, "paragraph") for i in range(len(docs))]
    DocumentRules(LEXICON, CUES).resolve(docs, infos, None)
    assert [(s.actor.canonical, s.aim) for _, s in docs[1]._.statements] == [("årsmöte", "välja")]


def test_motet_names_no_assembly_beside_two_or_none(nlp) -> None:
    """Two members' meetings (``årsmötet``, ``förbundsstämman``) or none: ``Mötet`` stays
    the event. A bare ``stämman`` beside ``föreningsstämman`` is the same one."""
    congress = parsed(
        nlp,
        """
        Förbundsstämman förbundsstämma NOUN 2 nsubj Definite=Def
        sammanträder sammanträda VERB 0 ROOT
        """,
    )
    docs = [parsed(nlp, ANNUAL), congress, parsed(nlp, ELECTS)]
    assert meeting_mentions(docs, LEXICON) == {}
    assert meeting_mentions([parsed(nlp, ELECTS)], LEXICON) == {}
    same = parsed(
        nlp,
        """
        Föreningsstämman föreningsstämma NOUN 2 nsubj Definite=Def
        väljer välja VERB 0 ROOT
        ordförande ordförande NOUN 2 obj
        för för ADP 5 case
        stämman stämma NOUN 3 nmod Definite=Def
        """,
    )
    assert document_meeting(same._.actors, LEXICON).canonical == "föreningsstämma"


def test_motet_is_an_associations_kongress_but_no_fullmaktige(nlp) -> None:
    """Round 47 (analysis 47-bo A3): an association's one assembly that is no `möte`
    (``Kongressen``, ``Representantskapet``: category övrig) is the document's members'
    meeting, and ``Mötet väljer …`` acts for it; a municipality's ``Kommunfullmäktige``
    (a political body) is none."""
    congress = parsed(
        nlp,
        """
        Representantskapet representantskap NOUN 2 nsubj Definite=Def
        sammanträder sammanträda VERB 0 ROOT
        """,
    )
    assert document_meeting(congress._.actors, LEXICON).canonical == "representantskap"
    found = meeting_mentions([congress, parsed(nlp, ELECTS)], LEXICON)
    assert [(m.text, m.canonical) for m in found[1]] == [("Mötet", "representantskap")]
    assembly = parsed(
        nlp,
        """
        Kommunfullmäktige kommunfullmäktige NOUN 2 nsubj
        sammanträder sammanträda VERB 0 ROOT
        """,
    )
    assert document_meeting(assembly._.actors, LEXICON) is None
    assert meeting_mentions([assembly, parsed(nlp, ELECTS)], LEXICON) == {}


def test_motet_inverted_after_a_fronted_phrase_acts(nlp) -> None:
    """Round 51 (analysis 51-bo B): ``Efter valen utser mötet revisorer.``: after a fronted
    adverbial the word right after the active finite verb is the inverted subject, though
    the parser calls it an object, so ``mötet`` acts (årsmöte, none, utse); ``Inför mötet
    skickar styrelsen ut handlingar.``: the fronted phrase's ``mötet`` is the event."""
    inverted = parsed(
        nlp,
        """
        Efter efter ADP 2 case
        valen val NOUN 3 obl Definite=Def
        utser utse VERB 0 ROOT
        mötet möte NOUN 3 obj Definite=Def
        revisorer revisor NOUN 3 obj
        """,
    )
    fronted = parsed(
        nlp,
        """
        Inför inför ADP 2 case
        mötet möte NOUN 3 obl Definite=Def
        skickar skicka VERB 0 ROOT
        styrelsen styrelse NOUN 3 nsubj Definite=Def
        ut ut ADP 3 compound:prt
        handlingar handling NOUN 3 obj
        """,
    )
    docs = [parsed(nlp, ANNUAL), inverted, fronted]
    found = meeting_mentions(docs, LEXICON)
    assert list(found) == [1]
    assert [(m.text, m.canonical) for m in found[1]] == [("mötet", "årsmöte")]
