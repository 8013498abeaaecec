"""Writes dev/segment2-web.jsonl and dev/segment2-blocks.jsonl: invented web and blank-line
texts (dev/segment2-*.txt) for the clause segmentation conventions of docs/annotation.md §1.2
(every line of a web page without blank lines is a clause; a blank-line block of sentence
lines is one paragraph; a bare `§ N` line labels the next block). Offsets by script.

Run: python corpus/make_segment2.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DEV = Path(__file__).parent / "dev"
CATEGORY = {
    "committee": "politiskt organ", "board": "politiskt organ", "assembly": "politiskt organ",
    "organisation": "organisation", "unit": "förvaltningsorganisation",
    "manager": "tjänsteperson", "chief_executive": "tjänsteperson", "employee": "tjänsteperson",
    "chair": "förtroendevald", "elected": "förtroendevald",
}


def _find(text: str, part: str, nth: int) -> int:
    """Start of the nth occurrence of `part` as whole words."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text))
    return matches[nth - 1].start()


def actor(text: str, part: str, canonical: str, role: str, nth: int = 1) -> dict[str, Any]:
    start = _find(text, part, nth)
    return {"start": start, "end": start + len(part), "text": part, "label": "ACTOR",
            "canonical": canonical, "category": CATEGORY[role], "role": role}


def verb(text: str, part: str, lemma: str, tense: str, voice: str = "act",
         nth: int = 1) -> dict[str, Any]:
    start = _find(text, part, nth)
    return {"start": start, "end": start + len(part), "text": part, "label": "VERB",
            "lemma": lemma, "tense": tense, "voice": voice}


def condition(text: str, part: str) -> dict[str, Any]:
    start = _find(text, part, 1)
    return {"start": start, "end": start + len(part), "text": part, "label": "CONDITION"}


def statement(actor_: str | None, actor_text: str | None, deontic: str, modal: str | None,
              aim: str, aim_text: str, obj: str | None = None, cond: str | None = None,
              negated: bool = False, passive: bool = False) -> dict[str, Any]:
    return {"actor": actor_, "actor_text": actor_text, "deontic": deontic, "modal": modal,
            "aim": aim, "aim_text": aim_text, "negated": negated, "passive": passive,
            "object_text": obj, "condition_text": cond}


def record(doc_id: str, clause_id: str, parent: str | None, kind: str, label: str, text: str,
           spans: list[dict[str, Any]], statements: list[dict[str, Any]] | None = None
           ) -> dict[str, Any]:
    return {"text": text, "meta": {"doc_id": doc_id, "clause_id": clause_id,
                                   "parent_id": parent, "kind": kind, "label": label},
            "spans": sorted(spans, key=lambda s: s["start"]), "statements": statements or []}


