"""Builds corpus/dev/w58-c.jsonl and the documents corpus/dev/w58-c-*.txt with their gold:
invented material for round 58, writer w58c (analysis58-cr C3 with ruling R1, C5, C7 and the
side finding `var sin`). `lista-*` (C3, R1): a lead-in ending in an announcing adverbial
(`fördelat enligt följande:`, `valda på följande sätt:`, `fördelade enligt följande:`,
`som utses enligt följande:`, `uppdelat enligt följande:`) over items that are full
sentences keeps its own statement and each item has its own (R1; §5.1); the lead-in at a
sentence start, after a fronted adverb, as the 3rd sentence of a paragraph, as the 2nd main
clause after `, och`, after a fronted condition; items with a named place (`Ekby kommun`), a
place name the tagger reads as a verb (`Landa kommun`, `Vinna kommun`), a coordinated pair of
places, a definite body, a distributive (`Varje medlemskommun`), a role + personal name, a compound,
and a numeral glued to the item's verb (`utser3`); negatives `lista-n1` (phrase items: D11,
one statement per item), `lista-n2` (a sentence paragraph, no items, after the lead-in: D11,
none), `lista-n3` (capitalised infinitive items stay the lead-in's). `glue-*` (C3c): a numeral
glued to a finite verb in running text. `ansvar-*` (C5, §5.3 round 23): `har`, an adverbial
(in commas or before one), a supine and `ansvaret för`: the supine is the aim, no
responsibility cue; negative `ansvar-n1` keeps `har ansvaret för`. `serie-*` (C7): `att` + an
infinitive inside the noun series after `ansvarar för` has its own responsibility statement;
negative `serie-n1`. `varsin-*` (side finding): distributive `var sin`/`var sitt`/`var sina`
is no verb `vara`; negative `varsin-n1` (`var sin egen`: the copula). Gold by hand from
docs/annotation.md §2.1, §5.1, §5.3, §5.4, §5.6 before any run. Offsets computed.
Run: python corpus/make_w58_c.py corpus/dev"""

import sys

from records import FTV, HAR, ORG, OVR, POL, SKA, TJP, inf, records_for, sup, write_part
from records import statement as st

FORV = "förvaltningsorganisation"
NONE, OB, RESP = "none", "obligation", "responsibility"
DOCS = {}


def doc(name, records):
    """A document of blank-line blocks, its list items one `– ` line each under their lead-in."""
    lines = []
    for record in records:
        kind = record["meta"].get("kind", "paragraph")
        if kind == "list_item":
            lines.append(f"– {record['text']}\n")
        else:
            lines.append(("\n" if lines else "") + record["text"] + "\n")
    DOCS[f"w58-c-{name}"] = ("".join(lines), records)


def rec(name, check=True):
    """The record maker of one document."""
    return records_for(f"w58-c-{name}", check_texts=check, conditions_from_statements=True)


def pres(word, lemma, voice="act", nth=0):
    return (word, lemma, "pres", voice, nth)


def past(word, lemma, voice="act", nth=0):
    return (word, lemma, "past", voice, nth)


def glued(record, word, lemma):
    """A VERB span for a finite verb with a numeral glued to it (``utser3``): the word-bounded
    search of records.py cannot find it, so its offsets are computed here."""
    start = record["text"].index(word)
    record["spans"].append({"start": start, "end": start + len(word), "text": word,
                            "label": "VERB", "lemma": lemma, "tense": "pres", "voice": "act"})
    record["spans"].sort(key=lambda span: (span["start"], span["end"]))
    return record


def item(r, cid, text, actors, verbs, statements=()):
    return r(cid, text, actors, verbs, statements, kind="list_item", parent="1", label="–")


def utse(r, cid, text, actor, canonical, category, obj, *, word="utser", lemma="utse"):
    """A sentence item `<actor> utser <obj>.` with its own statement (§5.1)."""
    actors = [(actor, canonical, category)]
    noun = next(n for n in ("ledamöter", "ledamot") if n in obj)
    actors.append((noun, "ledamot", FTV))
    verbs = [] if word not in text.split() else [pres(word, lemma)]
    record = item(r, cid, text, actors, verbs,
                  [st(canonical, actor, NONE, None, lemma, word, obj)])
    return record if verbs else glued(record, word, lemma)


LED = ("ledamöter", "ledamot", FTV)

