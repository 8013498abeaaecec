"""The hand annotation of part ax (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause;
-1 for a span inside a word the text layer glued, §2.2); build.py turns them into offsets.
Long clause texts are cut from the normalised source between two markers (``cut``), so that
every clause text is the source's. Decisions on hard cases: corpus/agreement/README.md,
section "Part ax". Run from the repository root:

    python corpus/agreement/ax_docs.py && python corpus/check.py corpus/agreement/ax/*.jsonl
"""

from __future__ import annotations

import build
from ax_lexicon import MEMBERS
from build import A, C, S, V, rec

NV = "norrvatten"
LU = "lunds universitet"
HV = "kungl. och hvitfeldtska stipendieinrättningen"
KM = "kungl. maj:t"
SF = "stiftelse"
SK = "stockholms kristliga ynglingaförenings stipendiefond"
SKY = "stockholms kristliga ynglingaförening"
HF = "halmstads fastighets ab"
HN = "halmstad fastighetsaktiebolag"  # the naming clause of § 1 (§2.3 naming clause)
ST = "styrelse"


def cut(doc: str, a: str, b: str, after: str = "") -> str:
    """The normalised source from marker a (after marker `after`) through marker b."""
    src = build.norm((build.SRC / f"{doc}.txt").read_text(encoding="utf-8"))
    i = src.index(a, src.index(after) if after else 0)
    return src[i:src.index(b, i) + len(b)]


def viewer(d: str, download: str, spans: list) -> list:
    """The document viewer's boilerplate lines (web text: one clause a line, §1.2)."""
    return [rec(d, "m1", "paragraph", "Storlek: px", []),
            rec(d, "m2", "paragraph", "Starta visningen från sidan:", []),
            rec(d, "m3", "paragraph", download, spans),
            rec(d, "h1", "heading", "Transkript", [])]


def norrvatten() -> list:
    d = "kommunalforbundet-norrvatten-forbundsordning"
    kf = [A("kommunalförbundet", NV), A("Norrvatten", NV),
          A("Förbundsfullmäktige", "förbundsfullmäktige")]
    p2 = cut(d, "1 Ändamål och medlemmar", "med fullmäktige. 1")
    p3 = cut(d, "4 Fullmäktige Val", "till medl")
    names = ["Danderyd", "Järfälla", "Sigtuna", "Sollentuna", "Solna", "Sundbyberg", "Täby",
             "Upplands-Bro", "Upplands Väsby", "Knivsta", "Vallentuna", "Vaxholm", "Österåker",
             "Norrtäljes kommuner"]
    muni = [A(n, m) for n, m in zip(names, MEMBERS, strict=True)]
    cond1 = "enligt bestämmelserna i kommunallagen (1991:900)"
    cond2 = "i enlighet med denna förbundsordning"
    o_anl = ("vattenreningsverk, pumpstationer, ledningsnät, vattenreservoarer och andra för "
             "verksamheten erforderliga anordningar")
    return [
        rec(d, "title", "heading", "Förbundsordning för kommunalförbundet Norrvatten. Antagen av "
            "Förbundsfullmäktige Ikraftträdande", kf),
        *viewer(d, cut(d, "Download", "2009-05-05\""), kf),
        rec(d, "1", "paragraph", "Förbundsordning för kommunalförbundet Norrvatten Antagen av "
            "Förbundsfullmäktige Ikraftträdande", kf, label="1"),
        rec(d, "2", "paragraph", p2,
            [*muni, V("är", "vara", "pres"), C(cond1), V("förse", "förse", "inf"),
             A("förbundsmedlemmarna", "förbundsmedlem"), V("äger", "äga", "pres"),
             A("förbundet", NV), C(cond2), V("förvärva", "förvärva", "inf"),
             V("anlägga", "anlägga", "inf"), V("underhålla", "underhålla", "inf"),
             V("driva", "driva", "inf"), V("leverera", "leverera", "inf"),
             A("Förbundet", NV), V("benämnes", "benämna", "pres", "pass"),
             V("har", "ha", "pres"), A("förbundets", NV),
             V("ska", "skola", "pres"), V("ske", "ske", "inf"),
             A("Sundbybergs kommuns", "sundbybergs kommun"),
             V("ska", "skola", "pres", occ=1), V("vara", "vara", "inf")],
            [*[S(m, n, "none", None, "vara", "är",
                 "sammanslutna till ett kommunalförbund för obestämd tid", cond1)
               for n, m in zip(names, MEMBERS, strict=True)],
             *[S(NV, "förbundet", "permission", "äger", v, v, o_anl, cond2)
               for v in ("förvärva", "anlägga", "underhålla", "driva")],
             S(NV, "förbundet", "permission", "äger", "leverera", "leverera",
               "dricksvatten och därmed förenliga tjänster", cond2),
             S(NV, "Förbundet", "none", None, "benämna", "benämnes",
               "Kommunalförbundet Norrvatten", pas=True),
             S(NV, "Förbundet", "none", None, "ha", "har", "sitt säte i Sundbyberg")],
            label="2"),
        rec(d, "3", "paragraph", p3,
            [A("Fullmäktige", "fullmäktige"), A("förbundsfullmäktige", "förbundsfullmäktige"),
             V("ska", "skola", "pres"), V("äga", "äga", "inf"), V("ska", "skola", "pres", occ=1),
             V("förrättas", "förrätta", "inf", "pass"), A("fullmäktige", "fullmäktige"),
             A("medlemskommun", "medlemskommun"), A("Förbundsmedlem", "förbundsmedlem"),
             A("förbundets", NV), V("understiger", "understiga", "pres"),
             V("utser", "utse", "pres"), A("ledamöter", "ledamot"),
             A("förbundsfullmäktige", "förbundsfullmäktige", 1), A("Medlem", "medlem"),
             V("är", "vara", "pres"), V("utser", "utse", "pres", occ=1),
             A("ledamöter", "ledamot", 1), A("Medlem", "medlem", 1),
             V("är", "vara", "pres", occ=1), V("utser", "utse", "pres", occ=2),
             A("ledamöter", "ledamot", 2), V("utser", "utse", "pres", occ=3),
             A("förbundsmedlem", "förbundsmedlem"), A("ledamot", "ledamot"),
             A("förbundet", NV)],
            [S("fullmäktige", "fullmäktige", "obligation", "ska", "förrätta", "förrättas",
               "Val till förbundsfullmäktige", pas=True),
             S("förbundsmedlem", "Förbundsmedlem", "none", None, "utse", "utser",
               "två ledamöter i förbundsfullmäktige"),
             S("medlem", "Medlem", "none", None, "utse", "utser", "tre ledamöter"),
             S("medlem", "Medlem", "none", None, "utse", "utser", "fyra ledamöter"),
             S("förbundsmedlem", "förbundsmedlem", "none", None, "utse", "utser",
               "en ledamot för varje uppnådd mängd av 2 miljoner m 3 av förbundet till medl")],
            label="3"),
    ]


