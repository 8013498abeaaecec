"""Abbreviations defined in a document's list of abbreviations
(pipeline/nlp/document_abbreviations.py, round 44, probe44 A1) on hand-parsed, invented
clauses."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from pipeline.nlp.actors import ActorMention
from pipeline.nlp.document_abbreviations import add_abbreviations
from tests.nlp_helpers import DEF, IND, PRES, parsed


def _noun_mention(doc, index: int, canonical: str) -> ActorMention:
    token = doc[index]
    return ActorMention(
        token.idx, token.idx + len(token.text), token.text, canonical, "tjänsteperson",
        canonical, index, index,
    )  # fmt: skip


def test_an_abbreviation_defined_as_an_actor_is_that_actor_in_every_clause(nlp) -> None:
    """``Förkortningar: SL = skolledare, GL = gymnasielagen`` … ``SL ska underteckna
    betygen``: ``SL`` is a mention of skolledare in both clauses; ``GL`` (a law) is none."""
    listing = parsed(
        nlp,
        f"""
        Förkortningar förkortning NOUN 0 ROOT {IND}
        : : PUNCT 1 punct
        SL SL PROPN 1 appos
        = = SYM 5 punct
        skolledare skolledare NOUN 3 appos {IND}
        , , PUNCT 9 punct
        GL GL PROPN 1 conj
        = = SYM 9 punct
        gymnasielagen gymnasielag NOUN 7 appos {DEF}
        """,
    )
    listing._.actors = [_noun_mention(listing, 4, "skolledare")]
    clause = parsed(
        nlp,
        f"""
        SL SL PROPN 3 nsubj
        ska skola AUX 3 aux {PRES}
        underteckna underteckna VERB 0 ROOT VerbForm=Inf
        betygen betyg NOUN 3 obj {DEF}
        enligt enligt ADP 6 case
        GL GL PROPN 3 obl
        """,
    )
    clause._.actors = []
    changed = add_abbreviations([listing, clause])
    assert changed == [listing, clause]
    assert [(m.text, m.canonical) for m in listing._.actors] == [
        ("SL", "skolledare"),
        ("skolledare", "skolledare"),
    ]
    assert [(m.text, m.canonical, m.first_token) for m in clause._.actors] == [
        ("SL", "skolledare", 0)
    ]


def test_capitals_without_a_list_label_define_nothing(nlp) -> None:
    """``Beslut: SL skolledare`` has no abbreviation-list label: nothing is defined."""
    doc = parsed(
        nlp,
        f"""
        Beslut beslut NOUN 0 ROOT {IND}
        : : PUNCT 1 punct
        SL SL PROPN 1 appos
        skolledare skolledare NOUN 3 appos {IND}
        """,
    )
    doc._.actors = [_noun_mention(doc, 3, "skolledare")]
    assert add_abbreviations([doc]) == []


def test_rows_after_a_label_alone_define_their_abbreviations(nlp) -> None:
    """Round 46 (probe w45-y): ``Förkortningar`` ⏎ ``ByH Bygglovshandläggare`` ⏎ ``MI
    Miljöinspektör`` (a list one cell a line, each row a clause of its own) define ``ByH``
    (mixed case) and ``MI``; a row after another clause (``Tabell`` ⏎ ``SL Skolledare``)
    defines nothing."""
    label = parsed(nlp, f"Förkortningar förkortning NOUN 0 ROOT {IND}")
    label._.actors = []
    rows = []
    for short, expansion, canonical in (
        ("ByH", "Bygglovshandläggare", "bygglovshandläggare"),
        ("MI", "Miljöinspektör", "miljöinspektör"),
    ):
        row = parsed(
            nlp,
            f"""
            {short} {short} PROPN 2 nmod
            {expansion} {canonical} NOUN 0 ROOT {IND}
            """,
        )
        row._.actors = [_noun_mention(row, 1, canonical)]
        rows.append(row)
    use = parsed(
        nlp,
        f"""
        Bygglov bygglov NOUN 0 ROOT {IND}
        ByH ByH PROPN 1 nmod
        """,
    )
    use._.actors = []
    assert add_abbreviations([label, *rows, use]) == [*rows, use]
    assert [(m.text, m.canonical) for m in use._.actors] == [("ByH", "bygglovshandläggare")]
    heading = parsed(nlp, f"Tabell tabell NOUN 0 ROOT {IND}")
    heading._.actors = []
    row = parsed(
        nlp,
        f"""
        SL SL PROPN 2 nmod
        Skolledare skolledare NOUN 0 ROOT {IND}
        """,
    )
    row._.actors = [_noun_mention(row, 1, "skolledare")]
    assert add_abbreviations([heading, row]) == []


def _row(nlp, cells: list[tuple[str, str, str]]):
    """A table row ``a | b``: each cell's (word, lemma, tag), the cells joined by ``|``."""
    lines, index = [], 0
    for position, (word, lemma, pos) in enumerate(cells):
        if position:
            index += 1
            lines.append(f"| | PUNCT {index - 1 or 1} punct")
        index += 1
        lines.append(f"{word} {lemma} {pos} 0 ROOT")
    return parsed(nlp, "\n".join(lines))


