"""``--config`` governs every word list of the NLP components, ``grammar.yaml`` included
(pipeline/language/grammar.py, pipeline/nlp/components.py): a user's copy of ``configs/`` with one
grammar list changed changes the extraction through the API, the CLI and a saved pipeline;
the shipped configs do not; a bad key names the user's file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy

import styrdok
from pipeline.cli import main
from pipeline.config import ConfigError, load_settings
from pipeline.nlp import build_nlp

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_NEGATIONS = "negations: [inte, ej, icke, aldrig]"
# Invented: "ingalunda" (by no means) negates the modal only where grammar.yaml lists it.
TEXT = "Styrelsen får ingalunda sälja bolagets fastigheter."


@pytest.fixture(scope="module")
def user_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of configs/ whose grammar.yaml lists one more negation."""
    folder = tmp_path_factory.mktemp("myconf") / "configs"
    shutil.copytree(ROOT / "configs", folder)
    path = folder / "grammar.yaml"
    text = path.read_text(encoding="utf-8")
    assert SHIPPED_NEGATIONS in text
    path.write_text(
        text.replace(SHIPPED_NEGATIONS, SHIPPED_NEGATIONS[:-1] + ", ingalunda]"), encoding="utf-8"
    )
    return folder


def deontics(statements) -> list[tuple[str, str, bool]]:
    return [tuple(row) for row in statements[["actor", "deontic", "negated"]].to_numpy().tolist()]


def test_the_users_grammar_changes_the_extraction_through_the_api(user_config: Path) -> None:
    shipped = styrdok.analyze(TEXT)
    users = styrdok.analyze(TEXT, config=user_config)
    assert deontics(shipped.statements) == [("styrelse", "permission", False)]
    assert deontics(users.statements) == [("styrelse", "prohibition", True)]


def test_the_users_grammar_changes_the_extraction_through_the_cli(
    user_config: Path, tmp_path: Path
) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    for name, config in (("shipped", []), ("users", ["--config", str(user_config)])):
        out = tmp_path / name
        assert main(["run", str(tmp_path / "raw"), "--out", str(out), "-q", *config]) == 0
    assert deontics(styrdok.load(tmp_path / "shipped").statements)[0][1] == "permission"
    assert deontics(styrdok.load(tmp_path / "users").statements)[0][1] == "prohibition"


def test_two_pipelines_with_different_grammars_in_one_process(user_config: Path) -> None:
    shipped = build_nlp(load_settings(ROOT / "configs"))
    users = build_nlp(load_settings(user_config))
    for _ in range(2):  # interleaved: each call sees its own lists
        assert [s.deontic for _, s in users(TEXT)._.statements] == ["prohibition"]
        assert [s.deontic for _, s in shipped(TEXT)._.statements] == ["permission"]


def test_the_grammar_path_is_in_nlp_config_and_survives_to_disk(
    user_config: Path, tmp_path: Path
) -> None:
    nlp = build_nlp(load_settings(user_config))
    for name in ("styrdok_actors", "styrdok_verbs", "styrdok_statements", "styrdok_document"):
        assert nlp.config["components"][name]["grammar_path"] == str(user_config / "grammar.yaml")
    sentences = nlp.config["components"]["styrdok_sentences"]
    assert sentences["rules_path"] == str(user_config / "sentences.yaml")
    # review 53 S3: the lost-stop sentence rules read the run's actors.yaml
    assert sentences["lexicon_path"] == str(user_config / "actors.yaml")
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    grammar_path = loaded.config["components"]["styrdok_statements"]["grammar_path"]
    assert grammar_path == str(user_config / "grammar.yaml")
    assert [s.deontic for _, s in loaded(TEXT)._.statements] == ["prohibition"]


def test_an_unknown_key_in_the_users_grammar_names_the_users_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", folder)
    with (folder / "grammar.yaml").open("a", encoding="utf-8") as file:
        file.write("\nmodalz: [ska]\n")
    with pytest.raises(ConfigError) as error:
        build_nlp(load_settings(folder))
    assert str(folder / "grammar.yaml") in str(error.value)
    assert "modalz" in str(error.value)
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "raw"), "--out", str(out), "--config", str(folder)]) == 2
    assert f"{folder / 'grammar.yaml'}: modalz" in capsys.readouterr().err


def test_the_users_sentence_rules_reach_segment_through_the_cli(tmp_path: Path) -> None:
    """The heading words of the user's sentences.yaml decide the organisation segment names
    (pipeline/segment/facts.py), not the shipped file's."""
    folder = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", folder)
    path = folder / "sentences.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("heading_words: [", "heading_words: [förord, "),
        encoding="utf-8",
    )
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(
        "Förord Ekbo Värme AB ägs av kommunen.\n", encoding="utf-8"
    )
    names = {}
    for name, config in (("shipped", []), ("users", ["--config", str(folder)])):
        out = tmp_path / name
        assert main(["run", str(tmp_path / "raw"), "--out", str(out), "-q", *config]) == 0
        names[name] = styrdok.load(out).documents["organisation"].tolist()
    assert names == {"shipped": ["Förord Ekbo Värme AB"], "users": ["Ekbo Värme AB"]}
