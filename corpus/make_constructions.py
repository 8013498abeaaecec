"""Builds corpus/dev/constructions.jsonl from a compact hand annotation (offsets computed)."""
import json, sys

A = "ACTOR"
import re
def find(text, piece, nth=0, after=0):
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", text)]
    return hits[nth]

def rec(cid, text, actors=(), verbs=(), conditions=(), statements=()):
    spans = []
    for a in actors:
        piece, canonical, category, role = a[:4]
        nth = a[4] if len(a) > 4 else 0
        s = find(text, piece, nth)
        spans.append({"start": s, "end": s + len(piece), "text": piece, "label": "ACTOR",
                      "canonical": canonical, "category": category, "role": role})
    for v in verbs:
        piece, lemma, tense, voice = v[:4]
        nth = v[4] if len(v) > 4 else 0
        s = find(text, piece, nth)
        # whole-word check
        assert (s == 0 or not text[s-1].isalpha()) and (s + len(piece) == len(text) or not text[s+len(piece)].isalpha()), (cid, piece)
        spans.append({"start": s, "end": s + len(piece), "text": piece, "label": "VERB",
                      "lemma": lemma, "tense": tense, "voice": voice})
    for c in conditions:
        s = find(text, c)
        spans.append({"start": s, "end": s + len(c), "text": c, "label": "CONDITION"})
    spans.sort(key=lambda x: (x["start"], x["end"]))
    sts = []
    for st in statements:
        actor, actor_text, deontic, modal, aim, aim_text, negated, passive, obj, cond = st
        assert obj is None or obj in text, (cid, obj)
        sts.append({"actor": actor, "actor_text": actor_text, "deontic": deontic, "modal": modal,
                    "aim": aim, "aim_text": aim_text, "negated": negated, "passive": passive,
                    "object_text": obj, "condition_text": cond})
    return {"text": text, "meta": {"doc_id": "constructions", "clause_id": cid, "parent_id": None,
            "kind": "paragraph", "label": ""}, "spans": spans, "statements": sts}

R = []
R.append(rec("c01", "Beslut om bidrag fattas av fritidsnämnden.",
    [("fritidsnämnden", "fritidsnämnd", "politiskt organ", "committee")],
    [("fattas", "fatta", "pres", "pass")], [],
    [("fritidsnämnd", "fritidsnämnden", "none", None, "fatta", "fattas", False, True, "Beslut om bidrag", None)]))
R.append(rec("c02", "Yttranden ska lämnas av miljöchefen inom tre veckor.",
    [("miljöchefen", "miljöchef", "tjänsteperson", "manager")],
    [("ska", "skola", "pres", "act"), ("lämnas", "lämna", "inf", "pass")], [],
    [("miljöchef", "miljöchefen", "obligation", "ska", "lämna", "lämnas", False, True, "Yttranden", None)]))
R.append(rec("c03", "Protokollet ska justeras senast fjorton dagar efter sammanträdet.",
    [], [("ska", "skola", "pres", "act"), ("justeras", "justera", "inf", "pass")], [],
    [(None, None, "obligation", "ska", "justera", "justeras", False, True, "senast fjorton dagar efter sammanträdet", None)]))
R.append(rec("c04", "Avvikelser ska rapporteras till säkerhetschefen.",
    [("säkerhetschefen", "säkerhetschef", "tjänsteperson", "manager")],
    [("ska", "skola", "pres", "act"), ("rapporteras", "rapportera", "inf", "pass")], [],
    [(None, None, "obligation", "ska", "rapportera", "rapporteras", False, True, "till säkerhetschefen", None)]))
R.append(rec("c05", "Rektorn bör samråda med ledningsgruppen före varje större förändring.",
    [("Rektorn", "rektor", "tjänsteperson", "manager"), ("ledningsgruppen", "ledningsgrupp", "förvaltningsorganisation", "unit")],
    [("bör", "böra", "pres", "act"), ("samråda", "samråda", "inf", "act")], [],
    [("rektor", "Rektorn", "recommendation", "bör", "samråda", "samråda", False, False, "med ledningsgruppen före varje större förändring", None)]))
