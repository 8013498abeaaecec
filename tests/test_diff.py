"""styrdok diff: a seed and an edited copy of it give exactly the edits made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import styrdok
from pipeline.diff import DiffOptions, _Clause, align_clauses, diff_tables, format_diff
from pipeline.tables import Tables

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "region-norrbotten.txt"

MOVED = (
    "Delegation av beslutanderätt ges som huvudregel till regiondirektören, som i sin tur har "
    "rätt att vidaredelegera till tjänstemän inom förvaltningen."
)
DUTY = "Regiondirektören ska säkerställa att av styrelsen beslutad delegationsordning följs"
REMOVED = (
    "Regiondirektören ska arbeta med stor integritet med avseende på information och underlag "
    "för beslut."
)
AFTER_2_8 = "det fastställda samverkanssystemet."
NEW_ACTOR = "Ekonomidirektören ska årligen rapportera budgetutfallet till regionstyrelsen."


def edit(text: str) -> str:
    """Four edits: a moved clause, a changed deontic, a removed duty, a new actor."""
    assert text.count(MOVED) == text.count(DUTY) == text.count(REMOVED) == 1
    text = text.replace(f"{MOVED}\n\n", "")  # 1.3 leaves section 1 …
    text = text.replace(AFTER_2_8, f"{AFTER_2_8}\n\n{MOVED}")  # … and ends section 2
    text = text.replace(DUTY, DUTY.replace(" ska ", " får "))  # 2.7: obligation → permission
    text = text.replace(f"{REMOVED}\n\n", "")  # 3.3 goes, 3.4 becomes 3.3
    return text.replace(AFTER_2_8, f"{AFTER_2_8}\n\n{NEW_ACTOR}")  # a new actor in 2.9


@pytest.fixture(scope="module")
def versions() -> tuple[Tables, Tables]:
    seed = styrdok.analyze(SEED)
    text = seed.documents["normalized_text"].iloc[0]
    return styrdok.analyze(text), styrdok.analyze(edit(text))


@pytest.fixture(scope="module")
def changes(versions: tuple[Tables, Tables]) -> pd.DataFrame:
    return diff_tables(*versions)


def test_reports_exactly_the_edits(changes: pd.DataFrame) -> None:
    rows = changes[["change", "deontic", "actor", "aim", "old_clause_id", "new_clause_id"]]
    assert rows.astype(object).where(rows.notna(), None).values.tolist() == [
        ["changed", "permission", "regiondirektör", "säkerställa", "2.7", "2.7"],
        ["added", "obligation", "ekonomidirektör", "rapportera", None, "2.9"],
        ["moved", "permission", "regiondirektör", "vidaredelegera", "1.3", "2.10"],
        ["removed", "obligation", "regiondirektör", "arbeta", "3.3", None],
    ]


def test_rows_carry_text_on_both_sides(changes: pd.DataFrame) -> None:
    changed = changes[changes["change"] == "changed"].iloc[0]
    assert changed["old_deontic"] == "obligation"
    assert changed["detail"] == "deontik: obligation → permission"
    assert " ska säkerställa" in changed["old_text"] and " får säkerställa" in changed["new_text"]
    removed = changes[changes["change"] == "removed"].iloc[0]
    assert removed["old_text"] == REMOVED and pd.isna(removed["new_text"])
    moved = changes[changes["change"] == "moved"].iloc[0]
    assert moved["old_text"] == moved["new_text"] == MOVED


def test_same_version_has_no_differences(versions: tuple[Tables, Tables]) -> None:
    assert diff_tables(versions[0], versions[0]).empty
    assert format_diff(diff_tables(versions[1], versions[1])).startswith("no differences")


def test_renumbered_clauses_are_aligned_not_moved() -> None:
    old = [_Clause("1", 0, "Nämnden beslutar om taxor."), _Clause("2", 1, "Chefen leder.")]
    new = [_Clause("1", 0, "Chefen leder."), _Clause("2", 1, "Något helt nytt om budgeten.")]
    assert align_clauses(old, new, DiffOptions()) == {"2": "1"}


def test_terminal_output(changes: pd.DataFrame) -> None:
    text = format_diff(changes)
    assert text.splitlines()[0] == "1 removed, 1 changed, 1 moved, 1 added"
    assert "~ changed permission: regiondirektör → säkerställa  [2.7 → 2.7]" in text
    assert "+ added obligation: ekonomidirektör → rapportera  [– → 2.9]" in text


def test_styrdok_diff_command_writes_parquet_and_report(tmp_path: Path) -> None:
    text = styrdok.analyze(SEED).documents["normalized_text"].iloc[0]
    old, new = tmp_path / "instruktion-2023.txt", tmp_path / "instruktion-2024.txt"
    old.write_text(text, encoding="utf-8")
    new.write_text(edit(text), encoding="utf-8")
    out = tmp_path / "diff"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "diff",
            str(old),
            str(new),
            "--out",
            str(out),
            "--report",
            str(tmp_path / "diff.html"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "1 removed, 1 changed, 1 moved, 1 added" in result.stdout
    frame = pd.read_parquet(out / "diff.parquet")
    assert frame["change"].tolist() == ["changed", "added", "moved", "removed"]
    html = (tmp_path / "diff.html").read_text(encoding="utf-8")
    assert 'id="diff" data-count="4"' in html
    assert 'data-change="removed" data-deontic="obligation" data-aim="arbeta"' in html


def test_a_folder_of_many_documents_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="OLD: a diff compares two versions of one document"):
        styrdok.diff(ROOT / "raw", SEED)


def test_diff_of_two_texts_from_the_api() -> None:
    frame = styrdok.diff(
        "Nämnden ska besluta om taxor.", "Nämnden får besluta om taxor. Chefen ska leda arbetet."
    )
    assert frame["change"].tolist() == ["changed", "added"]


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "diff", str(tmp_path / "a.txt"), str(SEED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"styrdok diff: error: {tmp_path / 'a.txt'}: no such file or folder"
    ]


def test_a_permission_that_became_a_prohibition_of_another_object_is_changed() -> None:
    """newuser51b fault 3: the same actor and aim, the deontic and the whole object new (the
    clause too changed to align) is one ``changed`` row, not removed + added; a statement of
    another aim stays added."""
    before = (
        "Instruktion för hamnchefen\n\n1. Uppdrag\n\n"
        "Hamnchefen får teckna avtal om båtplatser som nämnden har godkänt i förväg.\n"
    )
    after = (
        "Instruktion för hamnchefen\n\n1. Uppdrag\n\n"
        "Hamnchefen får inte teckna hyresavtal för kommunens egna lokaler.\n\n"
        "Hamnchefen ska leda hamnens drift.\n"
    )
    frame = styrdok.diff(before, after)
    assert frame["change"].tolist() == ["changed", "added"]
    assert "deontik: permission → prohibition" in frame["detail"].iloc[0]


def test_a_lone_leftover_of_one_actor_and_aim_pairs_only_within_its_section() -> None:
    """Review 52b S2: the third pass pairs the only leftover of an actor and aim on each side
    within one section: a removed duty in section 1 and an added, unrelated one of the same
    actor and aim in section 3 stay removed and added, not one changed row."""
    before = (
        "Instruktion för hamnchefen\n\n1. Uppdrag\n\n"
        "Hamnchefen ska rapportera om båtplatsernas skick till nämnden varje kvartal.\n\n"
        "2. Drift\n\nHamnchefen ska leda hamnens drift.\n\n"
        "3. Ekonomi\n\nHamnchefen ska följa budgeten.\n"
    )
    after = (
        "Instruktion för hamnchefen\n\n1. Uppdrag\n\nHamnchefen får anlita dykare.\n\n"
        "2. Drift\n\nHamnchefen ska leda hamnens drift.\n\n"
        "3. Ekonomi\n\nHamnchefen ska följa budgeten.\n\n"
        "Hamnchefen ska rapportera avvikelser i bokföringen till revisorerna.\n"
    )
    frame = styrdok.diff(before, after)
    assert "changed" not in frame["change"].tolist()
    assert sorted(frame["change"].tolist()) == ["added", "added", "removed"]


def _delegation_list(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["# Delegationsordning för fritidsnämnden i Ådala kommun", "",
             "| Nr | Ärende | Delegat |", "| --- | --- | --- |"]
    path.write_text("\n".join([*lines, *(" | ".join(("", *row, "")).strip() for row in rows)])
                    + "\n", encoding="utf-8")
    return path


def test_a_delegation_list_compares_its_delegates_and_matters(tmp_path: Path) -> None:
    """Newuser53 fault 4: a delegation list's rows are compared (a delegate replaced, a matter
    added), and a list of delegations alone draws no `no statements` warning."""
    old = _delegation_list(tmp_path / "a.md", [("1", "Beslut om bidrag till föreningar",
                                                 "Fritidschef"),
                                                ("2", "Yttrande över serveringstillstånd",
                                                 "Ordföranden")])
    new = _delegation_list(tmp_path / "b.md", [("1", "Beslut om bidrag till föreningar",
                                                 "Förvaltningschef"),
                                                ("2", "Yttrande över serveringstillstånd",
                                                 "Ordföranden"),
                                                ("3", "Beslut om lokalbokning", "Bokningsansvarig")])
    frame = styrdok.diff(old, new)
    rows = frame[["change", "deontic", "actor", "old_actor", "detail"]]
    assert rows.astype(object).where(rows.notna(), None).values.tolist() == [
        ["changed", "delegation", "förvaltningschef", "fritidschef",
         "delegat: fritidschef → förvaltningschef"],
        ["added", "delegation", "bokningsansvarig", None, None],
    ]
    assert "~ changed delegation: förvaltningschef → Beslut om bidrag till föreningar" in (
        format_diff(frame))
    assert styrdok.analyze(new).warnings.empty
    assert format_diff(styrdok.diff(old, old)).startswith("no differences")


def test_a_delegation_matter_that_only_gains_inte_is_changed(tmp_path: Path) -> None:
    """Newuser53b fault 7 / newuser54 fault 7: a matter whose only edit is an added ``inte``
    is a change (the matters are compared as words, not by text similarity); spacing and
    case alone are not."""
    old = _delegation_list(tmp_path / "a.md", [("1", "Beslut om att inleda tillsyn av lokaler",
                                                 "Miljöchef")])
    new = _delegation_list(tmp_path / "b.md", [("1", "Beslut om att inte inleda tillsyn av "
                                                 "lokaler", "Miljöchef")])
    respaced = _delegation_list(tmp_path / "c.md", [("1", "beslut om att  inleda tillsyn av "
                                                      "lokaler", "Miljöchef")])
    frame = styrdok.diff(old, new)
    assert frame[["change", "deontic", "actor"]].values.tolist() == [
        ["changed", "delegation", "miljöchef"]]
    assert frame["detail"].iloc[0] == (
        "ärende: Beslut om att inleda tillsyn av lokaler → "
        "Beslut om att inte inleda tillsyn av lokaler")
    assert format_diff(styrdok.diff(old, respaced)).startswith("no differences")


_ERSATTARE = "# Instruktion för verkställande direktören i Tallby Energi AB\n\n## 3 Ersättare\n\n"


def test_a_replaced_actor_is_one_changed_statement() -> None:
    """Newuser55 fault 6: a clause whose only edit is its actor gives one `changed` row
    naming the old and new actor, in place (same clause id) or renumbered (the clause text
    is the same apart from the actor); an added ``inte`` says deontic and negation."""
    old = (f"{_ERSATTARE}Vid VD:s frånvaro ska ekonomichefen ersätta VD.\n\n"
           "VD får anställa personal.\n")
    new = (f"{_ERSATTARE}Vid VD:s frånvaro ska vice verkställande direktören ersätta VD.\n\n"
           "VD får inte anställa personal.\n")
    moved = (f"{_ERSATTARE}Styrelsen ska utse en vice verkställande direktör.\n\n"
             "Vid VD:s frånvaro ska vice verkställande direktören ersätta VD.\n\n"
             "VD får anställa personal.\n")
    frame = styrdok.diff(old, new)
    rows = frame[["change", "deontic", "actor", "old_actor", "old_clause_id", "new_clause_id",
                  "detail"]]
    assert rows.values.tolist() == [
        ["changed", "obligation", "vice verkställande direktör", "ekonomichef", "3.1", "3.1",
         "aktör: ekonomichef → vice verkställande direktör"],
        ["changed", "prohibition", "verkställande direktör", "verkställande direktör", "3.2",
         "3.2", "deontik: permission → prohibition; negation: False → True"],
    ]
    assert "~ changed obligation: vice verkställande direktör → ersätta  [3.1 → 3.1]" in (
        format_diff(frame))
    renumbered = styrdok.diff(old, moved)
    rows = renumbered[["change", "actor", "old_clause_id", "new_clause_id", "detail"]]
    assert rows.astype(object).where(rows.notna(), None).values.tolist() == [
        ["added", "styrelse", None, "3.1", None],
        ["changed", "vice verkställande direktör", "3.1", "3.2",
         "aktör: ekonomichef → vice verkställande direktör"],
    ]


def test_another_clause_with_another_actor_stays_removed_and_added() -> None:
    """A removed duty and an added one of the same verb in another clause whose words differ
    apart from the actor are two rows, not a changed actor."""
    old = (f"{_ERSATTARE}Vid VD:s frånvaro ska ekonomichefen ersätta VD.\n\n"
           "VD får anställa personal.\n")
    new = (f"{_ERSATTARE}VD får anställa personal.\n\n"
           "Vid styrelseordförandens frånvaro ska vice ordföranden ersätta ordföranden.\n")
    rows = styrdok.diff(old, new)[["change", "actor"]].values.tolist()
    assert sorted(rows) == [["added", "vice ordförande"], ["removed", "ekonomichef"]]


def test_a_changed_amount_date_or_percentage_is_a_change() -> None:
    """Newuser56 fault 7: an object or condition whose only edit is a number, an amount's unit,
    a month or a percentage is changed, however alike the texts are; the same words are not."""
    head = "Instruktion för hamnchefen\n\n1. Uppdrag\n\n"
    old = (f"{head}Hamnchefen får inte teckna avtal som överstiger 40 tusen kronor.\n\n"
           "Hamnchefen ska lämna en rapport till nämnden senast den 15 mars varje år.\n\n"
           "Hamnchefen får höja avgifterna med högst tre procent om nämnden har godkänt det.\n")
    new = (f"{head}Hamnchefen får inte teckna avtal som överstiger 80 tusen kronor.\n\n"
           "Hamnchefen ska lämna en rapport till nämnden senast den 15 april varje år.\n\n"
           "Hamnchefen får höja avgifterna med högst fem procent om nämnden har godkänt det.\n")
    frame = styrdok.diff(old, new)
    assert frame["change"].tolist() == ["changed"] * 3
    details = " | ".join(frame["detail"])
    assert "40 tusen kronor → avtal som överstiger 80 tusen kronor" in details
    assert "mars" in details and "april" in details
    assert "tre procent" in details and "fem procent" in details
    assert styrdok.diff(old, old.replace("avtal", "avtalet")).empty
