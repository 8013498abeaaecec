"""Builds corpus/dev/w51-m.jsonl and the documents corpus/dev/w51-m-*.txt with their gold:
invented material for round 51, writer M (causes an-C1, C3, C4, C5 of analysis 51-an).
(a) a state agency's `N §` paragraphs shown without the statute's title (ruling n1): the
first paragraph's `-nämnden` compound is the agency and its bare `Myndigheten` is that
agency, not a service provider named later; negative: a municipal `Byggnämnden` without a
`Myndigheten` subject stays `byggnämnd`. (b) an agented lead-in (no `N §`: a numbered list inside one is not cut, left open) (round 35 B1) whose items
gloss their agent with a bracketed kind term: one statement per item. (c) a purpose list
after a bare `i frågor:` (ruling n2) whose frame verb is the second `att … och` infinitive;
negative: a modal's infinitive keeps the incomplete reading. (d) V2 clauses after `och` +
adverbial with a demonstrative or pronoun object. Gold by hand from docs/annotation.md
before the rules. Offsets computed.
Run: python corpus/make_w51_m.py corpus/dev"""

import sys

from records import EXT, FAR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-m")

# (a) A state agency's paragraphs without the statute's title.
D = "w51-m-lodnamnd"
LOD_TEXT = """Verksamhet

1 §Lodsnämnden har till uppgift att pröva ärenden om lotsning i kustfarvatten.

2 §Myndigheten får meddela föreskrifter om lotsarnas utbildning.

3 §Myndigheten leds av en styrelse.

4 §Sjöfartsverket tillhandahåller lokaler och sköter lönerna åt myndigheten enligt avtal.
"""
LN = "lodsnämnden"
LOD = [
    rec("h1", "Verksamhet", kind="heading", doc=D),
    rec("§1", "Lodsnämnden har till uppgift att pröva ärenden om lotsning i kustfarvatten.",
        [("Lodsnämnden", LN, EXT)], [("har", "ha", "pres", "act"), inf("pröva")],
        [st(LN, "Lodsnämnden", "obligation", "har till uppgift att", "pröva", "pröva",
            "ärenden om lotsning i kustfarvatten")], parent="h1", label="1 §", doc=D),
    rec("§2", "Myndigheten får meddela föreskrifter om lotsarnas utbildning.",
        [("Myndigheten", "myndighet", EXT)], [FAR, inf("meddela")],
        [st("myndighet", "Myndigheten", "permission", "får", "meddela", "meddela",
            "föreskrifter om lotsarnas utbildning")], parent="h1", label="2 §", doc=D),
    rec("§3", "Myndigheten leds av en styrelse.",
        [("Myndigheten", "myndighet", EXT), ("styrelse", "styrelse", POL)],
        [pres("leds", "leda", "pass")],
        [st("styrelse", "styrelse", "none", None, "leda", "leds", "Myndigheten",
            passive=True)], parent="h1", label="3 §", doc=D),
    rec("§4", "Sjöfartsverket tillhandahåller lokaler och sköter lönerna åt myndigheten "
        "enligt avtal.",
        [("Sjöfartsverket", "sjöfartsverket", EXT), ("myndigheten", "myndighet", EXT)],
        [pres("tillhandahåller", "tillhandahålla"), pres("sköter", "sköta")],
        [st("sjöfartsverket", "Sjöfartsverket", "none", None, "tillhandahålla",
            "tillhandahåller", "lokaler"),
         st("sjöfartsverket", "Sjöfartsverket", "none", None, "sköta", "sköter",
            "lönerna åt myndigheten enligt avtal")], parent="h1", label="4 §", doc=D),
]

# (a, negative) a municipal board's paragraphs: no `Myndigheten` subject.
D = "w51-m-byggnamnd"
BYGG_TEXT = """Uppgifter

1 §Byggnämnden ansvarar för kommunens tillsyn över byggandet.

2 §Byggnämnden ska föra register över bygglov.
"""
BYGG = [
    rec("h1", "Uppgifter", kind="heading", doc=D),
    rec("§1", "Byggnämnden ansvarar för kommunens tillsyn över byggandet.",
        [("Byggnämnden", "byggnämnd", POL), ("kommunens", "kommun", "organisation")],
        [pres("ansvarar", "ansvara")],
        [st("byggnämnd", "Byggnämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för kommunens tillsyn över byggandet")], parent="h1", label="1 §", doc=D),
    rec("§2", "Byggnämnden ska föra register över bygglov.",
        [("Byggnämnden", "byggnämnd", POL)],
        [SKA, inf("föra")],
        [st("byggnämnd", "Byggnämnden", "obligation", "ska", "föra", "föra",
            "register över bygglov")], parent="h1", label="2 §", doc=D),
]

# (b) An agented lead-in whose items gloss their agent with a bracketed kind term.
D = "w51-m-verk"
VERK_TEXT = """Ledning

Ett verk under regeringen leds av
1. en direktör (direktörsmyndighet),
2. en direktion (direktionsmyndighet), eller
3. en styrelse (styrelsemyndighet).

Ett verk under regeringen kan också ledas av en nämnd (nämndmyndighet).
"""
VERK_ITEMS = [("1", "en direktör (direktörsmyndighet),", "direktör", "direktörsmyndighet",
               "tjänsteperson"),
              ("2", "en direktion (direktionsmyndighet), eller", "direktion",
               "direktionsmyndighet", POL),
              ("3", "en styrelse (styrelsemyndighet).", "styrelse", "styrelsemyndighet", POL)]
