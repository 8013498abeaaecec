"""Builds corpus/dev/w53-f.jsonl (and the pages corpus/dev/w53-f-g1-*.txt): invented material
for round 53, writer w53f (new-user trials 52b/53, analyses 53-cc G1, G2 and 53-cb P13).
(1) person and role nouns outside the lexicon without an agentive suffix (-are, -ör, -ent,
-ist, -man): the regular role-noun classes (-arie, -log, -nom, -iker, -graf, -är) and common
simplex role nouns (`lots`, `mentor`, `coach`, `kock`) as the subject of an active verb or a
modal are actors of category `övrig` (issue #10 item 1, §2.5); negatives: thing nouns with
the same endings (`katalog`, `dialog`, `paragraf`, `formulär`, `affär`), such a noun as an
object or in a prepositional phrase, a personal name (round 42). (2) cc-G1: a body noun in
parentheses after a body (`<Body> (<body noun>)`, a heading or after `en direktion`): later
bare mentions of the parenthesised noun take the first body's canonical; negative: two
bodies coordinated. (3) cc-G2: a singular classifier noun + coordinated names as the
inverted subject of a presentational verb: the names are the actors. (4) cb-P13: bare nouns
in apposition after a plural non-actor head (`funktionerna X, Y och Z`) are no subjects;
positive contrast: actor nouns as the inverted subject. Gold by hand from docs/annotation.md
before any run. Offsets computed. Run: python corpus/make_w53_f.py corpus/dev"""

import sys

