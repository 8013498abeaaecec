"""Builds corpus/dev/w43-p.jsonl and the documents corpus/dev/w43-p-*.txt with their gold:
a blind probe of round 43 (probe43). Four invented documents of the genres users drop into
`raw/`, written and annotated by hand from docs/annotation.md §1, §2 and §5 before the
extractor was run on them: an instruktion för stadsdirektören (`w43-p-hallvik`: a page
counter with the title repeated under it, a hyphenated line break, a dash list flattened into
one line, pronouns `Hen`/`denne`, `Det åligger`, `I de fall`, `har rätt att … men får inte`),
a board's arbetsordning with a VD instruction (`w43-p-eksund`: a title in capitals, `a)`
items under `har till uppgift att:`, agentless and agent passives, `VD och ordföranden`,
`Det åligger VD att:` after a sentence), a nämnd's delegationsordning with its table
flattened into rows (`w43-p-norrvalla`: ärende, delegat, lagrum, anmärkning) and a
kommunalförbund's förbundsordning printed as web text, one line a clause
(`w43-p-kustbygden`: a naming clause, a fronted plural predicative, `har att:` after a
complete first conjunct, `vilka väljs av`, an inverted subject after `Bland`).
Offsets computed. Run: python corpus/make_w43_p.py corpus/dev"""

import sys

from records import AR, EXT, FAR, FORV, FTV, HAR, ORG, OVR, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w43-p", conditions_from_statements=True)


def pres(word, lemma, voice="act", nth=0):
    return (word, lemma, "pres", voice, nth)


def inf(word, lemma=None, voice="act", nth=0):
    return (word, lemma or word, "inf", voice, nth)


def item(doc, cid, text, label, actors=(), verbs=(), statements=()):
    return rec(cid, text, actors, verbs, statements, doc=doc, kind="list_item",
               parent=cid.rsplit(".", 1)[0], label=label)


# --- (a) instruktion för stadsdirektören -------------------------------------------------
D = "w43-p-hallvik"
HV_TEXT = """Instruktion för stadsdirektören i Hallviks stad

Antagen av kommunstyrelsen den 2 mars 2026, § 41

1. Stadsdirektörens roll

Stadsdirektören är stadens högsta tjänsteperson och leder stadsledningskontoret. Hen lyder \
direkt under kommunstyrelsen.

Stadsdirektören utses av kommunstyrelsen, som också beslutar om hens lön och \
anställningsvillkor.

2. Uppdrag

Stadsdirektören ska särskilt:
- leda och samordna arbetet i stadens förvaltningar,
- se till att kommunstyrelsens beslut verkställs,
- att i samverkan med förvaltningscheferna utveckla stadens service.

Det åligger stadsdirektören att hålla KS informerad om väsentliga frågor.

Sida 2 av 3
Instruktion för stadsdirektören i Hallviks stad

När stadsdirektören har förhinder ersätts denne av biträdande stadsdirektören. I de fall \
båda är frånvarande utser kommunstyrelsens ordförande en tillförordnad stadsdirektör.

3. Ekonomi och personal

Stadsdirektören ansvarar för: - budgetprocessen - stadens löne- och personalpolitik - \
uppföljning av förvaltningarnas ekonomi

Förvaltningscheferna är skyldiga att lämna de uppgifter som stadsdirektören begär. \
Ekonomidirektören bör delta vid kommunstyrelsens sammanträden.

Stadsdirektören har rätt att överlåta sin beslutanderätt till förvaltnings-
cheferna enligt 6 kap. 39 § KL men får inte delegera beslut om uppsägning av personal.
"""
SD, HS, KS, BSD = "stadsdirektör", "hallviks stad", "kommunstyrelse", "biträdande stadsdirektör"
KSO, FC = "kommunstyrelsens ordförande", "förvaltningschef"
HV_RESP = [("budgetprocessen", []), ("stadens löne- och personalpolitik", [("stadens", HS, ORG)]),
           ("uppföljning av förvaltningarnas ekonomi",
            [("förvaltningarnas", "förvaltning", FORV)])]
HV_RULE = ("Stadsdirektören har rätt att överlåta sin beslutanderätt till förvaltningscheferna "
           "enligt 6 kap. 39 § KL men får inte delegera beslut om uppsägning av personal.")
