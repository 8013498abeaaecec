"""Builds corpus/dev/w51-h.jsonl and the documents corpus/dev/w51-h-*.txt with their gold:
invented material for round 51, writer h (names, acronyms and the document's body; analysis
51-ak P1, P2, P3 and analysis 51-bq F). `w51-h-teknisk` and `w51-h-ungdomsrad`: a body named
by a level adjective + its head (`Tekniska nämnden`, `Kommunala ungdomsrådet`) is the one
body the document is about, so a bare `ordföranden` / `Vice ordföranden` is its chair (§2.3),
the genitive written as the text writes it, or from the definite form where the text writes
none; `w51-h-tva-namnder` (negative): two such bodies named as often, a bare chair stays bare.
`w51-h-radsnamn`: `<Body> för <task>` + an acronym taking two letters of the first word
(`RÅFO`) is a name (round 30), and later `Rådet`, `RÅFO` take it; `w51-h-trygghet`
(negative): an acronym after another actor further on is no acronym of the body before it.
`w51-h-funktionsratt`: a title `Bestämmelser för det kommunala <X-rådet> (KFR)` names the
body with the strong canonical of the article-less name (§2.2 round 30), so `KFR` and `Det
kommunala <X-rådet>` resolve to it; `De kommunala bolagen` stays `bolag`. `w51-h-bridge`: an
acronym owner without `-s` before `beslutande organ` + the copula identifies the body (round
35 B4, round 48's owner without `-s`), no statement; `NBF är …` keeps its statement.
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w51_h.py corpus/dev"""

import sys

from records import AR, EXT, FTV, HAR, ORG, OVR, POL, SKA, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w51-h", conditions_from_statements=True)


def document(doc, title, title_actors, paragraphs):
    """A title and one clause a blank-line paragraph: (text, actors, verbs, statements)."""
    text = "\n\n".join([title, *(p[0] for p in paragraphs)]) + "\n"
    records = [rec("title", title, title_actors, doc=doc, kind="heading")]
    for number, (line, actors, verbs, statements) in enumerate(paragraphs, 1):
        records.append(rec(str(number), line, actors, verbs, statements, doc=doc))
    return text, records


TN = "teknisk nämnd"
TNO = "tekniska nämndens ordförande"
TEKNISK = document(
    "w51-h-teknisk", "Tekniska nämndens reglemente", [("Tekniska nämndens", TN, POL)],
    [("Tekniska nämnden ansvarar för gator, parker och vatten i kommunen.",
      [("Tekniska nämnden", TN, POL)],  # "i kommunen": the territory (§2.5)
      [pres("ansvarar", "ansvara")],
      [st(TN, "Tekniska nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
          "för gator, parker och vatten i kommunen")]),
     ("Tekniska nämnden sammanträder en gång i månaden.",
      [("Tekniska nämnden", TN, POL)], [pres("sammanträder", "sammanträda")],
      [st(TN, "Tekniska nämnden", "none", None, "sammanträda", "sammanträder",
          "en gång i månaden")]),
     ("Kallelse till sammanträdet skickas av ordföranden.",
      [("ordföranden", TNO, FTV)], [pres("skickas", "skicka", "pass")],
      [st(TNO, "ordföranden", "none", None, "skicka", "skickas", "Kallelse till sammanträdet",
          passive=True)]),
     ("Vice ordföranden ersätter ordföranden vid förhinder.",
      [("Vice ordföranden", "tekniska nämndens vice ordförande", FTV),
       ("ordföranden", TNO, FTV, 1)],
      [pres("ersätter", "ersätta")],
      [st("tekniska nämndens vice ordförande", "Vice ordföranden", "none", None, "ersätta",
          "ersätter", "ordföranden", condition="vid förhinder")])])