R.append(rec("c06", "Handläggaren bör inte handlägga ärenden där hen är jävig.",
    [("Handläggaren", "handläggare", "tjänsteperson", "employee")],
    [("bör", "böra", "pres", "act"), ("handlägga", "handlägga", "inf", "act"), ("är", "vara", "pres", "act")], [],
    [("handläggare", "Handläggaren", "recommendation", "bör inte", "handlägga", "handlägga", True, False, "ärenden där hen är jävig", None)]))
R.append(rec("c07", "Det åligger controllern att följa upp verksamhetens ekonomi varje månad.",
    [("controllern", "controller", "tjänsteperson", "employee")],
    [("åligger", "åligga", "pres", "act"), ("följa", "följa", "inf", "act")], [],
    [("controller", "controllern", "obligation", "åligger", "följa", "följa", False, False, "verksamhetens ekonomi varje månad", None)]))
R.append(rec("c08", "Ekonomiavdelningen har till uppgift att bereda budgetförslaget.",
    [("Ekonomiavdelningen", "ekonomiavdelning", "förvaltningsorganisation", "unit")],
    [("har", "ha", "pres", "act"), ("bereda", "bereda", "inf", "act")], [],
    [("ekonomiavdelning", "Ekonomiavdelningen", "obligation", "har till uppgift att", "bereda", "bereda", False, False, "budgetförslaget", None)]))
R.append(rec("c09", "Enhetschefen ges rätt att besluta om inköp upp till fem prisbasbelopp.",
    [("Enhetschefen", "enhetschef", "tjänsteperson", "manager")],
    [("ges", "ge", "pres", "pass"), ("besluta", "besluta", "inf", "act")], [],
    [("enhetschef", "Enhetschefen", "permission", "ges rätt att", "besluta", "besluta", False, False, "om inköp upp till fem prisbasbelopp", None)]))
R.append(rec("c10", "Ersättaren är inte behörig att fatta beslut i brådskande ärenden.",
    [("Ersättaren", "ersättare", "förtroendevald", "elected")],
    [("är", "vara", "pres", "act"), ("fatta", "fatta", "inf", "act")], [],
    [("ersättare", "Ersättaren", "prohibition", "är inte behörig att", "fatta", "fatta", True, False, "beslut i brådskande ärenden", None)]))
R.append(rec("c11", "Vid en allvarlig störning ska säkerhetschefen informera kommundirektören.",
    [("säkerhetschefen", "säkerhetschef", "tjänsteperson", "manager"), ("kommundirektören", "kommundirektör", "tjänsteperson", "chief_executive")],
    [("ska", "skola", "pres", "act"), ("informera", "informera", "inf", "act")], ["Vid en allvarlig störning"],
    [("säkerhetschef", "säkerhetschefen", "obligation", "ska", "informera", "informera", False, False, "kommundirektören", "Vid en allvarlig störning")]))
R.append(rec("c12", "Om ordföranden har förhinder, ska vice ordföranden leda sammanträdet.",
    [("ordföranden", "ordförande", "förtroendevald", "chair"), ("vice ordföranden", "vice ordförande", "förtroendevald", "chair")],
    [("har", "ha", "pres", "act"), ("ska", "skola", "pres", "act"), ("leda", "leda", "inf", "act")], ["Om ordföranden har förhinder"],
    [("vice ordförande", "vice ordföranden", "obligation", "ska", "leda", "leda", False, False, "sammanträdet", "Om ordföranden har förhinder")]))
R.append(rec("c13", "I de fall ärendet är brådskande får ordföranden besluta på nämndens vägnar.",
    [("ordföranden", "ordförande", "förtroendevald", "chair"), ("nämndens", "nämnd", "politiskt organ", "committee")],
    [("är", "vara", "pres", "act"), ("får", "få", "pres", "act"), ("besluta", "besluta", "inf", "act")], ["I de fall ärendet är brådskande"],
    [("ordförande", "ordföranden", "permission", "får", "besluta", "besluta", False, False, "på nämndens vägnar", "I de fall ärendet är brådskande")]))