def lund() -> list:
    d = "lunds-universitet-foreskrifter-beslutsbefogenheter"
    title = ("Föreskrifter om fördelning av beslutsbefogenheter och rätt att teckna avtal vid "
             "Lunds universitet")
    tl = [V("teckna", "teckna", "inf"), A("Lunds universitet", LU)]
    c1 = cut(d, "FÖRESKRIFTER Dnr", "Fastställda av rektor")
    p1 = cut(d, "Med stöd av", "anställda och studenter.")
    p11 = cut(d, "De beslutsbefogenheter som", "får återkallas.")
    p21 = cut(d, "Fördelningen av beslutsbefogenheter", "till dessa föreskrifter.")
    cs = "Med stöd av 2 kap. 5 högskolelagen (1992:1434)"
    o_avs = ("för avsikt att samla alla delegationer från universitetsgemensam nivå och hålla "
             "dem tillgängliga för anställda och studenter")
    c_om = "om det föreligger särskilda skäl"
    return [
        rec(d, "title", "heading", title, tl),
        *viewer(d, cut(d, "Download", "Lunds universitet\""), tl),
        rec(d, "c1", "heading", c1,
            [A("Rektor", "rektor"), *tl, V("underteckna", "underteckna", "inf"),
             A("rektor", "rektor")], label="1"),
        rec(d, "c1.1", "paragraph", p1,
            [C(cs), A("Lunds universitet", LU), A("Lunds universitet", LU, 1),
             V("föreskriver", "föreskriva", "pres"), V("innehåller", "innehålla", "pres"),
             A("universitetet", LU), V("görs", "göra", "pres", "pass"),
             A("Universitetet", LU), V("har", "ha", "pres"), V("samla", "samla", "inf"),
             V("hålla", "hålla", "inf"), A("anställda", "anställd"),
             A("studenter", "student")],
            [S(LU, "Lunds universitet", "none", None, "föreskriva", "föreskriver", "följande",
               cs),
             S(LU, "Universitetet", "none", None, "ha", "har", o_avs)], parent="c1"),
        rec(d, "1", "heading", "Vidaredelegation av beslutsbefogenheter", [], label="1."),
        rec(d, "1.1", "paragraph", p11,
            [V("regleras", "reglera", "pres", "pass"), V("får", "få", "pres"),
             V("delegeras", "delegera", "inf", "pass"), A("universitetet", LU),
             V("får", "få", "pres", occ=1), V("göras", "göra", "inf", "pass"),
             A("arbetstagare", "arbetstagare"), C(c_om),
             V("föreligger", "föreligga", "pres"), V("är", "vara", "pres"),
             A("universitetet", LU, 1),
             C("såvida inte inskränkningar görs i det enskilda fallet"),
             V("görs", "göra", "pres", "pass"),
             A("Fakultetsstyrelsernas", "fakultetsstyrelse"), V("ska", "skola", "pres"),
             V("tillställas", "tillställa", "inf", "pass"), A("rektor", "rektor"),
             V("erhållit", "erhålla", "sup"), V("besluta", "besluta", "inf"),
             V("kan", "kunna", "pres"), C("när det är motiverat"),
             V("är", "vara", "pres", occ=1), V("hänskjuta", "hänskjuta", "inf"),
             V("givit", "ge", "sup"), V("följer", "följa", "pres"),
             V("får", "få", "pres", occ=2), V("återkallas", "återkalla", "inf", "pass")],
            [S(None, None, "permission", "får", "delegera", "delegeras",
               "De beslutsbefogenheter som regleras i dessa föreskrifter", pas=True),
             S(None, None, "permission", "får", "göra", "göras", "Delegationer", c_om,
               pas=True),
             S(None, None, "obligation", "ska", "tillställa", "tillställas",
               "Fakultetsstyrelsernas delegationsordningar (motsv.)", pas=True)],
            parent="1"),
        rec(d, "2", "heading", "Avgränsning", [], label="2."),
        rec(d, "2.1", "paragraph", p21,
            [V("vidaredelegera", "vidaredelegera", "inf"),
             V("innefattar", "innefatta", "pres"), V("underteckna", "underteckna", "inf"),
             V("regleras", "reglera", "pres", "pass")], parent="2"),
        rec(d, "f1", "paragraph", "Postadress box117, Lund Bes", []),
    ]


