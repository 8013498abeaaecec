"""Builds corpus/dev/w52-a.jsonl and the documents corpus/dev/w52-a-*.txt with their gold:
invented material for round 52, writer w52a (layout). Analysis 52-bz C1: lines that open
with a count and an agreeing lower-case noun (`2 ledamöter från …`, `1 representant …`)
under a colon lead-in or a presentational one are its items, no numbered sections;
NEG: a numbered heading opening with a capital (`2 Ledamöter och ersättare`). Analysis
52-aa C2 (ruling a2): a numbered heading printed twice whose repeat holds the verb and goes
on in `att` or a colon: heading clause (first copy) and the sentence opened by the second
copy; NEG: a verbless doubled heading (round 42). Analysis 52-aa C4: a docplayer page line
whose title copy or field labels stand before a doubled heading is cut there too. Analysis
52-bh C4: a section label left inside a flattened line before a fronted bare predicative
(`… . 2 Mottagare av … är dess …`); NEG: a numeral inside a sentence. Analysis 52-al S1: a
statute field block whose label holds several value lines is one metadata clause. Gold by hand from
docs/annotation.md §1.2 (rounds 42, 48, 52 a2), §2.1 (round 29 B2, round 44) and §5.1
before the rules. Offsets computed. Run: python corpus/make_w52_a.py corpus/dev"""

import sys

from records import FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, NONE = "obligation", "none"
rec = records_for("w52-a")
DOCUMENTS = {}
UPPGIFT = "har till uppgift att"

# (a) bz C1: a council page, its seats counted under a colon lead-in.
D = "w52-a-radsida"
SEATS = ["2 ledamöter från Ekby pensionärsförening", "1 ledamot från Åby bygdegårdsförening",
         "3 ledamöter från Norrby hembygdsförening"]
SEAT_NAMES = ["Ekby pensionärsförening", "Åby bygdegårdsförening", "Norrby hembygdsförening"]
TEXT = ("Om seniorrådet\n\nFöljande föreningar har platser i rådet:\n" + "\n".join(SEATS)
        + "\n\nRådet sammanträder fyra gånger per år.\n")
RAD = ("seniorråd", POL)
DOCUMENTS[D] = (TEXT, [
    rec("title", "Om seniorrådet", [("seniorrådet", *RAD)], kind="heading", doc=D),
    rec("p1", "Följande föreningar har platser i rådet:",
        [("föreningar", "förening", ORG), ("rådet", *RAD)], [HAR], doc=D),
    *[rec(f"p1.{letter}", seat,
          [(seat.split()[1], "ledamot", FTV), (name, name.lower(), ORG)], [],
          [st("förening", "föreningar", NONE, None, "ha", "har", seat)],
          kind="list_item", parent="p1", doc=D)
      for letter, seat, name in zip("abc", SEATS, SEAT_NAMES, strict=True)],
    rec("p2", "Rådet sammanträder fyra gånger per år.", [("Rådet", *RAD)],
        [pres("sammanträder", "sammanträda")],
        [st("seniorråd", "Rådet", NONE, None, "sammanträda", "sammanträder",
            "fyra gånger per år")], doc=D),
])

# (b) bz C1: a presentational lead-in over counted member lines.
D = "w52-a-trygghetsgrupp"
MEMBERS = [("4 representanter från Lunda kommun", "representanter", "representant",
            ("Lunda kommun", "lunda kommun", ORG)),
           ("1 representant från Polismyndigheten", "representant", "representant",
            ("Polismyndigheten", "polismyndighet", ORG)),
           ("2 företrädare för räddningstjänsten", "företrädare", "företrädare",
            ("räddningstjänsten", "räddningstjänst", ORG))]
TEXT = ("Trygghetsgruppen\n\nI trygghetsgruppen ingår:\n"
        + "\n".join(member[0] for member in MEMBERS) + "\n")