R.append(rec("c14", "Såvida inte styrelsen beslutar annat ska VD:n företräda bolaget utåt.",
    [("styrelsen", "styrelse", "politiskt organ", "board"), ("VD:n", "verkställande direktör", "tjänsteperson", "chief_executive"), ("bolaget", "bolag", "organisation", "organisation")],
    [("beslutar", "besluta", "pres", "act"), ("ska", "skola", "pres", "act"), ("företräda", "företräda", "inf", "act")], ["Såvida inte styrelsen beslutar annat"],
    [("verkställande direktör", "VD:n", "obligation", "ska", "företräda", "företräda", False, False, "bolaget utåt", "Såvida inte styrelsen beslutar annat")]))
R.append(rec("c15", "Socialnämnden fullgör kommunens uppgifter enligt 2 kap. 1 § socialtjänstlagen.",
    [("Socialnämnden", "socialnämnd", "politiskt organ", "committee"), ("kommunens", "kommun", "organisation", "organisation")],
    [("fullgör", "fullgöra", "pres", "act")], ["enligt 2 kap. 1 § socialtjänstlagen"],
    [("socialnämnd", "Socialnämnden", "none", None, "fullgöra", "fullgör", False, False, "kommunens uppgifter", "enligt 2 kap. 1 § socialtjänstlagen")]))
R.append(rec("c16", "Ekbacka Vatten AB ska leverera dricksvatten till hushållen i kommunen.",
    [("Ekbacka Vatten AB", "ekbacka vatten ab", "organisation", "organisation"), ("kommunen", "kommun", "organisation", "organisation")],
    [("ska", "skola", "pres", "act"), ("leverera", "leverera", "inf", "act")], [],
    [("ekbacka vatten ab", "Ekbacka Vatten AB", "obligation", "ska", "leverera", "leverera", False, False, "dricksvatten till hushållen i kommunen", None)]))
R.append(rec("c17", "Ekbacka Energi AB äger elnätet och bolaget ska underhålla det.",
    [("Ekbacka Energi AB", "ekbacka energi ab", "organisation", "organisation"), ("bolaget", "ekbacka energi ab", "organisation", "organisation")],
    [("äger", "äga", "pres", "act"), ("ska", "skola", "pres", "act"), ("underhålla", "underhålla", "inf", "act")], [],
    [("ekbacka energi ab", "Ekbacka Energi AB", "none", None, "äga", "äger", False, False, "elnätet", None),
     ("ekbacka energi ab", "bolaget", "obligation", "ska", "underhålla", "underhålla", False, False, "det", None)]))
R.append(rec("c18", "Rektorn beslutar om elevernas placering i klasser.",
    [("Rektorn", "rektor", "tjänsteperson", "manager")],
    [("beslutar", "besluta", "pres", "act")], [],
    [("rektor", "Rektorn", "none", None, "besluta", "beslutar", False, False, "om elevernas placering i klasser", None)]))
R.append(rec("c19", "Handläggaren ska dokumentera alla beslut i ärendesystemet.",
    [("Handläggaren", "handläggare", "tjänsteperson", "employee")],
    [("ska", "skola", "pres", "act"), ("dokumentera", "dokumentera", "inf", "act")], [],
    [("handläggare", "Handläggaren", "obligation", "ska", "dokumentera", "dokumentera", False, False, "alla beslut i ärendesystemet", None)]))
R.append(rec("c20", "Ägarrådet får lämna synpunkter på bolagens affärsplaner.",
    [("Ägarrådet", "ägarråd", "politiskt organ", "owner"), ("bolagens", "bolag", "organisation", "organisation")],
    [("får", "få", "pres", "act"), ("lämna", "lämna", "inf", "act")], [],
    [("ägarråd", "Ägarrådet", "permission", "får", "lämna", "lämna", False, False, "synpunkter på bolagens affärsplaner", None)]))
