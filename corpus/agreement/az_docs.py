"""The hand annotation of part az (second annotator), one function per document.

Spans are written as strings (with an occurrence index where a string repeats in its clause);
build.py turns them into offsets. Long clause texts are cut from the normalised source between
two markers (``cut``), so that every clause text is the source's. Decisions on hard cases:
corpus/agreement/README.md, section "Part az". Run from the repository root:

    python corpus/agreement/az_docs.py && python corpus/check.py corpus/agreement/az/*.jsonl
"""

from __future__ import annotations

import build
from build import A, C, S, V, rec


def cut(doc: str, a: str, b: str, after: str = "") -> str:
    """The normalised source from marker a (after marker `after`) through marker b."""
    src = build.norm((build.SRC / f"{doc}.txt").read_text(encoding="utf-8"))
    i = src.index(a, src.index(after) if after else 0)
    return src[i:src.index(b, i) + len(b)]


def ska(occ: int = 0, word: str = "ska") -> tuple:
    return V(word, "skola", "pres", occ=occ)


# ---------------------------------------------------------------- Studentkåren i Östersund
KS = "kårstyrelse"


def ostersund() -> list:
    d = "studentkaren-ostersund-karstyrelsen-stadga"
    p1 = cut(d, "Kårstyrelsen är det högsta", "om Kårstyrelsens arbete.")
    p2 = cut(d, "Beslut fattas av", "det hanteras på.")
    p3 = cut(d, "Stöd till att skriva", "kontaktar Presidiet.")
    p611 = cut(d, "Kårstyrelsen har som", "mellan ordinarie medlemsmöten.")
    p621 = cut(d, "Fullständig Kårstyrelse", "vid själva valet.")
    c611 = ("i enlighet med denna stadga och av medlemmarnas stadgeenligt fattade beslut och "
            "instruktioner")
    budget = "inom ramen för fastställd budget"
    lead = ("Kårstyrelsen", "obligation", "åligger")

    def item(cid: str, text: str, spans: list, stmts: list) -> dict:
        return rec(d, cid, "list_item", text, spans, stmts, parent="6.3.1", label="•")

    def it(aim: str, obj: str | None, cond: str | None = None) -> dict:
        return S(KS, lead[0], lead[1], lead[2], aim, aim, obj, cond)

    b_text = ("inom ramen för fastställd budget leda Kårens verksamhet i enlighet med av "
              "medlemsmöten fattade beslut, Kårens stadgar samt arbetsordning,")
    c_text = ("inom ramen för fastställd budget anställa och entlediga personal för Kårens "
              "räkning och fastställa instruktioner för personalens verksamhet,")
    d_text = ("tillse att Kårens medlemmar har möjlighet till insyn och förståelse av "
              "organisationen,")
    e_text = "tillse att Kårens sektioner och utskott regelbundet erbjuds in"
    return [
        rec(d, "title", "heading", "Kårstyrelsen", [A("Kårstyrelsen", KS)]),
        rec(d, "1", "paragraph", p1,
            [A("Kårstyrelsen", KS), V("är", "vara", "pres"), V("består", "bestå", "pres"),
             A("ledamöter", "ledamot"), A("suppleanter", "suppleant"),
             A("Presidiet", "presidium"), V("är", "vara", "pres", occ=1), A("grupp", "grupp"),
             V("arbetar", "arbeta", "pres"), A("Studentkårens", "studentkår"),
             A("Presidiet", "presidium", 1), V("är", "vara", "pres", occ=2),
             V("arbetar", "arbeta", "pres", occ=1), V("finns", "finnas", "pres"),
             A("Kårstyrelsens", KS)],
            [S(KS, "Kårstyrelsen", "none", None, "vara", "är",
               "det högsta beslutande organet, mellan medlemsmötena"),
             S("grupp", "grupp", "none", None, "arbeta", "arbetar",
               "med Studentkårens planering och övergripande arbete"),
             S("presidium", "Presidiet", "none", None, "vara", "är", "arvoderade poster")]),
        rec(d, "2", "paragraph", p2,
            [V("fattas", "fatta", "pres", "pass"), A("Kårstyrelsen", KS),
             V("skickas", "skicka", "pres", "pass"), V("fattas", "fatta", "pres", "pass", 1),
             V("skickas", "skicka", "pres", "pass", 1), A("kårstyrelsen", KS),
             V("kommer", "komma", "pres"), V("hanteras", "hantera", "pres", "pass")],
            [S(KS, "Kårstyrelsen", "none", None, "fatta", "fattas", "Beslut", pas=True)]),
        rec(d, "3", "paragraph", p3,
            [V("skriva", "skriva", "inf"), V("får", "få", "pres"),
             C("om man kontaktar Presidiet"), V("kontaktar", "kontakta", "pres"),
             A("Presidiet", "presidium")]),
        rec(d, "6", "heading", "Kårstyrelsen", [A("Kårstyrelsen", KS)], label="Kapitel 6"),
        rec(d, "6.1", "heading", "Befogenheter", [], label="§ 6.1"),
        rec(d, "6.1.1", "paragraph", p611,
            [A("Kårstyrelsen", KS), V("har", "ha", "pres"), A("Kårens", "kår"),
             V("leda", "leda", "inf"), A("Kårens", "kår", 1), C(c611),
             A("medlemmarnas", "medlem"), A("Kårstyrelsen", KS, 1),
             V("företräder", "företräda", "pres"),
             A("Studentkåren i Östersund", "studentkåren i östersund"),
             A("medlemmar", "medlem")],
            [S(KS, "Kårstyrelsen", "obligation",
               "har som Kårens högsta verkställande och beredande organ till uppgift att",
               "leda", "leda", "Kårens verksamhet", c611),
             S(KS, "Kårstyrelsen", "none", None, "företräda", "företräder",
               "Studentkåren i Östersund och dess medlemmar mellan ordinarie medlemsmöten")],
            parent="6.1"),
        rec(d, "6.2", "heading", "Sammansättning", [], label="§ 6.2"),
        rec(d, "6.2.1", "paragraph", p621,
            [A("Kårstyrelse", KS), V("består", "bestå", "pres"), A("ledamöter", "ledamot"),
             A("Ordförande", "ordförande"), A("Vice ordförande", "vice ordförande"),
             A("suppleanter", "suppleant"), A("Suppleanter", "suppleant"),
             V("tar", "ta", "pres"), V("avsagt", "avsäga", "sup"),
             V("avgör", "avgöra", "pres"), A("suppleant", "suppleant"),
             V("får", "få", "pres"), ska(), V("vara", "vara", "inf")],
            [S(KS, "Kårstyrelse", "none", None, "bestå", "består",
               "av nio (9) ordinarie ledamöter inklusive Ordförande och Vice ordförande samt "
               "tre (3) suppleanter"),
             S("suppleant", "Suppleanter", "none", None, "ta", "tar", "en ordinarie plats")],
            parent="6.2"),
        rec(d, "6.3", "heading", "Arbetsuppgifter", [], label="§ 6.3"),
        rec(d, "6.3.1", "paragraph", "Det åligger Kårstyrelsen att:",
            [V("åligger", "åligga", "pres"), A("Kårstyrelsen", KS)], parent="6.3"),
        item("6.3.1.a", "företräda Kåren,",
             [V("företräda", "företräda", "inf"), A("Kåren", "kår")],
             [it("företräda", "Kåren")]),
        item("6.3.1.b", b_text,
             [C(budget), V("leda", "leda", "inf"), A("Kårens", "kår"),
              C("i enlighet med av medlemsmöten fattade beslut, Kårens stadgar samt "
                "arbetsordning"),
              A("medlemsmöten", "medlemsmöte"), A("Kårens", "kår", 1)],
             [it("leda", "Kårens verksamhet", budget)]),
        item("6.3.1.c", c_text,
             [C(budget), V("anställa", "anställa", "inf"), V("entlediga", "entlediga", "inf"),
              A("personal", "personal"), A("Kårens", "kår"),
              V("fastställa", "fastställa", "inf"), A("personalens", "personal")],
             [it("anställa", "personal för Kårens räkning", budget),
              it("entlediga", "personal för Kårens räkning", budget),
              it("fastställa", "instruktioner för personalens verksamhet", budget)]),
        item("6.3.1.d", d_text,
             [V("tillse", "tillse", "inf"), A("Kårens", "kår"), A("medlemmar", "medlem"),
              V("har", "ha", "pres")],
             [it("tillse", d_text[len("tillse "):-1])]),
        item("6.3.1.e", e_text,
             [V("tillse", "tillse", "inf"), A("Kårens", "kår"), A("sektioner", "sektion"),
              A("utskott", "utskott"), V("erbjuds", "erbjuda", "pres", "pass")],
             [it("tillse", e_text[len("tillse "):])]),
    ]