def karnov() -> list:
    d = "karnov-sfs-2002-558-andring-hogskoleforordningen"
    p1 = cut(d, "Karnov Open är", "tillgång till här.")
    p2 = cut(d, "SFS 2002:558", "av följande lydelse.", after="SFS 2002:558")
    o2 = p2[p2.index("i fråga om"):-1]
    p3 = cut(d, "Styrelsen för en högskola", "också i vi")
    o3 = p3[p3.index("viktigare frågor om verksamhetens"):p3.index("principiell vikt") + 15]
    o1 = "den mer omfattande juridiska informationstjänsten JUNO gratis i 14 dagar"
    return [
        rec(d, "title", "heading", "Karnov Open", []),
        rec(d, "1", "paragraph", p1,
            [V("är", "vara", "pres"), A("Norstedts Juridik", "norstedts juridik"),
             V("finns", "finnas", "pres"), V("kan", "kunna", "pres"),
             A("organisationer", "organisation"), A("företag", "företag"),
             V("prova", "prova", "inf"), V("läs", "läsa", "imp"),
             V("kan", "kunna", "pres", occ=1), V("få", "få", "inf")],
            [S("organisation", "organisationer", "permission", "kan", "prova", "prova", o1),
             S("företag", "företag", "permission", "kan", "prova", "prova", o1)]),
        rec(d, "2", "paragraph", p2,
            [V("Utkom", "utkomma", "past"), A("Regeringen", "regering"),
             V("föreskriver", "föreskriva", "pres", occ=-1), V("skall", "skola", "pres"),
             V("ha", "ha", "inf"), V("skall", "skola", "pres", occ=1),
             V("införas", "införa", "inf", "pass")],
            [S("regering", "Regeringen", "none", None, "föreskriva", "föreskriver", o2)]),
        rec(d, "fn1", "paragraph", "Senaste lydelse 2000:261.", [], label="2 kap. 2 §"),
        rec(d, "§2", "paragraph", p3,
            [A("Styrelsen", ST), A("högskola", "högskola"), V("skall", "skola", "pres"),
             V("besluta", "besluta", "inf", occ=-1), A("högskolans", "högskola"),
             A("Riksrevisionsverkets", "riksrevisionsverket"),
             C("enligt 6 § förordningen (1995:686) om intern revision vid statliga myndigheter"
               " m.fl."),
             V("nämns", "nämna", "pres", "pass"), V("nämns", "nämna", "pres", "pass", occ=1),
             V("är", "vara", "pres"), V("framgår", "framgå", "pres"), A("styrelsen", ST),
             A("högskolan", "högskola"), V("skall", "skola", "pres", occ=1),
             V("besluta", "besluta", "inf")],
            [S(ST, "Styrelsen", "obligation", "skall", "besluta", "besluta", o3)],
            label="2 §"),
    ]


def hvitfeldtska() -> list:
    d = "hvitfeldtska-stipendieinrattningen-instruktion-1918-1080"
    m1 = cut(d, "SFS nr", "1999-12-01")
    p1 = cut(d, "Kungl. och Hvitfeldtska stipendieinrättningen grundar", "gjorda donation.")
    p12 = cut(d, "Stiftelsen har till ändamål", "pedagogisk verksamhet.")
    p2 = cut(d, "Stiftelsen företrädes", "förordnade personer.")
    p22 = cut(d, "I händelse av förfall", "förordnade ställföreträdare.")
    p23 = cut(d, "Vid sammanträde skall", "för tillfället.")
    p24 = cut(d, "Kuratorerna sammanträda", "det fordra.")
    p25 = cut(d, "Såsom kuratorernas beslut", "erfordras,")
    ce = "enligt kungl. breven den 25 oktober och den 26 november 1694"
    o1 = p1[p1.index("dels på"):-1]
    o_ber = p12[p12.index("stipendier åt"):p12.index(", dels ock")]
    mod = "har till ändamål att"
    cn = "när landshövdingen är hindrad att deltaga däri"
    ch = "styrelsens ordförande"  # a bare chair of the stiftelse's board (§2.3 round 14)
    return [
        rec(d, "title", "heading", "Kungl. Maj:ts instruktion (1918:1080) för kungl. och "
            "Hvitfeldtska stipendieinrättningen",
            [A("Kungl. Maj:ts", KM), A("kungl. och Hvitfeldtska stipendieinrättningen", HV)]),
        rec(d, "m1", "paragraph", m1,
            [A("Utbildningsdepartementet", "utbildningsdepartementet"),
             V("har", "ha", "pres"), V("upphävts", "upphäva", "sup", "pass")]),
        rec(d, "h1", "heading", "Stiftelsen och dess ändamål.", [A("Stiftelsen", SF)]),
        rec(d, "§1", "paragraph", p1,
            [A("Kungl. och Hvitfeldtska stipendieinrättningen", HV),
             V("grundar", "grunda", "pres"), A("Konung", "konung"), C(ce)],
            [S(HV, "Kungl. och Hvitfeldtska stipendieinrättningen", "none", None, "grunda",
               "grundar", o1)], label="§ 1."),
        rec(d, "§1.2", "paragraph", p12,
            [A("Stiftelsen", SF), V("har", "ha", "pres"),
             V("omförmäles", "omförmäla", "pres", "pass"), V("bereda", "bereda", "inf"),
             A("lärjungar", "lärjunge"), A("studerande", "studerande"),
             V("lämna", "lämna", "inf")],
            [S(SF, "Stiftelsen", "obligation", mod, "bereda", "bereda", o_ber),
             S(SF, "Stiftelsen", "obligation", mod, "lämna", "lämna",
               "understöd för vetenskaplig och pedagogisk verksamhet")]),
        rec(d, "h2", "heading", "Stiftelsens förvaltning.", [A("Stiftelsens", SF)]),
        rec(d, "§2", "paragraph", p2,
            [A("Stiftelsen", SF), V("företrädes", "företräda", "pres", "pass"),
             A("styrelse", ST), A("kuratorer", "kurator"), A("landshövdingen", "landshövding"),
             A("biskopen", "biskop"), A("borgmästaren", "borgmästare"),
             A("Kungl. Maj:t", KM), A("personer", "person")],
            [S(ST, "styrelse", "none", None, "företräda", "företrädes", "Stiftelsen",
               pas=True)], label="§ 2."),
        rec(d, "§2.2", "paragraph", p22,
            [A("kuratorerna", "kurator"), V("företrädas", "företräda", "pres", "pass"),
             A("landshövdingen", "landshövding"), A("landssekreteraren", "landssekreterare"),
             A("biskopen", "biskop"), A("vice ordföranden", "vice ordförande"),
             A("Göteborgs domkapitel", "göteborgs domkapitel"),
             A("borgmästaren", "borgmästare"), V("förrättar", "förrätta", "pres"),
             A("kuratorerna", "kurator", 1), A("Kungl. Maj:t", KM),
             A("ställföreträdare", "ställföreträdare")],
            [S("landssekreterare", "landssekreteraren", "none", None, "företräda",
               "företrädas", "landshövdingen", pas=True),
             S("vice ordförande", "vice ordföranden", "none", None, "företräda",
               "företrädas", "biskopen", pas=True),
             S("ställföreträdare", "ställföreträdare", "none", None, "företräda",
               "företrädas", "de båda övriga kuratorerna", pas=True)]),
        rec(d, "§2.3", "paragraph", p23,
            [C("Vid sammanträde"), V("skall", "skola", "pres"), C(cn),
             A("landshövdingen", "landshövding"), V("är", "vara", "pres"),
             V("deltaga", "deltaga", "inf"), A("biskopen", "biskop"), V("föra", "föra", "inf"),
             C("Har även biskopen förfall"), V("Har", "ha", "pres"),
             A("biskopen", "biskop", 1), V("utse", "utse", "pres"),
             A("ordförande", "ordförande")],
            [S("biskop", "biskopen", "obligation", "skall", "föra", "föra", "ordet", cn)]),
        rec(d, "§2.4", "paragraph", p24,
            [A("Kuratorerna", "kurator"), V("sammanträda", "sammanträda", "pres"),
             A("ordföranden", ch), V("fordra", "fordra", "pres")],
            [S("kurator", "Kuratorerna", "none", None, "sammanträda", "sammanträda",
               "på kallelse av ordföranden")]),
        rec(d, "§2.5", "paragraph", p25,
            [A("kuratorernas", "kurator"), V("gäller", "gälla", "pres"),
             V("biträdes", "biträda", "pres", "pass"), C("Äro dessa lika delade"),
             V("Äro", "vara", "pres"), V("gäller", "gälla", "pres", occ=1),
             A("ordföranden", ch), V("anslutit", "ansluta", "sup"),
             V("erfordras", "erfordra", "pres", "pass")]),
    ]