R.append(rec("c21", "Ombudsmannen ska årligen redovisa sitt arbete till fullmäktige.",
    [("Ombudsmannen", "ombudsman", "övrig", "other"), ("fullmäktige", "fullmäktige", "politiskt organ", "assembly")],
    [("ska", "skola", "pres", "act"), ("redovisa", "redovisa", "inf", "act")], [],
    [("ombudsman", "Ombudsmannen", "obligation", "ska", "redovisa", "redovisa", False, False, "sitt arbete till fullmäktige", None)]))
R.append(rec("c22", "Kommunchefen ska utse en ställföreträdare.",
    [("Kommunchefen", "kommunchef", "tjänsteperson", "chief_executive"), ("ställföreträdare", "ställföreträdare", "tjänsteperson", "other")],
    [("ska", "skola", "pres", "act"), ("utse", "utse", "inf", "act")], [],
    [("kommunchef", "Kommunchefen", "obligation", "ska", "utse", "utse", False, False, "en ställföreträdare", None)]))
R.append(rec("c23", "Förbundsdirektören ska bistå direktionen och ange prioriteringar för kansliet.",
    [("Förbundsdirektören", "förbundsdirektör", "tjänsteperson", "chief_executive"), ("direktionen", "direktion", "politiskt organ", "board"), ("kansliet", "kansli", "förvaltningsorganisation", "unit")],
    [("ska", "skola", "pres", "act"), ("bistå", "bistå", "inf", "act"), ("ange", "ange", "inf", "act")], [],
    [("förbundsdirektör", "Förbundsdirektören", "obligation", "ska", "bistå", "bistå", False, False, "direktionen", None),
     ("förbundsdirektör", "Förbundsdirektören", "obligation", "ska", "ange", "ange", False, False, "prioriteringar för kansliet", None)]))
R.append(rec("c24", "Stadsdirektören ska föreslå mål och ingå avtal inom ramen för budgeten.",
    [("Stadsdirektören", "stadsdirektör", "tjänsteperson", "chief_executive")],
    [("ska", "skola", "pres", "act"), ("föreslå", "föreslå", "inf", "act"), ("ingå", "ingå", "inf", "act")], ["inom ramen för budgeten"],
    [("stadsdirektör", "Stadsdirektören", "obligation", "ska", "föreslå", "föreslå", False, False, "mål", "inom ramen för budgeten"),
     ("stadsdirektör", "Stadsdirektören", "obligation", "ska", "ingå", "ingå", False, False, "avtal", "inom ramen för budgeten")]))
R.append(rec("c25", "Krisledningsnämnden har befogenhet att ta över beslutanderätten från andra nämnder.",
    [("Krisledningsnämnden", "krisledningsnämnd", "politiskt organ", "committee"), ("nämnder", "nämnd", "politiskt organ", "committee")],
    [("har", "ha", "pres", "act"), ("ta", "ta", "inf", "act")], [],
    [("krisledningsnämnd", "Krisledningsnämnden", "permission", "har befogenhet att", "ta", "ta", False, False, "beslutanderätten från andra nämnder", None)]))
R.append(rec("c26", "Kommundirektören ska se till att nämndernas beslut verkställs.",
    [("Kommundirektören", "kommundirektör", "tjänsteperson", "chief_executive"), ("nämndernas", "nämnd", "politiskt organ", "committee")],
    [("ska", "skola", "pres", "act"), ("se", "se", "inf", "act"), ("verkställs", "verkställa", "pres", "pass")], [],
    [("kommundirektör", "Kommundirektören", "obligation", "ska se till att", "se", "se", False, False, "till att nämndernas beslut verkställs", None)]))
R.append(rec("c27", "Medarbetarna förväntas delta i arbetsplatsträffarna.",
    [("Medarbetarna", "medarbetare", "tjänsteperson", "employee")],
    [("förväntas", "förvänta", "pres", "pass"), ("delta", "delta", "inf", "act")], [],
    [("medarbetare", "Medarbetarna", "obligation", "förväntas", "delta", "delta", False, False, "i arbetsplatsträffarna", None)]))