# ---------------------------------------------------------------- Åland, landskapslag
LR = "landskapsregering"


def landskapslag() -> list:
    d = "alands-landskapslag-arendenas-handlaggning-landskapsregeringen"
    c13 = "Har tre ledamöter för behandling av visst ärende därom anhållit"
    p42 = cut(d, "Föredragningslista med förslag", "föredragningslista föreligger.")
    p43 = cut(d, "Vid landskapsregeringens sammanträden förs", "(1995/77)")
    cv = "Vid landskapsregeringens sammanträden"
    return [
        rec(d, "title", "heading",
            "Landskapslag (1975:58) om ärendenas handläggning i landskapsregeringen (2008/12)",
            [A("landskapsregeringen", LR)]),
        rec(d, "kap1", "heading", "Allmänna bestämmelser", [], label="1 kap."),
        rec(d, "§1.1", "paragraph",
            "Landskapsregeringens sammanträden hålles i landskapsregeringens sessionsrum i "
            "Mariehamn, såframt icke landskapsregeringen för särskilt fall annorlunda bestämmer.",
            [A("Landskapsregeringens", LR), V("hålles", "hålla", "pres", "pass"),
             A("landskapsregeringens", LR), A("landskapsregeringen", LR),
             V("bestämmer", "bestämma", "pres")], label="1 §."),
        rec(d, "§1.2", "paragraph",
            "Efter nyval sammanträder landskapsregeringen första gången på kallelse av "
            "lantrådet. Kallelse till övriga ordinarie sammanträden meddelas i den ordning "
            "landskapsregeringen besluter.",
            [V("sammanträder", "sammanträda", "pres"), A("landskapsregeringen", LR),
             A("lantrådet", "lantråd"), V("meddelas", "meddela", "pres", "pass"),
             C("i den ordning landskapsregeringen besluter"),
             A("landskapsregeringen", LR, 1), V("besluter", "besluta", "pres")],
            [S(LR, "landskapsregeringen", "none", None, "sammanträda", "sammanträder",
               None)]),
        rec(d, "§1.3", "paragraph",
            "Lantrådet har rätt att sammankalla landskapsregeringen till extra sammanträde. "
            + c13 + " skall lantrådet snarast möjligt sammankalla sådant sammanträde.",
            [A("Lantrådet", "lantråd"), V("har", "ha", "pres"),
             V("sammankalla", "sammankalla", "inf"), A("landskapsregeringen", LR), C(c13),
             V("Har", "ha", "pres"), A("ledamöter", "ledamot"),
             V("anhållit", "anhålla", "sup"), ska(word="skall"), A("lantrådet", "lantråd"),
             V("sammankalla", "sammankalla", "inf", occ=1)],
            [S("lantråd", "Lantrådet", "permission", "har rätt att", "sammankalla",
               "sammankalla", "landskapsregeringen till extra sammanträde"),
             S("lantråd", "lantrådet", "obligation", "skall", "sammankalla", "sammankalla",
               "sådant sammanträde", c13)]),
        rec(d, "§2.1", "paragraph",
            "Är ledamot förhindrad att delta i sammanträde skall han eller hon snarast "
            "underrätta lantrådet därom. (2003/54)",
            [C("Är ledamot förhindrad att delta i sammanträde"), V("Är", "vara", "pres"),
             A("ledamot", "ledamot"), V("delta", "delta", "inf"), ska(word="skall"),
             V("underrätta", "underrätta", "inf"), A("lantrådet", "lantråd")], label="2 §."),
        rec(d, "§2.2", "paragraph",
            "Är lantrådet förhindrad att delta i sammanträde skall han eller hon underrätta "
            "den som vid förhindret skall föra ordet vid landskapsregeringens sammanträde. "
            "(2003/54)",
            [C("Är lantrådet förhindrad att delta i sammanträde"), V("Är", "vara", "pres"),
             A("lantrådet", "lantråd"), V("delta", "delta", "inf"), ska(word="skall"),
             V("underrätta", "underrätta", "inf"), ska(1, "skall"), V("föra", "föra", "inf"),
             A("landskapsregeringens", LR)]),
        rec(d, "§2.3", "paragraph",
            "Ledamot som för längre tid önskar avlägsna sig från pågående sammanträde skall "
            "uppge orsaken därtill, varefter ordföranden avgör huruvida förfallet kan "
            "godkännas.",
            [A("Ledamot", "ledamot"), V("önskar", "önska", "pres"),
             V("avlägsna", "avlägsna", "inf"), ska(word="skall"), V("uppge", "uppge", "inf"),
             A("ordföranden", "landskapsregeringens ordförande"),
             V("avgör", "avgöra", "pres"), V("kan", "kunna", "pres"),
             V("godkännas", "godkänna", "inf", "pass")],
            [S("ledamot", "Ledamot", "obligation", "skall", "uppge", "uppge",
               "orsaken därtill")]),
        rec(d, "§3", "paragraph", "Upphävd (2008/12).", [], label="3 §."),
        rec(d, "§4.1", "paragraph",
            "Föredragningsordningen vid landskapsregeringens sammanträden fastställes av "
            "lantrådet.",
            [A("landskapsregeringens", LR), V("fastställes", "fastställa", "pres", "pass"),
             A("lantrådet", "lantråd")],
            [S("lantråd", "lantrådet", "none", None, "fastställa", "fastställes",
               "Föredragningsordningen vid landskapsregeringens sammanträden", pas=True)],
            label="4 §."),
        rec(d, "§4.2", "paragraph", p42,
            [ska(word="skall"), C("om möjligt"), V("tillställas", "tillställa", "inf", "pass"),
             A("landskapsregeringens medlemmar", "landskapsregeringens medlem"),
             V("föredrages", "föredra", "pres", "pass"), V("kan", "kunna", "pres"),
             A("landskapsregeringens", LR, 1), V("införas", "införa", "inf", "pass"),
             V("avlägsnas", "avlägsna", "inf", "pass"), A("landskapsregeringen", LR),
             V("anser", "anse", "pres"), V("kan", "kunna", "pres", occ=1),
             V("upptagas", "uppta", "inf", "pass"), V("föreligger", "föreligga", "pres")],
            [S(None, None, "obligation", "skall", "tillställa", "tillställas",
               "Föredragningslista med förslag till beslut", "om möjligt", pas=True)]),
        rec(d, "§4.3", "paragraph", p43,
            [C(cv), A("landskapsregeringens", LR), V("förs", "föra", "pres", "pass"),
             A("tjänsteman", "tjänsteman"), V("är", "vara", "pres"), ska(word="skall"),
             V("framgå", "framgå", "inf"), V("fallit", "falla", "sup")],
            [S("tjänsteman", "tjänsteman", "none", None, "föra", "förs", "beslutsprotokoll",
               cv, pas=True)]),
        rec(d, "§5", "paragraph", "Vid landskapsregeringens sammant",
            [A("landskapsregeringens", LR)], label="5 §."),
    ]


