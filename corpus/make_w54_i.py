"""Builds corpus/dev/w54-i.jsonl and the pages corpus/dev/w54-i-*.txt with their gold:
invented material for round 54, writer w54i (analysis 54b-cg L2, L3, N3).
(1) L3: after a fronted adverbial the copula stands second and an owner's genitive + a head
spelled indefinite (`kommunstyrelsens arbetsutskott`, `styrelsens ordförande`) is the inverted
subject, definite by its owner, with or without an acronym pair in brackets; the noun phrase
after it is the predicative (no actor). Negatives: a non-actor head (`nämndens uppdrag`), SVO
order (the genitive phrase after the copula is the predicative).
(2) L2: a page of link cards, a short verbless title-case heading ⏎ an unstopped present-tense
sentence ⏎ the next heading …, the pattern at least twice: each teaser is the card's paragraph
(with blank lines between the lines or without). Negative: one unstopped sentence line over
stopped body text stays a web heading (docs/annotation.md §1.2 round 14).
(3) N3: a party name (lower case or capitalised) between commas after a personal name is an
apposition label of the person, no actor; negative: a party as the subject.
Gold by hand from docs/annotation.md before the rules. Offsets computed.
Run: python corpus/make_w54_i.py corpus/dev"""

import sys

from records import AR, FORV, FTV, POL, inf, pres, records_for, write_part
from records import statement as st

NONE, RE = "none", "responsibility"
KSAU = "kommunstyrelsens arbetsutskott"


def rec(doc, *args, **kwargs):
    return records_for(f"w54-i-{doc}", check_texts=True)("1", *args, **kwargs)


def vara(actor, text, obj):
    return st(actor, text, NONE, None, "vara", "är", obj)


COPULA = [
    rec("inv-1", "Sedan årsskiftet är kommunstyrelsens arbetsutskott (KS AU) valnämnd.",
        [("kommunstyrelsens arbetsutskott", KSAU, POL), ("KS AU", KSAU, POL)], [AR],
        [vara(KSAU, "kommunstyrelsens arbetsutskott", "valnämnd")]),
    rec("inv-2", "Vid sammanträdena är styrelsens ordförande mötesordförande.",
        [("styrelsens ordförande", "styrelsens ordförande", FTV)], [AR],
        [vara("styrelsens ordförande", "styrelsens ordförande", "mötesordförande")]),
    rec("inv-3", "Under sommaren är socialnämndens arbetsutskott beslutsorgan i brådskande "
        "ärenden.",
        [("socialnämndens arbetsutskott", "socialnämndens arbetsutskott", POL)], [AR],
        [vara("socialnämndens arbetsutskott", "socialnämndens arbetsutskott",
              "beslutsorgan i brådskande ärenden")]),
    rec("inv-4", "Därför är direktionens ordförande firmatecknare för förbundet.",
        [("direktionens ordförande", "direktionens ordförande", FTV),
         ("förbundet", "förbund", "organisation")], [AR],
        [vara("direktionens ordförande", "direktionens ordförande",
              "firmatecknare för förbundet")]),
    # negatives: a head that names no actor; SVO order (the genitive phrase is the role)
    rec("inv-n1", "Därför är nämndens uppdrag omfattande.", [("nämndens", "nämnd", POL)], [AR]),
    rec("inv-n2", "Kommundirektören är kommunstyrelsens sekreterare.",
        [("Kommundirektören", "kommundirektör", "tjänsteperson")], [AR],
        [vara("kommundirektör", "Kommundirektören", "kommunstyrelsens sekreterare")]),
]

