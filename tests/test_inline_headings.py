"""Unnumbered inline headings and sub-paragraph labels of a flattened line (round 16, A1, A2),
on sentences invented for the rules."""

from __future__ import annotations

import pytest

from pipeline.normalize.inline_headings import (
    CLOSED,
    CONTENT,
    REPEATED,
    SENTENCE,
    capitals_heading_end,
    fronted_adverbial,
    heading_cuts,
    line_heading_end,
    opening_heading_end,
    stacked_word_heading_cuts,
    subparagraph_cuts,
    title_run_cuts,
)


def pieces(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closed-class word (question word, preposition) after a lower-case word
        ("Allmänt om ersättningar Vad gäller för ersättningar Med ersättning avses arvode.",
         ["Allmänt om ersättningar", "Vad gäller för ersättningar",
          "Med ersättning avses arvode."]),
        # a short verbless phrase after a full stop, a content word with a verb after it
        ("Nämnden möts varje månad. Anmälan av ärenden Ärenden som väcks ska anmälas.",
         ["Nämnden möts varje månad.", "Anmälan av ärenden", "Ärenden som väcks ska anmälas."]),
        # a question heading keeps its verb
        ("Hur styrs bolaget Styrelsen ansvarar för bolagets organisation.",
         ["Hur styrs bolaget", "Styrelsen ansvarar för bolagets organisation."]),
        # one word before a closed-class word after a full stop
        ("Kallelse skickas ut. Delegering Vid förfall ska vice ordföranden träda in.",
         ["Kallelse skickas ut.", "Delegering", "Vid förfall ska vice ordföranden träda in."]),
        # a stray fragment after a full stop glues nothing
        ("Ledamöterna har rätt till arvode. ns Enligt denna ordning betalas arvodet ut.",
         ["Ledamöterna har rätt till arvode. ns", "Enligt denna ordning betalas arvodet ut."]),
    ],
)
def test_heading_cuts(text: str, expected: list[str]) -> None:
    assert pieces(text, [cut for cut, _ in heading_cuts(text)]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names after a preposition or conjunction, a title in running text
        "Beslut anmäls till Miljö- och byggnämnden vid nästa sammanträde.",
        "Arvoden betalas enligt Kommunallagen och enligt Arvodesreglementet.",
        "Direktören leder arbetet i Region Västra Dalarna och rapporterar.",
        # a name in apposition to an actor noun
        "Styrelsen i bolaget Norrvik Vatten AB ska lämna en rapport.",
        # a run with a finite verb, a long run, an acronym
        "Nämnden ansvarar för skolan Ekbacka som ligger i Ekby.",
        "Ordförande och vice ordförande i den nya nämnden för teknik Anna Ek ska leda.",
        "Ansvar för kommunens IT-system ska samordnas.",
        # inside a parenthetical, a roman numeral after a lower-case word
        "Styrelsen (se avsnittet Om ansvar) ska besluta. Enligt bilaga I Styrelsen ska.",
    ],
)
def test_no_heading_cut(text: str) -> None:
    assert heading_cuts(text) == []


def test_kinds_of_boundary() -> None:
    text = "Anmälan av ärenden Ärenden ska anmälas. Samverkan med andra Inom ramen för det."
    kinds = [kind for _, kind in heading_cuts(text)]
    assert kinds == [CONTENT, CLOSED, CLOSED]
    # round 29, cause S1: a subject repeating the heading, its verb late
    text = "Anmälan av ärenden Ärenden från en nämnd eller ett bolag ska anmälas."
    assert [kind for _, kind in heading_cuts(text)] == [REPEATED]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§ 1 Namn mom. 1 Klubbens namn är [Klubbens namn]. mom. 2 [Klubbens namn] har sitt säte "
         "i [Ort].",
         ["§ 1 Namn", "mom. 1 Klubbens namn är [Klubbens namn].",
          "mom. 2 [Klubbens namn] har sitt säte i [Ort]."]),
        ("§ 3 Möten st. 1 Styrelsen sammanträder. st. 2 kallelse skickas ut i tid.",
         ["§ 3 Möten", "st. 1 Styrelsen sammanträder.", "st. 2 kallelse skickas ut i tid."]),
        # references: after `§` or a number; a number that does not continue the labels
        ("Styrelsen beslutar enligt 6 kap. 38 § p. 3 kommunallagen och 1 st. 2 lagen.",
         ["Styrelsen beslutar enligt 6 kap. 38 § p. 3 kommunallagen och 1 st. 2 lagen."]),
        ("Nämnden beslutar. mom. 4 ersätts av ett nytt moment.",
         ["Nämnden beslutar. mom. 4 ersätts av ett nytt moment."]),
        # round 42 (analysis 42-ba, cause 6): `Moment N`, `Mom. N`, `MOM N`, one numbering
        ("§ 2 Val Moment 1 Stämman väljer ordförande. Mom. 2 Stämman väljer revisor. MOM 3 "
         "Valen är öppna.",
         ["§ 2 Val", "Moment 1 Stämman väljer ordförande.", "Mom. 2 Stämman väljer revisor.",
          "MOM 3 Valen är öppna."]),
        # the noun `moment` is no label, whatever its number
        ("Kassören redovisar. Rådet granskar moment 1 i planen.",
         ["Kassören redovisar. Rådet granskar moment 1 i planen."]),
        # review 42a, item 16: a capitalised `Moment N` after a lower-case word is a reference,
        # and `mom` without its dot labels only a line's start
        ("Kassören redovisar enligt Moment 1 ovan. Moment 2 Rådet granskar planen.",
         ["Kassören redovisar enligt Moment 1 ovan. Moment 2 Rådet granskar planen."]),
        ("Kassören redovisar. mom 1 Rådet granskar. mom 2 Revisorn granskar.",
         ["Kassören redovisar. mom 1 Rådet granskar. mom 2 Revisorn granskar."]),
        # round 44 (new-user trial 44, cause 1): a `§ N` paragraph's first moment unlabelled,
        # its `Mom. 2` after a stop, and again under the next `§`; `Mom. 3` goes on
        (
            "§ 2 Möten Rådet möts varje kvartal. Mom. 2 Extra möte hålls vid behov. § 3 Kassa "
            "Kassören sköter kassan. Mom. 2 Kassan granskas årligen. Mom. 3 Rådet beslutar.",
            [
                "§ 2 Möten Rådet möts varje kvartal.",
                "Mom. 2 Extra möte hålls vid behov. § 3 Kassa Kassören sköter kassan.",
                "Mom. 2 Kassan granskas årligen.",
                "Mom. 3 Rådet beslutar.",
            ],
        ),
        # ... not a lower-case reference, nor one after a moment named in the paragraph, nor
        # one without a `§` label before it, nor one that follows no stop
        (
            "§ 2 Möten Rådet möts. Ändring enligt mom. 2 görs av rådet.",
            ["§ 2 Möten Rådet möts. Ändring enligt mom. 2 görs av rådet."],
        ),
        (
            "§ 2 Möten Rådet möts enligt moment 1 ovan. Mom. 2 Rådet beslutar.",
            ["§ 2 Möten Rådet möts enligt moment 1 ovan. Mom. 2 Rådet beslutar."],
        ),
        (
            "Rådet möts varje kvartal. Mom. 2 Extra möte hålls vid behov.",
            ["Rådet möts varje kvartal. Mom. 2 Extra möte hålls vid behov."],
        ),
        (
            "§ 2 Möten Rådet möts enligt Mom. 2 i stadgan.",
            ["§ 2 Möten Rådet möts enligt Mom. 2 i stadgan."],
        ),
    ],
)
def test_subparagraph_cuts(text: str, expected: list[str]) -> None:
    assert pieces(text, subparagraph_cuts(text)) == expected


