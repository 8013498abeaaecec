"""Builds corpus/dev/w49-c9.jsonl and the documents corpus/dev/w49-c9-*.txt with their gold:
invented material for round 49, writer c9 (analysis 49-br cause C9, ruled round 48 in
docs/annotation.md §1.2: a docplayer print). Each printed page is flattened onto one line;
page 1 opens with no page index (its title on a cover line above it, its body split at its
own numbering), and the later page lines open with the printed page's number, then the next
section's number continuing the sections seen so far, its heading glued to its text
(`2 3 Ersättare Ersättarna …` after sections `1` and `2`): no page line, the page's number
furniture kept in the label (`2 3`), heading `3`, paragraph `3.1`, and the numbering inside
the line cut as in any flattened body line (`w49-c9-fritid`, two such lines, the second
after the first: no page line before it either). Negatives: a second number that does not
continue the sections (`2 1. Syfte …`, a page line as before: one clause `2`,
`w49-c9-torg`), and a line whose second number is a count before a lower-case noun (`2 3
ledamöter …`: no label, the line opened by section `2`'s bare number, `w49-c9-ombud`).
Gold by hand from docs/annotation.md §1.2 before the rule. Offsets computed.
Run: python corpus/make_w49_c9.py corpus/dev"""

import sys

from records import EXT, FAR, FORV, FTV, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w49-c9")
N = "nämnd"
NAMND = ("Nämnden", N, POL)

# (a) A leisure committee's rules: a cover line, page 1 flattened (sections 1 and 2), then
# page 2 opening `2 3 Ersättare …` and page 3 opening `3 5 Delegering …`.
D = "w49-c9-fritid"
FRI_P1 = ("1 Uppgifter Nämnden ansvarar för anläggningar för idrott och friluftsliv i Ekvik. "
          "Nämnden ska främja föreningslivet i hela kommunen och ge stöd till studieförbunden. "
          "2 Sammansättning Nämnden består av sju ledamöter och sju ersättare.")
FRI_P2 = ("2 3 Ersättare Ersättarna tjänstgör i turordning enligt fullmäktiges beslut om "
          "ersättarnas ordning. Ordföranden ska leda nämndens arbete och bevaka att ärendena "
          "bereds i tid. 4 Sammanträden Nämnden sammanträder minst sex gånger per år.")
FRI_P3 = ("3 5 Delegering Nämnden får delegera beslutanderätt till ordföranden. Ordföranden "
          "ska anmäla sina beslut vid nämndens nästa sammanträde. 6 Arkiv Nämnden ansvarar för "
          "sina egna arkiv och för registreringen av alla handlingar.")