# ---------------------------------------------------------------- Länsstyrelsernas org.nämnd
LON = "länsstyrelsernas organisationsnämnd"


def lon() -> list:
    d = "lansstyrelsernas-organisationsnamnd-instruktion-1988-1151"
    lead = ("Länsstyrelsernas organisationsnämnd", "obligation", "har till uppgift att")

    def it(aim: str, obj: str | None, text: str = "") -> dict:
        return S(LON, lead[0], lead[1], lead[2], aim, text or aim, obj)

    def item(n: int, text: str, spans: list, stmts: list) -> dict:
        return rec(d, f"§1.{'abcdefg'[n - 1]}", "list_item", text, spans, stmts, parent="§1",
                   label=f"{n}.")

    i1 = ("följa utvecklingen inom länsstyrelsernas verksamhetsområde och vidta de åtgärder som "
          "behövs,")
    i2 = ("bistå länsstyrelserna i frågor om organisation, rationalisering, administrativ "
          "utveckling, uppföljning och utvärdering av verksamheten,")
    i3 = "verka för samordning mellan länsstyrelserna samt mellan dessa och andra myndigheter,"
    i4 = ("planlägga och anordna utbildning och konferenser för länsstyrelsernas personal,")
    i5 = ("på uppdrag av regeringen utföra och medverka i utredningar samt medverka i "
          "genomförandet av förändringar,")
    i6 = ("ge länsstyrelserna råd i frågor som rör allmänna bestämmelser för arbetet, bland "
          "annat genom att utarbeta en normalarbetsordning för dem,")
    i7 = "utarbeta formulär till blanketter för länsstyrelserna."
    c5 = "när ordföranden, överdirektören och minst två andra ledamöter är närvarande"
    cs = "efter samråd med riksarkivet"
    return [
        rec(d, "title", "heading",
            "Förordning (1988:1151) med instruktion för länsstyrelsernas organisationsnämnd;",
            [A("länsstyrelsernas organisationsnämnd", LON)], label="/r1/"),
        rec(d, "m1", "paragraph", cut(d, "SFS nr", "1992-07-01"),
            [A("Civildepartementet", "civildepartementet")]),
        rec(d, "h1", "heading", "Uppgifter", [], label="/r3/"),
        rec(d, "§1", "paragraph",
            "Länsstyrelsernas organisationsnämnd har till uppgift att, i den utsträckning inte "
            "någon annan myndighet skall sköta uppgiften,",
            [A("Länsstyrelsernas organisationsnämnd", LON), V("har", "ha", "pres"),
             A("myndighet", "myndighet"), ska(word="skall"), V("sköta", "sköta", "inf")],
            label="1 §"),
        item(1, i1, [V("följa", "följa", "inf"), A("länsstyrelsernas", "länsstyrelse"),
                     V("vidta", "vidta", "inf"), V("behövs", "behöva", "pres", "pass")],
             [it("följa", "utvecklingen inom länsstyrelsernas verksamhetsområde"),
              it("vidta", "de åtgärder som behövs")]),
        item(2, i2, [V("bistå", "bistå", "inf"), A("länsstyrelserna", "länsstyrelse")],
             [it("bistå", i2[len("bistå "):-1])]),
        item(3, i3, [V("verka", "verka", "inf"), A("länsstyrelserna", "länsstyrelse"),
                     A("myndigheter", "myndighet")],
             [it("verka", i3[len("verka "):-1])]),
        item(4, i4, [V("planlägga", "planlägga", "inf"), V("anordna", "anordna", "inf"),
                     A("länsstyrelsernas", "länsstyrelse"), A("personal", "personal")],
             [it("planlägga", "utbildning och konferenser för länsstyrelsernas personal"),
              it("anordna", "utbildning och konferenser för länsstyrelsernas personal")]),
        item(5, i5, [A("regeringen", "regering"), V("utföra", "utföra", "inf"),
                     V("medverka", "medverka", "inf"), V("medverka", "medverka", "inf", occ=1)],
             [it("utföra", "utredningar"), it("medverka", "i utredningar"),
              it("medverka", "i genomförandet av förändringar")]),
        item(6, i6, [V("ge", "ge", "inf"), A("länsstyrelserna", "länsstyrelse"),
                     V("rör", "röra", "pres"), V("utarbeta", "utarbeta", "inf")],
             [it("ge", "länsstyrelserna råd i frågor som rör allmänna bestämmelser för "
                 "arbetet")]),
        item(7, i7, [V("utarbeta", "utarbeta", "inf"), A("länsstyrelserna", "länsstyrelse")],
             [it("utarbeta", "formulär till blanketter för länsstyrelserna")]),
        rec(d, "§2", "paragraph",
            "Nämnden får efter samråd med riksarkivet meddela föreskrifter om länsstyrelsernas "
            "diarieföring m. m.",
            [A("Nämnden", "nämnd"), V("får", "få", "pres"), C(cs), A("riksarkivet", "riksarkiv"),
             V("meddela", "meddela", "inf"), A("länsstyrelsernas", "länsstyrelse")],
            [S("nämnd", "Nämnden", "permission", "får", "meddela", "meddela",
               "föreskrifter om länsstyrelsernas diarieföring m. m.", cs)], label="2 §"),
        rec(d, "h2", "heading", "Verksförordningens tillämpning", [], label="/r3/"),
        rec(d, "§3", "paragraph",
            "Verksförordningen (1987:1100) skall tillämpas på nämnden med undantag av 2 och "
            "19–21 §§.",
            [ska(word="skall"), V("tillämpas", "tillämpa", "inf", "pass"),
             A("nämnden", "nämnd")],
            [S(None, None, "obligation", "skall", "tillämpa", "tillämpas",
               "Verksförordningen (1987:1100)", pas=True)], label="3 §"),
        rec(d, "h3", "heading", "Myndighetens ledning", [A("Myndighetens", "myndighet")],
            label="/r3/"),
        rec(d, "§4", "paragraph", "Nämndens överdirektör är chef för nämnden.",
            [A("Nämndens", "nämnd"), A("överdirektör", "överdirektör"), V("är", "vara", "pres"),
             A("nämnden", "nämnd")],
            [S("överdirektör", "överdirektör", "none", None, "vara", "är", "chef för nämnden")],
            label="4 §"),
        rec(d, "h4", "heading", "Styrelsen", [A("Styrelsen", "styrelse")], label="/r3/"),
        rec(d, "§5", "paragraph",
            "Nämndens styrelse består av högst nio personer, överdirektören medräknad. En av "
            "ledamöterna är ordförande och en är vice ordförande.",
            [A("Nämndens", "nämnd"), A("styrelse", "styrelse"), V("består", "bestå", "pres"),
             A("personer", "person"), A("överdirektören", "överdirektör"),
             A("ledamöterna", "ledamot"), V("är", "vara", "pres"),
             V("är", "vara", "pres", occ=1)],
            [S("styrelse", "styrelse", "none", None, "bestå", "består",
               "av högst nio personer, överdirektören medräknad"),
             S("ledamot", "ledamöterna", "none", None, "vara", "är", "ordförande")],
            label="5 §"),
        rec(d, "§5.2", "paragraph",
            "Styrelsen är beslutför " + c5 + ". Förordning (1989:1105).",
            [A("Styrelsen", "styrelse"), V("är", "vara", "pres"), C(c5),
             A("ordföranden", "styrelsens ordförande"), A("överdirektören", "överdirektör"),
             A("ledamöter", "ledamot"), V("är", "vara", "pres", occ=1)],
            [S("styrelse", "Styrelsen", "none", None, "vara", "är", "beslutför", c5)]),
        rec(d, "h5", "heading", "Organisation", [], label="/r3/"),
        rec(d, "§6", "paragraph",
            "Inom nämnden finns ett kansli och en redovisningscentral som är gemensam för "
            "länsstyrelserna och civilbefälhavarna.",
            [A("nämnden", "nämnd"), V("finns", "finnas", "pres"), A("kansli", "kansli"),
             A("redovisningscentral", "redovisningscentral"), V("är", "vara", "pres"),
             A("länsstyrelserna", "länsstyrelse"),
             A("civilbefälhavarna", "civilbefälhavare")],
            [S("kansli", "kansli", "none", None, "finnas", "finns", None),
             S("redovisningscentral", "redovisningscentral", "none", None, "finnas", "finns",
               None)], label="6 §"),
        rec(d, "h6", "heading", "Styrelsens ansvar och uppgifter", [A("Styrelsens", "styrelse")],
            label="/r3/"),
        rec(d, "§7", "paragraph", "Utöver vad som anges i 13",
            [V("anges", "ange", "pres", "pass")], label="7 §"),
    ]


