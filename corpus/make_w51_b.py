"""Builds corpus/dev/w51-b.jsonl and the documents corpus/dev/w51-b-*.txt with their gold:
invented material for round 51, writer w51b (actor lexicon and name grammar; analysis 51-bx
C1, C3, analysis 51-w50y B, K, L, rulings x3, y3, b4 and analysis 51-by A3).
C1: a `-fullmäktige` compound after `är` that the tagger reads as a verb or an adjective is
the body (an actor) and counts as a full form of a bare `fullmäktige` (§2.3 round 15: two
full forms leave it bare, one takes it). C3/B: a `för` + time-noun phrase after a bare
`fullmäktige` (`för mandatperioden`, `för treårsperioder`) names no body by its task; the bare
form resolves as without it. L: `beredning` after a genitive that is no actor is the act,
`barn` as the object of a noun of activity (`vård av barn`) the target group, `personer`
after `om` + a numeral the size of a body: no actors. x3: a language adjective before a
definite body (`Svenska skolsektionen`) is a name adjective. A3: a capitalised `-högskolan`
compound with its place after `i`, a capitalised `-iska` adjective before a definite
`-byrån` compound, are names. y3: a lower-case name (a place's genitive and a body) before a
bracketed acronym of the initials of its words or compound parts is one name, the acronym
its alias. b4: a member list's title line `Ordförande, <Organisation>` under a personal name
is that organisation's chair. Negatives beside each. Gold by hand from docs/annotation.md
§2.1–§2.5 and the round 51 rulings before any rule. Offsets computed.
Run: python corpus/make_w51_b.py corpus/dev"""

import sys

from records import EXT, FAR, FORV, FTV, KAN, ORG, OVR, POL, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, PE, NONE, RESP = "obligation", "permission", "none", "responsibility"


def one(doc, text, *args):
    """A one-sentence document without a source file: its one record."""
    return records_for(f"w51-b-{doc}", check_texts=True)("1", text, *args)


DOCUMENTS = {}

# C1: two full forms, one of them a tagged-verb predicative: the bare form stays bare
D = "w51-b-fm1"
rec = records_for(D, check_texts=True)
FM1 = [
    rec("1", "Stadens högsta beslutande organ är stadsfullmäktige.",
        [("Stadens", "stad", ORG), ("stadsfullmäktige", "stadsfullmäktige", POL)],
        [("är", "vara", "pres", "act")]),
    rec("2", "Kommunfullmäktige i grannkommunen har 51 ledamöter.",
        [("Kommunfullmäktige", "kommunfullmäktige", POL), ("grannkommunen", "grannkommun", ORG),
         ("ledamöter", "ledamot", FTV)],
        [pres("har", "ha")],
        [st("kommunfullmäktige", "Kommunfullmäktige", NONE, None, "ha", "har",
            "51 ledamöter")]),
    rec("3", "Fullmäktige får tillsätta en valberedning.",
        [("Fullmäktige", "fullmäktige", POL), ("valberedning", "valberedning", POL)],
        [FAR, inf("tillsätta")],
        [st("fullmäktige", "Fullmäktige", PE, "får", "tillsätta", "tillsätta",
            "en valberedning")]),
]
DOCUMENTS[D] = ("\n\n".join(r["text"] for r in FM1) + "\n", FM1)

# C1: the only full form (a municipality's) is the predicative: the bare form takes it
D = "w51-b-fm2"
rec = records_for(D, check_texts=True)
FM2 = [
    rec("1", "Stadens främsta organ är stadsfullmäktige.",
        [("Stadens", "stad", ORG), ("stadsfullmäktige", "stadsfullmäktige", POL)],
        [("är", "vara", "pres", "act")]),
    rec("2", "Fullmäktige väljer revisorerna.",
        [("Fullmäktige", "stadsfullmäktige", POL), ("revisorerna", "revisor", FTV)],
        [pres("väljer", "välja")],
        [st("stadsfullmäktige", "Fullmäktige", NONE, None, "välja", "väljer",
            "revisorerna")]),
]
DOCUMENTS[D] = ("\n\n".join(r["text"] for r in FM2) + "\n", FM2)

