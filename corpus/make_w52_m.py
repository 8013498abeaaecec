"""Builds corpus/dev/w52-m.jsonl and the documents corpus/dev/w52-m-*.txt with their gold:
invented material for round 52, writer w52m (re-opened part bm, rulings m1-m2). Analysis
52-bm L1 (+ 52-bh C6 family, ruling m1): a docplayer first page line `1 <series word in
capitals> <adoption and amendment history, decision numbers, Dnr> <title repeat> <unnumbered
heading> <sentence opened by a noun and its phrase>`: counter + series word + history one
metadata clause, the title repeat, the heading, the sentences; a one-word heading before a
noun + PP subject too; NEG: no heading after the repeat, a noun + PP subject (`Beslut i
ärenden …`) stays whole. 52-bm L3: the viewer's `Download "<title …>"` line is a viewer
line (metadata, no statement). 52-bm G1: a body noun of the lexicon
(`förbundsfullmäktige`) tagged a verb is never one: the implicit passive obligation after
it is found. 52-bm L2: `a) … b) …` run on after a colon, the last item a noun phrase
ending before the heading and sentence after it. Gold by hand from docs/annotation.md §1.2
(rounds 42, 46, 48, 52 m1) and §5 before the rules (52-bh C6 too: `1 <title copy>
<HEADING IN CAPITALS> <sentence>`). Offsets computed.
Run: python corpus/make_w52_m.py corpus/dev"""

import sys

from records import FAR, FTV, HAR, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

OB, PERM, NONE = "obligation", "permission", "none"
rec = records_for("w52-m")
DOCUMENTS = {}
KF = ("kommunfullmäktige", "kommunfullmäktige", POL)

# (a) L1 + L3: a docplayer print, the history with an amendment and a Dnr, a heading of
# three words, a sentence opened by a noun and its phrase.
D = "w52-m-riktlinjer"
TITLE = "Riktlinjer för tillsyn enligt miljöbalken"
DOWNLOAD = (f'Download "{TITLE}. Riktlinjerna antogs av kommunfullmäktige 2028-03-14"')
META = ("FÖRFATTNING Antagen av kommunfullmäktige 12/27 Tillägg enligt kommunfullmäktige "
        "41/28 Dnr 2028/117")
HEADING = "Avgifter och timtaxa"
BODY = ("Avgift för tillsyn ska betalas inom trettio dagar. Nämnden får besluta om "
        "nedsättning av avgiften.")
TEXT = (f"{TITLE}\n\nStorlek: px\n\n{DOWNLOAD}\n\nTranskript\n\n"
        f"1 {META} {TITLE} {HEADING} {BODY}\n")
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, kind="heading", doc=D),
    rec("m1", "Storlek: px", doc=D),
    rec("m2", DOWNLOAD, [KF], doc=D),
    rec("m3", "Transkript", doc=D),
    rec("1", META, [KF, (*KF, 1)], label="1", doc=D),
    rec("h1", TITLE, kind="heading", parent="1", doc=D),
    rec("h2", HEADING, kind="heading", parent="1", doc=D),
    rec("1.1", BODY, [("Nämnden", "nämnd", POL)],
        [SKA, inf("betalas", "betala", "pass"), FAR, inf("besluta")],
        [st(None, None, OB, "ska", "betala", "betalas", "Avgift för tillsyn", passive=True),
         st("nämnd", "Nämnden", PERM, "får", "besluta", "besluta",
            "om nedsättning av avgiften")], parent="1", doc=D),
])

# (b) L1: a one-word heading after the title's repeat, a subject of a noun and its phrase.
D = "w52-m-revision"
TITLE = "Arbetsordning för revisorerna"
META = ("DOKUMENT Fastställd av kommunfullmäktige 9/26 Ändrad enligt kommunfullmäktige 3/29")
BODY = ("Protokoll från revisorernas sammanträden ska justeras inom en vecka. Revisorerna får "
        "anlita sakkunniga.")
TEXT = f"{TITLE}\n\nStorlek: px\n\nTranskript\n\n1 {META} {TITLE} Granskning {BODY}\n"
REV = ("revisorerna", "revisor", FTV)
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, [REV], kind="heading", doc=D),
    rec("m1", "Storlek: px", doc=D),
    rec("m2", "Transkript", doc=D),
    rec("1", META, [KF, (*KF, 1)], label="1", doc=D),
    rec("h1", TITLE, [REV], kind="heading", parent="1", doc=D),
    rec("h2", "Granskning", kind="heading", parent="1", doc=D),
    rec("1.1", BODY,
        [("revisorernas", "revisor", FTV), ("Revisorerna", "revisor", FTV),
         ("sakkunniga", "sakkunnig", TJP)],
        [SKA, inf("justeras", "justera", "pass"), FAR, inf("anlita")],
        [st(None, None, OB, "ska", "justera", "justeras",
            "Protokoll från revisorernas sammanträden", passive=True),
         st("revisor", "Revisorerna", PERM, "får", "anlita", "anlita", "sakkunniga")],
        parent="1", doc=D),
])

# (c) NEG of L1: no heading between the title's repeat and a subject of a noun and its
# phrase (`Beslut i ärenden …`): the noun is no one-word heading.
D = "w52-m-social"
TITLE = "Delegationsordning för socialnämnden"
META = ("FÖRFATTNING Antagen av socialnämnden 14/25 Tillägg enligt socialnämnden 6/27")
BODY = ("Beslut i ärenden om bistånd ska fattas av handläggaren. Ordföranden får besluta i "
        "brådskande ärenden.")