def test_a_name_with_a_closed_class_word_in_capitals_is_no_heading() -> None:
    assert heading_cuts("Bidraget går till. Stiftelsen För Framtiden ska redovisa.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in capitals before a Title-case sentence start (round 17, A3)
        ("ARBETSORDNING FÖR SOCIALNÄMNDEN Utöver kommunallagen gäller denna ordning.",
         ["ARBETSORDNING FÖR SOCIALNÄMNDEN", "Utöver kommunallagen gäller denna ordning."]),
        # after a date, the run starts a clause too
        ("Antagen 2021-03-04 BOLAGETS ÄNDAMÅL Bolaget ska bedriva fjärrvärme.",
         ["Antagen 2021-03-04", "BOLAGETS ÄNDAMÅL", "Bolaget ska bedriva fjärrvärme."]),
        # a run of bare commas (empty cover-table fields) ends what comes before it
        ("Dnr SN 2020/7, , , Riktlinjer för hemtjänsten gäller från maj.",
         ["Dnr SN 2020/7, , ,", "Riktlinjer för hemtjänsten gäller från maj."]),
    ],
)
def test_title_run_cuts(text: str, expected: list[str]) -> None:
    assert pieces(text, title_run_cuts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short acronyms are no title
        ("Ansökan lämnas till SKR och KS Nämnden beslutar.",
         ["Ansökan lämnas till SKR och KS Nämnden beslutar."]),
        # a run governed by a preposition is a name: cut only after it
        ("Avgiften regleras i LAG OM AVGIFTER Nämnden beslutar.",
         ["Avgiften regleras i LAG OM AVGIFTER", "Nämnden beslutar."]),
        # a protocol header: the Title-case word after the run opens no sentence
        ("NORRÅ KOMMUN SAMMANTRÄDESPROTOKOLL Socialnämnden Sammanträdesdatum 2021-05-02 Blad 3",
         ["NORRÅ KOMMUN SAMMANTRÄDESPROTOKOLL Socialnämnden Sammanträdesdatum 2021-05-02 Blad 3"]),
        # single commas are punctuation
        ("Nämnden, som möts, beslutar.", ["Nämnden, som möts, beslutar."]),
    ],
)
def test_no_title_run_cut(text: str, expected: list[str]) -> None:
    assert pieces(text, title_run_cuts(text)) == expected


# Round 19, cause A1: a preposition, its noun phrase and a finite verb in the second place.
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("I planen fastställer direktören", True),
        ("Vid det konstituerande sammanträdet godkänner styrelsen", True),
        ("Genom delegation överlåter regionstyrelsen", True),
        ("Mellan årsmötena förvaltar styrelsen", True),
        ("På årsmötet godkände medlemmarna", True),  # a weak past
        ("Inom styrelsen ska", True),  # a listed verb
        ("Om styrelsens arbete", False),  # a heading: no verb
        ("Ansvar för ekonomin", False),  # no preposition first
        ("Vid Bolagsstämman ska", False),  # a name after the preposition: not this rule's
        ("I de beslutade ärendena", False),  # a participle after a determiner, no V2
    ],
)
def test_fronted_adverbial(words: str, expected: bool) -> None:
    assert fronted_adverbial(words.split()) is expected


