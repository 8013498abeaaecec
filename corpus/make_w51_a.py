"""Builds corpus/dev/w51-a.jsonl and the documents corpus/dev/w51-a-*.txt with their gold:
invented material for round 51, writer w51a (analysis 51-w50y C, analysis 51-by C4, C5, C6,
analysis 51-bx C8). C: a list lead-in with a fronted adverbial, then `får`, the inverted
subject and an optional `inte` before the colon: the verb items take the modal's frame
(prohibition with `inte`, permission without); NEG: noun items under `får` (receive) complete
the lead-in's own verb. C6: `I X ingår/sitter följande <noun>:` with no items after it gives no
statement. C5: a given name opening a list item under a copular roster lead-in is no verb;
NEG: a capitalised infinitive that is no given name. C8: `, det vill säga <wh-clause>` after a
coordinated object gives no statement of `säga`. C4: a cleft after a fronted phrase
(`I X är det Y som V`). Gold by hand from docs/annotation.md §5.1, §5.2 and the round 48/51
rulings before any run. Offsets computed.
Run: python corpus/make_w51_a.py corpus/dev"""

import sys

from records import AR, FAR, FORV, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, PE, PR, NONE = "obligation", "permission", "prohibition", "none"
rec = records_for("w51-a")
DOCUMENTS = {}


def items(doc, parent, rows):
    """List items under ``parent``: (text, actors, verbs, statements)."""
    return [rec(f"{parent}.{letter}", text, actors, verbs, statements, kind="list_item",
                parent=parent, label="–", doc=doc)
            for letter, (text, actors, verbs, statements) in zip("abc", rows, strict=False)]


def lines_doc(doc, lead, lead_actors, lead_verbs, rows, lead_statements=()):
    text = lead + "\n" + "".join(f"– {row[0]}\n" for row in rows)
    records = [rec("1", lead, lead_actors, lead_verbs, lead_statements, doc=doc),
               *items(doc, "1", rows)]
    DOCUMENTS[doc] = (text, records)


def sentence_doc(doc, text, actors, verbs, statements):
    DOCUMENTS[doc] = (text + "\n", [rec("1", text, actors, verbs, statements, doc=doc)])


# C: fronted adverbial + får + inverted subject (+ inte) + colon over verb items
D = "w51-a-c-forbud"
FC = ("förbundschefen", "förbundschef", TJP)
lines_doc(D, "Utan direktionens samtycke får förbundschefen inte:",
          [("direktionens", "direktion", POL), FC], [FAR],
          [("sälja förbundets fastigheter,", [("förbundets", "förbund", ORG)], [inf("sälja")],
            [st("förbundschef", "förbundschefen", PR, "får", "sälja", "sälja",
                "förbundets fastigheter", negated=True)]),
           ("ingå borgensförbindelser.", [], [inf("ingå")],
            [st("förbundschef", "förbundschefen", PR, "får", "ingå", "ingå",
                "borgensförbindelser", negated=True)])])
D = "w51-a-c-ekonomichef"
lines_doc(D, "Under semesterperioden får ekonomichefen:",
          [("ekonomichefen", "ekonomichef", TJP)], [FAR],
          [("attestera leverantörsfakturor,", [], [inf("attestera")],
            [st("ekonomichef", "ekonomichefen", PE, "får", "attestera", "attestera",
                "leverantörsfakturor")]),
           ("godkänna tjänsteresor.", [], [inf("godkänna")],
            [st("ekonomichef", "ekonomichefen", PE, "får", "godkänna", "godkänna",
                "tjänsteresor")])])
D = "w51-a-c-neg-bidrag"
lines_doc(D, "Av regionen får stiftelsen:",
          [("regionen", "region", ORG), ("stiftelsen", "stiftelse", ORG)], [FAR],
          [("ett årligt bidrag,", [], [],
            [st("stiftelse", "stiftelsen", NONE, None, "få", "får", "ett årligt bidrag")]),
           ("avgiftsfria lokaler.", [], [],
            [st("stiftelse", "stiftelsen", NONE, None, "få", "får", "avgiftsfria lokaler")])])

# C6: a presentational lead-in with a `följande` late subject and no items
D = "w51-a-c6-projektgrupp"
TEXT = ("I projektgruppen ingår följande tjänstepersoner:\n\n"
        "Gruppen träffas varannan vecka under våren.\n")
DOCUMENTS[D] = (TEXT, [
    rec("1", "I projektgruppen ingår följande tjänstepersoner:",
        [("projektgruppen", "projektgrupp", FORV), ("tjänstepersoner", "tjänsteperson", TJP)],
        [pres("ingår", "ingå")], doc=D),
    rec("2", "Gruppen träffas varannan vecka under våren.",
        [("Gruppen", "projektgrupp", FORV)], [pres("träffas", "träffas")],
        [st("projektgrupp", "Gruppen", NONE, None, "träffas", "träffas",
            "varannan vecka under våren")], doc=D)])
sentence_doc("w51-a-c6-sitter", "Vid rådets möten sitter följande representanter:",
             [("rådets", "råd", POL), ("representanter", "representant", OVR)],
             [pres("sitter", "sitta")], [])
