"""Builds corpus/dev/w56-e.jsonl and the pages corpus/dev/w56-e-*.txt with their gold: invented
material for round 56, writer w56e (analysis 56b-cl causes N1, C2', L1, L2, A1), written by hand
from docs/annotation.md before the rules. Each construction in three or more surface forms, one
the parser links wrongly, one in context (a 2nd/3rd sentence, after a fronted adverbial, the
second clause of a coordination).
N1 (`v2-*`): `och`/`men` + `då`/`där`/`sedan` + a finite verb is a fronted adverb of a V2 main
clause (its subject after the verb, or a passive's `av`-agent, a titled name's role too);
negatives: `då`/`där` + a subject before the verb (`då styrelsen sammanträder`) is subordinate.
C2' (`cond-*`): a fronted `Om`/`När` clause ending in `N och/eller N`, then a non-modal main verb
(`åligger det X att`, `ankommer det på X att`, `ansvarar X för`): X acts; negative: no actor after
the expletive (`åligger det ingen annan`).
L1 (`doc-*`): a document-control block, one label a line or label and value on one line, no
colons (`Utgåva` ⏎ `2` ⏎ `Datum` ⏎ …, `Version 2.1` ⏎ `Datum …` ⏎ `Framtagen av …`): one metadata
clause; negative: label words opening sentences with finite verbs.
L2 (`link-*`): a `Läs mer om …` line right under a paragraph line (no blank line): a paragraph,
no heading; negative: a topic heading `Läsårets tider` stays a heading.
A1 (`alias-*`): `Med ”X” avses <Name AB>` / `Med X menas <Name AB>`: X is the company's alias in
every later position; negative: a lower-case term (`Med uppdrag avses …`) defines no actor.
Offsets computed. Run: python corpus/make_w56_e.py corpus/dev"""

import sys

from records import FORV, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

NONE, OB, RESP, PERM = "none", "obligation", "responsibility", "permission"
AR = ("är", "vara", "pres", "act")
FAR = ("får", "få", "pres", "act")
HAR = ("har", "ha", "pres", "act")


def one(doc, *args, **kwargs):
    """A one-clause document."""
    return records_for(f"w56-e-{doc}", check_texts=True, conditions_from_statements=True)(
        "1", *args, **kwargs)


def page(doc, text, clauses):
    """A page from its raw text: clauses (cid, text, actors, verbs, statements, kind)."""
    rec = records_for(f"w56-e-{doc}", check_texts=True)
    records = [rec(cid, body, actors, verbs, statements, kind=kind)
               for cid, body, actors, verbs, statements, kind in clauses]
    return f"w56-e-{doc}", text, records