R.append(rec("c28", "Revisorerna äger inte rätt att delta i nämndens beslut.",
    [("Revisorerna", "revisor", "förtroendevald", "auditor"), ("nämndens", "nämnd", "politiskt organ", "committee")],
    [("äger", "äga", "pres", "act"), ("delta", "delta", "inf", "act")], [],
    [("revisor", "Revisorerna", "prohibition", "äger inte rätt att", "delta", "delta", True, False, "i nämndens beslut", None)]))
R.append(rec("c29", "Förvaltningschefen kan besluta om ledighet för medarbetarna.",
    [("Förvaltningschefen", "förvaltningschef", "tjänsteperson", "manager"), ("medarbetarna", "medarbetare", "tjänsteperson", "employee")],
    [("kan", "kunna", "pres", "act"), ("besluta", "besluta", "inf", "act")], [],
    [("förvaltningschef", "Förvaltningschefen", "permission", "kan", "besluta", "besluta", False, False, "om ledighet för medarbetarna", None)]))
R.append(rec("c30", "Avdelningschefen har ansvar för arbetsmiljön inom avdelningen.",
    [("Avdelningschefen", "avdelningschef", "tjänsteperson", "manager"), ("avdelningen", "avdelning", "förvaltningsorganisation", "unit")],
    [("har", "ha", "pres", "act")], [],
    [("avdelningschef", "Avdelningschefen", "responsibility", "har ansvar för", "ansvara", "har", False, False, "arbetsmiljön inom avdelningen", None)]))
R.append(rec("c31", "Anna Svensson är utsedd till dataskyddsombud.",
    [], [("är", "vara", "pres", "act")], [], []))
R.append(rec("c32", "Bolagsstämman utser bolagets revisorer.",
    [("Bolagsstämman", "bolagsstämma", "politiskt organ", "assembly"), ("bolagets", "bolag", "organisation", "organisation"), ("revisorer", "revisor", "förtroendevald", "auditor")],
    [("utser", "utse", "pres", "act")], [],
    [("bolagsstämma", "Bolagsstämman", "none", None, "utse", "utser", False, False, "bolagets revisorer", None)]))
R.append(rec("c33", "Lekmannarevisorerna granskar bolagets verksamhet.",
    [("Lekmannarevisorerna", "lekmannarevisor", "förtroendevald", "auditor"), ("bolagets", "bolag", "organisation", "organisation")],
    [("granskar", "granska", "pres", "act")], [],
    [("lekmannarevisor", "Lekmannarevisorerna", "none", None, "granska", "granskar", False, False, "bolagets verksamhet", None)]))
R.append(rec("c34", "Säkerhetschefen ska biträda kommundirektören vid en kris.",
    [("Säkerhetschefen", "säkerhetschef", "tjänsteperson", "manager"), ("kommundirektören", "kommundirektör", "tjänsteperson", "chief_executive")],
    [("ska", "skola", "pres", "act"), ("biträda", "biträda", "inf", "act")], [],
    [("säkerhetschef", "Säkerhetschefen", "obligation", "ska", "biträda", "biträda", False, False, "kommundirektören vid en kris", None)]))
R.append(rec("c35", "Kommunstyrelsens ordförande får inte delta i upphandlingen.",
    [("Kommunstyrelsens ordförande", "kommunstyrelsens ordförande", "förtroendevald", "chair")],
    [("får", "få", "pres", "act"), ("delta", "delta", "inf", "act")], [],
    [("kommunstyrelsens ordförande", "Kommunstyrelsens ordförande", "prohibition", "får inte", "delta", "delta", True, False, "i upphandlingen", None)]))

R.append(rec("c36", "Förvaltningschefen leder och fördelar arbetet inom förvaltningen samt ansvarar för arbetsmiljön.",
    [("Förvaltningschefen", "förvaltningschef", "tjänsteperson", "manager"), ("förvaltningen", "förvaltning", "förvaltningsorganisation", "unit")],
    [("leder", "leda", "pres", "act"), ("fördelar", "fördela", "pres", "act"), ("ansvarar", "ansvara", "pres", "act")], [],
    [("förvaltningschef", "Förvaltningschefen", "none", None, "leda", "leder", False, False, "arbetet inom förvaltningen", None),
     ("förvaltningschef", "Förvaltningschefen", "none", None, "fördela", "fördelar", False, False, "arbetet inom förvaltningen", None),
     ("förvaltningschef", "Förvaltningschefen", "responsibility", "ansvarar för", "ansvara", "ansvarar", False, False, "arbetsmiljön", None)]))
