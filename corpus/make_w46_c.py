"""Builds corpus/dev/w46-c.jsonl: invented sentences for round 46, writer C (the deontic cue
vocabulary completed from the language, not from a document; gold by hand from
docs/annotation.md §5 before any run). Offsets computed. Run: python corpus/make_w46_c.py
corpus/dev

Inventory: how Swedish statute and governance text expresses a norm (Regeringskansliet's
drafting guides prefer ``ska``/``får``/``får inte`` and warn against the older forms below,
which is why unseen, older or foreign-drafted documents still carry them):

* Modal verbs + infinitive. Obligation ``ska``/``skall``/``skola`` (plural, older), ``måste``,
  ``förväntas``; recommendation ``bör`` (``bör inte`` stays a negated recommendation);
  permission ``får``, ``må`` (older), ``äger`` (statute), ``kan`` (delegating sense, also
  ``kan komma att``). A negation (``inte``, ``ej``, ``icke``, ``aldrig``) or adverbs may stand
  between the modal and the infinitive, and the subject after the modal in V2 order: ``ska
  inte``, ``får aldrig``, ``må ej``, ``kan inte`` → prohibition. Not cues: ``behöver``
  (``behöver inte`` = is not required; a raising verb, §5.3 round 5), ``vill``, ``torde``.
* Verb phrases of duty: ``åligger (det) X att``, ``det ankommer på X att`` (the actor the
  object), ``X har att``, ``X är skyldig/tvungen/förpliktad att``, ``X har skyldighet att``,
  ``X har till/som uppgift att``, ``X har i uppgift att`` (the task noun with ``i``),
  ``X får/ges i uppgift att`` (the task received), ``X ser till att``, ``X tillser att`` (the
  statute synonym, also ``ska tillse att``), ``X åtar sig att``, ``X förbinder sig att``,
  ``X förpliktar sig att`` (an undertaking; ``tillser att`` and the undertakings were tried as
  cues and dropped, open), the passive imposition ``X åläggs/ålades att`` and its participle
  ``X är ålagd att``. ``X:s uppgift är att`` and ``det är X:s ansvar att`` are
  no cue: a task noun owned by an actor names no statement (§5.1, round 29 B10).
* Verb phrases of leave and competence: ``X har/äger rätt att``, ``X ges/medges rätt att``,
  ``X förbehålls rätten att``, ``X har/äger befogenhet att``, ``X har mandat att``, ``X har
  behörighet att``, ``X har fullmakt att``, ``X ges mandat/behörighet/fullmakt att``, ``X är
  behörig/berättigad/oförhindrad att``, ``X bemyndigas att`` and ``X är bemyndigad att``; with
  a negation ``är inte behörig att`` → prohibition.
* Prohibition without a negation: ``X är förbjuden att``, ``X förbjuds att``; the
  expletive ``det är inte tillåtet för X att`` (the actor the object of ``för``, as in
  ``det ankommer på X att``); the archaic ``det är X förbjudet att`` (the actor between the
  copula and the adjective) is left open.
* Responsibility: ``X ansvarar/svarar för``, ``X är ansvarig för``, ``X har (det yttersta)
  ansvaret för``, ``X bär (det yttersta) ansvaret för``, ``X har i uppdrag att``, ``X får/ges
  i uppdrag att``, ``X uppdras att`` (the passive commission, like ``ges i uppdrag att``),
  ``X tilldelas ansvaret för``. ``Ansvaret för Y vilar på X`` has a subject that is no
  actor and no agent: no statement (§5.1), like ``Ansvaret innebär …``.
* Not cues (negatives): ``förhindrad`` in a condition (absence, no norm), ``ansvar`` as a
  plain noun, ``uppgift`` in a heading, ``rätt`` as an adjective (``rätt person``), ``ser till``
  + a noun (``ser till helheten``), ``svarar på frågor``, ``har rätt till`` + noun?
  (left out: the guideline is silent), the active ``uppdrar åt X att`` (the one who commissions
  acts: none, like ``ger i uppdrag``).
* Exception openers in the cue slot: ``får, med undantag för …, V``; ``ska, utom när …, V``:
  the cue holds past them (the `när`-clause is a CONDITION span from ``när``, §4).

Actors the lexicon does not know (a harbour master, a leaseholder, a switchboard …) were
swapped for known ones after the first run, so that the sentences measure the cues, not
the actor lexicon; no deontic, aim or cue word was changed.

Decisions where the guideline was silent are in docs/annotation.md §5.3 "Round 46 (cues)".
"""

