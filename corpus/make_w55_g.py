"""Builds corpus/dev/w55-g.jsonl with its gold (34 one-sentence documents w55-g-1 … w55-g-34):
invented material for round 55, writer w55g (tag55 §3: who acts when the parser swaps subject
and object). V2 main clauses whose prefield is an
adverbial of time, place, condition, `enligt`, `vid`, `inom`, `efter`, `utöver` or `om`-clause,
the definite actor subject right after the finite verb (plain and modal verbs; objects definite
and indefinite, some of them actors); passives whose `av`-agent follows other prepositional
phrases or an inverted subject, three of them a person noun in `-ande` (`ordföranden`, `vice
ordföranden`, `en ordförande`: common gender, no nominalisation, so the `av`-phrase after it is
the agent); negatives: a perfect `har` + subject + supine (the object `ordföranden` never acts),
an actor object after the subject (`underrättar kansliet nämnden`), an `av` that completes a
neuter action noun in `-ande` (`efter hörande av`: agentless, no statement), a nominalisation's
`av`-phrase (`Inkallandet av ersättare ska ske …`: no statement); a fronted object (OVS) naming
no actor before a verb whose subject is an actor (`Varje ansökan prövar socialnämnden`), negatives
a thing subject of `stödja` and an actor subject (SVO). Gold by hand from
docs/annotation.md §4 and §5 before any run. Offsets computed.
Run: python corpus/make_w55_g.py corpus/dev"""

import sys

from records import FAR as FAR_
from records import FORV, FTV, POL, SKA, TJP, inf, pres, records_for, write_part
from records import KAN as KAN_
from records import statement as st


def rec(doc, *args, **kwargs):
    """One sentence, a document of its own (so no short form resolves across sentences)."""
    kwargs.pop("doc", None)
    return records_for(f"w55-g-{doc}", conditions_from_statements=True, check_texts=True)(
        "1", *args, **kwargs)


NA, ST_, KF, OF = "nämnd", "styrelse", "kommunfullmäktige", "ordförande"
VOF, SEK, KAN, KCH = "vice ordförande", "sekreterare", "kansli", "kanslichef"
REV, LED = "revisor", "ledamot"


def a(text, canonical, category, *nth):
    return (text, canonical, category, *nth)


def sp(word, lemma):
    """An s-passive present."""
    return pres(word, lemma, "pass")


