"""Builds corpus/dev/w41-v.jsonl and the small documents corpus/dev/w41-v-*.txt with their
gold: invented material for round 41, writer V (analysis 41-avza, segmentation; gold by hand
from docs/annotation.md before the rules): S1 blank-line blocks of whole sentence lines in
plain text whose many short `§ N Rubrik` lines pull the width statistic down, one line of the
block short and one very long (`w41-v-hamn`, a bolagsordning; `w41-v-fond`, a foundation's
stadgar closing with an unlabelled amendment block) — each block one paragraph (§1.2); the
negative `w41-v-taxa`, width-wrapped text with one flattened long line, still ends a
paragraph at a short sentence line; S2 a print with a blank line after every line, where a
line ending in a preposition goes on after the blank (`w41-v-tryck`), and the negatives: such
a line before a `N §` line stays cut, and so does a line ending in `, samt` before a
capitalised item. Offsets computed.
Run: python corpus/make_w41_v.py corpus/dev"""

import sys

from records import EXT, FTV, ORG, POL, SKA, records_for, write_part
from records import statement as st

rec = records_for("w41-v", conditions_from_statements=True)


D = "w41-v-hamn"
HAMN_3 = ("Ledamöterna och suppleanterna utses av kommunfullmäktige i Norrviks kommun för "
          "tiden från den ordinarie bolagsstämma som hålls året efter det år då allmänna val "
          "har ägt rum intill utgången av den ordinarie bolagsstämma som hålls året efter nästa "
          "allmänna val.")
HAMN_5 = ("Revisorn granskar bolagets räkenskaper under året och lämnar varje år senast i "
          "mars en skriftlig rapport om granskningen och dess resultat till "
          "bolagsstämman och till kommunstyrelsen i Norrviks kommun.")
