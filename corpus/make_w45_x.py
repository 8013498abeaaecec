"""Builds corpus/dev/w45-x.jsonl and corpus/dev/w45-x-*.txt: the blind grammar probe of round
45 (probe47, end-of-round transfer), five invented documents in clean, plain layouts (a title
line, an adoption line, numbered headings `1.`/`1`/`§ N`, one paragraph per blank-line block,
`- ` items under a lead-in), written and annotated by hand from docs/annotation.md §1, §2,
§5 before any run (the writer never ran the extractor). The probe measures the grammar of
unseen text, not layout: `w45-x-stadsdirektor` an instruktion för stadsdirektören of a city;
`w45-x-styrelse` a listed company's arbetsordning för styrelsen with a VD-instruktion
section; `w45-x-riksforbund` the stadgar of a national sports federation with districts and
clubs; `w45-x-gemensam` the reglemente of a gemensam nämnd of two regions;
`w45-x-delegation` the general part of a university's delegationsordning.

Decisions where the guideline is silent (the writer's, for the coordinator): `tillser att`
(finite or infinitive) is the cue `ser till att` in its compound form (obligation, aim
`tillse`, modal as written); `bär ansvaret för` is read like `har ansvaret för`
(responsibility, aim `ansvara`, aim_text `bär`); `med undantag för` opens no CONDITION (the
cue list is closed); a list item under a lead-in whose CONDITION (`Vid …`) stands before the
modal has no condition_text (the span is the lead-in's, and corpus/check.py wants a statement's
condition in its own record);
`Brattfors Industri AB (publ)`: the span ends at `AB`, `(publ)` is no part of the name;
districts (`distrikt`) of an association are units (förvaltningsorganisation), also after
`i`. Offsets computed. Run: python corpus/make_w45_x.py corpus/dev"""

import sys

from records import (
    AR,
    BOR,
    EXT,
    FAR,
    FORV,
    FTV,
    HAR,
    KAN,
    ORG,
    POL,
    SKA,
    TJP,
    inf,
    pres,
    records_for,
    write_part,
)
from records import statement as st

rec = records_for("w45-x", conditions_from_statements=True)
item_rec = records_for("w45-x")


def check_document(text, records):
    """Every clause text stands in its document, and every statement's actor_text and
    aim_text in its record or (for a list item) in its lead-in."""
    by_id = {record["meta"]["clause_id"]: record for record in records}
    for record in records:
        cid = record["meta"]["clause_id"]
        assert record["text"] in text, cid
        parent = by_id.get(record["meta"]["parent_id"] or "", {"text": ""})
        scope = record["text"] + " " + parent["text"]
        for row in record["statements"]:
            assert row["actor_text"] is None or row["actor_text"] in scope, (cid, row)
            assert row["aim_text"] in scope, (cid, row)


A_TEXT = """\
Instruktion för stadsdirektören i Lövsala stad

Antagen av kommunstyrelsen den 4 februari 2025, § 18.

1. Inledning

1.1 Stadsdirektören anställs av kommunstyrelsen och är chef för stadsledningskontoret.

2. Uppdrag

2.1 Det åligger stadsdirektören att leda stadens förvaltningar och att verkställa de beslut \
som kommunstyrelsen fattar.

2.2 Stadsdirektören ansvarar för:
- stadens övergripande planering och uppföljning,
- att ärenden till kommunstyrelsen är väl beredda,
- samordna arbetet mellan förvaltningarna.

2.3 Med undantag för ärenden som rör dennes egen anställning har stadsdirektören rätt att \
närvara och yttra sig vid kommunstyrelsens sammanträden.

2.4 Av stadsdirektören utsedd ställföreträdare tjänstgör när stadsdirektören är frånvarande.

3. Förhållandet till förvaltningscheferna

3.1 Förvaltningscheferna har att följa de direktiv som stadsdirektören lämnar, och de \
rapporterar till denne om ekonomi och personal.

3.2 I de fall en nämnd och stadsdirektören har olika uppfattning i en fråga ska \
förvaltningschefen underrätta kommunstyrelsens ordförande.

3.3 Det ankommer på stadsdirektören att tillse att förvaltningscheferna får den \
kompetensutveckling de behöver.

4. Ekonomi

4.1 Stadsdirektören får inte ingå avtal som sträcker sig längre än budgetåret utan \
kommunstyrelsens medgivande.

4.2 Stadsdirektören bör samråda med ekonomidirektören innan förslag till budget lämnas till \
kommunstyrelsen.

4.3 Beslut som stadsdirektören fattar med stöd av denna instruktion ska anmälas till \
kommunstyrelsen.
"""

B_TEXT = """\
Arbetsordning för styrelsen i Brattfors Industri AB (publ)

Fastställd vid styrelsens konstituerande sammanträde den 22 april 2025.

§ 1 Styrelsens uppgifter

Det är styrelsen som i sista hand bär ansvaret för hur bolaget är organiserat och hur dess \
tillgångar förvaltas. Vidare ska styrelsen löpande följa och bedöma bolagets ekonomiska \
ställning.

§ 2 Ordförandens uppgifter

Styrelsens ordförande organiserar och leder arbetet i styrelsen och ska dessutom:
- i samråd med verkställande direktören upprätta förslag till dagordning,
- företräda styrelsen i kontakter med de största aktieägarna,
- tillse att nya ledamöter genomgår en introduktion.

§ 3 Sammanträden

Styrelsen håller minst sju ordinarie sammanträden under ett räkenskapsår. Därutöver kallas \
styrelsen till sammanträde när ordföranden eller minst två ledamöter begär det.

Kallelse och underlag ska skickas ut senast en vecka före sammanträdet, såvida inte samtliga \
ledamöter medger kortare tid.

§ 4 Jäv

En ledamot får inte delta i behandlingen av ett ärende där denne har ett väsentligt intresse \
som kan strida mot bolagets. Det är den berörda ledamoten som ska anmäla jävet till \
ordföranden.

§ 5 Revisionsutskott

Inom styrelsen finns ett revisionsutskott, vars ledamöter utses av styrelsen bland dess \
ledamöter. Utskottet ska granska bolagets finansiella rapportering och äger rätt att anlita \
externa rådgivare.

§ 6 VD-instruktion

Den verkställande direktören handhar den dagliga driften av bolaget och har att rätta sig \
efter de riktlinjer som styrelsen meddelar.

Beslut i frågor av ovanligt slag eller stor betydelse fattar den verkställande direktören \
först sedan styrelsen har lämnat sitt medgivande.

Den verkställande direktören ska månatligen rapportera till styrelsen om resultat och \
likviditet. Verkställande direktören ges i uppdrag att ta fram en plan för bolagets \
hållbarhetsarbete, vilken ska godkännas av styrelsen.
"""

C_TEXT = """\
Stadgar för Svenska Kälkhockeyförbundet

Antagna vid förbundsstämman den 18 maj 2024.

§ 1 Namn och ändamål

Förbundets namn är Svenska Kälkhockeyförbundet. Förbundet har till ändamål att främja \
kälkhockey i hela landet och att företräda sporten i internationella sammanhang.

§ 2 Organisation

Förbundet består av de distrikt och klubbar som har antagits som medlemmar. Klubbarna \
organiseras i distrikt, vilkas gränser fastställs av förbundsstyrelsen.

§ 3 Förbundsstämman

Förbundets högsta beslutande instans är förbundsstämman. Ordinarie förbundsstämma hålls varje \
år före maj månads utgång.

Vid förbundsstämman ska följande ärenden behandlas:
- val av ordförande för stämman,
- fastställande av verksamhetsberättelse och årsredovisning,
- frågan om ansvarsfrihet för förbundsstyrelsen.

Rösträtt vid förbundsstämman utövas av ombud för distrikten. Varje distrikt äger rätt att \
utse två ombud, och dessa får inte samtidigt vara ledamöter av förbundsstyrelsen.

§ 4 Förbundsstyrelsen

Förbundsstyrelsen är förbundets beslutande organ när stämman inte är samlad. Den består av \
ordförande och sex övriga ledamöter, vilka väljs av förbundsstämman för två år.

Det åligger förbundsstyrelsen att verkställa stämmans beslut, att förvalta förbundets \
tillgångar och att årligen avge berättelse över sin förvaltning.

§ 5 Distrikten

Distrikten har till uppgift att inom sitt område samordna klubbarnas verksamhet. Respektive \
distriktsstyrelse tillser att förbundsstyrelsen hålls underrättad om distriktets verksamhet.

§ 6 Valberedning och revisorer

Förslag till val bereds av en valberedning, som utses av stämman. För granskning av \
räkenskaperna och förbundsstyrelsens arbete väljer stämman två revisorer och två \
revisorssuppleanter.
"""