def bjorksten() -> list:
    d = "bjorksten-sparrings-stiftelse-stadgar"
    p21 = cut(d, "Stiftelsens ändamål är", "annan rasism.")
    pb1 = cut(d, "Stiftelsens tillgångar skall", "säte är Stockholm.")
    pb2 = cut(d, "Styrelsen sammanträder", "skall hållas.")
    pb4 = cut(d, "Ledamöter utses", "förlängt förordnande")
    p31 = cut(d, "Till främjande av ändamålet", "använda kapitalet.")
    p32 = cut(d, "En ansökan skall", "av beslutade bidrag")
    p41 = cut(d, "Stiftelsens firma", "en ledamot.")
    p91 = cut(d, "Styrelsen kan enhälligt", "dessa stadga")
    firma = "Stiftelsens firma"
    c_om = "om en kontinuitet i bidragsgivningen eller andra skäl så kräver"
    c_vid = "Vid styrelsens sammanträden"
    c_lag = "enligt gällande lag för stiftelser"
    return [
        rec(d, "title", "heading", "Stadgar", []),
        rec(d, "§1", "heading", "Inledning", [], label="§ 1"),
        rec(d, "§1.1", "paragraph", cut(d, "Stiftelsen grundades", "Björkstén, Stockholm."),
            [A("Stiftelsen", SF), V("grundades", "grunda", "past", "pass")],
            [S(SF, "Stiftelsen", "none", None, "grunda", "grundades", None, pas=True)],
            parent="§1"),
        rec(d, "§2", "heading", "Ändamål", [], label="§2"),
        rec(d, "§2.1", "paragraph", p21,
            [A("Stiftelsens", SF), V("är", "vara", "pres"), V("lämna", "lämna", "inf"),
             V("utdela", "utdela", "inf"), V("befrämja", "befrämja", "inf"),
             V("stödja", "stödja", "inf")], parent="§2"),
        rec(d, "§2b", "heading", "Styrelse", [A("Styrelse", ST)], label="§ 2"),
        rec(d, "§2b.1", "paragraph", pb1,
            [A("Stiftelsens", SF), V("skall", "skola", "pres"),
             V("förvaltas", "förvalta", "inf", "pass"), A("styrelse", ST),
             A("ledamöter", "ledamot"), A("Styrelsen", ST), V("utser", "utse", "pres"),
             A("ordförande", "ordförande"), A("Styrelsens", ST), V("är", "vara", "pres")],
            [S(ST, "styrelse", "obligation", "skall", "förvalta", "förvaltas",
               "Stiftelsens tillgångar", pas=True),
             S(ST, "Styrelsen", "none", None, "utse", "utser", "inom sig ordförande")],
            parent="§2b"),
        rec(d, "§2b.2", "paragraph", pb2,
            [A("Styrelsen", ST), V("sammanträder", "sammanträda", "pres"),
             A("ordföranden", "ordförande"), A("ledamöter", "ledamot"),
             V("begär", "begära", "pres"), V("skall", "skola", "pres"),
             V("hållas", "hålla", "inf", "pass")],
            [S(ST, "Styrelsen", "none", None, "sammanträda", "sammanträder",
               pb2[pb2.index("på kallelse"):-1])], parent="§2b"),
        rec(d, "§2b.3", "paragraph", "Vid styrelsens sammanträden skall protokoll föras",
            [C(c_vid), A("styrelsens", ST), V("skall", "skola", "pres"),
             V("föras", "föra", "inf", "pass")],
            [S(None, None, "obligation", "skall", "föra", "föras", "protokoll", c_vid,
               pas=True)], parent="§2b"),
        rec(d, "§2b.4", "paragraph", pb4,
            [A("Ledamöter", "ledamot"), V("utses", "utse", "pres", "pass"),
             V("lever", "leva", "pres"), V("önskar", "önska", "pres"),
             V("utser", "utse", "pres"), A("styrelsen", ST), A("ledamöter", "ledamot"),
             V("skall", "skola", "pres"), V("vara", "vara", "inf")],
            [S(ST, "styrelsen", "none", None, "utse", "utser", "ledamöter")], parent="§2b"),
        rec(d, "§3", "heading", "Utgivande av bidrag", [], label="§ 3"),
        rec(d, "§3.1", "paragraph", p31,
            [V("skall", "skola", "pres"), V("användas", "använda", "inf", "pass"),
             A("Styrelsen", ST), V("äger", "äga", "pres"), C(c_om),
             V("kräver", "kräva", "pres"), V("använda", "använda", "inf")],
            [S(None, None, "obligation", "skall", "använda", "användas", "avkastningen",
               pas=True),
             S(ST, "Styrelsen", "permission", "äger", "använda", "använda", "kapitalet",
               c_om)], parent="§3"),
        rec(d, "§3.2", "paragraph", p32,
            [V("skall", "skola", "pres"), V("vara", "vara", "inf"), A("Styrelsen", ST),
             V("fastställer", "fastställa", "pres")],
            [S(ST, "Styrelsen", "none", None, "fastställa", "fastställer",
               p32[p32.index("villkor för"):])], parent="§3"),
        rec(d, "§4", "heading", "Firmateckning", [], label="§ 4"),
        rec(d, "§4.1", "paragraph", p41,
            [A("Stiftelsens", SF), V("tecknas", "teckna", "pres", "pass"), A("styrelsen", ST),
             A("ordföranden", "ordförande"), A("ledamot", "ledamot")],
            [S(ST, "styrelsen", "none", None, "teckna", "tecknas", firma, pas=True),
             S("ordförande", "ordföranden", "none", None, "teckna", "tecknas", firma,
               pas=True),
             S("ledamot", "ledamot", "none", None, "teckna", "tecknas", firma, pas=True)],
            parent="§4"),
        rec(d, "§5", "heading", "Räkenskapsår", [], label="§ 5"),
        rec(d, "§5.1", "paragraph", "Stiftelsens verksamhetsår skall sammanfalla med kalenderår.",
            [A("Stiftelsens", SF), V("skall", "skola", "pres"),
             V("sammanfalla", "sammanfalla", "inf")], parent="§5"),
        rec(d, "§6", "heading", "Revision", [], label="§ 6"),
        rec(d, "§6.1", "paragraph", "Stiftelsens räkenskaper skall årligen granskas enligt "
            "gällande lag för stiftelser.",
            [A("Stiftelsens", SF), V("skall", "skola", "pres"),
             V("granskas", "granska", "inf", "pass"), C(c_lag)],
            [S(None, None, "obligation", "skall", "granska", "granskas",
               "Stiftelsens räkenskaper", c_lag, pas=True)], parent="§6"),
        rec(d, "§9", "heading", "Stadgeändring", [], label="§ 9"),
        rec(d, "§9.1", "paragraph", p91,
            [A("Styrelsen", ST), V("kan", "kunna", "pres"), V("besluta", "besluta", "inf")],
            [S(ST, "Styrelsen", "permission", "kan", "besluta", "besluta",
               p91[p91.index("av särskilda"):])], parent="§9"),
    ]