HAMN_TEXT = f"""BOLAGSORDNING FÖR NORRVIKS HAMN AB

§ 1 Firma
Bolagets firma är Norrviks Hamn AB.

§ 2 Ändamål
Bolaget ska sköta hamnen i Norrvik.

§ 3 Styrelse
Styrelsen består av minst fem och högst nio ledamöter.
{HAMN_3}

§ 4 Revisor
Bolagsstämman väljer en revisor.
{HAMN_5}

§ 5 Räkenskapsår
Bolagets räkenskapsår är kalenderår.
"""
NHA = "norrviks hamn ab"
KF = "kommunfullmäktige"
HAMN = [
    rec("title", "BOLAGSORDNING FÖR NORRVIKS HAMN AB", [("NORRVIKS HAMN AB", NHA, ORG)],
        doc=D, kind="heading"),
    rec("§1", "Firma", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Bolagets firma är Norrviks Hamn AB.", [("Bolagets", NHA, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="§1"),
    rec("§2", "Ändamål", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Bolaget ska sköta hamnen i Norrvik.", [("Bolaget", NHA, ORG)],
        [SKA, ("sköta", "sköta", "inf", "act")],
        [st(NHA, "Bolaget", "obligation", "ska", "sköta", "sköta", "hamnen i Norrvik")],
        doc=D, parent="§2"),
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="§ 3"),
    # S1: the blank-line block is one paragraph although both lines end in `.`
    rec("§3.1", f"Styrelsen består av minst fem och högst nio ledamöter. {HAMN_3}",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("Ledamöterna", "ledamot", FTV), ("suppleanterna", "suppleant", FTV),
         ("kommunfullmäktige", KF, POL), ("Norrviks kommun", "norrviks kommun", ORG)],
        [("består", "bestå", "pres", "act"), ("utses", "utse", "pres", "pass"),
         ("hålls", "hålla", "pres", "pass"), ("har", "ha", "pres", "act"),
         ("ägt", "äga", "sup", "act"), ("hålls", "hålla", "pres", "pass", 1)],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består",
            "av minst fem och högst nio ledamöter"),
         st(KF, "kommunfullmäktige", "none", None, "utse", "utses",
            "Ledamöterna och suppleanterna", passive=True)],
        doc=D, parent="§3"),
    rec("§4", "Revisor", [("Revisor", "revisor", FTV)], doc=D, kind="heading", label="§ 4"),
    rec("§4.1", f"Bolagsstämman väljer en revisor. {HAMN_5}",
        [("Bolagsstämman", "bolagsstämma", POL), ("revisor", "revisor", FTV),
         ("Revisorn", "revisor", FTV), ("bolagets", NHA, ORG),
         ("bolagsstämman", "bolagsstämma", POL), ("kommunstyrelsen", "kommunstyrelse", POL),
         ("Norrviks kommun", "norrviks kommun", ORG)],
        [("väljer", "välja", "pres", "act"), ("granskar", "granska", "pres", "act"),
         ("lämnar", "lämna", "pres", "act")],
        [st("bolagsstämma", "Bolagsstämman", "none", None, "välja", "väljer", "en revisor"),
         st("revisor", "Revisorn", "none", None, "granska", "granskar", "bolagets räkenskaper"),
         st("revisor", "Revisorn", "none", None, "lämna", "lämnar",
            "en skriftlig rapport om granskningen")],
        doc=D, parent="§4"),
    rec("§5", "Räkenskapsår", doc=D, kind="heading", label="§ 5"),
    rec("§5.1", "Bolagets räkenskapsår är kalenderår.", [("Bolagets", NHA, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="§5"),
]

D = "w41-v-fond"
FOND_LONG = ("Ändringen godkändes av Kammarkollegiet genom beslut den 14 oktober 2014 efter "
             "ansökan från styrelsen och med stöd av bestämmelserna i stiftelselagen om "
             "permutation av föreskrifter i stiftelseförordnanden.")
FOND_AIM = ("Stiftelsen ska stödja forskning om sjöar och vattendrag genom att varje år dela ut "
            "bidrag till projekt som undersöker vattenkvaliteten i sjöarna i landskapet och som "
            "redovisar sina resultat öppet.")
FOND_TEXT = f"""STADGAR

§ 1 Namn
Stiftelsens namn är Sjöbergs minnesfond.

§ 2 Ändamål
{FOND_AIM}

§ 3 Styrelse
Stiftelsen förvaltas av en styrelse med tre ledamöter.

§ 4 Sammanträden
Styrelsen sammanträder minst två gånger per år.

Stadgarna ändrades genom beslut av styrelsen den 2 maj 2014.
{FOND_LONG}
Kammarkollegiet meddelade senare att ändringen gäller från och med år 2015.
"""
SM = "sjöbergs minnesfond"
FOND = [
    rec("title", "STADGAR", doc=D, kind="heading"),
    rec("§1", "Namn", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", "Stiftelsens namn är Sjöbergs minnesfond.", [("Stiftelsens", SM, ORG)],
        [("är", "vara", "pres", "act")], doc=D, parent="§1"),
    rec("§2", "Ändamål", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", FOND_AIM, [("Stiftelsen", SM, ORG)],
        [SKA, ("stödja", "stödja", "inf", "act"), ("dela", "dela", "inf", "act"),
         ("undersöker", "undersöka", "pres", "act"), ("redovisar", "redovisa", "pres", "act")],
        [st(SM, "Stiftelsen", "obligation", "ska", "stödja", "stödja",
            "forskning om sjöar och vattendrag")], doc=D, parent="§2"),
    rec("§3", "Styrelse", [("Styrelse", "styrelse", POL)], doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Stiftelsen förvaltas av en styrelse med tre ledamöter.",
        [("Stiftelsen", SM, ORG), ("styrelse", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [("förvaltas", "förvalta", "pres", "pass")],
        [st("styrelse", "styrelse", "none", None, "förvalta", "förvaltas", "Stiftelsen",
            passive=True)],
        doc=D, parent="§3"),
    rec("§4", "Sammanträden", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", "Styrelsen sammanträder minst två gånger per år.",
        [("Styrelsen", "styrelse", POL)], [("sammanträder", "sammanträda", "pres", "act")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder")],
        doc=D, parent="§4"),
    # S1: the unlabelled closing block is one paragraph
    rec("§4.2", "Stadgarna ändrades genom beslut av styrelsen den 2 maj 2014. " + FOND_LONG
        + " Kammarkollegiet meddelade senare att ändringen gäller från och med år 2015.",
        [("styrelsen", "styrelse", POL), ("Kammarkollegiet", "kammarkollegium", EXT),
         ("styrelsen", "styrelse", POL, 1), ("Kammarkollegiet", "kammarkollegium", EXT, 1)],
        [("ändrades", "ändra", "past", "pass"), ("godkändes", "godkänna", "past", "pass"),
         ("meddelade", "meddela", "past", "act"),
         ("gäller", "gälla", "pres", "act")],
        [st("kammarkollegium", "Kammarkollegiet", "none", None, "godkänna", "godkändes",
            "Ändringen", passive=True),
         st("kammarkollegium", "Kammarkollegiet", "none", None, "meddela", "meddelade",
            "att ändringen gäller från och med år 2015")],
        doc=D, parent="§4"),
]

D = "w41-v-taxa"
TAXA_LONG = ("Föreningen betalar avgift enligt den taxa som fullmäktige har fastställt för det "
             "innevarande året, och avgiften faktureras i efterskott varje månad av "
             "ekonomienheten.")
TAXA_TEXT = f"""Riktlinje för uthyrning av Ekby sporthall

1 Bokning
Föreningarna bokar tider i hallen via bokningssystemet senast tre veckor
före tillfället. Bokningen är bindande.
Fritidsnämnden fördelar de tider som återstår efter säsongsbokningen
bland föreningarna i orten.

2 Avgifter
{TAXA_LONG}

Avgiften ska betalas inom trettio dagar.
Fritidsnämnden får bevilja befrielse från avgiften för arrangemang som
riktar sig till barn och unga i skolorna och på fritidsgårdarna.

3 Ordning
Föreningen ansvarar för ordningen i hallen och i omklädningsrummen
under den bokade tiden.
Vaktmästaren låser hallen efter sista bokade tid varje kväll och ser till
att larmet är påslaget.
"""
FN = "fritidsnämnd"
TAXA = [
    rec("title", "Riktlinje för uthyrning av Ekby sporthall", doc=D, kind="heading"),
    rec("1", "Bokning", doc=D, kind="heading", label="1"),
    rec("1.1", "Föreningarna bokar tider i hallen via bokningssystemet senast tre veckor före "
        "tillfället. Bokningen är bindande.", [("Föreningarna", "förening", ORG)],
        [("bokar", "boka", "pres", "act"), ("är", "vara", "pres", "act")],
        [st("förening", "Föreningarna", "none", None, "boka", "bokar",
            "tider i hallen")], doc=D, parent="1"),
    # the negative: width-wrapped text still ends a paragraph at a short sentence line
    rec("1.2", "Fritidsnämnden fördelar de tider som återstår efter säsongsbokningen bland "
        "föreningarna i orten.",
        [("Fritidsnämnden", FN, POL), ("föreningarna", "förening", ORG)],
        [("fördelar", "fördela", "pres", "act"), ("återstår", "återstå", "pres", "act")],
        [st(FN, "Fritidsnämnden", "none", None, "fördela", "fördelar", "de tider")],
        doc=D, parent="1"),
    rec("2", "Avgifter", doc=D, kind="heading", label="2"),
    rec("2.1", TAXA_LONG,
        [("Föreningen", "förening", ORG), ("fullmäktige", "fullmäktige", POL),
         ("ekonomienheten", "ekonomienhet", "förvaltningsorganisation")],
        [("betalar", "betala", "pres", "act"), ("har", "ha", "pres", "act"),
         ("fastställt", "fastställa", "sup", "act"), ("faktureras", "fakturera", "pres", "pass")],
        [st("förening", "Föreningen", "none", None, "betala", "betalar", "avgift"),
         st("ekonomienhet", "ekonomienheten", "none", None, "fakturera", "faktureras", "avgiften",
            passive=True)], doc=D, parent="2"),
    rec("2.2", "Avgiften ska betalas inom trettio dagar.", [],
        [SKA, ("betalas", "betala", "inf", "pass")],
        [st(None, None, "obligation", "ska", "betala", "betalas", "Avgiften", passive=True)],
        doc=D, parent="2"),
    rec("2.3", "Fritidsnämnden får bevilja befrielse från avgiften för arrangemang som riktar "
        "sig till barn och unga i skolorna och på fritidsgårdarna.",
        [("Fritidsnämnden", FN, POL)],
        [("får", "få", "pres", "act"), ("bevilja", "bevilja", "inf", "act"),
         ("riktar", "rikta", "pres", "act")],
        [st(FN, "Fritidsnämnden", "permission", "får", "bevilja", "bevilja",
            "befrielse från avgiften")], doc=D, parent="2"),
    rec("3", "Ordning", doc=D, kind="heading", label="3"),
    rec("3.1", "Föreningen ansvarar för ordningen i hallen och i omklädningsrummen under den "
        "bokade tiden.", [("Föreningen", "förening", ORG)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("förening", "Föreningen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för ordningen i hallen och i omklädningsrummen")], doc=D, parent="3"),
    rec("3.2", "Vaktmästaren låser hallen efter sista bokade tid varje kväll och ser till att "
        "larmet är påslaget.",
        [("Vaktmästaren", "vaktmästare", "tjänsteperson")],
        [("låser", "låsa", "pres", "act"), ("ser", "se", "pres", "act"),
         ("är", "vara", "pres", "act")],
        [st("vaktmästare", "Vaktmästaren", "none", None, "låsa", "låser", "hallen"),
         st("vaktmästare", "Vaktmästaren", "obligation", "ser till att", "se", "ser",
            "till att larmet är påslaget")], doc=D, parent="3"),
]

D = "w41-v-tryck"
TRYCK_1 = ("Myndigheten ska varje år följa upp arbetet med skyddade vattenområden och lämna "
           "uppgifter om resultatet till")
TRYCK_2 = ("Myndigheten ska redovisa sina kostnader för tillsynen och lämna en sammanställning "
           "över dem till")
TRYCK_TEXT = f"""Förordning med instruktion för vattenmyndigheten

1 § {TRYCK_1}

Regeringskansliet. Myndigheten ska samråda med länsstyrelserna om formerna.

2 § {TRYCK_2}

3 § Myndigheten leds av en myndighetschef.

4 § Myndighetschefen ska fastställa en arbetsordning för myndigheten och besluta om

Myndighetens organisation.

5 § Myndigheten ansvarar för tillsynen över vattentäkterna i länet, samt

Beslutar om skyddsområden för dem.
"""
MY = "myndighet"
FO = "förvaltningsorganisation"
TRYCK = [
    rec("title", "Förordning med instruktion för vattenmyndigheten", doc=D, kind="heading"),
    # S2: the blank line after `till` does not end the paragraph
    rec("§1", f"{TRYCK_1} Regeringskansliet. Myndigheten ska samråda med "
        "länsstyrelserna om formerna.",
        [("Myndigheten", MY, FO), ("Regeringskansliet", "regeringskansliet", EXT),
         ("Myndigheten", MY, FO, 1), ("länsstyrelserna", "länsstyrelse", EXT)],
        [SKA, ("följa", "följa", "inf", "act"), ("lämna", "lämna", "inf", "act"),
         ("ska", "skola", "pres", "act", 1), ("samråda", "samråda", "inf", "act")],
        [st(MY, "Myndigheten", "obligation", "ska", "följa", "följa",
            "arbetet med skyddade vattenområden"),
         st(MY, "Myndigheten", "obligation", "ska", "lämna", "lämna", "uppgifter om resultatet"),
         st(MY, "Myndigheten", "obligation", "ska", "samråda", "samråda",
            "med länsstyrelserna om formerna")], doc=D, label="1 §"),
    # the negative: before a `N §` line the blank line still ends the paragraph
    rec("§2", TRYCK_2, [("Myndigheten", MY, FO)],
        [SKA, ("redovisa", "redovisa", "inf", "act"), ("lämna", "lämna", "inf", "act")],
        [st(MY, "Myndigheten", "obligation", "ska", "redovisa", "redovisa",
            "sina kostnader för tillsynen"),
         st(MY, "Myndigheten", "obligation", "ska", "lämna", "lämna",
            "en sammanställning över dem")], doc=D, label="2 §"),
    rec("§3", "Myndigheten leds av en myndighetschef.",
        [("Myndigheten", MY, FO), ("myndighetschef", "myndighetschef", "tjänsteperson")],
        [("leds", "leda", "pres", "pass")],
        [st("myndighetschef", "myndighetschef", "none", None, "leda", "leds", "Myndigheten",
            passive=True)], doc=D, label="3 §"),
    rec("§4", "Myndighetschefen ska fastställa en arbetsordning för myndigheten och besluta om "
        "Myndighetens organisation.",
        [("Myndighetschefen", "myndighetschef", "tjänsteperson"), ("myndigheten", MY, FO),
         ("Myndighetens", MY, FO)],
        [SKA, ("fastställa", "fastställa", "inf", "act"), ("besluta", "besluta", "inf", "act")],
        [st("myndighetschef", "Myndighetschefen", "obligation", "ska", "fastställa",
            "fastställa", "en arbetsordning för myndigheten"),
         st("myndighetschef", "Myndighetschefen", "obligation", "ska", "besluta", "besluta",
            "om Myndighetens organisation")], doc=D, label="4 §"),
    # the negative: a coordinator before the blank line ends the line (a capitalised item
    # without its subject follows, as in a web list)
    rec("§5", "Myndigheten ansvarar för tillsynen över vattentäkterna i länet, samt",
        [("Myndigheten", MY, FO)], [("ansvarar", "ansvara", "pres", "act")],
        [st(MY, "Myndigheten", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för tillsynen över vattentäkterna i länet")], doc=D, label="5 §"),
    rec("§5.1", "Beslutar om skyddsområden för dem.", [],
        [("Beslutar", "besluta", "pres", "act")],
        [st(MY, "Myndigheten", "none", None, "besluta", "Beslutar", "om skyddsområden för dem")],
        doc=D, parent="§5"),
]

DOCUMENTS = {"w41-v-hamn": (HAMN_TEXT, HAMN), "w41-v-fond": (FOND_TEXT, FOND),
             "w41-v-taxa": (TAXA_TEXT, TAXA), "w41-v-tryck": (TRYCK_TEXT, TRYCK)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w41-v", DOCUMENTS)