# Round 20, causes A1, A5, A7 (invented sentences): a sentence that lost its stop before an
# actor and its verb; `I` after a verbless heading; an acronym opening the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Planen visar hur ärenden skall beredas och arkiveras Styrelsen och direktören "
         "utgör tillsammans förbundets ledning.",
         ["Planen visar hur ärenden skall beredas och arkiveras",
          "Styrelsen och direktören utgör tillsammans förbundets ledning."]),
        ("Avgiften ska betalas senast den 1 mars Kassören, revisorn och ordföranden "
         "granskar avgifterna.",
         ["Avgiften ska betalas senast den 1 mars",
          "Kassören, revisorn och ordföranden granskar avgifterna."]),
        ("Budgeten bereds av förvaltningen Nämnden fastställer budgeten.",
         ["Budgeten bereds av förvaltningen", "Nämnden fastställer budgeten."]),
    ],
)
def test_sentence_cut_before_an_actor_and_its_verb(text: str, expected: list[str]) -> None:
    found = heading_cuts(text)
    assert {kind for _, kind in found} == {SENTENCE}
    assert pieces(text, [cut for cut, _ in found]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Direktören ansvarar för att Styrelsen får underlag i tid.",  # a subjunction governs
        "Direktören ska biträda Kommunstyrelsen och Kommunfullmäktige med underlag.",
        "Därutöver har Kommunstyrelsen ansvar för arkivet.",  # V2: no verb before `har`
        "Direktören ska hålla styrelsen informerad om Anna Berg och andra chefer.",
        "Nämnden samverkar med Region Västby som leder arbetet.",  # a name, no actor noun
        "Nämnden leder arbetet än Styrelsen beslutar annat.",
    ],
)
def test_no_sentence_cut_inside_a_sentence(text: str) -> None:
    assert heading_cuts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Övergripande principer I Förbundets reglemente anges vilka frågor direktionen avgör.",
         ["Övergripande principer", "I Förbundets reglemente anges vilka frågor direktionen "
          "avgör."]),
        ("Klart. Frågor om krisledning I Norrby kommun leds krisledningen av nämnden.",
         ["Klart.", "Frågor om krisledning", "I Norrby kommun leds krisledningen av nämnden."]),
        ("Klart. 1 Principer för ABF:s organisation ABF:s verksamhet leds av en styrelse.",
         ["Klart.", "1 Principer för ABF:s organisation",
          "ABF:s verksamhet leds av en styrelse."]),
    ],
)
def test_one_letter_and_acronym_openers_after_a_heading(text: str, expected: list[str]) -> None:
    assert pieces(text, [cut for cut, kind in heading_cuts(text) if kind == CLOSED]) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Enligt bilaga I Styrelsen ska.", []),  # a numeral after a closed-class opener
        ("Samverkan i länet SKR:s rekommendationer följs av direktören.", [CONTENT]),
        ("Styrelsen ska leda arbetet VD ska verkställa.", []),  # no verbless heading before
        ("Ansvar enligt VD:s instruktion gäller.", []),  # a preposition governs the acronym
    ],
)
def test_one_letter_and_acronym_openers_guarded(text: str, kinds: list[str]) -> None:
    assert [kind for _, kind in heading_cuts(text)] == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakgrund En ordning för ledningen ska finnas.", 8),
        ("Syfte Denna instruktion beskriver uppdraget.", 5),
        ("Kulturnämnden i Ekby kommun får besluta.", None),  # a sentence, no heading
        ("Ändamål Föreningen ska främja bildning.", None),  # no closed-class word after it
        ("Inom Nämnden gäller reglementet.", None),  # a closed-class word opens the line
        ("Antagen av kommunfullmäktige den 2 maj 2016", None),  # metadata, no heading
        ("Delegationsordning för socialnämnden", None),  # a title: `för` in lower case
    ],
)
def test_opening_heading_end(text: str, expected: int | None) -> None:
    assert opening_heading_end(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # round 22, cause A4: a capitalised word after a noun naming a heading is its name
        "Planen gäller i år. Inledning Av planen framgår målen. Stycket under rubriken Styrelsens uppgifter utgår.",
        "Planen gäller i år. Inledning Av planen framgår målen. Texten i avsnittet Förbundets ekonomi ändras.",
        "Planen gäller i år. Inledning Av planen framgår målen. Orden under punkten Nämnden ska stryks.",
    ],
)
def test_no_cut_before_a_heading_named_after_a_heading_noun(text: str) -> None:
    assert [text[cut:].split()[0] for cut, _ in heading_cuts(text)] == ["Inledning", "Av"]


def _cut_words(text: str, title: tuple[str, ...] = ()) -> list[str]:
    cuts = dict.fromkeys(cut for cut, _ in heading_cuts(text, title=title))  # a set, in order
    return [text[cut:].split()[0] for cut in cuts]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # round 24, cause C3: two verbless headings in a row before a sentence
        ("Taxan gäller från i år. Yttrande över förslaget Förslag till beslut Kulturnämnden "
         "föreslås besluta att tillstyrka.", ["Yttrande", "Förslag", "Kulturnämnden"]),
        ("Nämnden har beslutat. Bakgrund till ärendet Ärendets beredning Förvaltningen har "
         "utrett frågan.", ["Bakgrund", "Ärendets", "Förvaltningen"]),
        # a one-word heading before a name or an actor that opens a sentence
        ("Bolaget ägs av kommunen. Ändamål Norrfors Kraft AB ska producera el.",
         ["Ändamål", "Norrfors"]),
        ("Bolaget ägs av kommunen. Uppföljning Kommunstyrelsen följer upp bolaget.",
         ["Uppföljning", "Kommunstyrelsen"]),
    ],
)
def test_stacked_headings_and_a_heading_before_a_name(text: str, words: list[str]) -> None:
    assert _cut_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Bolaget ägs av kommunen. Styrelsen Norrfors Kraft AB ska producera el.",  # an actor
        "Bolaget ägs av kommunen. Region Västby ska äga bolaget.",  # a name's first word
        "Nämnden har beslutat. Ärendet gäller Förvaltningen har utrett frågan.",  # a verb
    ],
)
def test_no_one_word_heading_before_an_actor_or_inside_a_name(text: str) -> None:
    assert "Norrfors" not in _cut_words(text) and "Västby" not in _cut_words(text)
    assert "Förvaltningen" not in _cut_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nämnden har beslutat. Biträdande förvaltningschefen ska bereda ärendet.",
        "Nämnden har beslutat. Ställföreträdande kassören får attestera fakturor.",
    ],
)
def test_no_one_word_heading_at_a_word_of_an_actors_name(text: str) -> None:
    """Round 55 (fix55f): a word the actor lexicon keeps in an actor's name (actors.yaml
    `name_adjectives`) before the subject noun is part of the subject, no heading."""
    assert not any(word.islower() for word in _cut_words(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ÄRENDEN OCH BESLUT Biträdande förvaltningschefen får besluta.", []),
        ("VICE ORDFÖRANDENS ROLL Vice ordföranden ersätter ordföranden.", []),
        ("REGLEMENTE FÖR NÄMNDEN Bakgrund Ansvar Nämnden ska ansvara för biblioteket.",
         ["Bakgrund", "Ansvar"]),
        # round 57: a lower-case word after the first is no sentence's opening name, and the
        # heading of several words (``Delegering till utskott``) no stack
        ("DELEGERING Delegering till utskott Arbetsutskottet får besluta.", []),
        ("TILLSYN Tillsyn över verksamheten Tillsynsenheten ska granska.", []),
    ],
)
def test_stacked_word_headings_after_a_capitals_title(text: str, words: list[str]) -> None:
    """Round 55 (fix55f): one-word headings after a capitals title are nouns, no actor and
    no word of an actor's name (``Biträdande``, ``Vice``)."""
    start = next(i for i, word in enumerate(text.split()) if not word.isupper())
    offset = len(" ".join(text.split()[:start]))
    ends = stacked_word_heading_cuts(text, offset)
    assert [text[:end].split()[-1] for end in ends] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # round 24, cause C4: a subject with prepositional attributes before its late verb
        ("Avgiften tas ut årligen. Ekonomiska konsekvenser Förslaget till avgift för tillsynen "
         "medför inga kostnader.", ["Ekonomiska", "Förslaget"]),
        # seven or eight words between two sentence ends
        ("Planen gäller i år. Samverkan med andra kommuner i regionen kring vården "
         "Nämnden ska samverka med grannkommunerna.", ["Samverkan", "Nämnden"]),
    ],
)
def test_long_headings_and_late_verbs(text: str, words: list[str]) -> None:
    assert _cut_words(text) == words