def skyf() -> list:
    d = "stiftelsen-skyf-stipendiefond-stadgar"
    name = "STOCKHOLMS KRISTLIGA YNGLINGAFÖRENINGS STIPENDIEFOND"
    p1 = cut(d, "Denna stipendiefond", "STIPENDIEFOND.")
    p2 = cut(d, "Stiftelsen har till ändamål", "denna regel.")
    p3 = cut(d, "Stiftelsen vänder sig", "är behörig.")
    p4 = cut(d, "Fondens tillgångar", "ej förekomma.")
    p5 = cut(d, "Räkenskapsåret är", "över stiftelsens")
    o_st = p2[p2.index("dem som"):p2.index(". Med grund")]
    o_sty = ("av tre personer och en suppleant vilka utses på förslag av Stockholms Kristliga "
             "Ynglingaförenings årsmöte")
    kf = ("enskilda kapitalförvaltning", "Enskilda kapitalförvaltning")
    return [
        rec(d, "title", "heading", f"STADGAR FÖR STIFTELSEN {name}",
            [A("STIFTELSEN", SK), A(name, SK)]),
        rec(d, "h1", "heading", "Fondens namn", [A("Fondens", SK)]),
        rec(d, "1", "paragraph", p1,
            [A("stipendiefond", SK), V("är", "vara", "pres"),
             A("Stockholms Kristliga Ynglingaförening", SKY), V("skall", "skola", "pres"),
             V("benämnas", "benämna", "inf", "pass")],
            [S(SK, "stipendiefond", "none", None, "vara", "är",
               "grundad av Stockholms Kristliga Ynglingaförening"),
             S(SK, "stipendiefond", "obligation", "skall", "benämna", "benämnas", name,
               pas=True)]),
        rec(d, "h2", "heading", "Ändamål", []),
        rec(d, "2", "paragraph", p2,
            [A("Stiftelsen", SK), V("har", "ha", "pres"), V("stödja", "stödja", "inf"),
             V("vill", "vilja", "pres"), V("förkovra", "förkovra", "inf"),
             V("önskar", "önska", "pres"), V("bedriva", "bedriva", "inf"),
             V("berör", "beröra", "pres"), V("avses", "avse", "pres", "pass"),
             A("Styrelsen", ST), V("är", "vara", "pres"), V("ge", "ge", "inf")],
            [S(SK, "Stiftelsen", "obligation", "har till ändamål att", "stödja", "stödja",
               o_st),
             S(ST, "Styrelsen", "permission", "är behörig att", "ge", "ge",
               "dispens från denna regel")]),
        rec(d, "h3", "heading", "Behöriga sökanden", [A("sökanden", "sökande")]),
        rec(d, "3", "paragraph", p3,
            [A("Stiftelsen", SK), V("vänder", "vända", "pres"),
             A("Evangeliska Fosterlandsstiftelsen", "evangeliska fosterlandsstiftelsen"),
             A("EFS", "evangeliska fosterlandsstiftelsen"),
             A("Equmeniakyrkan", "equmeniakyrkan"), A("sökande", "sökande"),
             V("är", "vara", "pres"), V("genomgått", "genomgå", "sup"),
             V("kan", "kunna", "pres"), A("styrelsen", ST), V("godtaga", "godtaga", "inf"),
             A("sökande", "sökande", 1), V("beträffar", "beträffa", "pres"),
             V("avgör", "avgöra", "pres"), A("styrelsen", ST, 1), A("sökanden", "sökande"),
             V("är", "vara", "pres", occ=1)],
            [S(SK, "Stiftelsen", "none", None, "vända", "vänder",
               "till personer verksamma inom Evangeliska Fosterlandsstiftelsen (EFS) och "
               "Equmeniakyrkan"),
             S("sökande", "sökande", "none", None, "vara", "är",
               "personer som genomgått utbildning för pastorer, missionärer, kyrkomusiker "
               "eller högskolelärare"),
             S(ST, "styrelsen", "permission", "kan", "godtaga", "godtaga", "annan sökande"),
             S(ST, "styrelsen", "none", None, "avgöra", "avgör", "om sökanden är behörig")]),
        rec(d, "h4", "heading", "Ekonomisk förvaltning och styrelse", [A("styrelse", ST)]),
        rec(d, "4", "paragraph", p4,
            [A("Fondens", SK), V("utgöres", "utgöra", "pres", "pass"),
             V("skall", "skola", "pres"), V("redovisas", "redovisa", "inf", "pass"),
             A("fondens", SK), V("tillföres", "tillföra", "pres", "pass"),
             A("Styrelsen", ST), V("har", "ha", "pres"), V("skall", "skola", "pres", occ=1),
             V("bestå", "bestå", "inf"), A("personer", "person"),
             A("suppleant", "suppleant"), V("utses", "utse", "pres", "pass"),
             A("Stockholms Kristliga Ynglingaförenings", SKY), A("årsmöte", "årsmöte"),
             A("Styrelsen", ST, 1), V("svarar", "svara", "pres"),
             V("skall", "skola", "pres", occ=2), V("förvaltas", "förvalta", "inf", "pass"),
             A(kf[1], kf[0]), A("kapitalförvaltare", "kapitalförvaltare"),
             V("skall", "skola", "pres", occ=3), V("läggas", "lägga", "inf", "pass"),
             V("tillföras", "tillföra", "inf", "pass"), V("får", "få", "pres"),
             V("förekomma", "förekomma", "inf")],
            [S(None, None, "obligation", "skall", "redovisa", "redovisas", None, pas=True),
             S(ST, "Styrelsen", "none", None, "ha", "har", "sitt säte i Stockholm"),
             S(ST, "Styrelsen", "obligation", "skall", "bestå", "bestå", o_sty),
             S(ST, "Styrelsen", "responsibility", "svarar för", "svara", "svarar",
               "förvaltningen"),
             S(kf[0], kf[1], "obligation", "skall", "förvalta", "förvaltas",
               "Fonderade medel", pas=True),
             S("kapitalförvaltare", "kapitalförvaltare", "obligation", "skall", "förvalta",
               "förvaltas", "Fonderade medel", pas=True),
             S(None, None, "obligation", "skall", "lägga", "läggas", "20 %", pas=True),
             S(None, None, "obligation", "skall", "tillföra", "tillföras", "resterande del",
               pas=True)]),
        rec(d, "5", "paragraph", p5,
            [V("är", "vara", "pres"), A("revisorer", "revisor"), V("skall", "skola", "pres"),
             V("vara", "vara", "inf"), V("skall", "skola", "pres", occ=1),
             V("revidera", "revidera", "inf"), A("stiftelsen", SK), V("avge", "avge", "inf"),
             A("stiftelsens", SK)],
            [S("revisor", "revisorer", "obligation", "skall", "revidera", "revidera",
               "stiftelsen"),
             S("revisor", "revisorer", "obligation", "skall", "avge", "avge",
               "revisionsberättelse över stiftelsens")]),
    ]