# C3 + R1: a lead-in ending in an announcing adverbial over full-sentence items.
r = rec("lista-1")
doc("lista-1", [
    r("1", "Direktionen ska bestå av sju ledamöter fördelat enligt följande:",
      [("Direktionen", "direktion", POL), LED], [SKA, inf("bestå")],
      [st("direktion", "Direktionen", OB, "ska", "bestå", "bestå",
          "av sju ledamöter fördelat enligt följande")]),
    utse(r, "1.a", "Ekby kommun utser fyra ledamöter.", "Ekby kommun", "ekby kommun", ORG,
         "fyra ledamöter"),
    utse(r, "1.b", "Sjövik kommun utser tre ledamöter.", "Sjövik kommun", "sjövik kommun", ORG,
         "tre ledamöter")])
r = rec("lista-2")
doc("lista-2", [
    r("1", "Därefter ska förbundsstyrelsen bestå av nio ledamöter valda på följande sätt:",
      [("förbundsstyrelsen", "förbundsstyrelse", POL), LED], [SKA, inf("bestå")],
      [st("förbundsstyrelse", "förbundsstyrelsen", OB, "ska", "bestå", "bestå",
          "av nio ledamöter valda på följande sätt")]),
    utse(r, "1.a", "Landa kommun utser fem ledamöter.", "Landa kommun", "landa kommun", ORG,
         "fem ledamöter"),
    utse(r, "1.b", "Regionfullmäktige väljer fyra ledamöter.", "Regionfullmäktige",
         "regionfullmäktige", POL, "fyra ledamöter", word="väljer", lemma="välja")])
r = rec("lista-3")
doc("lista-3", [
    r("1", "Beredningen är ett organ för samråd. Den tillsätts av kommunfullmäktige. "
      "Beredningen ska bestå av sju ledamöter fördelade enligt följande:",
      [("Beredningen", "beredning", POL), ("kommunfullmäktige", "kommunfullmäktige", POL),
       ("Beredningen", "beredning", POL, 1), LED],
      [pres("är", "vara"), pres("tillsätts", "tillsätta", "pass"), SKA, inf("bestå")],
      [st("beredning", "Beredningen", NONE, None, "vara", "är", "ett organ för samråd"),
       st("kommunfullmäktige", "kommunfullmäktige", NONE, None, "tillsätta", "tillsätts",
          "Den", passive=True),
       st("beredning", "Beredningen", OB, "ska", "bestå", "bestå",
          "av sju ledamöter fördelade enligt följande")]),
    utse(r, "1.a", "Varje medlemskommun utser en ledamot.", "medlemskommun", "medlemskommun",
         ORG, "en ledamot"),
    utse(r, "1.b", "Kanslichef Eva Ek utser två ledamöter.", "Kanslichef", "kanslichef", TJP,
         "två ledamöter"),
    utse(r, "1.c", "Vinna kommun utser fyra ledamöter.", "Vinna kommun", "vinna kommun", ORG,
         "fyra ledamöter")])
r = rec("lista-4")
doc("lista-4", [
    r("1", "Förbundet leds av en direktion, och direktionen ska ha tio ledamöter som utses "
      "enligt följande:",
      [("Förbundet", "förbund", ORG), ("direktion", "direktion", POL),
       ("direktionen", "direktion", POL), LED],
      [pres("leds", "leda", "pass"), SKA, inf("ha"), pres("utses", "utse", "pass")],
      [st("direktion", "direktion", NONE, None, "leda", "leds", "Förbundet", passive=True),
       st("direktion", "direktionen", OB, "ska", "ha", "ha",
          "tio ledamöter som utses enligt följande")]),
    item(r, "1.a", "Salta kommun och Landa kommun utser fyra ledamöter var.",
         [("Salta kommun", "salta kommun", ORG), ("Landa kommun", "landa kommun", ORG), LED],
         [pres("utser", "utse")],
         [st("salta kommun", "Salta kommun", NONE, None, "utse", "utser", "fyra ledamöter var"),
          st("landa kommun", "Landa kommun", NONE, None, "utse", "utser",
             "fyra ledamöter var")]),
    utse(r, "1.b", "Ekby kommun utser två ledamöter.", "Ekby kommun", "ekby kommun", ORG,
         "två ledamöter")])
