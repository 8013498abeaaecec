"""Analysis recipes on a literal three-region fixture (exact expected frames)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pandas.testing as pdt
import pytest

from pipeline.analysis import (
    DEONTICS,
    actor_deontic_matrix,
    actors_per_document,
    aims_by_document,
    chief_executive,
    clauses_per_section,
    default_role,
    document_summary,
    document_warnings,
    duties_per_actor,
    fallback_role,
    object_similarity,
    obligations_not_shared,
    roles_per_document,
    statements_with_context,
    warning_line,
)
from pipeline.tables import Tables, load_tables, to_table, write_document_tables

NORRBOTTEN = "Region Norrbotten"
OREBRO = "Region Örebro län"
GAVLEBORG = "Region Gävleborg"
G, N, OR = "region-gavleborg", "region-norrbotten", "region-orebro-lan-2023"
CE = "chief_executive"

RD = ("regiondirektör", "tjänsteperson")
RS = ("regionstyrelse", "politiskt organ")
ORF = ("regionstyrelsens ordförande", "förtroendevald")
DC = ("divisionschef", "tjänsteperson")


@dataclass
class Clause:
    clause_id: str
    text: str
    kind: str = "paragraph"
    label: str = ""
    section: str | None = None
    section_title: str | None = None
    parent_id: str | None = None
    # (text, canonical, category) per ACTOR mention, in text order.
    actors: list[tuple[str, str, str]] = field(default_factory=list)
    # (text, lemma) per verb token, in text order.
    verbs: list[tuple[str, str]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)


def _heading(number: str, title: str) -> Clause:
    return Clause(number, title, "heading", f"{number}.", number, title)


def _para(clause_id: str, section: str | None, title: str | None, text: str, **kw: Any) -> Clause:
    parent = clause_id.rsplit(".", 1)[0] if "." in clause_id else None
    return Clause(clause_id, text, "paragraph", "", section, title, parent, **kw)


def _duty(
    actor: tuple[str, str],
    actor_text: str,
    deontic: str,
    modal: str | None,
    aim: str,
    aim_text: str,
    object_text: str | None,
    condition_text: str | None = None,
    negated: bool = False,
) -> dict[str, Any]:
    return {
        "actor": actor[0],
        "actor_category": actor[1],
        "actor_text": actor_text,
        "deontic": deontic,
        "modal": modal,
        "aim": aim,
        "aim_text": aim_text,
        "object_text": object_text,
        "condition_text": condition_text,
        "negated": negated,
        "passive": False,
    }


S1 = "Regiondirektörens ställning"
S2 = "Regiondirektörens uppdrag"
DOCUMENTS: dict[str, tuple[str, int | None, list[Clause]]] = {
    "region-norrbotten": (
        NORRBOTTEN,
        None,
        [
            Clause("title", "Instruktion för regiondirektören", "heading"),
            _heading("1", S1),
            _para(
                "1.1",
                "1",
                S1,
                "Regiondirektören ska leda förvaltningens arbete. Regiondirektören får besluta om "
                "anställning av divisionschefer.",
                actors=[
                    ("Regiondirektören", *RD),
                    ("Regiondirektören", *RD),
                    ("divisionschefer", *DC),
                ],
                verbs=[("ska", "skola"), ("leda", "leda"), ("får", "få"), ("besluta", "besluta")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "obligation",
                        "ska",
                        "leda",
                        "leda",
                        "förvaltningens arbete",
                    ),
                    _duty(
                        RD,
                        "Regiondirektören",
                        "permission",
                        "får",
                        "besluta",
                        "besluta",
                        "om anställning av divisionschefer",
                    ),
                ],
            ),
            _para(
                "1.2",
                "1",
                S1,
                "Regiondirektören ansvarar för ekonomisk uppföljning.",
                actors=[("Regiondirektören", *RD)],
                verbs=[("ansvarar", "ansvara")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "responsibility",
                        "ansvarar för",
                        "ansvara",
                        "ansvarar",
                        "ekonomisk uppföljning",
                    )
                ],
            ),
            _heading("2", S2),
            _para(
                "2.1",
                "2",
                S2,
                "Regiondirektören ska närvara vid regionstyrelsens sammanträden. Regionstyrelsens "
                "ordförande ska hålla medarbetarsamtal med regiondirektören.",
                actors=[
                    ("Regiondirektören", *RD),
                    ("regionstyrelsens", *RS),
                    ("Regionstyrelsens ordförande", *ORF),
                    ("regiondirektören", *RD),
                ],
                verbs=[
                    ("ska", "skola"),
                    ("närvara", "närvara"),
                    ("ska", "skola"),
                    ("hålla", "hålla"),
                ],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "obligation",
                        "ska",
                        "närvara",
                        "närvara",
                        "vid regionstyrelsens sammanträden",
                    ),
                    _duty(
                        ORF,
                        "Regionstyrelsens ordförande",
                        "obligation",
                        "ska",
                        "hålla",
                        "hålla",
                        "medarbetarsamtal med regiondirektören",
                    ),
                ],
            ),
        ],
    ),
    "region-orebro-lan-2023": (
        OREBRO,
        2023,
        [
            Clause("title", "Instruktion för regiondirektören 2023", "heading"),
            _para(
                "1",
                None,
                None,
                "Regiondirektören ska leda förvaltningens verksamhet.",
                actors=[("Regiondirektören", *RD)],
                verbs=[("ska", "skola"), ("leda", "leda")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "obligation",
                        "ska",
                        "leda",
                        "leda",
                        "förvaltningens verksamhet",
                    )
                ],
            ),
            _para(
                "2",
                None,
                None,
                "Regiondirektören ska närvara vid regionstyrelsens sammanträden om ordföranden "
                "begär det.",
                actors=[
                    ("Regiondirektören", *RD),
                    ("regionstyrelsens", *RS),
                    ("ordföranden", *ORF),
                ],
                verbs=[("ska", "skola"), ("närvara", "närvara"), ("begär", "begära")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "obligation",
                        "ska",
                        "närvara",
                        "närvara",
                        "vid regionstyrelsens sammanträden",
                        "om ordföranden begär det",
                    )
                ],
            ),
            _para(
                "3",
                None,
                None,
                "Regiondirektören får inte delegera beslut om budget.",
                actors=[("Regiondirektören", *RD)],
                verbs=[("får", "få"), ("delegera", "delegera")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "prohibition",
                        "får inte",
                        "delegera",
                        "delegera",
                        "beslut om budget",
                        negated=True,
                    )
                ],
            ),
            _para(
                "4",
                None,
                None,
                "Regionstyrelsen ansvarar för uppsikten över nämnderna.",
                actors=[("Regionstyrelsen", *RS), ("nämnderna", "nämnd", "politiskt organ")],
                verbs=[("ansvarar", "ansvara")],
                statements=[
                    _duty(
                        RS,
                        "Regionstyrelsen",
                        "responsibility",
                        "ansvarar för",
                        "ansvara",
                        "ansvarar",
                        "uppsikten över nämnderna",
                    )
                ],
            ),
            _para(
                "5",
                None,
                None,
                "Regiondirektören ansvarar för arbetsmiljön i förvaltningen.",
                actors=[("Regiondirektören", *RD)],
                verbs=[("ansvarar", "ansvara")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "responsibility",
                        "ansvarar för",
                        "ansvara",
                        "ansvarar",
                        "arbetsmiljön i förvaltningen",
                    )
                ],
            ),
        ],
    ),
    "region-gavleborg": (
        GAVLEBORG,
        2021,
        [
            Clause("title", "Instruktion för regiondirektör", "heading"),
            _heading("1", "Uppdrag"),
            _para(
                "1.1",
                "1",
                "Uppdrag",
                "Regiondirektören ska leda förvaltningens arbete.",
                actors=[("Regiondirektören", *RD)],
                verbs=[("ska", "skola"), ("leda", "leda")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "obligation",
                        "ska",
                        "leda",
                        "leda",
                        "förvaltningens arbete",
                    )
                ],
            ),
            _para(
                "1.2",
                "1",
                "Uppdrag",
                "Regiondirektören ansvarar för ekonomisk uppföljning och intern kontroll.",
                actors=[("Regiondirektören", *RD)],
                verbs=[("ansvarar", "ansvara")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "responsibility",
                        "ansvarar för",
                        "ansvara",
                        "ansvarar",
                        "ekonomisk uppföljning och intern kontroll",
                    )
                ],
            ),
            _para(
                "1.3",
                "1",
                "Uppdrag",
                "Regiondirektören ska verkställa regionstyrelsens beslut.",
                actors=[("Regiondirektören", *RD), ("regionstyrelsens", *RS)],
                verbs=[("ska", "skola"), ("verkställa", "verkställa")],
                statements=[
                    _duty(
                        RD,
                        "Regiondirektören",
                        "obligation",
                        "ska",
                        "verkställa",
                        "verkställa",
                        "regionstyrelsens beslut",
                    )
                ],
            ),
        ],
    ),
}


def _find(text: str, needle: str | None, offset: int, cursor: int = 0) -> tuple[Any, Any]:
    if needle is None:
        return None, None
    index = text.index(needle, cursor)
    return offset + index, offset + index + len(needle)


def _mention_rows(doc_id: str, clause: Clause, offset: int) -> dict[str, list[dict[str, Any]]]:
    actors, verbs, cursor = [], [], 0
    for text, canonical, category in clause.actors:
        start, end = _find(clause.text, text, offset, cursor)
        cursor = end - offset
        actors.append(
            {
                "doc_id": doc_id,
                "clause_id": clause.clause_id,
                "sentence_index": 0,
                "text": text,
                "canonical": canonical,
                "category": category,
                "role": "subject" if start == offset else "other",
                "source": "fixture",
                "start": start,
                "end": end,
            }
        )
    cursor = 0
    for text, lemma in clause.verbs:
        start, end = _find(clause.text, text, offset, cursor)
        cursor = end - offset
        verbs.append(
            {
                "doc_id": doc_id,
                "clause_id": clause.clause_id,
                "sentence_index": 0,
                "text": text,
                "lemma": lemma,
                "tense": "pres" if text != lemma else "inf",
                "voice": "act",
                "negated": False,
                "is_auxiliary": lemma == "skola",
                "modal": None,
                "start": start,
                "end": end,
            }
        )
    return {"actors": actors, "verbs": verbs}


def _statement_rows(doc_id: str, clause: Clause, offset: int) -> list[dict[str, Any]]:
    rows, cursor = [], 0
    for index, spec in enumerate(clause.statements):
        row = {
            "doc_id": doc_id,
            "clause_id": clause.clause_id,
            "sentence_index": index,
            "statement_index": 0,
            **spec,
        }
        actor_start, actor_end = _find(clause.text, spec["actor_text"], offset, cursor)
        cursor = actor_end - offset
        for part, needle in (
            ("actor", spec["actor_text"]),
            ("aim", spec["aim_text"]),
            ("modal", (spec["modal"] or "").split(" ")[0] or None),
            ("object", spec["object_text"]),
            ("condition", spec["condition_text"]),
        ):
            start, end = _find(clause.text, needle, offset, actor_start - offset)
            row[f"{part}_start"], row[f"{part}_end"] = start, end
        rows.append(row)
    return rows


def document_tables(doc_id: str) -> dict[str, Any]:
    organisation, year, clauses = DOCUMENTS[doc_id]
    parts, rows, offset = [], {"clauses": [], "actors": [], "verbs": [], "statements": []}, 0
    for ordinal, clause in enumerate(clauses):
        prefix = f"{clause.label} " if clause.label else ""
        start = offset + len(prefix)
        parts.append(prefix + clause.text)
        rows["clauses"].append(
            {
                "doc_id": doc_id,
                "clause_id": clause.clause_id,
                "parent_id": clause.parent_id,
                "kind": clause.kind,
                "label": clause.label or None,
                "section": clause.section,
                "section_title": clause.section_title,
                "ordinal": ordinal,
                "text": clause.text,
                "start": start,
                "end": start + len(clause.text),
            }
        )
        for name, mention_rows in _mention_rows(doc_id, clause, start).items():
            rows[name].extend(mention_rows)
        rows["statements"].extend(_statement_rows(doc_id, clause, start))
        offset += len(prefix + clause.text) + 2
    text = "\n\n".join(parts)
    document = {
        "doc_id": doc_id,
        "organisation": organisation,
        "year": year,
        "title": clauses[0].text,
        "normalized_text": text,
        "n_chars": len(text),
        "n_clauses": len(clauses),
        "source_path": f"raw/{doc_id}.txt",
    }
    tables = {name: to_table(name, table_rows) for name, table_rows in rows.items()}
    tables["documents"] = to_table("documents", [document])
    for name in ("references", "sentences", "tokens"):
        tables[name] = to_table(name, [])
    return tables


def write_fixture(out_dir: Path) -> Path:
    for doc_id in DOCUMENTS:
        write_document_tables(out_dir, doc_id, document_tables(doc_id))
    return out_dir


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Tables:
    return load_tables(write_fixture(tmp_path_factory.mktemp("processed")))


# ---------------------------------------------------------------------------


def test_fixture_offsets_index_normalized_text(tables: Tables) -> None:
    texts = tables.documents.set_index("doc_id")["normalized_text"]
    for row in tables.statements.itertuples():
        text = texts[row.doc_id]
        assert text[row.actor_start : row.actor_end] == row.actor_text
        assert text[row.aim_start : row.aim_end] == row.aim_text
        assert text[row.object_start : row.object_end] == row.object_text
    for row in tables.clauses.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text


def test_statements_with_context(tables: Tables) -> None:
    frame = statements_with_context(tables)
    assert len(frame) == len(tables.statements) == 13
    assert list(frame.columns[:11]) == [
        "doc_id",
        "organisation",
        "format",
        "title",
        "year",
        "clause_id",
        "clause_kind",
        "clause_label",
        "section",
        "section_title",
        "clause_text",
    ]
    assert set(tables.statements.columns) <= set(frame.columns)
    first = frame.iloc[0]
    assert (first["organisation"], first["clause_id"], first["aim"]) == (GAVLEBORG, "1.1", "leda")
    assert (first["format"], first["role"]) == ("txt", CE)
    assert first["section_title"] == "Uppdrag"
    assert first["clause_text"] == "Regiondirektören ska leda förvaltningens arbete."
    norrbotten = frame[frame["organisation"] == NORRBOTTEN]
    assert list(norrbotten["clause_id"]) == ["1.1", "1.1", "1.2", "2.1", "2.1"]
    assert list(norrbotten["aim"]) == ["leda", "besluta", "ansvara", "närvara", "hålla"]
    assert norrbotten.iloc[3]["section_title"] == S2
    orebro = frame[frame["organisation"] == OREBRO]
    assert orebro["section_title"].isna().all()
    assert orebro["year"].tolist() == [2023] * 5
    assert isinstance(frame["organisation"].dtype, pd.CategoricalDtype)


def test_duties_per_actor(tables: Tables) -> None:
    columns = ["doc_id", "organisation", "format", "actor", "role", "deontic", "statements"]
    expected = pd.DataFrame(
        [
            (G, GAVLEBORG, "txt", "regiondirektör", CE, "obligation", 2),
            (G, GAVLEBORG, "txt", "regiondirektör", CE, "responsibility", 1),
            (N, NORRBOTTEN, "txt", "regiondirektör", CE, "obligation", 2),
            (N, NORRBOTTEN, "txt", "regiondirektör", CE, "permission", 1),
            (N, NORRBOTTEN, "txt", "regiondirektör", CE, "responsibility", 1),
            (N, NORRBOTTEN, "txt", "regionstyrelsens ordförande", "chair", "obligation", 1),
            (OR, OREBRO, "txt", "regiondirektör", CE, "obligation", 2),
            (OR, OREBRO, "txt", "regiondirektör", CE, "prohibition", 1),
            (OR, OREBRO, "txt", "regiondirektör", CE, "responsibility", 1),
            (OR, OREBRO, "txt", "regionstyrelse", "board", "responsibility", 1),
        ],
        columns=columns,
    )
    expected[columns[:-1]] = expected[columns[:-1]].astype("string")
    pdt.assert_frame_equal(duties_per_actor(tables), expected)


def test_duties_per_actor_one_deontic(tables: Tables) -> None:
    frame = duties_per_actor(tables, deontics=["responsibility"])
    assert frame[["organisation", "actor", "deontic", "statements"]].values.tolist() == [
        [GAVLEBORG, "regiondirektör", "responsibility", 1],
        [NORRBOTTEN, "regiondirektör", "responsibility", 1],
        [OREBRO, "regiondirektör", "responsibility", 1],
        [OREBRO, "regionstyrelse", "responsibility", 1],
    ]


def test_actor_deontic_matrix(tables: Tables) -> None:
    matrix = actor_deontic_matrix(tables)
    assert list(matrix.index) == [
        "regiondirektör",
        "regionstyrelse",
        "regionstyrelsens ordförande",
    ]
    assert matrix.columns.names == ["doc_id", "deontic"]
    assert matrix.shape == (3, 15)
    assert matrix.loc["regiondirektör", (OR, "prohibition")] == 1
    assert matrix.loc["regiondirektör", (N, "obligation")] == 2
    assert matrix.loc["regionstyrelse", (G, "responsibility")] == 0
    assert int(matrix.to_numpy().sum()) == 13


def test_object_similarity() -> None:
    assert object_similarity(None, None) == 1.0
    assert object_similarity("beslut", None) == 0.0
    assert object_similarity("Förvaltningens arbete", "förvaltningens  arbete") == 1.0
    assert object_similarity("förvaltningens arbete", "förvaltningens verksamhet") == 0.4375
    assert object_similarity("ekonomisk uppföljning", "budget") == 0.0


GAP_COLUMNS = [
    "doc_id",
    "organisation",
    "format",
    "missing_in",
    "missing_in_organisation",
    "clause_id",
    "actor",
    "deontic",
    "aim",
    "object_text",
    "closest_object",
    "similarity",
]
IDS = {GAVLEBORG: G, NORRBOTTEN: N, OREBRO: OR}


def _gap(has: str, missing: str, clause: str, deontic: str, aim: str, obj: str, closest, sim):
    return (
        IDS[has],
        has,
        "txt",
        IDS[missing],
        missing,
        clause,
        "regiondirektör",
        deontic,
        aim,
        obj,
        closest,
        sim,
    )


def test_obligations_not_shared(tables: Tables) -> None:
    expected = pd.DataFrame(
        [
            _gap(
                GAVLEBORG,
                NORRBOTTEN,
                "1.3",
                "obligation",
                "verkställa",
                "regionstyrelsens beslut",
                None,
                0.0,
            ),
            _gap(
                GAVLEBORG,
                OREBRO,
                "1.2",
                "responsibility",
                "ansvara",
                "ekonomisk uppföljning och intern kontroll",
                "arbetsmiljön i förvaltningen",
                0.03,
            ),
            _gap(
                GAVLEBORG,
                OREBRO,
                "1.3",
                "obligation",
                "verkställa",
                "regionstyrelsens beslut",
                None,
                0.0,
            ),
            _gap(
                NORRBOTTEN,
                GAVLEBORG,
                "2.1",
                "obligation",
                "närvara",
                "vid regionstyrelsens sammanträden",
                None,
                0.0,
            ),
            _gap(
                NORRBOTTEN,
                OREBRO,
                "1.2",
                "responsibility",
                "ansvara",
                "ekonomisk uppföljning",
                "arbetsmiljön i förvaltningen",
                0.043,
            ),
            _gap(
                OREBRO,
                GAVLEBORG,
                "2",
                "obligation",
                "närvara",
                "vid regionstyrelsens sammanträden",
                None,
                0.0,
            ),
            _gap(
                OREBRO,
                GAVLEBORG,
                "5",
                "responsibility",
                "ansvara",
                "arbetsmiljön i förvaltningen",
                "ekonomisk uppföljning och intern kontroll",
                0.03,
            ),
            _gap(
                OREBRO,
                NORRBOTTEN,
                "5",
                "responsibility",
                "ansvara",
                "arbetsmiljön i förvaltningen",
                "ekonomisk uppföljning",
                0.043,
            ),
        ],
        columns=GAP_COLUMNS,
    )
    expected[GAP_COLUMNS[:-1]] = expected[GAP_COLUMNS[:-1]].astype("string")
    # "leda förvaltningens arbete" ~ "leda förvaltningens verksamhet" (0.44) counts as shared;
    # Norrbotten's "ekonomisk uppföljning" ~ Gävleborg's "… och intern kontroll" (0.53) too.
    pdt.assert_frame_equal(obligations_not_shared(tables), expected)
    pdt.assert_frame_equal(obligations_not_shared(tables, CE), expected)
    assert default_role(tables) == CE and chief_executive(tables) == "regiondirektör"


def test_obligations_not_shared_strict_threshold(tables: Tables) -> None:
    frame = obligations_not_shared(tables, threshold=0.5)
    leda = frame[frame["aim"] == "leda"]
    assert list(zip(leda["organisation"], leda["missing_in_organisation"], strict=True)) == [
        (GAVLEBORG, OREBRO),
        (NORRBOTTEN, OREBRO),
        (OREBRO, GAVLEBORG),
        (OREBRO, NORRBOTTEN),
    ]
    assert leda["similarity"].eq(0.438).all()
    assert len(frame) == 12


def test_obligations_not_shared_other_actor_or_role(tables: Tables) -> None:
    frame = obligations_not_shared(tables, actor="regionstyrelse")
    assert frame[["organisation", "missing_in_organisation", "aim"]].values.tolist() == [
        [OREBRO, GAVLEBORG, "ansvara"],
        [OREBRO, NORRBOTTEN, "ansvara"],
    ]
    pdt.assert_frame_equal(obligations_not_shared(tables, "board"), frame)


def test_actors_per_document(tables: Tables) -> None:
    expected = pd.DataFrame(
        {
            G: [3, 1, 0, 0, 0],
            N: [5, 1, 1, 1, 0],
            OR: [4, 2, 1, 0, 1],
        },
        index=pd.Index(
            [
                "regiondirektör",
                "regionstyrelse",
                "regionstyrelsens ordförande",
                "divisionschef",
                "nämnd",
            ],
            name="actor",
        ),
    ).astype("int64")
    expected.columns.name = "doc_id"
    frame = actors_per_document(tables)
    pdt.assert_frame_equal(frame, expected, check_index_type=False)


def test_roles_per_document(tables: Tables) -> None:
    frame = roles_per_document(tables)
    assert list(frame.index) == [CE, "board", "chair"]
    assert frame.loc[CE].tolist() == [3, 4, 4]
    assert frame.loc["board"].tolist() == [0, 0, 1]


def test_clauses_per_section(tables: Tables) -> None:
    columns = ["doc_id", "organisation", "format", "section", "section_title", "clauses"]
    expected = pd.DataFrame(
        [
            (G, GAVLEBORG, "txt", "1", "Uppdrag", 3),
            (N, NORRBOTTEN, "txt", "1", S1, 2),
            (N, NORRBOTTEN, "txt", "2", S2, 1),
            (OR, OREBRO, "txt", None, None, 5),
        ],
        columns=columns,
    )
    expected[columns[:-1]] = expected[columns[:-1]].astype("string")
    pdt.assert_frame_equal(clauses_per_section(tables), expected)


def test_aims_by_document(tables: Tables) -> None:
    expected = pd.DataFrame(
        [
            ("ansvara", 1, 1, 2, 3, "alla"),
            ("leda", 1, 1, 1, 3, "alla"),
            ("närvara", 0, 1, 1, 2, "flera"),
            ("besluta", 0, 1, 0, 1, "unik"),
            ("delegera", 0, 0, 1, 1, "unik"),
            ("hålla", 0, 1, 0, 1, "unik"),
            ("verkställa", 1, 0, 0, 1, "unik"),
        ],
        columns=["aim", G, N, OR, "documents", "scope"],
    )
    expected["aim"] = expected["aim"].astype("string")
    pdt.assert_frame_equal(aims_by_document(tables), expected)


def test_document_summary(tables: Tables) -> None:
    summary = document_summary(tables)
    assert summary["doc_id"].tolist() == [G, N, OR]
    assert summary["format"].tolist() == ["txt"] * 3
    assert summary["statements"].tolist() == [3, 5, 5]
    assert summary["prohibition"].tolist() == [0, 0, 1]
    assert summary["duplicate_of"].isna().all()
    assert summary["none"].tolist() == [0, 0, 0]


def test_document_summary_counts_statements_as_the_report_does(tmp_path: Path) -> None:
    """Round 50 (nu50b fault 8): a statement without a deontic (`Styrelsen är beslutför …`)
    is in `none`, not in `statements`, which is the sum of the deontic columns, like the
    report's Satser column."""
    import pyarrow as pa

    from pipeline.report import _documents

    for doc_id in DOCUMENTS:
        own = document_tables(doc_id)
        if doc_id == G:
            deontics = own["statements"]["deontic"].to_pylist()
            column = own["statements"].schema.get_field_index("deontic")
            own["statements"] = own["statements"].set_column(
                column, own["statements"].schema.field(column),
                pa.array(["none", *deontics[1:]], own["statements"].schema.field(column).type),
            )
        write_document_tables(tmp_path, doc_id, own)
    summary = document_summary(load_tables(tmp_path))
    assert summary["statements"].tolist() == [2, 5, 5]
    assert summary["none"].tolist() == [1, 0, 0]
    assert (summary["statements"] == summary[list(DEONTICS)].sum(axis=1)).all()
    rows = _documents(load_tables(tmp_path))
    assert [(row["statements"], row["no_deontic"]) for row in rows] == [(2, 1), (5, 0), (5, 0)]