R.append(rec("c37", "Utskottet bereder ärenden som ska avgöras av kommunstyrelsen.",
    [("Utskottet", "utskott", "politiskt organ", "committee"), ("kommunstyrelsen", "kommunstyrelse", "politiskt organ", "board")],
    [("bereder", "bereda", "pres", "act"), ("ska", "skola", "pres", "act"), ("avgöras", "avgöra", "inf", "pass")], [],
    [("utskott", "Utskottet", "none", None, "bereda", "bereder", False, False, "ärenden som ska avgöras av kommunstyrelsen", None)]))
R.append(rec("c38", "Beslut i brådskande ärenden får fattas av ordföranden.",
    [("ordföranden", "ordförande", "förtroendevald", "chair")],
    [("får", "få", "pres", "act"), ("fattas", "fatta", "inf", "pass")], [],
    [("ordförande", "ordföranden", "permission", "får", "fatta", "fattas", False, True, "Beslut i brådskande ärenden", None)]))
R.append(rec("c39", "Sammanträden ska hållas på tid och plats som ordföranden bestämmer.",
    [("ordföranden", "ordförande", "förtroendevald", "chair")],
    [("ska", "skola", "pres", "act"), ("hållas", "hålla", "inf", "pass"), ("bestämmer", "bestämma", "pres", "act")], [],
    [(None, None, "obligation", "ska", "hålla", "hållas", False, True, "på tid och plats som ordföranden bestämmer", None)]))

R.append(rec("c40", "VD ska tillse att bolagets organisation är ändamålsenlig.",
    [("VD", "verkställande direktör", "tjänsteperson", "chief_executive"), ("bolagets", "bolag", "organisation", "organisation")],
    [("ska", "skola", "pres", "act"), ("tillse", "tillse", "inf", "act"), ("är", "vara", "pres", "act")], [],
    [("verkställande direktör", "VD", "obligation", "ska", "tillse", "tillse", False, False, "att bolagets organisation är ändamålsenlig", None)]))
R.append(rec("c41", "Styrelsen ska årligen utvärdera VD:s arbete.",
    [("Styrelsen", "styrelse", "politiskt organ", "board"), ("VD:s", "verkställande direktör", "tjänsteperson", "chief_executive")],
    [("ska", "skola", "pres", "act"), ("utvärdera", "utvärdera", "inf", "act")], [],
    [("styrelse", "Styrelsen", "obligation", "ska", "utvärdera", "utvärdera", False, False, "VD:s arbete", None)]))

with open(sys.argv[1], "w", encoding="utf-8") as out:
    for r in R:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(R))

# --- the lead-in document (corpus/dev/leadins.txt) ---
def drec(cid, kind, parent, label, text, **kw):
    r = rec(cid, text, **kw)
    r["meta"] = {"doc_id": "leadins", "clause_id": cid, "parent_id": parent, "kind": kind, "label": label}
    return r

FC = ("förvaltningschef", "Förvaltningschefen")
D = []
D.append(drec("title", "heading", None, "", "Instruktion för förvaltningschefen",
    actors=[("förvaltningschefen", "förvaltningschef", "tjänsteperson", "manager")]))
D.append(drec("1", "heading", None, "1.", "Uppgifter"))
D.append(drec("1.1", "paragraph", "1", "", "Förvaltningschefen ska:",
    actors=[("Förvaltningschefen", "förvaltningschef", "tjänsteperson", "manager")], verbs=[("ska", "skola", "pres", "act")]))
D.append(drec("1.1.a", "list_item", "1.1", "-", "leda och samordna förvaltningens arbete,",
    actors=[("förvaltningens", "förvaltning", "förvaltningsorganisation", "unit")],
    verbs=[("leda", "leda", "inf", "act"), ("samordna", "samordna", "inf", "act")],
    statements=[(*FC, "obligation", "ska", "leda", "leda", False, False, "förvaltningens arbete", None),
                (*FC, "obligation", "ska", "samordna", "samordna", False, False, "förvaltningens arbete", None)]))
