"""Builds corpus/dev/w44-l.jsonl and the small documents corpus/dev/w44-l-*.txt with their
gold: invented material for round 44, writer L (layout robustness, `benchmarks/bench_layouts.py`;
gold by hand from docs/annotation.md before the rules, offsets computed): a PDF text layer with an
empty line after every line, a word hyphenated across the empty lines, and a second empty line in
a row between paragraphs, also after a sentence line that reaches the margin (`w44-l-bygdegard`),
with one empty line after a sentence-final line inside a paragraph as the negative; a layer
with no ` ` line and no hyphen, known by its lines going on in lower case after one empty line,
whose full sentence lines end no paragraph (`w44-l-plan`); a wrapped
cover line whose validity label ends the line, its value lost (`w44-l-hamn`: a crash before;
the label closes the adoption clause as before a heading word, docs/annotation.md round 34).
Run: python corpus/make_w44_l.py corpus/dev"""

import sys

from records import FAR, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w44-l", conditions_from_statements=True)

D = "w44-l-bygdegard"
BYGD_TEXT = (
    "Arbetsordning för styrelsen i Norrviks bygdegårdsförening\n\n\n\n"
    "Styrelsen ska förvalta huset och föra en förteckning över uthyr-\n\n"
    "ningarna som görs under året i stora salen och i köket.\n\n\n\n"
    "Kassören ska varje kvartal redovisa intäkterna av uthyrningen till\n\n"
    "styrelsen och lämna förslag till nya hyror inför verksamhetsåret.\n\n\n\n"
    "Ordföranden kallar till styrelsens sammanträden minst fyra gånger\n\n"
    "per år och leder mötena med stöd av sekreteraren och kassören.\n\n"
    "Revisorn granskar räkenskaperna och lämnar en berättelse till årsmötet.\n"
)
STYR = "styrelse"
BYGD = [
    rec("title", "Arbetsordning för styrelsen i Norrviks bygdegårdsförening",
        [("styrelsen", STYR, POL), ("Norrviks bygdegårdsförening", "norrviks bygdegårdsförening",
                                    "organisation")], doc=D, kind="heading"),
    rec("1", "Styrelsen ska förvalta huset och föra en förteckning över uthyrningarna som görs "
        "under året i stora salen och i köket.",
        [("Styrelsen", STYR, POL)],
        [SKA, inf("förvalta"), inf("föra"), pres("görs", "göra", "pass")],
        [st(STYR, "Styrelsen", "obligation", "ska", "förvalta", "förvalta", "huset"),
         st(STYR, "Styrelsen", "obligation", "ska", "föra", "föra",
            "en förteckning över uthyrningarna som görs under året i stora salen och i köket")],
        doc=D),
    rec("2", "Kassören ska varje kvartal redovisa intäkterna av uthyrningen till styrelsen och "
        "lämna förslag till nya hyror inför verksamhetsåret.",
        [("Kassören", "kassör", FTV), ("styrelsen", STYR, POL)],
        [SKA, inf("redovisa"), inf("lämna")],
        [st("kassör", "Kassören", "obligation", "ska", "redovisa", "redovisa",
            "intäkterna av uthyrningen"),
         st("kassör", "Kassören", "obligation", "ska", "lämna", "lämna",
            "förslag till nya hyror")],
        doc=D),
    rec("3", "Ordföranden kallar till styrelsens sammanträden minst fyra gånger per år och leder "
        "mötena med stöd av sekreteraren och kassören. Revisorn granskar räkenskaperna och lämnar "
        "en berättelse till årsmötet.",
        [("Ordföranden", "styrelsens ordförande", FTV), ("styrelsens", STYR, POL),
         ("sekreteraren", "sekreterare", FTV), ("kassören", "kassör", FTV),
         ("Revisorn", "revisor", FTV), ("årsmötet", "årsmöte", POL)],
        [pres("kallar", "kalla"), pres("leder", "leda"), pres("granskar", "granska"),
         pres("lämnar", "lämna")],
        [st("styrelsens ordförande", "Ordföranden", "none", None, "kalla", "kallar",
            "till styrelsens sammanträden"),
         st("styrelsens ordförande", "Ordföranden", "none", None, "leda", "leder", "mötena"),
         st("revisor", "Revisorn", "none", None, "granska", "granskar", "räkenskaperna"),
         st("revisor", "Revisorn", "none", None, "lämna", "lämnar", "en berättelse")],
        doc=D),
]

