"""Builds corpus/dev/w42-c.jsonl and the small document corpus/dev/w42-c-delegering.txt:
invented material for round 42, writer C (analysis 42-ba, statement causes; gold by hand from
docs/annotation.md before the rules): C1 an `om`/`när` condition whose subject is a partitive
(`minst en tredjedel av ledamöterna`) or a coordination with one, before its finite verb
(`begär`, `kräver`), beside `beslutar om budgeten` and `besluta om fördelningen av medlen`;
C2 a comma-relative `, som` on a passive's `av`-agent with a cue of its own, and one without;
C7 `När X ska V-s …, ska det/detta ske`, the condition's subject never the main clause's, beside
`När X är förhindrad ska Y V`; C8 `har rätt att V1 men inte/ej att V2`; C9 an inverted subject
with a parenthesis before `rätt att`; C10 `och` + a cue verb after a passive relative clause,
beside a passive relative series; C11 `; om … (så) V2` after a first main clause; C12 `att` +
a fronted condition + V2 under a non-actor matrix, beside the same condition with no `att`;
C17 a comma-relative with a cue whose actor head comes before place phrases; C19 particle
passives `föras över`/`föras vidare` that delegate (a lead-in over items too), `föras` alone
the negative. Offsets computed.
Run: python corpus/make_w42_c.py corpus/dev"""

import sys

from records import AR, FTV, HAR, KAN, ORG, OVR, POL, SKA, TJP, inf, pres, records_for
from records import statement as st
from records import write_part

D = "w42-c"
rec = records_for(D, conditions_from_statements=True)


def pas(word, lemma, tense="inf", nth=0):
    """A passive VERB tuple."""
    return (word, lemma, tense, "pass", nth)


RATT = "har rätt att"
LED = ("ledamöterna", "ledamot", FTV)

