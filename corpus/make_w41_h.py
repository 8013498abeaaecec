"""Builds corpus/dev/w41-h.jsonl and the small documents corpus/dev/w41-h-*.txt with their
gold: invented material for round 41, writer H (analysis 41-ah; gold by hand from
docs/annotation.md before the rules): S1a a title line over one flattened body line whose
content-word headings the line shows a heading sign for (a repeated title and a section
label `1`: `w41-h-regler`; a chapter label `N kap.` after a sentence end: `w41-h-beredskap`)
and the negative, a body line with no heading sign whose headings stay in the paragraph
(`w41-h-tillsyn`); S1b a one-comma heading stacked after a chapter's heading
(`w41-h-beredskap`) and before a one-word heading and a closed-class opener
(`w41-h-fullmakt`); S2 a memo's case heading before two coordinated subjects
(`w41-h-kansli`, `w41-h-sommar`; negatives `Bakgrunden till …`, `Ärendet bereds …`); S4 a
`Personuppgifter` line heading (`w41-h-personal`; negative: the noun as subject); S3 a
two-word field label `Föredragande <role>:` before a case heading (`w41-h-simhall`); S5 an
attachment list whose last entry runs two titles together (`w41-h-bilagor`); V4 a cover
field run with a spelt-out validity label `Gäller från och med:` (`w41-h-valnamnd`: no
statement); A2 a title's indefinite `Gemensamt kommunalförbund …`, whose `förbundet` stays
`förbund` (`w41-h-farja`). Offsets computed.
Run: python corpus/make_w41_h.py corpus/dev"""

import sys

from records import FAR, FORV, FTV, HAR, ORG, POL, SKA, TJP, records_for, write_part
from records import statement as st

rec = records_for("w41-h", conditions_from_statements=True)


KS, KF = "kommunstyrelse", "kommunfullmäktige"

D = "w41-h-regler"
REGLER_TITLE = "Regler för nämnderna i Ekby kommun"
REGLER_TEXT = f"""{REGLER_TITLE}
{REGLER_TITLE} 1 Dessa regler gäller från den 1 mars 2030. Inledning Kommunallagen kräver \
reglementen för nämnderna. Fullmäktige ska därför anta dem. Kommunstyrelsen \
Kommunstyrelsen leder arbetet med planeringen och ansvarar för ekonomin.
"""
REGLER_ACTORS = [("nämnderna", "nämnd", POL), ("Ekby kommun", "ekby kommun", ORG)]
REGLER_2 = "Kommunallagen kräver reglementen för nämnderna. Fullmäktige ska därför anta dem."
REGLER_3 = "Kommunstyrelsen leder arbetet med planeringen och ansvarar för ekonomin."
REGLER = [
    rec("title", REGLER_TITLE, REGLER_ACTORS, doc=D, kind="heading"),
    rec("h0", REGLER_TITLE, REGLER_ACTORS, doc=D, kind="heading"),
    rec("1", "Dessa regler gäller från den 1 mars 2030.",
        verbs=[("gäller", "gälla", "pres", "act")],
        doc=D, parent="h0", label="1"),
    rec("h1", "Inledning", doc=D, kind="heading"),
    rec("p1", REGLER_2, [("nämnderna", "nämnd", POL), ("Fullmäktige", KF, POL)],
        [("kräver", "kräva", "pres", "act"), SKA, ("anta", "anta", "inf", "act")],
        [st(KF, "Fullmäktige", "obligation", "ska", "anta", "anta", "dem")], doc=D, parent="h1"),
    rec("h2", "Kommunstyrelsen", [("Kommunstyrelsen", KS, POL)], doc=D, kind="heading"),
    rec("p2", REGLER_3, [("Kommunstyrelsen", KS, POL)],
        [("leder", "leda", "pres", "act"), ("ansvarar", "ansvara", "pres", "act")],
        [st(KS, "Kommunstyrelsen", "none", None, "leda", "leder", "arbetet med planeringen"),
         st(KS, "Kommunstyrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för ekonomin")], doc=D, parent="h2"),
]