r = rec("lista-5")
doc("lista-5", [
    r("1", "Samverkansrådet ska bestå av åtta ledamöter enligt följande:",
      [("Samverkansrådet", "samverkansråd", POL), LED], [SKA, inf("bestå")],
      [st("samverkansråd", "Samverkansrådet", OB, "ska", "bestå", "bestå",
          "av åtta ledamöter enligt följande")]),
    utse(r, "1.a", "Ekby kommun utser3 ledamöter.", "Ekby kommun", "ekby kommun", ORG,
         "3 ledamöter"),
    utse(r, "1.b", "Regionstyrelsen utser2 ledamöter.", "Regionstyrelsen", "regionstyrelse",
         POL, "2 ledamöter"),
    utse(r, "1.c", "Socialnämnden väljer3 ledamöter.", "Socialnämnden", "socialnämnd", POL,
         "3 ledamöter", word="väljer", lemma="välja")])
r = rec("lista-6")
doc("lista-6", [
    r("1", "Styrgruppen ska bestå av sex ledamöter uppdelat enligt följande:",
      [("Styrgruppen", "styrgrupp", FORV), LED], [SKA, inf("bestå")],
      [st("styrgrupp", "Styrgruppen", OB, "ska", "bestå", "bestå",
          "av sex ledamöter uppdelat enligt följande")]),
    utse(r, "1.a", "Socialförvaltningen utser fyra ledamöter.", "Socialförvaltningen",
         "socialförvaltning", FORV, "fyra ledamöter"),
    utse(r, "1.b", "Förvaltningschef utser två ledamöter.", "Förvaltningschef",
         "förvaltningschef", TJP, "två ledamöter")])
r = rec("lista-7")
doc("lista-7", [
    r("1", "Enligt avtalet ska arbetsgruppen bestå av sex ledamöter fördelade på följande "
      "sätt:",
      [("arbetsgruppen", "arbetsgrupp", FORV), LED], [SKA, inf("bestå")],
      [st("arbetsgrupp", "arbetsgruppen", OB, "ska", "bestå", "bestå",
          "av sex ledamöter fördelade på följande sätt", condition="Enligt avtalet")]),
    utse(r, "1.a", "Kommunstyrelsen utser fyra ledamöter.", "Kommunstyrelsen",
         "kommunstyrelse", POL, "fyra ledamöter"),
    item(r, "1.b", "Bygga kommun utser två ledamöter.",
         [("Bygga kommun", "bygga kommun", ORG), LED], [pres("utser", "utse")],
         [st("bygga kommun", "Bygga kommun", NONE, None, "utse", "utser", "två ledamöter")])])
r = rec("lista-n1", check=False)
doc("lista-n1", [
    r("1", "Gruppen ska bestå av ledamöter enligt följande:",
      [("Gruppen", "grupp", FORV), ("ledamöter", "ledamot", FTV)], [SKA, inf("bestå")]),
    item(r, "1.a", "två från kommunen", [("kommunen", "kommun", ORG)], [],
         [st("grupp", "Gruppen", OB, "ska", "bestå", "bestå", "två från kommunen")]),
    item(r, "1.b", "en från regionen", [("regionen", "region", ORG)], [],
         [st("grupp", "Gruppen", OB, "ska", "bestå", "bestå", "en från regionen")])])
r = rec("lista-n2")
doc("lista-n2", [
    r("1", "Utskottet har uppgifter enligt följande:", [("Utskottet", "utskott", POL)], [HAR]),
    r("2", "Utskottet bereder ärenden om skolan.", [("Utskottet", "utskott", POL)],
      [pres("bereder", "bereda")],
      [st("utskott", "Utskottet", NONE, None, "bereda", "bereder", "ärenden om skolan")])])
r = rec("lista-n3", check=False)
doc("lista-n3", [
    r("1", "Kommunstyrelsen ska:", [("Kommunstyrelsen", "kommunstyrelse", POL)], [SKA]),
    item(r, "1.a", "Leda kommunens arbete med krisberedskap.", [("kommunens", "kommun", ORG)],
         [inf("Leda", "leda")],
         [st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "leda", "Leda",
             "kommunens arbete med krisberedskap")]),
    item(r, "1.b", "Bygga upp en reserv av materiel.", [], [inf("Bygga", "bygga")],
         [st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "bygga", "Bygga",
             "en reserv av materiel")])])

# C3c: a numeral glued to a finite verb in running text.
r = rec("glue-1")
doc("glue-1", [glued(
    r("1", "Kommunfullmäktige väljer5 ledamöter och lika många ersättare.",
      [("Kommunfullmäktige", "kommunfullmäktige", POL), ("ledamöter", "ledamot", FTV),
       ("ersättare", "ersättare", FTV)], [],
      [st("kommunfullmäktige", "Kommunfullmäktige", NONE, None, "välja", "väljer",
          "5 ledamöter och lika många ersättare")]), "väljer", "välja")])
