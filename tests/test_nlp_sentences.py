"""Sentence starts before the parser (pipeline/nlp/sentences.py) on invented sentences:
True = the rule sets a boundary, False = it forbids one, None = the parser decides."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.config import ConfigError
from pipeline.language.sentence_rules import load_sentence_rules
from pipeline.nlp.sentences import (
    _after_lost_stop,
    _after_protocol_header,
    sentence_start,
    set_sentence_starts,
)
from pipeline.normalize.words import actor_lexicon

RULES = load_sentence_rules()


def starts(nlp, text: str) -> dict[str, bool | None]:
    """Each token's decision (after the first), keyed by `index:text`."""
    doc = nlp(text)
    return {f"{t.i}:{t.text}": sentence_start(doc, t, RULES) for t in doc[1:]}


def boundaries(nlp, text: str) -> list[str]:
    return [key.split(":", 1)[1] for key, start in starts(nlp, text).items() if start]


def test_full_stop_before_capital_ends_a_sentence(nlp) -> None:
    assert boundaries(nlp, "Nämnden beslutar. Direktören verkställer.") == ["Direktören"]
    assert boundaries(nlp, "Nämnden beslutar. 3 § gäller.") == ["3"]


def test_sentence_ends_after_closing_quote_or_bracket(nlp) -> None:
    assert boundaries(nlp, "Han svarade 'Vi väntar.' Sedan gick han.") == ["Sedan"]
    assert boundaries(nlp, "(Se bilagan.) Nämnden beslutar sedan.") == ["Nämnden"]


def test_token_written_against_the_previous_never_starts_one(nlp) -> None:
    assert boundaries(nlp, "Är det klart?” frågade hon.") == []
    assert starts(nlp, "Är det klart?” frågade hon.")["4:”"] is False


def test_dot_after_a_listed_abbreviation_does_not_end_a_sentence(nlp) -> None:
    assert boundaries(nlp, "Mötet hålls i St. Olofs kyrka enl. Reglementet.") == []


def test_a_stop_glued_to_both_words_ends_a_sentence(nlp) -> None:
    # round 43, be-C4: a web page lost the space after the stop
    assert boundaries(nlp, "Rådet utser ombuden i förbundet.Suppleanterna har yttranderätt.") == [
        "Suppleanterna"
    ]
    # negatives: an abbreviation, a number, a web address, a capitalised word before the
    # stop, a lower-case word after it
    assert boundaries(nlp, "Rådet beslutar om lån, t.ex.Rådet får ge anstånd.") == []
    assert boundaries(nlp, "Räntan är 2.5 procent.") == []
    assert boundaries(nlp, "Ansök via www.viksund.se.Rådet svarar.") == []
    assert boundaries(nlp, "Mötet hålls i St.Eriks kapell.") == []
    assert boundaries(nlp, "Se avsnitt tre.och fyra.") == []


def test_abbreviation_that_may_end_a_sentence_does_before_a_capital(nlp) -> None:
    assert boundaries(nlp, "Avgiften är 50 kr. Den betalas i förskott.") == ["Den"]
    assert boundaries(nlp, "Lokaler, bilar m.m. Allt ska bokas.") == ["Allt"]
    assert boundaries(nlp, "Se t.ex. Nämndens beslut.") == []


def test_ellipsis_ends_a_sentence_before_a_capital(nlp) -> None:
    assert boundaries(nlp, "Vi väntade ... Sedan kom bussen.") == ["Sedan"]


def test_parser_decides_after_a_colon_before_a_capital(nlp) -> None:
    decisions = starts(nlp, "Frågan är: Vem beslutar? Svaret: 3 ledamöter.")
    assert decisions["3:Vem"] is None
    assert decisions["8:3"] is False  # a number after a colon continues the sentence


def tagged(words: list[str], pos: list[str], finite: int | None = None) -> Doc:
    morphs = ["VerbForm=Fin" if i == finite else "" for i in range(len(words))]
    return Doc(spacy.blank("sv").vocab, words=words, pos=pos, morphs=morphs)


def test_a_short_heading_without_a_finite_verb_ends_before_a_capital() -> None:
    doc = tagged(
        ["Arvoden", "till", "ledamöter", "Ledamöterna", "får", "arvode"],
        ["NOUN", "ADP", "NOUN", "NOUN", "VERB", "NOUN"],
        finite=4,
    )
    set_sentence_starts(doc, rules=RULES)
    assert [t.is_sent_start for t in doc] == [True, False, False, True, False, False]


def test_one_capitalised_word_is_a_heading_before_a_sentence() -> None:
    doc = tagged(["Sekretess", "Alla", "uppgifter", "skyddas"], ["NOUN", "DET", "NOUN", "VERB"])
    set_sentence_starts(doc, rules=RULES)
    assert doc[1].is_sent_start is True


def test_no_heading_boundary_after_a_finite_verb_or_a_long_stretch() -> None:
    with_verb = tagged(
        ["Nämnden", "beslutar", "ärenden", "Varje", "år"],
        ["NOUN", "VERB", "NOUN", "DET", "NOUN"],
        finite=1,
    )
    long_stretch = tagged(
        ["Om", "arvoden", "till", "de", "förtroendevalda", "i", "nämnderna", "Varje", "år"],
        ["ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN", "DET", "NOUN"],
    )
    for doc in (with_verb, long_stretch):
        set_sentence_starts(doc, rules=RULES)
        assert not any(t.is_sent_start for t in doc[1:])


