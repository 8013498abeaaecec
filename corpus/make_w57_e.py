"""Builds corpus/dev/w57-e.jsonl with its gold: invented material for round 57, writer w57d
(analysis57-co causes C7, C8, C10, C11 and w57a's leftovers). C7 `roll-*`: an inverted subject
that is a role noun followed by a personal name after a fronted time phrase (`Den 1 juni
började <roll> <namn> arbeta`, `I mars tillträdde <roll> <namn> tjänsten`), the name no actor
(§2.1), also as the 3rd sentence of a paragraph and as the 2nd main clause after `, och`;
without a name; negative `roll-n1`: the role + name after the subject is the object. C8
`syfte-*`: a modal after a long fronted `För att`-clause ending in a noun, the subject with a
PP attribute and a reciprocal -s verb (`träffas`, `mötas`, `ses`); negative `syfte-n1`: the
modal inside the `För att`-clause. C11 `adj-*`: an adjective coordinated before its noun after
another adjective (`attraktiva och hållbara områden`) is no aim; negative `adj-n1`: two
infinitives after a modal. C10 `pp-*`: an `only_subject` word coordinated inside the PP
attribute of a non-actor subject is no actor; negative `pp-n1`: a subject series of the same
words. `sup-*`: a -t supine of an -a verb after an inverted `har` (`och därför har X anställt`);
`klaus-*`: a second main clause after `och` inside the object of `har rätt att V` / `ansvarar
för att`. Gold by hand from docs/annotation.md §2.1, §5.1, §5.2, §5.4 before any run.
Offsets computed. Run: python corpus/make_w57_e.py corpus/dev"""

import sys

from records import HAR, ORG, POL, SKA, TJP, inf, records_for, sup, write_jsonl
from records import statement as st

FORV, OVR, FTV = "förvaltningsorganisation", "övrig", "förtroendevald"
NONE, OB, PERM, RESP = "none", "obligation", "permission", "responsibility"


def rec(doc, cid, *args, check=True, **kwargs):
    make = records_for(f"w57-e-{doc}", check_texts=check, conditions_from_statements=True)
    return make(cid, *args, **kwargs)


def past(word, lemma):
    return (word, lemma, "past", "act", 0)


def pres(word, lemma, voice="act"):
    return (word, lemma, "pres", voice, 0)


# C7: role noun + personal name as the inverted subject after a fronted time phrase.
ROLL = [
    rec("roll-1", "1", "Den 1 juni började kommunarkitekt Anna Berg arbeta här.",
        [("kommunarkitekt", "kommunarkitekt", TJP)],
        [past("började", "börja"), inf("arbeta")],
        [st("kommunarkitekt", "kommunarkitekt", NONE, None, "börja", "började", "arbeta här")]),
    rec("roll-2", "1", "I mars tillträdde stadsdirektör Karl Öst tjänsten.",
        [("stadsdirektör", "stadsdirektör", TJP)],
        [past("tillträdde", "tillträda")],
        [st("stadsdirektör", "stadsdirektör", NONE, None, "tillträda", "tillträdde",
            "tjänsten")]),
    rec("roll-3", "1", "Förvaltningen har fått en ny organisation. Tjänsterna utlystes i "
        "vintras. Efter valet började nämndsekreterare Eva Lund arbeta heltid.",
        [("Förvaltningen", "förvaltning", FORV), ("nämndsekreterare", "nämndsekreterare", TJP)],
        [HAR, sup("fått", "få"), ("utlystes", "utlysa", "past", "pass"),
         past("började", "börja"), inf("arbeta")],
        [st("förvaltning", "Förvaltningen", NONE, None, "få", "fått", "en ny organisation"),
         st("nämndsekreterare", "nämndsekreterare", NONE, None, "börja", "började",
            "arbeta heltid")]),
    rec("roll-4", "1", "Nämnden rekryterade en utredare i våras, och i augusti tillträdde "
        "regionarkitekt Lisa Holm tjänsten.",
        [("Nämnden", "nämnd", POL), ("utredare", "utredare", TJP),
         ("regionarkitekt", "regionarkitekt", TJP)],
        [past("rekryterade", "rekrytera"), past("tillträdde", "tillträda")],
        [st("nämnd", "Nämnden", NONE, None, "rekrytera", "rekryterade", "en utredare i våras"),
         st("regionarkitekt", "regionarkitekt", NONE, None, "tillträda", "tillträdde",
            "tjänsten")]),
    rec("roll-5", "1", "I april tillträdde ny socialchef.",
        [("socialchef", "socialchef", TJP)],
        [past("tillträdde", "tillträda")],
        [st("socialchef", "socialchef", NONE, None, "tillträda", "tillträdde", None)]),
    rec("roll-n1", "1", "Den 1 juni anställde kommunen förvaltningschef Anna Berg.",
        [("kommunen", "kommun", ORG)],
        [past("anställde", "anställa")],
        [st("kommun", "kommunen", NONE, None, "anställa", "anställde",
            "förvaltningschef Anna Berg")]),
]

