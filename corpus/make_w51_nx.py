"""Builds corpus/dev/w51-nx.jsonl: invented sentences for round 51, writer nu51e (newuser51b
faults 6 and 7). Fault 6 (docs/annotation.md round 51, `Då`): a sentence-initial `Då` +
subject + finite verb before the main clause's inverted finite verb is the subordinator
"when", a CONDITION like `När` (with or without a comma after it). Negatives: `Då` + the
finite verb at once is the adverb "then", no condition. Fault 7 (round 46 as round 51
scopes it): an assembly as the subject of an agentless `hållas` meets; a time or place after
the verb is no object (`object_text` null). Negatives: a thing subject (`Besluten ska
anmälas vid …`), a meeting that is no body (`Sammanträdet ska hållas i …`: the implicit
actor, object kept) and active `hålla` keep §5.6's object. Each sentence its own document.
Gold by hand from docs/annotation.md before any run. Offsets computed.
Run: python corpus/make_w51_nx.py corpus/dev"""

import sys
from pathlib import Path

from records import FTV, OVR, POL, SKA, SKALL, TJP, inf, pres, records_for, write_jsonl
from records import statement as st

OB, PE, NONE = "obligation", "permission", "none"
FAR = ("får", "få", "pres", "act")
AR = ("är", "vara", "pres", "act")


def rec(doc, *args, **kwargs):
    return records_for(f"w51-nx-{doc}", conditions_from_statements=True)(
        "1", *args, **kwargs
    )


C1 = "Då kommundirektören är förhindrad"
C2 = "Då nämnden inte är beslutför"
C3 = "Då revisorerna begär det"
RECORDS = [
    # fault 6: `Då` + subject + finite verb, then the main clause's inverted verb
    rec("d-1", f"{C1} träder ekonomichefen in.",
        [("kommundirektören", "kommundirektör", TJP), ("ekonomichefen", "ekonomichef", TJP)],
        [AR, pres("träder", "träda")],
        [st("ekonomichef", "ekonomichefen", NONE, None, "träda", "träder", condition=C1)]),
    rec("d-2", f"{C2} får ordföranden fatta beslut i brådskande ärenden.",
        [("nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV)],
        [AR, FAR, inf("fatta")],
        [st("ordförande", "ordföranden", PE, "får", "fatta", "fatta",
            "beslut i brådskande ärenden", condition=C2)]),
    rec("d-3", f"{C3}, ska styrelsen redovisa räkenskaperna.",
        [("revisorerna", "revisor", FTV), ("styrelsen", "styrelse", POL)],
        [pres("begär", "begära"), SKA, inf("redovisa")],
        [st("styrelse", "styrelsen", OB, "ska", "redovisa", "redovisa", "räkenskaperna",
            condition=C3)]),
    # fault 6 negatives: `Då` + the finite verb is the adverb "then"
    rec("dn-1", "Då ska styrelsen kalla till extra sammanträde.",
        [("styrelsen", "styrelse", POL)], [SKA, inf("kalla")],
        [st("styrelse", "styrelsen", OB, "ska", "kalla", "kalla", "till extra sammanträde")]),
    rec("dn-2", "Då beslutar nämnden om fördelningen av medlen.",
        [("nämnden", "nämnd", POL)], [pres("beslutar", "besluta")],
        [st("nämnd", "nämnden", NONE, None, "besluta", "beslutar",
            "om fördelningen av medlen")]),
    # fault 7: an assembly subject of an agentless `hållas`: no object
    rec("h-1", "Årsmötet skall hållas före april månads utgång.",
        [("Årsmötet", "årsmöte", OVR)], [SKALL, inf("hållas", "hålla", "pass")],
        [st("årsmöte", "Årsmötet", OB, "skall", "hålla", "hållas", passive=True)]),
    rec("h-2", "Förbundsstämman hålls före maj månads utgång.",
        [("Förbundsstämman", "förbundsstämma", POL)], [pres("hålls", "hålla", "pass")],
        [st("förbundsstämma", "Förbundsstämman", NONE, None, "hålla", "hålls", passive=True)]),
    rec("h-3", "Föreningsstämman ska hållas i Norrvik.",
        [("Föreningsstämman", "föreningsstämma", POL)], [SKA, inf("hållas", "hålla", "pass")],
        [st("föreningsstämma", "Föreningsstämman", OB, "ska", "hålla", "hållas",
            passive=True)]),
    rec("h-4", "Representantskapet ska hållas under våren.",
        [("Representantskapet", "representantskap", OVR)], [SKA, inf("hållas", "hålla", "pass")],
        [st("representantskap", "Representantskapet", OB, "ska", "hålla", "hållas",
            passive=True)]),
    # fault 7 negatives: §5.6 keeps the time or place in the object
    rec("hn-1", "Besluten ska anmälas vid styrelsens nästa sammanträde.",
        [("styrelsens", "styrelse", POL)], [SKA, inf("anmälas", "anmäla", "pass")],
        [st(None, None, OB, "ska", "anmäla", "anmälas", "vid styrelsens nästa sammanträde",
            passive=True)]),
    rec("hn-2", "Sammanträdet ska hållas i kommunhuset.",
        [], [SKA, inf("hållas", "hålla", "pass")],
        [st(None, None, OB, "ska", "hålla", "hållas", "i kommunhuset", passive=True)]),
    rec("hn-3", "Styrelsen ska hålla ett sammanträde i månaden.",
        [("Styrelsen", "styrelse", POL)], [SKA, inf("hålla")],
        [st("styrelse", "Styrelsen", OB, "ska", "hålla", "hålla",
            "ett sammanträde i månaden")]),
]


if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / "w51-nx.jsonl", RECORDS)
