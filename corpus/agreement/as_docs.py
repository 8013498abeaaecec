"""The hand annotation of part as (second annotator), one function per document.

Spans are written as strings in text order; ``rec`` finds each one word-bounded at or after the
previous span (a CONDITION span leaves the cursor at its own start, so the spans inside it are found
inside it), so no occurrence indexes are needed. build.py checks each clause against the source
and writes the JSONL. Run from the repository root:

    python corpus/agreement/as_docs.py && python corpus/check.py corpus/agreement/as/*.jsonl

Decisions on hard cases: corpus/agreement/README.md, section "Part as".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from as_lexicon import CAT  # noqa: E402
from build import AGREEMENT, S, write  # noqa: E402


def A(t: str, canonical: str) -> tuple:  # noqa: N802
    return ("ACTOR", t, {"canonical": canonical})


def V(t: str, lemma: str, tense: str, voice: str = "act") -> tuple:  # noqa: N802
    return ("VERB", t, {"lemma": lemma, "tense": tense, "voice": voice})


def C(t: str) -> tuple:  # noqa: N802
    return ("CONDITION", t, {})


def rec(doc: str, cid: str, kind: str, text: str, spans: list, stmts: list | None = None,
        parent: str | None = None, label: str = "") -> dict[str, Any]:
    out = []
    cursor = 0
    for label_, t, extra in spans:
        m = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)").search(text, cursor)
        if m is None:
            raise ValueError(f"{doc} {cid}: {t!r} not found after {cursor}")
        start = m.start()
        span = {"start": start, "end": start + len(t), "text": t, "label": label_, **extra}
        assert text[span["start"]:span["end"]] == t
        if label_ == "ACTOR":
            cat, role = CAT[extra["canonical"]]
            span["category"] = cat
            if role:
                span["role"] = role
        out.append(span)
        cursor = start if label_ == "CONDITION" else start + len(t)
    out.sort(key=lambda s: (s["start"], s["label"] != "CONDITION"))
    for st in stmts or []:
        if st["object_text"] is not None:
            assert st["object_text"] in text, (cid, st["object_text"])
        if st["condition_text"] is not None:
            assert st["condition_text"] in text, (cid, st["condition_text"])
    return {"text": text, "meta": {"doc_id": doc, "clause_id": cid, "parent_id": parent,
                                   "kind": kind, "label": label},
            "spans": out, "statements": stmts or []}


# ---------------------------------------------------------------------------------------------
def vara() -> list:
    d = "vara-kommun-bildningsnamndens-reglemente"
    BN = "bildningsnämnd"
    t1 = ("Enligt kommunallagen (2017:725) kapitel 6 § 44 ska kommunfullmäktige anta reglementen "
          "för sina nämnders verksamhet och arbetsformer. Ett reglemente beskriver det kommunala "
          "ansvar som kommunfullmäktige överlämnat till nämnden. Reglementet beskriver även hur "
          "nämnden ska organiseras och hur dess arbetsformer ska se ut. Reglementet kompletterar "
          "det som föreskrivs om nämnder i kommunallagen.")
    c1 = "Enligt kommunallagen (2017:725) kapitel 6 § 44"
    t11 = ("Bildningsnämnden ansvarar dels för den kommunala barnomsorg- och skolverksamheten, "
           "vilket innefattar både kommunens frivilliga uppgifter samt kommunens uppgifter inom "
           "området som styrs av skollag och annan författning.")
    t12 = ("Bildningsnämnden ansvarar även för den kommunala kultur- och fritidsverksamhet, vilket "
           "innefattar både kommunens frivilliga uppgifter samt kommunens uppgifter inom området "
           "som styrs av bibliotekslag, skollag och annan författning.")
    t13 = ("Bildningsnämnden ska se till att verksamheten bedrivs i enlighet med gällande lagar, "
           "förordningar och föreskrifter, med fullmäktiges mål och riktlinjer samt med "
           "bestämmelser i detta reglemente.")
    c13 = ("i enlighet med gällande lagar, förordningar och föreskrifter, med fullmäktiges mål och "
           "riktlinjer samt med bestämmelser i detta reglemente")
    t14 = ("Inom sitt verksamhetsområde ska bildningsnämnden besluta om organisation av "
           "verksamheten och i frågor som rör förvaltningen. Bildningsnämnden ansvarar för att "
           "dess organisation är tydlig och ändamålsenlig och att dess verksamhet sköts på ett "
           "från ekonomisk synpunkt tillfredsställande sätt, att räkenskaperna är rättvisande och "
           "att dess interna kontroll är tillräcklig.")
    o14 = ("att dess organisation är tydlig och ändamålsenlig och att dess verksamhet sköts på ett "
           "från ekonomisk synpunkt tillfredsställande sätt, att räkenskaperna är rättvisande och "
           "att dess interna kontroll är tillräcklig")
    resp = ("responsibility", "ansvarar för", "ansvara", "ansvarar")
    return [
        rec(d, "title", "heading", "Bildningsnämndens reglemente", [A("Bildningsnämndens", BN)]),
        rec(d, "m1", "paragraph", "Gäller från och med 7 juni 2022", []),
        rec(d, "h1", "heading", "Inledning", []),
        rec(d, "1", "paragraph", t1,
            [C(c1), V("ska", "skola", "pres"), A("kommunfullmäktige", "kommunfullmäktige"),
             V("anta", "anta", "inf"), A("nämnders", "nämnd"), V("beskriver", "beskriva", "pres"),
             A("kommunfullmäktige", "kommunfullmäktige"), V("överlämnat", "överlämna", "sup"),
             A("nämnden", "nämnd"), V("beskriver", "beskriva", "pres"), A("nämnden", "nämnd"),
             V("ska", "skola", "pres"), V("organiseras", "organisera", "inf", "pass"),
             V("ska", "skola", "pres"), V("se", "se", "inf"),
             V("kompletterar", "komplettera", "pres"),
             V("föreskrivs", "föreskriva", "pres", "pass"),
             A("nämnder", "nämnd")],
            [S("kommunfullmäktige", "kommunfullmäktige", "obligation", "ska", "anta", "anta",
               "reglementen för sina nämnders verksamhet och arbetsformer", cond=c1)]),
        rec(d, "h2", "heading", "Verksamhet", []),
        rec(d, "h3", "heading", "Ansvar", []),
        rec(d, "§1", "paragraph", t11,
            [A("Bildningsnämnden", BN), V("ansvarar", "ansvara", "pres"),
             V("innefattar", "innefatta", "pres"), A("kommunens", "kommun"),
             A("kommunens", "kommun"), V("styrs", "styra", "pres", "pass")],
            [S(BN, "Bildningsnämnden", *resp, "den kommunala barnomsorg- och skolverksamheten")],
            label="1 §"),
        rec(d, "§1.1", "paragraph", t12,
            [A("Bildningsnämnden", BN), V("ansvarar", "ansvara", "pres"),
             V("innefattar", "innefatta", "pres"), A("kommunens", "kommun"),
             A("kommunens", "kommun"), V("styrs", "styra", "pres", "pass")],
            [S(BN, "Bildningsnämnden", *resp, "den kommunala kultur- och fritidsverksamhet")],
            parent="§1"),
        rec(d, "§1.2", "paragraph", t13,
            [A("Bildningsnämnden", BN), V("ska", "skola", "pres"), V("se", "se", "inf"),
             V("bedrivs", "bedriva", "pres", "pass"), C(c13),
             A("fullmäktiges", "kommunfullmäktige")],
            [S(BN, "Bildningsnämnden", "obligation", "ska se till att", "se", "se",
               "att verksamheten bedrivs " + c13)], parent="§1"),
        rec(d, "§1.3", "paragraph", t14,
            [V("ska", "skola", "pres"), A("bildningsnämnden", BN), V("besluta", "besluta", "inf"),
             V("rör", "röra", "pres"), A("förvaltningen", "förvaltning"),
             A("Bildningsnämnden", BN), V("ansvarar", "ansvara", "pres"), V("är", "vara", "pres"),
             V("sköts", "sköta", "pres", "pass"), V("är", "vara", "pres"),
             V("är", "vara", "pres")],
            [S(BN, "bildningsnämnden", "obligation", "ska", "besluta", "besluta",
               "om organisation av verksamheten och i frågor som rör förvaltningen"),
             S(BN, "Bildningsnämnden", *resp, o14)], parent="§1"),
    ]


# ---------------------------------------------------------------------------------------------
def skara() -> list:
    d = "skara-kommun-reglemente-barn-och-utbildningsnamnden"
    BU = "barn- och utbildningsnämnd"
    t2 = ("Detta är ett styrdokument. Texten på sidan är en kopia av originalhandlingen. Vissa "
          "redaktionella ändringar kan ha gjorts och dekorativa bilder kan ha tagits bort. "
          "Kontakta skara.kommun@skara.se om du vill ta del av originalhandlingen.")
    items2 = [
        ("det offentliga skolväsendet i kommunen; det centrala uppdraget för nämnden inom detta "
         "område är undervisning, men också övriga uppgifter som enligt skollagen ligger inom det "
         "bredare begreppet utbildning",
         [A("nämnden", "nämnd"), V("är", "vara", "pres"), C("enligt skollagen"),
          V("ligger", "ligga", "pres")],
         "det offentliga skolväsendet i kommunen"),
        ("pedagogisk omsorg som erbjuds i stället för förskola eller fritidshem",
         [V("erbjuds", "erbjuda", "pres", "pass")], None),
        ("öppen förskola och barnomsorg under tid då förskola och fritidshem inte erbjuds",
         [V("erbjuds", "erbjuda", "pres", "pass")], None),
        ("kommunens aktivitetsansvar, för ungdomar mellan 16 och 20 år, som inte genomför studier, "
         "har gymnasieexamen eller gymnasiesärskolebevis",
         [A("kommunens", "kommun"), A("ungdomar", "ungdom"), V("genomför", "genomföra", "pres"),
          V("har", "ha", "pres")], None),
        ("kommunens musikskola", [A("kommunens", "kommun")], None),
        ("öppen fritidsverksamhet.", [], "öppen fritidsverksamhet"),
    ]
    recs = [
        rec(d, "title", "heading", "Reglemente för barn- och utbildningsnämnden",
            [A("barn- och utbildningsnämnden", BU)]),
        rec(d, "m1", "paragraph", "Beslutande instans: Kommunfullmäktige Beslutsdatum: 2021-10-25 "
            "Dokumentansvarig: Chefsjurist Diarienummer: KS 2021/366",
            [A("Kommunfullmäktige", "kommunfullmäktige"), A("Chefsjurist", "chefsjurist")]),
        rec(d, "1", "paragraph", t2,
            [V("är", "vara", "pres"), V("är", "vara", "pres"), V("kan", "kunna", "pres"),
             V("ha", "ha", "inf"), V("gjorts", "göra", "sup", "pass"), V("kan", "kunna", "pres"),
             V("ha", "ha", "inf"), V("tagits", "ta", "sup", "pass"),
             V("Kontakta", "kontakta", "imp"), C("om du vill ta del av originalhandlingen"),
             V("vill", "vilja", "pres"), V("ta", "ta", "inf")]),
        rec(d, "2", "paragraph", "Utöver det som föreskrivs om nämnder i kommunallagen gäller "
            "bestämmelserna i detta reglemente.",
            [V("föreskrivs", "föreskriva", "pres", "pass"), A("nämnder", "nämnd"),
             V("gäller", "gälla", "pres")]),
        rec(d, "h1", "heading", "Barn- och utbildningsnämndens övergripande uppgifter",
            [A("Barn- och utbildningsnämndens", BU)]),
        rec(d, "h2", "heading", "Grunduppdrag", []),
        rec(d, "§1", "paragraph", "Barn- och utbildningsnämndens grunduppdrag är att",
            [A("Barn- och utbildningsnämndens", BU), V("är", "vara", "pres")], label="§ 1"),
        rec(d, "§1.a", "list_item", "barn och elever ska inhämta och utveckla kunskaper och "
            "värden utifrån sina olika behov",
            [A("barn", "barn"), A("elever", "elev"), V("ska", "skola", "pres"),
             V("inhämta", "inhämta", "inf"), V("utveckla", "utveckla", "inf")],
            parent="§1", label="-"),
        rec(d, "§1.b", "list_item", "främja utveckling och lärande samt en livslång lust att lära.",
            [V("främja", "främja", "inf"), V("lära", "lära", "inf")], parent="§1", label="-"),
        rec(d, "§1.c", "list_item", "förmedla och förankra respekt för de mänskliga "
            "rättigheterna och de grundläggande demokratiska värderingar som det svenska samhället "
            "vilar på.",
            [V("förmedla", "förmedla", "inf"), V("förankra", "förankra", "inf"),
             V("vilar", "vila", "pres")], parent="§1", label="-"),
        rec(d, "§1.d", "list_item", "samarbeta med hemmen och främja barns och elevers allsidiga "
            "personliga utveckling",
            [V("samarbeta", "samarbeta", "inf"), V("främja", "främja", "inf"), A("barns", "barn"),
             A("elevers", "elev")], parent="§1", label="-"),
        rec(d, "h3", "heading", "Verksamhetsområde", []),
        rec(d, "§2", "paragraph", "Barn- och utbildningsnämnden ansvarar för",
            [A("Barn- och utbildningsnämnden", BU), V("ansvarar", "ansvara", "pres")],
            label="§ 2"),
    ]
    for i, (text, spans, obj) in enumerate(items2):
        recs.append(rec(d, f"§2.{'abcdef'[i]}", "list_item", text, spans,
                        [S(BU, "Barn- och utbildningsnämnden", "responsibility", "ansvarar för",
                           "ansvara", "ansvarar", obj or text)], parent="§2", label="•"))
    o21 = "nämndens verksamhet"
    recs += [
        rec(d, "§2.1", "paragraph", "Barn- och utbildningsnämnden ska leda och samordna nämndens "
            "verksamhet.",
            [A("Barn- och utbildningsnämnden", BU), V("ska", "skola", "pres"),
             V("leda", "leda", "inf"), V("samordna", "samordna", "inf"), A("nämndens", "nämnd")],
            [S(BU, "Barn- och utbildningsnämnden", "obligation", "ska", v, v, o21)
             for v in ("leda", "samordna")], parent="§2"),
        rec(d, "h4", "heading", "Barn- och utbildningsnämndens övriga verksamheter",
            [A("Barn- och utbildningsnämndens", BU)]),
        rec(d, "h5", "heading", "Ekonomisk förvaltning", []),
        rec(d, "§3", "paragraph", "Nämnden ska underhålla och förvalta den lösa egendomen inom "
            "nämndens förvaltningsområde.",
            [A("Nämnden", "nämnd"), V("ska", "skola", "pres"), V("underhålla", "underhålla", "inf"),
             V("förvalta", "förvalta", "inf"), A("nämndens", "nämnd")],
            [S("nämnd", "Nämnden", "obligation", "ska", v, v,
               "den lösa egendomen inom nämndens förvaltningsområde")
             for v in ("underhålla", "förvalta")], label="§ 3"),
    ]
    return recs


# ---------------------------------------------------------------------------------------------
def tanum() -> list:
    d = "tanums-kommun-reglemente-miljo-och-byggnadsnamnden-1998"
    MB = "miljö- och byggnadsnämnd"
    TK = "tanums kommun"
    t1 = ("Gällande reglemente för miljö- och räddningsnämnden (antaget av kommunfullmäktige den "
          "19 december 1994, § 180) och byggnadsnämnden (antaget av kommunfullmäktige den 16 "
          "december 1991, § 172) upphör att gälla.")
    la = ("uppmärksamt följa den allmänna utvecklingen och ta de initiativ som behövs i miljö- och "
          "hälsoskyddsfrågor samt i fråga om planläggning, byggande och fastighetsbildning,")
    lb = ("samarbeta med myndigheter, organisationer och enskilda vars verksamhet berör nämndens "
          "verksamhet,")
    lc = "lämna allmänheten råd och upplysningar i frågor som rör nämndens verksamhet."
    c12 = "i enlighet med plan- och bygglagen"
    c13 = "i enlighet med vad som framgår av bland annat"
    t15 = ("Vad avser naturvårdsfrågor är miljö- och byggnadsnämnden den kommunala nämnd som "
           "ansvarar för planering, utförande och uppföljning av kalkningsverksamhet för att "
           "motverka försurning samt sådan allmän naturvård som naturvårdsplanering, "
           "naturvärdering eller frågor som rör växt- och djurarters fortlevnad.")
    N = ("nämnd", "Nämnden", "obligation", "ska")
    recs = [
        rec(d, "title", "heading", "Reglemente för miljö- och byggnadsnämnden i Tanums kommun",
            [A("miljö- och byggnadsnämnden", MB), A("Tanums kommun", TK)]),
        rec(d, "m1", "paragraph", "Antaget av kommunfullmäktige den 14 december 1998, § 124.",
            [A("kommunfullmäktige", "kommunfullmäktige")]),
        rec(d, "1", "paragraph", t1,
            [A("miljö- och räddningsnämnden", "miljö- och räddningsnämnd"),
             A("kommunfullmäktige", "kommunfullmäktige"), A("byggnadsnämnden", "byggnadsnämnd"),
             A("kommunfullmäktige", "kommunfullmäktige"), V("upphör", "upphöra", "pres"),
             V("gälla", "gälla", "inf")]),
        rec(d, "h1", "heading", "Miljö- och byggnadsnämndens verksamhetsområde",
            [A("Miljö- och byggnadsnämndens", MB)]),
        rec(d, "h2", "heading", "Verksamhet", []),
        rec(d, "§1", "paragraph", "Miljö- och byggnadsnämnden fullgör kommunens uppgifter inom "
            "miljö- och hälsoskyddsområdet samt plan- och byggnadsväsendet.",
            [A("Miljö- och byggnadsnämnden", MB), V("fullgör", "fullgöra", "pres"),
             A("kommunens", TK)],
            [S(MB, "Miljö- och byggnadsnämnden", "none", None, "fullgöra", "fullgör",
               "kommunens uppgifter inom miljö- och hälsoskyddsområdet samt plan- och "
               "byggnadsväsendet")], label="1 §"),
        rec(d, "§1.1", "paragraph", "Nämnden ska särskilt",
            [A("Nämnden", "nämnd"), V("ska", "skola", "pres")], parent="§1"),
        rec(d, "§1.1.a", "list_item", la,
            [V("följa", "följa", "inf"), V("ta", "ta", "inf"),
             V("behövs", "behöva", "pres", "pass")],
            [S(*N, "följa", "följa", "den allmänna utvecklingen"),
             S(*N, "ta", "ta", "de initiativ som behövs i miljö- och hälsoskyddsfrågor samt i "
               "fråga om planläggning, byggande och fastighetsbildning")],
            parent="§1.1", label="•"),
        rec(d, "§1.1.b", "list_item", lb,
            [V("samarbeta", "samarbeta", "inf"), A("myndigheter", "myndighet"),
             A("organisationer", "organisation"), A("enskilda", "enskild"),
             V("berör", "beröra", "pres"), A("nämndens", "nämnd")],
            [S(*N, "samarbeta", "samarbeta", "med myndigheter, organisationer och enskilda vars "
               "verksamhet berör nämndens verksamhet")], parent="§1.1", label="•"),
        rec(d, "§1.1.c", "list_item", lc,
            [V("lämna", "lämna", "inf"), A("allmänheten", "allmänhet"), V("rör", "röra", "pres"),
             A("nämndens", "nämnd")],
            [S(*N, "lämna", "lämna", "allmänheten råd och upplysningar i frågor som rör nämndens "
               "verksamhet")], parent="§1.1", label="•"),
        rec(d, "§1.2", "paragraph", "Miljö- och byggnadsnämnden skall i enlighet med plan- och "
            "bygglagen fullgöra kommunens uppgifter avseende",
            [A("Miljö- och byggnadsnämnden", MB), V("skall", "skola", "pres"), C(c12),
             V("fullgöra", "fullgöra", "inf"), A("kommunens", TK)], parent="§1"),
    ]
    for cid, text in (("§1.2.a", "handläggning och prövning av lovärenden samt tillsyn och "
                       "besiktning av byggnadsarbeten,"),
                      ("§1.2.b", "fysisk planering förutom översiktlig planering av användningen "
                       "av mark och vatten.")):
        recs.append(rec(d, cid, "list_item", text, [],
                        [S(MB, "Miljö- och byggnadsnämnden", "obligation", "skall", "fullgöra",
                           "fullgöra", text.rstrip(",."))],
                        parent="§1.2", label="•"))
    recs.append(rec(d, "§1.3", "paragraph", "Miljö- och byggnadsnämnden ska i enlighet med vad "
                    "som framgår av bland annat",
                    [A("Miljö- och byggnadsnämnden", MB), V("ska", "skola", "pres"), C(c13),
                     V("framgår", "framgå", "pres")], parent="§1"))
    for i, law in enumerate(("miljöbalken och förordningar till miljöbalken",
                             "livsmedelslagstiftningen", "smittskyddslagstiftningen",
                             "djurskyddslagstiftningen", "strålskyddslagstiftningen")):
        recs.append(rec(d, f"§1.3.{'abcde'[i]}", "list_item", law, [], parent="§1.3", label="•"))
    tail = "utöva den tillsyn samt företa den prövning som genom lag åvilar kommunen."
    recs += [
        # the sentence goes on after the law list: its verbs complete the lead-in §1.3
        rec(d, "§1.3.f", "list_item", tail,
            [V("utöva", "utöva", "inf"), V("företa", "företa", "inf"),
             V("åvilar", "åvila", "pres"), A("kommunen", TK)],
            [S(MB, "Miljö- och byggnadsnämnden", "obligation", "ska", "utöva", "utöva",
               "den tillsyn", cond=None),
             S(MB, "Miljö- och byggnadsnämnden", "obligation", "ska", "företa", "företa",
               "den prövning som genom lag åvilar kommunen", cond=None)],
            parent="§1.3", label=""),
        rec(d, "§1.4", "paragraph", t15,
            [V("avser", "avse", "pres"), V("är", "vara", "pres"),
             A("miljö- och byggnadsnämnden", MB), V("ansvarar", "ansvara", "pres"),
             V("motverka", "motverka", "inf"), V("rör", "röra", "pres")],
            [S(MB, "miljö- och byggnadsnämnden", "none", None, "vara", "är",
               t15[t15.index("den kommunala nämnd"):-1])], parent="§1"),
    ]
    return recs


# ---------------------------------------------------------------------------------------------
def gotene() -> list:
    d = "gotene-kommun-attest-och-utanordningsreglemente"
    tb = ("Kommunens nämnder ansvarar för den interna kontrollen och tillser därmed att "
          "bestämmelserna i detta reglemente iakttas och att tillämpliga attestmoment utförs.")
    tc = ("Attestarbetet ska utformas så att den interna kontrollen inom nämnden är tillräcklig. "
          "Varje nämnd anger innebörd och omfattning av attestanternas ansvar.")
    return [
        rec(d, "title", "heading", "Attest- och utanordningsreglemente", []),
        rec(d, "a", "list_item", "Detta reglemente gäller för kommunens externa och interna "
            "transaktioner. Särskilt dokument finns för riktlinjer för hantering av privata medel.",
            [V("gäller", "gälla", "pres"), A("kommunens", "kommun"),
             V("finns", "finnas", "pres")], label="•"),
        rec(d, "b", "list_item", tb,
            [A("Kommunens", "kommun"), A("nämnder", "nämnd"), V("ansvarar", "ansvara", "pres"),
             V("tillser", "tillse", "pres"), V("iakttas", "iaktta", "pres", "pass"),
             V("utförs", "utföra", "pres", "pass")],
            [S("nämnd", "nämnder", "responsibility", "ansvarar för", "ansvara", "ansvarar",
               "den interna kontrollen"),
             S("nämnd", "nämnder", "none", None, "tillse", "tillser",
               "att bestämmelserna i detta reglemente iakttas och att tillämpliga attestmoment "
               "utförs")], label="•"),
        rec(d, "c", "list_item", tc,
            [V("ska", "skola", "pres"), V("utformas", "utforma", "inf", "pass"),
             A("nämnden", "nämnd"), V("är", "vara", "pres"), A("nämnd", "nämnd"),
             V("anger", "ange", "pres"), A("attestanternas", "attestant")],
            [S(None, None, "obligation", "ska", "utforma", "utformas", "Attestarbetet", pas=True),
             S("nämnd", "nämnd", "none", None, "ange", "anger",
               "innebörd och omfattning av attestanternas ansvar")], label="•"),
        rec(d, "1", "paragraph", "Kommunstyrelsen har den 2 oktober 2019, § 188 antagit reglemente "
            "för attest och utanordningsreglemente.",
            [A("Kommunstyrelsen", "kommunstyrelse"), V("har", "ha", "pres"),
             V("antagit", "anta", "sup")],
            [S("kommunstyrelse", "Kommunstyrelsen", "none", None, "anta", "antagit",
               "reglemente för attest och utanordningsreglemente")]),
        rec(d, "2", "paragraph", "Läs reglementet här (nytt fönster)PDF (pdf, 314.8 kB)",
            [V("Läs", "läsa", "imp")]),
        rec(d, "3", "paragraph", "Du behöver Adobe Acrobat Reader för att öppna PDF-dokument. Du "
            "kan ladda ner programmet Acrobat Reader gratis (nytt fönster)länk till annan "
            "webbplats, öppnas i nytt fönster",
            [V("behöver", "behöva", "pres"), V("öppna", "öppna", "inf"), V("kan", "kunna", "pres"),
             V("ladda", "ladda", "inf"), V("öppnas", "öppna", "pres", "pass")]),
        rec(d, "h1", "heading", "Relaterade sidor", []),
        rec(d, "h2", "heading", "Var det här informationen du sökte?",
            [V("Var", "vara", "past"), V("sökte", "söka", "past")]),
        rec(d, "4", "paragraph", "För att vi ska kunna hjälpa dig hitta rätt behöver vi kunna "
            "kontakta dig. Hur vill du bli kontaktad?",
            [V("ska", "skola", "pres"), V("kunna", "kunna", "inf"), V("hjälpa", "hjälpa", "inf"),
             V("hitta", "hitta", "inf"), V("behöver", "behöva", "pres"), V("kunna", "kunna", "inf"),
             V("kontakta", "kontakta", "inf"), V("vill", "vilja", "pres"), V("bli", "bli", "inf")]),
        rec(d, "5", "paragraph", "Tack för att du hjälper oss!", [V("hjälper", "hjälpa", "pres")]),
    ]


# ---------------------------------------------------------------------------------------------
def bjurholm() -> list:
    d = "bjurholms-kommun-valberedning"
    VB = "valberedning"
    t1 = ("Valberedningen utses av kommunfullmäktige. Valberedningen ska lägga fram förslag i alla "
          "valärenden som kommunfullmäktige ska behandla med undantag av valen av "
          "kommunfullmäktiges presidium och valberedning. Valberedningen bestämmer själv sina "
          "arbetsformer.")
    o1 = ("förslag i alla valärenden som kommunfullmäktige ska behandla med undantag av valen av "
          "kommunfullmäktiges presidium och valberedning")
    return [
        rec(d, "title", "heading", "Valberedning", [A("Valberedning", VB)]),
        rec(d, "1", "paragraph", t1,
            [A("Valberedningen", VB), V("utses", "utse", "pres", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige"), A("Valberedningen", VB),
             V("ska", "skola", "pres"), V("lägga", "lägga", "inf"),
             A("kommunfullmäktige", "kommunfullmäktige"), V("ska", "skola", "pres"),
             V("behandla", "behandla", "inf"),
             A("kommunfullmäktiges presidium", "kommunfullmäktiges presidium"),
             A("valberedning", VB), A("Valberedningen", VB), V("bestämmer", "bestämma", "pres")],
            [S("kommunfullmäktige", "kommunfullmäktige", "none", None, "utse", "utses",
               "Valberedningen", pas=True),
             S(VB, "Valberedningen", "obligation", "ska", "lägga", "lägga", o1),
             S(VB, "Valberedningen", "none", None, "bestämma", "bestämmer", "sina arbetsformer")]),
    ]


# ---------------------------------------------------------------------------------------------
def lund() -> list:
    d = "lunds-kommun-ledamoters-initiativratt"
    KF = "kommunfullmäktige"
    KK = "kommunkontor"
    t1 = ("Varje ledamot har rätt att väcka ett ärende, framföra en synpunkt eller ställa en fråga "
          "på ett politiskt möte. Här förklarar vi de olika begreppen och vad som gäller.")
    t2 = ("En motion får väckas av en eller flera ledamöter genom att den lämnas till "
          "kommunkontoret eller genom att den lämnas till ordföranden under "
          "fullmäktigesammanträde. Tjänstgörande ersättare kan endast lämna in en motion under "
          "ett fullmäktigesammanträde direkt till ordföranden eller sekreteraren.")
    t3 = ("Motionen ska vara skriftlig och motionärens/motionärernas namn ska framgå. En motion "
          "får inte ta upp flera ämnen av olika slag.")
    t4 = ("Kommunstyrelsen ska två gånger varje år redovisa de motioner som inte har beretts "
          "färdigt. Redovisningen ska göras på fullmäktiges ordinarie sammanträden i april och "
          "oktober.")
    t5 = ("Din motion kommer registreras, beredas och därefter lyftas för beslut till "
          "kommunfullmäktige.")
    t6 = ("Vill du inte använda e-tjänsten går det bra att lämna in din skriftliga motion till "
          "kommunkontoret.")
    t7 = ("En interpellation ska vara skriftlig och framställas av en ledamot. Den ska lämnas till "
          "kommunkontoret senast klockan 09.00 torsdagen två veckor före det "
          "fullmäktigesammanträde vid vilket ledamoten avser att ställa den. Lämnas "
          "interpellationen senare än denna tidpunkt framläggs den för fullmäktiges medgivande "
          "vid därpå följande sammanträde.")
    t8 = ("Kommunkontoret ska utan dröjsmål överlämna inkommen interpellation till den person till "
          "vilken interpellationen är ställd, liksom till fullmäktiges presidium för kännedom.")
    t9 = ("Interpellation får ställas till ordförande i styrelsen eller nämnd, ordföranden i "
          "fullmäktigeberedning och förtroendevald som anges i 4 kap. 2 § kommunallagen.")
    c7 = "Lämnas interpellationen senare än denna tidpunkt"
    return [
        rec(d, "title", "heading", "Länk till startsidan", []),
        rec(d, "h1", "heading", "Ledamöters initiativrätt – motion, interpellation, fråga samt "
            "nämndinitiativ", [A("Ledamöters", "ledamot")]),
        rec(d, "1", "paragraph", t1,
            [A("ledamot", "ledamot"), V("har", "ha", "pres"), V("väcka", "väcka", "inf"),
             V("framföra", "framföra", "inf"), V("ställa", "ställa", "inf"),
             V("förklarar", "förklara", "pres"), V("gäller", "gälla", "pres")],
            [S("ledamot", "ledamot", "permission", "har rätt att", v, v, o)
             for v, o in (("väcka", "ett ärende"), ("framföra", "en synpunkt"),
                          ("ställa", "en fråga på ett politiskt möte"))]),
        rec(d, "h2", "heading", "Motioner", []),
        rec(d, "2", "paragraph", t2,
            [V("får", "få", "pres"), V("väckas", "väcka", "inf", "pass"),
             A("ledamöter", "ledamot"), V("lämnas", "lämna", "pres", "pass"),
             A("kommunkontoret", KK), V("lämnas", "lämna", "pres", "pass"),
             A("ordföranden", "ordförande"), A("ersättare", "ersättare"),
             V("kan", "kunna", "pres"), V("lämna", "lämna", "inf"),
             A("ordföranden", "ordförande"), A("sekreteraren", "sekreterare")],
            [S("ledamot", "ledamöter", "permission", "får", "väcka", "väckas", "En motion",
               pas=True),
             S("ersättare", "ersättare", "permission", "kan", "lämna", "lämna",
               "en motion under ett fullmäktigesammanträde direkt till ordföranden eller "
               "sekreteraren")]),
        rec(d, "3", "paragraph", t3,
            [V("ska", "skola", "pres"), V("vara", "vara", "inf"), A("motionärens", "motionär"),
             A("motionärernas", "motionär"), V("ska", "skola", "pres"),
             V("framgå", "framgå", "inf"), V("får", "få", "pres"), V("ta", "ta", "inf")]),
        rec(d, "4", "paragraph", t4,
            [A("Kommunstyrelsen", "kommunstyrelse"), V("ska", "skola", "pres"),
             V("redovisa", "redovisa", "inf"), V("har", "ha", "pres"),
             V("beretts", "bereda", "sup", "pass"), V("ska", "skola", "pres"),
             V("göras", "göra", "inf", "pass"), A("fullmäktiges", KF)],
            [S("kommunstyrelse", "Kommunstyrelsen", "obligation", "ska", "redovisa", "redovisa",
               "de motioner som inte har beretts färdigt"),
             S(None, None, "obligation", "ska", "göra", "göras", "Redovisningen", pas=True)]),
        rec(d, "h3", "heading", "Lämna motion digitalt", [V("Lämna", "lämna", "imp")]),
        rec(d, "5", "paragraph", t5,
            [V("kommer", "komma", "pres"), V("registreras", "registrera", "inf", "pass"),
             V("beredas", "bereda", "inf", "pass"), V("lyftas", "lyfta", "inf", "pass"),
             A("kommunfullmäktige", KF)]),
        rec(d, "6", "paragraph", t6,
            [C("Vill du inte använda e-tjänsten"), V("Vill", "vilja", "pres"),
             V("använda", "använda", "inf"), V("går", "gå", "pres"), V("lämna", "lämna", "inf"),
             A("kommunkontoret", KK)]),
        rec(d, "h4", "heading", "Interpellationer", []),
        rec(d, "7", "paragraph", t7,
            [V("ska", "skola", "pres"), V("vara", "vara", "inf"),
             V("framställas", "framställa", "inf", "pass"), A("ledamot", "ledamot"),
             V("ska", "skola", "pres"), V("lämnas", "lämna", "inf", "pass"),
             A("kommunkontoret", KK), A("ledamoten", "ledamot"), V("avser", "avse", "pres"),
             V("ställa", "ställa", "inf"), C(c7), V("Lämnas", "lämna", "pres", "pass"),
             V("framläggs", "framlägga", "pres", "pass"), A("fullmäktiges", KF)],
            [S("ledamot", "ledamot", "obligation", "ska", "framställa", "framställas",
               "En interpellation", pas=True),
             S(None, None, "obligation", "ska", "lämna", "lämnas", "Den", pas=True)]),
        rec(d, "8", "paragraph", t8,
            [A("Kommunkontoret", KK), V("ska", "skola", "pres"), V("överlämna", "överlämna", "inf"),
             A("person", "person"), V("är", "vara", "pres"),
             A("fullmäktiges presidium", "kommunfullmäktiges presidium")],
            [S(KK, "Kommunkontoret", "obligation", "ska", "överlämna", "överlämna",
               "inkommen interpellation till den person till vilken interpellationen är ställd, "
               "liksom till fullmäktiges presidium för kännedom")]),
        rec(d, "9", "paragraph", t9,
            [V("får", "få", "pres"), V("ställas", "ställa", "inf", "pass"),
             A("ordförande", "styrelsens ordförande"), A("styrelsen", "styrelse"),
             A("nämnd", "nämnd"), A("ordföranden", "fullmäktigeberedningens ordförande"),
             A("fullmäktigeberedning", "fullmäktigeberedning"),
             A("förtroendevald", "förtroendevald"), V("anges", "ange", "pres", "pass")],
            [S(None, None, "permission", "får", "ställa", "ställas", "Interpellation",
               pas=True)]),
    ]


# ---------------------------------------------------------------------------------------------
def berg() -> list:
    d = "bergs-kommun-revisorernas-uppdrag"
    KR = "revision"
    KF = "kommunfullmäktige"
    t1 = ("Den kommunala revisionen är ett lokalt demokratiskt kontrollinstrument med uppdrag att "
          "granska den verksamhet som bedrivs i kommunen, och därigenom också främja och bidra "
          "till kommunens utveckling.")
    t2 = ("Revisorerna är valda av kommunfullmäktige och arbetar på fullmäktiges uppdrag. För att "
          "garantera deras opolitiska position kan revisorerna inte väljas till styrelser och "
          "nämnder. Revisorerna granskar självständigt och även om de är medlemmar i politiska "
          "partier är de partipolitiskt obundna i sitt arbete som revisorer.")
    t3 = ("Exempelvis granskar revisorerna alltid om resultatet i delårsrapporten och "
          "årsbokslutet överensstämmer med de mål kommunfullmäktige beslutat om.")
    t4 = ("En årlig revisionsberättelse lämnas av revisionen till kommunfullmäktige där "
          "revisorerna lämnar en samlad bedömning. Revisorerna ska i revisionsberättelsen "
          "tillstyrka att ansvarsfrihet beviljas, alternativt välja att rikta anmärkning eller "
          "avstyrka att ansvarsfrihet beviljas för styrelser och nämnder samt enskilda ledamöter. "
          "Detta utgör ett underlag för fullmäktiges beslut om att bevilja eller vägra "
          "ansvarsfrihet. Om revisorerna har riktat anmärkning ska fullmäktige ta ställning till "
          "om anmärkning också ska framställas från fullmäktige. En anmärkning från revisorerna "
          "kvarstår dock alltid oavsett fullmäktiges beslut.")
    c4 = "Om revisorerna har riktat anmärkning"
    t5 = ("Även de kommunala bolagen granskas utifrån ett likartat synsätt genom utsedda "
          "lekmannarevisorer. Revision enligt aktiebolagslagen sker dock av auktoriserade "
          "revisorer.")
    t6 = ("Revisionens arbete genomförs på kommunfullmäktiges uppdrag och ska bland annat utgå "
          "från revisionsreglemente, kommunallagen och andra tillämpbara författningar samt God "
          "revisionssed inom kommunal verksamhet. Enligt kommunallagen ska de förtroendevalda "
          "revisorerna biträdas av sakkunnigt biträde. I vår kommun är det KPMG som biträder "
          "revisorerna.")
    return [
        rec(d, "title", "heading", "Mer om revisorernas uppdrag", [A("revisorernas", "revisor")]),
        rec(d, "1", "paragraph", t1,
            [A("revisionen", KR), V("är", "vara", "pres"),
             V("granska", "granska", "inf"), V("bedrivs", "bedriva", "pres", "pass"),
             V("främja", "främja", "inf"), V("bidra", "bidra", "inf"), A("kommunens", "kommun")],
            [S(KR, "revisionen", "none", None, "vara", "är",
               t1[t1.index("ett lokalt"):-1])]),
        rec(d, "2", "paragraph", t2,
            [A("Revisorerna", "revisor"), V("är", "vara", "pres"), A("kommunfullmäktige", KF),
             V("arbetar", "arbeta", "pres"), A("fullmäktiges", KF),
             V("garantera", "garantera", "inf"), V("kan", "kunna", "pres"),
             A("revisorerna", "revisor"), V("väljas", "välja", "inf", "pass"),
             A("styrelser", "styrelse"), A("nämnder", "nämnd"), A("Revisorerna", "revisor"),
             V("granskar", "granska", "pres"), V("är", "vara", "pres"),
             A("partier", "parti"), V("är", "vara", "pres")],
            [S("revisor", "Revisorerna", "none", None, "vara", "är",
               "valda av kommunfullmäktige"),
             S("revisor", "Revisorerna", "none", None, "arbeta", "arbetar",
               "på fullmäktiges uppdrag"),
             S("revisor", "revisorerna", "prohibition", "kan inte", "välja", "väljas",
               "till styrelser och nämnder", neg=True, pas=True),
             S("revisor", "Revisorerna", "none", None, "granska", "granskar", None)]),
        rec(d, "3", "paragraph", t3,
            [V("granskar", "granska", "pres"), A("revisorerna", "revisor"),
             V("överensstämmer", "överensstämma", "pres"), A("kommunfullmäktige", KF),
             V("beslutat", "besluta", "sup")],
            [S("revisor", "revisorerna", "none", None, "granska", "granskar",
               t3[t3.index("om resultatet"):-1])]),
        rec(d, "4", "paragraph", t4,
            [V("lämnas", "lämna", "pres", "pass"), A("revisionen", KR), A("kommunfullmäktige", KF),
             A("revisorerna", "revisor"), V("lämnar", "lämna", "pres"),
             A("Revisorerna", "revisor"), V("ska", "skola", "pres"),
             V("tillstyrka", "tillstyrka", "inf"), V("beviljas", "bevilja", "pres", "pass"),
             V("välja", "välja", "inf"), V("rikta", "rikta", "inf"),
             V("avstyrka", "avstyrka", "inf"), V("beviljas", "bevilja", "pres", "pass"),
             A("styrelser", "styrelse"), A("nämnder", "nämnd"), A("ledamöter", "ledamot"),
             V("utgör", "utgöra", "pres"), A("fullmäktiges", KF), V("bevilja", "bevilja", "inf"),
             V("vägra", "vägra", "inf"), C(c4), A("revisorerna", "revisor"),
             V("har", "ha", "pres"), V("riktat", "rikta", "sup"), V("ska", "skola", "pres"),
             A("fullmäktige", KF), V("ta", "ta", "inf"), V("ska", "skola", "pres"),
             V("framställas", "framställa", "inf", "pass"), A("fullmäktige", KF),
             A("revisorerna", "revisor"), V("kvarstår", "kvarstå", "pres"),
             A("fullmäktiges", KF)],
            [S(KR, "revisionen", "none", None, "lämna", "lämnas", "En årlig revisionsberättelse",
               pas=True),
             S("revisor", "Revisorerna", "obligation", "ska", "tillstyrka", "tillstyrka",
               "att ansvarsfrihet beviljas"),
             S("revisor", "Revisorerna", "obligation", "ska", "välja", "välja",
               "att rikta anmärkning eller avstyrka att ansvarsfrihet beviljas för styrelser och "
               "nämnder samt enskilda ledamöter"),
             S(KF, "fullmäktige", "obligation", "ska", "ta", "ta",
               "ställning till om anmärkning också ska framställas från fullmäktige", cond=c4)]),
        rec(d, "5", "paragraph", t5,
            [A("bolagen", "bolag"), V("granskas", "granska", "pres", "pass"),
             C("utifrån ett likartat synsätt"), A("lekmannarevisorer", "lekmannarevisor"),
             C("enligt aktiebolagslagen"), V("sker", "ske", "pres"), A("revisorer", "revisor")],
            [S("bolag", "bolagen", "none", None, "granska", "granskas", None,
               cond="utifrån ett likartat synsätt", pas=True)]),
        rec(d, "h1", "heading", "Regelverk för revisorerna", [A("revisorerna", "revisor")]),
        rec(d, "6", "paragraph", t6,
            [A("Revisionens", KR), V("genomförs", "genomföra", "pres", "pass"),
             A("kommunfullmäktiges", KF), V("ska", "skola", "pres"), V("utgå", "utgå", "inf"),
             C("Enligt kommunallagen"), V("ska", "skola", "pres"), A("revisorerna", "revisor"),
             V("biträdas", "biträda", "inf", "pass"),
             A("biträde", "biträde"), V("är", "vara", "pres"),
             A("KPMG", "kpmg"), V("biträder", "biträda", "pres"), A("revisorerna", "revisor")],
            [S("biträde", "biträde", "obligation", "ska", "biträda",
               "biträdas", "de förtroendevalda revisorerna", cond="Enligt kommunallagen",
               pas=True),
             S("kpmg", "KPMG", "none", None, "biträda", "biträder", "revisorerna")]),
    ]


DOCS = {"vara-kommun-bildningsnamndens-reglemente": vara,
        "skara-kommun-reglemente-barn-och-utbildningsnamnden": skara,
        "tanums-kommun-reglemente-miljo-och-byggnadsnamnden-1998": tanum,
        "gotene-kommun-attest-och-utanordningsreglemente": gotene,
        "bjurholms-kommun-valberedning": bjurholm,
        "lunds-kommun-ledamoters-initiativratt": lund,
        "bergs-kommun-revisorernas-uppdrag": berg}


if __name__ == "__main__":
    for doc, make in DOCS.items():
        write(AGREEMENT / "as", doc, make())