# C3/B: a time `för`-phrase after the bare agent; a task `för`-phrase stays a body's name
D = "w51-b-period"
rec = records_for(D, check_texts=True)
PER = [
    rec("1", "Kommunfullmäktige fastställer revisorernas budget.",
        [("Kommunfullmäktige", "kommunfullmäktige", POL), ("revisorernas", "revisor", FTV)],
        [pres("fastställer", "fastställa")],
        [st("kommunfullmäktige", "Kommunfullmäktige", NONE, None, "fastställa", "fastställer",
            "revisorernas budget")]),
    rec("2", "Direktionen tillsätts av fullmäktige för treårsperioder.",
        [("Direktionen", "direktion", POL), ("fullmäktige", "kommunfullmäktige", POL)],
        [pres("tillsätts", "tillsätta", "pass")],
        [st("kommunfullmäktige", "fullmäktige", NONE, None, "tillsätta", "tillsätts",
            "Direktionen", passive=True)]),
    rec("3", "Revisorerna väljs av fullmäktige för mandatperioden.",
        [("Revisorerna", "revisor", FTV), ("fullmäktige", "kommunfullmäktige", POL)],
        [pres("väljs", "välja", "pass")],
        [st("kommunfullmäktige", "fullmäktige", NONE, None, "välja", "väljs", "Revisorerna",
            passive=True)]),
    rec("4", "Rådet för landsbygdsfrågor lämnar synpunkter på planen.",
        [("Rådet", "råd", POL)],
        [pres("lämnar", "lämna")],
        [st("råd", "Rådet", NONE, None, "lämna", "lämnar", "synpunkter på planen")]),
]
DOCUMENTS[D] = ("\n\n".join(r["text"] for r in PER) + "\n", PER)

# b4: a member list's `<chair>, <Organisation>` title line under a personal name
D = "w51-b-lista"
rec = records_for(D, check_texts=True)
LISTA_TEXT = """Referensgrupp för friluftsliv
Referensgruppen ger nämnden råd i frågor om friluftsliv.
Ledamöter:
Eva Ek
Ordförande, Ekby naturskyddsförening
Nils Berg
Ordförande, Ekby idrottsförening
Referensgruppen sammanträder två gånger per år.
"""
RG = "referensgrupp"
LISTA = [
    rec("title", "Referensgrupp för friluftsliv", [("Referensgrupp", RG, POL)], kind="heading"),
    rec("1", "Referensgruppen ger nämnden råd i frågor om friluftsliv.",
        [("Referensgruppen", RG, POL), ("nämnden", "nämnd", POL)], [pres("ger", "ge")],
        [st(RG, "Referensgruppen", NONE, None, "ge", "ger",
            "nämnden råd i frågor om friluftsliv")]),
    rec("2", "Ledamöter:", [("Ledamöter", "ledamot", FTV)]),
    rec("2.1", "Eva Ek Ordförande, Ekby naturskyddsförening",
        [("Ordförande", "ekby naturskyddsförenings ordförande", FTV),
         ("Ekby naturskyddsförening", "ekby naturskyddsförening", ORG)]),
    rec("2.2", "Nils Berg Ordförande, Ekby idrottsförening",
        [("Ordförande", "ekby idrottsförenings ordförande", FTV),
         ("Ekby idrottsförening", "ekby idrottsförening", ORG)]),
    rec("3", "Referensgruppen sammanträder två gånger per år.", [("Referensgruppen", RG, POL)],
        [pres("sammanträder", "sammanträda")],
        [st(RG, "Referensgruppen", NONE, None, "sammanträda", "sammanträder",
            "två gånger per år")]),
]
DOCUMENTS[D] = (LISTA_TEXT, LISTA)

