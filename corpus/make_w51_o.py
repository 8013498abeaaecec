"""Builds corpus/dev/w51-o.jsonl and its documents corpus/dev/w51-o-*.txt with their gold:
invented material for round 51, writer O (names the actor layer missed; rulings a4, a5).
1: a two-word name `<Place>s <Compound>` (`Ekholms Idrottsförening`) given by a naming clause
is a name: the naming clause's owner and the kind's later bare forms take it, and the name
written in a sentence is itself an actor (§2.1). 2 (a4): a `fond` that is the document's
organisation (title `Stadgar för Stipendiefonden X`, `Stiftelsen Y:s minnesfond`) is an actor;
its bare `Fonden`/`Fondens` take the declared name, also
after a naming clause `Fondens namn är X`; `medel ur fonden` (money) is no actor; a
bare `Stiftelsen` under `Stadgar för Stiftelsen X` takes the name. 3 (a5): `Kiwanis (Kiwanis
klubb i Norrvik)`: one actor, both spans the full name's canonical. 4: `Länsstyrelsen i <X>
län` and a lower-case `<X>s riksförbund` are names. 5: a qualification adjective before the
passive's inverted subject (`auktoriserad revisor`) is kept in the span (§2.2).
Negatives: a fund as money, a bare `klubben` without a declared club, a plain `länsstyrelsen`.
Gold by hand from docs/annotation.md §2 and the round 51 rulings before the rules.
Run: python corpus/make_w51_o.py corpus/dev"""

import sys

from records import AR, EXT, FAR, FTV, ORG, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-o", conditions_from_statements=True)
PASS = {"passive": True}


def document(doc, title, title_actors, paragraphs):
    """A title and one clause a blank-line paragraph: (text, actors, verbs, statements)."""
    text = "\n\n".join([title, *(p[0] for p in paragraphs)]) + "\n"
    records = [rec("title", title, title_actors, doc=doc, kind="heading")]
    for number, (line, actors, verbs, statements) in enumerate(paragraphs, 1):
        records.append(rec(str(number), line, actors, verbs, statements, doc=doc))
    return text, records


EI = "ekholms idrottsförening"
IDROTT = document(
    "w51-o-idrott", "Stadgar", [],
    [("Föreningens namn är Ekholms Idrottsförening.", [("Föreningens", EI, ORG)], [AR], []),
     ("Föreningen ska främja idrott för barn och unga.",
      [("Föreningen", EI, ORG)], [SKA, inf("främja")],
      [st(EI, "Föreningen", "obligation", "ska", "främja", "främja",
          "idrott för barn och unga")]),
     ("Ekholms Idrottsförening ansvarar för sina egna anläggningar.",
      [("Ekholms Idrottsförening", EI, ORG)], [pres("ansvarar", "ansvara")],
      [st(EI, "Ekholms Idrottsförening", "responsibility", "ansvarar för", "ansvara",
          "ansvarar", "för sina egna anläggningar")]),
     ("Till revisor ska utses auktoriserad revisor.",
      [("auktoriserad revisor", "auktoriserad revisor", FTV)], [SKA, inf("utses", "utse", "pass")],
      [st("auktoriserad revisor", "auktoriserad revisor", "obligation", "ska", "utse", "utses",
          **PASS)]),
     ("Som revisorssuppleant får väljas godkänd revisor.",
      [("godkänd revisor", "godkänd revisor", FTV)], [FAR, inf("väljas", "välja", "pass")],
      [st("godkänd revisor", "godkänd revisor", "permission", "får", "välja", "väljas",
          **PASS)])])

SE = "stipendiefonden ekhagen"
FOND = document(
    "w51-o-fond", "Stadgar för Stipendiefonden Ekhagen", [("Stipendiefonden Ekhagen", SE, ORG)],
    [("Fonden ska främja forskning om skogsbruk.",
      [("Fonden", SE, ORG)], [SKA, inf("främja")],
      [st(SE, "Fonden", "obligation", "ska", "främja", "främja", "forskning om skogsbruk")]),
     ("Fondens styrelse ska föra protokoll vid varje möte.",
      [("Fondens", SE, ORG), ("styrelse", "styrelse", POL)], [SKA, inf("föra")],
      [st("styrelse", "styrelse", "obligation", "ska", "föra", "föra",
          "protokoll vid varje möte")]),
     ("Medel ur fonden får användas för resor.",
      [], [FAR, inf("användas", "använda", "pass")],
      [st(None, None, "permission", "får", "använda", "användas", "för resor", **PASS)])])

PM = "stiftelsen per ekmans minnesfond"
MINNE = document(
    "w51-o-minnesfond", "Stadgar för Stiftelsen Per Ekmans minnesfond",
    [("Stiftelsen Per Ekmans minnesfond", PM, ORG)],
    [("Fonden ska dela ut bidrag till unga musiker.",
      [("Fonden", PM, ORG)], [SKA, inf("dela")],
      [st(PM, "Fonden", "obligation", "ska", "dela", "dela", "bidrag till unga musiker")]),
     ("Fondens styrelse får anlita en kapitalförvaltare.",
      [("Fondens", PM, ORG), ("styrelse", "styrelse", POL),
       ("kapitalförvaltare", "kapitalförvaltare", EXT)], [FAR, inf("anlita")],
      [st("styrelse", "styrelse", "permission", "får", "anlita", "anlita",
          "en kapitalförvaltare")])])

