"""Builds corpus/dev/w54-b.jsonl and the documents corpus/dev/w54-b-*.txt with their gold:
invented material for round 54, writer B (the document's own organisation under its short
forms, analysis 54-cf causes C and B). C: a company's alias of several capitalised words
(digits, `&`, quotes) after a definition cue, with or without a comma or bracket before it
(`nedan kallat`, `(nedan ”…”)`, `, härefter benämnt …,`, `(i det följande …)`), which later
acts as the company's short name (also opening a lead-in). B: a naming sentence that is not
the title (`Denna stiftelse, vars namn är N`, `Organisationens namn är N`, `Bolagets firma är
N`) binds the organisation's later definite short forms (`Stiftelsen`, `Organisationen`,
`Föreningen`, `Bolaget`) to N. Negatives: a lower-case alias (`nedan kallat elbolaget`) is
no name; a second organisation named in passing (`Stiftelsen Norrby Konst`, `Tallby Biogas
AB`) captures no owner word; `organisationen av arbetet` is no actor. Gold by hand from
docs/annotation.md §2.1/§2.3 (rounds 9, 16, 39, 48) before the rule. Offsets computed.
Run: python corpus/make_w54_b.py corpus/dev"""

import sys

from records import AR, FAR, HAR, ORG, POL, SKA, inf, pres, records_for, write_part
from records import list_item as item
from records import statement as st

rec = records_for("w54-b")

# (a) An ägardirektiv: `nedan kallat` without a comma, a two-word alias that opens a lead-in.
D = "w54-b-hamn"
HAMN_TEXT = """Ägardirektiv för Norrvik Hamn Logistik AB

Norrvik Hamn Logistik AB nedan kallat Norrvik Hamn ägs av Norrviks kommun.

Norrvik Hamn ska:
• underhålla kajerna och farlederna
• erbjuda lotsning till fartygen

Norrvik Hamn får upplåta mark i hamnområdet.
"""
NH = "norrvik hamn logistik ab"
HAMN_ITEMS = [("underhålla kajerna och farlederna", "underhålla", "kajerna och farlederna"),
              ("erbjuda lotsning till fartygen", "erbjuda", "lotsning till fartygen")]
HAMN = [
    rec("title", "Ägardirektiv för Norrvik Hamn Logistik AB",
        [("Norrvik Hamn Logistik AB", NH, ORG)], kind="heading", doc=D),
    rec("1", "Norrvik Hamn Logistik AB nedan kallat Norrvik Hamn ägs av Norrviks kommun.",
        [("Norrvik Hamn Logistik AB", NH, ORG), ("Norrviks kommun", "norrviks kommun", ORG)],
        [pres("ägs", "äga", "pass")],
        [st("norrviks kommun", "Norrviks kommun", "none", None, "äga", "ägs",
            "Norrvik Hamn Logistik AB", passive=True)], doc=D),
    rec("2", "Norrvik Hamn ska:", [("Norrvik Hamn", NH, ORG)], [SKA], doc=D),
    *[item(D, f"2.{letter}", text, verbs=[inf(verb)],
           statements=[st(NH, "Norrvik Hamn", "obligation", "ska", verb, verb, obj)], label="•")
      for letter, (text, verb, obj) in zip("ab", HAMN_ITEMS, strict=True)],
    rec("3", "Norrvik Hamn får upplåta mark i hamnområdet.", [("Norrvik Hamn", NH, ORG)],
        [FAR, inf("upplåta")],
        [st(NH, "Norrvik Hamn", "permission", "får", "upplåta", "upplåta", "mark i hamnområdet")],
        doc=D),
]

# (b) A bolagsordning naming three companies: an alias in quotes in a bracket, one between
# commas after `härefter benämnt`, one after `i det följande`; a lower-case alias (negative).
D = "w54-b-fiber"
FIB_TEXT = """Bolagsordning för Sjöby Stadsnät AB

Sjöby Stadsnät AB (nedan ”Sjöby Nät”) bygger ett öppet fibernät.

Sjöby Nät ska erbjuda anslutning till alla fastigheter.

Sjöby Energi Service AB, härefter benämnt Sjöby Service, sköter driften av nätet.

Sjöby Service får teckna avtal om underhåll.

Sjöby Kabel-TV AB (i det följande Sjöby Kabel 2) äger kabelnätet.

Sjöby Kabel 2 ska lämna en årlig rapport.

Sjöby Elhandel AB, nedan kallat elbolaget, handlar med el.
"""
SN, SS, SK, SE = ("sjöby stadsnät ab", "sjöby energi service ab", "sjöby kabel-tv ab",
                  "sjöby elhandel ab")