def test_a_key_table_defines_its_rows_abbreviations(nlp) -> None:
    """Round 46 (nu46 cause 1): under the header row ``Kortform | Betydelse`` the row ``TI |
    trafikingenjör`` defines ``TI``; a later clause's ``TI`` is trafikingenjör. A row whose
    expansion is no actor (``TF | trafikförordningen``) defines nothing."""
    header = _row(nlp, [("Kortform", "kortform", "NOUN"), ("Betydelse", "betydelse", "NOUN")])
    defined = _row(nlp, [("TI", "TI", "PROPN"), ("trafikingenjör", "trafikingenjör", "NOUN")])
    law = _row(nlp, [("TF", "TF", "PROPN"), ("trafikförordningen", "trafikförordning", "NOUN")])
    clause = parsed(
        nlp,
        f"""
        TI TI PROPN 2 nsubj
        beslutar besluta VERB 0 ROOT {PRES}
        om om ADP 4 case
        skyltar skylt NOUN 2 obl {IND}
        enligt enligt ADP 6 case
        TF TF PROPN 2 obl
        """,
    )
    for doc in (header, law, clause):
        doc._.actors = []
    defined._.actors = [_noun_mention(defined, 2, "trafikingenjör")]
    docs = [header, defined, law, clause]
    kinds = ["table_row", "table_row", "table_row", "paragraph"]
    assert add_abbreviations(docs, kinds) == [defined, clause]
    assert [(m.text, m.canonical) for m in clause._.actors] == [("TI", "trafikingenjör")]
    assert not law._.actors


def test_a_table_without_a_key_header_defines_nothing(nlp) -> None:
    """``Enhet | Uppgift`` over ``TI | trafikingenjör``: no key table (its header names no
    abbreviations), and no list label heads it."""
    header = _row(nlp, [("Enhet", "enhet", "NOUN"), ("Uppgift", "uppgift", "NOUN")])
    row = _row(nlp, [("TI", "TI", "PROPN"), ("trafikingenjör", "trafikingenjör", "NOUN")])
    header._.actors = []
    row._.actors = [_noun_mention(row, 2, "trafikingenjör")]
    assert add_abbreviations([header, row], ["table_row", "table_row"]) == []


def test_rows_under_a_list_label_heading_define_abbreviations(nlp) -> None:
    """A heading ``Förkortningar`` and a header-less row ``TI | trafikingenjör`` under it."""
    heading = parsed(nlp, "Förkortningar förkortning NOUN 0 ROOT")
    row = _row(nlp, [("TI", "TI", "PROPN"), ("trafikingenjör", "trafikingenjör", "NOUN")])
    heading._.actors = []
    row._.actors = [_noun_mention(row, 2, "trafikingenjör")]
    assert add_abbreviations([heading, row], ["heading", "table_row"]) == [row]
    assert [m.text for m in row._.actors] == ["TI", "trafikingenjör"]


def test_a_key_table_keeps_the_lexicons_reading_of_a_known_abbreviation(nlp) -> None:
    """``AU | nämndens arbetsutskott``: the lexicon reads ``AU`` alone (arbetsutskott); the
    row keeps that reading, no mention of ``nämndens arbetsutskott`` in its place."""
    header = _row(nlp, [("Förkortning", "förkortning", "NOUN"), ("Betydelse", "betydelse", "NOUN")])
    row = _row(nlp, [("AU", "AU", "PROPN"), ("utskottet", "utskott", "NOUN")])
    header._.actors = []
    known = replace(_noun_mention(row, 0, "arbetsutskott"), source="lexicon")
    row._.actors = [known, _noun_mention(row, 2, "utskott")]
    assert add_abbreviations([header, row], ["table_row", "table_row"]) == []
    assert row._.actors[0].canonical == "arbetsutskott"