def test_no_long_heading_without_a_sentence_end_before_it() -> None:
    text = "Samverkan med andra kommuner i regionen kring vården Nämnden ska samverka."
    assert _cut_words(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # round 24, cause C7: a quoted title after a document noun or repeating the title line
        ("Nämnden har tagit emot utredningen En ny kulturpolitik. Styrelsen ska svara.", ()),
        ("Kommunen har läst promemorian Ett enklare regelverk. Styrelsen ska svara.", ()),
        ("Nämnden vill särskilt lyfta fram Ett hållbart län i sitt svar.",
         ("yttrande", "över", "ett", "hållbart", "län")),
    ],
)
def test_no_cut_in_a_quoted_title(text: str, title: tuple[str, ...]) -> None:
    assert _cut_words(text, title) == []


def test_a_title_run_opened_by_a_preposition_is_no_quote() -> None:
    text = "Nämnden ansvarar för krisledningen enligt planen I Norrby kommun leds arbetet av nämnden."
    title = ("instruktion", "för", "direktören", "i", "norrby", "kommun")
    assert _cut_words(text, title) == _cut_words(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # round 25, cause S1-1a: a definite noun the lexicon knows, then a finite verb
        ("Ordningen gäller tills vidare. Inledning Reglementet kompletterar lagen. Delegering "
         "Vid förfall ska vice ordföranden leda mötet.",
         ["Inledning", "Reglementet", "Delegering", "Vid"]),
        # S1-1b: an actor heading repeated by the subject, whole or by its head
        ("Förbundet har fyra medlemmar. Direktionen Direktionen ska fastställa budgeten.",
         ["Direktionen", "Direktionen"]),
        ("Valen hålls i september. Valnämnden Nämnden ska ansvara för valen.",
         ["Valnämnden", "Nämnden"]),
        # S1-1c: one comma inside a heading before an actor and its verb
        ("Mötet avslutas. Kallelse, dagordning och protokoll från mötena Sekreteraren skickar "
         "kallelsen.", ["Kallelse,", "Sekreteraren"]),
    ],
)
def test_one_word_and_comma_headings(text: str, words: list[str]) -> None:
    assert _cut_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        # a definite noun without a verb right after it stays a name or a phrase
        "Planen gäller i år. Inledning Reglementet för nämnden antogs i fjol.",
        # an actor heading before another actor is no repetition
        "Bolaget ägs av kommunen. Styrelsen Direktören ska rapportera.",
        # two commas, or a comma heading before no actor
        "Mötet avslutas. Kallelse, dagordning, protokoll Sekreteraren skickar kallelsen.",
        "Mötet avslutas. Kallelse, dagordning och protokoll Mötet hålls i maj.",
    ],
)
def test_no_one_word_or_comma_heading(text: str) -> None:
    assert _cut_words(text)[:1] != [text.split(". ")[1].split()[0]]


def test_stacked_headings_before_a_closed_class_opener() -> None:
    # round 25, cause S1-6: two verbless headings, then a determiner opening the sentence
    text = ("Planen gäller i år. Skolans roll och uppdrag Samordnad elevhälsa En ny lag "
            "ställer krav på skolan.")
    assert _cut_words(text) == ["Skolans", "Samordnad", "En"]


def test_comma_heading_stacked_after_a_heading() -> None:
    # round 41, ah-S1b (i): a one-comma heading after a heading cut, before a subject + verb
    text = "Styrelsens uppdrag Allmänna regler, räckvidd Styrelsen förvaltar gåvomedel."
    assert _cut_words(text) == ["Allmänna", "Styrelsen"]


def test_comma_heading_stacked_before_a_one_word_heading_and_a_closed_class_opener() -> None:
    # round 41, ah-S1b (ii): ``<one-comma heading> <Heading> <closed-class opener>``
    text = ("Planen ses över årligen. Uppgifter för styrelsen, kansliet och kassören Styrelsen "
            "Endast styrelsen får teckna firman.")
    assert _cut_words(text) == ["Uppgifter", "Styrelsen", "Endast"]
    # a sentence that lost its stop keeps its comma list (a finite verb: no heading)
    lost = ("Planen ses över årligen. Kassören ska betala räkningar, löner och skatter "
            "Styrelsen Endast styrelsen får teckna firman.")
    assert "Kassören" not in _cut_words(lost)


