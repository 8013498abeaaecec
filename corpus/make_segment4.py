"""Writes dev/w-segment.jsonl: an invented ägardirektiv (dev/w-segment.txt) flattened onto two
lines, a title line and the whole body (over `max_block_chars`, under `max_page_chars`) on the
next line with inline headings glued to its sentences (`Inledning Detta …`, `Ekonomi och
avkastning Bolaget …`). The body line is one clause (docs/annotation.md §1.2;
docs/clauses.md), not one clause per sentence. The company's short name (`Åbyhem` for
`Åbyhem AB`) opens sentences before `ska`, `får inte`, `kan` and `ansvarar` (§2.3: subject of
a modal or of `ansvarar`). Records were first drafted from the pipeline's output and then
checked and corrected by hand against docs/annotation.md (objects of coordinated verbs,
CONDITION spans, categories).

Run: python corpus/make_segment4.py
"""

from __future__ import annotations

import json
from typing import Any

from make_segment2 import CATEGORY, DEV, actor, condition, record, statement, verb

DOC = "w-segment"
# `Åbyhem` occurrences count from the one inside `Åbyhem AB` (nth=1).
CATEGORY.setdefault("auditor", "förtroendevald")

TITLE = "Ägardirektiv för Åbyhem AB"
SENTENCES = (
    "Inledning Detta ägardirektiv gäller för Åbyhem AB, som ägs av kommunen.",
    "Åbyhem ska förvärva, bygga och förvalta bostäder och lokaler i kommunen.",
    "Åbyhem ansvarar för att bostäderna är trygga och tillgängliga.",
    "Åbyhem ansvarar för underhållet av kommunens bostadsbestånd och ska årligen redovisa en "
    "underhållsplan till kommunstyrelsen.",
    "Bolagets verksamhet ska bedrivas i enlighet med de kommunala befogenheterna.",
    "Styrelsen ska varje år fastställa en affärsplan för bolaget.",
    "Åbyhem får inte förvärva fastigheter utanför kommunen utan fullmäktiges godkännande.",
    "Verkställande direktören leder den löpande förvaltningen och rapporterar till styrelsen.",
    "Verkställande direktören ansvarar för bolagets bokföring och medelsförvaltning.",
    "Verkställande direktören får besluta om avtal upp till fem miljoner kronor.",
    "Kommunstyrelsen utövar uppsikt över bolaget.",
    "Kommunfullmäktige väljer bolagets styrelse.",
    "Åbyhem ska senast den 15 februari varje år lämna en årsredovisning till kommunstyrelsen.",
    "Innan beslut fattas i frågor av principiell beskaffenhet ska bolaget ge kommunfullmäktige "
    "möjlighet att ta ställning.",
    "Ekonomi och avkastning Bolaget ska drivas enligt affärsmässiga principer.",
    "Bolaget bör ha en soliditet om minst tjugo procent.",
    "Om soliditeten understiger denna nivå ska styrelsen omedelbart informera kommunstyrelsen.",
    "Åbyhem kan efter beslut av bolagsstämman lämna utdelning till kommunen.",
    "Revisorerna granskar räkenskaperna årligen.",
    "Lekmannarevisorerna utses av kommunfullmäktige.",
    "Detta ägardirektiv ska antas av bolagsstämman.",
)
BODY = " ".join(SENTENCES)
CO = "åbyhem ab"
VD = "Verkställande direktören"