PARTIES = [
    rec("parti-1", "Protokollet justeras av ordföranden och Karin Holm, socialdemokraterna.",
        [("ordföranden", "ordförande", FTV)], [pres("justeras", "justera", "pass")],
        [st("ordförande", "ordföranden", NONE, None, "justera", "justeras", "Protokollet",
            passive=True)]),
    rec("parti-2", "Kallelsen skickas av Per Lind, moderaterna, till samtliga ledamöter.",
        [("ledamöter", "ledamot", FTV)], [pres("skickas", "skicka", "pass")]),
    rec("parti-3", "Motionen väcktes av Eva Berg, Vänsterpartiet, och Olle Sund, miljöpartiet.",
        [], [("väcktes", "väcka", "past", "pass", 0)]),
    # negative: the party itself is the subject
    rec("parti-n1", "Därefter lämnade moderaterna en reservation.",
        [("moderaterna", "moderaterna", POL)], [("lämnade", "lämna", "past", "act", 0)],
        [st("moderaterna", "moderaterna", NONE, None, "lämna", "lämnade", "en reservation")]),
]

# (2) L2: link cards with blank lines between the lines
D = "w54-i-kort"
KORT_TEXT = """Bo och bygga i Norrvik

Här hittar du information om lov och tillstånd.

Du hittar blanketterna i receptionen.

Rivningslov

Samhällsbyggnadsnämnden prövar ansökningar om rivningslov och marklov

Enskilda avlopp

Miljöenheten granskar nya avloppsanläggningar

Gatubelysning

Tekniska nämnden ansvarar för belysningen längs kommunala gator

Frågor

Du får svar inom en vecka.

Handläggarna svarar på frågor varje vardag.
"""
SBN, ME, TN = "samhällsbyggnadsnämnd", "miljöenhet", "teknisk nämnd"
page = records_for(D, check_texts=True)
KORT = [
    page("title", "Bo och bygga i Norrvik", kind="heading"),
    page("0", "Här hittar du information om lov och tillstånd.", [], [pres("hittar", "hitta")],
         parent="title"),
    page("0b", "Du hittar blanketterna i receptionen.", [], [pres("hittar", "hitta")],
         parent="title"),
    page("h1", "Rivningslov", kind="heading"),
    page("1", "Samhällsbyggnadsnämnden prövar ansökningar om rivningslov och marklov",
         [("Samhällsbyggnadsnämnden", SBN, POL)], [pres("prövar", "pröva")],
         [st(SBN, "Samhällsbyggnadsnämnden", NONE, None, "pröva", "prövar",
             "ansökningar om rivningslov och marklov")], parent="h1"),
    page("h2", "Enskilda avlopp", kind="heading"),
    page("2", "Miljöenheten granskar nya avloppsanläggningar",
         [("Miljöenheten", ME, FORV)], [pres("granskar", "granska")],
         [st(ME, "Miljöenheten", NONE, None, "granska", "granskar",
             "nya avloppsanläggningar")], parent="h2"),
    page("h3", "Gatubelysning", kind="heading"),
    page("3", "Tekniska nämnden ansvarar för belysningen längs kommunala gator",
         [("Tekniska nämnden", TN, POL)], [pres("ansvarar", "ansvara")],
         [st(TN, "Tekniska nämnden", RE, "ansvarar för", "ansvara", "ansvarar",
             "för belysningen längs kommunala gator")], parent="h3"),
    page("h4", "Frågor", kind="heading"),
    page("4", "Du får svar inom en vecka.", [], [("får", "få", "pres", "act")], parent="h4"),
    page("5", "Handläggarna svarar på frågor varje vardag.",
         [("Handläggarna", "handläggare", "tjänsteperson")], [pres("svarar", "svara")],
         [st("handläggare", "Handläggarna", NONE, None, "svara", "svarar", "på frågor")],
         parent="h4"),
]

