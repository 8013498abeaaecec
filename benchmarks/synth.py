"""A synthetic corpus of Swedish governance instructions, shaped like the seeds in ``raw/``.

Each document is an *instruktion* for a chief executive (kommundirektören, regiondirektören,
förvaltningschefen …) issued by a board: a title line, numbered sections with headings,
paragraphs of normative sentences (ska, får, ansvarar för, har rätt att …), now and then a
dash list of "att …" items and statute references (``7 kap 2 § kommunallagen (2017:725)``),
wrapped like text extracted from a PDF (short lines, some words hyphenated across lines,
some documents double-spaced). The same seed always gives the same files.

    python benchmarks/synth.py --docs 1000 --out /tmp/synth [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import textwrap
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Organisation:
    name: str  # "Region Norrbotten", "Lunds kommun"
    chief: str  # definite form: "regiondirektören"
    board: str  # "regionstyrelsen"
    council: str  # "regionfullmäktige"
    slug: str


MUNICIPALITIES = (
    "Ale", "Alingsås", "Borås", "Eslöv", "Falun", "Gävle", "Höör", "Kalmar", "Kiruna", "Lund",
    "Malung-Sälen", "Norrtälje", "Piteå", "Sala", "Skövde", "Tranås", "Umeå", "Vara", "Ystad",
    "Älmhult", "Örnsköldsvik", "Östersund",
)  # fmt: skip
REGIONS = (
    "Norrbotten", "Västerbotten", "Jämtland Härjedalen", "Dalarna", "Gävleborg", "Uppsala",
    "Sörmland", "Östergötland", "Kalmar län", "Skåne", "Halland", "Värmland", "Örebro län",
)  # fmt: skip
MUNICIPAL_CHIEFS = ("kommundirektören", "kommunchefen", "stadsdirektören")
BOARDS = ("socialnämnden", "barn- och utbildningsnämnden", "tekniska nämnden",
          "miljö- och byggnadsnämnden", "kultur- och fritidsnämnden")  # fmt: skip
OFFICIALS = ("förvaltningschefen", "ekonomichefen", "personalchefen", "kanslichefen",
             "ordföranden", "den biträdande direktören", "stabschefen")  # fmt: skip
MODALS = ("ska", "ska", "ska", "får", "bör", "kan")
DUTIES = (
    "leda och samordna förvaltningens arbete",
    "verkställa de beslut som {board} fattar",
    "bereda ärenden som ska behandlas av {board}",
    "hålla {board} informerad om verksamhetens utveckling",
    "se till att den interna kontrollen är tillräcklig",
    "företräda {org} i externa kontakter",
    "samverka med de fackliga organisationerna",
    "svara för att budgeten följs upp varje månad",
    "närvara vid {council}s sammanträden",
    "utveckla och effektivisera organisationen",
    "fördela uppdrag mellan förvaltningarna",
    "besluta om anställning av {official}",
    "teckna avtal inom ramen för fastställd budget",
    "rapportera avvikelser till {board} utan dröjsmål",
)
FRAMES = (
    "{Actor} {modal} {duty}.",
    "{Actor} ansvarar för att {duty_passive}.",
    "{Actor} har rätt att {duty}.",
    "{Actor} har i uppdrag att {duty}.",
    "Det åligger {actor} att {duty}.",
    "{Actor} {modal} inte {duty} utan samråd med {other}.",
    "Om {other} begär det {modal} {actor} {duty}.",
    "{Actor} {modal} i samråd med {other} {duty}.",
)
PASSIVES = (
    "beslut verkställs",
    "delegationsordningen följs",
    "ärenden bereds i tid",
    "verksamheten bedrivs effektivt",
    "medarbetarsamtal genomförs årligen",
    "underlag för beslut finns",
)
HEADINGS = (
    "{Chief}s ställning", "{Chief}s uppdrag", "Ledning och samordning", "Beredning av ärenden",
    "Verkställighet", "Ekonomi och uppföljning", "Externa kontakter och massmedia",
    "Personalfrågor", "Delegation", "Krisledning", "Samverkan", "Intern kontroll",
)  # fmt: skip
REFERENCES = (
    "7 kap 2 § kommunallagen (2017:725)",
    "6 kap 6 § kommunallagen (2017:725)",
    "2 kap 1 § offentlighets- och sekretesslagen (2009:400)",
    "3 § förvaltningslagen (2017:900)",
)


def organisation(rng: random.Random) -> Organisation:
    if rng.random() < 0.4:
        region = rng.choice(REGIONS)
        name = f"Region {region}"
        return Organisation(name, "regiondirektören", "regionstyrelsen", "regionfullmäktige",
                            slug(name))  # fmt: skip
    town = rng.choice(MUNICIPALITIES)
    genitive = "" if town[-1] in "saeiouyåäö" else "s"  # Lunds kommun, Umeå kommun
    name = f"{town}{genitive} kommun"
    chief = rng.choice((*MUNICIPAL_CHIEFS, "förvaltningschefen"))
    board = "kommunstyrelsen" if chief != "förvaltningschefen" else rng.choice(BOARDS)
    return Organisation(name, chief, board, "kommunfullmäktige", slug(name))


def slug(text: str) -> str:
    table = str.maketrans("åäöé ", "aaoe-")
    return "".join(c for c in text.lower().translate(table) if c.isalnum() or c == "-")


def sentence(rng: random.Random, org: Organisation) -> str:
    actor = org.chief if rng.random() < 0.6 else rng.choice((org.board, *OFFICIALS, *BOARDS))
    others = [a for a in (org.board, org.council, *OFFICIALS, *BOARDS) if a != actor]
    values = {
        "actor": actor,
        "other": rng.choice(others),
        "modal": rng.choice(MODALS),
        "duty": rng.choice(DUTIES),
        "duty_passive": rng.choice(PASSIVES),
    }
    text = rng.choice(FRAMES).format(Actor="{Actor}", **values)
    text = text.replace("{Actor}", actor[:1].upper() + actor[1:])
    text = text.format(board=org.board, council=org.council, org=org.name,
                       official=rng.choice(OFFICIALS))  # fmt: skip
    return text[:1].upper() + text[1:]


def paragraph(rng: random.Random, org: Organisation) -> str:
    sentences = [sentence(rng, org) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.15:
        sentences.append(f"Detta följer av {rng.choice(REFERENCES)}.")
    return " ".join(sentences)


def dash_list(rng: random.Random, org: Organisation) -> str:
    intro = f"{org.chief[:1].upper()}{org.chief[1:]} ska i sitt arbete särskilt fokusera följande:"
    items = [f"- att {duty(rng, org)}," for _ in range(rng.randint(2, 5))]
    return "\n\n".join([intro, *items])


def duty(rng: random.Random, org: Organisation) -> str:
    official = rng.choice(OFFICIALS)
    return rng.choice(DUTIES).format(
        board=org.board, council=org.council, org=org.name, official=official
    )


def wrap(text: str, rng: random.Random, width: int) -> list[str]:
    """Short lines as a PDF gives them; sometimes a long word is hyphenated across lines."""
    lines = textwrap.wrap(text, width=width, break_long_words=False)
    out: list[str] = []
    for line in lines:
        if out and rng.random() < 0.2:
            previous_words = out[-1].split(" ")
            last = previous_words[-1]
            if len(last) > 9 and last.isalpha():
                cut = rng.randint(4, len(last) - 4)
                out[-1] = " ".join([*previous_words[:-1], f"{last[:cut]}-"])
                line = f"{last[cut:]} {line}"
        out.append(line)
    return out


def document(rng: random.Random, short: bool = False) -> tuple[Organisation, str]:
    """One document; `short`: a title and one section of one paragraph (~40 words)."""
    org = organisation(rng)
    chief_title = org.chief[:1].upper() + org.chief[1:-2]  # "Regiondirektör"
    double_spaced = rng.random() < 0.5
    width = rng.randint(64, 86)
    blocks = [f"Instruktion för {org.chief} i {org.name} {rng.randint(2015, 2025)}"]
    headings = rng.sample(HEADINGS, 1 if short else rng.randint(4, 8))
    for number, heading in enumerate(headings, start=1):
        blocks.append(f"{number}. {heading.format(Chief=chief_title + 'en')}")
        for _ in range(1 if short else rng.randint(1, 4)):
            blocks.append(dash_list(rng, org) if rng.random() < 0.1 else paragraph(rng, org))
    line_sep = " \n\n" if double_spaced else "\n"
    rendered = [line_sep.join(wrap(block, rng, width)) for block in blocks]
    return org, ("\n\n \n\n" if double_spaced else "\n\n").join(rendered) + "\n"


def write_corpus(out_dir: Path, n_docs: int, seed: int = 0, short: bool = False) -> list[Path]:
    """Write `n_docs` documents into `out_dir` (created) and return their paths.

    `short` documents (one paragraph) make large corpora cheap where only the number of
    documents matters (no-op re-runs, memory growth with the number of documents).
    """
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n_docs):
        org, text = document(rng, short)
        path = out_dir / f"{org.slug}-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="directory to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--short", action="store_true", help="one paragraph per document")
    args = parser.parse_args()
    paths = write_corpus(args.out, args.docs, args.seed, args.short)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} documents, {words} words, to {args.out}")


if __name__ == "__main__":
    main()
