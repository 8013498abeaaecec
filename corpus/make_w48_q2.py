"""Builds corpus/dev/w48-q2.jsonl: invented material for round 48, writer Q2 (analysis 48-bq
cause 11; gold written by hand after docs/annotation.md, before the rules): an association's
member kinds as `-medlem` compounds (`hedersmedlemmar`, `stödmedlemmar`: members, `övrig`
like `medlem`; §2.6 round 48), the players of a sport as a population (`golfare`,
`idrottare`: plural, extern, §2.6 D1), a club named by its place and a kind abbreviation
(`Ekby GK`, `Norrby IF`, `Lindö BK`: one name, organisation); a meeting after `vid` +
`nästa`/`nästkommande` stays an actor (round 21: only `före`/`efter`/`innan` make it an
event). Negatives: a body compound's member (`styrelsemedlem`) as before, `före nästa
årsmöte` an event, an abbreviation with no place before it. Offsets computed.
Run: python corpus/make_w48_q2.py corpus/dev"""

import sys

from records import EXT, FTV, KAN, ORG, OVR, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w48-q2")

SENTENCES = [
    rec("m1", "Hedersmedlemmar betalar ingen medlemsavgift.",
        [("Hedersmedlemmar", "hedersmedlem", OVR)], [pres("betalar", "betala")],
        [st("hedersmedlem", "Hedersmedlemmar", "none", None, "betala", "betalar",
            "ingen medlemsavgift")]),
    rec("m2", "Årsmötet kan utse stödmedlemmar och ungdomsmedlemmar.",
        [("Årsmötet", "årsmöte", OVR), ("stödmedlemmar", "stödmedlem", OVR),
         ("ungdomsmedlemmar", "ungdomsmedlem", OVR)], [KAN, inf("utse")],
        [st("årsmöte", "Årsmötet", "permission", "kan", "utse", "utse",
            "stödmedlemmar och ungdomsmedlemmar")]),
    rec("m3", "Styrelsen får kalla hedersmedlemmarna till sina möten.",
        [("Styrelsen", "styrelse", POL), ("hedersmedlemmarna", "hedersmedlem", OVR)],
        [pres("får", "få"), inf("kalla")],
        [st("styrelse", "Styrelsen", "permission", "får", "kalla", "kalla",
            "hedersmedlemmarna till sina möten")]),
    rec("m-n1", "Varje styrelsemedlem ska vara myndig.",
        [("styrelsemedlem", "styrelsemedlem", OVR)], [SKA, inf("vara")],
        [st("styrelsemedlem", "styrelsemedlem", "obligation", "ska", "vara", "vara",
            "myndig")]),
    rec("p1", "Golfare ska visa hänsyn på banan.",
        [("Golfare", "golfare", EXT)], [SKA, inf("visa")],
        [st("golfare", "Golfare", "obligation", "ska", "visa", "visa", "hänsyn på banan")]),
    rec("p2", "Idrottarna ska följa förbundets regler.",
        [("Idrottarna", "idrottare", EXT), ("förbundets", "förbund", ORG)], [SKA, inf("följa")],
        [st("idrottare", "Idrottarna", "obligation", "ska", "följa", "följa",
            "förbundets regler")]),
    rec("k1", "Ekby GK anordnar tävlingar.",
        [("Ekby GK", "ekby gk", ORG)], [pres("anordnar", "anordna")],
        [st("ekby gk", "Ekby GK", "none", None, "anordna", "anordnar", "tävlingar")]),
    rec("k2", "Norrby IF samarbetar med skolorna.",
        [("Norrby IF", "norrby if", ORG)], [pres("samarbetar", "samarbeta")],
        [st("norrby if", "Norrby IF", "none", None, "samarbeta", "samarbetar",
            "med skolorna")]),
    rec("k3", "Styrelsen företräder Lindö BK mellan årsmötena.",
        [("Styrelsen", "styrelse", POL), ("Lindö BK", "lindö bk", ORG)],
        [pres("företräder", "företräda")],
        [st("styrelse", "Styrelsen", "none", None, "företräda", "företräder",
            "Lindö BK mellan årsmötena")]),
    rec("e1", "Styrelsen redovisar frågan vid nästkommande årsmöte.",
        [("Styrelsen", "styrelse", POL), ("årsmöte", "årsmöte", OVR)],
        [pres("redovisar", "redovisa")],
        [st("styrelse", "Styrelsen", "none", None, "redovisa", "redovisar",
            "frågan vid nästkommande årsmöte")]),
    rec("e-n1", "Styrelsen lämnar rapporten senast en vecka före nästa årsmöte.",
        [("Styrelsen", "styrelse", POL)], [pres("lämnar", "lämna")],
        [st("styrelse", "Styrelsen", "none", None, "lämna", "lämnar",
            "rapporten senast en vecka före nästa årsmöte")]),
]

# cause 7 (§5 coordinated subjects, round 23's adverbial between conjuncts, here without
# commas): `A eller <PP> B <verb>`; the negative a PP that ends the first subject's clause
COORDINATED = [
    rec("c1", "Föreningsmötet eller i brådskande fall styrelsen kan fatta beslut om avgifter.",
        [("Föreningsmötet", "föreningsmöte", OVR), ("styrelsen", "styrelse", POL)],
        [KAN, inf("fatta")],
        [st("föreningsmöte", "Föreningsmötet", "permission", "kan", "fatta", "fatta",
            "beslut om avgifter"),
         st("styrelse", "styrelsen", "permission", "kan", "fatta", "fatta",
            "beslut om avgifter")]),
    rec("c2", "Kassören och vid förfall sekreteraren ska sköta bokföringen.",
        [("Kassören", "kassör", FTV), ("sekreteraren", "sekreterare", TJP)],
        [SKA, inf("sköta")],
        [st("kassör", "Kassören", "obligation", "ska", "sköta", "sköta", "bokföringen"),
         st("sekreterare", "sekreteraren", "obligation", "ska", "sköta", "sköta",
            "bokföringen")]),
    rec("c-n1", "Styrelsen kallar medlemmarna och i god tid revisorerna.",
        [("Styrelsen", "styrelse", POL), ("medlemmarna", "medlem", OVR),
         ("revisorerna", "revisor", FTV)], [pres("kallar", "kalla")],
        [st("styrelse", "Styrelsen", "none", None, "kalla", "kallar",
            "medlemmarna och i god tid revisorerna")]),
]

D = "w48-q2-segel"
N = "norrvik segelsällskap"
SEG = ("STADGAR FÖR NORRVIK SEGELSÄLLSKAP", "antagna vid årsmötet den 4 mars 2031",
       "Styrelsen leder verksamheten mellan årsmötena.")
SEGEL = [
    rec("title", SEG[0], [("NORRVIK SEGELSÄLLSKAP", N, ORG)], doc=D, kind="heading"),
    rec("m1", SEG[1], [("årsmötet", "årsmöte", OVR)], doc=D),
    rec("§1", SEG[2], [("Styrelsen", "styrelse", POL)], [pres("leder", "leda")],
        [st("styrelse", "Styrelsen", "none", None, "leda", "leder",
            "verksamheten mellan årsmötena")], doc=D, parent="title", label="1 §"),
]

DOCUMENTS = {
    D: (f"{SEG[0]}\n{SEG[1]}\n\n1 § {SEG[2]}\n", SEGEL),
}


if __name__ == "__main__":
    write_part(sys.argv[1] if len(sys.argv) > 1 else "corpus/dev", "w48-q2", DOCUMENTS,
               after=SENTENCES + COORDINATED)