HV = [
    rec("title", "Instruktion för stadsdirektören i Hallviks stad",
        [("stadsdirektören", SD, TJP), ("Hallviks stad", HS, ORG)], doc=D, kind="heading"),
    rec("m1", "Antagen av kommunstyrelsen den 2 mars 2026, § 41", [("kommunstyrelsen", KS, POL)],
        doc=D),
    rec("1", "Stadsdirektörens roll", [("Stadsdirektörens", SD, TJP)], doc=D, kind="heading",
        label="1."),
    rec("1.1", "Stadsdirektören är stadens högsta tjänsteperson och leder stadsledningskontoret. "
        "Hen lyder direkt under kommunstyrelsen.",
        [("Stadsdirektören", SD, TJP), ("stadens", HS, ORG),
         ("stadsledningskontoret", "stadsledningskontor", FORV), ("kommunstyrelsen", KS, POL)],
        [AR, pres("leder", "leda"), pres("lyder", "lyda")],
        [st(SD, "Stadsdirektören", "none", None, "vara", "är", "stadens högsta tjänsteperson"),
         st(SD, "Stadsdirektören", "none", None, "leda", "leder", "stadsledningskontoret")],
        doc=D, parent="1"),
    rec("1.2", "Stadsdirektören utses av kommunstyrelsen, som också beslutar om hens lön och "
        "anställningsvillkor.",
        [("Stadsdirektören", SD, TJP), ("kommunstyrelsen", KS, POL)],
        [pres("utses", "utse", "pass"), pres("beslutar", "besluta")],
        [st(KS, "kommunstyrelsen", "none", None, "utse", "utses", "Stadsdirektören",
            passive=True)], doc=D, parent="1"),
    rec("2", "Uppdrag", doc=D, kind="heading", label="2."),
    rec("2.1", "Stadsdirektören ska särskilt:", [("Stadsdirektören", SD, TJP)], [SKA], doc=D,
        parent="2"),
    item(D, "2.1.a", "leda och samordna arbetet i stadens förvaltningar,", "-",
         [("stadens", HS, ORG), ("förvaltningar", "förvaltning", FORV)],
         [inf("leda"), inf("samordna")],
         [st(SD, "Stadsdirektören", "obligation", "ska", "leda", "leda",
             "arbetet i stadens förvaltningar"),
          st(SD, "Stadsdirektören", "obligation", "ska", "samordna", "samordna",
             "arbetet i stadens förvaltningar")]),
    item(D, "2.1.b", "se till att kommunstyrelsens beslut verkställs,", "-",
         [("kommunstyrelsens", KS, POL)], [inf("se"), pres("verkställs", "verkställa", "pass")],
         [st(SD, "Stadsdirektören", "obligation", "ska se till att", "se", "se",
             "att kommunstyrelsens beslut verkställs")]),
    item(D, "2.1.c", "att i samverkan med förvaltningscheferna utveckla stadens service.", "-",
         [("förvaltningscheferna", FC, TJP), ("stadens", HS, ORG)], [inf("utveckla")],
         [st(SD, "Stadsdirektören", "obligation", "ska", "utveckla", "utveckla",
             "stadens service")]),
    rec("2.2", "Det åligger stadsdirektören att hålla KS informerad om väsentliga frågor.",
        [("stadsdirektören", SD, TJP), ("KS", KS, POL)],
        [pres("åligger", "åligga"), inf("hålla")],
        [st(SD, "stadsdirektören", "obligation", "åligger", "hålla", "hålla",
            "KS informerad om väsentliga frågor")], doc=D, parent="2"),
    rec("2.3", "När stadsdirektören har förhinder ersätts denne av biträdande stadsdirektören. "
        "I de fall båda är frånvarande utser kommunstyrelsens ordförande en tillförordnad "
        "stadsdirektör.",
        [("stadsdirektören", SD, TJP), ("biträdande stadsdirektören", BSD, TJP),
         ("kommunstyrelsens ordförande", KSO, FTV),
         ("tillförordnad stadsdirektör", "tillförordnad stadsdirektör", TJP)],
        [HAR, pres("ersätts", "ersätta", "pass"), AR, pres("utser", "utse")],
        [st(BSD, "biträdande stadsdirektören", "none", None, "ersätta", "ersätts", "denne",
            passive=True, condition="När stadsdirektören har förhinder"),
         st(KSO, "kommunstyrelsens ordförande", "none", None, "utse", "utser",
            "en tillförordnad stadsdirektör", condition="I de fall båda är frånvarande")],
        doc=D, parent="2"),
    rec("3", "Ekonomi och personal", doc=D, kind="heading", label="3."),
    rec("3.1", "Stadsdirektören ansvarar för:", [("Stadsdirektören", SD, TJP)],
        [pres("ansvarar", "ansvara")], doc=D, parent="3"),
    *[item(D, f"3.1.{letter}", text, "-", actors, (),
           [st(SD, "Stadsdirektören", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               text)])
      for letter, (text, actors) in zip("abc", HV_RESP, strict=True)],
    rec("3.2", "Förvaltningscheferna är skyldiga att lämna de uppgifter som stadsdirektören "
        "begär. Ekonomidirektören bör delta vid kommunstyrelsens sammanträden.",
        [("Förvaltningscheferna", FC, TJP), ("stadsdirektören", SD, TJP),
         ("Ekonomidirektören", "ekonomidirektör", TJP), ("kommunstyrelsens", KS, POL)],
        [AR, inf("lämna"), pres("begär", "begära"), pres("bör", "böra"), inf("delta")],
        [st(FC, "Förvaltningscheferna", "obligation", "är skyldig att", "lämna", "lämna",
            "de uppgifter som stadsdirektören begär"),
         st("ekonomidirektör", "Ekonomidirektören", "recommendation", "bör", "delta", "delta",
            "vid kommunstyrelsens sammanträden")], doc=D, parent="3"),
    rec("3.3", HV_RULE,
        [("Stadsdirektören", SD, TJP), ("förvaltningscheferna", FC, TJP)],
        [HAR, inf("överlåta"), FAR, inf("delegera")],
        [st(SD, "Stadsdirektören", "permission", "har rätt att", "överlåta",
            "överlåta", "sin beslutanderätt till förvaltningscheferna",
            condition="enligt 6 kap. 39 § KL"),
         st(SD, "Stadsdirektören", "prohibition", "får inte", "delegera", "delegera",
            "beslut om uppsägning av personal", negated=True)], doc=D, parent="3"),
]