SENTENCES = [
    # C1: a partitive (or a coordination with one) subject of an `om`/`när` condition
    rec("c1-1", "Extra sammanträde ska hållas om minst en tredjedel av ledamöterna begär det.",
        [LED], [SKA, pas("hållas", "hålla"), pres("begär", "begära")],
        [st(None, None, "obligation", "ska", "hålla", "hållas", passive=True,
            condition="om minst en tredjedel av ledamöterna begär det")]),
    rec("c1-2", "Antalet sammanträden fastställs av nämnden, men sammanträde ska även hållas om "
        "ordföranden eller minst en fjärdedel av ledamöterna kräver det.",
        [("nämnden", "nämnd", POL), ("ordföranden", "ordförande", FTV), LED],
        [pas("fastställs", "fastställa", "pres"), SKA, pas("hållas", "hålla"),
         pres("kräver", "kräva")],
        [st("nämnd", "nämnden", "none", None, "fastställa", "fastställs", passive=True),
         st(None, None, "obligation", "ska", "hålla", "hållas", passive=True,
            condition="om ordföranden eller minst en fjärdedel av ledamöterna kräver det")]),
    rec("c1-3", "Sekreteraren ska kalla till sammanträde om minst hälften av medlemmarna begär det.",
        [("Sekreteraren", "sekreterare", FTV), ("medlemmarna", "medlem", OVR)],
        [SKA, inf("kalla"), pres("begär", "begära")],
        [st("sekreterare", "Sekreteraren", "obligation", "ska", "kalla", "kalla", "till sammanträde",
            condition="om minst hälften av medlemmarna begär det")]),
    rec("c1-4", "Räkenskaperna ska granskas av revisorerna när minst två av ägarna kräver det.",
        [("revisorerna", "revisor", FTV), ("ägarna", "ägare", OVR)],
        [SKA, pas("granskas", "granska"), pres("kräver", "kräva")],
        [st("revisor", "revisorerna", "obligation", "ska", "granska", "granskas", passive=True,
            condition="när minst två av ägarna kräver det")]),
    # negatives: `om` + a noun phrase with no finite verb after it
    rec("c1-n1", "Styrelsen beslutar om budgeten och om bidrag till föreningarna.",
        [("Styrelsen", "styrelse", POL), ("föreningarna", "förening", ORG)],
        [pres("beslutar", "besluta")],
        [st("styrelse", "Styrelsen", "none", None, "besluta", "beslutar",
            "om budgeten och om bidrag till föreningarna")]),
    rec("c1-n2", "Nämnden ska besluta om fördelningen av medlen.",
        [("Nämnden", "nämnd", POL)], [SKA, inf("besluta")],
        [st("nämnd", "Nämnden", "obligation", "ska", "besluta", "besluta",
            "om fördelningen av medlen")]),
    # C2: a comma-relative on a passive's `av`-agent with a cue of its own
    rec("c2-1", "Stiftelsen förvaltas av styrelsen, som har tillsyn över kapitalet och svarar "
        "för att ändamålet uppfylls.",
        [("Stiftelsen", "stiftelse", ORG), ("styrelsen", "styrelse", POL)],
        [pas("förvaltas", "förvalta", "pres"), HAR, pres("svarar", "svara"),
         pas("uppfylls", "uppfylla", "pres")],
        [st("styrelse", "styrelsen", "none", None, "förvalta", "förvaltas", passive=True),
         st("styrelse", "styrelsen", "responsibility", "svarar för", "svara", "svarar",
            "att ändamålet uppfylls")]),
    rec("c2-2", "Bibliotekets verksamhet leds av bibliotekschefen, som fördelar resurserna och "
        "ansvarar för att budgeten hålls.",
        [("bibliotekschefen", "bibliotekschef", TJP)],
        [pas("leds", "leda", "pres"), pres("fördelar", "fördela"), pres("ansvarar", "ansvara"),
         pas("hålls", "hålla", "pres")],
        [st("bibliotekschef", "bibliotekschefen", "none", None, "leda", "leds", passive=True),
         st("bibliotekschef", "bibliotekschefen", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "att budgeten hålls")]),
    rec("c2-n", "Kassan sköts av kassören, som redovisar den varje månad.",
        [("kassören", "kassör", FTV)],
        [pas("sköts", "sköta", "pres"), pres("redovisar", "redovisa")],
        [st("kassör", "kassören", "none", None, "sköta", "sköts", passive=True)]),
    # C7: the condition's subject is never the main clause's
    rec("c7-1", "När ombud eller suppleanter ska utses för perioden ska det ske genom sluten "
        "omröstning.",
        [("ombud", "ombud", FTV), ("suppleanter", "suppleant", FTV)],
        [SKA, pas("utses", "utse"), ("ska", "skola", "pres", "act", 1), inf("ske")]),
    rec("c7-2", "När kassörer och sekreterare ska anställas ska detta ske efter annonsering.",
        [("kassörer", "kassör", FTV), ("sekreterare", "sekreterare", FTV)],
        [SKA, pas("anställas", "anställa"), ("ska", "skola", "pres", "act", 1), inf("ske")]),
    rec("c7-3", "När revisorer ska väljas ska valet ske på årsmötet.",
        [("revisorer", "revisor", FTV), ("årsmötet", "årsmöte", OVR)],
        [SKA, pas("väljas", "välja"), ("ska", "skola", "pres", "act", 1), inf("ske")]),
    rec("c7-n", "När sekreteraren är sjuk ska kassören föra protokollet.",
        [("sekreteraren", "sekreterare", FTV), ("kassören", "kassör", FTV)],
        [AR, SKA, inf("föra")],
        [st("kassör", "kassören", "obligation", "ska", "föra", "föra", "protokollet",
            condition="När sekreteraren är sjuk")]),
    # C8: `har rätt att V1 men inte/ej att V2`
    rec("c8-1", "Suppleanten har rätt att närvara men inte att rösta.",
        [("Suppleanten", "suppleant", FTV)], [HAR, inf("närvara"), inf("rösta")],
        [st("suppleant", "Suppleanten", "permission", RATT, "närvara", "närvara"),
         st("suppleant", "Suppleanten", "prohibition", RATT, "rösta", "rösta", negated=True)]),
    rec("c8-2", "Ersättare har rätt att yttra sig, och att få sin mening antecknad, men ej att "
        "delta i besluten.",
        [("Ersättare", "ersättare", FTV)], [HAR, inf("yttra"), inf("få"), inf("delta")],
        [st("ersättare", "Ersättare", "permission", RATT, "yttra", "yttra", "sig"),
         st("ersättare", "Ersättare", "permission", RATT, "få", "få", "sin mening antecknad"),
         st("ersättare", "Ersättare", "prohibition", RATT, "delta", "delta", "i besluten",
            negated=True)]),
    rec("c8-n", "Nämnden har rätt att begära uppgifter men inte skyldighet att lämna dem.",
        [("Nämnden", "nämnd", POL)], [HAR, inf("begära"), inf("lämna")],
        [st("nämnd", "Nämnden", "permission", RATT, "begära", "begära", "uppgifter")]),
    # C9: an inverted subject with a parenthesis before the cue's noun
    rec("c9-1", "Därför har kulturnämnden (KN) rätt att fatta beslut om bidrag.",
        [("kulturnämnden", "kulturnämnd", POL), ("KN", "kulturnämnd", POL)],
        [HAR, inf("fatta")],
        [st("kulturnämnd", "kulturnämnden", "permission", RATT, "fatta", "fatta",
            "beslut om bidrag")]),
    rec("c9-2", "Exempelvis har valnämnden (tidigare valkommittén) rätt att utse röstmottagare.",
        [("valnämnden", "valnämnd", POL), ("valkommittén", "valkommitté", POL),
         ("röstmottagare", "röstmottagare", OVR)],
        [HAR, inf("utse")],
        [st("valnämnd", "valnämnden", "permission", RATT, "utse", "utse", "röstmottagare")]),
    rec("c9-n", "Därför har fritidsnämnden (FN) ett eget arkiv.",
        [("fritidsnämnden", "fritidsnämnd", POL), ("FN", "fritidsnämnd", POL)], [HAR],
        [st("fritidsnämnd", "fritidsnämnden", "none", None, "ha", "har", "ett eget arkiv")]),
    # C10: a cue verb after `och` is no conjunct of a passive relative-clause verb
    rec("c10-1", "Nämnden leder arbetet, bereder ärenden som avgörs av fullmäktige och ansvarar "
        "för att besluten verkställs.",
        [("Nämnden", "nämnd", POL), ("fullmäktige", "fullmäktige", POL)],
        [pres("leder", "leda"), pres("bereder", "bereda"), pas("avgörs", "avgöra", "pres"),
         pres("ansvarar", "ansvara"), pas("verkställs", "verkställa", "pres")],
        [st("nämnd", "Nämnden", "none", None, "leda", "leder", "arbetet"),
         st("nämnd", "Nämnden", "none", None, "bereda", "bereder",
            "ärenden som avgörs av fullmäktige"),
         st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att besluten verkställs")]),
    rec("c10-2", "Styrelsen planerar verksamheten, bereder frågor som avgörs av stämman och "
        "ansvarar för att besluten genomförs.",
        [("Styrelsen", "styrelse", POL), ("stämman", "stämma", POL)],
        [pres("planerar", "planera"), pres("bereder", "bereda"), pas("avgörs", "avgöra", "pres"),
         pres("ansvarar", "ansvara"), pas("genomförs", "genomföra", "pres")],
        [st("styrelse", "Styrelsen", "none", None, "planera", "planerar", "verksamheten"),
         st("styrelse", "Styrelsen", "none", None, "bereda", "bereder",
            "frågor som avgörs av stämman"),
         st("styrelse", "Styrelsen", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "att besluten genomförs")]),
    rec("c10-n", "Nämnden bereder ärenden som avgörs av fullmäktige och verkställs av "
        "förvaltningen.",
        [("Nämnden", "nämnd", POL), ("fullmäktige", "fullmäktige", POL),
         ("förvaltningen", "förvaltning", "förvaltningsorganisation")],
        [pres("bereder", "bereda"), pas("avgörs", "avgöra", "pres"),
         pas("verkställs", "verkställa", "pres")],
        [st("nämnd", "Nämnden", "none", None, "bereda", "bereder",
            "ärenden som avgörs av fullmäktige och verkställs av förvaltningen")]),
    # C11: after `;` an `om`-clause is fronted to the next main clause
    rec("c11-1", "Ordföranden leder mötet; om ordföranden är frånvarande ska sekreteraren leda "
        "det.",
        [("Ordföranden", "ordförande", FTV), ("ordföranden", "ordförande", FTV),
         ("sekreteraren", "sekreterare", FTV)],
        [pres("leder", "leda"), AR, SKA, inf("leda")],
        [st("ordförande", "Ordföranden", "none", None, "leda", "leder", "mötet"),
         st("sekreterare", "sekreteraren", "obligation", "ska", "leda", "leda", "det",
            condition="om ordföranden är frånvarande")]),
    rec("c11-2", "Kassören sköter bokföringen; om kassören avgår så utser styrelsen en ny "
        "kassör.",
        [("Kassören", "kassör", FTV), ("kassören", "kassör", FTV),
         ("styrelsen", "styrelse", POL), ("kassör", "kassör", FTV)],
        [pres("sköter", "sköta"), pres("avgår", "avgå"), pres("utser", "utse")],
        [st("kassör", "Kassören", "none", None, "sköta", "sköter", "bokföringen"),
         st("styrelse", "styrelsen", "none", None, "utse", "utser", "en ny kassör",
            condition="om kassören avgår")]),
    rec("c11-n", "Styrelsen kallar till möte om revisorn begär det; kallelsen ska skickas ut i "
        "god tid.",
        [("Styrelsen", "styrelse", POL), ("revisorn", "revisor", FTV)],
        [pres("kallar", "kalla"), pres("begär", "begära"), SKA, pas("skickas", "skicka")],
        [st("styrelse", "Styrelsen", "none", None, "kalla", "kallar", "till möte",
            condition="om revisorn begär det"),
         st(None, None, "obligation", "ska", "skicka", "skickas", passive=True)]),
    # C12: `att` + a fronted condition + V2 stays inside the `att`-clause
    rec("c12-1", "Det innebär att om flera kommuner deltar ska varje kommun utse en ledamot.",
        [("kommuner", "kommun", ORG), ("kommun", "kommun", ORG), ("ledamot", "ledamot", FTV)],
        [pres("innebär", "innebära"), pres("deltar", "delta"), SKA, inf("utse")]),
    rec("c12-2", "Regeln betyder att när ordföranden är jävig ska vice ordföranden leda "
        "sammanträdet.",
        [("ordföranden", "ordförande", FTV), ("vice ordföranden", "vice ordförande", FTV)],
        [pres("betyder", "betyda"), AR, SKA, inf("leda")]),
    rec("c12-n", "Om flera kommuner deltar ska varje kommun utse en ledamot.",
        [("kommuner", "kommun", ORG), ("kommun", "kommun", ORG), ("ledamot", "ledamot", FTV)],
        [pres("deltar", "delta"), SKA, inf("utse")],
        [st("kommun", "kommun", "obligation", "ska", "utse", "utse", "en ledamot",
            condition="Om flera kommuner deltar")]),
    # C17: a comma-relative whose actor head comes before place phrases
    rec("c17-1", "Klubben är en förening för alla arbetstagare i länet inom vården, som enligt "
        "reglerna ska tillhöra klubben.",
        [("Klubben", "klubb", ORG), ("arbetstagare", "arbetstagare", OVR),
         ("klubben", "klubb", ORG)],
        [AR, SKA, inf("tillhöra")],
        [st("klubb", "Klubben", "none", None, "vara", "är",
            "en förening för alla arbetstagare i länet inom vården"),
         st("arbetstagare", "arbetstagare", "obligation", "ska", "tillhöra", "tillhöra",
            "klubben")]),
    rec("c17-2", "Sektionen samlar alla medlemmar i kommunen på gymnasieskolorna, som enligt "
        "stadgan ska betala avgiften till sektionen.",
        [("Sektionen", "sektion", ORG), ("medlemmar", "medlem", OVR),
         ("kommunen", "kommun", ORG), ("sektionen", "sektion", ORG)],
        [pres("samlar", "samla"), SKA, inf("betala")],
        [st("sektion", "Sektionen", "none", None, "samla", "samlar",
            "alla medlemmar i kommunen på gymnasieskolorna"),
         st("medlem", "medlemmar", "obligation", "ska", "betala", "betala",
            "avgiften till sektionen")]),
    rec("c17-n", "Arbetstagarna i länet har en fond för utbildning inom vården, som ska främja "
        "kompetensen.",
        [("Arbetstagarna", "arbetstagare", OVR)], [HAR, SKA, inf("främja")],
        [st("arbetstagare", "Arbetstagarna", "none", None, "ha", "har",
            "en fond för utbildning inom vården")]),
    # C19: particle passives that delegate keep the cue
    rec("c19-1", "Ärenden om taxor kan inte föras över till utskottet.",
        [("utskottet", "utskott", POL)], [KAN, pas("föras", "föra")],
        [st(None, None, "prohibition", "kan inte", "föra", "föras", "till utskottet",
            passive=True, negated=True)]),
    rec("c19-2", "Beslutanderätten kan föras vidare till förvaltningschefen.",
        [("förvaltningschefen", "förvaltningschef", TJP)], [KAN, pas("föras", "föra")],
        [st(None, None, "permission", "kan", "föra", "föras", "till förvaltningschefen",
            passive=True)]),
    rec("c19-n", "Protokoll kan föras digitalt.", [], [KAN, pas("föras", "föra")]),
]

DOC = "w42-c-delegering"
DEL_LEAD = "Följande ärenden kan inte föras över till utskottet:"
DEL_ITEMS = ["ärenden om taxor och avgifter,", "yttranden till fullmäktige."]
DEL_LAST = "Andra ärenden kan föras ner till förvaltningen."
DEL_TEXT = f"{DEL_LEAD}\n– {DEL_ITEMS[0]}\n– {DEL_ITEMS[1]}\n\n{DEL_LAST}\n"


def _not_over(item: str, actors=()):
    return rec(f"1.{DEL_ITEMS.index(item) + 1}", item, actors, (),
               [st(None, None, "prohibition", "kan inte", "föra", "föras", item.rstrip(",."),
                   passive=True, negated=True)], doc=DOC, kind="list_item", parent="1",
               label="–")


DELEGERING = [
    rec("1", DEL_LEAD, [("utskottet", "utskott", POL)], [KAN, pas("föras", "föra")], doc=DOC),
    _not_over(DEL_ITEMS[0]),
    _not_over(DEL_ITEMS[1], [("fullmäktige", "fullmäktige", POL)]),
    rec("2", DEL_LAST, [("förvaltningen", "förvaltning", "förvaltningsorganisation")],
        [KAN, pas("föras", "föra")],
        [st(None, None, "permission", "kan", "föra", "föras", "till förvaltningen",
            passive=True)], doc=DOC),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w42-c", {DOC: (DEL_TEXT, DELEGERING)}, before=SENTENCES)