# (2) L2: link cards line by line, the last card's heading before the next section
D = "w54-i-kort2"
KORT2_TEXT = """Omsorg och stöd
Hemtjänst
Omsorgsnämnden beviljar hemtjänst efter en individuell prövning
Färdtjänst
Kommunen handlägger ansökningar om färdtjänst och riksfärdtjänst
Anhörigstöd
Anhörigkonsulenten erbjuder samtal och stödgrupper för anhöriga
Kontakt
Omsorgsförvaltningen svarar på frågor om stöd och omsorg.
Du kan också skicka ett meddelande.
Du får svar inom två dagar.
"""
ON, AK = "omsorgsnämnd", "anhörigkonsulent"
page2 = records_for(D, check_texts=True)
KORT2 = [
    page2("title", "Omsorg och stöd", kind="heading"),
    page2("h1", "Hemtjänst", kind="heading"),
    page2("1", "Omsorgsnämnden beviljar hemtjänst efter en individuell prövning",
          [("Omsorgsnämnden", ON, POL)], [pres("beviljar", "bevilja")],
          [st(ON, "Omsorgsnämnden", NONE, None, "bevilja", "beviljar",
              "hemtjänst efter en individuell prövning")], parent="h1"),
    page2("h2", "Färdtjänst", kind="heading"),
    page2("2", "Kommunen handlägger ansökningar om färdtjänst och riksfärdtjänst",
          [("Kommunen", "kommun", "organisation")], [pres("handlägger", "handlägga")],
          [st("kommun", "Kommunen", NONE, None, "handlägga", "handlägger",
              "ansökningar om färdtjänst och riksfärdtjänst")], parent="h2"),
    page2("h3", "Anhörigstöd", kind="heading"),
    page2("3", "Anhörigkonsulenten erbjuder samtal och stödgrupper för anhöriga",
          [("Anhörigkonsulenten", AK, "tjänsteperson")], [pres("erbjuder", "erbjuda")],
          [st(AK, "Anhörigkonsulenten", NONE, None, "erbjuda", "erbjuder",
              "samtal och stödgrupper för anhöriga")], parent="h3"),
    page2("h4", "Kontakt", kind="heading"),
    page2("4", "Omsorgsförvaltningen svarar på frågor om stöd och omsorg.",
          [("Omsorgsförvaltningen", "omsorgsförvaltning", FORV)], [pres("svarar", "svara")],
          [st("omsorgsförvaltning", "Omsorgsförvaltningen", NONE, None, "svara", "svarar",
              "på frågor om stöd och omsorg")], parent="h4"),
    page2("5", "Du kan också skicka ett meddelande.", [], [("kan", "kunna", "pres", "act"),
                                                          inf("skicka")], parent="h4"),
    page2("6", "Du får svar inom två dagar.", [], [("får", "få", "pres", "act")], parent="h4"),
]

# (2) negative: one unstopped present-tense line over stopped body text (round 14 heading)
D = "w54-i-rubrik"
RUBRIK_TEXT = """Kultur i Norrvik

Kulturnämnden fördelar bidrag till föreningar

Ansökan lämnas senast den 1 mars. Nämnden beslutar om bidragen.
"""
KN = "kulturnämnd"
page3 = records_for(D, check_texts=True)
RUBRIK = [
    page3("title", "Kultur i Norrvik", kind="heading"),
    page3("h1", "Kulturnämnden fördelar bidrag till föreningar", [("Kulturnämnden", KN, POL),
                                                               ("föreningar", "förening", "organisation")],
          [pres("fördelar", "fördela")], kind="heading"),
    page3("1", "Ansökan lämnas senast den 1 mars. Nämnden beslutar om bidragen.",
          [("Nämnden", KN, POL)], [pres("lämnas", "lämna", "pass"), pres("beslutar", "besluta")],
          [st(KN, "Nämnden", NONE, None, "besluta", "beslutar", "om bidragen")], parent="h1"),
]

if __name__ == "__main__":
    assert inf  # the shared helpers this script may use
    write_part(sys.argv[1], "w54-i",
               {"w54-i-kort": (KORT_TEXT, KORT), "w54-i-kort2": (KORT2_TEXT, KORT2),
                "w54-i-rubrik": (RUBRIK_TEXT, RUBRIK)},
               before=[*COPULA, *PARTIES])