# --- (b) arbetsordning för styrelsen + VD-instruktion -------------------------------------
D = "w43-p-eksund"
EK_TEXT = """ARBETSORDNING FÖR STYRELSEN I EKSUNDS VATTEN AB

Fastställd av styrelsen 2026-02-14

§ 1 Styrelsens uppgifter

Styrelsen svarar ytterst för bolagets organisation samt för förvaltningen av dess angelägenheter. \
Styrelsen ska fortlöpande bedöma bolagets ekonomiska situation och informera ägaren, \
Eksunds kommun, om väsentliga händelser.

Styrelsen har till uppgift att:
a) fastställa mål och strategier för bolaget,
b) utse, utvärdera och vid behov entlediga VD,
c) godkänna större investeringar.

§ 2 Sammanträden

Styrelsen håller minst fem sammanträden per år. Kallelse till sammanträde skickas av \
ordföranden senast sju dagar före mötet.

Om en ledamot begär det ska ordföranden sammankalla styrelsen inom två veckor. Vid ordförandens \
förhinder leds sammanträdet av vice ordföranden.

Protokoll ska upprättas över varje möte och justeras av ordföranden samt en ledamot som \
styrelsen utser.

§ 3 Instruktion för bolagets verkställande direktör

VD leder bolagets dagliga verksamhet i enlighet med de riktlinjer och anvisningar som \
styrelsen meddelar. Det åligger VD att:
- se till att bokföringen sköts korrekt och i tid,
- upprätta förslag till budget,
- lämna en skriftlig rapport till styrelsen varje kvartal.

VD får inte utan styrelsens medgivande ingå avtal som överstiger 2 mnkr. I brådskande ärenden \
får VD och ordföranden gemensamt fatta beslut, vilket ska anmälas vid nästa sammanträde.

§ 4 Förhållandet till ägaren

Bolaget ska tillämpa kommunens ägarpolicy. Beslut om nya verksamhetsområden ska underställas \
kommunfullmäktige i Eksunds kommun för ställningstagande enligt 10 kap. 3 § KL.
"""
EV, STY, SO, SVO = "eksunds vatten ab", "styrelse", "styrelsens ordförande", \
    "styrelsens vice ordförande"
VD, EKK = "verkställande direktör", "eksunds kommun"


def task(cid, text, verbs, actors=()):
    return item(D, cid, text, cid[-1] + ")", actors, [inf(v) for v in verbs],
                [st(STY, "Styrelsen", "obligation", "har till uppgift att", v, v,
                    None) for v in verbs])


def vd_task(cid, text, verb, actors=(), verbs=()):
    return item(D, cid, text, "-", actors, [inf(verb), *verbs],
                [st(VD, "VD", "obligation", "åligger", verb, verb, None)])