FIB = [
    rec("title", "Bolagsordning för Sjöby Stadsnät AB",
        [("Sjöby Stadsnät AB", SN, ORG)], kind="heading", doc=D),
    rec("1", "Sjöby Stadsnät AB (nedan ”Sjöby Nät”) bygger ett öppet fibernät.",
        [("Sjöby Stadsnät AB", SN, ORG)], [pres("bygger", "bygga")],
        [st(SN, "Sjöby Stadsnät AB", "none", None, "bygga", "bygger",
            "ett öppet fibernät")], doc=D),
    rec("2", "Sjöby Nät ska erbjuda anslutning till alla fastigheter.", [("Sjöby Nät", SN, ORG)],
        [SKA, inf("erbjuda")],
        [st(SN, "Sjöby Nät", "obligation", "ska", "erbjuda", "erbjuda",
            "anslutning till alla fastigheter")], doc=D),
    rec("3", "Sjöby Energi Service AB, härefter benämnt Sjöby Service, sköter driften av nätet.",
        [("Sjöby Energi Service AB", SS, ORG)], [pres("sköter", "sköta")],
        [st(SS, "Sjöby Energi Service AB", "none", None, "sköta", "sköter",
            "driften av nätet")], doc=D),
    rec("4", "Sjöby Service får teckna avtal om underhåll.", [("Sjöby Service", SS, ORG)],
        [FAR, inf("teckna")],
        [st(SS, "Sjöby Service", "permission", "får", "teckna", "teckna", "avtal om underhåll")],
        doc=D),
    rec("5", "Sjöby Kabel-TV AB (i det följande Sjöby Kabel 2) äger kabelnätet.",
        [("Sjöby Kabel-TV AB", SK, ORG)], [pres("äger", "äga")],
        [st(SK, "Sjöby Kabel-TV AB", "none", None, "äga", "äger", "kabelnätet")], doc=D),
    rec("6", "Sjöby Kabel 2 ska lämna en årlig rapport.", [("Sjöby Kabel 2", SK, ORG)],
        [SKA, inf("lämna")],
        [st(SK, "Sjöby Kabel 2", "obligation", "ska", "lämna", "lämna", "en årlig rapport")],
        doc=D),
    rec("7", "Sjöby Elhandel AB, nedan kallat elbolaget, handlar med el.",
        [("Sjöby Elhandel AB", SE, ORG)], [pres("handlar", "handla")],
        [st(SE, "Sjöby Elhandel AB", "none", None, "handla", "handlar", "med el")], doc=D),
]

# (c) A foundation's statutes titled `Stadgar` alone, named in a `vars namn är` relative
# clause on a demonstrative subject; a second foundation in passing (negative).
D = "w54-b-fond"
FOND_TEXT = """Stadgar

Denna stiftelse, vars namn är Stiftelsen Ekhagens Minnesfond, har sitt säte i Lindby.

Stiftelsen ska bevilja stipendier för studier i musik.

Stiftelsen får samverka med Stiftelsen Norrby Konst.

Stiftelsens tillgångar förvaltas av Lindby kommun.
"""
EM = "stiftelsen ekhagens minnesfond"
FOND = [
    rec("title", "Stadgar", kind="heading", doc=D),
    rec("1", "Denna stiftelse, vars namn är Stiftelsen Ekhagens Minnesfond, har sitt säte i "
        "Lindby.", [("stiftelse", EM, ORG)], [AR, HAR],
        [st(EM, "stiftelse", "none", None, "ha", "har", "sitt säte i Lindby")], doc=D),
    rec("2", "Stiftelsen ska bevilja stipendier för studier i musik.", [("Stiftelsen", EM, ORG)],
        [SKA, inf("bevilja")],
        [st(EM, "Stiftelsen", "obligation", "ska", "bevilja", "bevilja",
            "stipendier för studier i musik")], doc=D),
    rec("3", "Stiftelsen får samverka med Stiftelsen Norrby Konst.",
        [("Stiftelsen", EM, ORG), ("Stiftelsen Norrby Konst", "stiftelsen norrby konst", ORG)],
        [FAR, inf("samverka")],
        [st(EM, "Stiftelsen", "permission", "får", "samverka", "samverka",
            "med Stiftelsen Norrby Konst")], doc=D),
    rec("4", "Stiftelsens tillgångar förvaltas av Lindby kommun.",
        [("Stiftelsens", EM, ORG), ("Lindby kommun", "lindby kommun", ORG)],
        [pres("förvaltas", "förvalta", "pass")],
        [st("lindby kommun", "Lindby kommun", "none", None, "förvalta", "förvaltas",
            "Stiftelsens tillgångar", passive=True)], doc=D),
]