FRI_TEXT = f"Reglemente för fritidsnämnden i Ekvik\n{FRI_P1}\n{FRI_P2}\n{FRI_P3}\n"
FO = "fritidsnämndens ordförande"  # the title names the committee (§2.3)
ORD = ("Ordföranden", FO, FTV)
FRI = [
    rec("title", "Reglemente för fritidsnämnden i Ekvik",
        [("fritidsnämnden", "fritidsnämnd", POL)], kind="heading", doc=D),
    rec("1", "Uppgifter", kind="heading", label="1", doc=D),
    rec("1.1", "Nämnden ansvarar för anläggningar för idrott och friluftsliv i Ekvik. Nämnden "
        "ska främja föreningslivet i hela kommunen och ge stöd till studieförbunden.",
        [NAMND, (*NAMND, 1), ("föreningslivet", "föreningsliv", EXT),
         ("kommunen", "kommun", ORG), ("studieförbunden", "studieförbund", ORG)],
        [pres("ansvarar", "ansvara"), SKA, inf("främja"), inf("ge")],
        [st(N, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "anläggningar för idrott och friluftsliv i Ekvik"),
         st(N, "Nämnden", "obligation", "ska", "främja", "främja",
            "föreningslivet i hela kommunen"),
         st(N, "Nämnden", "obligation", "ska", "ge", "ge", "stöd till studieförbunden")],
        parent="1", doc=D),
    rec("2", "Sammansättning", kind="heading", label="2", doc=D),
    rec("2.1", "Nämnden består av sju ledamöter och sju ersättare.",
        [NAMND, ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV)],
        [pres("består", "bestå")],
        [st(N, "Nämnden", "none", None, "bestå", "består", "av sju ledamöter och sju ersättare")],
        parent="2", doc=D),
    # the ruled line: page 2's number, then section 3 continuing 1 and 2
    rec("3", "Ersättare", [("Ersättare", "ersättare", FTV)], kind="heading", label="2 3",
        doc=D),
    rec("3.1", "Ersättarna tjänstgör i turordning enligt fullmäktiges beslut om ersättarnas "
        "ordning. Ordföranden ska leda nämndens arbete och bevaka att ärendena bereds i tid.",
        [("Ersättarna", "ersättare", FTV), ("fullmäktiges", "fullmäktige", POL),
         ("ersättarnas", "ersättare", FTV), ORD, ("nämndens", N, POL)],
        [pres("tjänstgör", "tjänstgöra"), SKA, inf("leda"), inf("bevaka"),
         pres("bereds", "bereda", "pass")],
        [st("ersättare", "Ersättarna", "none", None, "tjänstgöra", "tjänstgör",
            "i turordning enligt fullmäktiges beslut om ersättarnas ordning"),
         st(FO, "Ordföranden", "obligation", "ska", "leda", "leda", "nämndens arbete"),
         st(FO, "Ordföranden", "obligation", "ska", "bevaka", "bevaka",
            "att ärendena bereds i tid")],
        parent="3", doc=D),
    rec("4", "Sammanträden", kind="heading", label="4", doc=D),
    rec("4.1", "Nämnden sammanträder minst sex gånger per år.", [NAMND],
        [pres("sammanträder", "sammanträda")],
        [st(N, "Nämnden", "none", None, "sammanträda", "sammanträder", "minst sex gånger per år")],
        parent="4", doc=D),
    # page 3 after a line that was no page line: the same reading (section 5 after 4)
    rec("5", "Delegering", kind="heading", label="3 5", doc=D),
    rec("5.1", "Nämnden får delegera beslutanderätt till ordföranden. Ordföranden ska anmäla "
        "sina beslut vid nämndens nästa sammanträde.",
        [NAMND, ("ordföranden", FO, FTV), ORD, ("nämndens", N, POL)],
        [FAR, inf("delegera"), SKA, inf("anmäla")],
        [st(N, "Nämnden", "permission", "får", "delegera", "delegera",
            "beslutanderätt till ordföranden"),
         st(FO, "Ordföranden", "obligation", "ska", "anmäla", "anmäla",
            "sina beslut vid nämndens nästa sammanträde")],
        parent="5", doc=D),
    rec("6", "Arkiv", kind="heading", label="6", doc=D),
    rec("6.1", "Nämnden ansvarar för sina egna arkiv och för registreringen av alla handlingar.",
        [NAMND], [pres("ansvarar", "ansvara")],
        [st(N, "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "sina egna arkiv och för registreringen av alla handlingar")],
        parent="6", doc=D),
]

# (b) Negative: page 2 opens with a second number that does not continue the sections
# (`2 1. Syfte …` after section 2): a page line as before, one clause `2`.
D = "w49-c9-torg"
TORG_P1 = ("1 Tillämpning Taxan gäller för upplåtelse av torgplatser i Ekvik under hela året. "
           "Förvaltningen ska anvisa platserna och föra en förteckning över alla upplåtelser. "
           "2 Ansökan Den som vill hyra en plats ska ansöka hos kommunen senast en vecka före "
           "torgdagen.")
TORG_P2 = ("2 1. Syfte Taxan ska täcka kostnaderna för tillsynen av torghandeln. 2. Avgifter "
           "Förvaltningen ska ta ut avgiften i förskott för varje dag som platsen är upplåten och "
           "lämna ett kvitto till den som betalar.")
TORG_TEXT = f"Taxa för torghandel i Ekvik\n{TORG_P1}\n{TORG_P2}\n"
TV = ("Förvaltningen", "förvaltning", FORV)
TORG = [
    rec("title", "Taxa för torghandel i Ekvik", kind="heading", doc=D),
    rec("1", "Tillämpning", kind="heading", label="1", doc=D),
    rec("1.1", "Taxan gäller för upplåtelse av torgplatser i Ekvik under hela året. Förvaltningen "
        "ska anvisa platserna och föra en förteckning över alla upplåtelser.",
        [TV], [pres("gäller", "gälla"), SKA, inf("anvisa"), inf("föra")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "anvisa", "anvisa", "platserna"),
         st("förvaltning", "Förvaltningen", "obligation", "ska", "föra", "föra",
            "en förteckning över alla upplåtelser")],
        parent="1", doc=D),
    rec("2", "Ansökan", kind="heading", label="2", doc=D),
    rec("2.1", "Den som vill hyra en plats ska ansöka hos kommunen senast en vecka före "
        "torgdagen.",
        [("kommunen", "kommun", ORG)],
        [pres("vill", "vilja"), inf("hyra"), SKA, inf("ansöka")], parent="2", doc=D),
    rec("p2", TORG_P2[2:],
        [TV], [SKA, inf("täcka"), (*SKA, 1), inf("ta"), pres("är", "vara"), inf("lämna"),
               pres("betalar", "betala")],
        [st("förvaltning", "Förvaltningen", "obligation", "ska", "ta", "ta",
            "avgiften i förskott för varje dag som platsen är upplåten"),
         st("förvaltning", "Förvaltningen", "obligation", "ska", "lämna", "lämna",
            "ett kvitto till den som betalar")],
        label="2", doc=D),
]