r = rec("glue-2")
doc("glue-2", [glued(
    r("1", "Nämnden har sju ledamöter, och kommunfullmäktige väljer3 av dem.",
      [("Nämnden", "nämnd", POL), ("ledamöter", "ledamot", FTV),
       ("kommunfullmäktige", "kommunfullmäktige", POL)], [HAR],
      [st("nämnd", "Nämnden", NONE, None, "ha", "har", "sju ledamöter"),
       st("kommunfullmäktige", "kommunfullmäktige", NONE, None, "välja", "väljer",
          "3 av dem")]), "väljer", "välja")])
r = rec("glue-3")
doc("glue-3", [glued(
    r("1", "Förbundet har fyra medlemmar. Varje medlem har en röst. Direktionen utser1 "
      "revisor.",
      [("Förbundet", "förbund", ORG), ("medlemmar", "medlem", OVR), ("medlem", "medlem", OVR),
       ("Direktionen", "direktion", POL), ("revisor", "revisor", FTV)],
      [HAR, ("har", "ha", "pres", "act", 1)],
      [st("förbund", "Förbundet", NONE, None, "ha", "har", "fyra medlemmar"),
       st("medlem", "medlem", NONE, None, "ha", "har", "en röst"),
       st("direktion", "Direktionen", NONE, None, "utse", "utser", "1 revisor")]),
    "utser", "utse")])

# C5: `har`, an adverbial, a supine, then `ansvaret för`: no responsibility cue.
r = rec("ansvar-1")
doc("ansvar-1", [r("1", "Regionerna har, genom avtalet, överlämnat ansvaret för driften till "
                   "bolaget.",
                   [("Regionerna", "region", ORG), ("bolaget", "bolag", ORG)],
                   [HAR, sup("överlämnat", "överlämna")],
                   [st("region", "Regionerna", NONE, None, "överlämna", "överlämnat",
                       "ansvaret för driften till bolaget")])])
r = rec("ansvar-2")
doc("ansvar-2", [r("1", "Sedan 2025 har kommunen, efter en utredning, överlämnat ansvaret för "
                   "färdtjänsten till regionen.",
                   [("kommunen", "kommun", ORG), ("regionen", "region", ORG)],
                   [HAR, sup("överlämnat", "överlämna")],
                   [st("kommun", "kommunen", NONE, None, "överlämna", "överlämnat",
                       "ansvaret för färdtjänsten till regionen")])])
r = rec("ansvar-3")
doc("ansvar-3", [r("1", "Socialchefen har, efter samråd med nämnden, fördelat ansvaret för "
                   "boendet mellan enheterna.",
                   [("Socialchefen", "socialchef", TJP), ("nämnden", "nämnd", POL),
                    ("enheterna", "enhet", FORV)],
                   [HAR, sup("fördelat", "fördela")],
                   [st("socialchef", "Socialchefen", NONE, None, "fördela", "fördelat",
                       "ansvaret för boendet mellan enheterna",
                       condition="efter samråd med nämnden")])])
r = rec("ansvar-4")
doc("ansvar-4", [r("1", "Medlemskommunerna har vid bildandet, överlämnat ansvaret för "
                   "räddningstjänsten till förbundet.",
                   [("Medlemskommunerna", "medlemskommun", ORG), ("förbundet", "förbund", ORG)],
                   [HAR, sup("överlämnat", "överlämna")],
                   [st("medlemskommun", "Medlemskommunerna", NONE, None, "överlämna",
                       "överlämnat", "ansvaret för räddningstjänsten till förbundet")])])
r = rec("ansvar-5")
doc("ansvar-5", [r("1", "Nämnden fattade beslutet i maj, och socialförvaltningen har, enligt "
                   "beslutet, lämnat ansvaret för tillsynen till miljöförvaltningen.",
                   [("Nämnden", "nämnd", POL),
                    ("socialförvaltningen", "socialförvaltning", FORV),
                    ("miljöförvaltningen", "miljöförvaltning", FORV)],
                   [past("fattade", "fatta"), HAR, sup("lämnat", "lämna")],
                   [st("nämnd", "Nämnden", NONE, None, "fatta", "fattade", "beslutet i maj"),
                    st("socialförvaltning", "socialförvaltningen", NONE, None, "lämna",
                       "lämnat", "ansvaret för tillsynen till miljöförvaltningen",
                       condition="enligt beslutet")])])