VERK = [
    rec("h1", "Ledning", kind="heading", doc=D),
    rec("1", "Ett verk under regeringen leds av", [("regeringen", "regering", EXT)],
        [pres("leds", "leda", "pass")], parent="h1", doc=D),
    *[rec(f"1.{n}", text, [(agent, agent, cat), (kind, kind, EXT)], (),
          [st(agent, agent, "none", None, "leda", "leds", None, passive=True)],
          kind="list_item", parent="1", label=f"{n}.", doc=D)
      for n, text, agent, kind, cat in VERK_ITEMS],
    rec("2", "Ett verk under regeringen kan också ledas av en nämnd (nämndmyndighet).",
        [("regeringen", "regering", EXT), ("nämnd", "nämnd", POL),
         ("nämndmyndighet", "nämndmyndighet", EXT)],
        [("kan", "kunna", "pres", "act"), inf("ledas", "leda", "pass")],
        [st("nämnd", "nämnd", "none", None, "leda", "ledas", "Ett verk under regeringen",
            passive=True)], parent="h1", doc=D),
]

# (c) A purpose list after a bare `i frågor:`, and its negative.
D = "w51-m-bygdeforening"
BYGD_TEXT = """Ändamål

Föreningen har till syfte att samla bygdens folk och stärka samarbetet mellan byarna i frågor:
– vägar,
– fiske,
– anordna en marknad.

Styrelsen ska fatta beslut i frågor:
– arrenden,
– bidrag.
"""
SYFTE = "har till syfte att"
BYGD = [
    rec("h1", "Ändamål", kind="heading", doc=D),
    rec("1", "Föreningen har till syfte att samla bygdens folk och stärka samarbetet mellan "
        "byarna i frågor:", [("Föreningen", "förening", "organisation")],
        [("har", "ha", "pres", "act"), inf("samla"), inf("stärka")],
        [st("förening", "Föreningen", "obligation", SYFTE, "samla", "samla", "bygdens folk"),
         st("förening", "Föreningen", "obligation", SYFTE, "stärka", "stärka",
            "samarbetet mellan byarna")], parent="h1", doc=D),
    rec("1.1", "vägar,", kind="list_item", parent="1", label="–", doc=D),
    rec("1.2", "fiske,", kind="list_item", parent="1", label="–", doc=D),
    rec("1.3", "anordna en marknad.", (), [inf("anordna")],
        [st("förening", "Föreningen", "obligation", SYFTE, "anordna", "anordna",
            "en marknad")], kind="list_item", parent="1", label="–", doc=D),
    rec("2", "Styrelsen ska fatta beslut i frågor:", [("Styrelsen", "styrelse", POL)],
        [SKA, inf("fatta")], parent="h1", doc=D),
    *[rec(f"2.{n}", text, (), (),
          [st("styrelse", "Styrelsen", "obligation", "ska", "fatta", "fatta",
              text.rstrip(",."))],
          kind="list_item", parent="2", label="–", doc=D)
      for n, text in (("1", "arrenden,"), ("2", "bidrag."))],
]

# (d) V2 clauses after `och` + adverbial with a demonstrative or pronoun object.
D = "w51-m-nyhet"
NYH_TEXT = """Nyheter

Taxan var ute på remiss i maj och i juni antog fullmäktige den.

Planen har diskuterats i beredningen och därefter godkände styrelsen detta förslag.

Förslaget skickades till nämnderna och idag fastställde nämnden taxan.
"""
NYH = [
    rec("h1", "Nyheter", kind="heading", doc=D),
    rec("1", "Taxan var ute på remiss i maj och i juni antog fullmäktige den.",
        [("fullmäktige", "fullmäktige", POL)],
        [("var", "vara", "past", "act"), ("antog", "anta", "past", "act")],
        [st("fullmäktige", "fullmäktige", "none", None, "anta", "antog", "den")],
        parent="h1", doc=D),
    rec("2", "Planen har diskuterats i beredningen och därefter godkände styrelsen detta "
        "förslag.", [("beredningen", "beredning", POL), ("styrelsen", "styrelse", POL)],
        [("har", "ha", "pres", "act"), ("diskuterats", "diskutera", "sup", "pass"),
         ("godkände", "godkänna", "past", "act")],
        [st("styrelse", "styrelsen", "none", None, "godkänna", "godkände", "detta förslag")],
        parent="h1", doc=D),
    rec("3", "Förslaget skickades till nämnderna och idag fastställde nämnden taxan.",
        [("nämnderna", "nämnd", POL), ("nämnden", "nämnd", POL)],
        [("skickades", "skicka", "past", "pass"), ("fastställde", "fastställa", "past", "act")],
        [st("nämnd", "nämnden", "none", None, "fastställa", "fastställde", "taxan")],
        parent="h1", doc=D),
]

DOCUMENTS = {"w51-m-lodnamnd": (LOD_TEXT, LOD), "w51-m-byggnamnd": (BYGG_TEXT, BYGG),
             "w51-m-verk": (VERK_TEXT, VERK), "w51-m-bygdeforening": (BYGD_TEXT, BYGD),
             "w51-m-nyhet": (NYH_TEXT, NYH)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-m", DOCUMENTS)
