"""Builds corpus/dev/w49-pp.jsonl: invented sentences for round 49, writer p (pipeline causes
of analysis 49-p). Gold by hand from docs/annotation.md §5.1 and §5.2 before the rules;
offsets computed.
Run: python corpus/make_w49_pp.py corpus/dev

* P5: an active present after ``och`` that the parser conjoins to a relative clause's passive
  infinitive under a modal (``… som ska prövas av X och svarar för …``) is the main clause's
  conjunct and shares its subject; a passive conjunct (``som ska vårdas och gallras``) stays
  in the relative clause on a thing and states nothing (§5.1).
* P2: an insertion in commas between an inverted subject and the rest of a nominal cue
  (``har en representant för X, i första hand utsedd av Y, rätt att``) does not hide the
  cue; a ``har`` with no cue after the insertion stays the verb ``ha``.
* P7: a base form after ``att dels`` (tagged a supine) is the infinitive; ``dels`` before
  prepositional phrases opens none.
* P3: ``och`` + a rank adverbial (``i andra hand``) + an actor ending the sentence is a
  gapped conjunct with the clause's verb; before a non-actor it adds nothing.
* P9: a relative clause without ``som`` after ``den``/``dem`` in the ``av``-phrase of a
  modal passive, an adverb before its verb or its present tagged a noun: its actor is no
  agent and its verb no statement (§5.2, round 14).
* P10: a substantivised adjective in -a right after a preposition (``till enskilda``) is
  no infinitive; a base form after the phrase's noun stays one.
* P8 (document `w49-pp-stadgar`): a bare ``§ N`` line, then a one-line sentence with a
  finite verb and no full stop (``§ 1`` ⏎ ``Styrelsen har sitt säte i Ekby``) is that
  paragraph's text (§1.2, round 20), in a document whose other sentences end in a full stop;
  a verbless line after ``§ 3`` stays its heading.
"""

import sys

from records import EXT, FORV, FTV, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

D = "w49-pp"
rec = records_for(D)

HAR = ("har", "ha", "pres", "act")
RECORDS = [
    # --- P5: an active finite after a modal passive relative clause is the main clause's
    rec("1", "Kansliet tar emot de ansökningar som ska prövas av nämnden och svarar för att "
        "de diarieförs.",
        [("Kansliet", "kansli", FORV), ("nämnden", "nämnd", POL)],
        [pres("tar", "ta"), SKA, inf("prövas", "pröva", "pass"), pres("svarar", "svara"),
         pres("diarieförs", "diarieföra", "pass")],
        [st("kansli", "Kansliet", "none", None, "ta", "tar",
            "emot de ansökningar som ska prövas av nämnden"),
         st("kansli", "Kansliet", "responsibility", "svarar för", "svara", "svarar",
            "att de diarieförs")]),
    rec("2", "Rådet yttrar sig över planer som ska antas av fullmäktige och följer upp dem.",
        [("Rådet", "råd", POL), ("fullmäktige", "fullmäktige", POL)],
        [pres("yttrar", "yttra"), SKA, inf("antas", "anta", "pass"), pres("följer", "följa")],
        [st("råd", "Rådet", "none", None, "yttra", "yttrar",
            "sig över planer som ska antas av fullmäktige"),
         st("råd", "Rådet", "none", None, "följa", "följer", "upp dem")]),
    # negative: a passive conjunct stays in the relative clause on a thing
    rec("3", "Förvaltningen sköter de arkiv som ska vårdas och gallras.",
        [("Förvaltningen", "förvaltning", FORV)],
        [pres("sköter", "sköta"), SKA, inf("vårdas", "vårda", "pass"),
         pres("gallras", "gallra", "pass")],
        [st("förvaltning", "Förvaltningen", "none", None, "sköta", "sköter",
            "de arkiv som ska vårdas och gallras")]),
    # --- P2: an insertion in commas after an inverted subject, before the cue's rest
    rec("4", "Vid förfall har en representant för personalen, i första hand utsedd av "
        "styrelsen, rätt att yttra sig.",
        [("representant", "representant", OVR), ("personalen", "personal", TJP),
         ("styrelsen", "styrelse", POL)],
        [HAR, inf("yttra")],
        [st("representant", "representant", "permission", "har rätt att", "yttra", "yttra",
            "sig")]),
    rec("5", "Vid förhinder har sekreteraren, enligt stadgan, skyldighet att föra protokoll.",
        [("sekreteraren", "sekreterare", TJP)],
        [HAR, inf("föra")],
        [st("sekreterare", "sekreteraren", "obligation", "har skyldighet att", "föra", "föra",
            "protokoll")]),
    # negative: no cue after the insertion
    rec("6", "Suppleanten har, enligt stadgan, yttranderätt.",
        [("Suppleanten", "suppleant", FTV)],
        [HAR],
        [st("suppleant", "Suppleanten", "none", None, "ha", "har", "yttranderätt")]),
    # --- P7: `att dels <inf> … och dels <inf>`: both infinitives are aims
    rec("7", "Stiftelsen har till uppgift att dels stödja unga musiker i länet och dels verka "
        "för ett rikt musikliv.",
        [("Stiftelsen", "stiftelse", ORG)], [HAR, inf("stödja"), inf("verka")],
        [st("stiftelse", "Stiftelsen", "obligation", "har till uppgift att", "stödja", "stödja",
            "unga musiker i länet"),
         st("stiftelse", "Stiftelsen", "obligation", "har till uppgift att", "verka", "verka",
            "för ett rikt musikliv")]),
    # negative: `dels … dels` before prepositional phrases holds no infinitive
    rec("8", "Stipendiet delas ut dels i maj, dels i december.",
        [], [pres("delas", "dela", "pass")], []),
    # --- P3: `och i andra hand <actor>.` repeats the clause's verb for the actor
    rec("9", "Vid lika röstetal i nämnden har i första hand kassören utslagsröst och i andra "
        "hand sekreteraren.",
        [("nämnden", "nämnd", POL), ("kassören", "kassör", FTV),
         ("sekreteraren", "sekreterare", TJP)], [HAR],
        [st("kassör", "kassören", "none", None, "ha", "har", "utslagsröst"),
         st("sekreterare", "sekreteraren", "none", None, "ha", "har", "utslagsröst")]),
    # negative: no actor after the rank adverbial
    rec("10", "Faller rösterna lika har ordföranden avgörande röst och i andra hand "
        "lottdragning.",
        [("ordföranden", "ordförande", FTV)], [pres("Faller", "falla"), HAR],
        [st("ordförande", "ordföranden", "none", None, "ha", "har",
            "avgörande röst och i andra hand lottdragning")]),
    # --- P9: a relative clause without `som` after `den`/`dem` in the agent conjunct of a
    # modal passive: its actor is no agent and its verb no statement (§5.2, round 14)
    rec("11", "Kvitton ska attesteras av kassören eller av den eller dem nämnden därtill "
        "utser.",
        [("kassören", "kassör", FTV), ("nämnden", "nämnd", POL)],
        [SKA, inf("attesteras", "attestera", "pass"), pres("utser", "utse")],
        [st("kassör", "kassören", "obligation", "ska", "attestera", "attesteras", "Kvitton",
            passive=True)]),
    rec("12", "Avtal ska undertecknas av den nämnden bemyndigar.",
        [("nämnden", "nämnd", POL)],
        [SKA, inf("undertecknas", "underteckna", "pass"), pres("bemyndigar", "bemyndiga")],
        []),
    # negative: with `som` it is a relative clause all the same; nothing is added
    rec("13", "Kvitton attesteras av den som nämnden utser.",
        [("nämnden", "nämnd", POL)],
        [pres("attesteras", "attestera", "pass"), pres("utser", "utse")], []),
    # --- P10: a substantivised adjective in -a right after a preposition is no infinitive
    rec("14", "Stiftelsen har till uppgift att med anslag åt enskilda, främst barn, verka "
        "för ökad läslust.",
        [("Stiftelsen", "stiftelse", ORG), ("enskilda", "enskild", EXT)], [HAR, inf("verka")],
        [st("stiftelse", "Stiftelsen", "obligation", "har till uppgift att", "verka", "verka",
            "för ökad läslust")]),
    # negative: a base form after the phrase's noun stays the infinitive
    rec("15", "Stiftelsen ska genom bidrag till skolor stödja läsning.",
        [("Stiftelsen", "stiftelse", ORG)], [SKA, inf("stödja")],
        [st("stiftelse", "Stiftelsen", "obligation", "ska", "stödja", "stödja", "läsning")]),
]