R = [
    # (a) inverted subject after a fronted adverbial, plain verb
    rec("1", "I början av varje år fastställer nämnden en plan för internkontrollen.",
        [a("nämnden", NA, POL)], [pres("fastställer", "fastställa")],
        [st(NA, "nämnden", "none", None, "fastställa", "fastställer",
            "en plan för internkontrollen")]),
    rec("2", "Under sammanträdet antecknar sekreteraren besluten.",
        [a("sekreteraren", SEK, TJP)], [pres("antecknar", "anteckna")],
        [st(SEK, "sekreteraren", "none", None, "anteckna", "antecknar", "besluten")]),
    rec("3", "På kommunens webbplats publicerar kansliet kallelsen.",
        [a("kommunens", "kommun", "organisation"), a("kansliet", KAN, FORV)],
        [pres("publicerar", "publicera")],
        [st(KAN, "kansliet", "none", None, "publicera", "publicerar", "kallelsen")]),
    rec("4", "Enligt arbetsordningen leder ordföranden överläggningarna.",
        [a("ordföranden", OF, FTV)], [pres("leder", "leda")],
        [st(OF, "ordföranden", "none", None, "leda", "leder", "överläggningarna",
            condition="Enligt arbetsordningen")]),
    rec("5", "Vid ordförandens förhinder öppnar vice ordföranden sammanträdet.",
        [a("ordförandens", OF, FTV), a("vice ordföranden", VOF, FTV)],
        [pres("öppnar", "öppna")],
        [st(VOF, "vice ordföranden", "none", None, "öppna", "öppnar", "sammanträdet",
            condition="Vid ordförandens förhinder")]),
    rec("6", "Inom sitt ansvarsområde attesterar ekonomichefen fakturorna.",
        [a("ekonomichefen", "ekonomichef", TJP)], [pres("attesterar", "attestera")],
        [st("ekonomichef", "ekonomichefen", "none", None, "attestera", "attesterar",
            "fakturorna")]),
    rec("7", "Efter varje kvartal redovisar kanslichefen uppföljningen till utskottet.",
        [a("kanslichefen", KCH, TJP), a("utskottet", "utskott", POL)],
        [pres("redovisar", "redovisa")],
        [st(KCH, "kanslichefen", "none", None, "redovisa", "redovisar",
            "uppföljningen till utskottet")]),
    rec("8", "Utöver budgetarbetet samordnar kommundirektören förvaltningarnas planering.",
        [a("kommundirektören", "kommundirektör", TJP), a("förvaltningarnas", "förvaltning", FORV)],
        [pres("samordnar", "samordna")],
        [st("kommundirektör", "kommundirektören", "none", None, "samordna", "samordnar",
            "förvaltningarnas planering")]),
    rec("9", "Om ärendet är brådskande avgör ordföranden frågan.",
        [a("ordföranden", OF, FTV)], [pres("är", "vara"), pres("avgör", "avgöra")],
        [st(OF, "ordföranden", "none", None, "avgöra", "avgör", "frågan",
            condition="Om ärendet är brådskande")]),
    rec("10", "Efter valet tillsätter kommunstyrelsen arbetsutskottet.",
        [a("kommunstyrelsen", "kommunstyrelse", POL), a("arbetsutskottet", "arbetsutskott", POL)],
        [pres("tillsätter", "tillsätta")],
        [st("kommunstyrelse", "kommunstyrelsen", "none", None, "tillsätta", "tillsätter",
            "arbetsutskottet")]),
    rec("11", "Senast den 15 april överlämnar revisorerna revisionsberättelsen till "
        "kommunfullmäktige.",
        [a("revisorerna", REV, FTV), a("kommunfullmäktige", KF, POL)],
        [pres("överlämnar", "överlämna")],
        [st(REV, "revisorerna", "none", None, "överlämna", "överlämnar",
            "revisionsberättelsen till kommunfullmäktige")]),
    # (b) inverted subject of a modal's infinitive
    rec("12", "Enligt reglementet ska socialnämnden rapportera avvikelser till "
        "kommunstyrelsen.",
        [a("socialnämnden", "socialnämnd", POL), a("kommunstyrelsen", "kommunstyrelse", POL)],
        [SKA, inf("rapportera")],
        [st("socialnämnd", "socialnämnden", "obligation", "ska", "rapportera", "rapportera",
            "avvikelser till kommunstyrelsen", condition="Enligt reglementet")]),
    rec("13", "Vid behov får kanslichefen anlita extern juridisk hjälp.",
        [a("kanslichefen", KCH, TJP)], [FAR_, inf("anlita")],
        [st(KCH, "kanslichefen", "permission", "får", "anlita", "anlita",
            "extern juridisk hjälp", condition="Vid behov")]),
    rec("14", "Inom ramen för budgeten kan utskottet omfördela medel mellan verksamheterna.",
        [a("utskottet", "utskott", POL)], [KAN_, inf("omfördela")],
        [st("utskott", "utskottet", "permission", "kan", "omfördela", "omfördela",
            "medel mellan verksamheterna", condition="Inom ramen för budgeten")]),
    rec("15", "Varje höst ska kulturnämnden utvärdera bidragen.",
        [a("kulturnämnden", "kulturnämnd", POL)], [SKA, inf("utvärdera")],
        [st("kulturnämnd", "kulturnämnden", "obligation", "ska", "utvärdera", "utvärdera",
            "bidragen")]),
    # (c) passives: the av-agent after an inverted subject or other phrases
    rec("16", "Enligt arbetsordningen utses ordföranden av kommunfullmäktige.",
        [a("ordföranden", OF, FTV), a("kommunfullmäktige", KF, POL)],
        [sp("utses", "utse")],
        [st(KF, "kommunfullmäktige", "none", None, "utse", "utses", "ordföranden",
            passive=True, condition="Enligt arbetsordningen")]),
    rec("17", "Vid första sammanträdet väljs vice ordföranden av ledamöterna.",
        [a("vice ordföranden", VOF, FTV), a("ledamöterna", LED, FTV)], [sp("väljs", "välja")],
        [st(LED, "ledamöterna", "none", None, "välja", "väljs", "vice ordföranden",
            passive=True, condition="Vid första sammanträdet")]),
    rec("18", "Efter varje val utses en ordförande av styrelsen.",
        [a("ordförande", OF, FTV), a("styrelsen", ST_, POL)], [sp("utses", "utse")],
        [st(ST_, "styrelsen", "none", None, "utse", "utses", "en ordförande", passive=True)],),
    rec("19", "Efter beslut i nämnden entledigas ordföranden av kommunfullmäktige.",
        [a("nämnden", NA, POL), a("ordföranden", OF, FTV), a("kommunfullmäktige", KF, POL)],
        [sp("entledigas", "entlediga")],
        [st(KF, "kommunfullmäktige", "none", None, "entlediga", "entledigas", "ordföranden",
            passive=True)]),
    rec("20", "Under mandatperioden granskas verksamheten av revisorerna.",
        [a("revisorerna", REV, FTV)], [sp("granskas", "granska")],
        [st(REV, "revisorerna", "none", None, "granska", "granskas", "verksamheten",
            passive=True)]),
    rec("21", "Protokollet justeras inom en vecka av ordföranden.",
        [a("ordföranden", OF, FTV)], [sp("justeras", "justera")],
        [st(OF, "ordföranden", "none", None, "justera", "justeras", "Protokollet",
            passive=True)]),
    rec("22", "Kallelsen ska i god tid före sammanträdet sändas av sekreteraren.",
        [a("sekreteraren", SEK, TJP)], [SKA, inf("sändas", "sända", "pass")],
        [st(SEK, "sekreteraren", "obligation", "ska", "sända", "sändas", "Kallelsen",
            passive=True)]),
    rec("23", "Ersättarna kallas vid förhinder för en ledamot av kansliet.",
        [a("Ersättarna", "ersättare", FTV), a("ledamot", LED, FTV), a("kansliet", KAN, FORV)],
        [sp("kallas", "kalla")],
        [st(KAN, "kansliet", "none", None, "kalla", "kallas", "Ersättarna", passive=True)],),
    # (d) negatives
    rec("24", "I år har styrelsen utsett ordföranden.",
        [a("styrelsen", ST_, POL), a("ordföranden", OF, FTV)],
        [("har", "ha", "pres", "act"), ("utsett", "utse", "sup", "act")],
        [st(ST_, "styrelsen", "none", None, "utse", "utsett", "ordföranden")]),
    rec("25", "Därefter underrättar kansliet nämnden.",
        [a("kansliet", KAN, FORV), a("nämnden", NA, POL)], [pres("underrättar", "underrätta")],
        [st(KAN, "kansliet", "none", None, "underrätta", "underrättar", "nämnden")]),
    rec("26", "Sedan informerar ordföranden ledamöterna om beslutet.",
        [a("ordföranden", OF, FTV), a("ledamöterna", LED, FTV)],
        [pres("informerar", "informera")],
        [st(OF, "ordföranden", "none", None, "informera", "informerar",
            "ledamöterna om beslutet")]),
    rec("27", "Ärendet avgörs efter hörande av socialnämnden.",
        [a("socialnämnden", "socialnämnd", POL)], [sp("avgörs", "avgöra")], []),
    rec("28", "Inkallandet av ersättare ska ske skyndsamt.",
        [a("ersättare", "ersättare", FTV)], [SKA, inf("ske")], []),
    # (e) a fronted object (OVS) before a verb whose subject is an actor (`actor_subject_verbs`):
    # the parser reads the thing as subject, the actor as object
    rec("29", "Internkontrollplanen antar styrelsen i december.",
        [a("styrelsen", ST_, POL)], [pres("antar", "anta")],
        [st(ST_, "styrelsen", "none", None, "anta", "antar", "Internkontrollplanen")]),
    rec("30", "Varje ansökan prövar socialnämnden.",
        [a("socialnämnden", "socialnämnd", POL)], [pres("prövar", "pröva")],
        [st("socialnämnd", "socialnämnden", "none", None, "pröva", "prövar", "Varje ansökan")]),
    rec("31", "Alla överenskommelser med grannkommunerna verkställer kommundirektören.",
        [a("grannkommunerna", "grannkommun", "organisation"),
         a("kommundirektören", "kommundirektör", TJP)],
        [pres("verkställer", "verkställa")],
        [st("kommundirektör", "kommundirektören", "none", None, "verkställa", "verkställer",
            "Alla överenskommelser med grannkommunerna")]),
    rec("32", "Detta uppdrag samordnar kanslichefen.",
        [a("kanslichefen", KCH, TJP)], [pres("samordnar", "samordna")],
        [st(KCH, "kanslichefen", "none", None, "samordna", "samordnar", "Detta uppdrag")]),
    # negatives: a thing subject of a verb a thing may have (no actor acts); an actor subject
    rec("33", "Riktlinjerna stödjer förvaltningen i budgetarbetet.",
        [a("förvaltningen", "förvaltning", FORV)], [pres("stödjer", "stödja")], []),
    rec("34", "Förvaltningen bereder nämndens ärenden.",
        [a("Förvaltningen", "förvaltning", FORV), a("nämndens", NA, POL)],
        [pres("bereder", "bereda")],
        [st("förvaltning", "Förvaltningen", "none", None, "bereda", "bereder",
            "nämndens ärenden")]),
]

if __name__ == "__main__":
    write_part(sys.argv[1], "w55-g", {}, before=R)
