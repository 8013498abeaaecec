"""Builds corpus/dev/w45-a.jsonl and corpus/dev/w45-a-idrott.txt: invented material for
round 45, writer A (analysis 45-bj, statement grammar and actor naming; gold by hand from
docs/annotation.md before the rules). bj-C6: a gap-hyphen first conjunct before a name
adjective and its definite head (`Kultur- och tekniska nämnden` → `kultur- och teknisk
nämnd`, §2.2/§2.3; the genitive chair keeps the whole name), with `tekniska nämnden` after
`av` and a suspended compound of two nouns (`gång- och cykelvägar`) as negatives. bj-C4: a
delegation row whose delegate cell runs into its note sentence (`… Ekonomichef
Vidaredelegation är ej tillåten`): no statement (§5.1, the note's subject is the non-actor
noun), with a name in apposition before the verb as negative. bj-C5: a row opening with a
bare infinitive whose object is an actor (`Företräda kulturnämnden …`): no statement, with
an actor subject before `får företräda` as negative. bj-C7: a width-wrapped lead-in that
breaks off at a genitive or an adjective waiting for its head, noun-phrase items under it
(`w45-a-idrott`): the items take the lead-in's statement, the lead-in none. bj-C9: `har
befogenhet att` / `har rätt att` with adverbs and a prepositional phrase holding a comma
list before the infinitive. bj-C10: a modal and its passive infinitive parted by a long
inverted subject with relative clauses and a parenthesis, an agent after it (the relative
clause's own agent passive as negative). bj-C12: `… och
kan överklagas` sharing the first conjunct's non-actor subject (possibility, §5.3), with a
delegating passive as negative. bj-C13: a second `eller av` agent after a reflexive
`själv`. bj-C11: an actor inside the relative clause of the inverted subject of `finns`.
bj-C15: a participle head after an object noun
(`fått ärendet delegerat`) is its predicative, no actor, with `De delegerade` as negative.
bj-C16: `barnfamiljer` (extern). Offsets computed.
Run: python corpus/make_w45_a.py corpus/dev"""

import sys

from records import AR, EXT, FAR, FTV, KAN, ORG, POL, SKA, TJP, inf, pres, records_for, write_part
from records import statement as st

rec = records_for("w45-a", conditions_from_statements=True)


def sup(word, lemma, voice="act", nth=0):
    """A supine VERB tuple."""
    return (word, lemma, "sup", voice, nth)


HAR_ = ("har", "ha", "pres", "act")
KTN = "kultur- och teknisk nämnd"
PTN = "plan- och teknisk nämnd"