D = "w44-l-hamn"
HAMN_TEXT = (
    "Arbetsordning för hamnnämnden\n"
    "Antagen av hamnnämnden , 14. Gäller från\n"
    "Protokoll\n"
    "Nämnden ska föra protokoll vid varje sammanträde.\n"
)
HAMN = [
    rec("title", "Arbetsordning för hamnnämnden",
        [("hamnnämnden", "hamnnämnd", POL)], doc=D, kind="heading"),
    rec("m1", "Antagen av hamnnämnden , 14. Gäller från",
        [("hamnnämnden", "hamnnämnd", POL)], doc=D),
    rec("h1", "Protokoll", doc=D, kind="heading"),
    rec("1", "Nämnden ska föra protokoll vid varje sammanträde.", [("Nämnden", "nämnd", POL)],
        [SKA, inf("föra")],
        [st("nämnd", "Nämnden", "obligation", "ska", "föra", "föra", "protokoll")], doc=D,
        parent="h1"),
]

D = "w44-l-plan"
PLAN_TEXT = (
    "Instruktion för förvaltningschefen\n\n\n\n"
    "Förvaltningschefen leder arbetet och ska varje år ta fram\n\n"
    "en plan för verksamheten som ska vara klar före utgången av oktober\n\n"
    "månad. Nämnden fastställer planen och följer upp den vid varje sammanträde.\n\n"
    "Förvaltningschefen rapporterar till nämnden när det behövs för att\n\n"
    "målen ska nås.\n\n\n\n"
    "Förvaltningschefen ska bereda ärendena i god tid inför alla\n\n"
    "sammanträden. Förvaltningschefen får delegera uppgifter till\n\n"
    "andra chefer.\n"
)
FC = "förvaltningschef"
PLAN = [
    rec("title", "Instruktion för förvaltningschefen", [("förvaltningschefen", FC, TJP)],
        doc=D, kind="heading"),
    rec("1", "Förvaltningschefen leder arbetet och ska varje år ta fram en plan för verksamheten "
        "som ska vara klar före utgången av oktober månad. Nämnden fastställer planen och följer "
        "upp den vid varje sammanträde. Förvaltningschefen rapporterar till nämnden när det "
        "behövs för att målen ska nås.",
        [("Förvaltningschefen", FC, TJP), ("Nämnden", "nämnd", POL),
         ("Förvaltningschefen", FC, TJP, 1), ("nämnden", "nämnd", POL)],
        [pres("leder", "leda"), SKA, inf("ta"), ("ska", "skola", "pres", "act", 1),
         inf("vara"), pres("fastställer", "fastställa"), pres("följer", "följa"),
         pres("rapporterar", "rapportera"), pres("behövs", "behöva", "pass"),
         ("ska", "skola", "pres", "act", 2), inf("nås", "nå", "pass")],
        [st(FC, "Förvaltningschefen", "none", None, "leda", "leder", "arbetet"),
         st(FC, "Förvaltningschefen", "obligation", "ska", "ta", "ta",
            "en plan för verksamheten som ska vara klar före utgången av oktober månad"),
         st("nämnd", "Nämnden", "none", None, "fastställa", "fastställer", "planen"),
         st("nämnd", "Nämnden", "none", None, "följa", "följer", "den"),
         st(FC, "Förvaltningschefen", "none", None, "rapportera", "rapporterar",
            "till nämnden", condition="när det behövs för att målen ska nås")],
        doc=D),
    rec("2", "Förvaltningschefen ska bereda ärendena i god tid inför alla sammanträden. "
        "Förvaltningschefen får delegera uppgifter till andra chefer.",
        [("Förvaltningschefen", FC, TJP), ("Förvaltningschefen", FC, TJP, 1),
         ("chefer", "chef", TJP)],
        [SKA, inf("bereda"), FAR, inf("delegera")],
        [st(FC, "Förvaltningschefen", "obligation", "ska", "bereda", "bereda", "ärendena"),
         st(FC, "Förvaltningschefen", "permission", "får", "delegera", "delegera",
            "uppgifter")],
        doc=D),
]

DOCUMENTS = {
    "w44-l-bygdegard": (BYGD_TEXT, BYGD),
    "w44-l-hamn": (HAMN_TEXT, HAMN),
    "w44-l-plan": (PLAN_TEXT, PLAN),
}

if __name__ == "__main__":
    write_part(sys.argv[1], "w44-l", DOCUMENTS)