EK = [
    rec("title", "ARBETSORDNING FÖR STYRELSEN I EKSUNDS VATTEN AB",
        [("STYRELSEN", STY, POL), ("EKSUNDS VATTEN AB", EV, ORG)], doc=D, kind="heading"),
    rec("m1", "Fastställd av styrelsen 2026-02-14", [("styrelsen", STY, POL)], doc=D),
    rec("§1", "Styrelsens uppgifter", [("Styrelsens", STY, POL)], doc=D, kind="heading",
        label="§ 1"),
    rec("§1.1", "Styrelsen svarar ytterst för bolagets organisation samt för förvaltningen av dess "
        "angelägenheter. Styrelsen ska "
        "fortlöpande bedöma bolagets ekonomiska situation och informera ägaren, Eksunds kommun, "
        "om väsentliga händelser.",
        [("Styrelsen", STY, POL), ("bolagets", EV, ORG), ("Styrelsen", STY, POL, 1),
         ("bolagets", EV, ORG, 1), ("ägaren", "ägare", ORG), ("Eksunds kommun", EKK, ORG)],
        [pres("svarar", "svara"), SKA, inf("bedöma"), inf("informera")],
        [st(STY, "Styrelsen", "responsibility", "svarar för", "svara", "svarar",
            "för bolagets organisation samt för förvaltningen av dess angelägenheter"),
         st(STY, "Styrelsen", "obligation", "ska", "bedöma", "bedöma",
            "bolagets ekonomiska situation"),
         st(STY, "Styrelsen", "obligation", "ska", "informera", "informera",
            "ägaren, Eksunds kommun, om väsentliga händelser")], doc=D, parent="§1"),
    rec("§1.2", "Styrelsen har till uppgift att:", [("Styrelsen", STY, POL)], [HAR], doc=D,
        parent="§1"),
    task("§1.2.a", "fastställa mål och strategier för bolaget,", ["fastställa"],
         [("bolaget", EV, ORG)]),
    task("§1.2.b", "utse, utvärdera och vid behov entlediga VD,",
         ["utse", "utvärdera", "entlediga"], [("VD", VD, TJP)]),
    task("§1.2.c", "godkänna större investeringar.", ["godkänna"]),
    rec("§2", "Sammanträden", doc=D, kind="heading", label="§ 2"),
    rec("§2.1", "Styrelsen håller minst fem sammanträden per år. Kallelse till sammanträde "
        "skickas av ordföranden senast sju dagar före mötet.",
        [("Styrelsen", STY, POL), ("ordföranden", SO, FTV)],
        [pres("håller", "hålla"), pres("skickas", "skicka", "pass")],
        [st(STY, "Styrelsen", "none", None, "hålla", "håller",
            "minst fem sammanträden per år"),
         st(SO, "ordföranden", "none", None, "skicka", "skickas", "Kallelse till sammanträde",
            passive=True)], doc=D, parent="§2"),
    rec("§2.2", "Om en ledamot begär det ska ordföranden sammankalla styrelsen inom två veckor. "
        "Vid "
        "ordförandens förhinder leds sammanträdet av vice ordföranden.",
        [("ledamot", "ledamot", FTV), ("ordföranden", SO, FTV), ("styrelsen", STY, POL),
         ("ordförandens", SO, FTV),
         ("vice ordföranden", SVO, FTV)],
        [pres("begär", "begära"), SKA, inf("sammankalla"), pres("leds", "leda", "pass")],
        [st(SO, "ordföranden", "obligation", "ska", "sammankalla", "sammankalla",
            "styrelsen inom två veckor", condition="Om en ledamot begär det"),
         st(SVO, "vice ordföranden", "none", None, "leda", "leds", "sammanträdet",
            passive=True, condition="Vid ordförandens förhinder")], doc=D, parent="§2"),
    rec("§2.3", "Protokoll ska upprättas över varje möte och justeras av ordföranden samt en "
        "ledamot som styrelsen utser.",
        [("ordföranden", SO, FTV), ("ledamot", "ledamot", FTV), ("styrelsen", STY, POL)],
        [SKA, inf("upprättas", "upprätta", "pass"), inf("justeras", "justera", "pass"),
         pres("utser", "utse")],
        [st(None, None, "obligation", "ska", "upprätta", "upprättas", "Protokoll", passive=True),
         st(SO, "ordföranden", "obligation", "ska", "justera", "justeras", "Protokoll",
            passive=True),
         st("ledamot", "ledamot", "obligation", "ska", "justera", "justeras", "Protokoll",
            passive=True)], doc=D, parent="§2"),
    rec("§3", "Instruktion för bolagets verkställande direktör",
        [("bolagets", EV, ORG), ("verkställande direktör", VD, TJP)], doc=D, kind="heading",
        label="§ 3"),
    rec("§3.1", "VD leder bolagets dagliga verksamhet i enlighet med de riktlinjer och anvisningar "
        "som styrelsen meddelar. Det åligger VD att:",
        [("VD", VD, TJP), ("bolagets", EV, ORG), ("styrelsen", STY, POL), ("VD", VD, TJP, 1)],
        [pres("leder", "leda"), pres("meddelar", "meddela"), pres("åligger", "åligga")],
        [st(VD, "VD", "none", None, "leda", "leder", "bolagets dagliga verksamhet",
            condition="i enlighet med de riktlinjer och anvisningar som styrelsen meddelar")],
        doc=D, parent="§3"),
    vd_task("§3.1.a", "se till att bokföringen sköts korrekt och i tid,", "se",
            verbs=[pres("sköts", "sköta", "pass")]),
    vd_task("§3.1.b", "upprätta förslag till budget,", "upprätta"),
    vd_task("§3.1.c", "lämna en skriftlig rapport till styrelsen varje kvartal.", "lämna",
            [("styrelsen", STY, POL)]),
    rec("§3.2", "VD får inte utan styrelsens medgivande ingå avtal som överstiger 2 mnkr. I "
        "brådskande ärenden får VD och ordföranden gemensamt fatta beslut, vilket ska anmälas "
        "vid nästa sammanträde.",
        [("VD", VD, TJP), ("styrelsens", STY, POL), ("VD", VD, TJP, 1),
         ("ordföranden", SO, FTV)],
        [FAR, inf("ingå"), pres("överstiger", "överstiga"), ("får", "få", "pres", "act", 1),
         inf("fatta"), SKA, inf("anmälas", "anmäla", "pass")],
        [st(VD, "VD", "prohibition", "får inte", "ingå", "ingå", "avtal som överstiger 2 mnkr",
            negated=True),
         st(VD, "VD", "permission", "får", "fatta", "fatta", "beslut"),
         st(SO, "ordföranden", "permission", "får", "fatta", "fatta", "beslut")],
        doc=D, parent="§3"),
    rec("§4", "Förhållandet till ägaren", [("ägaren", "ägare", ORG)], doc=D, kind="heading",
        label="§ 4"),
    rec("§4.1", "Bolaget ska tillämpa kommunens ägarpolicy. Beslut om nya verksamhetsområden "
        "ska underställas kommunfullmäktige i Eksunds kommun för ställningstagande enligt 10 "
        "kap. 3 § KL.",
        [("Bolaget", EV, ORG), ("kommunens", EKK, ORG),
         ("kommunfullmäktige", "kommunfullmäktige", POL), ("Eksunds kommun", EKK, ORG)],
        [SKA, inf("tillämpa"), ("ska", "skola", "pres", "act", 1),
         inf("underställas", "underställa", "pass")],
        [st(EV, "Bolaget", "obligation", "ska", "tillämpa", "tillämpa", "kommunens ägarpolicy"),
         st(None, None, "obligation", "ska", "underställa", "underställas",
            "Beslut om nya verksamhetsområden", passive=True,
            condition="enligt 10 kap. 3 § KL")], doc=D, parent="§4"),
]