# ---------------------------------------------------------------- IBF Kolmården
IBF = "ibf kolmården"
RF = "sveriges riksidrottsförbund"
ST = "styrelse"


def ibf() -> list:
    d = "ibf-kolmarden-stadgar"
    cid = "i enlighet med ”Idrottsrörelsens verksamhetsidé”"
    boards = "SF-, SDF- eller DF\u2010styrelse"
    p12 = cut(d, "Föreningen har som ändamål", "för en dopingfri idrott.")
    p31 = cut(d, "Föreningen är medlem i", "ansluten till RF.")
    p32 = cut(d, "Föreningen tillhör dessutom", "hemort är belägen.")
    p34 = cut(d, "På begäran av RF", "begärda uppgifter.")
    p51 = cut(d, "Föreningens firma tecknas", "villkora en delegering.")
    cst = "om styrelsen så beslutar"
    return [
        rec(d, "m1", "paragraph", "Hoppa till sidans innehåll", [V("Hoppa", "hoppa", "imp")]),
        rec(d, "title", "heading", "Stadgar", []),
        rec(d, "h1", "heading",
            "STADGAR för den ideella föreningen IBF Kolmården med hemort i Norrköpings kommun.",
            [A("föreningen", IBF), A("IBF Kolmården", IBF),
             A("Norrköpings kommun", "norrköpings kommun")]),
        rec(d, "m2", "paragraph", cut(d, "Stadgarna fastställdes", "26 september 2021."),
            [A("Årsmötet", "årsmöte"), A("extra årsmötet", "extra årsmöte"),
             A("årsmötet", "årsmöte", 1)]),
        rec(d, "h2", "heading", "ALLMÄNNA BESTÄMMELSER", []),
        rec(d, "1", "heading", "Ändamål", [], label="1 §"),
        rec(d, "1.1", "paragraph",
            "Föreningen skall bedriva innebandyverksamhet i Kolmården, Östergötland.",
            [A("Föreningen", "förening"), ska(word="skall"), V("bedriva", "bedriva", "inf")],
            [S("förening", "Föreningen", "obligation", "skall", "bedriva", "bedriva",
               "innebandyverksamhet i Kolmården, Östergötland")], parent="1"),
        rec(d, "1.2", "paragraph", p12,
            [A("Föreningen", "förening"), V("har", "ha", "pres"),
             V("bedriva", "bedriva", "inf"), C(cid), A("Föreningen", "förening", 1),
             ska(word="skall"), V("verka", "verka", "inf")],
            [S("förening", "Föreningen", "obligation", "har som ändamål att", "bedriva",
               "bedriva", "sin idrottsliga verksamhet", cid),
             S("förening", "Föreningen", "obligation", "skall", "verka", "verka",
               "för en dopingfri idrott")], parent="1"),
        rec(d, "2", "heading", "Sammansättning", [], label="2 §"),
        rec(d, "2.1", "paragraph",
            "Föreningen består av de fysiska personer som har upptagits i föreningen som "
            "medlemmar.",
            [A("Föreningen", "förening"), V("består", "bestå", "pres"),
             A("fysiska personer", "fysisk person"), V("har", "ha", "pres"),
             V("upptagits", "uppta", "sup", "pass"), A("föreningen", "förening")],
            [S("förening", "Föreningen", "none", None, "bestå", "består",
               "av de fysiska personer som har upptagits i föreningen som medlemmar")],
            parent="2"),
        rec(d, "3", "heading", "Tillhörighet m.m.", [], label="3 §"),
        rec(d, "3.1", "paragraph", p31,
            [A("Föreningen", "förening"), V("är", "vara", "pres"),
             A("Svenska Innebandyförbundet", "svenska innebandyförbundet"),
             A("SIBF", "svenska innebandyförbundet"), V("är", "vara", "pres", occ=1),
             A("Sveriges Riksidrottsförbund", RF), A("RF", RF),
             A("Föreningen", "förening", 1), V("är", "vara", "pres", occ=2), A("RF", RF, 1)],
            [S("förening", "Föreningen", "none", None, "vara", "är",
               "medlem i Svenska Innebandyförbundet (SIBF)"),
             S("förening", "Föreningen", "none", None, "vara", "är", "ansluten till RF")],
            parent="3"),
        rec(d, "3.2", "paragraph", p32,
            [A("Föreningen", "förening"), V("tillhör", "tillhöra", "pres"),
             A("Östergötlands Innebandyförbund", "östergötlands innebandyförbund"),
             A("ÖIBF", "östergötlands innebandyförbund"), V("är", "vara", "pres"),
             A("föreningens", "förening"), V("är", "vara", "pres", occ=1)],
            [S("förening", "Föreningen", "none", None, "tillhöra", "tillhör",
               "Östergötlands Innebandyförbund (ÖIBF)")], parent="3"),
        rec(d, "3.3", "paragraph",
            "Föreningen är skyldig att följa nämnda organisationers stadgar, tävlingsregler och "
            "beslut fattade av överordnat idrottsorgan.",
            [A("Föreningen", "förening"), V("är", "vara", "pres"), V("följa", "följa", "inf"),
             A("organisationers", "organisation"), A("idrottsorgan", "idrottsorgan")],
            [S("förening", "Föreningen", "obligation", "är skyldig att", "följa", "följa",
               "nämnda organisationers stadgar, tävlingsregler och beslut fattade av "
               "överordnat idrottsorgan")], parent="3"),
        rec(d, "3.4", "paragraph", p34,
            [A("RF", RF), A(boards, boards.lower()), V("är", "vara", "pres"),
             A("föreningen", "förening"), V("ställa", "ställa", "inf"),
             A("föreningens", "förening"), V("lämna", "lämna", "inf"), A("organ", "organ")],
            [S("förening", "föreningen", "obligation", "är föreningen skyldig att", "ställa",
               "ställa", "föreningens handlingar till förfogande"),
             S("förening", "föreningen", "obligation", "är föreningen skyldig att", "lämna",
               "lämna", "av dessa organ begärda uppgifter")], parent="3"),
        rec(d, "4", "heading", "Beslutande organ", [A("organ", "organ")], label="4 §"),
        rec(d, "4.1", "paragraph",
            "Föreningens beslutande organ är årsmötet, extra årsmöte och styrelsen.",
            [A("Föreningens", "förening"), A("organ", "organ"), V("är", "vara", "pres"),
             A("årsmötet", "årsmöte"), A("extra årsmöte", "extra årsmöte"),
             A("styrelsen", ST)],
            [S("organ", "organ", "none", None, "vara", "är",
               "årsmötet, extra årsmöte och styrelsen")], parent="4"),
        rec(d, "5", "heading", "Firmateckning", [], label="5 §"),
        rec(d, "5.1", "paragraph", p51,
            [A("Föreningens", "förening"), V("tecknas", "teckna", "pres", "pass"),
             A("styrelsen", ST), C(cst), A("styrelsen", ST, 1),
             V("beslutar", "besluta", "pres"), A("styrelseledamöter", "styrelseledamot"),
             A("personer", "person"), A("Styrelsen", ST), V("kan", "kunna", "pres"),
             V("delegera", "delegera", "inf"), V("villkora", "villkora", "inf")],
            [S(ST, "styrelsen", "none", None, "teckna", "tecknas", "Föreningens firma",
               pas=True),
             S("styrelseledamot", "styrelseledamöter", "none", None, "teckna", "tecknas",
               "Föreningens firma", cst, pas=True),
             S("person", "personer", "none", None, "teckna", "tecknas", "Föreningens firma",
               cst, pas=True),
             S(ST, "Styrelsen", "permission", "kan", "delegera", "delegera",
               "specifika delar"),
             S(ST, "Styrelsen", "permission", "kan", "villkora", "villkora",
               "en delegering")], parent="5"),
        rec(d, "6", "heading", "Ver", [], label="6 §"),
    ]