def _spans(text: str) -> list[dict[str, Any]]:
    """Every span of the body, in reading order (nth counts repeated words)."""
    a, v = actor, verb
    spans = [
        v(text, "gäller", "gälla", "pres"),
        a(text, "Åbyhem AB", CO, "organisation"),
        v(text, "ägs", "äga", "pres", "pass"),
        a(text, "kommunen", "kommun", "organisation"),
        # Åbyhem ska förvärva, bygga och förvalta …
        a(text, "Åbyhem", CO, "organisation", nth=2),
        v(text, "ska", "skola", "pres", nth=1),
        v(text, "förvärva", "förvärva", "inf", nth=1),
        v(text, "bygga", "bygga", "inf"),
        v(text, "förvalta", "förvalta", "inf"),
        a(text, "kommunen", "kommun", "organisation", nth=2),
        # Åbyhem ansvarar för att bostäderna är …
        a(text, "Åbyhem", CO, "organisation", nth=3),
        v(text, "ansvarar", "ansvara", "pres", nth=1),
        v(text, "är", "vara", "pres"),
        # Åbyhem ansvarar för underhållet … och ska årligen redovisa …
        a(text, "Åbyhem", CO, "organisation", nth=4),
        v(text, "ansvarar", "ansvara", "pres", nth=2),
        a(text, "kommunens", "kommun", "organisation"),
        v(text, "ska", "skola", "pres", nth=2),
        v(text, "redovisa", "redovisa", "inf"),
        a(text, "kommunstyrelsen", "kommunstyrelse", "board", nth=1),
        # Bolagets verksamhet ska bedrivas …
        a(text, "Bolagets", CO, "organisation"),
        v(text, "ska", "skola", "pres", nth=3),
        v(text, "bedrivas", "bedriva", "inf", "pass"),
        condition(text, "i enlighet med de kommunala befogenheterna"),
        # Styrelsen ska varje år fastställa …
        a(text, "Styrelsen", "styrelse", "board"),
        v(text, "ska", "skola", "pres", nth=4),
        v(text, "fastställa", "fastställa", "inf"),
        a(text, "bolaget", CO, "organisation", nth=1),
        # Åbyhem får inte förvärva …
        a(text, "Åbyhem", CO, "organisation", nth=5),
        v(text, "får", "få", "pres", nth=1),
        v(text, "förvärva", "förvärva", "inf", nth=2),
        a(text, "kommunen", "kommun", "organisation", nth=3),
        a(text, "fullmäktiges", "kommunfullmäktige", "assembly"),
        # Verkställande direktören leder … och rapporterar …
        a(text, VD, "verkställande direktör", "chief_executive", nth=1),
        v(text, "leder", "leda", "pres"),
        v(text, "rapporterar", "rapportera", "pres"),
        a(text, "styrelsen", "styrelse", "board", nth=1),
        # Verkställande direktören ansvarar för bolagets bokföring …
        a(text, VD, "verkställande direktör", "chief_executive", nth=2),
        v(text, "ansvarar", "ansvara", "pres", nth=3),
        a(text, "bolagets", CO, "organisation", nth=1),
        # Verkställande direktören får besluta …
        a(text, VD, "verkställande direktör", "chief_executive", nth=3),
        v(text, "får", "få", "pres", nth=2),
        v(text, "besluta", "besluta", "inf"),
        # Kommunstyrelsen utövar uppsikt över bolaget.
        a(text, "Kommunstyrelsen", "kommunstyrelse", "board"),
        v(text, "utövar", "utöva", "pres"),
        a(text, "bolaget", CO, "organisation", nth=2),
        # Kommunfullmäktige väljer bolagets styrelse.
        a(text, "Kommunfullmäktige", "kommunfullmäktige", "assembly"),
        v(text, "väljer", "välja", "pres"),
        a(text, "bolagets", CO, "organisation", nth=2),
        a(text, "styrelse", "styrelse", "board"),
        # Åbyhem ska senast … lämna en årsredovisning …
        a(text, "Åbyhem", CO, "organisation", nth=6),
        v(text, "ska", "skola", "pres", nth=5),
        v(text, "lämna", "lämna", "inf", nth=1),
        a(text, "kommunstyrelsen", "kommunstyrelse", "board", nth=2),
        # Innan beslut fattas … ska bolaget ge kommunfullmäktige möjlighet att ta ställning.
        v(text, "fattas", "fatta", "pres", "pass"),
        v(text, "ska", "skola", "pres", nth=6),
        a(text, "bolaget", CO, "organisation", nth=3),
        v(text, "ge", "ge", "inf"),
        a(text, "kommunfullmäktige", "kommunfullmäktige", "assembly", nth=1),
        v(text, "ta", "ta", "inf"),
        # Ekonomi och avkastning Bolaget ska drivas …
        a(text, "Bolaget", CO, "organisation", nth=1),
        v(text, "ska", "skola", "pres", nth=7),
        v(text, "drivas", "driva", "inf", "pass"),
        condition(text, "enligt affärsmässiga principer"),
        # Bolaget bör ha …
        a(text, "Bolaget", CO, "organisation", nth=2),
        v(text, "bör", "böra", "pres"),
        v(text, "ha", "ha", "inf"),
        # Om soliditeten understiger denna nivå ska styrelsen … informera kommunstyrelsen.
        condition(text, "Om soliditeten understiger denna nivå"),
        v(text, "understiger", "understiga", "pres"),
        v(text, "ska", "skola", "pres", nth=8),
        a(text, "styrelsen", "styrelse", "board", nth=2),
        v(text, "informera", "informera", "inf"),
        a(text, "kommunstyrelsen", "kommunstyrelse", "board", nth=3),
        # Åbyhem kan efter beslut av bolagsstämman lämna utdelning till kommunen.
        a(text, "Åbyhem", CO, "organisation", nth=7),
        v(text, "kan", "kunna", "pres"),
        a(text, "bolagsstämman", "bolagsstämma", "assembly", nth=1),
        v(text, "lämna", "lämna", "inf", nth=2),
        a(text, "kommunen", "kommun", "organisation", nth=4),
        # Revisorerna granskar räkenskaperna årligen.
        a(text, "Revisorerna", "revisor", "auditor"),
        v(text, "granskar", "granska", "pres"),
        # Lekmannarevisorerna utses av kommunfullmäktige.
        a(text, "Lekmannarevisorerna", "lekmannarevisor", "auditor"),
        v(text, "utses", "utse", "pres", "pass"),
        a(text, "kommunfullmäktige", "kommunfullmäktige", "assembly", nth=2),
        # Detta ägardirektiv ska antas av bolagsstämman.
        v(text, "ska", "skola", "pres", nth=9),
        v(text, "antas", "anta", "inf", "pass"),
        a(text, "bolagsstämman", "bolagsstämma", "assembly", nth=2),
    ]
    return sorted(spans, key=lambda span: (span["start"], -span["end"]))