GRUPP = ("trygghetsgrupp", POL)
DOCUMENTS[D] = (TEXT, [
    rec("title", "Trygghetsgruppen", [("Trygghetsgruppen", *GRUPP)], kind="heading", doc=D),
    rec("1", "I trygghetsgruppen ingår:", [("trygghetsgruppen", *GRUPP)],
        [pres("ingår", "ingå")], doc=D),
    *[rec(f"1.{letter}", text, [(word, canonical, OVR), owner], [],
          [st(canonical, word, NONE, None, "ingå", "ingår")],
          kind="list_item", parent="1", doc=D)
      for letter, (text, word, canonical, owner) in zip("abc", MEMBERS, strict=True)],
])

# (c) NEG for C1: numbered headings in capitals stay sections.
D = "w52-a-neg-stadgar"
TEXT = ("Stadgar för Ekby orienteringsklubb\n\n2 Ledamöter och ersättare\n"
        "Styrelsen består av fem ledamöter och två ersättare.\n\n3 Sammanträden\n"
        "Styrelsen sammanträder minst sex gånger per år.\n")
KLUBB = ("Ekby orienteringsklubb", "ekby orienteringsklubb", ORG)
DOCUMENTS[D] = (TEXT, [
    rec("title", "Stadgar för Ekby orienteringsklubb", [KLUBB], kind="heading", doc=D),
    rec("2", "Ledamöter och ersättare", [("Ledamöter", "ledamot", FTV),
                                         ("ersättare", "ersättare", FTV)],
        kind="heading", label="2", doc=D),
    rec("2.1", "Styrelsen består av fem ledamöter och två ersättare.",
        [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV),
         ("ersättare", "ersättare", FTV)], [pres("består", "bestå")],
        [st("styrelse", "Styrelsen", NONE, None, "bestå", "består",
            "av fem ledamöter och två ersättare")], parent="2", doc=D),
    rec("3", "Sammanträden", kind="heading", label="3", doc=D),
    rec("3.1", "Styrelsen sammanträder minst sex gånger per år.",
        [("Styrelsen", "styrelse", POL)], [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", NONE, None, "sammanträda", "sammanträder",
            "minst sex gånger per år")], parent="3", doc=D),
])

# (d) aa C2 (ruling a2): doubled headings that are their sentence's lead-in.
D = "w52-a-forbund"
DIR_HEAD = "Direktionen har till uppgift"
DIR_TEXT = "Direktionen har till uppgift att leda förbundets verksamhet."
FD_HEAD = "Förbundsdirektören ska"
FD_ITEMS = ["verkställa direktionens beslut,", "sköta förbundets kansli."]
TEXT = ("Förbundsordning för Västmarks räddningsförbund\n\n"
        f"4 {DIR_HEAD} 4 {DIR_TEXT}\n\n5 {FD_HEAD} 5 {FD_HEAD}:\n"
        + "".join(f"- {item}\n" for item in FD_ITEMS)
        + "\n6 Ekonomi 6 Ekonomi Förbundet ska ha en budget i balans.\n")