# ---------------------------------------------------------------- Jönköpings Studentkår
JS = "jönköpings studentkår"
SHJ = "stiftelsen högskolan i jönköping"


def jonkoping() -> list:
    d = "jonkopings-studentkar-stadga"
    sh = "Stiftelsen Högskolan i Jönköping"
    p121 = cut(d, "Jönköpings Studentkårs ändamål", "fackligt obunden.")
    p211 = cut(d, "Medlemskap i Jönköpings Studentkår kan", "stadgebilaga 1.")
    p221 = cut(d, "Ordinarie medlem är skyldig", "tjänster och förmåner.")
    p231 = cut(d, "Person som gjort", "på livstid.")
    names = [
        ("n1", "Clas Wahlbin, rektor Stiftelsen Högskolan i Jönköping, 1994-2004 († RIP 2011 †)",
         [A("rektor", "rektor"), A(sh, SHJ)]),
        ("n2", "Lars Postrup, engagerad student, 1996-2004", [A("student", "student")]),
        ("n3", "Per Risberg, ordförande Stiftelsen Högskolan i Jönköping, 1994-2004, avliden",
         [A("ordförande", "ordförande"), A(sh, SHJ)]),
        ("n4", "Birgit Friggebo, landshövding Jönköpings län, 1998-2003",
         [A("landshövding", "landshövding")]),
        ("n5", "Gösta Gunnarsson, landshövding Jönköpings län, 1980-1997",
         [A("landshövding", "landshövding")]),
        ("n6", "Gudrun Engstrand, f.d. VD Högskoleservice",
         [A("VD", "vd"), A("Högskoleservice", "högskoleservice")]),
        ("n7", "Per Hallerstig, f.d. VD Högskoleservice",
         [A("VD", "vd"), A("Högskoleservice", "högskoleservice")]),
    ]
    return [
        rec(d, "title", "heading", "Studentkårens Stadga - Jönköpings Studentkår",
            [A("Studentkårens", "studentkår"), A("Jönköpings Studentkår", JS)]),
        rec(d, "h1", "heading", "Jönköpings Studentkårs stadgar, 101007",
            [A("Jönköpings Studentkårs", JS)]),
        rec(d, "h2", "heading", "STADGA För Jönköpings Studentkår",
            [A("Jönköpings Studentkår", JS)]),
        rec(d, "m1", "paragraph", "Reviderat 110417 Reviderat 120428 Reviderat 140426", []),
        rec(d, "1", "heading", "Sammansättning", [], label="§ 1 –"),
        rec(d, "1.1", "heading", "Sammansättning", [], label="1.1"),
        rec(d, "p1.1.1", "paragraph",
            "Jönköpings Studentkår är en förening för de studerande vid " + sh + ".",
            [A("Jönköpings Studentkår", JS), V("är", "vara", "pres"),
             A("studerande", "studerande"), A(sh, SHJ)],
            [S(JS, "Jönköpings Studentkår", "none", None, "vara", "är",
               "en förening för de studerande vid " + sh)], parent="1.1"),
        rec(d, "1.2", "heading", "Ändamål", [], label="1.2"),
        rec(d, "p1.2.1", "paragraph", p121,
            [A("Jönköpings Studentkårs", JS), V("är", "vara", "pres"),
             V("verka", "verka", "inf"), A("medlemmar", "medlem"), ska(word="skall"),
             V("erbjudas", "erbjuda", "inf", "pass"),
             A("Högskolan i Jönköping", "högskolan i jönköping"),
             A("Jönköpings Studentkår", JS), V("är", "vara", "pres", occ=1)],
            [S(JS, "Jönköpings Studentkår", "none", None, "vara", "är",
               "religiöst, partipolitiskt och fackligt obunden")], parent="1.2"),
        rec(d, "2", "heading", "Medlemskap", [], label="§ 2 –"),
        rec(d, "2.1", "heading", "Ordinarie medlemskap", [], label="2.1"),
        rec(d, "p2.1.1", "paragraph", p211,
            [A("Jönköpings Studentkår", JS), V("kan", "kunna", "pres"),
             V("erhållas", "erhålla", "inf", "pass"), V("studerar", "studera", "pres"),
             V("forskarstuderar", "forskarstudera", "pres"), A(sh, SHJ),
             A("årsmötet", "årsmöte"), V("utsett", "utse", "sup"),
             V("regleras", "reglera", "pres", "pass")], parent="2.1"),
        rec(d, "2.2", "heading", "Ordinarie medlems rättigheter och skyldigheter",
            [A("medlems", "medlem")], label="2.2"),
        rec(d, "p2.2.1", "paragraph", p221,
            [A("medlem", "medlem"), V("är", "vara", "pres"), V("betala", "betala", "inf"),
             A("årsmötet", "årsmöte"), A("medlem", "medlem", 1), V("äger", "äga", "pres"),
             V("ta", "ta", "inf"), A("Studentkårens", "studentkår")],
            [S("medlem", "medlem", "obligation", "är skyldig att", "betala", "betala",
               "av det ordinarie årsmötet fastställda medlemsavgifter"),
             S("medlem", "medlem", "permission", "äger rätt att", "ta", "ta",
               "del av samtliga Studentkårens handlingar, tjänster och förmåner")],
            parent="2.2"),
        rec(d, "2.3", "heading", "Hedersmedlemskap", [], label="2.3"),
        rec(d, "p2.3.1", "paragraph", p231,
            [A("Person", "person"), V("gjort", "göra", "sup"), A("studerande", "studerande"),
             A(sh, SHJ), V("kan", "kunna", "pres"), A("årsmötet", "årsmöte"),
             V("utses", "utse", "inf", "pass"), V("utses", "utse", "pres", "pass", 1)],
            [S("årsmöte", "årsmötet", "permission", "kan", "utse", "utses",
               "Person som gjort förtjänstfulla och bestående insatser för de studerande vid "
               + sh, pas=True)], parent="2.3"),
        rec(d, "2.3.1", "heading", "Hedersmedlemsförteckning", [], label="2.3.1"),
        *[rec(d, cid, "paragraph", text, spans) for cid, text, spans in names],
        rec(d, "2.5", "heading", "Stödmedlem", [], label="2.5"),
        rec(d, "p2.5.1", "paragraph",
            "Årsmötet förbehålls rätten att besluta att stödmedlemskap kan erhållas av andra "
            "kategorier än d",
            [A("Årsmötet", "årsmöte"), V("förbehålls", "förbehålla", "pres", "pass"),
             V("besluta", "besluta", "inf"), V("kan", "kunna", "pres"),
             V("erhållas", "erhålla", "inf", "pass")],
            [S("årsmöte", "Årsmötet", "permission", "förbehålls rätten att", "besluta",
               "besluta", "att stödmedlemskap kan erhållas av andra kategorier än d")],
            parent="2.5"),
    ]


