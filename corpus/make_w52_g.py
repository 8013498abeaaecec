"""Builds corpus/dev/w52-g.jsonl and the documents corpus/dev/w52-g-*.txt with their gold:
invented material for round 52, writer g (short references; analyses 52-ca R1/S5, 52-aa R1,
52-bz R1 and the rulings c1, a1, z1 at the end of docs/annotation.md).
`w52-g-forvaltningar`: a web page whose headings name one `-förvaltning`/`-kontor` compound;
the bare `Förvaltningen`/`Kontoret` below takes it (c1), also in a paragraph opened by the
compound; `w52-g-socialforvaltning` (negative): the title names the unit, which stays bare.
`w52-g-bolag`: a company's ägardirektiv where the document count would leave `styrelsen` as
`styrelse`; a `styrelsen` whose own or previous sentence has a `-styrelse` compound as its
subject takes it (a1), unless that sentence names a company, förbund or stiftelse (a1',
review 52b M4: `utövar uppsikt över bolaget`); one after a sentence naming it only as an
object stays `styrelse`.
`w52-g-delegation`: under a title naming one nämnd, a chair written with the bare head's
genitive (`nämndens (vice) ordförande`) keeps it, as the dev gold has it (w9-a, w17-a, w41-s,
w44-a, w44-p; §2.2, §2.3 l.2171; round 46(a) speaks of the bare chair only), and a later bare
`ordföranden` is that chair named in full (analysis 52-ca S5 reads the test gold otherwise:
left to the coordinator); `w52-g-tva-namnder`: the same under a title naming two nämnder.
`w52-g-sammantraden`: `Ordförande i X och dess Y` is the bare office (z1); `Ordföranden i Y`
alone is Y's chair.
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w52_g.py corpus/dev"""

import re
import sys
from typing import NamedTuple

from records import FORV, FTV, HAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st


class Heading(NamedTuple):
    text: str
    actors: list


rec = records_for("w52-g", conditions_from_statements=True, check_texts=True)
FAR = ("får", "få", "pres", "act")


def document(doc, title, title_actors, blocks):
    """A title and blank-line blocks; a block is a `Heading` or a list of sentences (text,
    actors, verbs, statements) joined by a space into one paragraph clause (§1.2)."""
    texts = [title]
    records = [rec("title", title, title_actors, doc=doc, kind="heading")]
    heading, number, count = None, 0, 0
    for block in blocks:
        if isinstance(block, Heading):
            count += 1
            heading = f"h{count}"
            texts.append(block.text)
            records.append(rec(heading, block.text, block.actors, doc=doc, kind="heading"))
            continue
        number += 1
        text, actors, verbs, statements = "", [], [], []
        for sentence, s_actors, s_verbs, s_statements in block:
            before = f"{text} " if text else ""
            actors += _after(before, s_actors)
            verbs += _after(before, s_verbs)
            statements += s_statements
            text = before + sentence
        texts.append(text)
        records.append(rec(str(number), text, actors, verbs, statements, doc=doc,
                           parent=heading))
    return "\n\n".join(texts) + "\n", records


def _after(before, spans):
    """Spans of a sentence placed after the text `before` of its paragraph: each piece's
    occurrence index shifted by the times the piece occurs in `before`."""
    shifted = []
    for span in spans:
        piece, *rest = span
        nth = rest[-1] if isinstance(rest[-1], int) else 0
        base = list(rest[:-1]) if isinstance(rest[-1], int) else list(rest)
        shifted.append((piece, *base, nth + _count(before, piece)))
    return shifted


