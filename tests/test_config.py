from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.config import (
    PACKAGED_CONFIG_DIR,
    ConfigError,
    StrictModel,
    frozen_from_file,
    load_settings,
    read_yaml,
    validate_config,
)
from tests.conftest import ROOT


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "configs"
    shutil.copytree(ROOT / "configs", target)
    return target


def test_settings_come_from_the_yaml_files(config_dir: Path) -> None:
    settings = load_settings(config_dir)
    assert settings.model == "styrdok-default"
    assert settings.batch_size >= 1
    assert ".pdf" in settings.input_suffixes
    assert "och" in settings.normalize.keep_hyphen_before
    assert settings.actors_path == config_dir / "actors.yaml"


def test_fingerprint_follows_every_yaml_file(config_dir: Path) -> None:
    before = load_settings(config_dir).fingerprint
    path = config_dir / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert load_settings(config_dir).fingerprint != before


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("model: x\nbatch_size: 0\n", "batch_size"),
        ("model: x\nbatchsize: 8\n", "batchsize: unknown key"),
        ("model: [unclosed\n", "invalid YAML"),
        ("model: x\nbatch_size: 8\nmodel: y\n", "duplicate key 'model'"),
    ],
)
def test_bad_configuration_names_the_file(config_dir: Path, text: str, problem: str) -> None:
    (config_dir / "pipeline.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem) as error:
        load_settings(config_dir)
    assert "pipeline.yaml" in str(error.value)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("double_spaced_min_breaks: two\n", "double_spaced_min_breaks"),
        ("no_such_option: 1\n", "unknown normalize options: no_such_option"),
    ],
)
def test_bad_normalize_options_name_the_file(config_dir: Path, text: str, problem: str) -> None:
    (config_dir / "normalize.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem) as error:
        load_settings(config_dir)
    assert "normalize.yaml" in str(error.value)


def test_missing_configuration_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nowhere")


def test_partial_folder_takes_the_other_files_from_the_shipped_configs(tmp_path: Path) -> None:
    """Round 48 (nu48b, fault 4): a folder with only the file a user changed works; each
    missing file is the shipped one, and ``config show`` says where each was read."""
    partial = tmp_path / "mine"
    partial.mkdir()
    shutil.copy(ROOT / "configs" / "deontics.yaml", partial / "deontics.yaml")
    settings = load_settings(partial)
    assert settings.deontics_path == partial / "deontics.yaml"
    assert settings.actors_path == PACKAGED_CONFIG_DIR / "actors.yaml"
    assert settings.model == "styrdok-default"
    files = settings.shown()["files"]
    assert files["deontics.yaml"] == str(partial / "deontics.yaml")
    assert files["pipeline.yaml"] == str(PACKAGED_CONFIG_DIR / "pipeline.yaml")


def test_partial_folder_keeps_unknown_keys_errors(tmp_path: Path) -> None:
    partial = tmp_path / "mine"
    partial.mkdir()
    (partial / "pipeline.yaml").write_text("no_such_key: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="no_such_key: unknown key"):
        load_settings(partial)


def test_bad_reader_options_fail_at_start(config_dir: Path) -> None:
    (config_dir / "ingest.yaml").write_text("pdf:\n  no_such_option: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="ingest.yaml"):
        load_settings(config_dir)


@pytest.mark.parametrize(
    ("name", "text", "key"),
    [
        (
            "ingest.yaml",
            "pdf:\n  page_number_patterns: ['^(sida[ ']\n",
            "pdf.page_number_patterns[0]",
        ),
        ("ingest.yaml", "docx:\n  adopted_pattern: 'antagen (av'\n", "docx.adopted_pattern"),
        (
            "normalize.yaml",
            "page_artifact_patterns: ['x', 'sida+*']\n",
            "page_artifact_patterns[1]",
        ),
    ],
)
def test_an_invalid_regular_expression_stops_the_run_at_start(
    config_dir: Path, name: str, text: str, key: str
) -> None:
    (config_dir / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(config_dir)
    assert str(error.value).startswith(f"{config_dir / name}: {key}: invalid regular expression: ")


def test_an_invalid_pattern_in_a_model_list_names_its_index(config_dir: Path) -> None:
    from pipeline.language.grammar import GrammarFile

    values = read_yaml(config_dir / "grammar.yaml")
    values["never_verb_patterns"] = ["KS/\\d+", "(x"]
    with pytest.raises(ConfigError) as error:
        validate_config(GrammarFile, values, "grammar.yaml")
    assert str(error.value).startswith(
        "grammar.yaml: never_verb_patterns[1]: invalid regular expression: missing )"
    )


def test_the_users_laws_yaml_names_the_law(config_dir: Path) -> None:
    import styrdok

    text = "Nämnden beslutar enligt 3 § XYZL."  # an invented abbreviation
    path = config_dir / "laws.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "abbreviations:\n", "abbreviations:\n  XYZL: lagen om påhittade förkortningar\n"
        ),
        encoding="utf-8",
    )
    shipped = styrdok.analyze(text, nlp=False).references
    users = styrdok.analyze(text, config=config_dir, nlp=False).references
    assert shipped.text.tolist() == ["3 §"] and shipped.law.isna().all()
    assert users[["text", "law"]].values.tolist() == [
        ["3 § XYZL", "lagen om påhittade förkortningar"]
    ]


def test_an_unknown_key_in_laws_yaml_names_the_file_at_start(config_dir: Path) -> None:
    with (config_dir / "laws.yaml").open("a", encoding="utf-8") as file:
        file.write("abbreviationz: {}\n")
    with pytest.raises(ConfigError, match="abbreviationz: unknown key") as error:
        load_settings(config_dir)
    assert str(config_dir / "laws.yaml") in str(error.value)


@pytest.mark.parametrize("label", ["-", "–", "*"])
def test_a_set_dash_label_is_the_text_itself(config_dir: Path, label: str) -> None:
    # YAML reads a bare `-` as a one-item list; on a command line it is the dash (a new
    # user's `--set ingest.html.bullet_label=-` gave list items labelled `(None,)`).
    settings = load_settings(config_dir, sets=[f"ingest.html.bullet_label={label}"])
    assert settings.ingest["html"]["bullet_label"] == label


def test_a_set_flow_list_stays_a_list(config_dir: Path) -> None:
    settings = load_settings(config_dir, sets=["ingest.html.skip_tags=[nav, aside]"])
    assert settings.ingest["html"]["skip_tags"] == ["nav", "aside"]


def test_a_text_reader_option_given_a_list_fails_at_start(config_dir: Path) -> None:
    (config_dir / "ingest.yaml").write_text("html:\n  bullet_label: [x]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bullet_label: expected a text"):
        load_settings(config_dir)


def _loaders() -> dict[str, Callable[[Path], object]]:
    from pipeline.config import load_laws, load_layout
    from pipeline.language.grammar import load_deontic_cues, load_grammar
    from pipeline.language.lexicon import load_actor_lexicon
    from pipeline.language.sentence_rules import load_sentence_rules

    return {
        "grammar.yaml": load_grammar,
        "deontics.yaml": load_deontic_cues,
        "actors.yaml": load_actor_lexicon,
        "sentences.yaml": load_sentence_rules,
        "laws.yaml": load_laws,
        "layout.yaml": load_layout,
    }


@pytest.mark.parametrize("name", list(_loaders()))
def test_an_unknown_key_in_each_yaml_is_one_line_naming_file_and_key(
    config_dir: Path, name: str
) -> None:
    path = config_dir / name
    with path.open("a", encoding="utf-8") as file:
        file.write("\nno_such_list: [x]\n")
    with pytest.raises(ConfigError) as error:
        _loaders()[name](path)
    assert str(error.value) == f"{path}: no_such_list: unknown key"


def test_an_unknown_placeholder_in_an_organisation_pattern_fails_on_load(
    config_dir: Path,
) -> None:
    from pipeline.language.lexicon import load_actor_lexicon

    path = config_dir / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{NAME_STOP_WORDS}", "{NAME_STOP_WORDZ}", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown placeholder \{NAME_STOP_WORDZ\}"):
        load_actor_lexicon(path)


def test_a_bad_layout_yaml_in_the_folder_fails_at_start(config_dir: Path) -> None:
    with (config_dir / "layout.yaml").open("a", encoding="utf-8") as file:
        file.write("heading_linkz: [x]\n")
    with pytest.raises(ConfigError, match="heading_linkz: unknown key"):
        load_settings(config_dir)


def test_the_layout_lists_are_the_shipped_layout_yaml() -> None:
    from pipeline import patterns
    from pipeline.config import load_layout

    layout = load_layout()
    for constant, key, word in [
        ("SENTENCE_VERBS", "sentence_verbs", "ska"),
        ("ABBREVIATIONS", "abbreviations", "t.ex"),
        ("HEADING_LINKS", "heading_links", "från"),
    ]:
        words = getattr(layout, key)
        assert getattr(patterns, constant) == frozenset(words) and word in words


def test_config_show_shows_the_moved_word_lists(config_dir: Path) -> None:
    shown = load_settings(config_dir).shown()
    assert shown["laws"]["law_endings"] == ["lagen", "balken", "förordningen"]
    assert "sammanträder" in shown["layout"]["sentence_verbs"]


def test_the_users_law_endings_decide_which_clauses_are_searched(config_dir: Path) -> None:
    import styrdok

    text = "Nämnden följer kommunallagen."  # a law named without §
    path = config_dir / "laws.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("law_endings: [lagen, ", "law_endings: ["))
    assert styrdok.analyze(text, nlp=False).references.text.tolist() == ["kommunallagen"]
    assert styrdok.analyze(text, config=config_dir, nlp=False).references.empty


@dataclass(frozen=True)
class _Runtime:
    words: frozenset[str]
    endings: tuple[str, ...]
    pairs: dict[str, frozenset[str]]
    count: int


class _File(StrictModel):
    words: list[str]
    endings: list[str]
    pairs: dict[str, list[str]]
    count: int


def test_a_frozen_value_is_built_field_by_field_from_the_file() -> None:
    data = _File(words=["a", "b"], endings=["-s", "-en"], pairs={"x": ["y"]}, count=3)
    value = frozen_from_file(_Runtime, data)
    assert value == _Runtime(frozenset({"a", "b"}), ("-s", "-en"), {"x": frozenset({"y"})}, 3)
    assert frozen_from_file(_Runtime, data, count=4).count == 4


def test_a_field_without_a_conversion_must_be_given() -> None:
    @dataclass(frozen=True)
    class Odd:
        words: set[str]

    with pytest.raises(TypeError, match="Odd.words"):
        frozen_from_file(Odd, _File(words=[], endings=[], pairs={}, count=0))


def test_an_archaic_infinitive_needs_its_modern_form(config_dir: Path) -> None:
    """A long infinitive head (`archaic_infinitives`) without an `irregular_lemmas` entry
    would be dead config: loading the grammar names the file and the head."""
    from pipeline.language.grammar import load_grammar

    path = config_dir / "grammar.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("archaic_infinitives: [", "archaic_infinitives: [sitta, ", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"archaic_infinitives \['sitta'\]") as error:
        load_grammar(path)
    assert "grammar.yaml" in str(error.value)


def test_a_misspelt_part_of_speech_in_the_grammar_is_an_error(tmp_path: Path) -> None:
    """Review 49 S5: `time_phrase_pos` holds universal tags; a typo (``NOUNS``) is an error,
    not a tag that never matches."""
    from pipeline.language.grammar import load_grammar

    text = (ROOT / "configs" / "grammar.yaml").read_text(encoding="utf-8")
    path = tmp_path / "grammar.yaml"
    path.write_text(text.replace("NUM, ADJ, NOUN, PROPN]", "NUM, ADJ, NOUNS, PROPN]"), "utf-8")
    with pytest.raises(ConfigError, match="time_phrase_pos"):
        load_grammar(path)


def test_a_misspelt_key_is_named_with_the_field_it_misspells(config_dir: Path) -> None:
    # newuser52b fault 6: the typo, not the field it left missing, is what the user sees
    path = config_dir / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    typo = "heads:\n  lots: {categroy: tjänsteperson, role: employee}\n"
    path.write_text(text.replace("heads:\n", typo, 1), encoding="utf-8")
    from pipeline.language.lexicon import load_actor_lexicon

    with pytest.raises(ConfigError) as error:
        load_actor_lexicon(path)
    message = str(error.value)
    assert "heads.lots.categroy: unknown key (did you mean 'category'?)" in message
    assert "Field required" not in message and "\n" not in message


def test_every_error_is_shown_unknown_keys_first(tmp_path: Path) -> None:
    class _Pair(StrictModel):
        name: str
        size: int

    with pytest.raises(ConfigError) as error:
        validate_config(_Pair, {"size": "many", "nmae": "x", "colour": "red"}, "f.yaml")
    assert str(error.value) == (
        "f.yaml: nmae: unknown key (did you mean 'name'?); colour: unknown key; "
        "size: Input should be a valid integer, unable to parse string as an integer"
    )


def test_config_show_refuses_a_config_that_run_refuses(
    config_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli import main

    path = config_dir / "deontics.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nphrases:", "\nphrasses:", 1), encoding="utf-8")
    assert main(["config", "show", "--config", str(config_dir)]) == 2
    assert "phrasses: unknown key (did you mean 'phrases'?)" in capsys.readouterr().err


def test_config_init_writes_real_files_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli import main
    from pipeline.config import PACKAGED_CONFIG_DIR

    target = tmp_path / "mina inställningar"
    assert main(["config", "init", str(target)]) == 0
    shipped = sorted(path.name for path in PACKAGED_CONFIG_DIR.glob("*.yaml"))
    assert sorted(path.name for path in target.glob("*.yaml")) == shipped
    assert not any(path.is_symlink() for path in target.iterdir())
    assert main(["config", "show", "--config", str(target)]) == 0
    capsys.readouterr()
    assert main(["config", "init", str(target)]) == 2
    assert "--force overwrites them" in capsys.readouterr().err
    assert main(["config", "init", str(target), "--force"]) == 0


def test_a_missing_or_dangling_config_dir_names_config_init(tmp_path: Path) -> None:
    from pipeline.config import ConfigError, load_settings

    link = tmp_path / "kopia"
    link.symlink_to(tmp_path / "finns-inte")
    for folder in (tmp_path / "saknas", link):
        with pytest.raises(ConfigError, match="`styrdok config init DIR` writes a copy"):
            load_settings(folder)


class _Words(StrictModel):
    words: list[str] = []
    banned: list[str] = []


def test_a_config_file_read_again_is_shared_until_its_text_changes(tmp_path: Path) -> None:
    """`read_config` validates a file's text once (several loaders read actors.yaml and
    layout.yaml): the same text gives the same frozen model; a changed file is read anew,
    and a bad one is an error however often it is read."""
    from pipeline.config import read_config

    path = tmp_path / "words.yaml"
    path.write_text("words: [i, på]\n", encoding="utf-8")
    first = read_config(path, _Words)
    assert read_config(path, _Words) is first
    path.write_text("words: [i, på, av]\n", encoding="utf-8")
    assert read_config(path, _Words).words == ["i", "på", "av"]
    assert first.words == ["i", "på"]
    path.write_text("words: [i]\nother: [x]\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match="other: unknown key"):
            read_config(path, _Words)


def _own_layout(folder: Path, **added: list[str]) -> Path:
    """A configuration folder holding only a layout.yaml: the shipped one with `added` words."""
    from pipeline.config import PACKAGED_CONFIG_DIR

    layout = yaml.safe_load((PACKAGED_CONFIG_DIR / "layout.yaml").read_text(encoding="utf-8"))
    for key, words in added.items():
        layout[key] = [*layout[key], *words]
    folder.mkdir()
    (folder / "layout.yaml").write_text(yaml.safe_dump(layout, allow_unicode=True), "utf-8")
    return folder


def _normalized_text(tmp_path: Path, name: str, text: str, *config: str) -> str:
    from pipeline.cli import main

    raw = tmp_path / f"raw-{name}"
    raw.mkdir()
    (raw / "instruktion.txt").write_text(text, encoding="utf-8")
    out = tmp_path / f"out-{name}"
    assert main(["run", str(raw), "--out", str(out), "-q", "--no-nlp", *config]) == 0
    return str(pd.read_parquet(out / "documents")["normalized_text"][0])


def test_a_layout_yaml_of_the_config_folder_reaches_normalize(tmp_path: Path) -> None:
    """Config56: ``styrdok run --config DIR`` reads DIR's layout.yaml in normalize too: a
    contents heading of its own (a module constant, `contents_headings`) joins the contents
    list into one block, and a link label of its own (a cached pattern, `web_link_labels`) is
    hidden; without the folder the label stays, and the shipped lists are bound again after it."""
    from pipeline import patterns

    text = (
        "Instruktion för kommundirektören\n\nFörteckning\n1 Syfte ....... 2\n2 Ansvar …… 3\n"
        "Kommundirektören leder förvaltningenvisas på annan sida.\n"
    )
    folder = _own_layout(
        tmp_path / "mine", contents_headings=["förteckning"], web_link_labels=["visas på annan sida"]
    )
    own = _normalized_text(tmp_path, "own", text, "--config", str(folder))
    assert "Förteckning 1 Syfte ....... 2 2 Ansvar …… 3" in own
    assert "leder förvaltningen." in own and "annan sida" not in own
    shipped = _normalized_text(tmp_path, "shipped", text)
    # fix56f reads a dot-leader contents list by its shape under any heading, so the shipped
    # lists join this one too; the link label still tells the two configurations apart
    assert "förvaltningenvisas på annan sida." in shipped
    assert "förteckning" not in patterns.CONTENTS_HEADINGS


def test_using_layout_binds_a_folders_lists_and_the_shipped_ones_again(tmp_path: Path) -> None:
    from pipeline import patterns
    from pipeline.config import own_layout

    folder = _own_layout(tmp_path / "mine", cover_words=["UTKASTET"])
    assert own_layout(None) is None and own_layout(tmp_path) is None
    shipped = patterns.COVER_WORDS
    with patterns.using_layout(own_layout(folder)):
        assert "UTKASTET" in patterns.COVER_WORDS
        assert "UTKASTET" in patterns.active_layout().cover_words
    assert shipped == patterns.COVER_WORDS and "UTKASTET" not in shipped
    bound = patterns.COVER_WORDS
    with patterns.using_layout(None):  # no folder of its own: nothing rebound
        assert patterns.COVER_WORDS is bound


def test_an_unchanged_copy_of_the_shipped_layout_binds_nothing(config_dir: Path) -> None:
    from pipeline.config import own_layout

    assert own_layout(config_dir) is None and load_settings(config_dir).layout_path is None


def test_a_layout_yaml_of_the_config_folder_reaches_the_nlp_rules(tmp_path: Path) -> None:
    """Config56: the NLP rules' layout lists follow the bound layout.yaml (`annotate_many`
    binds the one `build_nlp` recorded): a web field label of the folder's own is a field
    label of the actor rules inside the block, and none after it."""
    from pipeline import patterns
    from pipeline.config import own_layout
    from pipeline.nlp import actors

    folder = _own_layout(tmp_path / "mine", web_field_labels=["ansvarig redaktör"])
    with patterns.using_layout(own_layout(folder)):
        assert ("ansvarig", "redaktör") in actors._field_labels()
    assert ("ansvarig", "redaktör") not in actors._field_labels()


def test_two_threads_analyze_with_their_own_layouts(tmp_path: Path) -> None:
    """Review 56b (S6): `api.analyze` in two threads, each with a layout.yaml of its own,
    gets its own result: a block holds the layout lock, so one thread's end of block never
    rebinds the lists under the other."""
    import sys
    import threading

    from pipeline import api

    paragraphs = [f"{n} Kommundirektören leder förvaltningen enligt punkt {n}." for n in range(60)]
    text = "Instruktion för kommundirektören\n\n" + "\n\n".join(paragraphs)
    text += "\n\nKommundirektören leder förvaltningenvisas på annan sida.\n"
    hiding = _own_layout(tmp_path / "hiding", web_link_labels=["visas på annan sida"])
    other = _own_layout(tmp_path / "other", cover_words=["UTKASTET"])

    def normalized(folder: Path) -> str:
        tables = api.analyze(text, config=folder, nlp=False)
        return str(tables.documents["normalized_text"][0])

    expected = {folder: normalized(folder) for folder in (hiding, other)}
    assert "annan sida" not in expected[hiding] and "annan sida" in expected[other]
    start = threading.Barrier(2)
    found: dict[Path, list[str]] = {hiding: [], other: []}

    def work(folder: Path) -> None:
        start.wait()
        found[folder].extend(normalized(folder) for _ in range(6))

    threads = [threading.Thread(target=work, args=(folder,)) for folder in (hiding, other)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # the threads take turns often, inside each other's blocks
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert found == {folder: [expected[folder]] * 6 for folder in (hiding, other)}


def test_no_module_imports_a_layout_list_by_name() -> None:
    """Review 56b (M2): ``from pipeline.patterns import MONTH_NAMES`` keeps the shipped list
    when `patterns.using_layout` binds a user's layout.yaml; every layout list is read as
    ``patterns.<NAME>`` at use."""
    import ast

    from pipeline import patterns

    layout_names = set(patterns._LAYOUT_LISTS)
    offenders = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "pipeline.patterns":
                offenders += [
                    f"{path.relative_to(ROOT)}: {alias.name}"
                    for alias in node.names
                    if alias.name in layout_names
                ]
    assert offenders == []