# ---------------------------------------------------------------- Frikyrkan i Finland
FK = "frikyrkan i finland"


def frikyrkan() -> list:
    d = "frikyrkan-i-finland-samfundsordning-1998"
    ff = "Frikyrkan i Finland"
    p11 = cut(d, "Frikyrkan i Finland är ett kyrkosamfund", "benämningen församling.")
    p32 = cut(d, "Till en ansökan skall bifogas", "har grundats.")
    p33 = cut(d, "Beslut om att godkänna en församling", "den godkänt.")
    return [
        rec(d, "m1", "paragraph", "182/1998", []),
        rec(d, "m2", "paragraph", "Utfärdat i Helsingfors den 10 mars 1998", []),
        rec(d, "title", "heading", cut(d, "Undervisningsministeriets beslut", "i registret"),
            [A("Undervisningsministeriets", "undervisningsministeriet"),
             A("religionssamfundet", FK), A(ff, FK)]),
        rec(d, "p1", "paragraph", cut(d, "Religionssamfundet Frikyrkan", "som följer:"),
            [A("Religionssamfundet", FK), A(ff, FK), V("har", "ha", "pres"),
             V("anmält", "anmäla", "sup"), V("godkänt", "godkänna", "sup"),
             A("samfundet", FK), V("följer", "följa", "pres")],
            [S(FK, "Religionssamfundet", "none", None, "anmäla", "anmält",
               "att det godkänt en ny samfundsordning för samfundet som följer")]),
        rec(d, "h1", "heading", "Samfundsordning för Frikyrkan i Finland", [A(ff, FK)]),
        rec(d, "1", "heading", "kap.", [], label="1"),
        rec(d, "h2", "heading", "Frikyrkan och dess medlemmar",
            [A("Frikyrkan", FK), A("medlemmar", "medlem")]),
        rec(d, "§1", "heading", "Samfundet, dess namn, hemort och språk",
            [A("Samfundet", FK)], label="1 §"),
        rec(d, "§1.1", "paragraph", p11,
            [A(ff, FK), V("är", "vara", "pres"), V("består", "bestå", "pres"),
             A("församlingar", "församling"), V("hör", "höra", "pres"), A("samfundet", FK),
             A("medlemmarna", "medlem"), A("Kyrkosamfundets", FK),
             V("är", "vara", "pres", occ=1), A(ff, FK, 2),
             V("används", "använda", "pres", "pass"), A("församling", "församling")],
            [S(FK, ff, "none", None, "vara", "är",
               "ett kyrkosamfund som består av de frikyrkliga församlingar som hör till "
               "samfundet och medlemmarna i dessa")], parent="§1"),
        rec(d, "§1.2", "paragraph", "Frikyrkans hemort är Tavastehus och dess officiella språk "
            "finska.", [A("Frikyrkans", FK), V("är", "vara", "pres")], parent="§1"),
        rec(d, "§2", "heading", "Medlemmar", [A("Medlemmar", "medlem")], label="2 §"),
        rec(d, "§2.1", "paragraph",
            "Medlemmar i Frikyrkan är aktiva medlemmar, minderåriga medlemmar och passiva "
            "medlemmar i församlingar som hör till Frikyrkan.",
            [A("Medlemmar", "medlem"), A("Frikyrkan", FK), V("är", "vara", "pres"),
             A("församlingar", "församling"), V("hör", "höra", "pres"),
             A("Frikyrkan", FK, 1)],
            [S("medlem", "Medlemmar", "none", None, "vara", "är",
               "aktiva medlemmar, minderåriga medlemmar och passiva medlemmar i församlingar "
               "som hör till Frikyrkan")], parent="§2"),
        rec(d, "§3", "heading", "Anslutning av en församling till frikyrkan",
            [A("församling", "församling"), A("frikyrkan", FK)], label="3 §"),
        rec(d, "§3.1", "paragraph",
            "En församling som godkänner Frikyrkans principer kan ansöka om medlemskap i "
            "Frikyrkan hos Frikyrkans styrelse.",
            [A("församling", "församling"), V("godkänner", "godkänna", "pres"),
             A("Frikyrkans", FK), V("kan", "kunna", "pres"), V("ansöka", "ansöka", "inf"),
             A("Frikyrkan", FK), A("Frikyrkans", FK, 1), A("styrelse", ST)],
            [S("församling", "församling", "permission", "kan", "ansöka", "ansöka",
               "om medlemskap i Frikyrkan hos Frikyrkans styrelse")], parent="§3"),
        rec(d, "§3.2", "paragraph", p32,
            [ska(word="skall"), V("bifogas", "bifoga", "inf", "pass"),
             A("församlingen", "församling"), V("godkänner", "godkänna", "pres"),
             A("Frikyrkans", FK), V("förbinder", "förbinda", "pres"),
             V("iaktta", "iaktta", "inf"), ska(1, "skall"), V("uppges", "uppge", "inf", "pass"),
             A("församlingsäldstes", "församlingsäldste"), A("församlingens", "församling"),
             ska(2, "skall"), V("fogas", "foga", "inf", "pass"),
             A("församlingar", "församling"), A("församlingen", "församling", 1),
             V("har", "ha", "pres"), V("grundats", "grunda", "sup", "pass")],
            [S(None, None, "obligation", "skall", "bifoga", "bifogas",
               "det beslut av församlingen där den godkänner Frikyrkans bekännelse och form "
               "för religionsutövning samt förbinder sig att iaktta denna samfundsordning",
               pas=True),
             S(None, None, "obligation", "skall", "uppge", "uppges",
               "församlingsäldstes sammansättning och församlingens verksamhetsregion",
               pas=True),
             S(None, None, "obligation", "skall", "foga", "fogas",
               "utlåtanden av de frikyrkliga församlingar inom vars region församlingen har "
               "grundats", pas=True)], parent="§3"),
        rec(d, "§3.3", "paragraph", p33,
            [V("godkänna", "godkänna", "inf"), A("församling", "församling"),
             A("Frikyrkan", FK), V("fattas", "fatta", "pres", "pass"), A("Frikyrkans", FK),
             A("styrelse", ST), A("Frikyrkans", FK, 1), ska(word="skall"),
             V("meddela", "meddela", "inf"), A("församlingar", "församling"),
             V("godkänt", "godkänna", "sup")],
            [S(ST, "styrelse", "none", None, "fatta", "fattas",
               "Beslut om att godkänna en församling som medlem av Frikyrkan", pas=True),
             S(ST, "styrelse", "obligation", "skall", "meddela", "meddela",
               "vilka församlingar den godkänt")], parent="§3"),
        rec(d, "§4", "heading", "Församlingarnas ställning",
            [A("Församlingarnas", "församling")], label="4 §"),
        rec(d, "§4.1", "paragraph", "En församling", [A("församling", "församling")],
            parent="§4"),
    ]