def test_recipes_on_empty_tables(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    tables = {name: to_table(name, []) for name in ("clauses", "statements", "actors")}
    tables["documents"] = to_table(
        "documents", [{"doc_id": "tom", "organisation": "Region Tom", "normalized_text": ""}]
    )
    write_document_tables(tmp_path, "tom", tables)
    empty = load_tables(tmp_path)
    with caplog.at_level("WARNING", logger="styrdok"):
        assert statements_with_context(empty).empty
        assert duties_per_actor(empty).empty
        assert obligations_not_shared(empty).empty
        assert actors_per_document(empty).shape == (0, 1)
        assert clauses_per_section(empty).empty
        assert aims_by_document(empty).empty
        assert actor_deontic_matrix(empty).shape == (0, 5)
    # Not silent: each empty result says why.
    assert "duties_per_actor: no statements" in caplog.text
    assert "obligations_not_shared: needs two documents" in caplog.text
    assert "aims_by_document: no statements" in caplog.text
    assert "statements_with_context: no statements" in caplog.text
    assert "clauses_per_section: no paragraphs" in caplog.text


# ---------------------------------------------------------------------------
# Per document: duplicates, roles across kinds of documents, warnings


def _copy(doc_id: str, new_id: str, source: str) -> dict[str, Any]:
    arrow = document_tables(doc_id)
    rows = {name: table.to_pylist() for name, table in arrow.items()}
    for table_rows in rows.values():
        for row in table_rows:
            row["doc_id"] = new_id
    rows["documents"][0]["source_path"] = source
    return {name: to_table(name, table_rows) for name, table_rows in rows.items()}


def test_identical_documents_are_counted_once(tmp_path: Path) -> None:
    out = write_fixture(tmp_path / "p")
    write_document_tables(
        out, "region-norrbotten-pdf", _copy(N, "region-norrbotten-pdf", "raw/nb.pdf")
    )
    tables = load_tables(out)
    summary = document_summary(tables)
    row = summary[summary["doc_id"] == "region-norrbotten-pdf"].iloc[0]
    assert (row["format"], row["source"], row["duplicate_of"]) == ("pdf", "nb.pdf", N)
    assert duties_per_actor(tables)["doc_id"].unique().tolist() == [G, N, OR]
    assert len(statements_with_context(tables)) == 13
    assert "region-norrbotten-pdf" not in aims_by_document(tables).columns
    warnings = document_warnings(tables)
    assert warnings[["doc_id", "kind"]].values.tolist() == [["region-norrbotten-pdf", "duplicate"]]


def _single(doc_id: str, organisation: str, text: str, actor: str, aim: str, obj: str) -> Any:
    canonical = actor.lower().removesuffix("en").removesuffix("n")
    clause = _para("1", None, None, text, actors=[(actor, canonical, "tjänsteperson")])
    clause.statements = [
        _duty((canonical, "tjänsteperson"), actor, "obligation", "ska", aim, aim, obj)
    ]
    DOCUMENTS[doc_id] = (organisation, None, [Clause("title", "Instruktion", "heading"), clause])
    try:
        return document_tables(doc_id)
    finally:
        del DOCUMENTS[doc_id]


def test_chief_executives_are_compared_across_kinds_of_documents(tmp_path: Path) -> None:
    """A kommundirektör's duties are compared with a VD's: same role, different actors."""
    write_document_tables(
        tmp_path,
        "kommun",
        _single(
            "kommun",
            "Exempelkommun",
            "Kommundirektören ska leda förvaltningen.",
            "Kommundirektören",
            "leda",
            "förvaltningen",
        ),
    )
    write_document_tables(
        tmp_path,
        "bolag",
        _single(
            "bolag",
            "Exempel AB",
            "Verkställande direktören ska upprätta årsredovisningen.",
            "Verkställande direktören",
            "upprätta",
            "årsredovisningen",
        ),
    )
    tables = load_tables(tmp_path)
    assert default_role(tables) == CE
    frame = obligations_not_shared(tables)
    assert frame[["doc_id", "missing_in", "actor", "aim"]].values.tolist() == [
        ["bolag", "kommun", "verkställande direktör", "upprätta"],
        ["kommun", "bolag", "kommundirektör", "leda"],
    ]


@pytest.mark.parametrize(
    ("canonical", "role"),
    [
        ("regiondirektör", CE),
        ("verkställande direktör", CE),
        ("vd", CE),
        ("kommunfullmäktige", "assembly"),
        ("bolagsstämma", "assembly"),
        ("kommunstyrelse", "board"),
        ("socialnämnd", "committee"),
        ("kommunstyrelsens ordförande", "chair"),
        ("lekmannarevisor", "auditor"),
        ("ledamot", "elected"),
        ("förvaltningschef", "manager"),
        ("ekonomidirektör", "manager"),
        ("medarbetare", "employee"),
        ("socialförvaltning", "unit"),
        ("region norrbotten", "organisation"),
        ("sandviks energi ab", "organisation"),
        ("ägarråd", "owner"),
        ("myndighet", "external"),
        ("projekt", "other"),
        (None, None),
    ],
)
def test_fallback_role(canonical: str | None, role: str | None) -> None:
    assert fallback_role(canonical) == role


def test_fallback_role_reads_verkstallande_direktor_from_the_text() -> None:
    assert fallback_role("direktör", "Verkställande direktören") == CE
    assert fallback_role("direktör", "direktören") == "manager"


def test_role_column_is_used_when_the_tables_have_one(tables: Tables) -> None:
    from dataclasses import replace

    statements = tables.statements.copy()
    statements["role"] = "board"  # as the extractor will write it
    frame = duties_per_actor(replace(tables, statements=statements))
    assert set(frame["role"]) == {"board"}


def test_lead_in_without_statements_in_its_items_is_a_warning(tmp_path: Path) -> None:
    lead = _para("2", None, None, "Regiondirektören ska särskilt:")
    item = Clause("2.a", "budgeten", "list_item", "a)", None, None, "2")
    first = _para(
        "1",
        None,
        None,
        "Regiondirektören ska leda förvaltningen.",
        actors=[("Regiondirektören", *RD)],
    )
    first.statements = [
        _duty(RD, "Regiondirektören", "obligation", "ska", "leda", "leda", "förvaltningen")
    ]
    DOCUMENTS["lead"] = ("Region Lead", None, [Clause("title", "T", "heading"), first, lead, item])
    try:
        write_document_tables(tmp_path, "lead", document_tables("lead"))
    finally:
        del DOCUMENTS["lead"]
    warnings = document_warnings(load_tables(tmp_path))
    assert warnings[["clause_id", "kind"]].values.tolist() == [["2", "lead-in"]]
    assert "lead-in with no statements in its items" in warnings["message"].iloc[0]


def test_a_lead_in_whose_sub_items_state_is_no_warning(tmp_path: Path) -> None:
    """Newuser57b fault 9: `Chefen ska:` ⏎ `– följa upp` ⏎ `– ge råd om taxefrågor`: the
    statements of the sub-items count for the lead-in."""
    lead = _para("2", None, None, "Avdelningschefen ska:")
    item = Clause("2.a", "följa upp", "list_item", "-", None, None, "2")
    sub = Clause("2.a.a", "hon ska ge råd om taxefrågor", "list_item", "–", None, None, "2.a")
    sub.statements = [_duty(RD, "hon", "obligation", "ska", "ge", "ge", "taxefrågor")]
    DOCUMENTS["sub"] = ("Region Sub", None, [Clause("title", "T", "heading"), lead, item, sub])
    try:
        write_document_tables(tmp_path, "sub", document_tables("sub"))
    finally:
        del DOCUMENTS["sub"]
    assert document_warnings(load_tables(tmp_path)).empty


def test_fallback_reads_the_word_before_a_bare_direktor(tmp_path: Path) -> None:
    """'Verkställande direktören' tagged as just 'direktören' is still the chief executive."""
    tables = _single(
        "bolag",
        "Exempel AB",
        "Verkställande direktören ska leda bolaget.",
        "direktören",
        "leda",
        "bolaget",
    )
    write_document_tables(tmp_path, "bolag", tables)
    loaded = load_tables(tmp_path)
    assert loaded.statements["actor"].tolist() == ["direktör"]
    assert duties_per_actor(loaded)["role"].tolist() == [CE]


def test_a_document_read_by_ocr_is_a_warning(tables: Tables) -> None:
    """Round 48 (nu48 fault 6): OCR'd pages are never silent: a warning row per document."""
    from dataclasses import replace

    documents = tables.documents.copy()
    first = documents["doc_id"].iloc[0]
    documents["ocr_pages"] = [[1, 3] if doc == first else [] for doc in documents["doc_id"]]
    warnings = document_warnings(replace(tables, documents=documents))
    ocr = warnings[warnings["kind"] == "ocr"]
    assert ocr[["doc_id", "message"]].values.tolist() == [
        [first, "document read by OCR: check the text (pages 1, 3)"]
    ]


def test_a_document_without_the_role_lacks_none_of_its_duties(tmp_path: Path) -> None:
    """Round 48 (nu48 fault 7): a delegationsordning that never names a chief executive is
    not a document the chief executive's duties are missing in; the instructions still
    compare with each other."""
    manager = ("fritidschef", "tjänsteperson")
    row = _para(
        "1",
        None,
        None,
        "Fritidschefen ska besluta om bidrag.",
        actors=[("Fritidschefen", *manager)],
    )
    row.statements = [
        _duty(manager, "Fritidschefen", "obligation", "ska", "besluta", "besluta", "om bidrag")
    ]
    DOCUMENTS["delegation"] = ("Ekby kommun", None, [Clause("title", "D", "heading"), row])
    try:
        tables = load_tables(write_fixture(tmp_path))
    finally:
        del DOCUMENTS["delegation"]
    gaps = obligations_not_shared(tables)
    assert "delegation" not in set(gaps["missing_in"])
    assert {GAVLEBORG, NORRBOTTEN, OREBRO} <= set(gaps["missing_in_organisation"])


def test_failed_files_are_warnings(tmp_path: Path) -> None:
    """Round 49 (nu49 fault 11): each errors.parquet row is a `failed` warning, named by its
    doc_id, or by its path where it has none."""
    from pipeline.tables import write_errors

    processed = write_fixture(tmp_path / "p")
    write_errors(processed, [
        {"doc_path": "docs/a.rtf", "doc_id": "a", "stage": "ingest", "message": "docs/a.rtf: x"},
        {"doc_path": "docs/tom.txt", "stage": "ingest", "message": "docs/tom.txt: empty"},
    ])
    warnings = document_warnings(load_tables(processed))
    failed = warnings[warnings["kind"] == "failed"]
    assert failed["doc_id"].tolist() == ["a", pd.NA]  # newuser53 fault 11: its message
    # names the path, and a log line shows it once
    assert [warning_line(*row) for row in failed[["doc_id", "clause_id", "message"]].values] == [
        "a: failed [ingest]: docs/a.rtf: x", "failed [ingest]: docs/tom.txt: empty"]
    assert failed["message"].tolist() == ["failed [ingest]: docs/a.rtf: x",
                                          "failed [ingest]: docs/tom.txt: empty"]


def test_a_later_document_title_is_a_warning_naming_its_page(tables: Tables) -> None:
    """Newuser55 fault 7: a second document's title in a file (clause `title2`) gives a
    ``second-document`` row that names its page and title."""
    from dataclasses import replace

    clauses = tables.clauses.copy()
    first = clauses["doc_id"].iloc[0]
    row = clauses[clauses["doc_id"] == first].iloc[[0]].copy()
    row["clause_id"], row["kind"], row["page"] = "title2", "heading", 2
    row["text"] = "Arbetsordning för styrelsen"
    warnings = document_warnings(replace(tables, clauses=pd.concat([clauses, row])))
    later = warnings[warnings["kind"] == "second-document"]
    assert later[["doc_id", "clause_id"]].values.tolist() == [[first, "title2"]]
    assert later["message"].iloc[0].startswith(
        "page 2 seems to open a second document ('Arbetsordning för styrelsen'"
    )