def test_names_and_mid_sentence_capitals_stay_whole() -> None:
    names = tagged(
        ["Vd", "i", "Tallbo", "AB", "leder", "arbetet", "med", "ordföranden", "Anna", "Ek"],
        ["NOUN", "ADP", "PROPN", "PROPN", "VERB", "NOUN", "ADP", "NOUN", "PROPN", "PROPN"],
        finite=4,
    )
    mistagged_name = tagged(  # a name tagged as common nouns: the next word is capitalised
        ["Parken", "Golden", "Gate", "Park", "ligger", "här"],
        ["NOUN", "ADJ", "NOUN", "NOUN", "VERB", "ADV"],
        finite=4,
    )
    for doc in (names, mistagged_name):
        set_sentence_starts(doc, rules=RULES)
        assert not any(t.is_sent_start for t in doc[1:])


def test_a_capitalised_heading_word_after_a_word_mid_heading_is_not_a_boundary() -> None:
    doc = tagged(["Mat", "och", "Hälsa", "Många", "äter"], ["NOUN", "CCONJ", "NOUN", "ADJ", "VERB"])
    set_sentence_starts(doc, rules=RULES)
    assert doc[3].is_sent_start is False  # `Hälsa` is capitalised and not the heading's first


def test_a_glued_one_word_heading_stands_alone_even_before_a_name() -> None:
    """Flattened text: ``Inledning Tallbo AB ägs av …``, ``Ekonomi Tallbo ska …``."""
    before_name = tagged(
        ["Inledning", "Tallbo", "AB", "ägs", "av", "kommunen"],
        ["NOUN", "PROPN", "PROPN", "VERB", "ADP", "NOUN"],
        finite=3,
    )
    set_sentence_starts(before_name, rules=RULES)
    assert [t.is_sent_start for t in before_name] == [True, True, False, False, False, False]
    mid_line = tagged(
        ["Bolaget", "ägs", ".", "Ekonomi", "Tallbo", "ska", "redovisa"],
        ["NOUN", "VERB", "PUNCT", "NOUN", "PROPN", "AUX", "VERB"],
        finite=1,
    )
    set_sentence_starts(mid_line, rules=RULES)
    assert mid_line[4].is_sent_start is True
    two_words = tagged(
        ["Styrning", "och", "uppföljning", "Tallbo", "ansvarar", "för", "rapporter"],
        ["NOUN", "CCONJ", "NOUN", "PROPN", "VERB", "ADP", "NOUN"],
        finite=4,
    )
    set_sentence_starts(two_words, rules=RULES)
    assert [t.i for t in two_words if t.is_sent_start] == [0, 3]
    a_phrase = tagged(  # a preposition: `Information till Åby kommun ska …` is one sentence
        ["Information", "till", "Åby", "kommun", "ska", "lämnas"],
        ["NOUN", "ADP", "PROPN", "NOUN", "AUX", "VERB"],
        finite=4,
    )
    set_sentence_starts(a_phrase, rules=RULES)
    assert not any(t.is_sent_start for t in a_phrase[1:])
    not_listed = tagged(  # a place word, not a heading word: the name stays whole
        ["Norra", "Tallbo", "AB", "ägs", "av", "kommunen"],
        ["ADJ", "PROPN", "PROPN", "VERB", "ADP", "NOUN"],
        finite=3,
    )
    set_sentence_starts(not_listed, rules=RULES)
    assert not any(t.is_sent_start for t in not_listed[1:])


def test_without_fix_inside_only_punctuation_boundaries_are_set(nlp) -> None:
    doc = set_sentence_starts(nlp("Nämnden beslutar. Direktören verkställer."), fix_inside=False)
    assert [t.is_sent_start for t in doc] == [True, None, None, True, None, None]