def test_a_legends_clipped_short_forms_define_their_expansions(nlp) -> None:
    """Analysis 51-w50y I, ruling y5: under ``Förkortningar`` the rows ``Handl Handläggare``,
    ``Bitr chef Biträdande chef`` and ``2:e handl Andre handläggare``, ``ÄO-chef
    Äldreomsorgschef`` (clippings of the expansion's words, a numeric ordinal for its word,
    an acronym piece) define their short forms, one word
    or several (``Bitr chef`` in a row replaces the lexicon's ``chef``); ``Bil Bilaga`` (no
    actor) defines nothing."""
    label = parsed(nlp, f"Förkortningar förkortning NOUN 0 ROOT {IND}")
    label._.actors = []
    rows = []
    for short, expansion, canonical in (
        ("Handl", "Handläggare", "handläggare"),
        ("Bitr chef", "Biträdande chef", "biträdande chef"),
        ("2:e handl", "Andre handläggare", "andre handläggare"),
        ("ÄO-chef", "Äldreomsorgschef", "äldreomsorgschef"),
        ("Bil", "Bilaga", None),
    ):
        words = [*short.split(), *expansion.split()]
        row = parsed(nlp, "\n".join(f"{w} {w.lower()} NOUN 0 ROOT {IND}" for w in words))
        first = len(short.split())
        row._.actors = []
        if canonical is not None:
            end = row[len(words) - 1]
            row._.actors = [
                ActorMention(
                    row[first].idx, end.idx + len(end.text), expansion, canonical,
                    "tjänsteperson", canonical, first, len(words) - 1,
                )  # fmt: skip
            ]
        rows.append(row)
    use = parsed(
        nlp,
        f"""
        Beslut beslut NOUN 0 ROOT {IND}
        Bitr bitr NOUN 1 nmod
        chef chef NOUN 1 nmod {IND}
        Handl handl NOUN 1 nmod
        """,
    )
    use._.actors = [_noun_mention(use, 2, "chef")]
    add_abbreviations([label, *rows, use], (), {"2:e": "andre"})
    assert [(m.text, m.canonical) for m in use._.actors] == [
        ("Bitr chef", "biträdande chef"),
        ("Handl", "handläggare"),
    ]
    assert [(m.text, m.canonical) for m in rows[2]._.actors][0] == ("2:e handl", "andre handläggare")
    assert [m.canonical for m in rows[3]._.actors][0] == "äldreomsorgschef"
    assert rows[4]._.actors == []



def test_key_rows_printed_with_an_equals_sign_define_truncations_too(nlp) -> None:
    """Round 51 (nu51 fault 1): under a heading ``Förkortningar``, table rows printed on one
    line ``Förv = Förvaltare`` (first word and the rest, the ``=`` sign between) define their
    abbreviation, a truncation in mixed case too, after another sign row; a row without the
    sign whose first word is no abbreviation still ends the key table."""
    heading = parsed(nlp, "Förkortningar förkortning NOUN 0 ROOT")
    heading._.actors = []
    rows = []
    for short, expansion, canonical in (
        ("Förv", "Förvaltare", "förvaltare"), ("VC", "Verksamhetschef", "verksamhetschef"),
    ):
        row = parsed(
            nlp,
            f"""
            {short} {short} PROPN 0 ROOT
            = = SYM 1 punct
            {expansion} {canonical} NOUN 1 appos {IND}
            """,
        )
        row._.actors = [_noun_mention(row, 2, canonical)]
        rows.append(row)
    use = parsed(
        nlp,
        f"""
        Avtal avtal NOUN 0 ROOT {IND}
        Förv Förv PROPN 1 nmod
        VC VC PROPN 1 nmod
        """,
    )
    use._.actors = []
    kinds = ["heading", "table_row", "table_row", "paragraph"]
    assert add_abbreviations([heading, *rows, use], kinds)[-1] is use
    assert [(m.text, m.canonical) for m in use._.actors] == [
        ("Förv", "förvaltare"), ("VC", "verksamhetschef"),
    ]
    plain = parsed(
        nlp,
        f"""
        Vaktmästare vaktmästare NOUN 0 ROOT {IND}
        Lokaler lokal NOUN 1 appos {IND}
        """,
    )
    plain._.actors = []
    after = parsed(nlp, "Förv Förv PROPN 0 ROOT")
    after._.actors = []
    assert add_abbreviations([heading, plain, after], ["heading", "table_row", "paragraph"]) == []


def test_the_short_forms_of_several_words_are_one_pattern_longest_first() -> None:
    """Review 51: one alternation over the multi-word short forms, compiled once per
    document, finds the longest between word boundaries (``1:e soc sekr`` before ``soc
    sekr``; no match inside ``Soc sekreterare``)."""
    from pipeline.nlp.document_abbreviations import _phrase_pattern

    mention = cast(ActorMention, None)
    pattern = _phrase_pattern({"Soc sekr": mention, "1:e Soc sekr": mention})
    assert pattern is not None and _phrase_pattern({}) is None
    text = "1:e Soc sekr ska besluta. Soc sekr får yttra sig. Soc sekreterare"
    assert [m.group() for m in pattern.finditer(text)] == ["1:e Soc sekr", "Soc sekr"]