# --- (c) delegationsordning, table flattened -----------------------------------------------
D = "w43-p-norrvalla"
NV_TEXT = """Delegationsordning för plan- och miljönämnden i Norrvalla kommun

Gäller från 2026-04-01

1. Allmänna bestämmelser

Nämnden delegerar beslutanderätt i de ärenden som anges i förteckningen nedan med stöd av \
6 kap. 37 § KL. Delegaten ska anmäla fattade beslut till nämnden vid nästkommande sammanträde.

Om delegaten är jävig eller har förhinder övergår beslutanderätten till närmaste överordnade \
chef. Ärenden av principiell betydelse får inte avgöras av delegat.

Förvaltningschefen har rätt att i sin tur vidaredelegera till annan anställd inom \
förvaltningen. Sådana beslut ska anmälas till förvaltningschefen, som sedan anmäler dem till \
nämnden.

2. Delegationsförteckning

Ärende Delegat Lagrum Anmärkning
1 Beslut om föreläggande och förbud Miljöchef 26 kap. 9 § MB Samråd med ordföranden ska ske
2 Beslut om miljösanktionsavgift Miljöinspektör 30 kap. 3 § MB
3 Yttrande till länsstyrelsen i överklagade ärenden Ordförande
4 Beslut om bygglov för enbostadshus Bygglovshandläggare 9 kap. 30 § PBL Avslag beslutas av nämnden
5 Beslut om avgift enligt taxa Administratör, bygglovshandläggare Kommunens taxa
"""
MBN, NK, NMD = "plan- och miljönämnd", "norrvalla kommun", "nämnd"
MBO = "plan- och miljönämndens ordförande"
NV_ROWS = NV_TEXT.split("Anmärkning\n")[1].splitlines()
NV = [
    rec("title", "Delegationsordning för plan- och miljönämnden i Norrvalla kommun",
        [("plan- och miljönämnden", MBN, POL), ("Norrvalla kommun", NK, ORG)], doc=D,
        kind="heading"),
    rec("m1", "Gäller från 2026-04-01", doc=D),
    rec("1", "Allmänna bestämmelser", doc=D, kind="heading", label="1."),
    rec("1.1", "Nämnden delegerar beslutanderätt i de ärenden som anges i förteckningen nedan "
        "med stöd av 6 kap. 37 § KL. Delegaten ska anmäla fattade beslut till nämnden vid "
        "nästkommande sammanträde.",
        [("Nämnden", NMD, POL), ("Delegaten", "delegat", TJP), ("nämnden", NMD, POL)],
        [pres("delegerar", "delegera"), pres("anges", "ange", "pass"), SKA, inf("anmäla")],
        [st(NMD, "Nämnden", "none", None, "delegera", "delegerar",
            "beslutanderätt i de ärenden som anges i förteckningen nedan",
            condition="med stöd av 6 kap. 37 § KL"),
         st("delegat", "Delegaten", "obligation", "ska", "anmäla", "anmäla",
            "fattade beslut till nämnden vid nästkommande sammanträde")], doc=D, parent="1"),
    rec("1.2", "Om delegaten är jävig eller har förhinder övergår beslutanderätten till "
        "närmaste överordnade chef. Ärenden av principiell betydelse får inte avgöras av "
        "delegat.",
        [("delegaten", "delegat", TJP), ("överordnade chef", "överordnad chef", TJP),
         ("delegat", "delegat", TJP)],
        [AR, HAR, pres("övergår", "övergå"), FAR, inf("avgöras", "avgöra", "pass")],
        [st("delegat", "delegat", "prohibition", "får inte", "avgöra", "avgöras",
            "Ärenden av principiell betydelse", negated=True, passive=True)],
        ["Om delegaten är jävig eller har förhinder"], doc=D, parent="1"),
    rec("1.3", "Förvaltningschefen har rätt att i sin tur vidaredelegera till annan anställd inom "
        "förvaltningen. Sådana beslut ska anmälas till förvaltningschefen, som sedan anmäler "
        "dem till nämnden.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("anställd", "anställd", TJP),
         ("förvaltningen", "förvaltning", FORV), ("förvaltningschefen", "förvaltningschef", TJP),
         ("nämnden", NMD, POL)],
        [HAR, inf("vidaredelegera"), SKA, inf("anmälas", "anmäla", "pass"),
         pres("anmäler", "anmäla")],
        [st("förvaltningschef", "Förvaltningschefen", "permission", "har rätt att",
            "vidaredelegera", "vidaredelegera", "till annan anställd inom förvaltningen"),
         st(None, None, "obligation", "ska", "anmäla", "anmälas", "Sådana beslut",
            passive=True)], doc=D, parent="1"),
    rec("2", "Delegationsförteckning", doc=D, kind="heading", label="2."),
    rec("2.1", "Ärende Delegat Lagrum Anmärkning", doc=D, kind="heading", parent="2"),
    rec("2.2", NV_ROWS[0][2:], [("Miljöchef", "miljöchef", TJP), ("ordföranden", MBO, FTV)],
        [SKA, inf("ske")], doc=D, parent="2", label="1"),
    rec("2.3", NV_ROWS[1][2:], [("Miljöinspektör", "miljöinspektör", TJP)], doc=D, parent="2",
        label="2"),
    rec("2.4", NV_ROWS[2][2:], [("länsstyrelsen", "länsstyrelse", EXT), ("Ordförande", MBO, FTV)],
        doc=D, parent="2", label="3"),
    rec("2.5", NV_ROWS[3][2:],
        [("Bygglovshandläggare", "bygglovshandläggare", TJP), ("nämnden", NMD, POL)],
        [pres("beslutas", "besluta", "pass")],
        [st(NMD, "nämnden", "none", None, "besluta", "beslutas", "Avslag", passive=True)],
        doc=D, parent="2", label="4"),
    rec("2.6", NV_ROWS[4][2:],
        [("Administratör", "administratör", TJP), ("bygglovshandläggare", "bygglovshandläggare",
                                                    TJP), ("Kommunens", NK, ORG)],
        doc=D, parent="2", label="5"),
]