def elisabeth() -> list:
    d = "elisabeths-stiftelse-andamal"
    p1 = cut(d, "Kvarlåtenskapen är", "genom utbildning.")
    p2 = cut(d, "Föremålet för", "endast avkastningen.")
    p3 = cut(d, "Som vägledning", "faktisk verksamhet.")
    p4 = cut(d, "Trosas barn- och", "vid knapphet av")
    LK = "lions klubb i trosa"
    c_vid = "Vid varje tillfälle"
    c_nar = p2[p2.index("när avkastningen"):-1]
    o_sam = ("med Riksförbundet Mot Reumatism eller annat ideellt organ med god kunskap och "
             "erfarenhet av reumatism")
    o_vill = p3[p3.index("villkor för medlens"):-1]
    return [
        rec(d, "title", "heading", "Elisabeth", []),
        rec(d, "h1", "heading", "Stiftelsens Ändamål", [A("Stiftelsens", SF)]),
        rec(d, "1", "paragraph", p1,
            [V("är", "vara", "pres"), V("främja", "främja", "inf"),
             V("gäller", "gälla", "pres"), A("barn", "barn"), A("ungdomars", "ungdom")],
            label="1."),
        rec(d, "2", "paragraph", p2,
            [A("stiftelsens", SF), V("är", "vara", "pres"), V("använda", "använda", "inf"),
             A("stiftelsens", SF, 1), A("stiftelsens", SF, 2), V("skall", "skola", "pres"),
             V("vara", "vara", "inf"), C(c_vid), V("får", "få", "pres"),
             A("stiftelsens", SF, 3), V("användas", "använda", "inf", "pass"),
             V("får", "få", "pres", occ=1), V("komma", "komma", "inf"), C(c_nar),
             V("är", "vara", "pres", occ=1), A("stiftelsens", SF, 4),
             V("uppnås", "uppnå", "pres", "pass")],
            [S(None, None, "prohibition", "får inte", "använda", "användas",
               "mer än maximalt 7 % av stiftelsens kapital", c_vid, neg=True, pas=True)],
            label="2."),
        rec(d, "3", "paragraph", p3,
            [V("skall", "skola", "pres"), V("gälla", "gälla", "inf"),
             V("används", "använda", "pres", "pass"), V("skall", "skola", "pres", occ=1),
             V("tillfalla", "tillfalla", "inf"), A("reumatiker", "reumatiker"),
             V("har", "ha", "pres"), V("styrka", "styrka", "inf"), A("läkares", "läkare"),
             A("Styrelsen", ST), V("bör", "böra", "pres"), V("samråda", "samråda", "inf"),
             A("Riksförbundet Mot Reumatism", "riksförbundet mot reumatism"),
             A("organ", "organ"), V("skall", "skola", "pres", occ=2),
             V("fördelas", "fördela", "inf", "pass"), A("pensionärer", "pensionär"),
             A("barn", "barn"), A("ungdomar", "ungdom"),
             V("genomför", "genomföra", "pres"), A("Lions", LK),
             A("Lions klubb i Trosa", LK), A("pensionärer", "pensionär", 1),
             V("främjar", "främja", "pres"), A("styrelsen", ST),
             A("Elisabeths Stiftelse", "elisabeths stiftelse"),
             V("finner", "finna", "pres"), V("är", "vara", "pres"), A("stiftelsens", SF),
             V("skall", "skola", "pres", occ=3), V("överlämnas", "överlämna", "inf", "pass"),
             A("Lions klubb i Trosa", LK, 1), A("Styrelsen", ST, 1), V("får", "få", "pres"),
             V("ställa", "ställa", "inf"), V("får", "få", "pres", occ=1),
             V("användas", "använda", "inf", "pass")],
            [S("reumatiker", "reumatiker", "obligation", "har att", "styrka", "styrka",
               "sitt behov"),
             S(ST, "Styrelsen", "recommendation", "bör", "samråda", "samråda", o_sam),
             S(None, None, "obligation", "skall", "fördela", "fördelas",
               "Den andra hälften av tillgängliga medel", pas=True),
             S(LK, "Lions", "none", None, "genomföra", "genomför",
               "aktiviteter för Trosas pensionärer"),
             S(None, None, "obligation", "skall", "överlämna", "överlämnas", "angivna medel",
               pas=True),
             S(ST, "Styrelsen", "permission", "får", "ställa", "ställa", o_vill)],
            label="3."),
        rec(d, "4", "paragraph", p4,
            [A("barn", "barn"), A("ungdomars", "ungdom"), V("kan", "kunna", "pres"),
             V("bestå", "bestå", "inf"), V("kunna", "kunna", "inf"),
             V("tillvarata", "tillvarata", "inf")], label="4."),
    ]