FORBUND = ("Västmarks räddningsförbund", "västmarks räddningsförbund", ORG)
FD = ("förbundsdirektör", "Förbundsdirektören", OB, "ska")
DOCUMENTS[D] = (TEXT, [
    rec("title", "Förbundsordning för Västmarks räddningsförbund", [FORBUND], kind="heading",
        doc=D),
    rec("4", DIR_HEAD, [("Direktionen", "direktion", POL)], [HAR], kind="heading", label="4",
        doc=D),
    rec("4.4", DIR_TEXT, [("Direktionen", "direktion", POL),
                          ("förbundets", "västmarks räddningsförbund", ORG)],
        [HAR, inf("leda")],
        [st("direktion", "Direktionen", OB, UPPGIFT, "leda", "leda",
            "förbundets verksamhet")], parent="4", label="4", doc=D),
    rec("5", FD_HEAD, [("Förbundsdirektören", "förbundsdirektör", TJP)], [SKA],
        kind="heading", label="5", doc=D),
    rec("5.5", f"{FD_HEAD}:", [("Förbundsdirektören", "förbundsdirektör", TJP)], [SKA],
        parent="5", label="5", doc=D),
    rec("5.5.a", FD_ITEMS[0], [("direktionens", "direktion", POL)], [inf("verkställa")],
        [st(*FD, "verkställa", "verkställa", "direktionens beslut")],
        kind="list_item", parent="5.5", label="-", doc=D),
    rec("5.5.b", FD_ITEMS[1], [("förbundets", "västmarks räddningsförbund", ORG)],
        [inf("sköta")], [st(*FD, "sköta", "sköta", "förbundets kansli")],
        kind="list_item", parent="5.5", label="-", doc=D),
    rec("6", "Ekonomi 6 Ekonomi", kind="heading", label="6", doc=D),
    rec("6.1", "Förbundet ska ha en budget i balans.",
        [("Förbundet", "västmarks räddningsförbund", ORG)], [SKA, inf("ha")],
        [st("västmarks räddningsförbund", "Förbundet", OB, "ska", "ha", "ha",
            "en budget i balans")], parent="6", doc=D),
])

# (e) aa C4: docplayer page lines with a title copy or field labels before a doubled heading.
VIEWER = "Starta visningen från sidan:"
D = "w52-a-sida-forbund"
HEAD = "Gäller fr o m Förbundsordning för Östmarks avfallsförbund"
BODY = ("Kommunerna Ekby, Åby och Sörby är medlemmar i förbundet. Medlemskommunerna är "
        "huvudmän för förbundet. Förbundet ska samla in hushållsavfall.")
TEXT = f"Transkript\n\n1 {HEAD} 1 Medlemmar 1 Medlemmar {BODY}\n"
AVF = "östmarks avfallsförbund"
DOCUMENTS[D] = (TEXT, [
    rec("m1", "Transkript", doc=D),
    rec("1", HEAD, [("Östmarks avfallsförbund", AVF, ORG)], [], label="1", doc=D),
    rec("1.1", "Medlemmar 1 Medlemmar", kind="heading",
        label="1", doc=D),
    rec("1.1.1", BODY,
        [("Kommunerna", "kommun", ORG), ("förbundet", AVF, ORG),
         ("Medlemskommunerna", "medlemskommun", ORG), ("förbundet", AVF, ORG, 1),
         ("Förbundet", AVF, ORG)],
        [pres("är", "vara"), pres("är", "vara", nth=1), SKA, inf("samla")],
        [st("kommun", "Kommunerna", NONE, None, "vara", "är", "medlemmar i förbundet"),
         st("medlemskommun", "Medlemskommunerna", NONE, None, "vara", "är",
            "huvudmän för förbundet"),
         st(AVF, "Förbundet", OB, "ska", "samla", "samla", "hushållsavfall")],
        parent="1.1", doc=D),
])
D = "w52-a-sida-namnd"
HEAD = "Gäller fr o m Förbundsordning för Ekby vattenförbund Sida 18 (40)"
BODY = ("Direktionen leder förbundets arbete. Direktionen ska anta en verksamhetsplan. "
        "Ordföranden kallar till sammanträde.")
TEXT = f"{VIEWER}\n\nTranskript\n\n18 {HEAD} 5 Ledning 5 Ledning {BODY}\n"
VF = ("ekby vattenförbund", ORG)
DOCUMENTS[D] = (TEXT, [
    rec("m1", VIEWER, doc=D),
    rec("m2", "Transkript", doc=D),
    rec("18", HEAD, [("Ekby vattenförbund", *VF)], label="18", doc=D),
    rec("5", "Ledning 5 Ledning", kind="heading", label="5", doc=D),
    rec("5.1", BODY,
        [("Direktionen", "direktion", POL), ("förbundets", *VF),
         ("Direktionen", "direktion", POL, 1), ("Ordföranden", "ordförande", FTV)],
        [pres("leder", "leda"), SKA, inf("anta"), pres("kallar", "kalla")],
        [st("direktion", "Direktionen", NONE, None, "leda", "leder", "förbundets arbete"),
         st("direktion", "Direktionen", OB, "ska", "anta", "anta", "en verksamhetsplan"),
         st("ordförande", "Ordföranden", NONE, None, "kalla", "kallar", "till sammanträde")],
        parent="5", doc=D),
])