# ---------------------------------------------------------------- Ålands lagting, LTB 62/2023
LT = "ålands lagting"


def lagting() -> list:
    d = "alands-lagting-andring-arbetsordning-ltb-62-2023"
    p1 = cut(d, "I enlighet med lagtingets beslut", "som följer:")
    p11 = cut(d, "Lagtinget sammanträder", "andra vicetalman.")
    p21 = cut(d, "Senast klockan 15.00", "i föreskriven form.")
    c1 = "I enlighet med lagtingets beslut"
    c11 = "i enlighet med vad lagtinget beslutat enligt lagtingsordningen"
    c12 = "Har två eller flera varit ledamöter i lagtinget lika lång tid"
    c21 = "Vid granskningen av en fullmakt"
    return [
        rec(d, "title", "heading", "Lagtingets beslut 62/2023", [A("Lagtingets", LT)]),
        rec(d, "m1", "paragraph", "Lagtingsår: 2022-2023 Typ av dokument: Lagtingets beslut",
            [A("Lagtingets", LT)]),
        rec(d, "m2", "paragraph", "Ladda ner Word-dokument", [V("Ladda", "ladda", "imp")]),
        rec(d, "h1", "heading", "Ålands lagting", [A("Ålands lagting", LT)]),
        rec(d, "m3", "paragraph", "BESLUT LTB 62/2023 Datum Ärende 2023-06-07 TMK 3/2022-2023",
            []),
        rec(d, "h2", "heading",
            "Ålands lagtings beslut om ändring av arbetsordningen för Ålands lagting",
            [A("Ålands lagtings", LT), A("Ålands lagting", LT)]),
        rec(d, "p1", "paragraph", p1,
            [C(c1), A("lagtingets", LT), V("bestäms", "bestämma", "pres", "pass"),
             V("ändras", "ändra", "pres", "pass"), V("lyder", "lyda", "pres"),
             V("fogas", "foga", "pres", "pass"), V("följer", "följa", "pres")]),
        rec(d, "1", "heading", "kap.", [], label="1"),
        rec(d, "h3", "heading", "Lagtingsåret", []),
        rec(d, "§1", "heading", "Lagtingsårets början", [], label="1 §"),
        rec(d, "§1.1", "paragraph", p11,
            [A("Lagtinget", LT), V("sammanträder", "sammanträda", "pres"), C(c11),
             A("lagtinget", LT), V("beslutat", "besluta", "sup"), A("ledamot", "ledamot"),
             V("innehaft", "inneha", "sup"), A("lagtinget", LT, 1),
             A("ålderstalmannen", "ålderstalman"), ska(), V("inta", "inta", "inf"),
             A("talmannens", "talman"), C(c12), V("Har", "ha", "pres"),
             V("varit", "vara", "sup"), A("lagtinget", LT, 2),
             V("förs", "föra", "pres", "pass"), A("ålderstalmannen", "ålderstalman", 1),
             V("förrättas", "förrätta", "pres", "pass"), A("talman", "talman"),
             A("första", "första vicetalman"), A("andra vicetalman", "andra vicetalman")],
            [S(LT, "Lagtinget", "none", None, "sammanträda", "sammanträder",
               "till ett nytt lagtingsår", c11),
             S("ledamot", "ledamot", "obligation", "ska", "inta", "inta",
               "talmannens plats")], parent="§1"),
        rec(d, "§2", "heading", "Fullmaktsgranskningar", [], label="2 §"),
        rec(d, "§2.1", "paragraph", p21,
            [V("granskar", "granska", "pres"), A("lagtingsdirektören", "lagtingsdirektör"),
             A("lagtingsledamöternas", "lagtingsledamot"), C(c21),
             V("undersöks", "undersöka", "pres", "pass"), V("är", "vara", "pres"),
             A("myndighet", "myndighet")],
            [S("lagtingsdirektör", "lagtingsdirektören", "none", None, "granska", "granskar",
               "lagtingsledamöternas fullmakter för godkännande")], parent="§2"),
        rec(d, "§2.2", "paragraph", "En för", [], parent="§2"),
    ]


DOCS = {
    "studentkaren-ostersund-karstyrelsen-stadga": ostersund,
    "alands-landskapslag-arendenas-handlaggning-landskapsregeringen": landskapslag,
    "lansstyrelsernas-organisationsnamnd-instruktion-1988-1151": lon,
    "ibf-kolmarden-stadgar": ibf,
    "jonkopings-studentkar-stadga": jonkoping,
    "frikyrkan-i-finland-samfundsordning-1998": frikyrkan,
    "alands-lagting-andring-arbetsordning-ltb-62-2023": lagting,
}

if __name__ == "__main__":
    from az_lexicon import CAT

    build.CAT.update(CAT)
    for doc, make in DOCS.items():
        build.write(build.AGREEMENT / "az", doc, make())