# C8: a modal after a long fronted `För att`-clause, a PP-attributed subject, a reciprocal verb.
SYFTE = [
    rec("syfte-1", "1", "För att följa upp samarbetet och dess avtal ska representanter för "
        "regionen och kommunerna träffas två gånger per år.",
        [("representanter", "representant", OVR), ("regionen", "region", ORG),
         ("kommunerna", "kommun", ORG)],
        [SKA, inf("träffas")],
        [st("representant", "representanter", OB, "ska", "träffas", "träffas",
            "två gånger per år")]),
    rec("syfte-2", "1", "För att löpande granska avtalet och dess bilagor ska cheferna för de "
        "båda förbunden ses varje månad.",
        [("cheferna", "chef", TJP), ("förbunden", "förbund", ORG)],
        [SKA, inf("ses")],
        [st("chef", "cheferna", OB, "ska", "ses", "ses", "varje månad")]),
    rec("syfte-3", "1", "Nämnden har inrättat ett pensionärsråd. Rådet sammanträder varje månad. "
        "För att stärka samverkan i länets kommuner ska ledamöterna i regionstyrelsens "
        "utskott mötas varje kvartal.",
        [("Nämnden", "nämnd", POL), ("pensionärsråd", "pensionärsråd", POL), ("Rådet", "pensionärsråd", POL),
         ("kommuner", "kommun", ORG), ("ledamöterna", "ledamot", FTV),
         ("regionstyrelsens utskott", "regionstyrelsens utskott", POL)],
        [HAR, sup("inrättat", "inrätta"), pres("sammanträder", "sammanträda"), SKA, inf("mötas")],
        [st("nämnd", "Nämnden", NONE, None, "inrätta", "inrättat",
            "ett pensionärsråd"),
         st("pensionärsråd", "Rådet", NONE, None, "sammanträda", "sammanträder", "varje månad"),
         st("ledamot", "ledamöterna", OB, "ska", "mötas", "mötas", "varje kvartal")]),
    rec("syfte-n1", "1", "För att styrelsen ska kunna besluta krävs underlag.",
        [("styrelsen", "styrelse", POL)],
        [SKA, ("kunna", "kunna", "inf", "act"), inf("besluta"),
         pres("krävs", "kräva", "pass")]),
]

# C11: an adjective coordinated before its noun is no verb.
ADJ = [
    rec("adj-1", "1", "Nämnden ska bygga och bevara attraktiva och hållbara områden.",
        [("Nämnden", "nämnd", POL)],
        [SKA, inf("bygga"), inf("bevara")],
        [st("nämnd", "Nämnden", OB, "ska", "bygga", "bygga",
            "attraktiva och hållbara områden"),
         st("nämnd", "Nämnden", OB, "ska", "bevara", "bevara",
            "attraktiva och hållbara områden")]),
    rec("adj-2", "1", "Kommunfullmäktiges mål är tydliga. Bolaget ska därför ordna säkra och "
        "hållbara lokaler, parker och gator.",
        [("Kommunfullmäktiges", "kommunfullmäktige", POL), ("Bolaget", "bolag", ORG)],
        [("är", "vara", "pres", "act"), SKA, inf("ordna")],
        [st("bolag", "Bolaget", OB, "ska", "ordna", "ordna",
            "säkra och hållbara lokaler, parker och gator")]),
    rec("adj-3", "1", "Styrelsen antar planen, och förvaltningen ska skapa trygga och "
        "tillgängliga miljöer och underhålla dem.",
        [("Styrelsen", "styrelse", POL), ("förvaltningen", "förvaltning", FORV)],
        [pres("antar", "anta"), SKA, inf("skapa"), inf("underhålla")],
        [st("styrelse", "Styrelsen", NONE, None, "anta", "antar", "planen"),
         st("förvaltning", "förvaltningen", OB, "ska", "skapa", "skapa",
            "trygga och tillgängliga miljöer"),
         st("förvaltning", "förvaltningen", OB, "ska", "underhålla", "underhålla", "dem")]),
    rec("adj-n1", "1", "Styrelsen ska granska och godkänna avtal.",
        [("Styrelsen", "styrelse", POL)],
        [SKA, inf("granska"), inf("godkänna")],
        [st("styrelse", "Styrelsen", OB, "ska", "granska", "granska", "avtal"),
         st("styrelse", "Styrelsen", OB, "ska", "godkänna", "godkänna", "avtal")]),
]

