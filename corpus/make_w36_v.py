"""Builds corpus/dev/w36-v.jsonl: invented sentences for round 36, writer V (gold by hand from
docs/annotation.md before the rules): V1 a modal's infinitive the tagger missed past a long
relative subject, a quantity (`högst tre`) or a long coordinated inverted subject (each
conjunct with its own postmodifier acts); V2 a passive's `av`-agent past a genitive that is
no actor (`respektive skolas`) or a participle (`en särskilt tillsatt nämnd`); V4 table of
contents debris mixing digits and letters is no verb; V5 a contact temporal relative
(`den dag stämman hålls`) inside a modal chain; controls (`får` + a noun phrase, `får inte`).
Offsets computed.
Run: python corpus/make_w36_v.py corpus/dev/w36-v.jsonl"""

import json
import sys

from records import EXT, FTV, ORG, OVR, POL, TJP, records_for
from records import statement as st

rec = records_for("w36-v", check_texts=True)


PRES, INF, SUP = "pres", "inf", "sup"
RECORDS = [
    # V1: the modal's infinitive past a long relative subject, a quantity, an inverted subject
    rec("1", "Ledamot som utan giltigt skäl uteblivit från tre sammanträden i följd eller som "
        "på annat sätt försummat sitt uppdrag får entledigas av årsmötet.",
        [("Ledamot", "ledamot", FTV), ("årsmötet", "årsmöte", OVR)],
        [("uteblivit", "utebli", SUP, "act"), ("försummat", "försumma", SUP, "act"),
         ("får", "få", PRES, "act"), ("entledigas", "entlediga", INF, "pass")],
        [st("årsmöte", "årsmötet", "permission", "får", "entlediga", "entledigas", "Ledamot",
            passive=True)]),
    rec("2", "Av de ordinarie platserna får högst tre tillsättas av huvudmännen.",
        [("huvudmännen", "huvudman", EXT)],
        [("får", "få", PRES, "act"), ("tillsättas", "tillsätta", INF, "pass")],
        [st("huvudman", "huvudmännen", "permission", "får", "tillsätta", "tillsättas", "högst tre",
            passive=True)]),
    rec("3", "Av de valda ledamöterna bör högst två utses av personalorganisationerna.",
        [("ledamöterna", "ledamot", FTV),
         ("personalorganisationerna", "personalorganisation", EXT)],
        [("bör", "böra", PRES, "act"), ("utses", "utse", INF, "pass")],
        [st("personalorganisation", "personalorganisationerna", "recommendation", "bör", "utse",
            "utses", "högst två", passive=True)]),
    rec("4", "För den mandatperiod som gäller för nämndens ledamöter ska fullmäktige i Åsele "
        "kommun samt fullmäktige i Dorotea kommun utse var sin ersättare.",
        [("nämndens ledamöter", "nämndens ledamot", FTV),
         ("fullmäktige", "fullmäktige", POL), ("Åsele kommun", "åsele kommun", ORG),
         ("fullmäktige", "fullmäktige", POL, 1), ("Dorotea kommun", "dorotea kommun", ORG)],
        [("gäller", "gälla", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("utse", "utse", INF, "act")],
        [st("fullmäktige", "fullmäktige", "obligation", "ska", "utse", "utse", "var sin ersättare"),
         st("fullmäktige", "fullmäktige", "obligation", "ska", "utse", "utse",
            "var sin ersättare")]),
    rec("5", "Inför varje stämma ska ombudet för Åby kommun och ombudet för Byle kommun "
        "gemensamt lämna ett yttrande.",
        [("stämma", "stämma", POL), ("ombudet", "ombud", TJP), ("Åby kommun", "åby kommun", ORG),
         ("ombudet", "ombud", TJP, 1), ("Byle kommun", "byle kommun", ORG)],
        [("ska", "skola", PRES, "act"), ("lämna", "lämna", INF, "act")],
        [st("ombud", "ombudet", "obligation", "ska", "lämna", "lämna", "ett yttrande"),
         st("ombud", "ombudet", "obligation", "ska", "lämna", "lämna", "ett yttrande")]),
    # V2: the agent's head past a genitive that is no actor, or a participle
    rec("6", "Ordningsreglerna fastställs av respektive skolas rektor.",
        [("rektor", "rektor", TJP)],
        [("fastställs", "fastställa", PRES, "pass")],
        [st("rektor", "rektor", "none", None, "fastställa", "fastställs", "Ordningsreglerna",
            passive=True)]),
    rec("7", "Stiftelsen förvaltas av en särskilt tillsatt nämnd.",
        [("Stiftelsen", "stiftelse", ORG), ("nämnd", "nämnd", POL)],
        [("förvaltas", "förvalta", PRES, "pass")],
        [st("nämnd", "nämnd", "none", None, "förvalta", "förvaltas", "Stiftelsen", passive=True)]),
    rec("8", "Skolan leds av en av huvudmannen anställd rektor.",
        [("huvudmannen", "huvudman", EXT), ("rektor", "rektor", TJP)],
        [("leds", "leda", PRES, "pass")],
        [st("rektor", "rektor", "none", None, "leda", "leds", "Skolan", passive=True)]),
    rec("9", "Bidragen beviljas av respektive kommuns socialnämnd.",
        [("kommuns", "kommun", ORG), ("socialnämnd", "socialnämnd", POL)],
        [("beviljas", "bevilja", PRES, "pass")],
        [st("socialnämnd", "socialnämnd", "none", None, "bevilja", "beviljas", "Bidragen",
            passive=True)]),
    # V4: table-of-contents debris
    rec("10", "Innehåll 1.1ansvar 2b.handläggning c.3.4ja"),
    # V5: a contact temporal relative inside a modal chain
    rec("11", "Förening som är medlem ska senast den dag stämman hålls anmäla sina ombud och "
        "betala årsavgiften.",
        [("Förening", "förening", ORG), ("stämman", "stämma", POL), ("ombud", "ombud", TJP)],
        [("är", "vara", PRES, "act"), ("ska", "skola", PRES, "act"),
         ("hålls", "hålla", PRES, "pass"), ("anmäla", "anmäla", INF, "act"),
         ("betala", "betala", INF, "act")],
        [st("förening", "Förening", "obligation", "ska", "anmäla", "anmäla", "sina ombud"),
         st("förening", "Förening", "obligation", "ska", "betala", "betala", "årsavgiften")]),
    # controls
    rec("12", "Medlem som inte har betalat årsavgiften får inte rösta på stämman.",
        [("Medlem", "medlem", OVR), ("stämman", "stämma", POL)],
        [("har", "ha", PRES, "act"), ("betalat", "betala", SUP, "act"),
         ("får", "få", PRES, "act"), ("rösta", "rösta", INF, "act")],
        [st("medlem", "Medlem", "prohibition", "får inte", "rösta", "rösta", "på stämman",
            negated=True)]),
    rec("13", "Föreningens kassör får en lista över obetalda avgifter från kansliet.",
        [("Föreningens", "förening", ORG), ("kassör", "kassör", FTV),
         ("kansliet", "kansli", "förvaltningsorganisation")],
        [("får", "få", PRES, "act")],
        [st("kassör", "kassör", "none", None, "få", "får", "en lista över obetalda avgifter")]),
]


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for record in RECORDS:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