SENTENCES = [
    # C6: the gap-hyphen conjunct before a name adjective belongs to the name
    rec("c6-1", "Kultur- och tekniska nämnden ansvarar för parker och lekplatser.",
        [("Kultur- och tekniska nämnden", KTN, POL)],
        [pres("ansvarar", "ansvara")],
        [st(KTN, "Kultur- och tekniska nämnden", "responsibility", "ansvarar för", "ansvara",
            "ansvarar", "för parker och lekplatser")]),
    rec("c6-2", "Plan- och tekniska nämnden får besluta om felparkeringsavgifter.",
        [("Plan- och tekniska nämnden", PTN, POL)],
        [FAR, inf("besluta")],
        [st(PTN, "Plan- och tekniska nämnden", "permission", "får", "besluta", "besluta",
            "om felparkeringsavgifter")]),
    rec("c6-3", "Fastighets- och tekniska nämndens ordförande får besluta i brådskande "
        "ärenden.",
        [("Fastighets- och tekniska nämndens ordförande",
          "fastighets- och tekniska nämndens ordförande", FTV)],
        [FAR, inf("besluta")],
        [st("fastighets- och tekniska nämndens ordförande",
            "Fastighets- och tekniska nämndens ordförande", "permission", "får", "besluta",
            "besluta", "i brådskande ärenden")]),
    rec("c6-4", "Ärendet avgörs av plan- och tekniska nämnden.",
        [("plan- och tekniska nämnden", PTN, POL)],
        [pres("avgörs", "avgöra", "pass")],
        [st(PTN, "plan- och tekniska nämnden", "none", None, "avgöra", "avgörs",
            passive=True)]),
    # negatives: no gapped conjunct before the adjective; a suspended compound of nouns
    rec("c6-n1", "Gång- och cykelvägar sköts av tekniska nämnden.",
        [("tekniska nämnden", "teknisk nämnd", POL)],
        [pres("sköts", "sköta", "pass")],
        [st("teknisk nämnd", "tekniska nämnden", "none", None, "sköta", "sköts",
            passive=True)]),
    rec("c6-n2", "Nämnden ansvarar för bygg- och tekniska frågor.",
        [("Nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara")],
        [st("nämnd", "Nämnden", "responsibility", "ansvarar för", "ansvara", "ansvarar",
            "för bygg- och tekniska frågor")]),
    # C4: the delegate cell run into the row's note: the note's subject is no actor (§5.1)
    rec("c4-1", "Avskriva fordringar under ett prisbasbelopp. Ekonomichef Vidaredelegation "
        "är ej tillåten",
        [("Ekonomichef", "ekonomichef", TJP)],
        [inf("Avskriva", "avskriva"), AR]),
    rec("c4-2", "Besluta om tillfälliga lokaler. Fastighetsnämndens ordförande, vid förfall "
        "vice ordförande Vidaredelegation är inte tillåten",
        [("Fastighetsnämndens ordförande", "fastighetsnämndens ordförande", FTV),
         ("vice ordförande", "fastighetsnämndens vice ordförande", FTV)],
        [inf("Besluta", "besluta"), AR]),
    rec("c4-3", "Lämna yttrande i remissärenden. Arbetsutskott Vidaredelegation är ej tillåten",
        [("Arbetsutskott", "arbetsutskott", POL)],
        [inf("Lämna", "lämna"), AR]),
    # negatives: a name in apposition to the actor before the verb
    rec("c4-n1", "Utskottets ordförande Karin Holm leder mötena.",
        [("Utskottets ordförande", "utskottets ordförande", FTV)],
        [pres("leder", "leda")],
        [st("utskottets ordförande", "Utskottets ordförande", "none", None, "leda", "leder",
            "mötena")]),
    rec("c4-n2", "Styrelsens ordförande Karin Holm är sammankallande i valberedningen.",
        [("Styrelsens ordförande", "styrelsens ordförande", FTV),
         ("valberedningen", "valberedning", POL)],
        [AR],
        [st("styrelsens ordförande", "Styrelsens ordförande", "none", None, "vara", "är",
            "sammankallande i valberedningen")]),
    # C5: a row opening with a bare infinitive: its object actor is no subject
    rec("c5-1", "Företräda byggnadsnämnden inför förvaltningsrätten. Stadsarkitekt",
        [("byggnadsnämnden", "byggnadsnämnd", POL),
         ("förvaltningsrätten", "förvaltningsrätt", EXT),
         ("Stadsarkitekt", "stadsarkitekt", TJP)],
        [inf("Företräda", "företräda")]),
    rec("c5-2", "Företräda kulturnämnden vid förhandlingar samt underteckna avtal om lokaler. "
        "Kulturchef",
        [("kulturnämnden", "kulturnämnd", POL), ("Kulturchef", "kulturchef", TJP)],
        [inf("Företräda", "företräda"), inf("underteckna")]),
    rec("c5-3", "Bevaka socialnämndens rätt i konkurser. Socialchef",
        [("socialnämndens", "socialnämnd", POL), ("Socialchef", "socialchef", TJP)],
        [inf("Bevaka", "bevaka")]),
    rec("c5-4", "Företräda byggnadsnämnden inför mark- och miljödomstolen. Stadsarkitekt",
        [("byggnadsnämnden", "byggnadsnämnd", POL),
         ("mark- och miljödomstolen", "mark- och miljödomstol", EXT),
         ("Stadsarkitekt", "stadsarkitekt", TJP)],
        [inf("Företräda", "företräda")]),
    rec("c5-5", "Representera fritidsnämnden inför länsstyrelsen. Fritidschef",
        [("fritidsnämnden", "fritidsnämnd", POL), ("länsstyrelsen", "länsstyrelse", POL),
         ("Fritidschef", "fritidschef", TJP)],
        [inf("Representera", "representera")]),
    # negative: the present of `införa` after an actor subject (round 43) stays a verb
    rec("c5-n2", "Byggnadsnämnden inför en ny taxa för bygglov.",
        [("Byggnadsnämnden", "byggnadsnämnd", POL)],
        [pres("inför", "införa")],
        [st("byggnadsnämnd", "Byggnadsnämnden", "none", None, "införa", "inför",
            "en ny taxa för bygglov")]),
    # negative: an actor subject before the modal
    rec("c5-n1", "Förvaltningschefen får företräda nämnden inför domstol.",
        [("Förvaltningschefen", "förvaltningschef", TJP), ("nämnden", "nämnd", POL),
         ("domstol", "domstol", EXT)],
        [FAR, inf("företräda")],
        [st("förvaltningschef", "Förvaltningschefen", "permission", "får", "företräda",
            "företräda", "nämnden inför domstol")]),
    # C9: the cue's infinitive after adverbs and a prepositional phrase with a comma list
    rec("c9-1", "Rektorn har befogenhet att vid behov exempelvis på grund av tjänstledighet, "
        "jäv eller annat hinder återta ett lämnat uppdrag.",
        [("Rektorn", "rektor", TJP)],
        [HAR_, inf("återta")],
        [st("rektor", "Rektorn", "permission", "har befogenhet att", "återta", "återta",
            "ett lämnat uppdrag")]),
    rec("c9-2", "Nämnden har rätt att i brådskande fall såsom vid brand, översvämning eller "
        "annan olycka fatta beslut utan föredragning.",
        [("Nämnden", "nämnd", POL)],
        [HAR_, inf("fatta")],
        [st("nämnd", "Nämnden", "permission", "har rätt att", "fatta", "fatta",
            "beslut utan föredragning")]),
    # negative: `att` + a clause with its own subject
    rec("c9-n1", "Styrelsen har rätt att kräva att kassören, sekreteraren eller revisorn "
        "lämnar uppgifter.",
        [("Styrelsen", "styrelse", POL), ("kassören", "kassör", FTV),
         ("sekreteraren", "sekreterare", FTV), ("revisorn", "revisor", FTV)],
        [HAR_, inf("kräva"), pres("lämnar", "lämna")],
        [st("styrelse", "Styrelsen", "permission", "har rätt att", "kräva", "kräva",
            "att kassören, sekreteraren eller revisorn lämnar uppgifter")]),
    # C10: a long inverted subject between the modal and the passive infinitive
    rec("c10-1", "När ansökan har kommunicerats ska varje beslut som avser marklov eller "
        "beslut som gäller rivning enligt plan- och bygglagen (utom beslut i mindre "
        "ärenden) fattas av nämnden själv.",
        [("nämnden", "nämnd", POL)],
        [HAR_, sup("kommunicerats", "kommunicera", "pass"), SKA, pres("avser", "avse"),
         pres("gäller", "gälla"), inf("fattas", "fatta", "pass")],
        [st("nämnd", "nämnden", "obligation", "ska", "fatta", "fattas",
            "varje beslut som avser marklov eller beslut som gäller rivning enligt plan- och "
            "bygglagen (utom beslut i mindre ärenden)", passive=True,
            condition="När ansökan har kommunicerats")]),
    rec("c10-2", "Vid behov ska varje ärende som gäller bygglov eller ärende som avser rivning "
        "(utom enklare ärenden) avgöras av nämnden.",
        [("nämnden", "nämnd", POL)],
        [SKA, pres("gäller", "gälla"), pres("avser", "avse"), inf("avgöras", "avgöra", "pass")],
        [st("nämnd", "nämnden", "obligation", "ska", "avgöra", "avgöras",
            "varje ärende som gäller bygglov eller ärende som avser rivning (utom enklare "
            "ärenden)", passive=True)]),
    # negative: the relative clause's own passive with its agent is no infinitive of `ska`
    rec("c10-n1", "Efter valet ska varje beslut som fattas av utskottet anmälas till "
        "styrelsen.",
        [("utskottet", "utskott", POL), ("styrelsen", "styrelse", POL)],
        [SKA, pres("fattas", "fatta", "pass"), inf("anmälas", "anmäla", "pass")],
        [st(None, None, "obligation", "ska", "anmäla", "anmälas",
            "varje beslut som fattas av utskottet", passive=True)]),
    rec("c10-n2", "Därefter ska varje ärende som varje år omprövas av nämnden redovisas till "
        "styrelsen.",
        [("nämnden", "nämnd", POL), ("styrelsen", "styrelse", POL)],
        [SKA, pres("omprövas", "ompröva", "pass"), inf("redovisas", "redovisa", "pass")],
        [st(None, None, "obligation", "ska", "redovisa", "redovisas",
            "varje ärende som varje år omprövas av nämnden", passive=True)]),
    # C12: `och kan` + passive shares the first conjunct's non-actor subject: possibility
    rec("c12-1", "Ärenden som avgörs av delegaten protokollförs särskilt och kan prövas på nytt "
        "efter en omprövningsbegäran.",
        [("delegaten", "delegat", TJP)],
        [pres("avgörs", "avgöra", "pass"), pres("protokollförs", "protokollföra", "pass"), KAN,
         inf("prövas", "pröva", "pass")]),
    rec("c12-2", "Tillståndet gäller i fem år och kan förlängas efter ansökan.",
        [],
        [pres("gäller", "gälla"), KAN, inf("förlängas", "förlänga", "pass")]),
    rec("c12-3", "Avgiften som bestäms av nämnden betalas i förskott och kan återbetalas vid "
        "avbokning.",
        [("nämnden", "nämnd", POL)],
        [pres("bestäms", "bestämma", "pass"), pres("betalas", "betala", "pass"), KAN,
         inf("återbetalas", "återbetala", "pass")]),
    # negative: a delegating passive stays a permission (§5.3)
    rec("c12-n1", "Uppdraget bereds av kansliet och kan delegeras till ordföranden.",
        [("kansliet", "kansli", "förvaltningsorganisation"),
         ("ordföranden", "ordförande", FTV)],
        [pres("bereds", "bereda", "pass"), KAN, inf("delegeras", "delegera", "pass")],
        [st("kansli", "kansliet", "none", None, "bereda", "bereds", passive=True),
         st(None, None, "permission", "kan", "delegera", "delegeras", "Uppdraget",
            passive=True)]),
    # C13: a second `eller av` agent after a reflexive `själv`
    rec("c13-1", "Beslutet får bara ändras av rektorn själv eller av skolstyrelsen.",
        [("rektorn", "rektor", TJP), ("skolstyrelsen", "skolstyrelse", POL)],
        [FAR, inf("ändras", "ändra", "pass")],
        [st("rektor", "rektorn", "permission", "får", "ändra", "ändras", passive=True),
         st("skolstyrelse", "skolstyrelsen", "permission", "får", "ändra", "ändras",
            passive=True)]),
    # C11: the inverted subject of `finns` is the first noun phrase, not its relative's actor
    rec("c11-1", "I arbetsordningen finns de bestämmelser som styr arbetet i fullmäktige.",
        [("fullmäktige", "fullmäktige", POL)],
        [pres("finns", "finnas"), pres("styr", "styra")]),
    rec("c11-2", "I arbetsordningen finns de föreskrifter som gäller för sammanträden i en "
        "kommunal styrelse.",
        [("styrelse", "styrelse", POL)],
        [pres("finns", "finnas"), pres("gäller", "gälla")]),
    # C15: a participle head right after an object noun is its predicative, no person noun
    rec("c15-1", "Den som har fått ärendet delegerat ska rapportera till nämnden.",
        [("nämnden", "nämnd", POL)],
        [HAR_, sup("fått", "få"), SKA, inf("rapportera")]),
    rec("c15-2", "Den som fått uppgiften delegerad ska anmäla sina beslut till styrelsen.",
        [("styrelsen", "styrelse", POL)],
        [sup("fått", "få"), SKA, inf("anmäla")]),
    # negative: after a definite article the participle head is the noun
    rec("c15-n1", "De delegerade ska anmäla sina beslut till nämnden.",
        [("delegerade", "delegerad", TJP), ("nämnden", "nämnd", POL)],
        [SKA, inf("anmäla")],
        [st("delegerad", "delegerade", "obligation", "ska", "anmäla", "anmäla",
            "sina beslut till nämnden")]),
    # C16: a compound of `familj` as the target of support
    rec("c16-1", "Nämnden lämnar bidrag till barnfamiljer.",
        [("Nämnden", "nämnd", POL), ("barnfamiljer", "barnfamilj", EXT)],
        [pres("lämnar", "lämna")],
        [st("nämnd", "Nämnden", "none", None, "lämna", "lämnar",
            "bidrag till barnfamiljer")]),
]