def test_unknown_key_in_the_rules_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sentences.yaml"
    text = (Path(__file__).parents[1] / "configs" / "sentences.yaml").read_text(encoding="utf-8")
    path.write_text(text + "\nsplit_everywhere: true\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="split_everywhere"):
        load_sentence_rules(path)


def test_a_heading_in_capitals_ends_before_the_first_word_in_mixed_case(nlp) -> None:
    """A one-line page (§1.2, analysis-9 cause 1) glues its title in capitals to the first
    sentence: the title ends before a word in mixed case followed by a lower-case word, so
    the sentence keeps its subject; one capitalised word or a name in the title does not."""
    assert boundaries(nlp, "ÄGARDIREKTIV FÖR EKDALSHEM AB Bolaget ska förvalta bostäder.") == [
        "Bolaget"
    ]
    assert boundaries(nlp, "ÖVERGRIPANDE ANSVAR Kommundirektören leder förvaltningen.") == [
        "Kommundirektören"
    ]
    assert boundaries(nlp, "SKL Kommuner och regioner samråder.") == []
    assert boundaries(nlp, "VD-INSTRUKTION Anna Berg ska leda arbetet.") == []


def test_a_heading_ends_before_a_common_noun_the_tagger_read_as_a_name(nlp) -> None:
    """``Ägardirektiv för det kommunala bolaget Bolaget ska …`` (a one-line page, analysis-9
    cause 1): ``Bolaget`` tagged PROPN with the lemma ``bolag`` is a common noun opening the
    sentence, not part of a name; a real name (lemma capitalised) stays whole."""
    from tests.nlp_helpers import parsed

    doc = parsed(
        nlp,
        """
        Ägardirektiv ägardirektiv NOUN 7 nsubj
        för för ADP 5 case
        det den DET 5 det
        kommunala kommunal ADJ 5 amod
        bolaget bolag NOUN 1 nmod
        Bolaget bolag PROPN 7 nsubj
        ska skola AUX 7 aux VerbForm=Fin|Tense=Pres
        hyra hyra VERB 0 ROOT VerbForm=Inf
        ut ut ADP 8 compound:prt
        bostäder bostad NOUN 8 obj
        . . PUNCT 8 punct
        """,
    )
    assert sentence_start(doc, doc[5], RULES) is True
    named = parsed(
        nlp,
        """
        Rapport rapport NOUN 0 ROOT
        från från ADP 3 case
        revisorn revisor NOUN 1 nmod
        Eriksson Eriksson PROPN 3 flat:name
        om om ADP 6 case
        bolaget bolag NOUN 1 nmod
        """,
    )
    assert not sentence_start(named, named[3], RULES)


def test_an_item_title_printed_twice_opens_a_sentence_at_its_second_copy(nlp) -> None:
    """A protocol's header ends in the item's title and the item repeats it as its heading
    (analysis-9 cause 7): words that repeat the words right before them open a sentence."""
    text = "PROTOKOLL Dnr 12/ Ny taxa för Ekby Vattenverk Ekby Vattenverk beslutade att höja taxan."
    assert boundaries(nlp, text) == ["Ekby"]
    assert boundaries(nlp, "Nämnden nämnden beslutade.") == []


def _tagged(nlp, words: str):
    """A Doc of `word/UPOS` tokens (`/Fin` marks a finite verb); heads do not matter here."""
    from tests.nlp_helpers import parsed

    rows = []
    for position, item in enumerate(words.split()):
        word, pos, *fin = item.split("/")
        morph = " VerbForm=Fin|Tense=Pres" if fin else ""
        head = "0 ROOT" if position == 0 else "1 dep"
        rows.append(f"{word} {word.lower()} {pos} {head}{morph}")
    return parsed(nlp, "\n".join(rows))


def test_an_item_title_printed_once_ends_before_a_subject_repeating_its_name(nlp) -> None:
    """analysis-10 cause 9: ``… Dnr 144/ Ändring av Norrby Vattenförbunds förbundsordning
    Norrby Vattenförbund beslutade …``: words up to a finite verb after a lower-case title
    word that repeat a name of the stretch before them (genitive or not) open the sentence;
    after a function word they do not (``budget som Norrby kommun fattar``)."""
    doc = _tagged(
        nlp,
        "PROTOKOLL/NOUN Dnr/PROPN 144/NUM Ändring/NOUN av/ADP Norrby/PROPN "
        "Vattenförbunds/PROPN förbundsordning/NOUN Norrby/PROPN Vattenförbund/PROPN "
        "beslutade/VERB/Fin att/PART ändra/VERB",
    )
    assert [t.text for t in doc[1:] if sentence_start(doc, t, RULES)] == ["Norrby"]
    assert sentence_start(doc, doc[8], RULES)
    heading = _tagged(
        nlp, "Lunda/PROPN kommuns/NOUN organisation/NOUN Lunda/PROPN kommun/NOUN består/VERB/Fin"
    )
    assert sentence_start(heading, heading[3], RULES)
    relative = _tagged(
        nlp,
        "Beslut/NOUN om/ADP Lunda/PROPN kommuns/NOUN budget/NOUN som/PRON Lunda/PROPN "
        "kommun/NOUN fattar/VERB/Fin",
    )
    assert not sentence_start(relative, relative[6], RULES)


def test_the_first_sentence_after_a_protocol_header_opens_at_its_subject(nlp) -> None:
    """analysis-10 cause 9: after a header field (`protocol_header_words`) and an item title
    printed once, a capitalised word after a lower-case title word, up to four words before
    a finite verb, opens the sentence (the header's municipality is never its subject);
    without a header field the stretch is left to the other rules."""
    header = (
        "EKBY/PROPN KOMMUN/PROPN SAMMANTRÄDESPROTOKOLL/PROPN Kommunstyrelsen/PROPN "
        "Sammanträdesdatum/PROPN Dnr/PROPN 150/NUM Taxa/NOUN för/ADP bygglov/NOUN "
    )
    doc = _tagged(nlp, header + "Byggnadsnämnden/NOUN har/AUX/Fin föreslagit/VERB")
    assert sentence_start(doc, doc[10], RULES)
    plain = _tagged(
        nlp,
        "Bidrag/NOUN till/ADP föreningar/NOUN inom/ADP kultur/NOUN och/CCONJ idrott/NOUN "
        "i/ADP kommunen/NOUN Kulturnämnden/NOUN har/AUX/Fin",
    )
    assert not sentence_start(plain, plain[9], RULES)


def test_a_fronted_phrase_after_a_protocol_header_opens_the_sentence(nlp) -> None:
    """Round 58 (analysis58-cs C1, §1.2 R1): after a header field and an item title, a
    capitalised preposition whose finite verb comes late opens the first sentence (``Vid
    sitt möte den 2 mars beslutade …``, ``I en skrivelse har …``); without a header field, or
    with a stop before any finite verb, it does not."""
    header = (
        "SAMMANTRÄDESPROTOKOLL/PROPN Kulturnämnden/PROPN Sammanträdesdatum/PROPN Dnr/PROPN "
        "33/NUM Svar/PROPN på/ADP motion/NOUN om/ADP fritidsgårdar/NOUN "
    )
    doc = _tagged(nlp, header + "Vid/ADP sitt/PRON möte/NOUN den/DET 2/NUM mars/NOUN "
                                "beslutade/VERB/Fin fullmäktige/NOUN")
    assert sentence_start(doc, doc[10], RULES)
    doc = _tagged(nlp, header + "I/ADP en/DET skrivelse/NOUN har/AUX/Fin Eva/PROPN Berg/PROPN "
                                "föreslagit/VERB")
    assert sentence_start(doc, doc[10], RULES)
    stopped = _tagged(nlp, header + "Vid/ADP sitt/PRON möte/NOUN ./PUNCT Nämnden/NOUN "
                                    "beslutade/VERB/Fin")
    assert not _after_protocol_header(stopped, stopped[10], RULES)
    plain = _tagged(
        nlp,
        "Regler/NOUN för/ADP arbetet/NOUN i/ADP styrelsen/NOUN Vid/ADP förfall/NOUN "
        "leder/VERB/Fin vice/ADJ ordföranden/NOUN",
    )
    assert not _after_protocol_header(plain, plain[5], RULES)


def test_a_title_ending_in_a_name_before_its_genitive_opens_a_sentence(nlp) -> None:
    """analysis-10 cause 9, a variant: the title ends in a name and the subject opens with
    that name in the genitive (``… för Ekby Vattenverk Ekby Vattenverks styrelse …``)."""
    text = "PROTOKOLL Dnr 12/ Ny taxa för Ekby Vattenverk Ekby Vattenverks styrelse beslutade."
    assert boundaries(nlp, text) == ["Ekby"]
    assert boundaries(nlp, "Nämnden nämndens ordförande beslutade.") == []


def test_an_inline_paragraph_number_opens_a_sentence_at_the_word_after_it(nlp) -> None:
    """analysis-13 cause 2b: in a page line ``3 kap. Beslut 5 § Generaldirektören beslutar
    …`` the capitalised word after ``5 §`` (or ``§ 5``) opens the sentence after a verbless
    stretch; after a finite verb the number is a reference (``enligt 3 § Förvaltningslagen``)."""
    page = _tagged(
        nlp,
        "3/NUM kap./NOUN Beslut/PROPN 5/NUM §/NOUN Generaldirektören/PROPN beslutar/VERB/Fin",
    )
    assert [t.text for t in page[1:] if sentence_start(page, t, RULES)] == ["Generaldirektören"]
    signed = _tagged(nlp, "Styrelsen/NOUN §/NOUN 4/NUM Kassören/NOUN förvaltar/VERB/Fin")
    assert [t.text for t in signed[1:] if sentence_start(signed, t, RULES)] == ["Kassören"]
    reference = _tagged(
        nlp,
        "Nämnden/NOUN ska/AUX/Fin enligt/ADP 3/NUM §/NOUN Förvaltningslagen/PROPN pröva/VERB",
    )
    assert not sentence_start(reference, reference[5], RULES)
    lower = _tagged(nlp, "Ärenden/NOUN 5/NUM §/NOUN gäller/VERB/Fin")
    assert not sentence_start(lower, lower[3], RULES)


def test_a_bare_label_after_a_heading_word_opens_the_sentence(nlp) -> None:
    """Round 36, S1: in a page line a bare label after a verbless heading (``Kassör 6
    Styrelsen utser …``) opens the sentence at the capitalised word after it, as ``5 §``
    does; after a finite verb, or after a lower-case word, the number is no label."""
    page = _tagged(nlp, "Kassör/NOUN 6/NUM Styrelsen/NOUN utser/VERB/Fin kassör/NOUN")
    assert [t.text for t in page[1:] if sentence_start(page, t, RULES)] == ["Styrelsen"]
    verb = _tagged(nlp, "Styrelsen/NOUN utser/VERB/Fin Kassör/NOUN 6/NUM Anna/PROPN")
    assert not sentence_start(verb, verb[4], RULES)
    lower = _tagged(nlp, "Ärenden/NOUN om/ADP bilaga/NOUN 6/NUM Styrelsen/NOUN utser/VERB/Fin")
    assert not sentence_start(lower, lower[4], RULES)


def _opening(doc) -> list[str]:
    return [t.text for t in doc[1:] if sentence_start(doc, t, RULES)]


def _morphed(nlp, words: str):
    """A Doc of `word/UPOS[/morph]` tokens; heads do not matter here."""
    from tests.nlp_helpers import parsed

    rows = []
    for position, item in enumerate(words.split()):
        word, pos, *morph = item.split("/")
        head = "0 ROOT" if position == 0 else "1 dep"
        rows.append(f"{word} {word.lower()} {pos} {head} {morph[0] if morph else ''}".rstrip())
    return parsed(nlp, "\n".join(rows))


def test_a_sentence_line_that_lost_its_stop_ends_before_the_next_subject(nlp) -> None:
    """Round 43, 43-bf cause 1: a stadgar's sentence lines joined into one paragraph, one
    line without its full stop: a capitalised actor noun in a definite form and its finite
    verb after a noun that ends a whole clause open the next sentence (the model may tag it
    PROPN)."""
    fin, definite = "VerbForm=Fin|Tense=Pres", "Definite=Def"
    lost = _morphed(
        nlp,
        f"Kassören/NOUN/{definite} sköter/VERB/{fin} bokföringen/NOUN/{definite} "
        f"Revisorerna/PROPN granskar/VERB/{fin} räkenskaperna/NOUN ./PUNCT",
    )
    assert _opening(lost) == ["Revisorerna"]
    per_year = _morphed(
        nlp,
        f"Styrelsen/NOUN/{definite} möts/VERB/{fin} fyra/NUM gånger/NOUN per/ADP år/NOUN "
        f"Styrelsen/NOUN/{definite} väljer/VERB/{fin} kassör/NOUN",
    )
    assert _opening(per_year) == ["Styrelsen"]
    # the negatives: a relative clause without `som` after a determiner's noun, a name or an
    # indefinite word before the verb, and no finite verb before the capital
    relative = _morphed(
        nlp,
        f"Nämnden/NOUN/{definite} verkställer/VERB/{fin} de/DET beslut/NOUN "
        f"Kommunstyrelsen/PROPN fattar/VERB/{fin}",
    )
    assert _opening(relative) == []
    name = _morphed(
        nlp,
        f"Nämnden/NOUN/{definite} stödjer/VERB/{fin} föreningen/NOUN/{definite} "
        f"Ekby/PROPN Konsthall/PROPN har/VERB/{fin} öppet/ADJ",
    )
    assert not _after_lost_stop(name, name[3], actor_lexicon())
    heading = _morphed(
        nlp,
        f"Nämnden/NOUN/{definite} följer/VERB/{fin} planen/NOUN/{definite} "
        f"Ekonomi/NOUN/Definite=Ind Nämnden/NOUN/{definite} ansvarar/VERB/{fin}",
    )
    assert not _after_lost_stop(heading, heading[3], actor_lexicon())
    verbless = _morphed(
        nlp,
        f"Ledamöterna/NOUN/{definite} och/CCONJ ersättarna/NOUN i/ADP nämnden/NOUN "
        f"Kommunstyrelsen/NOUN/{definite} beslutar/VERB/{fin}",
    )
    assert not _after_lost_stop(verbless, verbless[5], actor_lexicon())


def test_a_heading_cell_ends_before_the_text_cell() -> None:
    # round 43, newuser43 cause 3: a table row's heading cell joined to its text by ` | `
    doc = tagged(
        ["Personalfrågor", "|", "Nämnden", "anställer", "en", "direktör", "."],
        ["NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        finite=3,
    )
    set_sentence_starts(doc, rules=RULES)
    assert [t.is_sent_start for t in doc] == [True, False, True, False, False, False, False]
    adverbial = tagged(
        ["Beslut", "i", "krislägen", "|", "Vid", "en", "kris", "får", "direktören", "besluta"],
        ["NOUN", "ADP", "NOUN", "PUNCT", "ADP", "DET", "NOUN", "AUX", "NOUN", "VERB"],
        finite=7,
    )
    set_sentence_starts(adverbial, rules=RULES)
    assert adverbial[4].is_sent_start is True


def test_no_boundary_after_a_cell_that_goes_on_or_holds_a_verb() -> None:
    name = tagged(["Ordförande", "|", "Anna", "Ek"], ["NOUN", "PUNCT", "PROPN", "PROPN"])
    lower = tagged(
        ["Vd", "i", "Lunda", "AB", "|", "är", "skyldig"],
        ["NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "AUX", "ADJ"],
        finite=5,
    )
    verb = tagged(
        ["Nämnden", "beslutar", "|", "Direktören", "verkställer"],
        ["NOUN", "VERB", "PUNCT", "NOUN", "VERB"],
        finite=1,
    )
    for doc in (name, lower, verb):
        set_sentence_starts(doc, rules=RULES)
        assert not any(t.is_sent_start for t in doc[1:])


def _starts(words: str, finite: int | None = None) -> list[str]:
    """The words that open a sentence (after the first) in a `word/UPOS` Doc, the marks set
    left to right as the pipeline sets them."""
    texts, pos = zip(*(item.split("/") for item in words.split()), strict=True)
    doc = tagged(list(texts), list(pos), finite)
    set_sentence_starts(doc, rules=RULES)
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_a_numbered_heading_inside_a_page_clause_ends_before_its_sentence() -> None:
    """Round 46, bm cause 8: in a page clause an inline ``N Heading`` after a sentence end
    stands before the next sentence's subject (``… ersättare. 4 Styrelsen Antalet ledamöter
    …``): the number is the heading's label, so the capitalised word after it is the
    heading's only word (the model may tag it PROPN)."""
    page = "Rådet/NOUN utser/VERB ersättare/NOUN ./PUNCT 4/NUM Styrelsen/PROPN Antalet/NOUN"
    assert _starts(f"{page} ledamöter/NOUN ska/AUX vara/VERB fem/NUM", finite=1) == ["4", "Antalet"]
    # negatives: a count inside a sentence, a name of two capitalised words after the
    # number, a number opening the text, a heading word before a capitalised word
    assert (
        _starts("Rådet/NOUN utser/VERB 4/NUM Ledamöter/NOUN Antalet/NOUN ökar/VERB", finite=1) == []
    )
    assert _starts(
        "Rådet/NOUN beslutar/VERB ./PUNCT 4/NUM Ekby/PROPN Vatten/PROPN Bolaget/NOUN ska/AUX",
        finite=1,
    ) == ["4"]
    assert _starts("4/NUM Styrelsen/NOUN ledamöter/NOUN ökar/VERB") == []
    assert _starts(
        "Rådet/NOUN beslutar/VERB ./PUNCT Styrelsen/PROPN Antalet/NOUN ökar/VERB", finite=1
    ) == ["Styrelsen"]


def test_a_numbered_heading_opening_a_page_clause_ends_before_its_sentence() -> None:
    """Round 51 (analysis 51-ax L1, ruling a6): a page clause's text after its page index
    opens with the inline ``N Heading`` of its first section (``2 5 Direktionen Kallelse
    till direktionens möten ska …``: text ``5 Direktionen Kallelse …``): the heading's word
    is no subject of the sentence after it. A count before a lower-case noun, two capitalised
    words of a name after the number, and a heading before a lower-case word stay whole."""
    page = "5/NUM Direktionen/NOUN Kallelse/NOUN till/ADP möten/NOUN ska/AUX"
    assert _starts(f"{page} skickas/VERB", finite=5) == ["Kallelse"]
    assert _starts("4/NUM Styrelse/NOUN Antalet/NOUN ledamöter/NOUN är/VERB sju/NUM",
                   finite=4) == ["Antalet"]
    assert _starts("3/NUM ledamöter/NOUN utses/VERB av/ADP Stämman/NOUN", finite=2) == []
    assert _starts("4/NUM Ekby/PROPN Vatten/PROPN Bolaget/NOUN ska/AUX", finite=4) == []
    assert _starts("4/NUM Styrelsen/NOUN utser/VERB ordförande/NOUN", finite=2) == []


def test_a_definite_actor_after_the_last_item_of_a_colon_lead_in_opens_a_sentence() -> None:
    """Round 46, bm cause 12: unbulleted items after a colon, the last without its stop,
    ending in a verb (``… visa: vilken taxa som tillämpades Styrelsen har ansvaret …``): a
    capitalised actor noun in a definite form and its finite verb open the next sentence;
    without a colon a verb before the actor keeps it in the sentence (a relative clause's
    end, ``de beslut som fattas Styrelsen …`` is no such run)."""
    items = "Protokollet/NOUN ska/AUX visa/VERB :/PUNCT vilken/DET taxa/NOUN som/PRON"
    assert _starts(f"{items} tillämpades/VERB Styrelsen/NOUN har/VERB ansvaret/NOUN", finite=9) == [
        "Styrelsen"
    ]
    assert (
        _starts(
            "Protokollet/NOUN ska/AUX visa/VERB vilken/DET taxa/NOUN som/PRON "
            "tillämpades/VERB Styrelsen/NOUN har/VERB ansvaret/NOUN",
            finite=8,
        )
        == []
    )


def test_a_genitive_led_subject_after_a_lost_stop_opens_a_sentence(nlp) -> None:
    """Round 50 (analysis 50-bt, L2): a lost full stop before a long subject opening with a
    capitalised genitive of a definite actor noun, its finite verb more than four words on:
    the genitive opens the next sentence; after a preposition (``enligt Regionens …``) or
    without a finite verb after it nothing opens."""
    fin, definite = "VerbForm=Fin|Tense=Pres", "Definite=Def"
    lost = _morphed(
        nlp,
        f"Nämnden/NOUN/{definite} ska/AUX/{fin} lämna/VERB/VerbForm=Inf rapporten/NOUN "
        f"till/ADP revisorerna/NOUN Regionens/NOUN dialog/NOUN med/ADP kommuner/NOUN "
        f"och/CCONJ förbund/NOUN i/ADP länet/NOUN ska/AUX/{fin} stärkas/VERB/VerbForm=Inf",
    )
    assert _opening(lost) == ["Regionens"]
    after_preposition = _morphed(
        nlp,
        f"Bolaget/NOUN/{definite} följer/VERB/{fin} planen/NOUN enligt/ADP "
        f"Regionens/NOUN anvisningar/NOUN om/ADP lån/NOUN",
    )
    assert _opening(after_preposition) == []
    no_finite = _morphed(
        nlp,
        f"Bolaget/NOUN/{definite} följer/VERB/{fin} planen/NOUN Regionens/NOUN "
        f"anvisningar/NOUN om/ADP lån/NOUN ./PUNCT",
    )
    assert _opening(no_finite) == []
    # review 50b M1: a capitalised genitive object after a transitive verb stays its object
    for verb, rest in (
        ("informera", f"Nämndens/NOUN ordförande/NOUN om/ADP frågor/NOUN som/PRON "
         f"har/AUX/{fin} större/ADJ betydelse/NOUN"),
        ("kalla", f"Nämndens/NOUN ledamöter/NOUN till/ADP de/DET möten/NOUN som/PRON "
         f"behövs/VERB/{fin}"),
        ("bistå", f"Styrelsens/NOUN ordförande/NOUN med/ADP underlag/NOUN när/SCONJ "
         f"det/PRON behövs/VERB/{fin}"),
    ):
        after_verb = _morphed(
            nlp, f"Bolaget/NOUN/{definite} ska/AUX/{fin} {verb}/VERB/VerbForm=Inf {rest}"
        )
        assert _opening(after_verb) == [], verb
    # after a noun, a finite verb inside a relative or subordinate clause is not the subject's
    for rest in (
        f"Nämndens/NOUN ordförande/NOUN om/ADP frågor/NOUN som/PRON har/AUX/{fin} "
        f"betydelse/NOUN",
        f"Nämndens/NOUN ordförande/NOUN när/SCONJ det/PRON behövs/VERB/{fin}",
        f"Nämndens/NOUN ordförande/NOUN när/ADV det/PRON behövs/VERB/{fin}",
    ):
        relative = _morphed(
            nlp,
            f"Nämnden/NOUN/{definite} ska/AUX/{fin} lämna/VERB/VerbForm=Inf rapporten/NOUN "
            f"till/ADP revisorerna/NOUN {rest}",
        )
        assert _opening(relative) == [], rest


def test_a_label_and_a_run_in_heading_end_before_the_subject(nlp) -> None:
    """Round 50 (analysis 50-bt, L1): a one-word label, its colon and a verbless heading of
    several words glued to the next sentence (``Anteckning: Regler för tillsyn av
    stiftelserna Styrelsen beslutar …``): the actor noun after the heading's last lower-case
    word opens the sentence; a heading that is itself the subject goes on."""
    fin, definite = "VerbForm=Fin|Tense=Pres", "Definite=Def"
    glued = _morphed(
        nlp,
        f"Anteckning/NOUN :/PUNCT Regler/NOUN för/ADP tillsyn/NOUN av/ADP "
        f"stiftelserna/NOUN/{definite} Styrelsen/NOUN/{definite} beslutar/VERB/{fin} "
        f"om/ADP avgifter/NOUN",
    )
    assert _opening(glued) == ["Styrelsen"]
    subject = _morphed(
        nlp,
        f"Anteckning/NOUN :/PUNCT Regler/NOUN för/ADP styrelsens/NOUN arbete/NOUN "
        f"finns/VERB/{fin} på/ADP webben/NOUN",
    )
    assert _opening(subject) == []
    no_label = _morphed(
        nlp,
        f"Vi/PRON läser/VERB/{fin} :/PUNCT regler/NOUN för/ADP tillsyn/NOUN av/ADP "
        f"stiftelserna/NOUN/{definite} Styrelsen/NOUN/{definite} i/ADP förbundet/NOUN "
        f"beslutar/VERB/{fin}",
    )
    assert _opening(no_label) == []


def test_a_run_in_label_and_its_colon_stand_before_the_sentence() -> None:
    # round 50, newuser50b fault 3: `Revision: En revisor får …` — the sentence opens after the
    # label's colon when its finite verb follows within two words
    doc = tagged(
        ["Revision", ":", "En", "revisor", "får", "inte", "granska", "räkenskaperna", "."],
        ["NOUN", "PUNCT", "DET", "ADV", "AUX", "PART", "VERB", "NOUN", "PUNCT"],
        finite=4,
    )
    set_sentence_starts(doc, rules=RULES)
    assert [t.is_sent_start for t in doc][:4] == [True, False, True, False]


def test_no_run_in_label_before_a_value_or_after_a_field_label() -> None:
    # a name after a role label has no finite verb; `Ansvarig:` is a configured field label
    # (grammar.yaml `metadata_labels`) whose value the sentence does not open; in both the
    # parser decides (None) as before
    name = tagged(["Ordförande", ":", "Anna", "Ek"], ["NOUN", "PUNCT", "PROPN", "PROPN"])
    field = tagged(
        ["Ansvarig", ":", "Kanslichefen", "ska", "följa", "planen"],
        ["NOUN", "PUNCT", "NOUN", "AUX", "VERB", "NOUN"],
        finite=3,
    )
    # a longer stretch before the finite verb may be a heading that is the subject
    heading = tagged(
        ["Anteckning", ":", "Regler", "för", "nämndens", "arbete", "finns", "här"],
        ["NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "NOUN", "VERB", "ADV"],
        finite=6,
    )
    for doc in (name, field, heading):
        assert sentence_start(doc, doc[2], RULES) is None


def test_a_lost_stop_before_a_fronted_preposition_opens_a_sentence(nlp) -> None:
    """Round 53 (analysis 53-cc L4): a capitalised preposition after a lower-case noun that
    ends a clause with a finite verb opens a sentence when its phrase runs to a modal with
    the subject right after it (V2: a main clause); a capitalised preposition that opens a
    title, with no modal and subject after it, opens none."""
    fin = "VerbForm=Fin|Tense=Pres"
    lost = _morphed(
        nlp,
        f"Nämnden/NOUN beslutar/VERB/{fin} om/ADP taxan/NOUN Efter/ADP samråd/NOUN "
        f"med/ADP kommunen/NOUN får/AUX/{fin} ordföranden/NOUN justera/VERB den/PRON ./PUNCT",
    )
    assert _opening(lost) == ["Efter"]
    pronoun = _morphed(
        nlp,
        f"Vi/PRON granskar/VERB/{fin} kassan/NOUN Enligt/ADP stadgarna/NOUN ska/AUX/{fin} "
        f"vi/PRON lämna/VERB berättelsen/NOUN",
    )
    assert _opening(pronoun) == ["Enligt"]
    # negatives: a title after the preposition, a finite verb before the modal, lower case
    title = _morphed(
        nlp,
        f"Nämnden/NOUN ger/VERB/{fin} ut/ADP skriften/NOUN Om/ADP Skog/PROPN "
        f"och/CCONJ Mark/PROPN ./PUNCT",
    )
    assert _opening(title) == []
    relative = _morphed(
        nlp,
        f"Nämnden/NOUN följer/VERB/{fin} planen/NOUN Inom/ADP ramen/NOUN som/PRON "
        f"gäller/VERB/{fin} ska/AUX/{fin} nämnden/NOUN",
    )
    assert _opening(relative) == []
    inverted = _morphed(
        nlp,
        f"Nämnden/NOUN följer/VERB/{fin} planen/NOUN Vid/ADP behov/NOUN ska/AUX/{fin} "
        f"åtgärder/NOUN vidtas/VERB",
    )
    assert _opening(inverted) == []


def test_a_pronoun_after_the_modal_of_a_lost_stops_fronted_phrase_is_its_subject(nlp) -> None:
    """Review 53 M5: the subject right after the modal may be a `subject_pronouns` pronoun
    (``ni``) or one of `inverted_subject_pronouns` (``det``, ``denne``), both in grammar.yaml;
    an adverb after the modal is no subject."""
    fin = "VerbForm=Fin|Tense=Pres"
    for pronoun in ("ni", "det", "denne"):
        doc = _morphed(
            nlp,
            f"Kansliet/NOUN bokar/VERB/{fin} salen/NOUN Under/ADP mötet/NOUN ska/AUX/{fin} "
            f"{pronoun}/PRON föra/VERB protokoll/NOUN",
        )
        assert _opening(doc) == ["Under"], pronoun
    adverb = _morphed(
        nlp,
        f"Kansliet/NOUN bokar/VERB/{fin} salen/NOUN Under/ADP mötet/NOUN ska/AUX/{fin} "
        f"alltid/ADV protokoll/NOUN föras/VERB",
    )
    assert _opening(adverb) == []


def test_a_naming_clause_that_lost_its_stop_ends_before_the_next_subject(nlp) -> None:
    """Round 53 (analysis 53-cc L3): after a capitalised word of the name a naming clause
    gives (``namn är``, a naming verb), a capitalised actor noun in a plural or definite form
    before its finite verb, or before a preposition and a finite verb, opens the next
    sentence; a name's own words (no actor noun, or none before a verb) stay in it."""
    fin = "VerbForm=Fin|Tense=Pres"
    named = _morphed(
        nlp,
        f"Föreningens/NOUN namn/NOUN är/AUX/{fin} Ekby/PROPN Hembygdsgille/PROPN "
        f"Ledamöterna/NOUN i/ADP styrelsen/NOUN väljs/VERB/{fin} av/ADP årsmötet/NOUN",
    )
    assert _opening(named) == ["Ledamöterna"]
    verb = _morphed(
        nlp,
        f"Stiftelsen/NOUN heter/VERB/{fin} Ekby/PROPN Minnesfond/PROPN Styrelsen/NOUN "
        f"förvaltar/VERB/{fin} fonden/NOUN",
    )
    assert _opening(verb) == ["Styrelsen"]
    # negatives: a name word that is no actor noun; an actor noun before no verb; no naming
    whole = _morphed(
        nlp,
        f"Förbundets/NOUN namn/NOUN är/AUX/{fin} Samverkan/PROPN Norra/ADJ Dalen/PROPN ./PUNCT",
    )
    assert _opening(whole) == []
    inside = _morphed(
        nlp,
        f"Klubbens/NOUN namn/NOUN är/AUX/{fin} Ekby/PROPN Föreningen/NOUN för/ADP "
        f"Kultur/PROPN ./PUNCT",
    )
    assert _opening(inside) == []
    no_naming = _morphed(
        nlp,
        f"Kommunen/NOUN stödjer/VERB/{fin} Ekby/PROPN Medlemmarna/NOUN i/ADP "
        f"föreningen/NOUN betalar/VERB/{fin}",
    )
    assert _opening(no_naming) == []


def test_a_place_name_read_as_a_verb_inside_an_organisation_name_is_no_heading_end() -> None:
    """Round 54 (analysis 54-cg R5): ``Region Ekeby läns nämnder ansvarar …`` with the place
    read as a verb: a capitalised word before a place kind's genitive (``läns``, ``kommuns``),
    or after a capitalised place kind (``Region``), is part of a name; ``Inledning Regionen
    ska …`` (the kind's own definite form after a heading word) still splits."""
    region = tagged(
        ["Region", "Ekeby", "läns", "nämnder", "ansvarar", "för", "vården"],
        ["NOUN", "VERB", "NOUN", "NOUN", "VERB", "ADP", "NOUN"],
        finite=4,
    )
    set_sentence_starts(region, rules=RULES)
    assert region[1].is_sent_start is False
    kommun = tagged(
        ["Avgifter", "Tallby", "kommuns", "nämnder", "tar", "ut", "avgifter"],
        ["NOUN", "VERB", "NOUN", "NOUN", "VERB", "ADV", "NOUN"],
        finite=4,
    )
    set_sentence_starts(kommun, rules=RULES)
    assert kommun[1].is_sent_start is False
    heading = tagged(
        ["Inledning", "Regionen", "ska", "anta", "en", "budget"],
        ["NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN"],
        finite=2,
    )
    set_sentence_starts(heading, rules=RULES)
    assert heading[1].is_sent_start is True


def test_an_om_heading_after_a_page_counter_ends_before_its_sentence() -> None:
    """Round 55 (analysis 55-cj C3): a page clause's text opening with its counter in
    brackets, then an ``Om <noun phrase>`` heading (``(12) Om jäv Ledamoten ska …``): the
    counter is no word of the heading, which ends before the capitalised subject."""
    doc = tagged(
        ["(", "12", ")", "Om", "jäv", "i", "nämnden", "Ledamoten", "ska", "anmäla", "jäv"],
        ["PUNCT", "NUM", "PUNCT", "SCONJ", "NOUN", "ADP", "NOUN", "NOUN", "AUX", "VERB",
         "NOUN"],
        finite=8,
    )
    set_sentence_starts(doc, rules=RULES)
    assert [t.i for t in doc if t.is_sent_start] == [0, 7]


def test_a_definite_actor_tagged_as_a_name_opens_a_sentence_after_a_heading() -> None:
    """Round 55 (analysis 55-cj C3): a definite actor noun that the tagger reads as a name
    (PROPN, lemma capitalised: ``Kanslichefen``) is no name: a heading ends before it."""
    doc = tagged(["Om", "arkivering", "Kanslichefen", "ansvarar", "för", "arkivet"],
                 ["ADP", "NOUN", "PROPN", "VERB", "ADP", "NOUN"], finite=3)
    doc[2].lemma_ = "Kanslichefen"
    set_sentence_starts(doc, rules=RULES)
    assert doc[2].is_sent_start is True


def test_a_conditional_om_clause_after_a_page_counter_is_no_heading() -> None:
    """Negative: a finite verb inside the ``Om`` stretch (``Om ordföranden har förhinder``)
    makes it a condition clause: no boundary inside it."""
    doc = tagged(
        ["(", "12", ")", "Om", "ordföranden", "har", "förhinder", "Vice", "ordföranden",
         "beslutar"],
        ["PUNCT", "NUM", "PUNCT", "SCONJ", "NOUN", "VERB", "NOUN", "ADJ", "NOUN", "VERB"],
        finite=5,
    )
    set_sentence_starts(doc, rules=RULES)
    assert [t.i for t in doc if t.is_sent_start] == [0]