TEXT = f"{TITLE}\n\nStorlek: px\n\nTranskript\n\n1 {META} {TITLE} {BODY}\n"
SN = ("socialnämnden", "socialnämnd", POL)
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, [SN], kind="heading", doc=D),
    rec("m1", "Storlek: px", doc=D),
    rec("m2", "Transkript", doc=D),
    rec("1", META, [SN, (*SN, 1)], label="1", doc=D),
    rec("h1", TITLE, [SN], kind="heading", parent="1", doc=D),
    rec("1.1", BODY,
        [("handläggaren", "handläggare", TJP),
         ("Ordföranden", "socialnämndens ordförande", FTV)],
        [SKA, inf("fattas", "fatta", "pass"), FAR, inf("besluta")],
        [st("handläggare", "handläggaren", OB, "ska", "fatta", "fattas",
            "Beslut i ärenden om bistånd", passive=True),
         st("socialnämndens ordförande", "Ordföranden", PERM, "får", "besluta", "besluta",
            "i brådskande ärenden")], parent="1", doc=D),
])

# (d) G1: `förbundsfullmäktige` between an inverted modal and its subject (`denne`).
D = "w52-m-forbund"
TITLE = "Förbundsordning för Norrlida räddningsförbund"
BODY = ("Därvid ska vid jäv hos någon av ledamöterna i förbundsfullmäktige denne genast "
        "ersättas med en ersättare. Ersättarna kallas av ordföranden.")
TEXT = f"{TITLE}\n\n6 Ersättare\n\n{BODY}\n"
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, [("Norrlida räddningsförbund", "norrlida räddningsförbund",
                          "organisation")], kind="heading", doc=D),
    rec("6", "Ersättare", [("Ersättare", "ersättare", FTV)], kind="heading", label="6", doc=D),
    rec("6.1", BODY,
        [("ledamöterna", "ledamot", FTV), ("förbundsfullmäktige", "förbundsfullmäktige", POL),
         ("ersättare", "ersättare", FTV), ("Ersättarna", "ersättare", FTV),
         ("ordföranden", "ordförande", FTV)],
        [SKA, inf("ersättas", "ersätta", "pass"), ("kallas", "kalla", "pres", "pass")],
        [st(None, None, OB, "ska", "ersätta", "ersättas", "denne", passive=True),
         st("ordförande", "ordföranden", NONE, None, "kalla", "kallas", "Ersättarna",
            passive=True)], parent="6", doc=D),
])

# (e) L2: `a)`/`b)` items run on after a colon; the last, a noun phrase, ends before the
# heading and the sentence the line goes on with.
D = "w52-m-skrivelse"
TITLE = "Tjänsteskrivelse om ny taxa"
LEAD = "Taxan för bygglov behöver ses över. Till ärendet hör följande handlingar:"
ITEM_B = "Förslag till ny taxa för byggnadsnämnden"
BODY = ("Sökande som väntar på beslut har begärt kortare handläggningstider. Nämnden beslutar "
        "om taxan.")
TEXT = (f"{TITLE}\n\n1 Sammanfattning {LEAD} a) Tjänsteskrivelse b) {ITEM_B} Skäl för "
        f"förslaget {BODY}\n")
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, kind="heading", doc=D),
    rec("1", "Sammanfattning", kind="heading", label="1", doc=D),
    rec("1.1", LEAD, [], [pres("behöver", "behöva")], parent="1", doc=D),
    rec("1.1.a", "Tjänsteskrivelse", kind="list_item", label="a)", parent="1.1", doc=D),
    rec("1.1.b", ITEM_B, [("byggnadsnämnden", "byggnadsnämnd", POL)], kind="list_item",
        label="b)", parent="1.1", doc=D),
    rec("h1", "Skäl för förslaget", kind="heading", parent="1", doc=D),
    rec("1.2", BODY, [("Sökande", "sökande", OVR), ("Nämnden", "nämnd", POL)],
        [pres("väntar", "vänta"), HAR, ("begärt", "begära", "sup", "act"),
         pres("beslutar", "besluta")],
        [st("sökande", "Sökande", NONE, None, "begära", "begärt",
            "kortare handläggningstider"),
         st("nämnd", "Nämnden", NONE, None, "besluta", "beslutar", "om taxan")],
        parent="1", doc=D),
])

# (f) 52-bh C6: page 1's line `1 <the title's copy in other case> <heading in capitals>
# <sentence>`: the copy, the heading, the sentences (no naming clause read into the copy).
D = "w52-m-stadgar"
TITLE = "Stadgar för Ekåsens vägförening"
COPY = "STADGAR FÖR Ekåsens vägförening"
BODY = "Syftet är att underhålla vägarna i byn. Styrelsen ska bestå av fem ledamöter."
TEXT = f"{TITLE}\n\nStorlek: px\n\nTranskript\n\n1 {COPY} SYFTE {BODY}\n"
EV = ("Ekåsens vägförening", "ekåsens vägförening", "organisation")
DOCUMENTS[D] = (TEXT, [
    rec("title", TITLE, [EV], kind="heading", doc=D),
    rec("m1", "Storlek: px", doc=D),
    rec("m2", "Transkript", doc=D),
    rec("1", COPY, [EV], label="1", doc=D),
    rec("h1", "SYFTE", kind="heading", parent="1", doc=D),
    rec("1.1", BODY, [("Styrelsen", "styrelse", POL), ("ledamöter", "ledamot", FTV)],
        [pres("är", "vara"), SKA, inf("bestå")],
        [st("styrelse", "Styrelsen", OB, "ska", "bestå", "bestå", "av fem ledamöter")],
        parent="1", doc=D),
])


if __name__ == "__main__":
    write_part(sys.argv[1], "w52-m", DOCUMENTS)