# (c) Negative: a line whose second number is a count (`2 3 ledamöter …`): no label there.
D = "w49-c9-ombud"
OMB_P1 = ("1 Ombud Föreningens ombud vid förbundsstämman utses av styrelsen. Ombuden ska "
          "rapportera till styrelsen om stämmans beslut och om de frågor som förbundet har "
          "väckt under året.")
OMB_P2 = ("2 3 ledamöter och 2 ersättare väljs av årsmötet för två år. Valberedningen ska lämna "
          "sitt förslag till styrelsen senast en månad före årsmötet och ska samtidigt redovisa "
          "vilka kandidater den har kontaktat.")
OMB_TEXT = f"Arbetsordning för Ekviks hembygdsförening\n{OMB_P1}\n{OMB_P2}\n"
STY = ("styrelsen", "styrelse", POL)
OMB = [
    rec("title", "Arbetsordning för Ekviks hembygdsförening",
        [("Ekviks hembygdsförening", "ekviks hembygdsförening", ORG)],
        kind="heading", doc=D),
    rec("1", "Ombud", [("Ombud", "ombud", FTV)], kind="heading", label="1", doc=D),
    rec("1.1", "Föreningens ombud vid förbundsstämman utses av styrelsen. Ombuden ska "
        "rapportera till styrelsen om stämmans beslut och om de frågor som förbundet har "
        "väckt under året.",
        [("Föreningens", "förening", ORG), ("ombud", "ombud", FTV),
         ("förbundsstämman", "förbundsstämma", OVR), STY, ("Ombuden", "ombud", FTV), (*STY, 1),
         ("stämmans", "stämma", OVR), ("förbundet", "förbund", ORG)],
        [pres("utses", "utse", "pass"), SKA, inf("rapportera"), pres("har", "ha"),
         ("väckt", "väcka", "sup", "act")],
        [st("styrelse", "styrelsen", "none", None, "utse", "utses",
            "Föreningens ombud vid förbundsstämman", passive=True),
         st("ombud", "Ombuden", "obligation", "ska", "rapportera", "rapportera",
            "till styrelsen om stämmans beslut och om de frågor som förbundet har väckt under "
            "året")],
        parent="1", doc=D),
    rec("2", OMB_P2[2:],
        [("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("årsmötet", "årsmöte", OVR), ("Valberedningen", "valberedning", POL), STY,
         ("årsmötet", "årsmöte", OVR, 1), ("kandidater", "kandidat", EXT)],
        [pres("väljs", "välja", "pass"), SKA, inf("lämna"), (*SKA, 1), inf("redovisa"),
         pres("har", "ha"), ("kontaktat", "kontakta", "sup", "act")],
        [st("årsmöte", "årsmötet", "none", None, "välja", "väljs",
            "3 ledamöter och 2 ersättare", passive=True),
         st("valberedning", "Valberedningen", "obligation", "ska", "lämna", "lämna",
            "sitt förslag till styrelsen senast en månad före årsmötet"),
         st("valberedning", "Valberedningen", "obligation", "ska", "redovisa", "redovisa",
            "vilka kandidater den har kontaktat")],
        label="2", doc=D),
]

DOCUMENTS = {"w49-c9-fritid": (FRI_TEXT, FRI), "w49-c9-torg": (TORG_TEXT, TORG),
             "w49-c9-ombud": (OMB_TEXT, OMB)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w49-c9", DOCUMENTS)