def web() -> list[dict[str, Any]]:
    doc = "segment2-web"
    t0 = "Tekniska nämnden i Lillviks kommun"
    t1 = ("Tekniska nämnden ansvarar för gator, parker och vatten i kommunen. Nämnden har nio "
          "ledamöter som väljs av kommunfullmäktige.")
    t2 = "Klicka på rubrikerna nedan för att läsa mer om verksamheten."
    h1 = "Gatuenheten – drift och underhåll"
    t3 = ("Gatuenheten sköter snöröjningen och lagar gatorna. Enheten leds av en gatuchef som "
          "rapporterar till förvaltningschefen.")
    h2 = "Parker och grönområden"
    t4 = ("Parkenheten planterar träd och underhåller lekplatserna i tätorterna. Nämnden beslutar "
          "om nya parker efter samråd med byggnadsnämnden.")
    h3 = "Vatten och avlopp"
    t5 = ("Nämnden ska se till att dricksvattnet håller god kvalitet. Förvaltningschefen får "
          "teckna avtal om reparationer upp till ett halvt prisbasbelopp.")
    h4 = "Kontakta oss"
    t6 = "Frågor om avgifter besvaras av kundtjänsten, som är öppen vardagar."
    c4 = "efter samråd med byggnadsnämnden"
    return [
        record(doc, "title", None, "heading", "", t0, [
            actor(t0, "Tekniska nämnden", "teknisk nämnd", "committee"),
            actor(t0, "Lillviks kommun", "lillviks kommun", "organisation")]),
        record(doc, "1", None, "paragraph", "", t1, [
            actor(t1, "Tekniska nämnden", "teknisk nämnd", "committee"),
            verb(t1, "ansvarar", "ansvara", "pres"),
            actor(t1, "kommunen", "lillviks kommun", "organisation"),
            actor(t1, "Nämnden", "nämnd", "committee"),
            verb(t1, "har", "ha", "pres"),
            actor(t1, "ledamöter", "ledamot", "elected"),
            verb(t1, "väljs", "välja", "pres", "pass"),
            actor(t1, "kommunfullmäktige", "kommunfullmäktige", "assembly")], [
            statement("teknisk nämnd", "Tekniska nämnden", "responsibility", "ansvarar för",
                      "ansvara", "ansvarar", "gator, parker och vatten i kommunen"),
            statement("nämnd", "Nämnden", "none", None, "ha", "har",
                      "nio ledamöter som väljs av kommunfullmäktige")]),
        record(doc, "2", None, "paragraph", "", t2, [
            verb(t2, "Klicka", "klicka", "imp"), verb(t2, "läsa", "läsa", "inf")]),
        record(doc, "h1", None, "heading", "", h1, [
            actor(h1, "Gatuenheten", "gatuenhet", "unit")]),
        record(doc, "3", "h1", "paragraph", "", t3, [
            actor(t3, "Gatuenheten", "gatuenhet", "unit"),
            verb(t3, "sköter", "sköta", "pres"), verb(t3, "lagar", "laga", "pres"),
            actor(t3, "Enheten", "enhet", "unit"), verb(t3, "leds", "leda", "pres", "pass"),
            actor(t3, "gatuchef", "gatuchef", "manager"),
            verb(t3, "rapporterar", "rapportera", "pres"),
            actor(t3, "förvaltningschefen", "förvaltningschef", "manager")], [
            statement("gatuenhet", "Gatuenheten", "none", None, "sköta", "sköter",
                      "snöröjningen"),
            statement("gatuenhet", "Gatuenheten", "none", None, "laga", "lagar", "gatorna"),
            statement("gatuchef", "gatuchef", "none", None, "leda", "leds", "Enheten",
                      passive=True)]),
        record(doc, "h2", None, "heading", "", h2, []),
        record(doc, "4", "h2", "paragraph", "", t4, [
            actor(t4, "Parkenheten", "parkenhet", "unit"),
            verb(t4, "planterar", "plantera", "pres"),
            verb(t4, "underhåller", "underhålla", "pres"),
            actor(t4, "Nämnden", "nämnd", "committee"), verb(t4, "beslutar", "besluta", "pres"),
            condition(t4, c4), actor(t4, "byggnadsnämnden", "byggnadsnämnd", "committee")], [
            statement("parkenhet", "Parkenheten", "none", None, "plantera", "planterar", "träd"),
            statement("parkenhet", "Parkenheten", "none", None, "underhålla", "underhåller",
                      "lekplatserna i tätorterna"),
            statement("nämnd", "Nämnden", "none", None, "besluta", "beslutar",
                      "om nya parker", c4)]),
        record(doc, "h3", None, "heading", "", h3, []),
        record(doc, "5", "h3", "paragraph", "", t5, [
            actor(t5, "Nämnden", "nämnd", "committee"), verb(t5, "ska", "skola", "pres"),
            verb(t5, "se", "se", "inf"), verb(t5, "håller", "hålla", "pres"),
            actor(t5, "Förvaltningschefen", "förvaltningschef", "manager"),
            verb(t5, "får", "få", "pres"), verb(t5, "teckna", "teckna", "inf")], [
            statement("nämnd", "Nämnden", "obligation", "ska se till att", "se", "se",
                      "till att dricksvattnet håller god kvalitet"),
            statement("förvaltningschef", "Förvaltningschefen", "permission", "får", "teckna",
                      "teckna", "avtal om reparationer upp till ett halvt prisbasbelopp")]),
        record(doc, "h4", None, "heading", "", h4, [verb(h4, "Kontakta", "kontakta", "imp")]),
        record(doc, "6", "h4", "paragraph", "", t6, [
            verb(t6, "besvaras", "besvara", "pres", "pass"),
            actor(t6, "kundtjänsten", "kundtjänst", "unit"), verb(t6, "är", "vara", "pres")], [
            statement("kundtjänst", "kundtjänsten", "none", None, "besvara", "besvaras",
                      "Frågor om avgifter", passive=True)]),
    ]