# (d) An association named by the generic owner word's naming sentence; later
# `Organisationen` and `Föreningen` are it; `organisationen av arbetet` is no actor.
D = "w54-b-hembygd"
HEM_TEXT = """Stadgar

Organisationens namn är Ekdala Hembygdsförening.

Organisationen ska vårda bygdens kulturarv.

Föreningen får äga fastigheter. Styrelsen ansvarar för organisationen av arbetet.
"""
EH = "ekdala hembygdsförening"
HEM = [
    rec("title", "Stadgar", kind="heading", doc=D),
    rec("1", "Organisationens namn är Ekdala Hembygdsförening.",
        [("Organisationens", EH, ORG)], [AR], doc=D),
    rec("2", "Organisationen ska vårda bygdens kulturarv.", [("Organisationen", EH, ORG)],
        [SKA, inf("vårda")],
        [st(EH, "Organisationen", "obligation", "ska", "vårda", "vårda", "bygdens kulturarv")],
        doc=D),
    rec("3", "Föreningen får äga fastigheter. Styrelsen ansvarar för organisationen av arbetet.",
        [("Föreningen", EH, ORG), ("Styrelsen", "styrelse", POL)],
        [FAR, inf("äga"), pres("ansvarar", "ansvara")],
        [st(EH, "Föreningen", "permission", "får", "äga", "äga", "fastigheter"),
         st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "organisationen av arbetet")], doc=D),
]

# (e) A bolagsordning titled without the name: `Bolagets firma är N` names the company; a
# second company in passing (negative).
D = "w54-b-varme"
VAR_TEXT = """Bolagsordning

Bolagets firma är Tallby Fjärrvärme AB.

Bolaget ska leverera värme i Tallby.

Bolaget får äga aktier i Tallby Biogas AB.
"""
TF = "tallby fjärrvärme ab"
VAR = [
    rec("title", "Bolagsordning", kind="heading", doc=D),
    rec("1", "Bolagets firma är Tallby Fjärrvärme AB.", [("Bolagets", TF, ORG)], [AR], doc=D),
    rec("2", "Bolaget ska leverera värme i Tallby.", [("Bolaget", TF, ORG)],
        [SKA, inf("leverera")],
        [st(TF, "Bolaget", "obligation", "ska", "leverera", "leverera", "värme i Tallby")],
        doc=D),
    rec("3", "Bolaget får äga aktier i Tallby Biogas AB.",
        [("Bolaget", TF, ORG), ("Tallby Biogas AB", "tallby biogas ab", ORG)],
        [FAR, inf("äga")],
        [st(TF, "Bolaget", "permission", "får", "äga", "äga", "aktier i Tallby Biogas AB")],
        doc=D),
]

DOCUMENTS = {"w54-b-hamn": (HAMN_TEXT, HAMN), "w54-b-fiber": (FIB_TEXT, FIB),
             "w54-b-fond": (FOND_TEXT, FOND), "w54-b-hembygd": (HEM_TEXT, HEM),
             "w54-b-varme": (VAR_TEXT, VAR)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w54-b", DOCUMENTS)