# --- (d) förbundsordning, web text one line a clause ---------------------------------------
D = "w43-p-kustbygden"
KB_TEXT = """Förbundsordning för Kustbygdens räddningstjänstförbund

§ 1 Namn och säte
Förbundets namn är Kustbygdens räddningstjänstförbund. Förbundet har sitt säte i Sjöstad.
§ 2 Medlemskommuner
Medlemmar i förbundet är Sjöstads kommun, Ålunda kommun och Brovik kommun.
§ 3 Ändamål
Förbundet har till ändamål att för medlemmarnas räkning fullgöra de uppgifter inom \
räddningstjänsten som enligt lag åvilar kommunerna.
§ 4 Organisation
Förbundet leds av en direktion. Direktionen har sex ledamöter och lika många ersättare, \
vilka väljs av medlemmarnas fullmäktige. Bland ledamöterna utser direktionen ordförande och \
vice ordförande för hela valperioden.
§ 5 Direktionens uppgifter
Direktionen ansvarar för förbundets verksamhet och har att:
- fastställa budget och verksamhetsplan,
- anställa förbundsdirektör,
- besluta om taxor inom ramen för de av medlemmarna fastställda principerna.
§ 6 Förbundsdirektören
Förbundsdirektören leder förvaltningen och är direktionens föredragande. Denne är skyldig att \
verkställa direktionens beslut och får fatta beslut i frågor som direktionen har överlåtit.
§ 7 Kostnader och insyn
Medlemmarna ska täcka förbundets kostnader i förhållande till invånarantal. Vid utträde har \
utträdande medlem rätt till andel i förbundets tillgångar.
Förbundet ska hålla medlemmarna informerade om verksamheten. Revisorerna prövar förbundets \
verksamhet årligen och lämnar revisionsberättelse till medlemmarnas fullmäktige.
"""
KR, DIR, FD, MED = "kustbygdens räddningstjänstförbund", "direktion", "förbundsdirektör", "medlem"
KB_LINES = KB_TEXT.splitlines()