# C10: an only_subject word inside the PP attribute of a non-actor subject.
PP = [
    rec("pp-1", "1", "En samverkansstruktur för skola och vård erbjuder stöd.", [],
        [pres("erbjuder", "erbjuda")]),
    rec("pp-2", "1", "Nämnden antar modellen. Modellen för socialtjänst och vård beskriver "
        "stödet till familjer.",
        [("Nämnden", "nämnd", POL)],
        [pres("antar", "anta"), pres("beskriver", "beskriva")],
        [st("nämnd", "Nämnden", NONE, None, "anta", "antar", "modellen")]),
    rec("pp-3", "1", "Planen för skolan och vården gäller i tre år.", [],
        [pres("gäller", "gälla")]),
    rec("pp-n1", "1", "Räddningstjänsten och vården erbjuder stöd.",
        [("Räddningstjänsten", "räddningstjänst", FORV), ("vården", "vård", FORV)],
        [pres("erbjuder", "erbjuda")],
        [st("räddningstjänst", "Räddningstjänsten", NONE, None, "erbjuda", "erbjuder", "stöd"),
         st("vård", "vården", NONE, None, "erbjuda", "erbjuder", "stöd")]),
]

# w57a leftovers: a -t supine after inverted `har`; a second main clause inside an object.
KLAUS = [
    rec("sup-1", "1", "Kommunen växer och därför har förvaltningen anställt en arkitekt.",
        [("Kommunen", "kommun", ORG), ("förvaltningen", "förvaltning", FORV),
         ("arkitekt", "arkitekt", TJP)],
        [pres("växer", "växa"), HAR, sup("anställt", "anställa")],
        [st("kommun", "Kommunen", NONE, None, "växa", "växer", None),
         st("förvaltning", "förvaltningen", NONE, None, "anställa", "anställt",
            "en arkitekt")]),
    rec("sup-2", "1", "Under året har regionstyrelsen anställt två jurister och kompletterat "
        "kansliet.",
        [("regionstyrelsen", "regionstyrelse", POL), ("jurister", "jurist", TJP),
         ("kansliet", "kansli", FORV)],
        [HAR, sup("anställt", "anställa"), sup("kompletterat", "komplettera")],
        [st("regionstyrelse", "regionstyrelsen", NONE, None, "anställa", "anställt",
            "två jurister"),
         st("regionstyrelse", "regionstyrelsen", NONE, None, "komplettera", "kompletterat",
            "kansliet")]),
    rec("klaus-1", "1", "Nämnden har rätt att begära underlag från bolagen och för att "
        "arbetet ska gå snabbt ska kansliet bistå nämnden.",
        [("Nämnden", "nämnd", POL), ("bolagen", "bolag", ORG), ("kansliet", "kansli", FORV),
         ("nämnden", "nämnd", POL)],
        [HAR, inf("begära"), SKA, inf("gå"), ("ska", "skola", "pres", "act", 1), inf("bistå")],
        [st("nämnd", "Nämnden", PERM, "har rätt att", "begära", "begära",
            "underlag från bolagen"),
         st("kansli", "kansliet", OB, "ska", "bistå", "bistå", "nämnden")]),
    rec("klaus-2", "1", "Styrelsen ansvarar för att budgeten följs och kommunfullmäktige ska "
        "anta en ny plan.",
        [("Styrelsen", "styrelse", POL), ("kommunfullmäktige", "kommunfullmäktige", POL)],
        [pres("ansvarar", "ansvara"), pres("följs", "följa", "pass"), SKA, inf("anta")],
        [st("styrelse", "Styrelsen", RESP, "ansvarar för", "ansvara", "ansvarar",
            "att budgeten följs"),
         st("kommunfullmäktige", "kommunfullmäktige", OB, "ska", "anta", "anta",
            "en ny plan")]),
]

if __name__ == "__main__":
    write_jsonl(f"{sys.argv[1]}/w57-e.jsonl", [*ROLL, *SYFTE, *ADJ, *PP, *KLAUS])
