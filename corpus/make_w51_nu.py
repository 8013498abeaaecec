"""Builds corpus/dev/w51-nu.jsonl and its sources corpus/dev/w51-nu-socialnamnd.html and
corpus/dev/w51-nu-pensionarsrad.txt: invented material for round 51, writer nu51a (a new
user's web pages, newuser50b faults 6 and 9). A saved municipal page
(`w51-nu-socialnamnd`): a link's imperative glued after a paragraph's last sentence (`…
Läs mer om X` inside the `<p>`: furniture, docs/annotation.md §1.2 round 51), a download
link `Ladda ner … som PDF (… kB)` (chrome), a contact card under `Kontakt` one field a `<p>`
(one metadata card; the heading stays), the update line `Sidan uppdaterades <date>` (a
metadata clause), and a section with two unnumbered paragraphs before its printed `2.1`
(`2.p1`, `2.p2`: §1.3 round 51). The same page copied as plain text
(`w51-nu-pensionarsrad`), with a `Dnr` line as its only year. Negatives: a line of its own
`Läs mer om …` (a paragraph, round 46), a sentence opening with `Hämta` (text, no download
link), a section without printed subsections (`1.1`, `1.2`). Gold by hand from
docs/annotation.md §1–§5 before any run (after the first run: `Nämnden` → `nämnd` and
`Pensionärsrådet` as the w49-x convention has short forms, a missed `Orrviks kommun` added,
`Rådet` written out). Offsets computed.
Run: python corpus/make_w51_nu.py corpus/dev"""

import sys
from pathlib import Path

from records import FORV, FTV, HAR, ORG, POL, SKA, inf, pres, records_for, write_jsonl
from records import statement as st

rec = records_for("w51-nu")

# (a) A saved municipal page: a reglemente för socialnämnden.
D = "w51-nu-socialnamnd"
SN, SNO, OK = "socialnämnd", "socialnämndens ordförande", "orrviks kommun"
SOC = {
    "title": "Reglemente för socialnämnden",
    "m1": "Antaget av kommunfullmäktige 2025-02-17, § 19",
    "1": "Uppgifter",
    "1.1": "Socialnämnden ansvarar för individ- och familjeomsorgen i Orrviks kommun.",
    "1.2": "Nämnden ska samverka med skolorna i frågor om barns trygghet.",
    "1.2link": "Läs mer om samverkan",
    "2": "Sammanträden",
    "2.p1": "Ordföranden ska kalla till sammanträde minst tio gånger per år.",
    "2.p2": "Ersättarna har rätt att närvara vid sammanträdena.",
    "2.p2link": "Läs mer om ersättarnas uppdrag",
    "2.1": "Protokoll",
    "2.1.1": "Nämndsekreteraren ska föra protokoll vid sammanträdena.",
    "2.1.2": "Läs mer om protokollen",
    "download": "Ladda ner reglementet som PDF (198 kB)",
    "h1": "Kontakt",
    "m2": ("Socialförvaltningen", "Telefon: 0346-88 12 00", "E-post: social@orrvik.example"),
    "m3": "Sidan uppdaterades 2025-12-03",
}
SOC_HTML = f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{SOC["title"]} - Orrviks kommun</title>
</head>
<body>
  <main id="main">
    <h1>{SOC["title"]}</h1>
    <p class="meta">{SOC["m1"]}</p>
    <h2>1 {SOC["1"]}</h2>
    <p>{SOC["1.1"]}</p>
    <p>{SOC["1.2"]} <a href="/samverkan">{SOC["1.2link"]}</a></p>
    <h2>2 {SOC["2"]}</h2>
    <p>{SOC["2.p1"]}</p>
    <p>{SOC["2.p2"]} <a href="/ersattare">{SOC["2.p2link"]}</a></p>
    <h3>2.1 {SOC["2.1"]}</h3>
    <p>{SOC["2.1.1"]}</p>
    <p><a href="/protokoll">{SOC["2.1.2"]}</a></p>
    <p><a href="/dokument/reglemente-socialnamnden.pdf">{SOC["download"]}</a></p>
    <div class="contact">
      <h2>{SOC["h1"]}</h2>
      <p>{SOC["m2"][0]}</p>
      <p>{SOC["m2"][1]}</p>
      <p>{SOC["m2"][2]}</p>
    </div>
    <p class="updated">{SOC["m3"]}</p>
  </main>
  <footer><p>Orrviks kommun, 455 80 Orrvik</p></footer>
