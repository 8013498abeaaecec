"""Builds corpus/dev/w39-c.jsonl: invented sentences and two documents for round 39, writer C
(analyst of part au, causes C1–C7; gold by hand from docs/annotation.md before the rules):
C1 a level word (`kommunalt`, `regionalt`, `lokalt`) before a person noun is no part of the
actor, nor spread to its bare mentions (`kommunalt förtroendevalda` → förtroendevald), while
before a body it names it (`Kommunala seniorrådet`); C2 a body the title declares, written in
full with a place genitive (`Norrbys pensionärsråd`), is one span with the declared canonical;
C3 `råd` coordinated with body nouns, `motsvarande`/`annan`/`liknande organisation`; C4 an
article-less predicative noun after `är` (`samrådsorgan`) is no actor; C5 the subject of a
`där` relative inside a predicative is an actor (a `där`-clause gives no statement, §5.1);
C6 `samarbetspartners`, `ekonomiska föreningar` (a legal form), `ideella föreningar` →
`förening` (decided in round 39: no law of its own, so `ideell` describes); C7 a person noun before a definite time noun in a title.
The documents w39-c-arvode and w39-c-rad have their .txt sources. Offsets computed. Gold
changed after the first run on two points the guideline decides: no statements in the `där`
clauses of C5 (§5.1), and `ideella föreningar` → `förening` (decided after the gold was
first written).
Run: python corpus/make_w39_c.py corpus/dev"""

import sys