import sys
from pathlib import Path

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
    OVR,
    POL,
    SKA,
    SKALL,
    TJP,
    inf,
    pres,
    records_for,
    write_jsonl,
)
from records import statement as st

D = "w46-c"

rec = records_for(D, conditions_from_statements=True, check_texts=True)

MASTE = ("måste", "måste", "pres", "act")
MA = ("må", "må", "pres", "act")
AGER = ("äger", "äga", "pres", "act")


def past(word, lemma):
    return (word, lemma, "past", "act", 0)


def sup(word, lemma, voice="act"):
    return (word, lemma, "sup", voice, 0)


def OB(actor, text, modal, aim, aim_text, obj=None, **kw):  # noqa: N802
    return st(actor, text, "obligation", modal, aim, aim_text, obj, **kw)


def PE(actor, text, modal, aim, aim_text, obj=None, **kw):  # noqa: N802
    return st(actor, text, "permission", modal, aim, aim_text, obj, **kw)


def PR(actor, text, modal, aim, aim_text, obj=None, **kw):  # noqa: N802
    return st(actor, text, "prohibition", modal, aim, aim_text, obj, negated=True, **kw)


def RE(actor, text, modal, aim, aim_text, obj=None, **kw):  # noqa: N802
    return st(actor, text, "responsibility", modal, aim, aim_text, obj, **kw)


def NO(actor, text, aim, aim_text, obj=None, **kw):  # noqa: N802
    return st(actor, text, "none", None, aim, aim_text, obj, **kw)