def line(prefix):
    return next(text for text in KB_LINES if text.startswith(prefix))


def board_task(cid, text, verb, actors=(), condition=None):
    return item(D, cid, text, "-", actors, [inf(verb)],
                [st(DIR, "Direktionen", "obligation", "har att", verb, verb, None,
                    condition=condition)])


KB = [
    rec("title", KB_LINES[0], [("Kustbygdens räddningstjänstförbund", KR, ORG)], doc=D,
        kind="heading"),
    rec("§1", "Namn och säte", doc=D, kind="heading", label="§ 1"),
    rec("§1.1", line("Förbundets namn"), [("Förbundets", KR, ORG), ("Förbundet", KR, ORG)],
        [AR, HAR],
        [st(KR, "Förbundet", "none", None, "ha", "har", "sitt säte i Sjöstad")], doc=D,
        parent="§1"),
    rec("§2", "Medlemskommuner", [("Medlemskommuner", "medlemskommun", ORG)], doc=D,
        kind="heading", label="§ 2"),
    rec("§2.1", line("Medlemmar i"),
        [("Medlemmar", MED, OVR), ("förbundet", KR, ORG),
         ("Sjöstads kommun", "sjöstads kommun", ORG), ("Ålunda kommun", "ålunda kommun", ORG),
         ("Brovik kommun", "brovik kommun", ORG)], [AR],
        [st(MED, "Medlemmar", "none", None, "vara", "är",
            "Sjöstads kommun, Ålunda kommun och Brovik kommun")], doc=D, parent="§2"),
    rec("§3", "Ändamål", doc=D, kind="heading", label="§ 3"),
    rec("§3.1", "Förbundet har till ändamål att för medlemmarnas räkning fullgöra de uppgifter "
        "inom räddningstjänsten som enligt lag åvilar kommunerna.",
        [("Förbundet", KR, ORG), ("medlemmarnas", MED, OVR), ("kommunerna", "kommun", ORG)],
        [HAR, inf("fullgöra"), pres("åvilar", "åvila")],
        [st(KR, "Förbundet", "obligation", "har till ändamål att", "fullgöra", "fullgöra",
            "de uppgifter inom räddningstjänsten som enligt lag åvilar kommunerna")],
        ["enligt lag"], doc=D, parent="§3"),
    rec("§4", "Organisation", doc=D, kind="heading", label="§ 4"),
    rec("§4.1", "Förbundet leds av en direktion. Direktionen har sex ledamöter och lika "
        "många ersättare, vilka väljs av medlemmarnas fullmäktige. Bland ledamöterna utser "
        "direktionen ordförande och vice ordförande för hela valperioden.",
        [("Förbundet", KR, ORG), ("direktion", DIR, POL), ("Direktionen", DIR, POL),
         ("ledamöter", "ledamot", FTV), ("ersättare", "ersättare", FTV),
         ("medlemmarnas", MED, OVR), ("fullmäktige", "fullmäktige", POL),
         ("ledamöterna", "ledamot", FTV), ("direktionen", DIR, POL),
         ("ordförande", "ordförande", FTV), ("vice ordförande", "vice ordförande", FTV)],
        [pres("leds", "leda", "pass"), HAR, pres("väljs", "välja", "pass"),
         pres("utser", "utse")],
        [st(DIR, "direktion", "none", None, "leda", "leds", "Förbundet", passive=True),
         st(DIR, "Direktionen", "none", None, "ha", "har",
            "sex ledamöter och lika många ersättare"),
         st(DIR, "direktionen", "none", None, "utse", "utser",
            "ordförande och vice ordförande för hela valperioden")], doc=D, parent="§4"),
    rec("§5", "Direktionens uppgifter", [("Direktionens", DIR, POL)], doc=D, kind="heading",
        label="§ 5"),
    rec("§5.1", "Direktionen ansvarar för förbundets verksamhet och har att:",
        [("Direktionen", DIR, POL), ("förbundets", KR, ORG)],
        [pres("ansvarar", "ansvara"), HAR],
        [st(DIR, "Direktionen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för förbundets verksamhet")], doc=D, parent="§5"),
    board_task("§5.1.a", "fastställa budget och verksamhetsplan,", "fastställa"),
    board_task("§5.1.b", "anställa förbundsdirektör,", "anställa", [("förbundsdirektör", FD, TJP)]),
    board_task("§5.1.c", "besluta om taxor inom ramen för de av medlemmarna fastställda "
               "principerna.", "besluta", [("medlemmarna", MED, OVR)],
               condition="inom ramen för de av medlemmarna fastställda principerna"),
    rec("§6", "Förbundsdirektören", [("Förbundsdirektören", FD, TJP)], doc=D, kind="heading",
        label="§ 6"),
    rec("§6.1", "Förbundsdirektören leder förvaltningen och är direktionens föredragande. Denne "
        "är skyldig att verkställa direktionens beslut och får fatta beslut i frågor som "
        "direktionen har överlåtit.",
        [("Förbundsdirektören", FD, TJP), ("förvaltningen", "förvaltning", FORV),
         ("direktionens", DIR, POL), ("direktionens", DIR, POL, 1), ("direktionen", DIR, POL)],
        [pres("leder", "leda"), AR, ("är", "vara", "pres", "act", 1), inf("verkställa"), FAR,
         inf("fatta"), HAR, ("överlåtit", "överlåta", "sup", "act")],
        [st(FD, "Förbundsdirektören", "none", None, "leda", "leder", "förvaltningen"),
         st(FD, "Förbundsdirektören", "none", None, "vara", "är", "direktionens föredragande")],
        doc=D, parent="§6"),
    rec("§7", "Kostnader och insyn", doc=D, kind="heading", label="§ 7"),
    rec("§7.1", line("Medlemmarna ska"),
        [("Medlemmarna", MED, OVR), ("förbundets", KR, ORG), ("medlem", MED, OVR),
         ("förbundets", KR, ORG, 1)],
        [SKA, inf("täcka"), HAR],
        [st(MED, "Medlemmarna", "obligation", "ska", "täcka", "täcka",
            "förbundets kostnader i förhållande till invånarantal"),
         st(MED, "medlem", "none", None, "ha", "har", "rätt till andel i förbundets tillgångar",
            condition="Vid utträde")], doc=D, parent="§7"),
    rec("§7.2", line("Förbundet ska hålla"),
        [("Förbundet", KR, ORG), ("medlemmarna", MED, OVR), ("Revisorerna", "revisor", FTV),
         ("förbundets", KR, ORG), ("medlemmarnas", MED, OVR), ("fullmäktige", "fullmäktige", POL)],
        [SKA, inf("hålla"), pres("prövar", "pröva"), pres("lämnar", "lämna")],
        [st(KR, "Förbundet", "obligation", "ska", "hålla", "hålla",
            "medlemmarna informerade om verksamheten"),
         st("revisor", "Revisorerna", "none", None, "pröva", "prövar",
            "förbundets verksamhet årligen"),
         st("revisor", "Revisorerna", "none", None, "lämna", "lämnar",
            "revisionsberättelse till medlemmarnas fullmäktige")], doc=D, parent="§7"),
]

DOCUMENTS = {"w43-p-hallvik": (HV_TEXT, HV), "w43-p-eksund": (EK_TEXT, EK),
             "w43-p-norrvalla": (NV_TEXT, NV), "w43-p-kustbygden": (KB_TEXT, KB)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w43-p", DOCUMENTS)