D_TEXT = """\
Reglemente för den gemensamma nämnden för hjälpmedel i Region Norrmark och Region Sydmark

Antaget av regionfullmäktige i Region Norrmark den 10 juni 2025, § 77, och av \
regionfullmäktige i Region Sydmark den 17 juni 2025, § 102.

1 Inrättande

Region Norrmark och Region Sydmark har inrättat en gemensam nämnd för hjälpmedelsfrågor. \
Nämnden ingår i Region Norrmarks organisation, och Region Norrmark är därmed värdregion.

2 Uppgifter

Den gemensamma nämnden har till uppgift att:
- upphandla, lagerhålla och tillhandahålla hjälpmedel åt båda regionerna,
- ge förskrivare råd och stöd,
- se till att hjälpmedel som inte längre används återtas.

Det ankommer därutöver på nämnden att yttra sig i frågor om hjälpmedel, om någon av \
regionerna begär det.

3 Sammansättning

Nämnden har sex ledamöter samt lika många ersättare. Av dessa väljer regionfullmäktige i \
Region Norrmark fyra ledamöter och fyra ersättare och regionfullmäktige i Region Sydmark två \
ledamöter och två ersättare.

Ordförande utses av värdregionens fullmäktige och vice ordförande av fullmäktige i Region \
Sydmark.

4 Sammanträden

Nämnden ska hålla extra sammanträde när någon av regionstyrelserna begär det.

Ersättarna äger rätt att närvara vid sammanträdena även när de inte tjänstgör, men får inte \
delta i besluten. I ärenden som endast angår den ena regionen bör nämnden inhämta synpunkter \
från den regionens hälso- och sjukvårdsnämnd.

5 Ekonomi och delegation

Kostnaderna för nämnden fördelas mellan regionerna efter antalet invånare. Nämnden ska varje \
år lämna en rapport till båda regionstyrelserna, vilka därefter ges tillfälle att lämna \
synpunkter.

Nämnden får uppdra åt sitt arbetsutskott, en enskild ledamot eller en tjänsteperson i \
värdregionen att besluta på nämndens vägnar. Ärenden som gäller den andra regionens ekonomi \
får dock inte delegeras.
"""

E_TEXT = """\
Delegationsordning för Västerfors universitet – allmänna bestämmelser

Beslutad av universitetsstyrelsen den 3 mars 2025.

1. Utgångspunkter

Universitetsstyrelsen utgör universitetets ledningsorgan och har det samlade ansvaret för att \
verksamheten drivs i enlighet med gällande föreskrifter. Rektor leder verksamheten under \
styrelsen och förvaltningschefen bistår rektor i administrativa frågor.

Beslutanderätt som inte uttryckligen har förbehållits styrelsen utövas av rektor, såvida inte \
annat följer av lag eller förordning.

2. Vidaredelegation

Rektor får vidaredelegera beslutanderätt i enskilda ärendetyper till prorektor, dekaner och \
förvaltningschefen. Den som har fått beslutanderätt genom vidaredelegation får inte själv \
delegera den vidare.

Vid vidaredelegation ska rektor:
- ange vilka ärenden som omfattas,
- skriftligen dokumentera beslutet,
- tillse att delegaten har den kompetens som uppgiften kräver.

3. Anmälan av delegeringsbeslut

Samtliga beslut som delegaten fattat ska anmälas till den som har delegerat beslutanderätten. \
Anmälan görs av delegaten senast vid utgången av varje kvartal.

4. Jäv

Den som är jävig får inte handlägga ärendet. En delegat som är jävig ska överlämna ärendet \
till sin närmaste chef, som därefter beslutar i ärendet eller utser en annan delegat.

5. Brådskande ärenden

I ärenden som är så brådskande att universitetsstyrelsens beslut inte kan avvaktas äger \
styrelsens ordförande besluta på styrelsens vägnar. Sådana beslut ska anmälas vid styrelsens \
nästa sammanträde.

6. Ersättare vid förfall

Vid förfall för rektor inträder prorektor. Är även prorektor förhindrad, ges den av rektor \
utsedde dekanen i uppdrag att fatta beslut i rektors ställe.

Prefekterna och avdelningscheferna ska samråda med berörd fakultet respektive förvaltningen \
innan beslut fattas i ärenden av principiell betydelse.
"""

D = "w45-x-stadsdirektor"
SD = "stadsdirektör"
KS = "kommunstyrelse"
LS = "lövsala stad"
FC = "förvaltningschef"
A_LEAD = "Stadsdirektören ansvarar för:"


def sd_item(cid, text, aim, aim_text, obj, actors=(), verbs=()):
    return item_rec(
        cid,
        text,
        actors,
        verbs,
        [st(SD, "Stadsdirektören", "responsibility", "ansvarar för", aim, aim_text, obj)],
        doc=D,
        kind="list_item",
        parent="2.2",
        label="-",
    )