def halmstad() -> list:
    d = "halmstads-fastighets-ab-bolagsordning"
    p1 = cut(d, "Det kommunala bolaget", "trevliga boendemiljöer.")
    p2 = cut(d, "Bolagets huvuduppgift", "bostäder och lokaler.")
    p3 = cut(d, "Önskar du", "annan webbplats..")
    p33 = cut(d, "Det kommunala ändamålet", "aktier i bolag.")
    p34 = cut(d, "Bolaget ska följa", "anger undantag.")
    p4 = cut(d, "Bolaget ska bereda", "vikt fattas.")
    p5 = cut(d, "Aktiekapitalet ska", "kronor.")
    p6 = cut(d, "Antalet aktier", "kronor.", after="Antalet aktier")
    c_on = ("Önskar du ta del av kallelser, protokoll, årsredovisningar, sammanträdesdagar och "
            "övriga dokument")
    c_sa = "såvida inte lag eller rättspraxis för viss verksamhet eller åtgärd anger undantag"
    c_en = "enligt affärsmässiga principer"
    hf = [A("Halmstads Fastighets AB", HF)]
    return [
        rec(d, "title", "heading", "Halmstads webbplatser", [], label="•"),
        rec(d, "h1", "heading", "Styrelse för Halmstads Fastighets AB",
            [A("Styrelse", ST), *hf]),
        rec(d, "1", "paragraph", p1,
            [A("bolaget", HF), *hf, A("HFAB", HF), V("förser", "förse", "pres")],
            [S(HF, "Halmstads Fastighets AB", "none", None, "förse", "förser",
               "Halmstad med välskötta fastigheter, attraktiva hem och trevliga "
               "boendemiljöer")]),
        rec(d, "h2", "heading", "Uppdrag", []),
        rec(d, "2", "paragraph", p2,
            [A("Bolagets", HF), V("är", "vara", "pres"), V("verka", "verka", "inf"),
             A("Halmstads kommun", "halmstads kommun"), V("ska", "skola", "pres"),
             V("ha", "ha", "inf"), V("producera", "producera", "inf"),
             V("förvalta", "förvalta", "inf")]),
        rec(d, "3", "paragraph", p3,
            [C(c_on), V("Önskar", "önska", "pres"), V("ta", "ta", "inf"),
             V("kontakta", "kontakta", "imp"), A("HFAB", HF)]),
        rec(d, "h3", "heading", "Ansvarig", []),
        rec(d, "4", "paragraph", "Christian Kylin, VD",
            [A("VD", "verkställande direktör")]),
        rec(d, "h4", "heading", "Bolagsordning för Halmstads Fastighets AB", hf),
        rec(d, "5", "paragraph", "Organisationsnummer 556041-1786", []),
        rec(d, "§1", "paragraph", "Bolagets företagsnamn är Halmstad Fastighetsaktiebolag.",
            [A("Bolagets", HN), V("är", "vara", "pres")], label="1 §"),
        rec(d, "§2", "paragraph", "Styrelsen ska ha sitt säte i Halmstad.",
            [A("Styrelsen", ST), V("ska", "skola", "pres"), V("ha", "ha", "inf")],
            [S(ST, "Styrelsen", "obligation", "ska", "ha", "ha", "sitt säte i Halmstad")],
            label="2 §"),
        rec(d, "§3", "paragraph", p33,
            [A("bolagets", HN), V("är", "vara", "pres"), V("vara", "vara", "inf"),
             V("ska", "skola", "pres"), V("bidra", "bidra", "inf"),
             V("förvärva", "förvärva", "inf"), V("bebygga", "bebygga", "inf"),
             V("förvalta", "förvalta", "inf"), V("avyttra", "avyttra", "inf"),
             V("ombilda", "ombilda", "inf"), V("utveckla", "utveckla", "inf"),
             V("äga", "äga", "inf"), V("förvalta", "förvalta", "inf", occ=1),
             A("bolag", "bolag")], label="3 §"),
        rec(d, "§3.2", "paragraph", "Bolaget ska medverka till att Halmstad är en attraktiv "
            "kommun att leva och bo i för en mångfald av människor.",
            [A("Bolaget", HN), V("ska", "skola", "pres"), V("medverka", "medverka", "inf"),
             V("är", "vara", "pres"), V("leva", "leva", "inf"), V("bo", "bo", "inf")],
            [S(HN, "Bolaget", "obligation", "ska", "medverka", "medverka",
               "till att Halmstad är en attraktiv kommun att leva och bo i för en mångfald "
               "av människor")], parent="§3"),
        rec(d, "§3.3", "paragraph", "Verksamheten ska bedrivas enligt affärsmässiga principer.",
            [V("ska", "skola", "pres"), V("bedrivas", "bedriva", "inf", "pass"), C(c_en)],
            [S(None, None, "obligation", "ska", "bedriva", "bedrivas", "Verksamheten", c_en,
               pas=True)], parent="§3"),
        rec(d, "§3.4", "paragraph", p34,
            [A("Bolaget", HN), V("ska", "skola", "pres"), V("följa", "följa", "inf"),
             C(c_sa), V("anger", "ange", "pres")],
            [S(HN, "Bolaget", "obligation", "ska", "följa", "följa",
               "de kommunalrättsliga principerna i 2 kap kommunallagen", c_sa)],
            parent="§3"),
        rec(d, "§4", "paragraph", p4,
            [A("Bolaget", HN), V("ska", "skola", "pres"), V("bereda", "bereda", "inf"),
             A("kommunfullmäktige", "kommunfullmäktige"), A("Halmstad", "halmstads kommun"),
             V("ta", "ta", "inf"), V("är", "vara", "pres"),
             V("fattas", "fatta", "pres", "pass")],
            [S(HN, "Bolaget", "obligation", "ska", "bereda", "bereda",
               p4[p4.index("kommunfullmäktige"):-1])], label="4 §"),
        rec(d, "§5", "paragraph", p5, [V("ska", "skola", "pres"), V("vara", "vara", "inf")],
            label="5 §"),
        rec(d, "§6", "paragraph", p6, [V("ska", "skola", "pres"), V("vara", "vara", "inf")],
            label="6 §"),
        rec(d, "§7", "paragraph", "Styrelsen ska bestå av minst fem och högst sju ledamöter.",
            [A("Styrelsen", ST), V("ska", "skola", "pres"), V("bestå", "bestå", "inf"),
             A("ledamöter", "ledamot")],
            [S(ST, "Styrelsen", "obligation", "ska", "bestå", "bestå",
               "av minst fem och högst sju ledamöter")], label="7 §"),
        rec(d, "§7.2", "paragraph", "Styrelsen utses av kommunfullmäktige i Halmstads kommun "
            "för tiden från",
            [A("Styrelsen", ST), V("utses", "utse", "pres", "pass"),
             A("kommunfullmäktige", "kommunfullmäktige"),
             A("Halmstads kommun", "halmstads kommun")],
            [S("kommunfullmäktige", "kommunfullmäktige", "none", None, "utse", "utses",
               "Styrelsen", pas=True)], parent="§7"),
    ]


DOCS = {
    "kommunalforbundet-norrvatten-forbundsordning": norrvatten,
    "lunds-universitet-foreskrifter-beslutsbefogenheter": lund,
    "karnov-sfs-2002-558-andring-hogskoleforordningen": karnov,
    "hvitfeldtska-stipendieinrattningen-instruktion-1918-1080": hvitfeldtska,
    "bjorksten-sparrings-stiftelse-stadgar": bjorksten,
    "stiftelsen-skyf-stipendiefond-stadgar": skyf,
    "elisabeths-stiftelse-andamal": elisabeth,
    "halmstads-fastighets-ab-bolagsordning": halmstad,
}

if __name__ == "__main__":
    from ax_lexicon import CAT

    build.CAT.update(CAT)
    for doc, make in DOCS.items():
        build.write(build.AGREEMENT / "ax", doc, make())