# --- P8: a § line's sentence without its full stop on the line after the bare label
S = "w49-pp-stadgar"
STADGAR_TEXT = """Stadgar för föreningen

§ 1
Styrelsen har sitt säte i Ekby

§ 2
Styrelsen sammanträder minst fyra gånger per år

§ 3
Styrelsens sammansättning

Styrelsen består av fem ledamöter.

§ 4
Kassören ska föra räkenskaperna.

§ 5
Revisorerna ska granska styrelsens förvaltning.
"""
STY = ("Styrelsen", "styrelse", POL)
STADGAR = [
    rec("title", "Stadgar för föreningen", [("föreningen", "förening", ORG)], kind="heading",
        doc=S),
    rec("§1", "Styrelsen har sitt säte i Ekby", [STY], [HAR],
        [st("styrelse", "Styrelsen", "none", None, "ha", "har", "sitt säte i Ekby")],
        label="§ 1", doc=S),
    rec("§2", "Styrelsen sammanträder minst fyra gånger per år", [STY],
        [pres("sammanträder", "sammanträda")],
        [st("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
            "minst fyra gånger per år")], label="§ 2", doc=S),
    # negative: a verbless line after the label stays the paragraph's heading
    rec("§3", "Styrelsens sammansättning", [("Styrelsens", "styrelse", POL)], kind="heading",
        label="§ 3", doc=S),
    rec("§3.1", "Styrelsen består av fem ledamöter.",
        [STY, ("ledamöter", "ledamot", FTV)], [pres("består", "bestå")],
        [st("styrelse", "Styrelsen", "none", None, "bestå", "består", "av fem ledamöter")],
        parent="§3", doc=S),
    rec("§4", "Kassören ska föra räkenskaperna.", [("Kassören", "kassör", FTV)],
        [SKA, inf("föra")],
        [st("kassör", "Kassören", "obligation", "ska", "föra", "föra", "räkenskaperna")],
        label="§ 4", doc=S),
    rec("§5", "Revisorerna ska granska styrelsens förvaltning.",
        [("Revisorerna", "revisor", FTV), ("styrelsens", "styrelse", POL)],
        [SKA, inf("granska")],
        [st("revisor", "Revisorerna", "obligation", "ska", "granska", "granska",
            "styrelsens förvaltning")], label="§ 5", doc=S),
]


def main(folder):
    write_part(folder, D, {S: (STADGAR_TEXT, STADGAR)}, before=RECORDS)


if __name__ == "__main__":
    main(sys.argv[1])
