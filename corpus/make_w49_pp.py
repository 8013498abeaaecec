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
"""

import sys
from pathlib import Path

from records import FORV, FTV, OVR, POL, SKA, TJP, inf, pres, records_for, write_jsonl
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
]


def main(folder):
    write_jsonl(Path(folder) / f"{D}.jsonl", RECORDS)


if __name__ == "__main__":
    main(sys.argv[1])