D.append(drec("1.1.b", "list_item", "1.1", "-", "utse en ersättare vid frånvaro,",
    actors=[("ersättare", "ersättare", "förtroendevald", "elected")], verbs=[("utse", "utse", "inf", "act")],
    statements=[(*FC, "obligation", "ska", "utse", "utse", False, False, "en ersättare vid frånvaro", None)]))
D.append(drec("1.1.c", "list_item", "1.1", "-", "att föreslå en budget för förvaltningen.",
    actors=[("förvaltningen", "förvaltning", "förvaltningsorganisation", "unit")], verbs=[("föreslå", "föreslå", "inf", "act")],
    statements=[(*FC, "obligation", "ska", "föreslå", "föreslå", False, False, "en budget för förvaltningen", None)]))
D.append(drec("1.2", "paragraph", "1", "", "Förvaltningschefen får inte:",
    actors=[("Förvaltningschefen", "förvaltningschef", "tjänsteperson", "manager")], verbs=[("får", "få", "pres", "act")]))
D.append(drec("1.2.a", "list_item", "1.2", "-", "anställa personal utan stöd i budgeten,",
    actors=[("personal", "personal", "tjänsteperson", "employee")], verbs=[("anställa", "anställa", "inf", "act")],
    statements=[(*FC, "prohibition", "får inte", "anställa", "anställa", True, False, "personal utan stöd i budgeten", None)]))
D.append(drec("1.2.b", "list_item", "1.2", "-", "ingå avtal som löper längre än tre år.",
    verbs=[("ingå", "ingå", "inf", "act"), ("löper", "löpa", "pres", "act")],
    statements=[(*FC, "prohibition", "får inte", "ingå", "ingå", True, False, "avtal som löper längre än tre år", None)]))
KD = ("kommundirektör", "Kommundirektören")
D.append(drec("1.3", "paragraph", "1", "", "Kommundirektören ansvarar för:",
    actors=[("Kommundirektören", "kommundirektör", "tjänsteperson", "chief_executive")], verbs=[("ansvarar", "ansvara", "pres", "act")]))
D.append(drec("1.3.a", "list_item", "1.3", "-", "personalfrågor,",
    statements=[(*KD, "responsibility", "ansvarar för", "ansvara", "ansvarar", False, False, "personalfrågor", None)]))
D.append(drec("1.3.b", "list_item", "1.3", "-", "ekonomisk uppföljning.",
    statements=[(*KD, "responsibility", "ansvarar för", "ansvara", "ansvarar", False, False, "ekonomisk uppföljning", None)]))
N = ("nämnd", "Nämnden")
D.append(drec("1.4", "paragraph", "1", "", "Nämnden har följande uppgifter:",
    actors=[("Nämnden", "nämnd", "politiskt organ", "committee")], verbs=[("har", "ha", "pres", "act")]))
D.append(drec("1.4.a", "list_item", "1.4", "-", "Fastställa internbudget för förvaltningen.",
    actors=[("förvaltningen", "förvaltning", "förvaltningsorganisation", "unit")], verbs=[("Fastställa", "fastställa", "inf", "act")],
    statements=[(*N, "responsibility", "har följande uppgifter", "fastställa", "Fastställa", False, False, "internbudget för förvaltningen", None)]))
D.append(drec("1.4.b", "list_item", "1.4", "-", "Utse dataskyddsombud.",
    actors=[("dataskyddsombud", "dataskyddsombud", "tjänsteperson", "employee")], verbs=[("Utse", "utse", "inf", "act")],
    statements=[(*N, "responsibility", "har följande uppgifter", "utse", "Utse", False, False, "dataskyddsombud", None)]))
with open(sys.argv[1].replace("constructions.jsonl", "leadins.jsonl"), "w", encoding="utf-8") as out:
    for r in D:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")