from records import (
    AR,
    FAR,
    FORV,
    HAR,
    ORG,
    OVR,
    POL,
    SKA,
    TJP,
    blocks_text,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

RE, NONE, OB, PE = "responsibility", "none", "obligation", "permission"


def rec(doc, *args, **kwargs):
    return records_for(f"w53-f-{doc}", check_texts=True)("1", *args, **kwargs)


def ob(actor, actor_text, aim, aim_text, obj, modal="ska", deontic=OB):
    return st(actor, actor_text, deontic, modal, aim, aim_text, obj)


SENTENCES = [
    # (1) role nouns outside the lexicon as subjects of a modal or an active verb
    rec("r-1", "Lotsen ska leda fartyget in i hamnen.", [("Lotsen", "lots", OVR)],
        [SKA, inf("leda")], [ob("lots", "Lotsen", "leda", "leda", "fartyget in i hamnen")]),
    rec("r-2", "Lotsarna ska rapportera avvikelser varje månad.",
        [("Lotsarna", "lots", OVR)], [SKA, inf("rapportera")],
        [ob("lots", "Lotsarna", "rapportera", "rapportera", "avvikelser")]),
    rec("r-3", "Psykologen får genomföra bedömningar på egen hand.",
        [("Psykologen", "psykolog", OVR)], [FAR, inf("genomföra")],
        [ob("psykolog", "Psykologen", "genomföra", "genomföra", "bedömningar", "får", PE)]),
    rec("r-4", "Notarien ska föra protokoll vid förhandlingen.",
        [("Notarien", "notarie", OVR)], [SKA, inf("föra")],
        [ob("notarie", "Notarien", "föra", "föra", "protokoll")]),
    rec("r-5", "Veterinären ska kontrollera djurhållningen varje år.",
        [("Veterinären", "veterinär", OVR)], [SKA, inf("kontrollera")],
        [ob("veterinär", "Veterinären", "kontrollera", "kontrollera", "djurhållningen")]),
    rec("r-6", "Teknikern ansvarar för driften av anläggningen.",
        [("Teknikern", "tekniker", OVR)], [pres("ansvarar", "ansvara")],
        [st("tekniker", "Teknikern", RE, "ansvarar för", "ansvara", "ansvarar",
            "driften av anläggningen")]),
    rec("r-7", "Analytikerna ska sammanställa underlaget inför beslutet.",
        [("Analytikerna", "analytiker", OVR)], [SKA, inf("sammanställa")],
        [ob("analytiker", "Analytikerna", "sammanställa", "sammanställa", "underlaget")]),
    rec("r-8", "Fotografen får använda bilderna i egna utställningar.",
        [("Fotografen", "fotograf", OVR)], [FAR, inf("använda")],
        [ob("fotograf", "Fotografen", "använda", "använda", "bilderna", "får", PE)]),
    rec("r-9", "Mentorn ska följa upp frånvaron varje vecka.",
        [("Mentorn", "mentor", OVR)], [SKA, inf("följa")],
        [ob("mentor", "Mentorn", "följa", "följa", "frånvaron")]),
    rec("r-10", "Kocken ska planera matsedeln för hela terminen.",
        [("Kocken", "kock", OVR)], [SKA, inf("planera")],
        [ob("kock", "Kocken", "planera", "planera", "matsedeln")]),
    rec("r-11", "Coachen får välja laguppställning inför matchen.",
        [("Coachen", "coach", OVR)], [FAR, inf("välja")],
        [ob("coach", "Coachen", "välja", "välja", "laguppställning", "får", PE)]),
    rec("r-12", "Aktuarien ska beräkna pensionsskulden varje år.",
        [("Aktuarien", "aktuarie", OVR)], [SKA, inf("beräkna")],
        [ob("aktuarie", "Aktuarien", "beräkna", "beräkna", "pensionsskulden")]),
    rec("r-13", "Agronomen ger råd om odlingen.", [("Agronomen", "agronom", OVR)],
        [pres("ger", "ge")], [st("agronom", "Agronomen", NONE, None, "ge", "ger", "råd")]),
    rec("r-14", "Geologen ska granska borrproven innan arbetet börjar.",
        [("Geologen", "geolog", OVR)], [SKA, inf("granska"), pres("börjar", "börja")],
        [ob("geolog", "Geologen", "granska", "granska", "borrproven")]),
    rec("r-15", "Volontärerna får delta i planeringen av lägret.",
        [("Volontärerna", "volontär", OVR)], [FAR, inf("delta")],
        [ob("volontär", "Volontärerna", "delta", "delta", "i planeringen av lägret", "får",
            PE)]),
    # (1) negatives: thing nouns with the same endings, objects, a prepositional phrase, a name
    rec("r-n1", "Katalogen ska innehålla en förteckning över alla tjänster.", [],
        [SKA, inf("innehålla")]),
    rec("r-n2", "Dialogen ska bidra till ett bättre underlag.", [], [SKA, inf("bidra")]),
    rec("r-n3", "Paragrafen ska gälla från och med årsskiftet.", [], [SKA, inf("gälla")]),
    rec("r-n4", "Formuläret ska finnas på webbplatsen.", [], [SKA, inf("finnas")]),
    rec("r-n5", "Affären får inte påverka resultatet.", [], [FAR, inf("påverka")]),
    rec("r-n6", "Nämnden ska anlita en lots vid behov.", [("Nämnden", "nämnd", POL)],
        [SKA, inf("anlita")], [ob("nämnd", "Nämnden", "anlita", "anlita", "en lots")]),
    rec("r-n7", "Rektorn ska samråda med psykologen.", [("Rektorn", "rektor", TJP)],
        [SKA, inf("samråda")],
        [ob("rektor", "Rektorn", "samråda", "samråda", "med psykologen")]),
    rec("r-n8", "Holmberg får underteckna avtalet.", [], [FAR, inf("underteckna")]),
    # (2)–(4) sentences
    # cc-G2: a singular classifier + coordinated names as the inverted subject
    rec("g2-1", "I Ekby kommun ingår koncernen Ekby Vatten AB, Ekby Energi AB och Ekby "
        "Bostäder AB.",
        [("Ekby kommun", "ekby kommun", ORG), ("koncernen", "koncern", ORG),
         ("Ekby Vatten AB", "ekby vatten ab", ORG), ("Ekby Energi AB", "ekby energi ab", ORG),
         ("Ekby Bostäder AB", "ekby bostäder ab", ORG)],
        [pres("ingår", "ingå")],
        [st("ekby vatten ab", "Ekby Vatten AB", NONE, None, "ingå", "ingår"),
         st("ekby energi ab", "Ekby Energi AB", NONE, None, "ingå", "ingår"),
         st("ekby bostäder ab", "Ekby Bostäder AB", NONE, None, "ingå", "ingår")]),
    rec("g2-2", "I stadens koncern ingår bolaget Åsby Hamn AB (60 procent) och Åsby Energi AB.",
        [("stadens", "stad", ORG), ("koncern", "koncern", ORG),
         ("bolaget", "åsby hamn ab", ORG), ("Åsby Hamn AB", "åsby hamn ab", ORG),
         ("Åsby Energi AB", "åsby energi ab", ORG)],
        [pres("ingår", "ingå")],
        [st("åsby hamn ab", "Åsby Hamn AB", NONE, None, "ingå", "ingår"),
         st("åsby energi ab", "Åsby Energi AB", NONE, None, "ingå", "ingår")]),
    # cb-P13: bare nouns in apposition after a plural non-actor head
    rec("p13-n1", "I kansliet ingår funktionerna registratur, ekonomi och växel.",
        [("kansliet", "kansli", FORV)], [pres("ingår", "ingå")]),
    rec("p13-n2", "Till staben hör uppgifterna arkiv och juridik.",
        [("staben", "stab", FORV)], [pres("hör", "höra")]),
    rec("p13-1", "I kansliet ingår registratorn och arkivarien.",
        [("kansliet", "kansli", FORV), ("registratorn", "registrator", TJP),
         ("arkivarien", "arkivarie", TJP)], [pres("ingår", "ingå")],
        [st("registrator", "registratorn", NONE, None, "ingå", "ingår", "I kansliet"),
         st("arkivarie", "arkivarien", NONE, None, "ingå", "ingår", "I kansliet")]),
]

# cc-G1: a body noun in parentheses after a body names it
DOCUMENTS = {}
D = "w53-f-g1-rubrik"
page = records_for(D)
RECORDS = [
    page("h1", "Förbundsdirektionen (styrelsen)",
         [("Förbundsdirektionen", "förbundsdirektion", POL),
          ("styrelsen", "förbundsdirektion", POL)], kind="heading"),
    page("1", "Styrelsen består av sju ledamöter och lika många ersättare.",
         [("Styrelsen", "förbundsdirektion", POL), ("ledamöter", "ledamot", "förtroendevald"),
          ("ersättare", "ersättare", "förtroendevald")], [pres("består", "bestå")],
         [st("förbundsdirektion", "Styrelsen", NONE, None, "bestå", "består",
             "av sju ledamöter och lika många ersättare")], parent="h1"),
    page("2", "Styrelsen ska upprätta förslag till budget.",
         [("Styrelsen", "förbundsdirektion", POL)], [SKA, inf("upprätta")],
         [ob("förbundsdirektion", "Styrelsen", "upprätta", "upprätta",
             "förslag till budget")], parent="h1"),
]
DOCUMENTS[D] = (blocks_text(RECORDS), RECORDS)

D = "w53-f-g1-copula"
page = records_for(D)
RECORDS = [
    page("1", "Samverkan leds av en direktion (styrelse) med fem ledamöter.",
         [("direktion", "direktion", POL), ("styrelse", "direktion", POL),
          ("ledamöter", "ledamot", "förtroendevald")], [pres("leds", "leda", "pass")],
         [st("direktion", "direktion", NONE, None, "leda", "leds", "Samverkan",
             passive=True)]),
    page("2", "Styrelsen får inrätta arbetsgrupper.",
         [("Styrelsen", "direktion", POL), ("arbetsgrupper", "arbetsgrupp", FORV)],
         [FAR, inf("inrätta")],
         [ob("direktion", "Styrelsen", "inrätta", "inrätta", "arbetsgrupper", "får", PE)]),
]
DOCUMENTS[D] = (blocks_text(RECORDS), RECORDS)

D = "w53-f-g1-neg"
page = records_for(D)
RECORDS = [
    page("1", "Stiftelsen har en direktion och en styrelse.",
         [("Stiftelsen", "stiftelse", ORG), ("direktion", "direktion", POL),
          ("styrelse", "styrelse", POL)], [HAR],
         [st("stiftelse", "Stiftelsen", NONE, None, "ha", "har",
             "en direktion och en styrelse")]),
    page("2", "Styrelsen är stiftelsens högsta beslutande organ.",
         [("Styrelsen", "styrelse", POL), ("stiftelsens", "stiftelse", ORG)], [AR],
         [st("styrelse", "Styrelsen", NONE, None, "vara", "är",
             "stiftelsens högsta beslutande organ")]),
]
DOCUMENTS[D] = (blocks_text(RECORDS), RECORDS)


if __name__ == "__main__":
    write_part(sys.argv[1], "w53-f", DOCUMENTS, before=SENTENCES)