KU = "kommunalt ungdomsråd"
UNGDOM = document(
    "w51-h-ungdomsrad", "Information för unga i Ekdala", [],
    [("Kommunala ungdomsrådet består av tio ledamöter i åldern 15 till 20 år.",
      [("Kommunala ungdomsrådet", KU, POL), ("ledamöter", "ledamot", FTV)],
      [pres("består", "bestå")],
      [st(KU, "Kommunala ungdomsrådet", "none", None, "bestå", "består",
          "av tio ledamöter i åldern 15 till 20 år")]),
     ("Kommunala ungdomsrådet sammanträder en gång i månaden.",
      [("Kommunala ungdomsrådet", KU, POL)], [pres("sammanträder", "sammanträda")],
      [st(KU, "Kommunala ungdomsrådet", "none", None, "sammanträda", "sammanträder",
          "en gång i månaden")]),
     ("Kommunala ungdomsrådet får lämna förslag till kommunstyrelsen.",
      [("Kommunala ungdomsrådet", KU, POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
      [("får", "få", "pres", "act"), inf("lämna")],
      [st(KU, "Kommunala ungdomsrådet", "permission", "får", "lämna", "lämna",
          "förslag till kommunstyrelsen")]),
     ("Ordföranden leder mötena.",
      [("Ordföranden", "kommunala ungdomsrådets ordförande", FTV)], [pres("leder", "leda")],
      [st("kommunala ungdomsrådets ordförande", "Ordföranden", "none", None, "leda", "leder",
          "mötena")])])

SN = "social nämnd"
TVA = document(
    "w51-h-tva-namnder", "Gemensamma sammanträden", [],
    [("Tekniska nämnden och sociala nämnden sammanträder två gånger per år.",
      [("Tekniska nämnden", TN, POL), ("sociala nämnden", SN, POL)],
      [pres("sammanträder", "sammanträda")],
      [st(TN, "Tekniska nämnden", "none", None, "sammanträda", "sammanträder",
          "två gånger per år"),
       st(SN, "sociala nämnden", "none", None, "sammanträda", "sammanträder",
          "två gånger per år")]),
     ("Tekniska nämnden och sociala nämnden ska samråda om budgeten.",
      [("Tekniska nämnden", TN, POL), ("sociala nämnden", SN, POL)],
      [SKA, inf("samråda")],
      [st(TN, "Tekniska nämnden", "obligation", "ska", "samråda", "samråda", "om budgeten"),
       st(SN, "sociala nämnden", "obligation", "ska", "samråda", "samråda", "om budgeten")]),
     ("Tekniska nämnden och sociala nämnden lämnar en gemensam rapport.",
      [("Tekniska nämnden", TN, POL), ("sociala nämnden", SN, POL)],
      [pres("lämnar", "lämna")],
      [st(TN, "Tekniska nämnden", "none", None, "lämna", "lämnar", "en gemensam rapport"),
       st(SN, "sociala nämnden", "none", None, "lämna", "lämnar", "en gemensam rapport")]),
     ("Ordföranden kallar till sammanträdet.",
      [("Ordföranden", "ordförande", FTV)], [pres("kallar", "kalla")],
      [st("ordförande", "Ordföranden", "none", None, "kalla", "kallar",
          "till sammanträdet")])])

RF = "rådet för förebyggande av ohälsa"
RADSNAMN = document(
    "w51-h-radsnamn", "Reglemente för samråd om folkhälsa", [],
    [("Rådet för förebyggande av ohälsa, RÅFO, sammanträder fyra gånger per år.",
      [("Rådet för förebyggande av ohälsa", RF, POL), ("RÅFO", RF, POL)],
      [pres("sammanträder", "sammanträda")],
      [st(RF, "Rådet för förebyggande av ohälsa", "none", None, "sammanträda",
          "sammanträder", "fyra gånger per år")]),
     ("Rådet ska bestå av nio ledamöter.",
      [("Rådet", RF, POL), ("ledamöter", "ledamot", FTV)], [SKA, inf("bestå")],
      [st(RF, "Rådet", "obligation", "ska", "bestå", "bestå", "av nio ledamöter")]),
     ("RÅFO ska lämna en årsrapport till kommunstyrelsen.",
      [("RÅFO", RF, POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
      [SKA, inf("lämna")],
      [st(RF, "RÅFO", "obligation", "ska", "lämna", "lämna",
          "en årsrapport till kommunstyrelsen")])])

TRYGGHET = document(
    "w51-h-trygghet", "Samverkan mot brott", [],
    [("Rådet för trygghet ska samråda med polisen, RPS, i frågor om brott.",
      [("Rådet", "råd", POL), ("polisen", "polis", EXT)], [SKA, inf("samråda")],
      [st("råd", "Rådet", "obligation", "ska", "samråda", "samråda",
          "med polisen, RPS, i frågor om brott")])])

KF = "kommunalt funktionsrättsråd"
FUNKTION = document(
    "w51-h-funktionsratt", "Bestämmelser för det kommunala funktionsrättsrådet (KFR)",
    [("kommunala funktionsrättsrådet", KF, POL), ("KFR", KF, POL)],
    [("KFR ska sammanträda minst fem gånger varje år.",
      [("KFR", KF, POL)], [SKA, inf("sammanträda")],
      [st(KF, "KFR", "obligation", "ska", "sammanträda", "sammanträda",
          "minst fem gånger varje år")]),
     ("KFR ska bestå av åtta ledamöter.",
      [("KFR", KF, POL), ("ledamöter", "ledamot", FTV)], [SKA, inf("bestå")],
      [st(KF, "KFR", "obligation", "ska", "bestå", "bestå", "av åtta ledamöter")]),
     ("Det kommunala funktionsrättsrådet ska lämna en årsrapport till kommunstyrelsen.",
      [("funktionsrättsrådet", KF, POL), ("kommunstyrelsen", "kommunstyrelse", POL)],
      [SKA, inf("lämna")],
      [st(KF, "funktionsrättsrådet", "obligation", "ska", "lämna", "lämna",
          "en årsrapport till kommunstyrelsen")]),
     ("De kommunala bolagen ska lämna uppgifter till KFR.",
      [("bolagen", "bolag", ORG), ("KFR", KF, POL)], [SKA, inf("lämna")],
      [st("bolag", "bolagen", "obligation", "ska", "lämna", "lämna", "uppgifter till KFR")])])

NB = "norrby bridgeförbund"
BRIDGE = document(
    "w51-h-bridge", "Stadgar för Norrby Bridgeförbund", [("Norrby Bridgeförbund", NB, ORG)],
    [("Förbundets namn är Norrby Bridgeförbund (förkortat NBF).",
      [("Förbundets", NB, ORG)], [AR], []),
     ("NBF beslutande organ är årsmötet och styrelsen.",
      [("NBF", NB, ORG), ("årsmötet", "årsmöte", OVR), ("styrelsen", "styrelse", POL)],
      [AR], []),
     ("NBF högsta beslutande organ är förbundsstämman.",
      [("NBF", NB, ORG), ("förbundsstämman", "förbundsstämma", POL)], [AR], []),
     ("NBF räkenskapsår och verksamhetsår är kalenderåret.",
      [("NBF", NB, ORG)], [AR], []),
     ("NBF är en ideell förening.",
      [("NBF", NB, ORG)], [AR],
      [st(NB, "NBF", "none", None, "vara", "är", "en ideell förening")])])

EH = "ekbyhem ab"
HAMN = "ekby hamn ab"
BOLAG = document(
    "w51-h-bolag", "Ägardirektiv 2027", [],
    [("Bolagets firma är Ekbyhem AB.", [("Bolagets", EH, ORG)], [AR], []),
     ("Bolaget ska förvalta bostäder i kommunen.",  # "i kommunen": the territory
      [("Bolaget", EH, ORG)], [SKA, inf("förvalta")],
      [st(EH, "Bolaget", "obligation", "ska", "förvalta", "förvalta", "bostäder i kommunen")]),
     ("Det kommunala bolaget Ekby Hamn AB (EHAB) förvaltar hamnen.",
      [("bolaget", HAMN, ORG), ("Ekby Hamn AB", HAMN, ORG), ("EHAB", HAMN, ORG)],
      [pres("förvaltar", "förvalta")],
      [st(HAMN, "bolaget", "none", None, "förvalta", "förvaltar", "hamnen")]),
     ("Bolaget ska lämna en årsredovisning till kommunstyrelsen.",
      [("Bolaget", EH, ORG), ("kommunstyrelsen", "kommunstyrelse", POL)], [SKA, inf("lämna")],
      [st(EH, "Bolaget", "obligation", "ska", "lämna", "lämna",
          "en årsredovisning till kommunstyrelsen")])])

DOCUMENTS = {"w51-h-teknisk": TEKNISK, "w51-h-ungdomsrad": UNGDOM,
             "w51-h-tva-namnder": TVA, "w51-h-radsnamn": RADSNAMN,
             "w51-h-trygghet": TRYGGHET, "w51-h-funktionsratt": FUNKTION,
             "w51-h-bridge": BRIDGE, "w51-h-bolag": BOLAG}

if __name__ == "__main__":
    _ = HAR
    write_part(sys.argv[1], "w51-h", DOCUMENTS)