def test_no_cut_before_a_closed_class_word_after_a_sentence_that_lost_its_stop() -> None:
    # round 25, cause S2-4: a finite verb in the words before the capital: one clause
    text = ("Tjänsten har funnits sedan 2012 i nuvarande form I och med att uppdraget vuxit "
            "har kansliet fått fler tjänster.")
    assert _cut_words(text) == []
    # a verbless heading before it is still cut
    assert _cut_words("Planen gäller. Allmänt om arvoden Med arvode avses ersättning.") == [
        "Allmänt", "Med"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 43, be-C5: a naming noun before an old name opening with a closed-class word
        ("Klubben grundades år 1931 med namnet Den Gamla Roddarföreningen i Viken.", []),
        ("Bolaget drevs länge under firman De Förenade Kvarnarna i Åby.", []),
        # a past tense makes the words before the capital a sentence that lost its stop
        ("Gården skänktes år 1950 till socknens barn Det skedde genom ett testamente.", []),
        ("Kören var länge en del av kyrkan De flesta sångarna bor i byn.", []),
        # negatives: a capitalised naming noun is a heading; a heading with a participle
        # after its preposition; a participle heading's first word
        ("Planen gäller. Namn Föreningens namn är Vikens roddklubb.", ["Namn", "Föreningens"]),
        ("Planen gäller. Regler om ändrade taxor De nya taxorna gäller från maj.",
         ["Regler", "De"]),
        ("Planen gäller. Ändrade regler De nya reglerna gäller från maj.", ["Ändrade", "De"]),
    ],
)
def test_names_and_past_tense_sentences_before_a_closed_class_capital(
    text: str, expected: list[str]
) -> None:
    assert _cut_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 25, cause S1-1d: a heading noun opening a short line before a subject and verb
        ("Arkivering Styrelsen ansvarar för föreningens arkiv.", "Arkivering"),
        ("Syfte Stiftelsen verkar för att bevara gården.", "Syfte"),
        ("Uppgifter Kansliet bereder direktionens ärenden.", "Uppgifter"),
        ("Ansvar för arkivet har styrelsen.", None),  # the noun opens the sentence
        # round 41, ah-S4: the data-protection section of a reglemente (layout.yaml)
        ("Personuppgifter Jaktnämnden ansvarar för sitt register.", "Personuppgifter"),
        ("Personuppgifter lämnas ut enligt lagen.", None),  # the noun is the subject
        # the other ah-S4 section nouns (dev `w41-z-miljo`)
        ("Processbehörighet Nämnden företräder kommunen i mål.", "Processbehörighet"),
        ("Personuppgiftsansvar Nämnden ansvarar för sitt register.", "Personuppgiftsansvar"),
        ("Delgivning Förvaltningschefen ansvarar för delgivningen.", "Delgivning"),
        ("Undertecknande Förvaltningschefen undertecknar avtalen.", "Undertecknande"),
        ("Undertecknande av avtal sker enligt delegationsordningen.", None),  # opens it
        ("Inledning Detta reglemente gäller för nämnden.", None),  # a closed-class word
        ("Beredning Nämndens ordförande och vice ordförande.", None),  # no verb
        ("Kommunen Nämnden ansvarar för valen.", None),  # no heading noun
    ],
)
def test_line_heading_end(text: str, expected: str | None) -> None:
    end = line_heading_end(text)
    assert (text[:end] if end is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # round 29, cause S1: a heading opening the line, repeated by a subject whose finite
        # verb comes late: an attributive word before the head noun, an article after a
        # link, a coordinated noun in the chain
        ("Ej delad attesträtt Delad attesträtt mellan en chef och en handläggare är inte "
         "möjlig.", ["Delad"]),
        ("Gemensam upphandling Gemensam upphandling med ett bolag och en förening kräver "
         "styrelsens beslut.", ["Gemensam"]),
        ("Särskild attestant Särskild attestant för ett projekt eller en investering ska "
         "rapportera varje månad.", ["Särskild"]),
        ("Extern rådgivare Extern rådgivare till en styrelse får inte fatta beslut.",
         ["Extern"]),
        # no heading before the subject: one sentence
        ("Särskild attestant för ett projekt eller en investering ska rapportera varje månad.",
         []),
        # a capitalised name after the link ends the chain (no late verb within reach)
        ("Ny taxa Ny taxa för Ekby Vatten AB och Åby Energi AB i länet gäller nu.", []),
    ],
)
def test_a_heading_repeated_by_a_late_verb_subject(text: str, words: list[str]) -> None:
    assert _cut_words(text) == words


def test_a_short_line_opening_with_a_heading_its_sentence_repeats() -> None:
    # round 29, cause S1: a short line gets no inline cuts; the repeated heading ends there
    from pipeline.normalize.inline_headings import repeated_heading_end

    text = "Gemensam upphandling Gemensam upphandling med ett annat förbund kräver beslut."
    end = repeated_heading_end(text)
    assert end is not None and text[:end] == "Gemensam upphandling"
    assert repeated_heading_end("Ekonomisk redovisning Kassören ska lämna en redovisning.") is None
    assert repeated_heading_end("Gemensam upphandling med ett annat förbund kräver beslut.") is None


def test_a_lost_stop_before_a_capitalised_common_noun_subject() -> None:
    """Round 34, S3: a sentence that lost its stop ends before a capitalised common noun (no
    actor) that a finite verb follows within four words; an inverted subject after a finite
    verb and a name after a preposition stay in the sentence."""
    from pipeline.normalize import inline_headings as ih

    text = ("Bidrag kan beviljas av en handläggare inom enheten Prövning av sådana ansökningar "
            "ska ske inom en månad. I sådana fall beslutar Kulturnämnden om bidraget.")
    sentence = [cut for cut, kind in ih.heading_cuts(text) if kind == ih.SENTENCE]
    assert sentence == [text.index("Prövning")]
    assert not ih._common_noun_subject(["Kulturnämnden", "om", "bidraget."], "beslutar")
    assert not ih._common_noun_subject(["Prövning", "Nämnden", "ska"], "enheten")


def test_no_lost_stop_before_a_capitalised_object_with_a_relative_clause() -> None:
    """Round 34, S3 (coordinator): a capitalised noun followed by a relative or subordinate
    clause (``som``, ``och som``, ``att``) is an object inside the running sentence; a
    coordinated subject (``Protokoll och kallelse skickas``) still opens a new one."""
    from pipeline.normalize import inline_headings as ih

    inside = "Rådet yttrar sig över frågor som rör Äldreomsorg och som nämnden hänskjuter till det."
    assert [cut for cut, kind in ih.heading_cuts(inside) if kind == ih.SENTENCE] == []
    text = "Beslut fattas av nämnden Protokoll och kallelse skickas av sekreteraren."
    sentence = [cut for cut, kind in ih.heading_cuts(text) if kind == ih.SENTENCE]
    assert sentence == [text.index("Protokoll")]


def test_a_capitals_title_ending_in_a_bracketed_acronym_ends_before_the_sentence() -> None:
    """Round 35, S2: a run in capitals that ends in its acronym in brackets (``REGLEMENTE FÖR
    BYGGNADSNÄMNDEN (BYN)``) is cut before it and before the sentence after it; an acronym
    after a lone capitals word, or before a lower-case word, cuts nothing."""
    from pipeline.normalize import inline_headings as ih

    text = "Dnr KS 2020/45 REGLEMENTE FÖR BYGGNADSNÄMNDEN (BYN) Kommunfullmäktige har antagit det."
    assert ih.title_run_cuts(text) == [text.index("REGLEMENTE"), text.index("Kommunfullmäktige")]
    assert ih.title_run_cuts("Nämnden anlitar SKATTEVERKET (SKV) Beslutet gäller.") == []
    lower = "Dnr 2020/45 REGLEMENTE FÖR BYGGNADSNÄMNDEN (BYN) som antogs 2020."
    assert ih.title_run_cuts(lower) == []