r = rec("ansvar-6")
doc("ansvar-6", [r("1", "Ekby Energi AB har, genom ett nytt avtal, överlåtit ansvaret för nätet "
                   "till Ekby kommun.",
                   [("Ekby Energi AB", "ekby energi ab", ORG), ("Ekby kommun", "ekby kommun", ORG)],
                   [HAR, sup("överlåtit", "överlåta")],
                   [st("ekby energi ab", "Ekby Energi AB", NONE, None, "överlåta", "överlåtit",
                       "ansvaret för nätet till Ekby kommun")])])
r = rec("ansvar-n1")
doc("ansvar-n1", [r("1", "Kommunerna har, enligt avtalet, ansvaret för lokalerna.",
                    [("Kommunerna", "kommun", ORG)], [HAR],
                    [st("kommun", "Kommunerna", RESP, "har ansvaret för", "ansvara", "har",
                        "lokalerna", condition="enligt avtalet")])])

# C7: `att` + infinitive in the noun series after `ansvarar för`.
ANSV = "ansvarar för"
r = rec("serie-1")
doc("serie-1", [r("1", "Nämnden ansvarar för tillsyn, rådgivning, att fastställa avgifter.",
                  [("Nämnden", "nämnd", POL)],
                  [pres("ansvarar", "ansvara"), inf("fastställa")],
                  [st("nämnd", "Nämnden", RESP, ANSV, "ansvara", "ansvarar",
                      "för tillsyn, rådgivning"),
                   st("nämnd", "Nämnden", RESP, ANSV, "fastställa", "fastställa", "avgifter")])])
r = rec("serie-2")
doc("serie-2", [r("1", "Enligt reglementet ansvarar utskottet för frågor om lokaler, att "
                  "fastställa hyror.",
                  [("utskottet", "utskott", POL)],
                  [pres("ansvarar", "ansvara"), inf("fastställa")],
                  [st("utskott", "utskottet", RESP, ANSV, "ansvara", "ansvarar",
                      "för frågor om lokaler", condition="Enligt reglementet"),
                   st("utskott", "utskottet", RESP, ANSV, "fastställa", "fastställa", "hyror",
                      condition="Enligt reglementet")])])
r = rec("serie-3")
doc("serie-3", [r("1", "Kommunen äger lokalerna, och förvaltningen ansvarar för driften, att "
                  "fastställa hyror samt anordnar möten om underhållet.",
                  [("Kommunen", "kommun", ORG), ("förvaltningen", "förvaltning", FORV)],
                  [pres("äger", "äga"), pres("ansvarar", "ansvara"), inf("fastställa"),
                   pres("anordnar", "anordna")],
                  [st("kommun", "Kommunen", NONE, None, "äga", "äger", "lokalerna"),
                   st("förvaltning", "förvaltningen", RESP, ANSV, "ansvara", "ansvarar",
                      "för driften"),
                   st("förvaltning", "förvaltningen", RESP, ANSV, "fastställa", "fastställa",
                      "hyror"),
                   st("förvaltning", "förvaltningen", NONE, None, "anordna", "anordnar",
                      "möten om underhållet")])])
r = rec("serie-4")
doc("serie-4", [r("1", "Nämnden sammanträder varje månad. Den antar en plan varje år. "
                  "Bygglovsenheten ansvarar för rådgivning, att fastställa taxor, tillsyn.",
                  [("Nämnden", "nämnd", POL), ("Bygglovsenheten", "bygglovsenhet", FORV)],
                  [pres("sammanträder", "sammanträda"), pres("antar", "anta"),
                   pres("ansvarar", "ansvara"), inf("fastställa")],
                  [st("nämnd", "Nämnden", NONE, None, "sammanträda", "sammanträder",
                      "varje månad"),
                   st("bygglovsenhet", "Bygglovsenheten", RESP, ANSV, "ansvara", "ansvarar",
                      "för rådgivning"),
                   st("bygglovsenhet", "Bygglovsenheten", RESP, ANSV, "fastställa",
                      "fastställa", "taxor, tillsyn")])])
r = rec("serie-5")
doc("serie-5", [r("1", "Miljöchefen och byggchefen ansvarar för rådgivning, att fastställa "
                  "taxor.",
                  [("Miljöchefen", "miljöchef", TJP), ("byggchefen", "byggchef", TJP)],
                  [pres("ansvarar", "ansvara"), inf("fastställa")],
                  [st("miljöchef", "Miljöchefen", RESP, ANSV, "ansvara", "ansvarar",
                      "för rådgivning"),
                   st("byggchef", "byggchefen", RESP, ANSV, "ansvara", "ansvarar",
                      "för rådgivning"),
                   st("miljöchef", "Miljöchefen", RESP, ANSV, "fastställa", "fastställa",
                      "taxor"),
                   st("byggchef", "byggchefen", RESP, ANSV, "fastställa", "fastställa",
                      "taxor")])])