def _statements() -> list[dict[str, Any]]:
    s = statement
    goods = "bostäder och lokaler i kommunen"
    return [
        s(CO, "Åbyhem", "obligation", "ska", "förvärva", "förvärva", goods),
        s(CO, "Åbyhem", "obligation", "ska", "bygga", "bygga", goods),
        s(CO, "Åbyhem", "obligation", "ska", "förvalta", "förvalta", goods),
        s(CO, "Åbyhem", "responsibility", "ansvarar för", "ansvara", "ansvarar",
          "att bostäderna är trygga och tillgängliga"),
        s(CO, "Åbyhem", "responsibility", "ansvarar för", "ansvara", "ansvarar",
          "underhållet av kommunens bostadsbestånd"),
        s(CO, "Åbyhem", "obligation", "ska", "redovisa", "redovisa",
          "en underhållsplan till kommunstyrelsen"),
        s(None, None, "obligation", "ska", "bedriva", "bedrivas", None,
          "i enlighet med de kommunala befogenheterna", passive=True),
        s("styrelse", "Styrelsen", "obligation", "ska", "fastställa", "fastställa",
          "en affärsplan för bolaget"),
        s(CO, "Åbyhem", "prohibition", "får inte", "förvärva", "förvärva",
          "fastigheter utanför kommunen utan fullmäktiges godkännande", negated=True),
        s("verkställande direktör", VD, "none", None, "leda", "leder",
          "den löpande förvaltningen"),
        s("verkställande direktör", VD, "none", None, "rapportera", "rapporterar",
          "till styrelsen"),
        s("verkställande direktör", VD, "responsibility", "ansvarar för", "ansvara",
          "ansvarar", "bolagets bokföring och medelsförvaltning"),
        s("verkställande direktör", VD, "permission", "får", "besluta", "besluta",
          "om avtal upp till fem miljoner kronor"),
        s("kommunstyrelse", "Kommunstyrelsen", "none", None, "utöva", "utövar",
          "uppsikt över bolaget"),
        s("kommunfullmäktige", "Kommunfullmäktige", "none", None, "välja", "väljer",
          "bolagets styrelse"),
        s(CO, "Åbyhem", "obligation", "ska", "lämna", "lämna",
          "en årsredovisning till kommunstyrelsen"),
        s(CO, "bolaget", "obligation", "ska", "ge", "ge",
          "kommunfullmäktige möjlighet att ta ställning"),
        s(CO, "Bolaget", "obligation", "ska", "driva", "drivas", None,
          "enligt affärsmässiga principer", passive=True),
        s(CO, "Bolaget", "recommendation", "bör", "ha", "ha",
          "en soliditet om minst tjugo procent"),
        s("styrelse", "styrelsen", "obligation", "ska", "informera", "informera",
          "kommunstyrelsen", "Om soliditeten understiger denna nivå"),
        s(CO, "Åbyhem", "permission", "kan", "lämna", "lämna", "utdelning till kommunen"),
        s("revisor", "Revisorerna", "none", None, "granska", "granskar", "räkenskaperna"),
        s("kommunfullmäktige", "kommunfullmäktige", "none", None, "utse", "utses",
          "Lekmannarevisorerna", passive=True),
        s("bolagsstämma", "bolagsstämman", "obligation", "ska", "anta", "antas",
          "Detta ägardirektiv", passive=True),
    ]


def clauses() -> list[dict[str, Any]]:
    return [
        record(DOC, "title", None, "heading", "", TITLE, [
            actor(TITLE, "Åbyhem AB", CO, "organisation")]),
        record(DOC, "1", None, "paragraph", "", BODY, _spans(BODY), _statements()),
    ]


def main() -> None:
    (DEV / f"{DOC}.txt").write_text(f"{TITLE}\n{BODY}\n", encoding="utf-8")
    with open(DEV / f"{DOC}.jsonl", "w", encoding="utf-8") as handle:
        for rec in clauses():
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