# C7: a width-wrapped lead-in breaking off at a genitive (and at an adjective) before items
D = "w45-a-idrott"
IDROTT_TEXT = """Reglemente för idrottsnämnden i Lövsta kommun

1 § Uppgifter

Idrottsnämnden ansvarar för skötsel och bokning av kommunens
- sporthallar och badplatser.
- bidrag till idrottsföreningar.

Nämnden ska även planera underhållet av de kommunala
- konstgräsplanerna.
- motionsspåren.

Nämnden ansvarar för följande:
- elitidrott.
- föreningsregistret.
"""
IN = "idrottsnämnd"
RESP = ("responsibility", "ansvarar för", "ansvara", "ansvarar")


def item(cid, text, parent, frame, actors=()):
    actor, actor_text, deontic, modal, aim, aim_text = frame
    return rec(cid, text, actors,
               statements=[st(actor, actor_text, deontic, modal, aim, aim_text,
                              text.rstrip("."))],
               doc=D, kind="list_item", parent=parent, label="-")


IDROTT_FRAME = (IN, "Idrottsnämnden", *RESP)
PLAN_FRAME = ("nämnd", "Nämnden", "obligation", "ska", "planera", "planera")
FOLJ_FRAME = ("nämnd", "Nämnden", *RESP)
IDROTT = [
    rec("title", "Reglemente för idrottsnämnden i Lövsta kommun",
        [("idrottsnämnden", IN, POL), ("Lövsta kommun", "lövsta kommun", ORG)], doc=D,
        kind="heading"),
    rec("1", "Uppgifter", doc=D, kind="heading", label="1 §"),
    rec("1.1", "Idrottsnämnden ansvarar för skötsel och bokning av kommunens",
        [("Idrottsnämnden", IN, POL), ("kommunens", "lövsta kommun", ORG)],
        [pres("ansvarar", "ansvara")], doc=D, parent="1"),
    item("1.1.1", "sporthallar och badplatser.", "1.1", IDROTT_FRAME),
    item("1.1.2", "bidrag till idrottsföreningar.", "1.1", IDROTT_FRAME,
         [("idrottsföreningar", "idrottsförening", ORG)]),
    rec("1.2", "Nämnden ska även planera underhållet av de kommunala",
        [("Nämnden", "nämnd", POL)], [SKA, inf("planera")], doc=D, parent="1"),
    item("1.2.1", "konstgräsplanerna.", "1.2", PLAN_FRAME),
    item("1.2.2", "motionsspåren.", "1.2", PLAN_FRAME),
    rec("1.3", "Nämnden ansvarar för följande:", [("Nämnden", "nämnd", POL)],
        [pres("ansvarar", "ansvara")], doc=D, parent="1"),
    item("1.3.1", "elitidrott.", "1.3", FOLJ_FRAME),
    item("1.3.2", "föreningsregistret.", "1.3", FOLJ_FRAME),
]

DOCUMENTS = {D: (IDROTT_TEXT, IDROTT)}

if __name__ == "__main__":
    write_part(sys.argv[1], "w45-a", DOCUMENTS, before=SENTENCES)