r = rec("serie-n1")
doc("serie-n1", [r("1", "Nämnden ansvarar för frågor om bygglov och tillsyn.",
                   [("Nämnden", "nämnd", POL)], [pres("ansvarar", "ansvara")],
                   [st("nämnd", "Nämnden", RESP, ANSV, "ansvara", "ansvarar",
                       "för frågor om bygglov och tillsyn")])])

# Side finding: distributive `var sin` / `var sitt` / `var sina` is no verb.
r = rec("varsin-1")
doc("varsin-1", [r("1", "Socialnämnden och utbildningsnämnden utser var sin ledamot.",
                   [("Socialnämnden", "socialnämnd", POL),
                    ("utbildningsnämnden", "utbildningsnämnd", POL), ("ledamot", "ledamot", FTV)],
                   [pres("utser", "utse")],
                   [st("socialnämnd", "Socialnämnden", NONE, None, "utse", "utser",
                       "var sin ledamot"),
                    st("utbildningsnämnd", "utbildningsnämnden", NONE, None, "utse", "utser",
                       "var sin ledamot")])])
r = rec("varsin-2")
doc("varsin-2", [r("1", "Vid varje val utser regionen och kommunen var sitt ombud.",
                   [("regionen", "region", ORG), ("kommunen", "kommun", ORG),
                    ("ombud", "ombud", TJP)],
                   [pres("utser", "utse")],
                   [st("region", "regionen", NONE, None, "utse", "utser", "var sitt ombud",
                       condition="Vid varje val"),
                    st("kommun", "kommunen", NONE, None, "utse", "utser", "var sitt ombud",
                       condition="Vid varje val")])])
r = rec("varsin-3")
doc("varsin-3", [r("1", "Beredningen har tio ledamöter, och föreningarna utser var sina "
                   "företrädare.",
                   [("Beredningen", "beredning", POL), ("ledamöter", "ledamot", FTV),
                    ("föreningarna", "förening", ORG), ("företrädare", "företrädare", OVR)],
                   [HAR, pres("utser", "utse")],
                   [st("beredning", "Beredningen", NONE, None, "ha", "har", "tio ledamöter"),
                    st("förening", "föreningarna", NONE, None, "utse", "utser",
                       "var sina företrädare")])])
r = rec("varsin-4")
doc("varsin-4", [r("1", "Kommunstyrelsen och kommunfullmäktige ska ha var sitt presidium.",
                   [("Kommunstyrelsen", "kommunstyrelse", POL),
                    ("kommunfullmäktige", "kommunfullmäktige", POL),
                    ("presidium", "presidium", POL)],
                   [SKA, inf("ha")],
                   [st("kommunstyrelse", "Kommunstyrelsen", OB, "ska", "ha", "ha",
                       "var sitt presidium"),
                    st("kommunfullmäktige", "kommunfullmäktige", OB, "ska", "ha", "ha",
                       "var sitt presidium")])])
r = rec("varsin-5", check=False)
doc("varsin-5", [
    r("1", "Medlemskommunerna ska:", [("Medlemskommunerna", "medlemskommun", ORG)], [SKA]),
    item(r, "1.a", "utse var sin revisor", [("revisor", "revisor", FTV)], [inf("utse")],
         [st("medlemskommun", "Medlemskommunerna", OB, "ska", "utse", "utse",
             "var sin revisor")]),
    item(r, "1.b", "betala var sin andel av kostnaderna", [], [inf("betala")],
         [st("medlemskommun", "Medlemskommunerna", OB, "ska", "betala", "betala",
             "var sin andel av kostnaderna")])])
r = rec("varsin-n1")
doc("varsin-n1", [r("1", "Stiftelsen var sin egen förvaltare fram till 2020.",
                    [("Stiftelsen", "stiftelse", ORG)],
                    [past("var", "vara")],
                    [st("stiftelse", "Stiftelsen", NONE, None, "vara", "var",
                        "sin egen förvaltare fram till 2020")])])

if __name__ == "__main__":
    write_part(sys.argv[1], "w58-c", DOCS)