# (f) bh C4: a section label left inside a flattened line before a fronted predicative.
D = "w52-a-samfallighet"
BODY = ("Styrelsen förvaltar vägarna i byn. 2 Mottagare av bidraget är dess "
        "medlemsföreningar. § 3 Brukare av samlingslokalen är dess hyresgäster. "
        "Ordföranden har 2 röster.")
TEXT = f"Stadgar för Bäckby samfällighetsförening\n\n{BODY}\n"
SF = "bäckby samfällighetsförening"
DOCUMENTS[D] = (TEXT, [
    rec("title", "Stadgar för Bäckby samfällighetsförening",
        [("Bäckby samfällighetsförening", SF, ORG)], kind="heading", doc=D),
    rec("1", BODY,
        [("Styrelsen", "styrelse", POL), ("medlemsföreningar", "medlemsförening", ORG),
         ("hyresgäster", "hyresgäst", OVR), ("Ordföranden", "ordförande", FTV)],
        [pres("förvaltar", "förvalta"), pres("är", "vara"), pres("är", "vara", nth=1),
         HAR],
        [st("styrelse", "Styrelsen", NONE, None, "förvalta", "förvaltar", "vägarna i byn"),
         st("medlemsförening", "medlemsföreningar", NONE, None, "vara", "är"),
         st("hyresgäst", "hyresgäster", NONE, None, "vara", "är"),
         st("ordförande", "Ordföranden", NONE, None, "ha", "har", "2 röster")],
        doc=D),
])

# (g) al S1: a statute page's field block, one label with several value lines, a remarks
# label, and a last label whose value was lost before a blank line and the first heading.
D = "w52-a-forordning"
FIELDS = ["SFS nr", "2031:415", "Departement", "Utbildningsdepartementet", "Utfärdad",
          "2031-06-10", "Upphäver", "Förordning (2020:12) om bidrag till studieförbund",
          "Förordning (2022:7) om stöd till folkbildningen",
          "Förordning (2024:88) om stöd till lokala föreningar", "Övrigt",
          "Rättelseblad 2031:900", "Senast hämtad"]
TITLE = "Förordning (2031:415) om statsbidrag till studieförbund"
P1 = "Denna förordning innehåller bestämmelser om statsbidrag till studieförbund."
P2 = "Folkbildningsrådet fördelar bidraget."
TEXT = (f"{TITLE}\n\n" + "\n".join(FIELDS) + f"\n\nInledande bestämmelser\n\n1 § {P1}\n\n"
        f"2 § {P2}\n")
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, kind="heading", doc=D),
    rec("m1", " ".join(FIELDS),
        [("Utbildningsdepartementet", "utbildningsdepartement", "förvaltningsorganisation")],
        doc=D),
    rec("h1", "Inledande bestämmelser", kind="heading", doc=D),
    rec("§1", P1, [("studieförbund", "studieförbund", ORG)], [pres("innehåller", "innehålla")],
        parent="h1", label="1 §", doc=D),
    rec("§2", P2, [("Folkbildningsrådet", "folkbildningsråd", ORG)],
        [pres("fördelar", "fördela")],
        [st("folkbildningsråd", "Folkbildningsrådet", NONE, None, "fördela", "fördelar",
            "bidraget")], parent="h1", label="2 §", doc=D),
])


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-a", DOCUMENTS)