D = "w51-a-c6-bestar"
TEXT = "Om kommittén\n\nKommittén består av följande:\n\nOrdförande\nLars Ekholm\n"
DOCUMENTS[D] = (TEXT, [
    rec("title", "Om kommittén", [("kommittén", "kommitté", POL)], kind="heading", doc=D),
    rec("1", "Kommittén består av följande:", [("Kommittén", "kommitté", POL)],
        [pres("består", "bestå")], doc=D),
    rec("2", "Ordförande Lars Ekholm", [("Ordförande", "ordförande", FTV)], doc=D)])
sentence_doc("w51-a-c6-neg", "I ledningsgruppen ingår kanslichefen och följande chefer:",
             [("ledningsgruppen", "ledningsgrupp", FORV), ("kanslichefen", "kanslichef", TJP),
              ("chefer", "chef", TJP)], [pres("ingår", "ingå")],
             [st("kanslichef", "kanslichefen", NONE, None, "ingå", "ingår")])

# C5: given names opening roster items
D = "w51-a-c5-ersattare"
lines_doc(D, "Ersättare i styrelsen är:",
          [("Ersättare", "ersättare", FTV), ("styrelsen", "styrelse", POL)], [AR],
          [(name, [], [], [st("ersättare", "Ersättare", NONE, None, "vara", "är", name)])
           for name in ("Hanna Strand", "Emma Nordin", "Vilma Sandberg")])
D = "w51-a-c5-neg"
KF = ("kulturförvaltning", "Kulturförvaltningen", OB, "ska")
lines_doc(D, "Kulturförvaltningen ska:",
          [("Kulturförvaltningen", "kulturförvaltning", FORV)], [SKA],
          [("Pröva ansökningar om bidrag,", [], [inf("Pröva", "pröva")],
            [st(*KF, "pröva", "Pröva", "ansökningar om bidrag")]),
           ("Följa upp beviljade projekt.", [], [inf("Följa", "följa")],
            [st(*KF, "följa", "Följa", "upp beviljade projekt")])])

# C8: `, det vill säga` + a wh-clause after a coordinated or genitive-owned object
VILL, SAGA = pres("vill", "vilja"), inf("säga")
sentence_doc("w51-a-c8-styrelse", "Styrelsen godkänner bolagets affärsplan och riskpolicy, "
             "det vill säga hur verksamheten bedrivs.",
             [("Styrelsen", "styrelse", POL), ("bolagets", "bolag", ORG)],
             [pres("godkänner", "godkänna"), VILL, SAGA, pres("bedrivs", "bedriva", "pass")],
             [st("styrelse", "Styrelsen", NONE, None, "godkänna", "godkänner",
                 "bolagets affärsplan och riskpolicy")])
sentence_doc("w51-a-c8-direktion", "Direktionen beslutar om förbundets taxor och avgifter, "
             "det vill säga vad tjänsterna kostar.",
             [("Direktionen", "direktion", POL), ("förbundets", "förbund", ORG)],
             [pres("beslutar", "besluta"), VILL, SAGA, pres("kostar", "kosta")],
             [st("direktion", "Direktionen", NONE, None, "besluta", "beslutar",
                 "om förbundets taxor och avgifter")])

# C4: a cleft after a fronted phrase; NEG: no definite focus noun
sentence_doc("w51-a-c4-forbund", "I förbundets organisation är det förbundsdirektören som "
             "leder kansliet.",
             [("förbundets", "förbund", ORG), ("förbundsdirektören", "förbundsdirektör", TJP),
              ("kansliet", "kansli", FORV)], [AR, pres("leder", "leda")],
             [st("förbundsdirektör", "förbundsdirektören", NONE, None, "leda", "leder",
                 "kansliet")])
sentence_doc("w51-a-c4-stiftelse", "Inom stiftelsen är det styrelsen som beslutar om "
             "utdelningar.",
             [("stiftelsen", "stiftelse", ORG), ("styrelsen", "styrelse", POL)],
             [AR, pres("beslutar", "besluta")],
             [st("styrelse", "styrelsen", NONE, None, "besluta", "beslutar", "om utdelningar")])
sentence_doc("w51-a-c4-kommun", "I Tallviks kommun är det kommundirektören som samordnar "
             "förvaltningarna.",
             [("Tallviks kommun", "tallviks kommun", ORG),
              ("kommundirektören", "kommundirektör", TJP),
              ("förvaltningarna", "förvaltning", FORV)],
             [AR, pres("samordnar", "samordna")],
             [st("kommundirektör", "kommundirektören", NONE, None, "samordna", "samordnar",
                 "förvaltningarna")])
sentence_doc("w51-a-c4-verksamhet", "I stiftelsens verksamhet är det kanslichefen som "
             "attesterar fakturorna.",
             [("stiftelsens", "stiftelse", ORG), ("kanslichefen", "kanslichef", TJP)],
             [AR, pres("attesterar", "attestera")],
             [st("kanslichef", "kanslichefen", NONE, None, "attestera", "attesterar",
                 "fakturorna")])
sentence_doc("w51-a-c4-neg", "I nämnden är det oklart vem som ansvarar för frågan.",
             [("nämnden", "nämnd", POL)], [AR, pres("ansvarar", "ansvara")], [])


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-a", DOCUMENTS)