def test_a_capitals_title_ends_before_a_title_case_heading_and_its_number() -> None:
    """Round 36, T1: a run in capitals at a flattened line's start before a Title-case heading
    of one to four words and a section label (``… I NORRÅ KOMMUN Bakgrund 1 Bakgrund …``,
    ``… Ändamål och säte § 1 Föreningen …``) ends at its last capitals word; a heading with a
    finite verb, or no label after it, cuts nothing."""
    from pipeline.normalize import inline_headings as ih

    text = "RIKTLINJE FÖR DOKUMENTHANTERING I NORRÅ KOMMUN Bakgrund 1 Bakgrund Riktlinjen gäller."
    assert ih.title_run_cuts(text) == [text.index("Bakgrund")]
    signed = "STADGAR FÖR NORRÅ SKYTTEGILLE Ändamål och säte § 1 Gillet ska främja skyttet."
    assert ih.title_run_cuts(signed) == [signed.index("Ändamål")]
    assert not ih._numbered_heading_after(["Styrelsen", "beslutar", "1", "Nämnden"], 0)
    assert not ih._numbered_heading_after(["Bakgrund", "1", "och"], 0)
    assert not ih._numbered_heading_after(["Bakgrund", "och", "syfte", "framgår."], 0)


def test_a_one_letter_designator_after_a_noun_opens_no_sentence() -> None:
    """Round 36, S2: a single capital letter after a lower-case noun, lower case going on
    after it, is the noun's label (``tjänst A``, ``bilaga C``), neither a new sentence's
    subject nor a heading; a sentence-opening ``I`` after a heading and a lettered heading
    (``A Inledning``) stay boundaries."""
    from pipeline.normalize.inline_headings import _designator
    from tests.conftest import segment_text

    assert _designator("A", "tjänst", "tillsätts") and _designator("C,", "bilaga", "som")
    assert not _designator("I", "principer", "förbundets")
    assert not _designator("B", "och", "ska") and not _designator("Ab", "tjänst", "ska")
    assert not _designator("A", "beslutar", "om")
    # a lettered heading after a lower-case word: ``… för nämnden A Inledning …``, ``A.``
    assert not _designator("A", "nämnden", "Inledning")
    assert not _designator("A.", "nämnden", "ska")
    text = ("Regler för förvaltningens tjänster\n1 Allmänt Förvaltningen har tre tjänster för "
            "tillsyn och rådgivning. 2 Tjänster Blir en tjänst vakant under året ska tjänst A "
            "tillsättas av förvaltningschefen efter samråd med facket. Ersättning utgår enligt "
            "nivå C i avtalet.\n")
    last = segment_text(text).clauses[-1].text
    assert "ska tjänst A tillsättas" in last and last.endswith("enligt nivå C i avtalet.")


def test_a_slash_heading_of_two_role_nouns_before_its_repeat_is_cut() -> None:
    """Round 36, S3: a numbered heading of two role nouns around a slash (``4 Kassör /
    Sekreterare``, ``5 Ordförande / Vice ordförande``) before the sentence that names one of
    them again is a heading of its own; a slash between non-actors is no such heading."""
    from pipeline.normalize.inline_headings import _slash_heading
    from tests.conftest import segment_text

    assert _slash_heading(["Kassör", "/", "Sekreterare"], "Kassören")
    assert _slash_heading(["Ordförande", "/", "Vice", "ordförande"], "Ordföranden")
    assert _slash_heading(["Kassör/Sekreterare"], "Sekreteraren")
    assert not _slash_heading(["Kassör", "/", "Sekreterare"], "Styrelsen")
    assert not _slash_heading(["Budget", "/", "Prognos"], "Budgeten")
    text = "4 Kassör / Sekreterare Kassören respektive sekreteraren ska föra föreningens böcker."
    clauses = [(c.kind, c.text) for c in segment_text(f"Stadgar för Ekby IF\n\n{text}\n").clauses]
    assert clauses[1:] == [("heading", "Kassör / Sekreterare"),
                           ("paragraph", text[len("4 Kassör / Sekreterare "):])]


def test_a_slash_heading_with_an_acronym_role_part_is_cut() -> None:
    """Round 49, ao S1: a part of one all-capitals word the actor lexicon knows (``VD``)
    counts as capitalised in a slash heading (``3 Skolchef / VD``), and an acronym after
    an actor coordinator (``Skolchefen respektive VD``) opens no sentence; an acronym the
    lexicon does not know (``IT``) makes no slash heading."""
    from pipeline.normalize.inline_headings import _slash_heading
    from tests.conftest import segment_text

    assert _slash_heading(["Skolchef", "/", "VD"], "Skolchefen")
    assert _slash_heading(["VD", "/", "Ekonomichef"], "VD")
    assert not _slash_heading(["Ekonomi", "/", "IT"], "Ekonomin")
    assert not _slash_heading(["Skolchef", "/", "VD"], "Styrelsen")
    body = "Skolchefen respektive VD ansvarar för att arkivet vårdas."
    line = ("1 Allmänt Riktlinjen gäller alla enheter i koncernen. 2 Ekonomi Ekonomichefen "
            f"lämnar en rapport varje månad. 3 Skolchef / VD {body} 4 Attest Attestanten "
            "granskar varje faktura.")
    clauses = [(c.kind, c.text) for c in segment_text(f"Riktlinje för Ekby\n{line}\n").clauses]
    assert ("heading", "Skolchef / VD") in clauses and ("paragraph", body) in clauses


def test_a_role_som_heading_before_a_name_and_its_verb() -> None:
    """Round 41, agt-S2a: ``<Noun> som en/ett <noun> …`` after a sentence end, before a name
    whose finite verb or s-passive follows (``ägs``), is a heading even where the name
    repeats the title; a relative ``som`` with its verb, or a name after a preposition, is
    none."""
    text = ("Planen gäller i tre år. Stiftelsen som en del av kommunkoncernen Ösby Hamn AB ägs "
            "av kommunen.")
    title = ("ägardirektiv", "för", "ösby", "hamn", "ab")
    assert pieces(text, [cut for cut, _ in heading_cuts(text, title=title)]) == [
        "Planen gäller i tre år.", "Stiftelsen som en del av kommunkoncernen",
        "Ösby Hamn AB ägs av kommunen."]
    assert [kind for _, kind in heading_cuts(text)] == [CONTENT, CONTENT]
    for negative in ("Planen gäller i tre år. Stiftelsen som äger Ösby Hamn AB ska svara.",
                     "Planen gäller i tre år. Kommunen som en ägare till Ösby Hamn AB ska "
                     "utse styrelsen."):
        assert heading_cuts(negative) == [], negative