def _count(text, piece):
    return len(re.findall(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", text))


MF, SK, KF = "miljöförvaltning", "stadsbyggnadskontor", "kulturförvaltning"
FORVALTNINGAR = document(
    "w52-g-forvaltningar", "Organisation och ansvar", [],
    [Heading("Miljöförvaltningen", [("Miljöförvaltningen", MF, FORV)]),
     [("Förvaltningen handlägger ärenden om livsmedelskontroll och miljöskydd.",
       [("Förvaltningen", MF, FORV)], [pres("handlägger", "handlägga")],
       [st(MF, "Förvaltningen", "none", None, "handlägga", "handlägger",
           "ärenden om livsmedelskontroll och miljöskydd")])],
     [("Förvaltningen får begära kompletterande underlag.",
       [("Förvaltningen", MF, FORV)], [FAR, inf("begära")],
       [st(MF, "Förvaltningen", "permission", "får", "begära", "begära",
           "kompletterande underlag")])],
     Heading("Stadsbyggnadskontoret", [("Stadsbyggnadskontoret", SK, FORV)]),
     [("Kontoret ska ge vägledning inför en ansökan om bygglov.",
       [("Kontoret", SK, FORV)], [SKA, inf("ge")],
       [st(SK, "Kontoret", "obligation", "ska", "ge", "ge",
           "vägledning inför en ansökan om bygglov")])],
     Heading("Kultur", []),
     [("Kulturförvaltningen har sina lokaler i stadshuset.",
       [("Kulturförvaltningen", KF, FORV)], [HAR],
       [st(KF, "Kulturförvaltningen", "none", None, "ha", "har", "sina lokaler i stadshuset")]),
      ("Förvaltningen ansvarar för biblioteken och kulturskolan.",
       [("Förvaltningen", KF, FORV)], [pres("ansvarar", "ansvara")],
       [st(KF, "Förvaltningen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
           "för biblioteken och kulturskolan")])]])

SF = "socialförvaltning"
SOCIAL = document(
    "w52-g-socialforvaltning", "Socialförvaltningens uppdrag", [("Socialförvaltningens", SF, FORV)],
    [[("Förvaltningen ansvarar för försörjningsstöd och missbruksvård.",
       [("Förvaltningen", "förvaltning", FORV)], [pres("ansvarar", "ansvara")],
       [st("förvaltning", "Förvaltningen", "responsibility", "ansvarar för", "ansvara",
           "ansvarar", "för försörjningsstöd och missbruksvård")])],
     [("Förvaltningen ska redovisa sitt arbete varje kvartal.",
       [("Förvaltningen", "förvaltning", FORV)], [SKA, inf("redovisa")],
       [st("förvaltning", "Förvaltningen", "obligation", "ska", "redovisa", "redovisa",
           "sitt arbete varje kvartal")])]])

TE, KS = "tallvik energi ab", "kommunstyrelse"
BOLAG = document(
    "w52-g-bolag", "Ägardirektiv för Tallvik Energi AB", [("Tallvik Energi AB", TE, ORG)],
    [[("Tallvik Energi AB ägs av kommunen.",
       [("Tallvik Energi AB", TE, ORG), ("kommunen", "kommun", ORG)],
       [pres("ägs", "äga", "pass")],
       [st("kommun", "kommunen", "none", None, "äga", "ägs", "Tallvik Energi AB",
           passive=True)]),
      ("Bolaget ska leverera fjärrvärme på affärsmässiga grunder.",
       [("Bolaget", TE, ORG)], [SKA, inf("leverera")],
       [st(TE, "Bolaget", "obligation", "ska", "leverera", "leverera",
           "fjärrvärme på affärsmässiga grunder")])],
     [("Kommunstyrelsen utövar uppsikt över bolaget.",
       [("Kommunstyrelsen", KS, POL), ("bolaget", TE, ORG)], [pres("utövar", "utöva")],
       [st(KS, "Kommunstyrelsen", "none", None, "utöva", "utövar", "uppsikt över bolaget")]),
      ("Styrelsen ska varje år bedöma verksamheten mot ändamålet i bolagsordningen.",
       [("Styrelsen", "styrelse", POL)], [SKA, inf("bedöma")],  # a1': the company blocks a1
       [st("styrelse", "Styrelsen", "obligation", "ska", "bedöma", "bedöma",
           "verksamheten mot ändamålet i bolagsordningen")])],
     [("Kommunstyrelsen bereder ägarfrågorna och styrelsen ska samordna dem med budgetarbetet.",
       [("Kommunstyrelsen", KS, POL), ("styrelsen", KS, POL)],
       [pres("bereder", "bereda"), SKA, inf("samordna")],
       [st(KS, "Kommunstyrelsen", "none", None, "bereda", "bereder", "ägarfrågorna"),
        st(KS, "styrelsen", "obligation", "ska", "samordna", "samordna",
           "dem med budgetarbetet")])],
     [("Bolaget ska lämna en delårsrapport till kommunstyrelsen.",
       [("Bolaget", TE, ORG), ("kommunstyrelsen", KS, POL)], [SKA, inf("lämna")],
       [st(TE, "Bolaget", "obligation", "ska", "lämna", "lämna",
           "en delårsrapport till kommunstyrelsen")]),
      ("Styrelsen ska fastställa en affärsplan varje år.",
       [("Styrelsen", "styrelse", POL)], [SKA, inf("fastställa")],
       [st("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
           "en affärsplan varje år")])]])

KFN = "kultur- och fritidsnämnd"
KFO, KFV = "nämndens ordförande", "nämndens vice ordförande"  # as written (see the docstring)
DELEGATION = document(
    "w52-g-delegation", "Delegationsordning för kultur- och fritidsnämnden",
    [("kultur- och fritidsnämnden", KFN, POL)],
    [[("Nämnden får återkalla en delegering.",
       [("Nämnden", "nämnd", POL)], [FAR, inf("återkalla")],
       [st("nämnd", "Nämnden", "permission", "får", "återkalla", "återkalla",
           "en delegering")])],
     [("Brådskande ärenden avgörs av nämndens ordförande.",
       [("nämndens ordförande", KFO, FTV)], [pres("avgörs", "avgöra", "pass")],
       [st(KFO, "nämndens ordförande", "none", None, "avgöra", "avgörs", "Brådskande ärenden",
           passive=True)])],
     [("Vid förhinder för ordföranden beslutar nämndens vice ordförande.",
       [("ordföranden", KFO, FTV), ("nämndens vice ordförande", KFV, FTV)],
       [pres("beslutar", "besluta")],
       [st(KFV, "nämndens vice ordförande", "none", None, "besluta", "beslutar",
           condition="Vid förhinder för ordföranden")])]])

TVA = document(
    "w52-g-tva-namnder", "Delegationsordning för miljönämnden och byggnämnden",
    [("miljönämnden", "miljönämnd", POL), ("byggnämnden", "byggnämnd", POL)],
    [[("Beslut om avgifter fattas av nämndens ordförande.",
       [("nämndens ordförande", "nämndens ordförande", FTV)], [pres("fattas", "fatta", "pass")],
       [st("nämndens ordförande", "nämndens ordförande", "none", None, "fatta", "fattas",
           "Beslut om avgifter", passive=True)])],
     [("Nämndens vice ordförande får underteckna beslut om avgifter.",
       [("Nämndens vice ordförande", "nämndens vice ordförande", FTV)], [FAR, inf("underteckna")],
       [st("nämndens vice ordförande", "Nämndens vice ordförande", "permission", "får",
           "underteckna", "underteckna", "beslut om avgifter")])]])

SAMMANTRADEN = document(
    "w52-g-sammantraden", "Om sammanträden", [],
    [[("Ordförande i nämnden och dess arbetsutskott leder sammanträdena.",
       [("Ordförande", "ordförande", FTV), ("nämnden", "nämnd", POL),
        ("arbetsutskott", "nämndens arbetsutskott", POL)],  # `dess`: the owner (§2.2)
       [pres("leder", "leda")],
       [st("ordförande", "Ordförande", "none", None, "leda", "leder", "sammanträdena")])],
     [("Ordföranden i arbetsutskottet kallar till sammanträden.",
       [("Ordföranden", "arbetsutskottets ordförande", FTV),
        ("arbetsutskottet", "arbetsutskott", POL)],
       [pres("kallar", "kalla")],
       [st("arbetsutskottets ordförande", "Ordföranden", "none", None, "kalla", "kallar",
           "till sammanträden")])],
     [("Ordföranden i pensionärsrådet och dess beredningsgrupp utses av kommunstyrelsen.",
       [("Ordföranden", "ordförande", FTV), ("pensionärsrådet", "pensionärsråd", POL),
        ("beredningsgrupp", "pensionärsrådets beredningsgrupp", POL),
        ("kommunstyrelsen", KS, POL)],
       [pres("utses", "utse", "pass")],
       [st(KS, "kommunstyrelsen", "none", None, "utse", "utses",
           "Ordföranden i pensionärsrådet och dess beredningsgrupp", passive=True)])]])

DOCUMENTS = {"w52-g-forvaltningar": FORVALTNINGAR, "w52-g-socialforvaltning": SOCIAL,
             "w52-g-bolag": BOLAG, "w52-g-delegation": DELEGATION, "w52-g-tva-namnder": TVA,
             "w52-g-sammantraden": SAMMANTRADEN}


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-g", DOCUMENTS)
