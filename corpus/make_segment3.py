"""Writes dev/segment3.jsonl: an invented reglemente (dev/segment3.txt) in blank-line text
whose unnumbered headings sit right above `§ N` lines (no blank line between), with a `§ N`
lead-in without colon (`har i synnerhet till uppgift att`) over dash items. Records were
first drafted from the pipeline's output and every record was then checked and corrected by
hand against docs/annotation.md (missing VERB spans, objects). The chair is `nämndens
ordförande`: the genitive the text uses for its body (`Nämndens ansvar`; §2 resolution).

Run: python corpus/make_segment3.py
"""

from __future__ import annotations

import json
from typing import Any

from make_segment2 import DEV, actor, record, statement, verb

DOC = "segment3"


def clauses() -> list[dict[str, Any]]:
    t0 = "Reglemente för kulturnämnden i Strandby kommun"
    h1 = "Nämndens ansvar"
    p1 = ("Kulturnämnden ansvarar för kommunens bibliotek, kulturskola och konsthall. Nämnden "
          "ska även vårda kommunens konstsamling.")
    p2 = "Nämnden har i synnerhet till uppgift att"
    i2a = "fördela bidrag till kulturarrangemang,"
    i2b = "upprätta ett kulturprogram för varje år."
    h2 = "Delegering och anmälan"
    p3 = ("Nämnden får uppdra åt kulturchefen att besluta i ärenden om lån av konst. "
          "Kulturchefen ska anmäla sådana beslut till nämnden.")
    h3 = "Sammanträden"
    p4 = ("Nämnden sammanträder minst sex gånger per år. Ordföranden får kalla till extra "
          "sammanträde.")
    task = "har till uppgift att"
    return [
        record(DOC, "title", None, "heading", "", t0, [
            actor(t0, "kulturnämnden", "kulturnämnd", "committee"),
            actor(t0, "Strandby kommun", "strandby kommun", "organisation")]),
        record(DOC, "h1", None, "heading", "", h1, [actor(h1, "Nämndens", "nämnd", "committee")]),
        record(DOC, "§1", "h1", "paragraph", "§ 1", p1, [
            actor(p1, "Kulturnämnden", "kulturnämnd", "committee"),
            verb(p1, "ansvarar", "ansvara", "pres"),
            actor(p1, "kommunens", "strandby kommun", "organisation"),
            actor(p1, "Nämnden", "nämnd", "committee"),
            verb(p1, "ska", "skola", "pres"), verb(p1, "vårda", "vårda", "inf"),
            actor(p1, "kommunens", "strandby kommun", "organisation", nth=2)], [
            statement("kulturnämnd", "Kulturnämnden", "responsibility", "ansvarar för",
                      "ansvara", "ansvarar", "kommunens bibliotek, kulturskola och konsthall"),
            statement("nämnd", "Nämnden", "obligation", "ska", "vårda", "vårda",
                      "kommunens konstsamling")]),
        record(DOC, "§2", "h1", "paragraph", "§ 2", p2, [
            actor(p2, "Nämnden", "nämnd", "committee"), verb(p2, "har", "ha", "pres")]),
        record(DOC, "§2.a", "§2", "list_item", "-", i2a, [
            verb(i2a, "fördela", "fördela", "inf")], [
            statement("nämnd", "Nämnden", "obligation", task, "fördela", "fördela",
                      "bidrag till kulturarrangemang")]),
        record(DOC, "§2.b", "§2", "list_item", "-", i2b, [
            verb(i2b, "upprätta", "upprätta", "inf")], [
            statement("nämnd", "Nämnden", "obligation", task, "upprätta", "upprätta",
                      "ett kulturprogram för varje år")]),
        record(DOC, "h2", None, "heading", "", h2, []),
        record(DOC, "§3", "h2", "paragraph", "§ 3", p3, [
            actor(p3, "Nämnden", "nämnd", "committee"),
            verb(p3, "får", "få", "pres"), verb(p3, "uppdra", "uppdra", "inf"),
            actor(p3, "kulturchefen", "kulturchef", "manager"),
            verb(p3, "besluta", "besluta", "inf"),
            actor(p3, "Kulturchefen", "kulturchef", "manager"),
            verb(p3, "ska", "skola", "pres"), verb(p3, "anmäla", "anmäla", "inf"),
            actor(p3, "nämnden", "nämnd", "committee")], [
            statement("nämnd", "Nämnden", "permission", "får", "uppdra", "uppdra",
                      "åt kulturchefen att besluta i ärenden om lån av konst"),
            statement("kulturchef", "Kulturchefen", "obligation", "ska", "anmäla", "anmäla",
                      "sådana beslut till nämnden")]),
        record(DOC, "h3", None, "heading", "", h3, []),
        record(DOC, "§4", "h3", "paragraph", "§ 4", p4, [
            actor(p4, "Nämnden", "nämnd", "committee"),
            verb(p4, "sammanträder", "sammanträda", "pres"),
            actor(p4, "Ordföranden", "kulturnämndens ordförande", "chair"),
            verb(p4, "får", "få", "pres"), verb(p4, "kalla", "kalla", "inf")], [
            statement("nämnd", "Nämnden", "none", None, "sammanträda", "sammanträder",
                      "minst sex gånger per år"),
            statement("kulturnämndens ordförande", "Ordföranden", "permission", "får", "kalla",
                      "kalla", "till extra sammanträde")]),
    ]


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in clauses()]
    (DEV / f"{DOC}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