def test_a_heading_before_a_long_subject_whose_verb_comes_late() -> None:
    """Round 42, bb-S2: a sentence after an inline heading may open with a long subject: an
    article or quantifier, coordinated adjectives (a suspended compound), a comma series of
    nouns with an ``att``-infinitive, a name a link governs; its finite verb up to twelve
    words later. A capital after a verb's preposition, a name run (``med Region Ösby
    Regionen …``) and a verb inside the phrase open no such subject."""
    from pipeline.normalize.inline_headings import heading_cuts, long_subject_verb

    assert long_subject_verb(["De", "hel-", "och", "delägda", "regionala", "stiftelserna", "lämnar"])
    assert long_subject_verb(
        ["Avgifter,", "lån", "och", "rätt", "att", "teckna", "avtal", "inom", "dessa", "beslutas", "av"])
    assert long_subject_verb(["Samtliga", "skolor", "i", "Ösby", "kommun", "följer", "planen"])
    assert not long_subject_verb(["Samverkan", "med", "Region", "Ösby", "Regionen", "och", "kommunen", "samverkar"])
    assert not long_subject_verb(["Avgifter", "beslutar", "nämnden", "om", "varje", "år"])
    text = ("1 Taxa för Ösby hamn Bakgrund De kommunala och privata båtklubbarna betalar en avgift "
            "till hamnen. Allmänna regler Avgifter, lån och rätt att teckna avtal inom dessa "
            "beslutas av nämnden.")
    starts = [text[cut:].split()[0] for cut, _ in heading_cuts(text)]
    assert {"Bakgrund", "De", "Allmänna", "Avgifter,"} <= set(starts)
    inside = "Nämnden beslutar om Avgifter, lån och rätt att teckna avtal inom dessa år."
    assert heading_cuts(inside) == []


# Round 44 (analysis 44-bh, S2): a capitals heading may end in an abbreviation.
def test_a_capitals_heading_ending_in_an_abbreviation() -> None:
    text = "Avgiften betalas i mars. STYRELSENS HEMORT M.M. Styrelsen har sitt säte i Mora."
    assert pieces(text, title_run_cuts(text)) == [
        "Avgiften betalas i mars.", "STYRELSENS HEMORT M.M.", "Styrelsen har sitt säte i Mora."]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("bestäms", True), ("glöms", True), ("antas", True), ("utses", True), ("rums", False),
     ("programs", False)],
)
def test_an_s_verb_with_a_doubled_m_in_its_present(word: str, expected: bool) -> None:
    """Round 44 (bh-S2): ``5 AVGIFTER Avgiften bestäms av årsmötet.``: ``bestäms`` is the
    s-form of ``bestämmer``; a noun's genitive in -ms is none."""
    from pipeline.normalize.inline_headings import s_verb

    assert s_verb(word) is expected


def test_role_heading_without_article_before_a_named_subject() -> None:
    """Round 44 (probe44 S8): a role-`som` heading with a bare role noun opening a short web
    line ends before the name and its finite verb; a relative `som` and a role phrase whose
    verb follows at once stay whole."""
    from pipeline.normalize.inline_headings import role_heading_end

    text = "Regionen som huvudman Region Västerby styr stiftelsen genom sina ledamöter."
    assert text[: role_heading_end(text)] == "Regionen som huvudman"
    text = "Stiftelsen som fastighetsägare Ösby Hem förvaltar husen i centrum."
    assert text[: role_heading_end(text)] == "Stiftelsen som fastighetsägare"
    assert role_heading_end("Regionen som huvudman ska verka för en god förvaltning.") is None
    assert role_heading_end("Ledamot som avgår under året ersätts av Anna Berg.") is None
    assert role_heading_end("Medlem som inte deltar Styrelsen kan besluta annat.") is None
    assert role_heading_end("Tjänsten som stadsjurist i Ösby stad innebär ansvar för avtal.") is None


def test_verb_first_conditional_after_a_one_word_heading() -> None:
    """Round 44 (probe44 S7): a heading word, then a sentence opening with its finite verb and
    subject (a conditional inversion) whose main clause's verb follows; a verb phrase under a
    unit name or a capitalised verb with no subject after it is no such sentence."""
    from pipeline.normalize.inline_headings import verb_first_sentence

    def words(text: str) -> list[str]:
        return text.split(" ")

    assert verb_first_sentence(words("Avgång Önskar en ledamot avgå ska hon meddela nämnden"))
    assert verb_first_sentence(words("Jäv Finns ett hinder får ersättaren träda in"))
    assert not verb_first_sentence(words("Ekonomienheten Ansvarar för budgeten och redovisningen"))
    assert not verb_first_sentence(words("Nämnden Sammanträder minst fyra gånger per år"))


# Round 45 (analysis 45-bj, cause C1): a short question between two sentences, opened by a
# question word and closed by its ``?``, is a question heading printed inline: a content-word
# kind (cut only in a line that shows another heading sign).
def test_question_heading_between_sentences() -> None:
    text = (
        "Ombudet ska redovisa sina beslut varje månad. Hur sker redovisningen? Med redovisning "
        "avses en skriftlig lista till styrelsen."
    )
    cuts = heading_cuts(text)
    assert pieces(text, [cut for cut, _ in cuts]) == [
        "Ombudet ska redovisa sina beslut varje månad.",
        "Hur sker redovisningen?",
        "Med redovisning avses en skriftlig lista till styrelsen.",
    ]
    assert {kind for _, kind in cuts} == {CONTENT}