D = "w41-h-beredskap"
BN = "beredskapsnämnd"
BEREDSKAP_TEXT = """Reglemente för beredskapsnämnden i Ekby
Reglementet gäller från den 1 april 2030 och ersätter det tidigare reglementet för nämnden \
i sin helhet. 1 kap. Allmänna bestämmelser Beredskapsnämnden är kommunens nämnd för \
krisberedskap enligt 2 kap. 1 § lagen om extraordinära händelser. 2 kap. Nämndens uppdrag \
Allmänna regler, omfattning Beredskapsnämnden leder arbetet med krisberedskap. Ansvar för \
lokaler Beredskapsnämnden får hyra lokaler för sitt arbete. Arkiv och diarium \
Beredskapsnämnden ska bevara sina handlingar.
"""
BEREDSKAP_1 = ("Beredskapsnämnden är kommunens nämnd för krisberedskap enligt 2 kap. 1 § lagen "
               "om extraordinära händelser.")
BEREDSKAP = [
    rec("title", "Reglemente för beredskapsnämnden i Ekby", [("beredskapsnämnden", BN, POL)],
        doc=D, kind="heading"),
    rec("p0", "Reglementet gäller från den 1 april 2030 och ersätter det tidigare reglementet "
        "för nämnden i sin helhet.", [("nämnden", "nämnd", POL)],
        [("gäller", "gälla", "pres", "act"), ("ersätter", "ersätta", "pres", "act")], doc=D),
    rec("k1", "kap.", doc=D, label="1"),
    rec("h1", "Allmänna bestämmelser", doc=D, kind="heading"),
    rec("p1", BEREDSKAP_1, [("Beredskapsnämnden", BN, POL), ("kommunens", "kommun", ORG)],
        [("är", "vara", "pres", "act")],
        [st(BN, "Beredskapsnämnden", "none", None, "vara", "är",
            "kommunens nämnd för krisberedskap enligt 2 kap. 1 § lagen om extraordinära "
            "händelser")], doc=D, parent="h1"),
    rec("k2", "kap.", doc=D, label="2"),
    rec("h2", "Nämndens uppdrag", [("Nämndens", "nämnd", POL)], doc=D, kind="heading"),
    rec("h3", "Allmänna regler, omfattning", doc=D, kind="heading"),
    rec("p2", "Beredskapsnämnden leder arbetet med krisberedskap.",
        [("Beredskapsnämnden", BN, POL)], [("leder", "leda", "pres", "act")],
        [st(BN, "Beredskapsnämnden", "none", None, "leda", "leder",
            "arbetet med krisberedskap")], doc=D, parent="h3"),
    rec("h4", "Ansvar för lokaler", doc=D, kind="heading"),
    rec("p3", "Beredskapsnämnden får hyra lokaler för sitt arbete.",
        [("Beredskapsnämnden", BN, POL)], [FAR, ("hyra", "hyra", "inf", "act")],
        [st(BN, "Beredskapsnämnden", "permission", "får", "hyra", "hyra",
            "lokaler för sitt arbete")], doc=D, parent="h4"),
    rec("h5", "Arkiv och diarium", doc=D, kind="heading"),
    rec("p4", "Beredskapsnämnden ska bevara sina handlingar.", [("Beredskapsnämnden", BN, POL)],
        [SKA, ("bevara", "bevara", "inf", "act")],
        [st(BN, "Beredskapsnämnden", "obligation", "ska", "bevara", "bevara",
            "sina handlingar")], doc=D, parent="h5"),
]

D = "w41-h-tillsyn"  # S1a negative: no heading sign in the body line, one paragraph
MN = "miljönämnd"
TILLSYN_BODY = ("Miljönämnden tar ut avgift för tillsyn av foderhantering enligt denna taxa och "
                "enligt lagen. Timavgift Avgiften för varje timme handläggningstid är niohundra "
                "kronor. Nedsättning Miljönämnden kan sätta ned avgiften om det finns särskilda "
                "skäl.")