</body>
</html>
"""
NAMND = ("Nämnden", "nämnd", POL)  # the short form keeps its own lemma (as w49-x)
SOCIAL = [
    rec("title", SOC["title"], [("socialnämnden", SN, POL)], doc=D, kind="heading"),
    rec("m1", SOC["m1"], [("kommunfullmäktige", "kommunfullmäktige", POL)], doc=D),
    rec("1", SOC["1"], doc=D, kind="heading", label="1"),
    rec("1.1", SOC["1.1"], [("Socialnämnden", SN, POL), ("Orrviks kommun", OK, ORG)],
        [pres("ansvarar", "ansvara")],
        [st(SN, "Socialnämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för individ- och familjeomsorgen i Orrviks kommun")], doc=D, parent="1"),
    rec("1.2", SOC["1.2"], [NAMND], [SKA, inf("samverka")],
        [st("nämnd", "Nämnden", "obligation", "ska", "samverka", "samverka",
            "med skolorna i frågor om barns trygghet")], doc=D, parent="1"),
    rec("2", SOC["2"], doc=D, kind="heading", label="2"),
    rec("2.p1", SOC["2.p1"], [("Ordföranden", SNO, FTV)], [SKA, inf("kalla")],
        [st(SNO, "Ordföranden", "obligation", "ska", "kalla", "kalla",
            "till sammanträde minst tio gånger per år")], doc=D, parent="2"),
    rec("2.p2", SOC["2.p2"], [("Ersättarna", "ersättare", FTV)], [HAR, inf("närvara")],
        [st("ersättare", "Ersättarna", "permission", "har rätt att", "närvara", "närvara",
            "vid sammanträdena")], doc=D, parent="2"),
    rec("2.1", SOC["2.1"], doc=D, kind="heading", label="2.1", parent="2"),
    rec("2.1.1", SOC["2.1.1"], [("Nämndsekreteraren", "nämndsekreterare", FTV)],
        [SKA, inf("föra")],
        [st("nämndsekreterare", "Nämndsekreteraren", "obligation", "ska", "föra", "föra",
            "protokoll vid sammanträdena")], doc=D, parent="2.1"),
    # a link of its own line: a paragraph that states nothing (round 46)
    rec("2.1.2", SOC["2.1.2"], verbs=[("Läs", "läsa", "imp", "act")], doc=D, parent="2.1"),
    rec("h1", SOC["h1"], doc=D, kind="heading"),
    rec("m2", " ".join(SOC["m2"]), [("Socialförvaltningen", "socialförvaltning", FORV)],
        doc=D, parent="h1"),
    rec("m3", SOC["m3"], doc=D, parent="h1"),
]

# (b) A council's page copied as plain text: the `Dnr` line its only year.
D = "w51-nu-pensionarsrad"
PR, PRS = "kommunalt pensionärsråd", "pensionärsråd"
PEN = {
    "title": "Arbetsordning för det kommunala pensionärsrådet",
    "m1": "Dnr KS 2023/214",
    "1": "Pensionärsrådet ska lämna synpunkter på frågor som rör äldre.",
    "1link": "Läs mer om rådets arbete",
    "2": "Pensionärsrådet sammanträder fyra gånger per år.",
    "3": "Hämta kallelsen i receptionen på kommunhuset.",
    "download": "Ladda ner arbetsordningen (docx, 40 kB)",
    "m2": "Sidan uppdaterades 2025-10-21",
}
PEN_TEXT = (f"{PEN['title']}\n\n{PEN['m1']}\n\n{PEN['1']} {PEN['1link']}\n\n{PEN['2']}\n\n"
            f"{PEN['3']}\n\n{PEN['download']}\n\n{PEN['m2']}\n")
PENSION = [
    rec("title", PEN["title"], [("kommunala pensionärsrådet", PR, POL)], doc=D,
        kind="heading"),
    rec("m1", PEN["m1"], doc=D),
    rec("1", PEN["1"], [("Pensionärsrådet", PRS, POL)], [SKA, inf("lämna"), pres("rör", "röra")],
        [st(PRS, "Pensionärsrådet", "obligation", "ska", "lämna", "lämna",
            "synpunkter på frågor som rör äldre")], doc=D),
    rec("2", PEN["2"], [("Pensionärsrådet", PRS, POL)], [pres("sammanträder", "sammanträda")],
        [st(PRS, "Pensionärsrådet", "none", None, "sammanträda", "sammanträder",
            "fyra gånger per år")],
        doc=D),
    # an imperative sentence with its stop: text, no download link, no statement
    rec("3", PEN["3"], verbs=[("Hämta", "hämta", "imp", "act")], doc=D),
    rec("m2", PEN["m2"], doc=D),
]


def write_sources(folder):
    folder = Path(folder)
    (folder / "w51-nu-socialnamnd.html").write_text(SOC_HTML, encoding="utf-8")
    (folder / "w51-nu-pensionarsrad.txt").write_text(PEN_TEXT, encoding="utf-8")


RECORDS = [*SOCIAL, *PENSION]

if __name__ == "__main__":
    write_sources(sys.argv[1])
    write_jsonl(Path(sys.argv[1]) / "w51-nu.jsonl", RECORDS)