@pytest.mark.parametrize(
    "text",
    [
        # no question word first; a question opening the text; a long question
        "Ombudet redovisar varje månad. Ska listan sparas? Listan sparas i tre år.",
        "Vad gäller för ombudet? Ombudet redovisar varje månad.",
        "Ombudet redovisar. Vad händer om ombudet inte redovisar sina beslut i tid? Då ska "
        "styrelsen besluta.",
        # a lower-case word after the question mark
        "Ombudet redovisar. Vad menas med ombud? se avsnitt tre.",
    ],
)
def test_no_question_heading(text: str) -> None:
    assert [cut for cut, _ in heading_cuts(text) if text[cut:].startswith(("Vad", "Ska"))] == []


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("VERKSAMHET Bolaget ska driva hamnen.", 0, "Bolaget"),
        ("ALLMÄNNA REGLER Inom förbundet gäller detta.", 0, "Inom"),
        ("1 Ändrad av 1:4 ANSVAR Nämnden ska svara för tillsynen.", 15, "Nämnden"),
        ("ABF Nämnden ska svara.", 0, None),  # an acronym (every word under five letters)
        ("NÄMNDEN ansvarar för tillsynen.", 0, None),  # a lower-case verb after it
        ("NORRHAMN Marin AB driver hamnen.", 0, None),  # a name in capitals, no noun
        ("KAPITEL 2 Nämnden ska svara.", 0, None),  # a number after it, no sentence
        ("TILLSYN Miljö och hälsa", 0, None),  # no finite verb after it
    ],
)
def test_capitals_heading_end(text: str, at: int, expected: str | None) -> None:
    """Round 50 (analysis 50-bv, A): a heading in capitals (one word too, a known noun of at
    least five letters) at `at` before a capitalised word opening a sentence."""
    end = capitals_heading_end(text, at)
    assert (text[end:].split()[0] if end is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a fronted PP, an inverted modal and a definite actor subject after a lost stop
        ("Kommittén lämnar förslag till styrelsen Efter samråd ska kommittén redovisa "
         "utfallet till nämnden.", "Efter"),
        ("Stiftelsen förvaltar fonden åt kommunen Under året får styrelsen besluta om "
         "utdelning.", "Under"),
        ("Nämnden prövar ansökningarna i turordning Efter beredning av kansliet ska den "
         "fatta beslut.", "Efter"),  # a subject pronoun, a longer phrase
        ("Bidraget lämnas till föreningar Inom idrott och kultur.", None),  # no modal
        ("Boken finns i biblioteket Om Vatten och Avlopp får ingen utlånas.", None),  # no subject
        ("Reglerna gäller i förbundet Inom ramen för avtalet, ska förbundet svara.", None),
        ("Planen för året Inom ramen för planen ska förbundet samverka.", None),  # no finite
    ],
)
def test_a_lost_stop_before_a_fronted_phrase_and_an_inverted_modal(
    text: str, opening: str | None
) -> None:
    """Round 53 (analysis 53b-cc, N1): a capitalised preposition after a lower-case word
    whose sentence holds a finite verb opens the next sentence of the paragraph when its
    phrase runs to a modal with a definite actor or subject pronoun right after it."""
    from pipeline.normalize import inline_headings as ih

    sentence = [cut for cut, kind in ih.heading_cuts(text) if kind == ih.SENTENCE]
    assert sentence == ([text.index(opening)] if opening else [])


def test_the_inverted_subject_reads_the_runs_actor_lexicon(tmp_path) -> None:
    """Review 53c S1: the subject after an inverted modal is read with the run's actors.yaml
    (`NormalizeOptions.actors_path`, passed to `heading_cuts`), not the shipped one: where
    that lexicon makes ``tränare`` an actor noun, ``tränaren`` opens the next sentence."""
    from pipeline.language.lexicon import load_actor_lexicon
    from pipeline.normalize import inline_headings as ih
    from tests.conftest import ROOT

    shipped = ROOT / "configs" / "actors.yaml"
    actors = tmp_path / "actors.yaml"
    actors.write_text(shipped.read_text(encoding="utf-8").replace(
        "\nheads:\n", "\nheads:\n  tränare: {category: tjänsteperson, role: employee}\n", 1),
        encoding="utf-8")
    text = "Föreningen ordnar träning för barn Efter varje pass ska tränaren skriva en rapport."
    cut = [text.index("Efter")]

    def sentences(lexicon=None) -> list[int]:
        return [at for at, kind in ih.heading_cuts(text, lexicon=lexicon) if kind == ih.SENTENCE]

    assert sentences() == []
    assert sentences(load_actor_lexicon(actors)) == cut


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # round 55 (55b-ci R1): the subject is the heading's definite form, singular or
        # plural, by the lexicon's lemma or by a definite ending on the heading
        ("Reglementet gäller från maj. Skolnämnd Skolnämnden ska anta en plan.",
         ["Skolnämnd", "Skolnämnden"]),
        ("Mötet hålls varje vår. Revisor Revisorerna granskar räkenskaperna.",
         ["Revisor", "Revisorerna"]),
        ("Mötet hålls varje vår. Ledamot Ledamöterna får väcka ärenden.",
         ["Ledamot", "Ledamöterna"]),
        ("Mötet hålls varje vår. Arbetsutskott Arbetsutskottet bereder ärendena.",
         ["Arbetsutskott", "Arbetsutskottet"]),
    ],
)
def test_a_heading_repeated_by_its_definite_subject(text: str, words: list[str]) -> None:
    assert _cut_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        # a title before a personal name is the subject's part, no heading
        "Mötet hålls varje vår. Ordförande Eva Berg leder mötet.",
        # a compound on the heading's noun is no definite form of it
        "Mötet hålls varje vår. Styrelse Styrelseledamöterna får väcka ärenden.",
    ],
)
def test_no_heading_repeated_by_a_longer_noun(text: str) -> None:
    assert _cut_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # round 55 (55b-ci R4): a lost-stop subject inside a quotation over two sentences
        "”När jag åker runt och ser alla anställda Strand kommun har blir jag stolt. Det är "
        "ett stort uppdrag” säger Eva Berg.",
        "»Varje gång jag reser ut och möter de medarbetare Viken kommun har förstår jag "
        "mer«, berättar Per Ek.",
    ],
)
def test_no_cut_inside_a_quotation(text: str) -> None:
    assert heading_cuts(text) == []
    unquoted = text.replace("”", "").replace("»", "").replace("«", "")
    assert heading_cuts(unquoted) != []  # the same words unquoted do lose their stop


def test_a_stray_quotation_mark_keeps_the_cuts() -> None:
    text = ("Förbundet har fyra medlemmar och ett ”kansli. Direktionen Direktionen ska "
            "fastställa budgeten.")
    assert _cut_words(text) == ["Direktionen", "Direktionen"]