SG = "stiftelsen ekgården"
STIFT = document(
    "w51-o-stiftelse", "Stadgar för Stiftelsen Ekgården", [("Stiftelsen Ekgården", SG, ORG)],
    [("Stiftelsen ska förvalta gården och dess samlingar.",
      [("Stiftelsen", "stiftelse", ORG)], [SKA, inf("förvalta")],
      [st("stiftelse", "Stiftelsen", "obligation", "ska", "förvalta", "förvalta",
          "gården och dess samlingar")]),
     ("Stiftelsens styrelse ska anta en arbetsordning.",
      [("Stiftelsens", "stiftelse", ORG), ("styrelse", "styrelse", POL)], [SKA, inf("anta")],
      [st("styrelse", "styrelse", "obligation", "ska", "anta", "anta", "en arbetsordning")])])

ES = "ekviks skolfond"
SKOLFOND = document(
    "w51-o-skolfond", "Stadgar", [],
    [("Fondens namn är Ekviks skolfond.", [("Fondens", ES, ORG)], [AR], []),
     ("Fonden ska främja musikundervisning i Ekvik.",
      [("Fonden", ES, ORG)], [SKA, inf("främja")],
      [st(ES, "Fonden", "obligation", "ska", "främja", "främja",
          "musikundervisning i Ekvik")])])

EK = "ekbackens studentkår"
KAR = document(
    "w51-o-kar", "Stadgar", [],
    [("Ekbackens Studentkår, nedan kallad kåren, är en ideell förening.",
      [("Ekbackens Studentkår", EK, ORG)], [AR],
      [st(EK, "Ekbackens Studentkår", "none", None, "vara", "är", "en ideell förening")]),
     ("Kåren ska verka för god utbildning.",
      [("Kåren", EK, ORG)], [SKA, inf("verka")],
      [st(EK, "Kåren", "obligation", "ska", "verka", "verka", "för god utbildning")]),
     ("Till revisor ska utses godkänd revisor.",
      [("godkänd revisor", "godkänd revisor", FTV)], [SKA, inf("utses", "utse", "pass")],
      [st("godkänd revisor", "godkänd revisor", "obligation", "ska", "utse", "utses",
          **PASS)])])

KK = "kiwanis klubb i norrvik"
LB = "länsstyrelsen i ekmarks län"
KLUBB = document(
    "w51-o-samverkan", "Överenskommelse om samverkan", [],
    [("Kiwanis (Kiwanis klubb i Norrvik) ansvarar för sommarkaféet.",
      [("Kiwanis", KK, ORG), ("Kiwanis klubb i Norrvik", KK, ORG)],
      [pres("ansvarar", "ansvara")],
      [st(KK, "Kiwanis", "responsibility", "ansvarar för", "ansvara", "ansvarar",
          "för sommarkaféet")]),
     ("Länsstyrelsen i Ekmarks län ska underrättas om ändringar.",
      [("Länsstyrelsen i Ekmarks län", LB, EXT)], [SKA, inf("underrättas", "underrätta", "pass")],
      [st(LB, "Länsstyrelsen i Ekmarks län", "obligation", "ska", "underrätta", "underrättas",
          "om ändringar", **PASS)]),
     ("Fiskevårdarnas riksförbund får yttra sig över planen.",
      [("Fiskevårdarnas riksförbund", "fiskevårdarnas riksförbund", ORG)],
      [FAR, inf("yttra")],
      [st("fiskevårdarnas riksförbund", "Fiskevårdarnas riksförbund", "permission", "får",
          "yttra", "yttra", "sig över planen")]),
     ("Pensionärernas riksförbund ska bjudas in till samråd.",
      [("Pensionärernas riksförbund", "pensionärernas riksförbund", ORG)],
      [SKA, inf("bjudas", "bjuda", "pass")],
      [st("pensionärernas riksförbund", "Pensionärernas riksförbund", "obligation", "ska",
          "bjuda", "bjudas", "in till samråd", **PASS)]),
     ("Länsstyrelsen ska få en kopia av avtalet.",
      [("Länsstyrelsen", "länsstyrelse", EXT)], [SKA, inf("få")],
      [st("länsstyrelse", "Länsstyrelsen", "obligation", "ska", "få", "få",
          "en kopia av avtalet")])])

DOCUMENTS = {"w51-o-idrott": IDROTT, "w51-o-fond": FOND, "w51-o-minnesfond": MINNE,
             "w51-o-stiftelse": STIFT, "w51-o-samverkan": KLUBB, "w51-o-kar": KAR,
             "w51-o-skolfond": SKOLFOND}


if __name__ == "__main__":
    write_part(sys.argv[1], "w51-o", DOCUMENTS)