TILLSYN_TEXT = f"Taxa för tillsyn enligt lagen om foder\n{TILLSYN_BODY}\n"
TILLSYN = [
    rec("title", "Taxa för tillsyn enligt lagen om foder", doc=D, kind="heading"),
    rec("1", TILLSYN_BODY, [("Miljönämnden", MN, POL), ("Miljönämnden", MN, POL, 1)],
        [("tar", "ta", "pres", "act"), ("är", "vara", "pres", "act"),
         ("kan", "kunna", "pres", "act"), ("sätta", "sätta", "inf", "act"),
         ("finns", "finnas", "pres", "act")],
        [st(MN, "Miljönämnden", "none", None, "ta", "tar",
            "ut avgift för tillsyn av foderhantering enligt denna taxa och enligt lagen"),
         st(MN, "Miljönämnden", "permission", "kan", "sätta", "sätta", "ned avgiften",
            condition="om det finns särskilda skäl")], doc=D),
]

D = "w41-h-fullmakt"
FULLMAKT_0 = ("Arbetsordningen gäller från den 1 januari 2031 och ersätter den tidigare "
              "arbetsordningen från år 2019. Fullmäktige ska anta den inom sex månader efter "
              "valet.")
FULLMAKT_H1 = "Roller bland fullmäktige, utskotten och nämnder"
FULLMAKT_TEXT = f"""Arbetsordning för fullmäktige i Västerby
{FULLMAKT_0} {FULLMAKT_H1} Kommunfullmäktige Endast fullmäktige får fastställa skattesatsen. \
Nämnderna Varje nämnd ansvarar för sin verksamhet.
"""
FULLMAKT = [
    rec("title", "Arbetsordning för fullmäktige i Västerby", [("fullmäktige", KF, POL)],
        doc=D, kind="heading"),
    rec("p0", FULLMAKT_0, [("Fullmäktige", KF, POL)],
        [("gäller", "gälla", "pres", "act"), ("ersätter", "ersätta", "pres", "act"), SKA,
         ("anta", "anta", "inf", "act")],
        [st(KF, "Fullmäktige", "obligation", "ska", "anta", "anta", "den",
            condition="inom sex månader efter valet")], doc=D),
    rec("h1", FULLMAKT_H1, [("fullmäktige", KF, POL), ("utskotten", "utskott", POL),
                            ("nämnder", "nämnd", POL)], doc=D, kind="heading"),
    rec("h2", "Kommunfullmäktige", [("Kommunfullmäktige", KF, POL)], doc=D, kind="heading"),
    rec("p1", "Endast fullmäktige får fastställa skattesatsen.", [("fullmäktige", KF, POL)],
        [FAR, ("fastställa", "fastställa", "inf", "act")],
        [st(KF, "fullmäktige", "permission", "får", "fastställa", "fastställa",
            "skattesatsen")], doc=D, parent="h2"),
    rec("h3", "Nämnderna", [("Nämnderna", "nämnd", POL)], doc=D, kind="heading"),
    rec("p2", "Varje nämnd ansvarar för sin verksamhet.", [("nämnd", "nämnd", POL)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st("nämnd", "nämnd", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för sin verksamhet")], doc=D, parent="h3"),
]

D = "w41-h-kansli"
KANSLI_0 = ("Kommunstyrelsen beslutar att inrätta en gemensam e-tjänst för bygglov. "
            "Beslutet gäller från den 1 maj.")
KANSLI_1 = ("Norrby kommun och Åby kommun har föreslagit en gemensam e-tjänst. Bakgrunden till "
            "förslaget är att båda kommunerna har svårt att rekrytera handläggare.")
KANSLI_TEXT = f"Gemensam e-tjänst för Norrby och Åby\n{KANSLI_0} Bakgrund {KANSLI_1}\n"
NK, AK = "norrby kommun", "åby kommun"
KANSLI = [
    rec("title", "Gemensam e-tjänst för Norrby och Åby", doc=D, kind="heading"),
    rec("p0", KANSLI_0, [("Kommunstyrelsen", KS, POL)],
        [("beslutar", "besluta", "pres", "act"), ("inrätta", "inrätta", "inf", "act"),
         ("gäller", "gälla", "pres", "act")],
        [st(KS, "Kommunstyrelsen", "none", None, "besluta", "beslutar",
            "att inrätta en gemensam e-tjänst för bygglov")], doc=D),
    rec("h1", "Bakgrund", doc=D, kind="heading"),
    rec("p1", KANSLI_1, [("Norrby kommun", NK, ORG), ("Åby kommun", AK, ORG),
                         ("kommunerna", "kommun", ORG), ("handläggare", "handläggare", TJP)],
        [HAR, ("föreslagit", "föreslå", "sup", "act"), ("är", "vara", "pres", "act"),
         ("har", "ha", "pres", "act", 1), ("rekrytera", "rekrytera", "inf", "act")],
        [st(NK, "Norrby kommun", "none", None, "föreslå", "föreslagit", "en gemensam e-tjänst"),
         st(AK, "Åby kommun", "none", None, "föreslå", "föreslagit",
            "en gemensam e-tjänst")], doc=D, parent="h1"),
]

D = "w41-h-sommar"
SOMMAR_0 = ("Kommunstyrelsen fördelar varje år medel till sommarlovsaktiviteter för barn och "
            "unga. Bidraget har funnits sedan 2020.")
SOMMAR_1 = ("Kulturnämnden samt fritidsnämnden har begärt medel för aktiviteter under sommaren. "
            "Ärendet bereds av kommunledningskontoret inför kommunstyrelsens sammanträde.")
SOMMAR_TEXT = f"Medel till sommarlovsaktiviteter\n{SOMMAR_0} Ärendet {SOMMAR_1}\n"
KUN, FRN = "kulturnämnd", "fritidsnämnd"
SOMMAR = [
    rec("title", "Medel till sommarlovsaktiviteter", doc=D, kind="heading"),
    rec("p0", SOMMAR_0, [("Kommunstyrelsen", KS, POL)],
        [("fördelar", "fördela", "pres", "act"), HAR, ("funnits", "finnas", "sup", "act")],
        [st(KS, "Kommunstyrelsen", "none", None, "fördela", "fördelar",
            "medel till sommarlovsaktiviteter för barn och unga", condition="varje år")], doc=D),
    rec("h1", "Ärendet", doc=D, kind="heading"),
    rec("p1", SOMMAR_1, [("Kulturnämnden", KUN, POL), ("fritidsnämnden", FRN, POL),
                         ("kommunledningskontoret", "kommunledningskontor", FORV),
                         ("kommunstyrelsens", KS, POL)],
        [HAR, ("begärt", "begära", "sup", "act"), ("bereds", "bereda", "pres", "pass")],
        [st(KUN, "Kulturnämnden", "none", None, "begära", "begärt",
            "medel för aktiviteter under sommaren"),
         st(FRN, "fritidsnämnden", "none", None, "begära", "begärt",
            "medel för aktiviteter under sommaren"),
         st("kommunledningskontor", "kommunledningskontoret", "none", None, "bereda", "bereds",
            "Ärendet", passive=True,
            condition="inför kommunstyrelsens sammanträde")], doc=D, parent="h1"),
]

D = "w41-h-personal"
PERSONAL_TEXT = """Reglemente för fritidsnämnden i Åby
Ansvar
Fritidsnämnden ansvarar för kommunens idrottsanläggningar och friluftsområden.
Personuppgifter Fritidsnämnden ansvarar för behandlingen av personuppgifter i sin verksamhet.
Personuppgifter behandlas enligt dataskyddsförordningen.
"""
PERSONAL = [
    rec("title", "Reglemente för fritidsnämnden i Åby", [("fritidsnämnden", FRN, POL)], doc=D,
        kind="heading"),
    rec("h1", "Ansvar", doc=D, kind="heading"),
    rec("1", "Fritidsnämnden ansvarar för kommunens idrottsanläggningar och friluftsområden.",
        [("Fritidsnämnden", FRN, POL), ("kommunens", "kommun", ORG)],
        [("ansvarar", "ansvara", "pres", "act")],
        [st(FRN, "Fritidsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för kommunens idrottsanläggningar och friluftsområden")], doc=D,
        parent="h1"),
    rec("h2", "Personuppgifter", doc=D, kind="heading"),
    rec("2", "Fritidsnämnden ansvarar för behandlingen av personuppgifter i sin verksamhet.",
        [("Fritidsnämnden", FRN, POL)], [("ansvarar", "ansvara", "pres", "act")],
        [st(FRN, "Fritidsnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för behandlingen av personuppgifter i sin verksamhet")], doc=D,
        parent="h2"),
    rec("3", "Personuppgifter behandlas enligt dataskyddsförordningen.",
        verbs=[("behandlas", "behandla", "pres", "pass")], doc=D, parent="h2"),
]

D = "w41-h-simhall"
SIMHALL_1 = ("Fritidsnämnden föreslår att en ny simhall byggs vid idrottsplatsen. "
             "Kommunstyrelsen ska besluta i frågan under våren.")
SIMHALL_TEXT = f"""REGION EKBY
Regionstyrelsens förslag 2030:12
Ny simhall i Ekby Föredragande regionråd: Anna Berg Ärendet {SIMHALL_1}
"""
SIMHALL = [
    rec("title", "REGION EKBY", [("REGION EKBY", "region ekby", ORG)], doc=D, kind="heading"),
    rec("h1", "Regionstyrelsens förslag 2030:12", [("Regionstyrelsens", "regionstyrelse", POL)],
        doc=D, kind="heading"),
    rec("h2", "Ny simhall i Ekby", doc=D, kind="heading"),
    rec("m1", "Föredragande regionråd: Anna Berg",
        [("regionråd", "regionråd", FTV)], doc=D),
    rec("h3", "Ärendet", doc=D, kind="heading"),
    rec("p1", SIMHALL_1, [("Fritidsnämnden", FRN, POL), ("Kommunstyrelsen", KS, POL)],
        [("föreslår", "föreslå", "pres", "act"), ("byggs", "bygga", "pres", "pass"), SKA,
         ("besluta", "besluta", "inf", "act")],
        [st(FRN, "Fritidsnämnden", "none", None, "föreslå", "föreslår",
            "att en ny simhall byggs vid idrottsplatsen"),
         st(KS, "Kommunstyrelsen", "obligation", "ska", "besluta", "besluta", "i frågan",
            condition="under våren")], doc=D, parent="h3"),
]

D = "w41-h-bilagor"
BILAGOR_0 = ("Kommunstyrelsen föreslår därför att kommunfullmäktige godkänner avtalet om "
             "kollektivtrafik med Länstrafiken i Ekby län för perioden 2031 till 2035. "
             "Förvaltningen har påbörjat arbetet")
BILAGOR_3 = "Miljönämndens förvaltnings yttrande Kommundirektörens yttrande"
BILAGOR_TEXT = f"""Upphandling av kollektivtrafik
{BILAGOR_0} Bilagor 1 Avtal 2 Budget 3 {BILAGOR_3}
"""
BILAGOR = [
    rec("title", "Upphandling av kollektivtrafik", doc=D, kind="heading"),
    rec("p0", BILAGOR_0, [("Kommunstyrelsen", KS, POL), ("kommunfullmäktige", KF, POL),
                          ("Länstrafiken i Ekby län", "länstrafiken i ekby län", ORG),
                          ("Förvaltningen", "förvaltning", FORV)],
        [("föreslår", "föreslå", "pres", "act"), ("godkänner", "godkänna", "pres", "act"),
         HAR, ("påbörjat", "påbörja", "sup", "act")],
        [st(KS, "Kommunstyrelsen", "none", None, "föreslå", "föreslår",
            "att kommunfullmäktige godkänner avtalet om kollektivtrafik med Länstrafiken i "
            "Ekby län för perioden 2031 till 2035"),
         st("förvaltning", "Förvaltningen", "none", None, "påbörja", "påbörjat",
            "arbetet")], doc=D),
    rec("h1", "Bilagor", doc=D, kind="heading"),
    rec("b1", "Avtal", doc=D, kind="heading", label="1"),
    rec("b2", "Budget", doc=D, kind="heading", label="2"),
    rec("b3", BILAGOR_3, [("Miljönämndens", MN, POL),
                          ("förvaltnings", "förvaltning", FORV),
                          ("Kommundirektörens", "kommundirektör", TJP)],
        doc=D, kind="heading", label="3"),
]

D = "w41-h-valnamnd"  # V4: a spelt-out validity label `Gäller från och med:` in a cover run
VN = "valnämnd"
VALNAMND_TITLE = "Reglemente för valnämnden i Norrvik"
VALNAMND_FIELDS = ("FÖRFATTNINGSSAMLING Utgivare: Kanslienheten Gäller från och med: 1 maj 2029 "
                   "Antagen: 2029-03-02 § 12")
VALNAMND_1 = ("Utöver vallagen gäller för nämnden även detta reglemente. "
              "Valnämnden ansvarar för valen och för folkomröstningar i kommunen.")
VALNAMND_TEXT = f"{VALNAMND_TITLE}\n{VALNAMND_FIELDS} {VALNAMND_TITLE} {VALNAMND_1}\n"
VALNAMND = [
    rec("title", VALNAMND_TITLE, [("valnämnden", VN, POL)], doc=D, kind="heading"),
    rec("m1", VALNAMND_FIELDS,
        [("Kanslienheten", "kanslienhet", FORV)],
        [("Antagen", "anta", "part", "pass")], doc=D),
    rec("h1", VALNAMND_TITLE, [("valnämnden", VN, POL)], doc=D, kind="heading"),
    rec("1", VALNAMND_1, [("nämnden", "nämnd", POL), ("Valnämnden", VN, POL)],
        [("gäller", "gälla", "pres", "act"),
         ("ansvarar", "ansvara", "pres", "act")],
        [st(VN, "Valnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för valen och för folkomröstningar i kommunen")], doc=D, parent="h1"),
]

D = "w41-h-farja"  # A2: an indefinite title phrase `Gemensamt kommunalförbund …` names none
FARJA_TITLE = "Gemensamt kommunalförbund för färjetrafik i Ekby skärgård"
FARJA_1 = "Två kommuner i skärgården bildar ett kommunalförbund för färjetrafiken mellan öarna."
FARJA_2 = "Förbundet ska ha en direktion. Förbundets direktion består av sju ledamöter."
FARJA_TEXT = f"{FARJA_TITLE}\n\n{FARJA_1}\n\n{FARJA_2}\n"
KFB = "kommunalförbund"
FARJA = [
    rec("title", FARJA_TITLE, [("kommunalförbund", KFB, ORG)], doc=D, kind="heading"),
    rec("1", FARJA_1, [("kommuner", "kommun", ORG), ("kommunalförbund", KFB, ORG)],
        [("bildar", "bilda", "pres", "act")],
        [st("kommun", "kommuner", "none", None, "bilda", "bildar",
            "ett kommunalförbund för färjetrafiken mellan öarna")], doc=D),
    rec("2", FARJA_2, [("Förbundet", "förbund", ORG), ("direktion", "direktion", POL),
                       ("Förbundets", "förbund", ORG), ("direktion", "direktion", POL, 1),
                       ("ledamöter", "ledamot", FTV)],
        [SKA, ("ha", "ha", "inf", "act"), ("består", "bestå", "pres", "act")],
        [st("förbund", "Förbundet", "obligation", "ska", "ha", "ha", "en direktion"),
         st("direktion", "direktion", "none", None, "bestå", "består", "av sju ledamöter")], doc=D),
]

DOCUMENTS = {"w41-h-regler": (REGLER_TEXT, REGLER),
             "w41-h-beredskap": (BEREDSKAP_TEXT, BEREDSKAP),
             "w41-h-tillsyn": (TILLSYN_TEXT, TILLSYN),
             "w41-h-fullmakt": (FULLMAKT_TEXT, FULLMAKT),
             "w41-h-kansli": (KANSLI_TEXT, KANSLI), "w41-h-sommar": (SOMMAR_TEXT, SOMMAR),
             "w41-h-personal": (PERSONAL_TEXT, PERSONAL),
             "w41-h-simhall": (SIMHALL_TEXT, SIMHALL), "w41-h-bilagor": (BILAGOR_TEXT, BILAGOR),
             "w41-h-valnamnd": (VALNAMND_TEXT, VALNAMND), "w41-h-farja": (FARJA_TEXT, FARJA)}


if __name__ == "__main__":
    write_part(sys.argv[1], "w41-h", DOCUMENTS)