ONE = {
    # C1 negative: the adjective `fullmäktig` (authorised) names no body
    "fm-n1": ("Ombudet är fullmäktigt att underteckna köpeavtalet.",
              [("Ombudet", "ombud", TJP)], [("är", "vara", "pres", "act")],
              [st("ombud", "Ombudet", NONE, None, "vara", "är",
                  "fullmäktigt att underteckna köpeavtalet")]),
    # L: `beredning` after a genitive that is no actor: the act
    "l-ber1": ("Kansliet svarar för ärendenas beredning.",
               [("Kansliet", "kansli", FORV)], [pres("svarar", "svara")],
               [st("kansli", "Kansliet", RESP, "svarar för", "svara", "svarar",
                   "ärendenas beredning")]),
    "l-ber-n1": ("Beredningen lämnar sitt förslag till fullmäktige i maj.",
                 [("Beredningen", "beredning", POL), ("fullmäktige", "fullmäktige", POL)],
                 [pres("lämnar", "lämna")],
                 [st("beredning", "Beredningen", NONE, None, "lämna", "lämnar",
                     "sitt förslag till fullmäktige i maj")]),
    # L: `barn` as the object of a noun of activity: the target group
    "l-barn1": ("Nämnden ansvarar för omsorg av barn och unga.",
                [("Nämnden", "nämnd", POL)], [pres("ansvarar", "ansvara")],
                [st("nämnd", "Nämnden", RESP, "ansvarar för", "ansvara", "ansvarar",
                    "omsorg av barn och unga")]),
    "l-barn-n1": ("Nämnden samråder med barn i skolorna.",
                  [("Nämnden", "nämnd", POL), ("barn", "barn", EXT)],
                  [pres("samråder", "samråda")],
                  [st("nämnd", "Nämnden", NONE, None, "samråda", "samråder",
                      "med barn i skolorna")]),
    # L: `om` + a numeral + `personer` on a body: its size
    "l-pers1": ("Styrelsen tillsätter en arbetsgrupp om fyra personer.",
                [("Styrelsen", "styrelse", POL), ("arbetsgrupp", "arbetsgrupp", POL)],
                [pres("tillsätter", "tillsätta")],
                [st("styrelse", "Styrelsen", NONE, None, "tillsätta", "tillsätter",
                    "en arbetsgrupp om fyra personer")]),
    # x3: a language adjective before a definite body is part of its name
    "x3-1": ("Svenska skolsektionen ansvarar för grundskolorna.",
             [("Svenska skolsektionen", "svensk skolsektion", FORV)],
             [pres("ansvarar", "ansvara")],
             [st("svensk skolsektion", "Svenska skolsektionen", RESP, "ansvarar för",
                 "ansvara", "ansvarar", "grundskolorna")]),
    "x3-2": ("Beslutet fattas av finska utbildningsnämnden.",
             [("finska utbildningsnämnden", "finsk utbildningsnämnd", POL)],
             [pres("fattas", "fatta", "pass")],
             [st("finsk utbildningsnämnd", "finska utbildningsnämnden", NONE, None, "fatta",
                 "fattas", "Beslutet", passive=True)]),
    "x3-n1": ("Nämnden kan samarbeta med svenska kommuner.",
              [("Nämnden", "nämnd", POL), ("kommuner", "kommun", ORG)], [KAN, inf("samarbeta")],
              [st("nämnd", "Nämnden", PE, "kan", "samarbeta", "samarbeta",
                  "med svenska kommuner")]),
    # y3: a lower-case name and its bracketed acronym of word and compound-part initials
    "y3-1": ("Norrviks elevkår (NEK) utser två representanter.",
             [("Norrviks elevkår", "norrviks elevkår", EXT), ("NEK", "norrviks elevkår", EXT),
              ("representanter", "representant", OVR)],
             [pres("utser", "utse")],
             [st("norrviks elevkår", "Norrviks elevkår", NONE, None, "utse", "utser",
                 "två representanter")]),
    "y3-2": ("Nämnden samråder med Östra hamnens vägförening (ÖHV).",
             [("Nämnden", "nämnd", POL),
              ("Östra hamnens vägförening", "östra hamnens vägförening", ORG),
              ("ÖHV", "östra hamnens vägförening", ORG)],
             [pres("samråder", "samråda")],
             [st("nämnd", "Nämnden", NONE, None, "samråda", "samråder",
                 "med Östra hamnens vägförening (ÖHV)")]),
    "y3-n1": ("Nämnden samråder med Norrviks elevkår (VEK).",
              [("Nämnden", "nämnd", POL), ("elevkår", "elevkår", EXT)],
              [pres("samråder", "samråda")],
              [st("nämnd", "Nämnden", NONE, None, "samråda", "samråder",
                  "med Norrviks elevkår (VEK)")]),
    # A3: a capitalised -högskolan compound with its place; an -iska adjective + -byrån
    "a3-1": ("Handelshögskolan i Norrvik utser en ledamot i rådet.",
             [("Handelshögskolan i Norrvik", "handelshögskolan i norrvik", ORG),
              ("ledamot", "ledamot", FTV), ("rådet", "råd", POL)],
             [pres("utser", "utse")],
             [st("handelshögskolan i norrvik", "Handelshögskolan i Norrvik", NONE, None, "utse",
                 "utser", "en ledamot i rådet")]),
    "a3-2": ("Nämnden lämnar uppgifter till Statistiska sjöfartsbyrån.",
             [("Nämnden", "nämnd", POL),
              ("Statistiska sjöfartsbyrån", "statistiska sjöfartsbyrån", ORG)],
             [pres("lämnar", "lämna")],
             [st("nämnd", "Nämnden", NONE, None, "lämna", "lämnar",
                 "uppgifter till Statistiska sjöfartsbyrån")]),
    "a3-n1": ("Juridiska byrån granskar avtalen.",
              [("Juridiska byrån", "juridisk byrå", FORV)], [pres("granskar", "granska")],
              [st("juridisk byrå", "Juridiska byrån", NONE, None, "granska", "granskar",
                  "avtalen")]),
}
SENTENCES = [one(name, text, *args) for name, (text, *args) in ONE.items()]


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-b", DOCUMENTS, after=SENTENCES)