RECORDS = [
    # --- modal verbs, their negations and adverbs
    rec(
        "m1",
        "Bibliotekschefen ska inte delta i beslut om egna inköp.",
        [("Bibliotekschefen", "bibliotekschef", TJP)],
        [SKA, inf("delta")],
        [
            PR(
                "bibliotekschef",
                "Bibliotekschefen",
                "ska inte",
                "delta",
                "delta",
                "i beslut om egna inköp",
            )
        ],
    ),
    rec(
        "m2",
        "Kassören får aldrig attestera utbetalningar till sig själv.",
        [("Kassören", "kassör", FTV)],
        [FAR, inf("attestera")],
        [
            PR(
                "kassör",
                "Kassören",
                "får aldrig",
                "attestera",
                "attestera",
                "utbetalningar till sig själv",
            )
        ],
    ),
    rec(
        "m3",
        "Hamnstyrelsen må uppta lån för nya kajer.",
        [("Hamnstyrelsen", "hamnstyrelse", POL)],
        [MA, inf("uppta")],
        [PE("hamnstyrelse", "Hamnstyrelsen", "må", "uppta", "uppta", "lån för nya kajer")],
    ),
    rec(
        "m4",
        "Suppleant må inte rösta när ordinarie ledamot är närvarande.",
        [("Suppleant", "suppleant", FTV), ("ledamot", "ledamot", FTV)],
        [MA, inf("rösta"), AR],
        [
            PR(
                "suppleant",
                "Suppleant",
                "må inte",
                "rösta",
                "rösta",
                condition="när ordinarie ledamot är närvarande",
            )
        ],
    ),
    rec(
        "m5",
        "Sektionen bör inte binda upp medel för kommande år.",
        [("Sektionen", "sektion", FORV)],
        [BOR, inf("binda")],
        [
            st(
                "sektion",
                "Sektionen",
                "recommendation",
                "bör inte",
                "binda",
                "binda",
                "medel för kommande år",
                negated=True,
            )
        ],
    ),
    rec(
        "m6",
        "Valberedningen behöver inte föreslå en ersättare för revisorn.",
        [
            ("Valberedningen", "valberedning", POL),
            ("ersättare", "ersättare", FTV),
            ("revisorn", "revisor", FTV),
        ],
        [pres("behöver", "behöva"), inf("föreslå")],
        [
            NO(
                "valberedning",
                "Valberedningen",
                "föreslå",
                "föreslå",
                "en ersättare för revisorn",
                negated=True,
            )
        ],
    ),
    rec(
        "m7",
        "Räddningschefen måste alltid bära sökare under sin beredskapsvecka.",
        [("Räddningschefen", "räddningschef", TJP)],
        [MASTE, inf("bära")],
        [
            OB(
                "räddningschef",
                "Räddningschefen",
                "måste",
                "bära",
                "bära",
                "sökare under sin beredskapsvecka",
            )
        ],
    ),
    rec(
        "m8",
        "Föreningen kan komma att ta ut en avgift för fiskekort.",
        [("Föreningen", "förening", ORG)],
        [KAN, inf("komma"), inf("ta")],
        [PE("förening", "Föreningen", "kan komma att", "ta", "ta", "ut en avgift för fiskekort")],
    ),
    rec(
        "m9",
        "Styrelseledamot skall ej ta emot gåvor från leverantörer.",
        [("Styrelseledamot", "styrelseledamot", FTV), ("leverantörer", "leverantör", OVR)],
        [SKALL, inf("ta")],
        [
            PR(
                "styrelseledamot",
                "Styrelseledamot",
                "skall ej",
                "ta",
                "ta",
                "emot gåvor från leverantörer",
            )
        ],
    ),
    rec(
        "m10",
        "Vid stormvarning äger förvaltningschefen stänga farleden.",
        [("förvaltningschefen", "förvaltningschef", TJP)],
        [AGER, inf("stänga")],
        [
            PE(
                "förvaltningschef",
                "förvaltningschefen",
                "äger",
                "stänga",
                "stänga",
                "farleden",
                condition="Vid stormvarning",
            )
        ],
    ),
    # --- duty phrases
    rec(
        "d1",
        "Därutöver åligger det sekreteraren att föra en kassabok.",
        [("sekreteraren", "sekreterare", FTV)],
        [pres("åligger", "åligga"), inf("föra")],
        [OB("sekreterare", "sekreteraren", "åligger", "föra", "föra", "en kassabok")],
    ),
    rec(
        "d2",
        "Det ankommer på jaktledaren att fördela passen före jakten.",
        [("jaktledaren", "jaktledare", FTV)],
        [pres("ankommer", "ankomma"), inf("fördela")],
        [
            OB(
                "jaktledare",
                "jaktledaren",
                "ankommer på",
                "fördela",
                "fördela",
                "passen före jakten",
            )
        ],
    ),
    rec(
        "d3",
        "Tillsynsmyndigheten har att pröva varje ansökan utan dröjsmål.",
        [("Tillsynsmyndigheten", "tillsynsmyndighet", EXT)],
        [HAR, inf("pröva")],
        [
            OB(
                "tillsynsmyndighet",
                "Tillsynsmyndigheten",
                "har att",
                "pröva",
                "pröva",
                "varje ansökan utan dröjsmål",
            )
        ],
    ),
    rec(
        "d4",
        "Entreprenören är tvungen att anmäla varje arbetsplatsolycka till hyresgästen.",
        [("Entreprenören", "entreprenör", EXT), ("hyresgästen", "hyresgäst", EXT)],
        [AR, inf("anmäla")],
        [
            OB(
                "entreprenör",
                "Entreprenören",
                "är tvungen att",
                "anmäla",
                "anmäla",
                "varje arbetsplatsolycka till hyresgästen",
            )
        ],
    ),
    rec(
        "d5",
        "Bolaget är förpliktat att hålla stängslen i gott skick.",
        [("Bolaget", "bolag", ORG)],
        [AR, inf("hålla")],
        [OB("bolag", "Bolaget", "är förpliktat att", "hålla", "hålla", "stängslen i gott skick")],
    ),
    rec(
        "d6",
        "Museichefen tillser att samlingarna förvaras säkert.",
        [("Museichefen", "museichef", TJP)],
        [pres("tillser", "tillse"), pres("förvaras", "förvara", "pass")],
        [
            OB(
                "museichef",
                "Museichefen",
                "tillser att",
                "tillse",
                "tillser",
                "att samlingarna förvaras säkert",
            )
        ],
    ),
    rec(
        "d7",
        "Kanslichefen ska tillse att protokollen justeras inom två veckor.",
        [("Kanslichefen", "kanslichef", TJP)],
        [SKA, inf("tillse"), pres("justeras", "justera", "pass")],
        [
            OB(
                "kanslichef",
                "Kanslichefen",
                "ska",
                "tillse",
                "tillse",
                "att protokollen justeras inom två veckor",
            )
        ],
    ),
    rec(
        "d8",
        "Parkeringsbolaget åtar sig att sköta snöröjningen på infartsparkeringen.",
        [("Parkeringsbolaget", "parkeringsbolag", ORG)],
        [pres("åtar", "åta"), inf("sköta")],
        [
            OB(
                "parkeringsbolag",
                "Parkeringsbolaget",
                "åtar sig att",
                "sköta",
                "sköta",
                "snöröjningen på infartsparkeringen",
            )
        ],
    ),
    rec(
        "d9",
        "Leverantören förbinder sig att leverera varorna inom fem arbetsdagar.",
        [("Leverantören", "leverantör", EXT)],
        [pres("förbinder", "förbinda"), inf("leverera")],
        [
            OB(
                "leverantör",
                "Leverantören",
                "förbinder sig att",
                "leverera",
                "leverera",
                "varorna inom fem arbetsdagar",
            )
        ],
    ),
    rec(
        "d10",
        "Medlemsklubbarna förpliktar sig att följa förbundets tävlingsregler.",
        [("Medlemsklubbarna", "medlemsklubb", ORG), ("förbundets", "förbund", ORG)],
        [pres("förpliktar", "förplikta"), inf("följa")],
        [
            OB(
                "medlemsklubb",
                "Medlemsklubbarna",
                "förpliktar sig att",
                "följa",
                "följa",
                "förbundets tävlingsregler",
            )
        ],
    ),
    rec(
        "d11",
        "Fastighetsförvaltaren åläggs att besiktiga taken varje vår.",
        [("Fastighetsförvaltaren", "fastighetsförvaltare", TJP)],
        [pres("åläggs", "ålägga", "pass"), inf("besiktiga")],
        [
            OB(
                "fastighetsförvaltare",
                "Fastighetsförvaltaren",
                "åläggs att",
                "besiktiga",
                "besiktiga",
                "taken varje vår",
            )
        ],
    ),
    rec(
        "d12",
        "Ungdomsledaren är ålagd att föra närvarolistor vid varje träning.",
        [("Ungdomsledaren", "ungdomsledare", FTV)],
        [AR, inf("föra")],
        [
            OB(
                "ungdomsledare",
                "Ungdomsledaren",
                "är ålagd att",
                "föra",
                "föra",
                "närvarolistor vid varje träning",
            )
        ],
    ),
    rec(
        "d13",
        "Vattenrådet har i uppgift att samordna provtagningen i sjöarna.",
        [("Vattenrådet", "vattenråd", POL)],
        [HAR, inf("samordna")],
        [
            OB(
                "vattenråd",
                "Vattenrådet",
                "har i uppgift att",
                "samordna",
                "samordna",
                "provtagningen i sjöarna",
            )
        ],
    ),
    rec(
        "d14",
        "Arkivarien får i uppgift att gallra de äldre akterna.",
        [("Arkivarien", "arkivarie", TJP)],
        [FAR, inf("gallra")],
        [
            OB(
                "arkivarie",
                "Arkivarien",
                "får i uppgift att",
                "gallra",
                "gallra",
                "de äldre akterna",
            )
        ],
    ),
    rec(
        "d15",
        "Kyrkvärdens uppgift är att ta emot besökarna vid gudstjänsten.",
        [("Kyrkvärdens", "kyrkvärd", FTV), ("besökarna", "besökare", EXT)],
        [AR, inf("ta")],
        [],
    ),
    rec(
        "d16",
        "Sekreteraren har skyldighet att föra protokoll vid styrelsens möten.",
        [("Sekreteraren", "sekreterare", FTV), ("styrelsens", "styrelse", POL)],
        [HAR, inf("föra")],
        [
            OB(
                "sekreterare",
                "Sekreteraren",
                "har skyldighet att",
                "föra",
                "föra",
                "protokoll vid styrelsens möten",
            )
        ],
    ),
    # --- leave and competence
    rec(
        "p1",
        "Driftchefen har mandat att stänga anläggningen vid fara.",
        [("Driftchefen", "driftchef", TJP)],
        [HAR, inf("stänga")],
        [
            PE(
                "driftchef",
                "Driftchefen",
                "har mandat att",
                "stänga",
                "stänga",
                "anläggningen vid fara",
            )
        ],
    ),
    rec(
        "p2",
        "Inköparen har behörighet att teckna ramavtal upp till ett prisbasbelopp.",
        [("Inköparen", "inköpare", TJP)],
        [HAR, inf("teckna")],
        [
            PE(
                "inköpare",
                "Inköparen",
                "har behörighet att",
                "teckna",
                "teckna",
                "ramavtal upp till ett prisbasbelopp",
            )
        ],
    ),
    rec(
        "p3",
        "Ordföranden har fullmakt att företräda föreningen vid förrättningen.",
        [("Ordföranden", "ordförande", FTV), ("föreningen", "förening", ORG)],
        [HAR, inf("företräda")],
        [
            PE(
                "ordförande",
                "Ordföranden",
                "har fullmakt att",
                "företräda",
                "företräda",
                "föreningen vid förrättningen",
            )
        ],
    ),
    rec(
        "p4",
        "Förvaltaren äger befogenhet att placera kapitalet i räntebärande papper.",
        [("Förvaltaren", "förvaltare", TJP)],
        [AGER, inf("placera")],
        [
            PE(
                "förvaltare",
                "Förvaltaren",
                "äger befogenhet att",
                "placera",
                "placera",
                "kapitalet i räntebärande papper",
            )
        ],
    ),
    rec(
        "p5",
        "Skolledningen ges mandat att omfördela lärartimmar mellan enheterna.",
        [("Skolledningen", "skolledning", TJP), ("enheterna", "enhet", FORV)],
        [pres("ges", "ge", "pass"), inf("omfördela")],
        [
            PE(
                "skolledning",
                "Skolledningen",
                "ges mandat att",
                "omfördela",
                "omfördela",
                "lärartimmar mellan enheterna",
            )
        ],
    ),
    rec(
        "p6",
        "Hyresgästföreningen medges rätt att granska hyressättningen.",
        [("Hyresgästföreningen", "hyresgästförening", ORG)],
        [pres("medges", "medge", "pass"), inf("granska")],
        [
            PE(
                "hyresgästförening",
                "Hyresgästföreningen",
                "medges rätt att",
                "granska",
                "granska",
                "hyressättningen",
            )
        ],
    ),
    rec(
        "p7",
        "Kommunalrådet bemyndigas att underteckna avtalet med grannkommunen.",
        [("Kommunalrådet", "kommunalråd", FTV), ("grannkommunen", "grannkommun", ORG)],
        [pres("bemyndigas", "bemyndiga", "pass"), inf("underteckna")],
        [
            PE(
                "kommunalråd",
                "Kommunalrådet",
                "bemyndigas att",
                "underteckna",
                "underteckna",
                "avtalet med grannkommunen",
            )
        ],
    ),
    rec(
        "p8",
        "Föreståndaren är bemyndigad att ingå hyresavtal för lokaler.",
        [("Föreståndaren", "föreståndare", TJP)],
        [AR, inf("ingå")],
        [
            PE(
                "föreståndare",
                "Föreståndaren",
                "är bemyndigad att",
                "ingå",
                "ingå",
                "hyresavtal för lokaler",
            )
        ],
    ),
    rec(
        "p9",
        "Medlem är berättigad att ta del av årsmötets handlingar.",
        [("Medlem", "medlem", OVR), ("årsmötets", "årsmöte", OVR)],
        [AR, inf("ta")],
        [PE("medlem", "Medlem", "är berättigad att", "ta", "ta", "del av årsmötets handlingar")],
    ),
    rec(
        "p10",
        "Revisorn är oförhindrad att anlita ett sakkunnigt biträde.",
        [("Revisorn", "revisor", FTV)],
        [AR, inf("anlita")],
        [
            PE(
                "revisor",
                "Revisorn",
                "är oförhindrad att",
                "anlita",
                "anlita",
                "ett sakkunnigt biträde",
            )
        ],
    ),
    rec(
        "p11",
        "Enhetschefen är inte behörig att besluta om avsked.",
        [("Enhetschefen", "enhetschef", TJP)],
        [AR, inf("besluta")],
        [
            PR(
                "enhetschef",
                "Enhetschefen",
                "är inte behörig att",
                "besluta",
                "besluta",
                "om avsked",
            )
        ],
    ),
    rec(
        "p12",
        "Årsmötet förbehålls rätten att upplösa föreningen.",
        [("Årsmötet", "årsmöte", OVR), ("föreningen", "förening", ORG)],
        [pres("förbehålls", "förbehålla", "pass"), inf("upplösa")],
        [PE("årsmöte", "Årsmötet", "förbehålls rätten att", "upplösa", "upplösa", "föreningen")],
    ),
    rec(
        "p13",
        "Ersättarna ges behörighet att yttra sig i alla ärenden.",
        [("Ersättarna", "ersättare", FTV)],
        [pres("ges", "ge", "pass"), inf("yttra")],
        [PE("ersättare", "Ersättarna", "ges behörighet att", "yttra", "yttra", "i alla ärenden")],
    ),
    # --- prohibition without a negation
    rec(
        "f1",
        "Personalen är förbjuden att ta emot dricks.",
        [("Personalen", "personal", TJP)],
        [AR, inf("ta")],
        [PR("personal", "Personalen", "är förbjuden att", "ta", "ta", "emot dricks")],
    ),
    rec(
        "f2",
        "Medlemmarna förbjuds att använda motordrivna hjälpmedel.",
        [("Medlemmarna", "medlem", OVR)],
        [pres("förbjuds", "förbjuda", "pass"), inf("använda")],
        [
            PR(
                "medlem",
                "Medlemmarna",
                "förbjuds att",
                "använda",
                "använda",
                "motordrivna hjälpmedel",
            )
        ],
    ),
    rec(
        "f3",
        "Det är inte tillåtet för personalen att låna ut nycklar.",
        [("personalen", "personal", TJP)],
        [AR, inf("låna")],
        [PR("personal", "personalen", "är inte tillåtet för", "låna", "låna", "ut nycklar")],
    ),
    rec(
        "f4",
        "Det är ledamöterna förbjudet att rösta i egna ärenden.",
        [("ledamöterna", "ledamot", FTV)],
        [AR, inf("rösta")],
        [PR("ledamot", "ledamöterna", "är förbjudet att", "rösta", "rösta", "i egna ärenden")],
    ),
    # --- responsibility
    rec(
        "r1",
        "Rektorn bär ansvaret för elevernas arbetsmiljö.",
        [("Rektorn", "rektor", TJP), ("elevernas", "elev", OVR)],
        [pres("bär", "bära")],
        [
            RE(
                "rektor",
                "Rektorn",
                "bär ansvaret för",
                "ansvara",
                "bär",
                "för elevernas arbetsmiljö",
            )
        ],
    ),
    rec(
        "r2",
        "Huvudmannen bär det yttersta ansvaret för elevhälsans lokaler.",
        [("Huvudmannen", "huvudman", ORG)],
        [pres("bär", "bära")],
        [
            RE(
                "huvudman",
                "Huvudmannen",
                "bär ansvaret för",
                "ansvara",
                "bär",
                "för elevhälsans lokaler",
            )
        ],
    ),
    rec(
        "r3",
        "Stadsträdgårdsmästaren uppdras att ta fram en plan för gatuträden.",
        [("Stadsträdgårdsmästaren", "stadsträdgårdsmästare", TJP)],
        [pres("uppdras", "uppdra", "pass"), inf("ta")],
        [
            RE(
                "stadsträdgårdsmästare",
                "Stadsträdgårdsmästaren",
                "uppdras att",
                "ta",
                "ta",
                "fram en plan för gatuträden",
            )
        ],
    ),
    rec(
        "r4",
        "Säkerhetssamordnaren tilldelas ansvaret för krisövningarna.",
        [("Säkerhetssamordnaren", "säkerhetssamordnare", TJP)],
        [pres("tilldelas", "tilldela", "pass")],
        [
            RE(
                "säkerhetssamordnare",
                "Säkerhetssamordnaren",
                "tilldelas ansvaret för",
                "ansvara",
                "tilldelas",
                "för krisövningarna",
                passive=True,
            )
        ],
    ),
    rec(
        "r6",
        "Det är driftledarens ansvar att larma räddningstjänsten vid brand.",
        [("driftledarens", "driftledare", TJP), ("räddningstjänsten", "räddningstjänst", FORV)],
        [AR, inf("larma")],
        [],
    ),
    rec(
        "r7",
        "Ansvaret för reservkraften vilar på elnätsbolaget.",
        [("elnätsbolaget", "elnätsbolag", ORG)],
        [pres("vilar", "vila")],
        [],
    ),
    rec(
        "r8",
        "Lokalsamordnaren svarar för bokningen av föreningslokalerna.",
        [("Lokalsamordnaren", "lokalsamordnare", TJP)],
        [pres("svarar", "svara")],
        [
            RE(
                "lokalsamordnare",
                "Lokalsamordnaren",
                "svarar för",
                "svara",
                "svarar",
                "för bokningen av föreningslokalerna",
            )
        ],
    ),
    rec(
        "r9",
        "Tränaren har ansvaret för att utrustningen kontrolleras före matchen.",
        [("Tränaren", "tränare", FTV)],
        [HAR, pres("kontrolleras", "kontrollera", "pass")],
        [
            RE(
                "tränare",
                "Tränaren",
                "har ansvaret för",
                "ansvara",
                "har",
                "för att utrustningen kontrolleras före matchen",
            )
        ],
    ),
    # --- exception openers in the cue slot
    rec(
        "e1",
        "Fjällnämnden får, med undantag för ärenden om renbete, delegera beslut till "
        "förvaltningschefen.",
        [("Fjällnämnden", "fjällnämnd", POL), ("förvaltningschefen", "förvaltningschef", TJP)],
        [FAR, inf("delegera")],
        [
            PE(
                "fjällnämnd",
                "Fjällnämnden",
                "får",
                "delegera",
                "delegera",
                "beslut till förvaltningschefen",
            )
        ],
    ),
    rec(
        "e2",
        "Klubbstyrelsen ska, utom när synnerliga skäl finns, sammanträda varje månad.",
        [("Klubbstyrelsen", "klubbstyrelse", POL)],
        [SKA, pres("finns", "finnas"), inf("sammanträda")],
        [
            OB(
                "klubbstyrelse",
                "Klubbstyrelsen",
                "ska",
                "sammanträda",
                "sammanträda",
                "varje månad",
                condition="när synnerliga skäl finns",
            )
        ],
    ),
    # --- negatives
    rec(
        "n1",
        "Om kapellmästaren är förhindrad att leda repetitionen ska konsertmästaren ta över.",
        [("kapellmästaren", "kapellmästare", TJP), ("konsertmästaren", "konsertmästare", TJP)],
        [AR, inf("leda"), SKA, inf("ta")],
        [
            OB(
                "konsertmästare",
                "konsertmästaren",
                "ska",
                "ta",
                "ta",
                "över",
                condition="Om kapellmästaren är förhindrad att leda repetitionen",
            )
        ],
    ),
    rec(
        "n2",
        "Frågor om ansvar vid skador behandlas av utskottet.",
        [("utskottet", "utskott", POL)],
        [pres("behandlas", "behandla", "pass")],
        [
            NO(
                "utskott",
                "utskottet",
                "behandla",
                "behandlas",
                "Frågor om ansvar vid skador",
                passive=True,
            )
        ],
    ),
    rec(
        "n3",
        "Hembygdsrådets uppgifter",
        [("Hembygdsrådets", "hembygdsråd", POL)],
        kind="heading",
    ),
    rec(
        "n4",
        "Rekryteringsgruppen väljer rätt person till varje uppdrag.",
        [("Rekryteringsgruppen", "rekryteringsgrupp", FORV)],
        [pres("väljer", "välja")],
        [
            NO(
                "rekryteringsgrupp",
                "Rekryteringsgruppen",
                "välja",
                "väljer",
                "rätt person till varje uppdrag",
            )
        ],
    ),
    rec(
        "n5",
        "Styrgruppen ser till helheten i projektet.",
        [("Styrgruppen", "styrgrupp", POL)],
        [pres("ser", "se")],
        [NO("styrgrupp", "Styrgruppen", "se", "ser", "till helheten i projektet")],
    ),
    rec(
        "n6",
        "Förvaltningen svarar på frågor från allmänheten.",
        [("Förvaltningen", "förvaltning", FORV), ("allmänheten", "allmänhet", EXT)],
        [pres("svarar", "svara")],
        [NO("förvaltning", "Förvaltningen", "svara", "svarar", "på frågor från allmänheten")],
    ),
    rec(
        "n7",
        "Idrottsnämnden uppdrar åt fritidschefen att utreda simhallens framtid.",
        [("Idrottsnämnden", "idrottsnämnd", POL), ("fritidschefen", "fritidschef", TJP)],
        [pres("uppdrar", "uppdra"), inf("utreda")],
        [
            NO(
                "idrottsnämnd",
                "Idrottsnämnden",
                "uppdra",
                "uppdrar",
                "åt fritidschefen att utreda simhallens framtid",
            )
        ],
    ),
    rec(
        "n8",
        "Skogsbolaget bär kostnaden för vägunderhållet.",
        [("Skogsbolaget", "skogsbolag", ORG)],
        [pres("bär", "bära")],
        [NO("skogsbolag", "Skogsbolaget", "bära", "bär", "kostnaden för vägunderhållet")],
    ),
    rec(
        "n10",
        "Medlemmarna åtar sig många olika uppdrag under året.",
        [("Medlemmarna", "medlem", OVR)],
        [pres("åtar", "åta")],
        [NO("medlem", "Medlemmarna", "åta", "åtar", "många olika uppdrag under året")],
    ),
]

if __name__ == "__main__":
    write_jsonl(Path(sys.argv[1]) / f"{D}.jsonl", RECORDS)