A = [
    rec(
        "title",
        "Instruktion för stadsdirektören i Lövsala stad",
        [("stadsdirektören", SD, TJP), ("Lövsala stad", LS, ORG)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Antagen av kommunstyrelsen den 4 februari 2025, § 18.",
        [("kommunstyrelsen", KS, POL)],
        doc=D,
    ),
    rec("1", "Inledning", doc=D, kind="heading", label="1."),
    rec(
        "1.1",
        "Stadsdirektören anställs av kommunstyrelsen och är chef för stadsledningskontoret.",
        [
            ("Stadsdirektören", SD, TJP),
            ("kommunstyrelsen", KS, POL),
            ("stadsledningskontoret", "stadsledningskontor", FORV),
        ],
        [pres("anställs", "anställa", "pass"), AR],
        [
            st(
                KS,
                "kommunstyrelsen",
                "none",
                None,
                "anställa",
                "anställs",
                "Stadsdirektören",
                passive=True,
            ),
            st(SD, "Stadsdirektören", "none", None, "vara", "är", "chef för stadsledningskontoret"),
        ],
        doc=D,
        parent="1",
        label="1.1",
    ),
    rec("2", "Uppdrag", doc=D, kind="heading", label="2."),
    rec(
        "2.1",
        "Det åligger stadsdirektören att leda stadens förvaltningar och att verkställa de beslut "
        "som "
        "kommunstyrelsen fattar.",
        [
            ("stadsdirektören", SD, TJP),
            ("stadens", LS, ORG),
            ("förvaltningar", "förvaltning", FORV),
            ("kommunstyrelsen", KS, POL),
        ],
        [pres("åligger", "åligga"), inf("leda"), inf("verkställa"), pres("fattar", "fatta")],
        [
            st(
                SD,
                "stadsdirektören",
                "obligation",
                "åligger",
                "leda",
                "leda",
                "stadens förvaltningar",
            ),
            st(
                SD,
                "stadsdirektören",
                "obligation",
                "åligger",
                "verkställa",
                "verkställa",
                "de beslut som kommunstyrelsen fattar",
            ),
        ],
        doc=D,
        parent="2",
        label="2.1",
    ),
    rec(
        "2.2",
        A_LEAD,
        [("Stadsdirektören", SD, TJP)],
        [pres("ansvarar", "ansvara")],
        doc=D,
        parent="2",
        label="2.2",
    ),
    sd_item(
        "2.2.a",
        "stadens övergripande planering och uppföljning,",
        "ansvara",
        "ansvarar",
        "stadens övergripande planering och uppföljning",
        [("stadens", LS, ORG)],
    ),
    sd_item(
        "2.2.b",
        "att ärenden till kommunstyrelsen är väl beredda,",
        "ansvara",
        "ansvarar",
        "att ärenden till kommunstyrelsen är väl beredda",
        [("kommunstyrelsen", KS, POL)],
        [AR],
    ),
    sd_item(
        "2.2.c",
        "samordna arbetet mellan förvaltningarna.",
        "samordna",
        "samordna",
        "arbetet mellan förvaltningarna",
        [("förvaltningarna", "förvaltning", FORV)],
        [inf("samordna")],
    ),
    rec(
        "2.3",
        "Med undantag för ärenden som rör dennes egen anställning har stadsdirektören rätt att "
        "närvara "
        "och yttra sig vid kommunstyrelsens sammanträden.",
        [("stadsdirektören", SD, TJP), ("kommunstyrelsens", KS, POL)],
        [pres("rör", "röra"), HAR, inf("närvara"), inf("yttra")],
        [
            st(
                SD,
                "stadsdirektören",
                "permission",
                "har stadsdirektören rätt att",
                "närvara",
                "närvara",
                "vid kommunstyrelsens sammanträden",
            ),
            st(
                SD,
                "stadsdirektören",
                "permission",
                "har stadsdirektören rätt att",
                "yttra",
                "yttra",
                "vid kommunstyrelsens sammanträden",
            ),
        ],
        doc=D,
        parent="2",
        label="2.3",
    ),
    rec(
        "2.4",
        "Av stadsdirektören utsedd ställföreträdare tjänstgör när stadsdirektören är frånvarande.",
        [
            ("stadsdirektören", SD, TJP),
            ("ställföreträdare", "ställföreträdare", TJP),
            ("stadsdirektören", SD, TJP, 1),
        ],
        [pres("tjänstgör", "tjänstgöra"), AR],
        [
            st(
                "ställföreträdare",
                "ställföreträdare",
                "none",
                None,
                "tjänstgöra",
                "tjänstgör",
                None,
                condition="när stadsdirektören är frånvarande",
            )
        ],
        doc=D,
        parent="2",
        label="2.4",
    ),
    rec(
        "3",
        "Förhållandet till förvaltningscheferna",
        [("förvaltningscheferna", FC, TJP)],
        doc=D,
        kind="heading",
        label="3.",
    ),
    rec(
        "3.1",
        "Förvaltningscheferna har att följa de direktiv som stadsdirektören lämnar, och de "
        "rapporterar till "
        "denne om ekonomi och personal.",
        [("Förvaltningscheferna", FC, TJP), ("stadsdirektören", SD, TJP)],
        [HAR, inf("följa"), pres("lämnar", "lämna"), pres("rapporterar", "rapportera")],
        [
            st(
                FC,
                "Förvaltningscheferna",
                "obligation",
                "har att",
                "följa",
                "följa",
                "de direktiv som stadsdirektören lämnar",
            )
        ],
        doc=D,
        parent="3",
        label="3.1",
    ),
    rec(
        "3.2",
        "I de fall en nämnd och stadsdirektören har olika uppfattning i en fråga ska "
        "förvaltningschefen "
        "underrätta kommunstyrelsens ordförande.",
        [
            ("nämnd", "nämnd", POL),
            ("stadsdirektören", SD, TJP),
            ("förvaltningschefen", FC, TJP),
            ("kommunstyrelsens ordförande", "kommunstyrelsens ordförande", FTV),
        ],
        [HAR, SKA, inf("underrätta")],
        [
            st(
                FC,
                "förvaltningschefen",
                "obligation",
                "ska",
                "underrätta",
                "underrätta",
                "kommunstyrelsens ordförande",
                condition="I de fall en nämnd och stadsdirektören har olika uppfattning i en fråga",
            )
        ],
        doc=D,
        parent="3",
        label="3.2",
    ),
    rec(
        "3.3",
        "Det ankommer på stadsdirektören att tillse att förvaltningscheferna får den "
        "kompetensutveckling "
        "de behöver.",
        [("stadsdirektören", SD, TJP), ("förvaltningscheferna", FC, TJP)],
        [pres("ankommer", "ankomma"), inf("tillse"), FAR, pres("behöver", "behöva")],
        [
            st(
                SD,
                "stadsdirektören",
                "obligation",
                "ankommer på",
                "tillse",
                "tillse",
                "att förvaltningscheferna får den kompetensutveckling de behöver",
            )
        ],
        doc=D,
        parent="3",
        label="3.3",
    ),
    rec("4", "Ekonomi", doc=D, kind="heading", label="4."),
    rec(
        "4.1",
        "Stadsdirektören får inte ingå avtal som sträcker sig längre än budgetåret utan "
        "kommunstyrelsens "
        "medgivande.",
        [("Stadsdirektören", SD, TJP), ("kommunstyrelsens", KS, POL)],
        [FAR, inf("ingå"), pres("sträcker", "sträcka")],
        [
            st(
                SD,
                "Stadsdirektören",
                "prohibition",
                "får inte",
                "ingå",
                "ingå",
                "avtal som sträcker sig längre än budgetåret utan kommunstyrelsens medgivande",
                negated=True,
            )
        ],
        doc=D,
        parent="4",
        label="4.1",
    ),
    rec(
        "4.2",
        "Stadsdirektören bör samråda med ekonomidirektören innan förslag till budget lämnas till "
        "kommunstyrelsen.",
        [
            ("Stadsdirektören", SD, TJP),
            ("ekonomidirektören", "ekonomidirektör", TJP),
            ("kommunstyrelsen", KS, POL),
        ],
        [BOR, inf("samråda"), pres("lämnas", "lämna", "pass")],
        [
            st(
                SD,
                "Stadsdirektören",
                "recommendation",
                "bör",
                "samråda",
                "samråda",
                "med ekonomidirektören",
            )
        ],
        doc=D,
        parent="4",
        label="4.2",
    ),
    rec(
        "4.3",
        "Beslut som stadsdirektören fattar med stöd av denna instruktion ska anmälas till "
        "kommunstyrelsen.",
        [("stadsdirektören", SD, TJP), ("kommunstyrelsen", KS, POL)],
        [pres("fattar", "fatta"), SKA, inf("anmälas", "anmäla", "pass")],
        [
            st(
                None,
                None,
                "obligation",
                "ska",
                "anmäla",
                "anmälas",
                "Beslut som stadsdirektören fattar med stöd av denna instruktion",
                passive=True,
            )
        ],
        conditions=["med stöd av denna instruktion"],
        doc=D,
        parent="4",
        label="4.3",
    ),
]

D = "w45-x-styrelse"
BI = "brattfors industri ab"
S = "styrelse"
SO = "styrelsens ordförande"
V = "verkställande direktör"
RU = "revisionsutskott"


def chair_item(cid, text, aim, obj, actors=(), verbs=(), condition=None):
    return rec(
        cid,
        text,
        actors,
        verbs,
        [st(SO, "Styrelsens ordförande", "obligation", "ska", aim, aim, obj, condition=condition)],
        doc=D,
        kind="list_item",
        parent="§2.1",
        label="-",
    )


B = [
    rec(
        "title",
        "Arbetsordning för styrelsen i Brattfors Industri AB (publ)",
        [("styrelsen", S, POL), ("Brattfors Industri AB", BI, ORG)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Fastställd vid styrelsens konstituerande sammanträde den 22 april 2025.",
        [("styrelsens", S, POL)],
        doc=D,
    ),
    rec("§1", "Styrelsens uppgifter", [("Styrelsens", S, POL)], doc=D, kind="heading", label="§ 1"),
    rec(
        "§1.1",
        "Det är styrelsen som i sista hand bär ansvaret för hur bolaget är organiserat och hur "
        "dess "
        "tillgångar förvaltas. Vidare ska styrelsen löpande följa och bedöma bolagets ekonomiska "
        "ställning.",
        [
            ("styrelsen", S, POL),
            ("bolaget", BI, ORG),
            ("styrelsen", S, POL, 1),
            ("bolagets", BI, ORG),
        ],
        [
            AR,
            pres("bär", "bära"),
            ("är", "vara", "pres", "act", 1),
            pres("förvaltas", "förvalta", "pass"),
            SKA,
            inf("följa"),
            inf("bedöma"),
        ],
        [
            st(
                S,
                "styrelsen",
                "responsibility",
                "bär ansvaret för",
                "ansvara",
                "bär",
                "för hur bolaget är organiserat och hur dess tillgångar förvaltas",
            ),
            st(
                S,
                "styrelsen",
                "obligation",
                "ska",
                "följa",
                "följa",
                "bolagets ekonomiska ställning",
            ),
            st(
                S,
                "styrelsen",
                "obligation",
                "ska",
                "bedöma",
                "bedöma",
                "bolagets ekonomiska ställning",
            ),
        ],
        doc=D,
        parent="§1",
    ),
    rec(
        "§2",
        "Ordförandens uppgifter",
        [("Ordförandens", SO, FTV)],
        doc=D,
        kind="heading",
        label="§ 2",
    ),
    rec(
        "§2.1",
        "Styrelsens ordförande organiserar och leder arbetet i styrelsen och ska dessutom:",
        [("Styrelsens ordförande", SO, FTV), ("styrelsen", S, POL)],
        [pres("organiserar", "organisera"), pres("leder", "leda"), SKA],
        [
            st(
                SO,
                "Styrelsens ordförande",
                "none",
                None,
                "organisera",
                "organiserar",
                "arbetet i styrelsen",
            ),
            st(SO, "Styrelsens ordförande", "none", None, "leda", "leder", "arbetet i styrelsen"),
        ],
        doc=D,
        parent="§2",
    ),
    chair_item(
        "§2.1.a",
        "i samråd med verkställande direktören upprätta förslag till dagordning,",
        "upprätta",
        "förslag till dagordning",
        [("verkställande direktören", V, TJP)],
        [inf("upprätta")],
        condition="i samråd med verkställande direktören",
    ),
    chair_item(
        "§2.1.b",
        "företräda styrelsen i kontakter med de största aktieägarna,",
        "företräda",
        "styrelsen i kontakter med de största aktieägarna",
        [("styrelsen", S, POL), ("aktieägarna", "aktieägare", ORG)],
        [inf("företräda")],
    ),
    chair_item(
        "§2.1.c",
        "tillse att nya ledamöter genomgår en introduktion.",
        "tillse",
        "att nya ledamöter genomgår en introduktion",
        [("ledamöter", "ledamot", FTV)],
        [inf("tillse"), pres("genomgår", "genomgå")],
    ),
    rec("§3", "Sammanträden", doc=D, kind="heading", label="§ 3"),
    rec(
        "§3.1",
        "Styrelsen håller minst sju ordinarie sammanträden under ett räkenskapsår. Därutöver "
        "kallas "
        "styrelsen till sammanträde när ordföranden eller minst två ledamöter begär det.",
        [
            ("Styrelsen", S, POL),
            ("styrelsen", S, POL),
            ("ordföranden", SO, FTV),
            ("ledamöter", "ledamot", FTV),
        ],
        [pres("håller", "hålla"), pres("kallas", "kalla", "pass"), pres("begär", "begära")],
        [
            st(
                S,
                "Styrelsen",
                "none",
                None,
                "hålla",
                "håller",
                "minst sju ordinarie sammanträden under ett räkenskapsår",
            ),
            st(
                S,
                "styrelsen",
                "none",
                None,
                "kalla",
                "kallas",
                "till sammanträde",
                passive=True,
                condition="när ordföranden eller minst två ledamöter begär det",
            ),
        ],
        doc=D,
        parent="§3",
    ),
    rec(
        "§3.2",
        "Kallelse och underlag ska skickas ut senast en vecka före sammanträdet, såvida inte "
        "samtliga "
        "ledamöter medger kortare tid.",
        [("ledamöter", "ledamot", FTV)],
        [SKA, inf("skickas", "skicka", "pass"), pres("medger", "medge")],
        [
            st(
                None,
                None,
                "obligation",
                "ska",
                "skicka",
                "skickas",
                "Kallelse och underlag",
                passive=True,
                condition="såvida inte samtliga ledamöter medger kortare tid",
            )
        ],
        doc=D,
        parent="§3",
    ),
    rec("§4", "Jäv", doc=D, kind="heading", label="§ 4"),
    rec(
        "§4.1",
        "En ledamot får inte delta i behandlingen av ett ärende där denne har ett väsentligt "
        "intresse som "
        "kan strida mot bolagets. Det är den berörda ledamoten som ska anmäla jävet till "
        "ordföranden.",
        [
            ("ledamot", "ledamot", FTV),
            ("bolagets", BI, ORG),
            ("ledamoten", "ledamot", FTV),
            ("ordföranden", SO, FTV),
        ],
        [FAR, inf("delta"), HAR, KAN, inf("strida"), AR, SKA, inf("anmäla")],
        [
            st(
                "ledamot",
                "ledamot",
                "prohibition",
                "får inte",
                "delta",
                "delta",
                "i behandlingen av ett ärende där denne har ett väsentligt intresse som kan "
                "strida mot bolagets",
                negated=True,
            ),
            st(
                "ledamot",
                "ledamoten",
                "obligation",
                "ska",
                "anmäla",
                "anmäla",
                "jävet till ordföranden",
            ),
        ],
        doc=D,
        parent="§4",
    ),
    rec(
        "§5",
        "Revisionsutskott",
        [("Revisionsutskott", RU, POL)],
        doc=D,
        kind="heading",
        label="§ 5",
    ),
    rec(
        "§5.1",
        "Inom styrelsen finns ett revisionsutskott, vars ledamöter utses av styrelsen bland dess "
        "ledamöter. "
        "Utskottet ska granska bolagets finansiella rapportering och äger rätt att anlita externa "
        "rådgivare.",
        [
            ("styrelsen", S, POL),
            ("revisionsutskott", RU, POL),
            ("ledamöter", "ledamot", FTV),
            ("styrelsen", S, POL, 1),
            ("ledamöter", "ledamot", FTV, 1),
            ("Utskottet", RU, POL),
            ("bolagets", BI, ORG),
            ("rådgivare", "rådgivare", EXT),
        ],
        [
            pres("finns", "finnas"),
            pres("utses", "utse", "pass"),
            SKA,
            inf("granska"),
            pres("äger", "äga"),
            inf("anlita"),
        ],
        [
            st(RU, "revisionsutskott", "none", None, "finnas", "finns", None),
            st(
                RU,
                "Utskottet",
                "obligation",
                "ska",
                "granska",
                "granska",
                "bolagets finansiella rapportering",
            ),
            st(
                RU,
                "Utskottet",
                "permission",
                "äger rätt att",
                "anlita",
                "anlita",
                "externa rådgivare",
            ),
        ],
        doc=D,
        parent="§5",
    ),
    rec("§6", "VD-instruktion", doc=D, kind="heading", label="§ 6"),
    rec(
        "§6.1",
        "Den verkställande direktören handhar den dagliga driften av bolaget och har att rätta "
        "sig efter de "
        "riktlinjer som styrelsen meddelar.",
        [("verkställande direktören", V, TJP), ("bolaget", BI, ORG), ("styrelsen", S, POL)],
        [pres("handhar", "handha"), HAR, inf("rätta"), pres("meddelar", "meddela")],
        [
            st(
                V,
                "verkställande direktören",
                "none",
                None,
                "handha",
                "handhar",
                "den dagliga driften av bolaget",
            ),
            st(
                V,
                "verkställande direktören",
                "obligation",
                "har att",
                "rätta",
                "rätta",
                "efter de riktlinjer som styrelsen meddelar",
            ),
        ],
        doc=D,
        parent="§6",
    ),
    rec(
        "§6.2",
        "Beslut i frågor av ovanligt slag eller stor betydelse fattar den verkställande "
        "direktören först "
        "sedan styrelsen har lämnat sitt medgivande.",
        [("verkställande direktören", V, TJP), ("styrelsen", S, POL)],
        [pres("fattar", "fatta"), HAR, ("lämnat", "lämna", "sup", "act")],
        [
            st(
                V,
                "verkställande direktören",
                "none",
                None,
                "fatta",
                "fattar",
                "Beslut i frågor av ovanligt slag eller stor betydelse",
            )
        ],
        doc=D,
        parent="§6",
    ),
    rec(
        "§6.3",
        "Den verkställande direktören ska månatligen rapportera till styrelsen om resultat och "
        "likviditet. "
        "Verkställande direktören ges i uppdrag att ta fram en plan för bolagets "
        "hållbarhetsarbete, vilken "
        "ska godkännas av styrelsen.",
        [
            ("verkställande direktören", V, TJP),
            ("styrelsen", S, POL),
            ("Verkställande direktören", V, TJP),
            ("bolagets", BI, ORG),
            ("styrelsen", S, POL, 1),
        ],
        [
            SKA,
            inf("rapportera"),
            pres("ges", "ge", "pass"),
            inf("ta"),
            ("ska", "skola", "pres", "act", 1),
            inf("godkännas", "godkänna", "pass"),
        ],
        [
            st(
                V,
                "verkställande direktören",
                "obligation",
                "ska",
                "rapportera",
                "rapportera",
                "till styrelsen om resultat och likviditet",
            ),
            st(
                V,
                "Verkställande direktören",
                "responsibility",
                "ges i uppdrag att",
                "ta",
                "ta",
                "en plan för bolagets hållbarhetsarbete",
            ),
        ],
        doc=D,
        parent="§6",
    ),
]

D = "w45-x-riksforbund"
KF = "svenska kälkhockeyförbundet"
FS = "förbundsstyrelse"
FST = "förbundsstämma"
C_AT_MEETING = "Vid förbundsstämman"


def agenda_item(cid, text, actors=()):
    return item_rec(
        cid,
        text,
        actors,
        (),
        [
            st(
                None,
                None,
                "obligation",
                "ska",
                "behandla",
                "behandlas",
                text.rstrip(",."),
                passive=True,
            )
        ],
        doc=D,
        kind="list_item",
        parent="§3.2",
        label="-",
    )


C = [
    rec(
        "title",
        "Stadgar för Svenska Kälkhockeyförbundet",
        [("Svenska Kälkhockeyförbundet", KF, ORG)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1", "Antagna vid förbundsstämman den 18 maj 2024.", [("förbundsstämman", FST, POL)], doc=D
    ),
    rec("§1", "Namn och ändamål", doc=D, kind="heading", label="§ 1"),
    rec(
        "§1.1",
        "Förbundets namn är Svenska Kälkhockeyförbundet. Förbundet har till ändamål att främja "
        "kälkhockey i "
        "hela landet och att företräda sporten i internationella sammanhang.",
        [("Förbundets", KF, ORG), ("Förbundet", KF, ORG)],
        [AR, HAR, inf("främja"), inf("företräda")],
        [
            st(
                KF,
                "Förbundet",
                "obligation",
                "har till ändamål att",
                "främja",
                "främja",
                "kälkhockey i hela landet",
            ),
            st(
                KF,
                "Förbundet",
                "obligation",
                "har till ändamål att",
                "företräda",
                "företräda",
                "sporten i internationella sammanhang",
            ),
        ],
        doc=D,
        parent="§1",
    ),
    rec("§2", "Organisation", doc=D, kind="heading", label="§ 2"),
    rec(
        "§2.1",
        "Förbundet består av de distrikt och klubbar som har antagits som medlemmar. Klubbarna "
        "organiseras "
        "i distrikt, vilkas gränser fastställs av förbundsstyrelsen.",
        [
            ("Förbundet", KF, ORG),
            ("distrikt", "distrikt", FORV),
            ("klubbar", "klubb", ORG),
            ("Klubbarna", "klubb", ORG),
            ("distrikt", "distrikt", FORV, 1),
            ("förbundsstyrelsen", FS, POL),
        ],
        [
            pres("består", "bestå"),
            HAR,
            ("antagits", "anta", "sup", "pass"),
            pres("organiseras", "organisera", "pass"),
            pres("fastställs", "fastställa", "pass"),
        ],
        [
            st(
                KF,
                "Förbundet",
                "none",
                None,
                "bestå",
                "består",
                "av de distrikt och klubbar som har antagits som medlemmar",
            ),
            st(
                "klubb",
                "Klubbarna",
                "none",
                None,
                "organisera",
                "organiseras",
                "i distrikt",
                passive=True,
            ),
        ],
        doc=D,
        parent="§2",
    ),
    rec(
        "§3", "Förbundsstämman", [("Förbundsstämman", FST, POL)], doc=D, kind="heading", label="§ 3"
    ),
    rec(
        "§3.1",
        "Förbundets högsta beslutande instans är förbundsstämman. Ordinarie förbundsstämma hålls "
        "varje år "
        "före maj månads utgång.",
        [("Förbundets", KF, ORG), ("förbundsstämman", FST, POL), ("förbundsstämma", FST, POL)],
        [AR, pres("hålls", "hålla", "pass")],
        [
            st(
                FST,
                "förbundsstämma",
                "none",
                None,
                "hålla",
                "hålls",
                None,  # round 46/51: an assembly held: the time is no object
                passive=True,
            )
        ],
        doc=D,
        parent="§3",
    ),
    rec(
        "§3.2",
        "Vid förbundsstämman ska följande ärenden behandlas:",
        [("förbundsstämman", FST, POL)],
        [SKA, inf("behandlas", "behandla", "pass")],
        conditions=[C_AT_MEETING],
        doc=D,
        parent="§3",
    ),
    agenda_item(
        "§3.2.a",
        "val av ordförande för stämman,",
        [("ordförande", "ordförande", FTV), ("stämman", "stämma", POL)],
    ),
    agenda_item("§3.2.b", "fastställande av verksamhetsberättelse och årsredovisning,"),
    agenda_item(
        "§3.2.c", "frågan om ansvarsfrihet för förbundsstyrelsen.", [("förbundsstyrelsen", FS, POL)]
    ),
    rec(
        "§3.3",
        "Rösträtt vid förbundsstämman utövas av ombud för distrikten. Varje distrikt äger rätt "
        "att utse två "
        "ombud, och dessa får inte samtidigt vara ledamöter av förbundsstyrelsen.",
        [
            ("förbundsstämman", FST, POL),
            ("ombud", "ombud", TJP),
            ("distrikten", "distrikt", FORV),
            ("distrikt", "distrikt", FORV),
            ("ombud", "ombud", TJP, 1),
            ("förbundsstyrelsen", FS, POL),
        ],
        [pres("utövas", "utöva", "pass"), pres("äger", "äga"), inf("utse"), FAR, inf("vara")],
        [
            st(
                "ombud",
                "ombud",
                "none",
                None,
                "utöva",
                "utövas",
                "Rösträtt vid förbundsstämman",
                passive=True,
            ),
            st("distrikt", "distrikt", "permission", "äger rätt att", "utse", "utse", "två ombud"),
        ],
        doc=D,
        parent="§3",
    ),
    rec(
        "§4",
        "Förbundsstyrelsen",
        [("Förbundsstyrelsen", FS, POL)],
        doc=D,
        kind="heading",
        label="§ 4",
    ),
    rec(
        "§4.1",
        "Förbundsstyrelsen är förbundets beslutande organ när stämman inte är samlad. Den består "
        "av "
        "ordförande och sex övriga ledamöter, vilka väljs av förbundsstämman för två år.",
        [
            ("Förbundsstyrelsen", FS, POL),
            ("förbundets", KF, ORG),
            ("stämman", "stämma", POL),
            ("ordförande", "ordförande", FTV),
            ("ledamöter", "ledamot", FTV),
            ("förbundsstämman", FST, POL),
        ],
        [
            AR,
            ("är", "vara", "pres", "act", 1),
            pres("består", "bestå"),
            pres("väljs", "välja", "pass"),
        ],
        [
            st(
                FS,
                "Förbundsstyrelsen",
                "none",
                None,
                "vara",
                "är",
                "förbundets beslutande organ",
                condition="när stämman inte är samlad",
            )
        ],
        doc=D,
        parent="§4",
    ),
    rec(
        "§4.2",
        "Det åligger förbundsstyrelsen att verkställa stämmans beslut, att förvalta förbundets "
        "tillgångar "
        "och att årligen avge berättelse över sin förvaltning.",
        [("förbundsstyrelsen", FS, POL), ("stämmans", "stämma", POL), ("förbundets", KF, ORG)],
        [pres("åligger", "åligga"), inf("verkställa"), inf("förvalta"), inf("avge")],
        [
            st(
                FS,
                "förbundsstyrelsen",
                "obligation",
                "åligger",
                "verkställa",
                "verkställa",
                "stämmans beslut",
            ),
            st(
                FS,
                "förbundsstyrelsen",
                "obligation",
                "åligger",
                "förvalta",
                "förvalta",
                "förbundets tillgångar",
            ),
            st(
                FS,
                "förbundsstyrelsen",
                "obligation",
                "åligger",
                "avge",
                "avge",
                "berättelse över sin förvaltning",
            ),
        ],
        doc=D,
        parent="§4",
    ),
    rec("§5", "Distrikten", [("Distrikten", "distrikt", FORV)], doc=D, kind="heading", label="§ 5"),
    rec(
        "§5.1",
        "Distrikten har till uppgift att inom sitt område samordna klubbarnas verksamhet. "
        "Respektive "
        "distriktsstyrelse tillser att förbundsstyrelsen hålls underrättad om distriktets "
        "verksamhet.",
        [
            ("Distrikten", "distrikt", FORV),
            ("klubbarnas", "klubb", ORG),
            ("distriktsstyrelse", "distriktsstyrelse", POL),
            ("förbundsstyrelsen", FS, POL),
            ("distriktets", "distrikt", FORV),
        ],
        [HAR, inf("samordna"), pres("tillser", "tillse"), pres("hålls", "hålla", "pass")],
        [
            st(
                "distrikt",
                "Distrikten",
                "obligation",
                "har till uppgift att",
                "samordna",
                "samordna",
                "klubbarnas verksamhet",
            ),
            st(
                "distriktsstyrelse",
                "distriktsstyrelse",
                "obligation",
                "tillser att",
                "tillse",
                "tillser",
                "att förbundsstyrelsen hålls underrättad om distriktets verksamhet",
            ),
        ],
        doc=D,
        parent="§5",
    ),
    rec(
        "§6",
        "Valberedning och revisorer",
        [("Valberedning", "valberedning", POL), ("revisorer", "revisor", FTV)],
        doc=D,
        kind="heading",
        label="§ 6",
    ),
    rec(
        "§6.1",
        "Förslag till val bereds av en valberedning, som utses av stämman. För granskning av "
        "räkenskaperna "
        "och förbundsstyrelsens arbete väljer stämman två revisorer och två revisorssuppleanter.",
        [
            ("valberedning", "valberedning", POL),
            ("stämman", "stämma", POL),
            ("förbundsstyrelsens", FS, POL),
            ("stämman", "stämma", POL, 1),
            ("revisorer", "revisor", FTV),
            ("revisorssuppleanter", "revisorssuppleant", FTV),
        ],
        [pres("bereds", "bereda", "pass"), pres("utses", "utse", "pass"), pres("väljer", "välja")],
        [
            st(
                "valberedning",
                "valberedning",
                "none",
                None,
                "bereda",
                "bereds",
                "Förslag till val",
                passive=True,
            ),
            st(
                "stämma",
                "stämman",
                "none",
                None,
                "välja",
                "väljer",
                "två revisorer och två revisorssuppleanter",
            ),
        ],
        doc=D,
        parent="§6",
    ),
]

D = "w45-x-gemensam"
RN = "region norrmark"
RSY = "region sydmark"
N = "nämnd"
GN = "gemensam nämnd"
RF = "regionfullmäktige"
D_TASK = "har till uppgift att"


def task_item(cid, text, aims, obj, actors=(), verbs=()):
    return item_rec(
        cid,
        text,
        actors,
        verbs,
        [st(GN, "gemensamma nämnden", "obligation", D_TASK, aim, aim, obj) for aim in aims],
        doc=D,
        kind="list_item",
        parent="2.1",
        label="-",
    )


D_RECORDS = [
    rec(
        "title",
        "Reglemente för den gemensamma nämnden för hjälpmedel i Region Norrmark och Region Sydmark",
        [
            ("gemensamma nämnden", GN, POL),
            ("Region Norrmark", RN, ORG),
            ("Region Sydmark", RSY, ORG),
        ],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Antaget av regionfullmäktige i Region Norrmark den 10 juni 2025, § 77, och av "
        "regionfullmäktige i "
        "Region Sydmark den 17 juni 2025, § 102.",
        [
            ("regionfullmäktige", RF, POL),
            ("Region Norrmark", RN, ORG),
            ("regionfullmäktige", RF, POL, 1),
            ("Region Sydmark", RSY, ORG),
        ],
        doc=D,
    ),
    rec("1", "Inrättande", doc=D, kind="heading", label="1"),
    rec(
        "1.1",
        "Region Norrmark och Region Sydmark har inrättat en gemensam nämnd för hjälpmedelsfrågor. "
        "Nämnden "
        "ingår i Region Norrmarks organisation, och Region Norrmark är därmed värdregion.",
        [
            ("Region Norrmark", RN, ORG),
            ("Region Sydmark", RSY, ORG),
            ("gemensam nämnd", GN, POL),
            ("Nämnden", N, POL),
            ("Region Norrmarks", RN, ORG),
            ("Region Norrmark", RN, ORG, 1),
        ],
        [HAR, ("inrättat", "inrätta", "sup", "act"), pres("ingår", "ingå"), AR],
        [
            st(
                RN,
                "Region Norrmark",
                "none",
                None,
                "inrätta",
                "inrättat",
                "en gemensam nämnd för hjälpmedelsfrågor",
            ),
            st(
                RSY,
                "Region Sydmark",
                "none",
                None,
                "inrätta",
                "inrättat",
                "en gemensam nämnd för hjälpmedelsfrågor",
            ),
            st(N, "Nämnden", "none", None, "ingå", "ingår", "i Region Norrmarks organisation"),
            st(RN, "Region Norrmark", "none", None, "vara", "är", "värdregion"),
        ],
        doc=D,
        parent="1",
    ),
    rec("2", "Uppgifter", doc=D, kind="heading", label="2"),
    rec(
        "2.1",
        "Den gemensamma nämnden har till uppgift att:",
        [("gemensamma nämnden", GN, POL)],
        [HAR],
        doc=D,
        parent="2",
    ),
    task_item(
        "2.1.a",
        "upphandla, lagerhålla och tillhandahålla hjälpmedel åt båda regionerna,",
        ["upphandla", "lagerhålla", "tillhandahålla"],
        "hjälpmedel åt båda regionerna",
        [("regionerna", "region", ORG)],
        [inf("upphandla"), inf("lagerhålla"), inf("tillhandahålla")],
    ),
    task_item(
        "2.1.b",
        "ge förskrivare råd och stöd,",
        ["ge"],
        "förskrivare råd och stöd",
        [("förskrivare", "förskrivare", TJP)],
        [inf("ge")],
    ),
    task_item(
        "2.1.c",
        "se till att hjälpmedel som inte längre används återtas.",
        ["se"],
        "att hjälpmedel som inte längre används återtas",
        verbs=[inf("se"), pres("används", "använda", "pass"), pres("återtas", "återta", "pass")],
    ),
    rec(
        "2.2",
        "Det ankommer därutöver på nämnden att yttra sig i frågor om hjälpmedel, om någon av "
        "regionerna "
        "begär det.",
        [("nämnden", N, POL), ("regionerna", "region", ORG)],
        [pres("ankommer", "ankomma"), inf("yttra"), pres("begär", "begära")],
        [
            st(
                N,
                "nämnden",
                "obligation",
                "ankommer på",
                "yttra",
                "yttra",
                "i frågor om hjälpmedel",
                condition="om någon av regionerna begär det",
            )
        ],
        doc=D,
        parent="2",
    ),
    rec("3", "Sammansättning", doc=D, kind="heading", label="3"),
    rec(
        "3.1",
        "Nämnden har sex ledamöter samt lika många ersättare. Av dessa väljer regionfullmäktige i "
        "Region "
        "Norrmark fyra ledamöter och fyra ersättare och regionfullmäktige i Region Sydmark två "
        "ledamöter och "
        "två ersättare.",
        [
            ("Nämnden", N, POL),
            ("ledamöter", "ledamot", FTV),
            ("ersättare", "ersättare", FTV),
            ("regionfullmäktige", RF, POL),
            ("Region Norrmark", RN, ORG),
            ("ledamöter", "ledamot", FTV, 1),
            ("ersättare", "ersättare", FTV, 1),
            ("regionfullmäktige", RF, POL, 1),
            ("Region Sydmark", RSY, ORG),
            ("ledamöter", "ledamot", FTV, 2),
            ("ersättare", "ersättare", FTV, 2),
        ],
        [HAR, pres("väljer", "välja")],
        [
            st(N, "Nämnden", "none", None, "ha", "har", "sex ledamöter samt lika många ersättare"),
            st(
                RF,
                "regionfullmäktige",
                "none",
                None,
                "välja",
                "väljer",
                "fyra ledamöter och fyra ersättare",
            ),
            st(
                RF,
                "regionfullmäktige",
                "none",
                None,
                "välja",
                "väljer",
                "två ledamöter och två ersättare",
            ),
        ],
        doc=D,
        parent="3",
    ),
    rec(
        "3.2",
        "Ordförande utses av värdregionens fullmäktige och vice ordförande av fullmäktige i "
        "Region Sydmark.",
        [
            ("Ordförande", "ordförande", FTV),
            ("värdregionens", "värdregion", ORG),
            ("fullmäktige", RF, POL),
            ("vice ordförande", "vice ordförande", FTV),
            ("fullmäktige", RF, POL, 1),
            ("Region Sydmark", RSY, ORG),
        ],
        [pres("utses", "utse", "pass")],
        [
            st(RF, "fullmäktige", "none", None, "utse", "utses", "Ordförande", passive=True),
            st(RF, "fullmäktige", "none", None, "utse", "utses", "vice ordförande", passive=True),
        ],
        doc=D,
        parent="3",
    ),
    rec("4", "Sammanträden", doc=D, kind="heading", label="4"),
    rec(
        "4.1",
        "Nämnden ska hålla extra sammanträde när någon av regionstyrelserna begär det.",
        [("Nämnden", N, POL), ("regionstyrelserna", "regionstyrelse", POL)],
        [SKA, inf("hålla"), pres("begär", "begära")],
        [
            st(
                N,
                "Nämnden",
                "obligation",
                "ska",
                "hålla",
                "hålla",
                "extra sammanträde",
                condition="när någon av regionstyrelserna begär det",
            )
        ],
        doc=D,
        parent="4",
    ),
    rec(
        "4.2",
        "Ersättarna äger rätt att närvara vid sammanträdena även när de inte tjänstgör, men får "
        "inte delta i "
        "besluten. I ärenden som endast angår den ena regionen bör nämnden inhämta synpunkter "
        "från den "
        "regionens hälso- och sjukvårdsnämnd.",
        [
            ("Ersättarna", "ersättare", FTV),
            ("regionen", "region", ORG),
            ("nämnden", N, POL),
            ("regionens", "region", ORG),
            ("hälso- och sjukvårdsnämnd", "hälso- och sjukvårdsnämnd", POL),
        ],
        [
            pres("äger", "äga"),
            inf("närvara"),
            pres("tjänstgör", "tjänstgöra"),
            FAR,
            inf("delta"),
            pres("angår", "angå"),
            BOR,
            inf("inhämta"),
        ],
        [
            st(
                "ersättare",
                "Ersättarna",
                "permission",
                "äger rätt att",
                "närvara",
                "närvara",
                "vid sammanträdena",
                condition="när de inte tjänstgör",
            ),
            st(
                "ersättare",
                "Ersättarna",
                "prohibition",
                "får inte",
                "delta",
                "delta",
                "i besluten",
                negated=True,
            ),
            st(
                N,
                "nämnden",
                "recommendation",
                "bör",
                "inhämta",
                "inhämta",
                "synpunkter från den regionens hälso- och sjukvårdsnämnd",
            ),
        ],
        doc=D,
        parent="4",
    ),
    rec("5", "Ekonomi och delegation", doc=D, kind="heading", label="5"),
    rec(
        "5.1",
        "Kostnaderna för nämnden fördelas mellan regionerna efter antalet invånare. Nämnden ska "
        "varje år "
        "lämna en rapport till båda regionstyrelserna, vilka därefter ges tillfälle att lämna "
        "synpunkter.",
        [
            ("nämnden", N, POL),
            ("regionerna", "region", ORG),
            ("invånare", "invånare", EXT),
            ("Nämnden", N, POL),
            ("regionstyrelserna", "regionstyrelse", POL),
        ],
        [
            pres("fördelas", "fördela", "pass"),
            SKA,
            inf("lämna"),
            pres("ges", "ge", "pass"),
            ("lämna", "lämna", "inf", "act", 1),
        ],
        [
            st(
                N,
                "Nämnden",
                "obligation",
                "ska",
                "lämna",
                "lämna",
                "en rapport till båda regionstyrelserna",
            )
        ],
        doc=D,
        parent="5",
    ),
    rec(
        "5.2",
        "Nämnden får uppdra åt sitt arbetsutskott, en enskild ledamot eller en tjänsteperson i "
        "värdregionen "
        "att besluta på nämndens vägnar. Ärenden som gäller den andra regionens ekonomi får dock "
        "inte "
        "delegeras.",
        [
            ("Nämnden", N, POL),
            ("arbetsutskott", "arbetsutskott", POL),
            ("ledamot", "ledamot", FTV),
            ("tjänsteperson", "tjänsteperson", TJP),
            ("värdregionen", "värdregion", ORG),
            ("nämndens", N, POL),
            ("regionens", "region", ORG),
        ],
        [
            FAR,
            inf("uppdra"),
            inf("besluta"),
            pres("gäller", "gälla"),
            ("får", "få", "pres", "act", 1),
            inf("delegeras", "delegera", "pass"),
        ],
        [
            st(
                N,
                "Nämnden",
                "permission",
                "får",
                "uppdra",
                "uppdra",
                "åt sitt arbetsutskott, en enskild ledamot eller en tjänsteperson i värdregionen "
                "att besluta på "
                "nämndens vägnar",
            ),
            st(
                None,
                None,
                "prohibition",
                "får inte",
                "delegera",
                "delegeras",
                "Ärenden som gäller den andra regionens ekonomi",
                passive=True,
                negated=True,
            ),
        ],
        doc=D,
        parent="5",
    ),
]

D = "w45-x-delegation"
VU = "västerfors universitet"
US = "universitetsstyrelse"
SOE = "styrelsens ordförande"
E_AT_DELEGATION = "Vid vidaredelegation"


def rector_item(cid, text, aim, obj, actors=(), verbs=()):
    return item_rec(
        cid,
        text,
        actors,
        verbs,
        [st("rektor", "rektor", "obligation", "ska", aim, aim, obj)],
        doc=D,
        kind="list_item",
        parent="2.2",
        label="-",
    )


E = [
    rec(
        "title",
        "Delegationsordning för Västerfors universitet – allmänna bestämmelser",
        [("Västerfors universitet", VU, ORG)],
        doc=D,
        kind="heading",
    ),
    rec(
        "m1",
        "Beslutad av universitetsstyrelsen den 3 mars 2025.",
        [("universitetsstyrelsen", US, POL)],
        doc=D,
    ),
    rec("1", "Utgångspunkter", doc=D, kind="heading", label="1."),
    rec(
        "1.1",
        "Universitetsstyrelsen utgör universitetets ledningsorgan och har det samlade ansvaret "
        "för att "
        "verksamheten drivs i enlighet med gällande föreskrifter. Rektor leder verksamheten under "
        "styrelsen "
        "och förvaltningschefen bistår rektor i administrativa frågor.",
        [
            ("Universitetsstyrelsen", US, POL),
            ("universitetets", VU, ORG),
            ("Rektor", "rektor", TJP),
            ("styrelsen", "styrelse", POL),
            ("förvaltningschefen", FC, TJP),
            ("rektor", "rektor", TJP),
        ],
        [
            pres("utgör", "utgöra"),
            HAR,
            pres("drivs", "driva", "pass"),
            pres("leder", "leda"),
            pres("bistår", "bistå"),
        ],
        [
            st(
                US,
                "Universitetsstyrelsen",
                "none",
                None,
                "utgöra",
                "utgör",
                "universitetets ledningsorgan",
            ),
            st(
                US,
                "Universitetsstyrelsen",
                "responsibility",
                "har ansvaret för",
                "ansvara",
                "har",
                "för att verksamheten drivs",
            ),
            st("rektor", "Rektor", "none", None, "leda", "leder", "verksamheten under styrelsen"),
            st(
                FC,
                "förvaltningschefen",
                "none",
                None,
                "bistå",
                "bistår",
                "rektor i administrativa frågor",
            ),
        ],
        conditions=["i enlighet med gällande föreskrifter"],
        doc=D,
        parent="1",
    ),
    rec(
        "1.2",
        "Beslutanderätt som inte uttryckligen har förbehållits styrelsen utövas av rektor, såvida "
        "inte annat "
        "följer av lag eller förordning.",
        [("styrelsen", "styrelse", POL), ("rektor", "rektor", TJP)],
        [
            HAR,
            ("förbehållits", "förbehålla", "sup", "pass"),
            pres("utövas", "utöva", "pass"),
            pres("följer", "följa"),
        ],
        [
            st(
                "rektor",
                "rektor",
                "none",
                None,
                "utöva",
                "utövas",
                "Beslutanderätt som inte uttryckligen har förbehållits styrelsen",
                passive=True,
                condition="såvida inte annat följer av lag eller förordning",
            )
        ],
        doc=D,
        parent="1",
    ),
    rec("2", "Vidaredelegation", doc=D, kind="heading", label="2."),
    rec(
        "2.1",
        "Rektor får vidaredelegera beslutanderätt i enskilda ärendetyper till prorektor, dekaner "
        "och "
        "förvaltningschefen. Den som har fått beslutanderätt genom vidaredelegation får inte "
        "själv delegera "
        "den vidare.",
        [
            ("Rektor", "rektor", TJP),
            ("prorektor", "prorektor", TJP),
            ("dekaner", "dekan", TJP),
            ("förvaltningschefen", FC, TJP),
        ],
        [
            FAR,
            inf("vidaredelegera"),
            HAR,
            ("fått", "få", "sup", "act"),
            ("får", "få", "pres", "act", 1),
            inf("delegera"),
        ],
        [
            st(
                "rektor",
                "Rektor",
                "permission",
                "får",
                "vidaredelegera",
                "vidaredelegera",
                "beslutanderätt i enskilda ärendetyper till prorektor, dekaner och "
                "förvaltningschefen",
            )
        ],
        doc=D,
        parent="2",
    ),
    rec(
        "2.2",
        "Vid vidaredelegation ska rektor:",
        [("rektor", "rektor", TJP)],
        [SKA],
        conditions=[E_AT_DELEGATION],
        doc=D,
        parent="2",
    ),
    rector_item(
        "2.2.a",
        "ange vilka ärenden som omfattas,",
        "ange",
        "vilka ärenden som omfattas",
        verbs=[inf("ange"), pres("omfattas", "omfatta", "pass")],
    ),
    rector_item(
        "2.2.b",
        "skriftligen dokumentera beslutet,",
        "dokumentera",
        "beslutet",
        verbs=[inf("dokumentera")],
    ),
    rector_item(
        "2.2.c",
        "tillse att delegaten har den kompetens som uppgiften kräver.",
        "tillse",
        "att delegaten har den kompetens som uppgiften kräver",
        [("delegaten", "delegat", TJP)],
        [inf("tillse"), HAR, pres("kräver", "kräva")],
    ),
    rec("3", "Anmälan av delegeringsbeslut", doc=D, kind="heading", label="3."),
    rec(
        "3.1",
        "Samtliga beslut som delegaten fattat ska anmälas till den som har delegerat "
        "beslutanderätten. "
        "Anmälan görs av delegaten senast vid utgången av varje kvartal.",
        [("delegaten", "delegat", TJP), ("delegaten", "delegat", TJP, 1)],
        [
            ("fattat", "fatta", "sup", "act"),
            SKA,
            inf("anmälas", "anmäla", "pass"),
            HAR,
            ("delegerat", "delegera", "sup", "act"),
            pres("görs", "göra", "pass"),
        ],
        [
            st(
                None,
                None,
                "obligation",
                "ska",
                "anmäla",
                "anmälas",
                "Samtliga beslut som delegaten fattat",
                passive=True,
            ),
            st("delegat", "delegaten", "none", None, "göra", "görs", "Anmälan", passive=True),
        ],
        doc=D,
        parent="3",
    ),
    rec("4", "Jäv", doc=D, kind="heading", label="4."),
    rec(
        "4.1",
        "Den som är jävig får inte handlägga ärendet. En delegat som är jävig ska överlämna "
        "ärendet till sin "
        "närmaste chef, som därefter beslutar i ärendet eller utser en annan delegat.",
        [("delegat", "delegat", TJP), ("chef", "chef", TJP), ("delegat", "delegat", TJP, 1)],
        [
            AR,
            FAR,
            inf("handlägga"),
            ("är", "vara", "pres", "act", 1),
            SKA,
            inf("överlämna"),
            pres("beslutar", "besluta"),
            pres("utser", "utse"),
        ],
        [
            st(
                "delegat",
                "delegat",
                "obligation",
                "ska",
                "överlämna",
                "överlämna",
                "ärendet till sin närmaste chef",
            )
        ],
        doc=D,
        parent="4",
    ),
    rec("5", "Brådskande ärenden", doc=D, kind="heading", label="5."),
    rec(
        "5.1",
        "I ärenden som är så brådskande att universitetsstyrelsens beslut inte kan avvaktas äger "
        "styrelsens "
        "ordförande besluta på styrelsens vägnar. Sådana beslut ska anmälas vid styrelsens nästa "
        "sammanträde.",
        [
            ("universitetsstyrelsens", US, POL),
            ("styrelsens ordförande", SOE, FTV),
            ("styrelsens", "styrelse", POL, 1),
            ("styrelsens", "styrelse", POL, 2),
        ],
        [
            AR,
            KAN,
            inf("avvaktas", "avvakta", "pass"),
            pres("äger", "äga"),
            inf("besluta"),
            SKA,
            inf("anmälas", "anmäla", "pass"),
        ],
        [
            st(
                SOE,
                "styrelsens ordförande",
                "permission",
                "äger",
                "besluta",
                "besluta",
                "på styrelsens vägnar",
            ),
            st(None, None, "obligation", "ska", "anmäla", "anmälas", "Sådana beslut", passive=True),
        ],
        doc=D,
        parent="5",
    ),
    rec(
        "6",
        "Ersättare vid förfall",
        [("Ersättare", "ersättare", TJP)],
        doc=D,
        kind="heading",
        label="6.",
    ),
    rec(
        "6.1",
        "Vid förfall för rektor inträder prorektor. Är även prorektor förhindrad, ges den av "
        "rektor utsedde "
        "dekanen i uppdrag att fatta beslut i rektors ställe.",
        [
            ("rektor", "rektor", TJP),
            ("prorektor", "prorektor", TJP),
            ("prorektor", "prorektor", TJP, 1),
            ("rektor", "rektor", TJP, 1),
            ("dekanen", "dekan", TJP),
            ("rektors", "rektor", TJP),
        ],
        [pres("inträder", "inträda"), pres("Är", "vara"), pres("ges", "ge", "pass"), inf("fatta")],
        [
            st(
                "prorektor",
                "prorektor",
                "none",
                None,
                "inträda",
                "inträder",
                None,
                condition="Vid förfall för rektor",
            ),
            st(
                "dekan",
                "dekanen",
                "responsibility",
                "ges den av rektor utsedde dekanen i uppdrag att",
                "fatta",
                "fatta",
                "beslut i rektors ställe",
                condition="Är även prorektor förhindrad",
            ),
        ],
        doc=D,
        parent="6",
    ),
    rec(
        "6.2",
        "Prefekterna och avdelningscheferna ska samråda med berörd fakultet respektive "
        "förvaltningen innan "
        "beslut fattas i ärenden av principiell betydelse.",
        [
            ("Prefekterna", "prefekt", TJP),
            ("avdelningscheferna", "avdelningschef", TJP),
            ("förvaltningen", "förvaltning", FORV),
        ],
        [SKA, inf("samråda"), pres("fattas", "fatta", "pass")],
        [
            st(
                "prefekt",
                "Prefekterna",
                "obligation",
                "ska",
                "samråda",
                "samråda",
                "med berörd fakultet respektive förvaltningen",
            ),
            st(
                "avdelningschef",
                "avdelningscheferna",
                "obligation",
                "ska",
                "samråda",
                "samråda",
                "med berörd fakultet respektive förvaltningen",
            ),
        ],
        doc=D,
        parent="6",
    ),
]

DOCUMENTS = {
    "w45-x-stadsdirektor": (A_TEXT, A),
    "w45-x-styrelse": (B_TEXT, B),
    "w45-x-riksforbund": (C_TEXT, C),
    "w45-x-gemensam": (D_TEXT, D_RECORDS),
    "w45-x-delegation": (E_TEXT, E),
}


if __name__ == "__main__":
    for document_text, document_records in DOCUMENTS.values():
        check_document(document_text, document_records)
    write_part(sys.argv[1], "w45-x", DOCUMENTS)