# --- an invented VD-instruktion (corpus/dev/vd-instruktion.txt) ---
def vrec(cid, kind, parent, label, text, **kw):
    r = rec(cid, text, **kw)
    r["meta"] = {"doc_id": "vd-instruktion", "clause_id": cid, "parent_id": parent, "kind": kind,
                 "label": label}
    return r

VD = ("verkställande direktör", "Verkställande direktören")
VD2 = ("verkställande direktör", "VD")
BOLAG = ("ekbacka bostäder ab", "organisation", "organisation")
V = []
V.append(vrec("title", "heading", None, "", "Instruktion för verkställande direktören i Ekbacka Bostäder AB",
    actors=[("verkställande direktören", "verkställande direktör", "tjänsteperson", "chief_executive"),
            ("Ekbacka Bostäder AB", *BOLAG)]))
V.append(vrec("1", "paragraph", None, "", "Verkställande direktören ska särskilt:",
    actors=[("Verkställande direktören", "verkställande direktör", "tjänsteperson", "chief_executive")],
    verbs=[("ska", "skola", "pres", "act")]))
V.append(vrec("1.a", "list_item", "1", "-", "se till att bolagets bokföring fullgörs i överensstämmelse med lag,",
    actors=[("bolagets", *BOLAG)], verbs=[("se", "se", "inf", "act"), ("fullgörs", "fullgöra", "pres", "pass")],
    conditions=["i överensstämmelse med lag"],
    statements=[(*VD, "obligation", "ska", "se", "se", False, False, "till att bolagets bokföring fullgörs i överensstämmelse med lag", None)]))
V.append(vrec("1.b", "list_item", "1", "-", "förvalta bolagets medel på ett betryggande sätt.",
    actors=[("bolagets", *BOLAG)], verbs=[("förvalta", "förvalta", "inf", "act")],
    statements=[(*VD, "obligation", "ska", "förvalta", "förvalta", False, False, "bolagets medel på ett betryggande sätt", None)]))
V.append(vrec("2", "paragraph", None, "", "VD har följande uppgifter:",
    actors=[("VD", "verkställande direktör", "tjänsteperson", "chief_executive")],
    verbs=[("har", "ha", "pres", "act")]))
V.append(vrec("2.a", "list_item", "2", "1.", "Upprätta förslag till budget.",
    verbs=[("Upprätta", "upprätta", "inf", "act")],
    statements=[(*VD2, "responsibility", "har följande uppgifter", "upprätta", "Upprätta", False, False, "förslag till budget", None)]))
V.append(vrec("2.b", "list_item", "2", "2.", "Rapportera till styrelsen varje kvartal.",
    actors=[("styrelsen", "styrelse", "politiskt organ", "board")], verbs=[("Rapportera", "rapportera", "inf", "act")],
    statements=[(*VD2, "responsibility", "har följande uppgifter", "rapportera", "Rapportera", False, False, "till styrelsen varje kvartal", None)]))
V.append(vrec("3", "paragraph", None, "", "Bolaget ska följa ägardirektivet. Kommundirektören, som är kommunens högsta tjänsteperson, leder kommunstyrelsens förvaltning.",
    actors=[("Bolaget", *BOLAG), ("Kommundirektören", "kommundirektör", "tjänsteperson", "chief_executive"),
            ("kommunens", "kommun", "organisation", "organisation"),
            ("kommunstyrelsens", "kommunstyrelse", "politiskt organ", "board"),
            ("förvaltning", "förvaltning", "förvaltningsorganisation", "unit")],
    verbs=[("ska", "skola", "pres", "act"), ("följa", "följa", "inf", "act"), ("är", "vara", "pres", "act"),
           ("leder", "leda", "pres", "act")],
    statements=[("ekbacka bostäder ab", "Bolaget", "obligation", "ska", "följa", "följa", False, False, "ägardirektivet", None),
                ("kommundirektör", "Kommundirektören", "none", None, "leda", "leder", False, False, "kommunstyrelsens förvaltning", None)]))
with open(sys.argv[1].replace("constructions.jsonl", "vd-instruktion.jsonl"), "w", encoding="utf-8") as out:
    for r in V:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