def blocks() -> list[dict[str, Any]]:
    doc = "segment2-blocks"
    t0 = "Arbetsordning för styrelsen i Lillviks Hamn AB"
    t1 = ("Styrelsen för Lillviks Hamn AB ansvarar för bolagets organisation och förvaltningen av "
          "bolagets angelägenheter enligt aktiebolagslagen, bolagsordningen och ägardirektivet "
          "från kommunfullmäktige.")
    c1 = "enligt aktiebolagslagen, bolagsordningen och ägardirektivet från kommunfullmäktige"
    h2 = "Sammanträden"
    t2 = ("Styrelsen sammanträder minst fyra gånger per år på tider som styrelsen bestämmer vid "
          "det konstituerande sammanträdet, och i övrigt när ordföranden finner att det behövs. "
          "Kallelsen skickas ut senast sju dagar före sammanträdet.")
    c2 = "när ordföranden finner att det behövs"
    t3 = "Ordförande: Karin Sundberg (M) Lillvik Vice ordförande: Olle Nyström (S) Lillvik"
    t4 = ("Den verkställande direktören ska närvara vid styrelsens sammanträden och föredra "
          "ärendena, om inte styrelsen i ett särskilt fall beslutar annat eller ärendet rör "
          "direktörens egen anställning. Styrelsen får inte fatta beslut i ett ärende som inte "
          "har tagits upp i kallelsen, om inte samtliga ledamöter är eniga om det och har fått "
          "ett fullständigt underlag före sammanträdet.")
    c4a = ("om inte styrelsen i ett särskilt fall beslutar annat eller ärendet rör direktörens "
           "egen anställning")
    c4b = ("om inte samtliga ledamöter är eniga om det och har fått ett fullständigt underlag "
           "före sammanträdet")
    t5 = ("Protokoll förs av den som styrelsen utser. Protokollet justeras av ordföranden och en "
          "ledamot som styrelsen har valt, och det ska förvaras betryggande hos bolaget "
          "tillsammans med kallelsen.")
    vd = "verkställande direktör"
    chair = "styrelsens ordförande"
    return [
        record(doc, "title", None, "heading", "", t0, [
            actor(t0, "styrelsen", "styrelse", "board"),
            actor(t0, "Lillviks Hamn AB", "lillviks hamn ab", "organisation")]),
        record(doc, "§1", None, "paragraph", "§ 1", t1, [
            actor(t1, "Styrelsen", "styrelse", "board"),
            actor(t1, "Lillviks Hamn AB", "lillviks hamn ab", "organisation"),
            verb(t1, "ansvarar", "ansvara", "pres"),
            actor(t1, "bolagets", "lillviks hamn ab", "organisation"),
            actor(t1, "bolagets", "lillviks hamn ab", "organisation", nth=2),
            condition(t1, c1), actor(t1, "kommunfullmäktige", "kommunfullmäktige", "assembly")], [
            statement("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara",
                      "ansvarar",
                      "bolagets organisation och förvaltningen av bolagets angelägenheter", c1)]),
        record(doc, "§2", None, "heading", "§ 2", h2, []),
        record(doc, "§2.1", "§2", "paragraph", "", t2, [
            actor(t2, "Styrelsen", "styrelse", "board"),
            verb(t2, "sammanträder", "sammanträda", "pres"),
            actor(t2, "styrelsen", "styrelse", "board"),
            verb(t2, "bestämmer", "bestämma", "pres"), condition(t2, c2),
            actor(t2, "ordföranden", chair, "chair"), verb(t2, "finner", "finna", "pres"),
            verb(t2, "behövs", "behöva", "pres", "pass"),
            verb(t2, "skickas", "skicka", "pres", "pass")], [
            statement("styrelse", "Styrelsen", "none", None, "sammanträda", "sammanträder",
                      "minst fyra gånger per år på tider som styrelsen bestämmer vid det "
                      "konstituerande sammanträdet", c2)]),
        record(doc, "§2.2", "§2", "paragraph", "", t3, [
            actor(t3, "Ordförande", chair, "chair"),
            actor(t3, "Vice ordförande", "vice ordförande", "chair")]),
        record(doc, "§2.3", "§2", "paragraph", "", t4, [
            actor(t4, "verkställande direktören", vd, "chief_executive"),
            verb(t4, "ska", "skola", "pres"), verb(t4, "närvara", "närvara", "inf"),
            actor(t4, "styrelsens", "styrelse", "board"),
            verb(t4, "föredra", "föredra", "inf"), condition(t4, c4a),
            actor(t4, "styrelsen", "styrelse", "board"),
            verb(t4, "beslutar", "besluta", "pres"), verb(t4, "rör", "röra", "pres"),
            actor(t4, "direktörens", "direktör", "chief_executive"),
            actor(t4, "Styrelsen", "styrelse", "board"), verb(t4, "får", "få", "pres"),
            verb(t4, "fatta", "fatta", "inf"), verb(t4, "har", "ha", "pres"),
            verb(t4, "tagits", "ta", "sup", "pass"), condition(t4, c4b),
            actor(t4, "ledamöter", "ledamot", "elected"), verb(t4, "är", "vara", "pres"),
            verb(t4, "har", "ha", "pres", nth=2), verb(t4, "fått", "få", "sup")], [
            statement(vd, "verkställande direktören", "obligation", "ska", "närvara", "närvara",
                      "vid styrelsens sammanträden", c4a),
            statement(vd, "verkställande direktören", "obligation", "ska", "föredra", "föredra",
                      "ärendena", c4a),
            statement("styrelse", "Styrelsen", "prohibition", "får inte", "fatta", "fatta",
                      "beslut i ett ärende som inte har tagits upp i kallelsen", c4b,
                      negated=True)]),
        record(doc, "§2.4", "§2", "paragraph", "", t5, [
            verb(t5, "förs", "föra", "pres", "pass"),
            actor(t5, "styrelsen", "styrelse", "board"), verb(t5, "utser", "utse", "pres"),
            verb(t5, "justeras", "justera", "pres", "pass"),
            actor(t5, "ordföranden", chair, "chair"), actor(t5, "ledamot", "ledamot", "elected"),
            actor(t5, "styrelsen", "styrelse", "board", nth=2),
            verb(t5, "har", "ha", "pres"), verb(t5, "valt", "välja", "sup"),
            verb(t5, "ska", "skola", "pres"), verb(t5, "förvaras", "förvara", "inf", "pass"),
            actor(t5, "bolaget", "lillviks hamn ab", "organisation")], [
            statement(chair, "ordföranden", "none", None, "justera", "justeras", "Protokollet",
                      passive=True),
            statement("ledamot", "ledamot", "none", None, "justera", "justeras", "Protokollet",
                      passive=True),
            statement(None, None, "obligation", "ska", "förvara", "förvaras",
                      "betryggande hos bolaget tillsammans med kallelsen", passive=True)]),
    ]


def main() -> None:
    for name, records in (("segment2-web", web()), ("segment2-blocks", blocks())):
        with open(DEV / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for rec in records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