from records import (
    AR,
    EXT,
    FTV,
    KAN,
    ORG,
    POL,
    SKA,
    TJP,
    blocks_text,
    by_document,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w39-c")


GALLER = pres("gäller", "gälla")
NAMND = ("Nämnden", "nämnd", POL)
RAD = "norrbys pensionärsråd"

RECORDS = [
    # C1: a level word before a person noun, and the person's bare mentions
    rec("c1-1", "Reglerna gäller för förtroendevalda i nämnderna. Arvode till kommunalt "
        "förtroendevalda ska betalas ut varje månad.",
        [("förtroendevalda", "förtroendevald", FTV), ("nämnderna", "nämnd", POL),
         ("förtroendevalda", "förtroendevald", FTV, 1)],
        [GALLER, SKA, inf("betalas", "betala", "pass")],
        [st(None, None, "obligation", "ska", "betala", "betalas", passive=True)]),
    rec("c1-2", "Nämnden beviljar bidrag till regionalt anställda och kommunala bolag.",
        [NAMND, ("anställda", "anställd", TJP), ("bolag", "bolag", ORG)],
        [pres("beviljar", "bevilja")],
        [st("nämnd", "Nämnden", "none", None, "bevilja", "beviljar",
            "bidrag till regionalt anställda och kommunala bolag")]),
    rec("c1-3", "Lokalt anställda ska rapportera till de regionala nämnderna.",
        [("anställda", "anställd", TJP), ("nämnderna", "nämnd", POL)],
        [SKA, inf("rapportera", "rapportera")],
        [st("anställd", "anställda", "obligation", "ska", "rapportera", "rapportera",
            "till de regionala nämnderna")]),
    rec("c1-4", "Kommunala seniorrådet består av nio ledamöter. Seniorrådet sammanträder "
        "fyra gånger per år.",
        [("Kommunala seniorrådet", "kommunalt seniorråd", POL), ("ledamöter", "ledamot", FTV),
         ("Seniorrådet", "kommunalt seniorråd", POL)],
        [pres("består", "bestå"), pres("sammanträder", "sammanträda")],
        [st("kommunalt seniorråd", "Kommunala seniorrådet", "none", None, "bestå", "består",
            "av nio ledamöter"),
         st("kommunalt seniorråd", "Seniorrådet", "none", None, "sammanträda",
            "sammanträder")]),
    # C3: råd in a series of bodies; organisation after motsvarande/annan/liknande
    rec("c3-1", "Regeln gäller inför nämnd, utskott, råd eller styrelse.",
        [("nämnd", "nämnd", POL), ("utskott", "utskott", POL), ("råd", "råd", POL),
         ("styrelse", "styrelse", POL)],
        [GALLER]),
    rec("c3-2", "Ersättning utgår för sammanträden i styrelse, råd och nämnd.",
        [("styrelse", "styrelse", POL), ("råd", "råd", POL), ("nämnd", "nämnd", POL)],
        [pres("utgår", "utgå")]),
    rec("c3-3", "Nämnden ger råd och stöd till föreningar.",
        [NAMND, ("föreningar", "förening", ORG)],
        [pres("ger", "ge")],
        [st("nämnd", "Nämnden", "none", None, "ge", "ger", "råd och stöd till föreningar")]),
    rec("c3-4", "Den gäller nämnder, styrelser och motsvarande organisation.",
        [("nämnder", "nämnd", POL), ("styrelser", "styrelse", POL),
         ("organisation", "organisation", ORG)],
        [GALLER]),
    rec("c3-5", "Reglerna gäller för kommuner, regioner och liknande organisation.",
        [("kommuner", "kommun", ORG), ("regioner", "region", ORG),
         ("organisation", "organisation", ORG)],
        [GALLER]),
    # C4: an article-less predicative noun after `är`
    rec("c4-1", "Rådet är samrådsorgan för äldrefrågor.",
        [("Rådet", "råd", POL)], [AR],
        [st("råd", "Rådet", "none", None, "vara", "är")]),
    rec("c4-2", "Nämnden är tillsynsorgan för avfallshanteringen.",
        [NAMND], [AR],
        [st("nämnd", "Nämnden", "none", None, "vara", "är")]),
    rec("c4-3", "Kulturnämnden är även remissorgan i frågor om kulturarv.",
        [("Kulturnämnden", "kulturnämnd", POL)], [AR],
        [st("kulturnämnd", "Kulturnämnden", "none", None, "vara", "är")]),
    # C5: the subject of a `där` relative inside a copula predicative
    rec("c5-1", "Rådet ska vara en mötesplats där ungdomar ska kunna framföra synpunkter.",
        [("Rådet", "råd", POL), ("ungdomar", "ungdom", EXT)],
        [SKA, inf("vara", "vara"), (*SKA, 1), inf("kunna", "kunna"),
         inf("framföra", "framföra")],
        [st("råd", "Rådet", "obligation", "ska", "vara", "vara")]),
    rec("c5-2", "Mötesplatsen ska vara en plats där pensionärer kan lämna synpunkter.",
        [("pensionärer", "pensionär", EXT)],
        [SKA, inf("vara", "vara"), KAN, inf("lämna", "lämna")]),
    # C6: lexicon
    rec("c6-1", "Arbetet sker tillsammans med samarbetspartners.",
        [("samarbetspartners", "samarbetspartner", EXT)], [pres("sker", "ske")]),
    rec("c6-2", "Nämnden ger stöd till ekonomiska föreningar och stiftelser.",
        [NAMND, ("ekonomiska föreningar", "ekonomisk förening", ORG),
         ("stiftelser", "stiftelse", ORG)],
        [pres("ger", "ge")],
        [st("nämnd", "Nämnden", "none", None, "ge", "ger",
            "stöd till ekonomiska föreningar och stiftelser")]),
    rec("c6-3", "Kommunen samverkar med ideella föreningar.",
        [("Kommunen", "kommun", ORG), ("föreningar", "förening", ORG)],
        [pres("samverkar", "samverka")],
        [st("kommun", "Kommunen", "none", None, "samverka", "samverkar",
            "med ideella föreningar")]),
    # C7: a person noun before a definite time noun
    rec("c7-1", "Arvoden till förtroendevalda perioden 2027–2030 fastställs av fullmäktige.",
        [("förtroendevalda", "förtroendevald", FTV), ("fullmäktige", "fullmäktige", POL)],
        [pres("fastställs", "fastställa", "pass")],
        [st("fullmäktige", "fullmäktige", "none", None, "fastställa", "fastställs",
            "Arvoden till förtroendevalda perioden 2027–2030", passive=True)]),
    # C1 + C7 as a document: the title's person noun, the level word, the bare mentions
    rec("title", "Arvoden och ersättningar för förtroendevalda mandatperioden 2031–2034",
        [("förtroendevalda", "förtroendevald", FTV)], doc="w39-c-arvode", kind="heading"),
    rec("1", "Nämnden betalar arvode till kommunalt förtroendevalda.",
        [NAMND, ("förtroendevalda", "förtroendevald", FTV)],
        [pres("betalar", "betala")],
        [st("nämnd", "Nämnden", "none", None, "betala", "betalar",
            "arvode till kommunalt förtroendevalda")], doc="w39-c-arvode"),
    rec("2", "Förtroendevalda ska lämna uppgift om förlorad arbetsinkomst.",
        [("Förtroendevalda", "förtroendevald", FTV)],
        [SKA, inf("lämna", "lämna")],
        [st("förtroendevald", "Förtroendevalda", "obligation", "ska", "lämna", "lämna",
            "uppgift om förlorad arbetsinkomst")], doc="w39-c-arvode"),
    # C2: the declared name written in full with its place genitive
    rec("title", "Reglemente för Norrbys pensionärsråd",
        [("Norrbys pensionärsråd", RAD, POL)], doc="w39-c-rad", kind="heading"),
    rec("1", "Norrbys pensionärsråd är ett organ för samråd.",
        [("Norrbys pensionärsråd", RAD, POL)], [AR],
        [st(RAD, "Norrbys pensionärsråd", "none", None, "vara", "är")], doc="w39-c-rad"),
    rec("2", "Rådet ska yttra sig över nämndernas budgetar.",
        [("Rådet", RAD, POL), ("nämndernas", "nämnd", POL)],
        [SKA, inf("yttra", "yttra")],
        [st(RAD, "Rådet", "obligation", "ska", "yttra", "yttra")], doc="w39-c-rad"),
    rec("3", "Norrbys pensionärsråd består av nio ledamöter.",
        [("Norrbys pensionärsråd", RAD, POL), ("ledamöter", "ledamot", FTV)],
        [pres("består", "bestå")],
        [st(RAD, "Norrbys pensionärsråd", "none", None, "bestå", "består",
            "av nio ledamöter")], doc="w39-c-rad"),
]

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "corpus/dev"
    documents = by_document(RECORDS)
    sentences = documents.pop("w39-c")  # the first doc id: no text file of its own
    documents = {doc_id: (blocks_text(records), records) for doc_id, records in documents.items()}
    write_part(folder, "w39-c", documents, before=sentences)