SENTENCES = [
    # N1: och/men + då/där/sedan + finite verb: V2 main clause
    one("v2-1", "Förbundet håller stämma i maj och då väljer ombuden en ny styrelse.",
        [("Förbundet", "förbund", ORG), ("stämma", "stämma", POL), ("ombuden", "ombud", FTV),
         ("styrelse", "styrelse", POL)],
        [pres("håller", "hålla"), pres("väljer", "välja")],
        [st("förbund", "Förbundet", NONE, None, "hålla", "håller", "stämma i maj"),
         st("ombud", "ombuden", NONE, None, "välja", "väljer", "en ny styrelse")]),
    one("v2-2", "Nämnden sammanträder varannan månad och där justeras protokollet av "
        "ordföranden.",
        [("Nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV)],
        [pres("sammanträder", "sammanträda"), pres("justeras", "justera", "pass")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varannan månad"),
         st("ordförande", "ordföranden", NONE, None, "justera", "justeras", "protokollet",
            passive=True)]),
    one("v2-3", "Kommunstyrelsen leder arbetet. Ledningsgruppen arbetar med interna frågor "
        "och då leds mötena av Eva Lind, ekonomichef i förvaltningen.",
        [("Kommunstyrelsen", "kommunstyrelse", POL), ("Ledningsgruppen", "ledningsgrupp", FORV),
         ("ekonomichef", "ekonomichef", TJP), ("förvaltningen", "förvaltning", FORV)],
        [pres("leder", "leda"), pres("arbetar", "arbeta"), pres("leds", "leda", "pass")],
        [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "leda", "leder", "arbetet"),
         st("ledningsgrupp", "Ledningsgruppen", NONE, None, "arbeta", "arbetar",
            "med interna frågor"),
         st("ekonomichef", "ekonomichef", NONE, None, "leda", "leds", "mötena",
            passive=True)]),
    one("v2-4", "Utskottet bereder ärendena men sedan fattar nämnden beslut om dem.",
        [("Utskottet", "utskott", POL), ("nämnden", "nämnd", POL)],
        [pres("bereder", "bereda"), pres("fattar", "fatta")],
        [st("utskott", "Utskottet", NONE, None, "bereda", "bereder", "ärendena"),
         st("nämnd", "nämnden", NONE, None, "fatta", "fattar", "beslut om dem")]),
    one("v2-5", "Vid årsskiftet lämnar nämnden en rapport och då granskar revisorerna den.",
        [("nämnden", "nämnd", POL), ("revisorerna", "revisor", FTV)],
        [pres("lämnar", "lämna"), pres("granskar", "granska")],
        [st("nämnd", "nämnden", NONE, None, "lämna", "lämnar", "en rapport"),
         st("revisor", "revisorerna", NONE, None, "granska", "granskar", "den")]),
    # N1 negatives: a subject before the verb keeps the clause subordinate
    one("v2-n1", "Protokollet justeras då styrelsen sammanträder.",
        [("styrelsen", "styrelse", POL)],
        [pres("justeras", "justera", "pass"), pres("sammanträder", "sammanträda")], []),
    one("v2-n2", "Ordföranden kallar till sammanträde då nämnden behöver fatta beslut.",
        [("Ordföranden", "ordförande", FTV), ("nämnden", "nämnd", POL)],
        [pres("kallar", "kalla"), pres("behöver", "behöva"), inf("fatta")],
        [st("ordförande", "Ordföranden", NONE, None, "kalla", "kallar", "till sammanträde")]),
    # C2': fronted Om/När clause, N och/eller N, non-modal duty verb
    one("cond-1", "Om förbundet har lokaler och/eller fordon åligger det förbundsdirektören att "
        "försäkra dem.",
        [("förbundet", "förbund", ORG), ("förbundsdirektören", "förbundsdirektör", TJP)],
        [HAR, pres("åligger", "åligga"), inf("försäkra")],
        [st("förbundsdirektör", "förbundsdirektören", OB, "åligger", "försäkra", "försäkra",
            "dem", condition="Om förbundet har lokaler och/eller fordon")]),
    one("cond-2", "Om förvaltningen anlitar konsulter och entreprenörer ansvarar "
        "förvaltningschefen för upphandlingen.",
        [("förvaltningen", "förvaltning", FORV), ("konsulter", "konsult", OVR),
         ("entreprenörer", "entreprenör", OVR), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("anlitar", "anlita"), pres("ansvarar", "ansvara")],
        [st("förvaltningschef", "förvaltningschefen", RESP, "ansvarar för", "ansvara",
            "ansvarar", "upphandlingen",
            condition="Om förvaltningen anlitar konsulter och entreprenörer")]),
    one("cond-3", "Nämnden sammanträder varje månad. Om nämnden har anställda och konsulter "
        "åligger det förvaltningschefen att teckna avtal med dem.",
        [("Nämnden", "nämnd", POL), ("nämnden", "nämnd", POL), ("anställda", "anställd", OVR),
         ("konsulter", "konsult", OVR), ("förvaltningschefen", "förvaltningschef", TJP)],
        [pres("sammanträder", "sammanträda"), HAR, pres("åligger", "åligga"), inf("teckna")],
        [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("förvaltningschef", "förvaltningschefen", OB, "åligger", "teckna", "teckna",
            "avtal med dem", condition="Om nämnden har anställda och konsulter")]),
    one("cond-4", "När stiftelsen förvaltar fastigheter och skog ankommer det på styrelsen att "
        "upprätta en skötselplan.",
        [("stiftelsen", "stiftelse", ORG), ("styrelsen", "styrelse", POL)],
        [pres("förvaltar", "förvalta"), pres("ankommer", "ankomma"), inf("upprätta")],
        [st("styrelse", "styrelsen", OB, "ankommer det på", "upprätta", "upprätta",
            "en skötselplan", condition="När stiftelsen förvaltar fastigheter och skog")]),
    one("cond-n1", "Om styrelsen eller vd har beslutat åligger det ingen annan att ändra "
        "beslutet.",
        [("styrelsen", "styrelse", POL), ("vd", "verkställande direktör", TJP)],
        [HAR, ("beslutat", "besluta", "sup", "act"), pres("åligger", "åligga"), inf("ändra")],
        []),
]


def doc_pages():
    """L1, L2 and A1 pages: raw texts and their clauses."""
    pages = []
    text = ("Riktlinje för representation\n\nUtgåva\n2\nDatum\n2025-03-14\nUpprättad av\n"
            "Ekonomiavdelningen\n\nNämnden ska varje år följa upp kostnaderna för representation.\n")
    pages.append(page("doc-1", text, [
        ("title", "Riktlinje för representation", [], [], [], "heading"),
        ("m1", "Utgåva 2 Datum 2025-03-14 Upprättad av Ekonomiavdelningen",
         [("Ekonomiavdelningen", "ekonomiavdelning", FORV)], [], [], "paragraph"),
        ("1", "Nämnden ska varje år följa upp kostnaderna för representation.",
         [("Nämnden", "nämnd", POL)], [SKA, inf("följa")],
         [st("nämnd", "Nämnden", OB, "ska", "följa", "följa", "upp kostnaderna för representation")],
         "paragraph"),
    ]))
    text = ("Plan för intern kontroll\n\nVersion 2.1\nDatum 2024-05-02\nFramtagen av "
            "ekonomiavdelningen\nFastställd av: Kommunstyrelsen\n\nNämnderna ska varje år "
            "anta en plan för intern kontroll.\n")
    pages.append(page("doc-2", text, [
        ("title", "Plan för intern kontroll", [], [], [], "heading"),
        ("m1", "Version 2.1 Datum 2024-05-02 Framtagen av ekonomiavdelningen Fastställd av: "
         "Kommunstyrelsen",
         [("ekonomiavdelningen", "ekonomiavdelning", FORV),
          ("Kommunstyrelsen", "kommunstyrelse", POL)], [], [], "paragraph"),
        ("1", "Nämnderna ska varje år anta en plan för intern kontroll.",
         [("Nämnderna", "nämnd", POL)], [SKA, inf("anta")],
         [st("nämnd", "Nämnderna", OB, "ska", "anta", "anta", "en plan för intern kontroll")],
         "paragraph"),
    ]))
    text = ("Taxa för bygglov\n\nByggnadsnämnden tar ut avgifter enligt denna taxa.\n\n"
            "Utgåva 3\nBeslutad av Kommunfullmäktige\nDatum 2023-10-01\n")
    pages.append(page("doc-3", text, [
        ("title", "Taxa för bygglov", [], [], [], "heading"),
        ("1", "Byggnadsnämnden tar ut avgifter enligt denna taxa.",
         [("Byggnadsnämnden", "byggnadsnämnd", POL)], [pres("tar", "ta")],
         [st("byggnadsnämnd", "Byggnadsnämnden", NONE, None, "ta", "tar",
             "ut avgifter enligt denna taxa")], "paragraph"),
        ("m1", "Utgåva 3 Beslutad av Kommunfullmäktige Datum 2023-10-01",
         [("Kommunfullmäktige", "kommunfullmäktige", POL)], [], [], "paragraph"),
    ]))
    text = ("Riktlinje för uppföljning\n\nVersion 2 ersätter riktlinjen från 2020.\n\n"
            "Datum för uppföljningen bestäms av nämnden.\n")
    pages.append(page("doc-n1", text, [
        ("title", "Riktlinje för uppföljning", [], [], [], "heading"),
        ("1", "Version 2 ersätter riktlinjen från 2020.", [], [pres("ersätter", "ersätta")], [],
         "paragraph"),
        ("2", "Datum för uppföljningen bestäms av nämnden.", [("nämnden", "nämnd", POL)],
         [pres("bestäms", "bestämma", "pass")],
         [st("nämnd", "nämnden", NONE, None, "bestämma", "bestäms", "Datum för uppföljningen",
             passive=True)], "paragraph"),
    ]))
    # L2: a link line right under a paragraph line
    text = ("Ansvar och uppdrag\nNämnden ansvarar för grundskolan.\nLäs mer om skolvalet\n"
            "Kommunstyrelsen leder arbetet med budgeten.\nLäs mer om budgetprocessen\n"
            "Revisionen\nRevisorerna granskar verksamheten.\n")
    pages.append(page("link-1", text, [
        ("title", "Ansvar och uppdrag", [], [], [], "heading"),
        ("1", "Nämnden ansvarar för grundskolan.", [("Nämnden", "nämnd", POL)],
         [pres("ansvarar", "ansvara")],
         [st("nämnd", "Nämnden", RESP, "ansvarar för", "ansvara", "ansvarar", "grundskolan")],
         "paragraph"),
        ("2", "Läs mer om skolvalet", [], [], [], "paragraph"),
        ("3", "Kommunstyrelsen leder arbetet med budgeten.",
         [("Kommunstyrelsen", "kommunstyrelse", POL)], [pres("leder", "leda")],
         [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "leda", "leder",
             "arbetet med budgeten")], "paragraph"),
        ("4", "Läs mer om budgetprocessen", [], [], [], "paragraph"),
        ("h1", "Revisionen", [("Revisionen", "revision", POL)], [], [], "heading"),
        ("5", "Revisorerna granskar verksamheten.", [("Revisorerna", "revisor", FTV)],
         [pres("granskar", "granska")],
         [st("revisor", "Revisorerna", NONE, None, "granska", "granskar", "verksamheten")],
         "paragraph"),
    ]))
    text = ("Skolskjuts\nBarn- och utbildningsnämnden beslutar om skolskjuts.\nLäs vidare om "
            "ansökan och regler\nLäsårets tider\nRektorn fastställer schemat.\n")
    pages.append(page("link-2", text, [
        ("title", "Skolskjuts", [], [], [], "heading"),
        ("1", "Barn- och utbildningsnämnden beslutar om skolskjuts.",
         [("Barn- och utbildningsnämnden", "barn- och utbildningsnämnd", POL)],
         [pres("beslutar", "besluta")],
         [st("barn- och utbildningsnämnd", "Barn- och utbildningsnämnden", NONE, None,
             "besluta", "beslutar", "om skolskjuts")], "paragraph"),
        ("2", "Läs vidare om ansökan och regler", [], [], [], "paragraph"),
        ("h1", "Läsårets tider", [], [], [], "heading"),
        ("3", "Rektorn fastställer schemat.", [("Rektorn", "rektor", TJP)],
         [pres("fastställer", "fastställa")],
         [st("rektor", "Rektorn", NONE, None, "fastställa", "fastställer", "schemat")],
         "paragraph"),
    ]))
    text = ("Föreningsbidrag\n\nKultur- och fritidsnämnden fördelar bidrag till föreningar. "
            "Ansökan görs i januari.\nLäs mer om bidragen\n")
    pages.append(page("link-3", text, [
        ("title", "Föreningsbidrag", [], [], [], "heading"),
        ("1", "Kultur- och fritidsnämnden fördelar bidrag till föreningar. Ansökan görs i "
         "januari. Läs mer om bidragen",
         [("Kultur- och fritidsnämnden", "kultur- och fritidsnämnd", POL),
          ("föreningar", "förening", ORG)],
         [pres("fördelar", "fördela"), pres("görs", "göra", "pass")],
         [st("kultur- och fritidsnämnd", "Kultur- och fritidsnämnden", NONE, None, "fördela",
             "fördelar", "bidrag till föreningar")], "paragraph"),
    ]))
    # A1: Med "X" avses <Name AB>
    text = ("Ägardirektiv för Norrvik Vatten AB\n\nMed ”NVAB” avses Norrvik Vatten AB.\n\n"
            "NVAB ska årligen rapportera till kommunstyrelsen.\n\nKommunstyrelsen utövar "
            "uppsikt över NVAB.\n")
    nv = "norrvik vatten ab"
    pages.append(page("alias-1", text, [
        ("title", "Ägardirektiv för Norrvik Vatten AB", [("Norrvik Vatten AB", nv, ORG)], [], [],
         "heading"),
        ("1", "Med ”NVAB” avses Norrvik Vatten AB.",
         [("NVAB", nv, ORG), ("Norrvik Vatten AB", nv, ORG)],
         [pres("avses", "avse", "pass")], [], "paragraph"),
        ("2", "NVAB ska årligen rapportera till kommunstyrelsen.",
         [("NVAB", nv, ORG), ("kommunstyrelsen", "kommunstyrelse", POL)],
         [SKA, inf("rapportera")],
         [st(nv, "NVAB", OB, "ska", "rapportera", "rapportera", "till kommunstyrelsen")],
         "paragraph"),
        ("3", "Kommunstyrelsen utövar uppsikt över NVAB.",
         [("Kommunstyrelsen", "kommunstyrelse", POL), ("NVAB", nv, ORG)],
         [pres("utövar", "utöva")],
         [st("kommunstyrelse", "Kommunstyrelsen", NONE, None, "utöva", "utövar",
             "uppsikt över NVAB")], "paragraph"),
    ]))
    text = ("Ägardirektiv\n\nMed SVAB menas Sjövik Vatten AB. SVAB ska följa kommunens "
            "riktlinjer.\n")
    sv = "sjövik vatten ab"
    pages.append(page("alias-2", text, [
        ("title", "Ägardirektiv", [], [], [], "heading"),
        ("1", "Med SVAB menas Sjövik Vatten AB. SVAB ska följa kommunens riktlinjer.",
         [("SVAB", sv, ORG), ("Sjövik Vatten AB", sv, ORG), ("SVAB", sv, ORG, 1),
          ("kommunens", "kommun", ORG)],
         [pres("menas", "mena", "pass"), SKA, inf("följa")],
         [st(sv, "SVAB", OB, "ska", "följa", "följa", "kommunens riktlinjer")], "paragraph"),
    ]))
    text = ("Ägardirektiv\n\nDetta direktiv gäller från 2025. Med ”EEAB” avses i direktivet "
            "Ekby Energi AB. Varje år ska EEAB lämna en rapport till kommunfullmäktige.\n")
    ee = "ekby energi ab"
    pages.append(page("alias-3", text, [
        ("title", "Ägardirektiv", [], [], [], "heading"),
        ("1", "Detta direktiv gäller från 2025. Med ”EEAB” avses i direktivet Ekby Energi AB. "
         "Varje år ska EEAB lämna en rapport till kommunfullmäktige.",
         [("EEAB", ee, ORG), ("Ekby Energi AB", ee, ORG), ("EEAB", ee, ORG, 1),
          ("kommunfullmäktige", "kommunfullmäktige", POL)],
         [pres("gäller", "gälla"), pres("avses", "avse", "pass"), SKA, inf("lämna")],
         [st(ee, "EEAB", OB, "ska", "lämna", "lämna", "en rapport till kommunfullmäktige")],
         "paragraph"),
    ]))
    text = ("Ägardirektiv\n\nMed uppdrag avses i detta direktiv ett beslut av Ekby "
            "Stadshus AB.\n")
    pages.append(page("alias-n1", text, [
        ("title", "Ägardirektiv", [], [], [], "heading"),
        ("1", "Med uppdrag avses i detta direktiv ett beslut av Ekby Stadshus AB.",
         [("Ekby Stadshus AB", "ekby stadshus ab", ORG)], [pres("avses", "avse", "pass")], [],
         "paragraph"),
    ]))
    return pages


if __name__ == "__main__":
    documents = {doc_id: (text, records) for doc_id, text, records in doc_pages()}
    write_part(sys.argv[1], "w56-e", documents, after=SENTENCES)
