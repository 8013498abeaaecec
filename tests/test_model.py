"""The shipped Swedish model loads, tags structurally sound output and documents itself."""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import threadpool_info, threadpool_limits

from pipeline.blas import numpy_openblas, one_blas_thread
from pipeline.language.spelling import (
    SHIPPED_LEXICON,
    lemma_lexicon,
    lookup_lemmas,
    read_lookup_table,
    read_sv_lookup,
)
from pipeline.nlp.model import (
    DEFAULT_MODEL_NAME,
    LOOKUP_FILE,
    LemmaLookupBackoff,
    ModelNotFoundError,
    _write_gzip_json,
    attach_stray_punctuation,
    load_model,
    model_ops,
    resolve_model,
    shipped_model_path,
)

SENTENCE = (
    "Regiondirektören ska fortlöpande hålla ordföranden informerad om hur uppdragen "
    "fortskrider. Nämnden beslutar om delegation."
)
MODEL_DIR = shipped_model_path()


def test_the_model_is_shipped() -> None:
    """A missing shipped model is a failure, never a skip."""
    assert (MODEL_DIR / "config.cfg").is_file(), f"{MODEL_DIR}: shipped model missing"


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return load_model()


@pytest.fixture(scope="module")
def doc(nlp: spacy.Language):
    return nlp(SENTENCE)


def test_default_names_resolve_to_shipped_model() -> None:
    assert resolve_model(None) == MODEL_DIR
    assert resolve_model(DEFAULT_MODEL_NAME) == MODEL_DIR


def test_pipeline_components(nlp: spacy.Language) -> None:
    assert nlp.lang == "sv"
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"):
        assert name in nlp.pipe_names


def test_every_token_has_head_and_one_root_per_sentence(doc) -> None:
    sents = list(doc.sents)
    assert len(sents) == 2
    for sent in sents:
        roots = [t for t in sent if t.dep_ == "ROOT"]
        assert len(roots) == 1
        assert all(t.head.i in range(sent.start, sent.end) for t in sent)
    assert all(t.pos_ for t in doc)
    assert all(t.tag_ for t in doc)
    assert all(t.lemma_ for t in doc)


def test_lemmas_and_tags(doc) -> None:
    assert doc[0].text == "Regiondirektören"
    assert doc[0].lemma_.startswith("regiondirektör")
    assert doc[0].lemma_ != "regiondirektören"  # the definite suffix is stripped
    assert doc[0].pos_ in {"NOUN", "PROPN"}
    assert doc[-1].pos_ == "PUNCT"


def test_plain_spacy_load_works() -> None:
    nlp = spacy.load(MODEL_DIR)
    doc = nlp("Nämnden ska fatta beslut.")
    assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA")


TEXTS = (
    SENTENCE,
    "Kommundirektören får besluta om anställning av personal, om inte annat följer av lag.",
    "Styrelsen och verkställande direktören ansvarar gemensamt för att bolagets "
    "organisation är ändamålsenlig; VD ska inte fatta beslut i frågor av principiell art.",
)


def _annotations(nlp: spacy.Language) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.is_sent_start)
        for doc in nlp.pipe(TEXTS)
        for t in doc
    ]


def test_models_multiply_with_numpys_openblas(nlp: spacy.Language) -> None:
    """Round 56 (perf56a): where numpy's OpenBLAS is reached, `load_model` makes the models
    with thinc's numpy operations without BLIS; `one_blas_thread` (the CLI's and a batch
    worker's start) runs OpenBLAS on one thread."""
    assert numpy_openblas(), "numpy's matrix product is not OpenBLAS on this machine"
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer"):
        for node in nlp.get_pipe(name).model.walk():
            assert isinstance(node.ops, NumpyOps) and not node.ops.use_blis, (name, node.name)
    with threadpool_limits(limits=None):  # the test process's threads come back afterwards
        assert one_blas_thread()
        openblas = [pool for pool in threadpool_info() if pool["internal_api"] == "openblas"]
        assert openblas and all(pool["num_threads"] == 1 for pool in openblas)


_API_THREADS = """
import numpy
from threadpoolctl import threadpool_info
numpy.ones(1) @ numpy.ones(1)
def threads():
    return [p["num_threads"] for p in threadpool_info() if p["internal_api"] == "openblas"]
before = threads()
from pipeline.api import analyze
analyze("Reglemente för nämnden\\n\\n1 § Nämnden ska leda arbetet.\\n")
print(before == threads(), before)
"""


def test_the_api_leaves_numpys_threads_alone() -> None:
    """Review56 S6: the one-thread limit is process-wide and never undone, so the public API
    (`pipeline.api.analyze`, `load_model`) does not set it: after an analysis in a user's
    process numpy's OpenBLAS has the threads it had before."""
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _API_THREADS], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1], env={**os.environ, "OPENBLAS_NUM_THREADS": "2"},
    )
    assert result.stdout.split()[0] == "True", result.stdout


def test_numpys_matrix_products_give_blis_annotations(nlp: spacy.Language) -> None:
    """The same model made with BLIS (plain `spacy.load`) tags, lemmatises and parses the
    texts exactly as `load_model`'s does."""
    assert get_current_ops().use_blis  # outside `model_ops`, thinc's default is in force
    blis_nlp = spacy.load(MODEL_DIR)
    assert blis_nlp.get_pipe("tok2vec").model.ops.use_blis
    assert _annotations(blis_nlp) == _annotations(nlp)


def test_another_current_backend_is_left_alone() -> None:
    class OtherOps(NumpyOps):
        name = "other"

    previous = get_current_ops()
    set_current_ops(OtherOps())
    try:
        assert isinstance(model_ops(), nullcontext)
    finally:
        set_current_ops(previous)


def test_load_by_relative_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # not found in cwd -> falls back to the repo root
    nlp = load_model("pipeline/models/sv_styrdok", exclude=["parser"])
    assert "parser" not in nlp.pipe_names


def test_missing_model_gives_helpful_error() -> None:
    with pytest.raises(ModelNotFoundError) as info:
        load_model("sv_core_news_nonexistent")
    message = str(info.value)
    assert "python -m spacy download sv_core_news_nonexistent" in message
    assert "pipeline.train" in message
    assert isinstance(info.value, OSError)


def test_missing_path_gives_helpful_error(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="not found"):
        load_model(tmp_path / "no_such_model")


def test_meta_records_license_and_scores() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    assert any("Talbanken" in s["name"] and s.get("commit") for s in meta["sources"])
    scores = meta["heldout_scores"]
    for key in ("upos", "xpos", "morph", "lemma", "uas", "las", "sent_f", "wps"):
        assert key in scores
    assert scores["upos"] >= 93.0 and scores["lemma"] >= 93.0 and scores["las"] >= 72.0
    assert 0.0 < scores["sent_f"] <= 1.0 and scores["wps"] > 0


def test_meta_records_both_treebanks() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    names = {s["name"]: s for s in meta["sources"]}
    for name in ("UD Swedish-Talbanken", "UD Swedish-PUD"):
        assert names[name]["license"] == "CC BY-SA 4.0" and len(names[name]["commit"]) == 40
    pud = meta["heldout_scores"]["pud"]
    assert pud["sentences"] == 200 and pud["upos"] > 80.0


def test_nlp_package_load_model_runs_the_shipped_model() -> None:
    import pipeline.nlp
    import pipeline.nlp.model

    full = pipeline.nlp.load_model()
    assert full.meta["name"] == "styrdok" and full.meta["version"] == "0.2.0"
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"):
        assert name in full.pipe_names
    assert "styrdok_statements" in full.pipe_names
    assert pipeline.nlp.model.load_model is load_model  # the bare model loader


# Verb forms the statement extractor depends on, in governance-document sentences.
EXTRACTOR_VERBS = [
    ("Kommundirektören ska utse en ersättare.", "utse", "utse"),
    ("Kommundirektören utser en ersättare.", "utser", "utse"),
    ("Nämnden har utsett en ersättare.", "utsett", "utse"),
    ("Regiondirektören ska föreslå åtgärder till styrelsen.", "föreslå", "föreslå"),
    ("Regiondirektören föreslår åtgärder till styrelsen.", "föreslår", "föreslå"),
    ("I uppdraget ingår att leda förvaltningen.", "ingår", "ingå"),
    ("Kommundirektören ska ingå avtal om leveranser.", "ingå", "ingå"),
    ("Förvaltningen ska bistå nämnden i beredningen.", "bistå", "bistå"),
    ("Förvaltningen bistår nämnden i beredningen.", "bistår", "bistå"),
    ("Beslutet ska ange skälen för beslutet.", "ange", "ange"),
    ("Direktören anger skälen i beslutet.", "anger", "ange"),
    ("Nämnden ansvarar för verksamheten.", "ansvarar", "ansvara"),
    ("Nämnden har ansvarat för verksamheten.", "ansvarat", "ansvara"),
    ("Kommundirektören ska tillse att besluten verkställs.", "tillse", "tillse"),
    ("Det åligger kommundirektören att leda förvaltningen.", "åligger", "åligga"),
]


@pytest.mark.parametrize(("sentence", "form", "lemma"), EXTRACTOR_VERBS)
def test_extractor_verb_lemmas(nlp: spacy.Language, sentence: str, form: str, lemma: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == form)
    assert token.lemma_ == lemma


def test_sentence_boundary_bar() -> None:
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["heldout_scores"]["sent_f"] >= 0.92  # issue #11


def test_model_directory_is_small() -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024
    assert not list(MODEL_DIR.rglob("*optimizer*"))


def test_compound_backoff_uses_longest_known_suffix() -> None:
    comp = LemmaLookupBackoff("t", pos=[], mode="backoff", compound_pos=["NOUN"], min_suffix=5)
    comp.table = {"direktören": "direktör", "byggandet": "byggande", "andet": "anda"}
    assert comp.compound_lemma("regiondirektören") == "regiondirektör"
    assert comp.compound_lemma("bostadsbyggandet") == "bostadsbyggande"
    assert comp.compound_lemma("bostadsbyggande") is None  # already a base form


def test_unseen_base_form_keeps_its_form_over_a_bad_trained_lemma() -> None:
    comp = LemmaLookupBackoff("t", pos=["VERB"], mode="backoff")
    comp.table = {"anställer": "anställa", "anställde": "anställa"}
    doc = Doc(spacy.blank("sv").vocab, words=["anställa", "anställer"], pos=["VERB", "VERB"])
    doc[0].lemma_, doc[1].lemma_ = "anställ", "anställ"
    comp(doc)
    assert [t.lemma_ for t in doc] == ["anställa", "anställa"]


def test_stray_punctuation_is_attached_to_previous_sentence() -> None:
    vocab = spacy.blank("sv").vocab
    doc = Doc(vocab, words=["Hej", "där", "."], heads=[0, 0, 2], deps=["ROOT", "advmod", "ROOT"])
    assert len(list(doc.sents)) == 2
    attach_stray_punctuation(doc)
    assert len(list(doc.sents)) == 1
    assert doc[2].head.i == 0 and doc[2].dep_ == "punct"


def test_components_loading_the_same_lookup_file_share_one_parsed_table(tmp_path: Path) -> None:
    written = LemmaLookupBackoff("a", pos=["NOUN"], mode="backoff")
    written.table = {"nämnderna": "nämnd", "besluten": "beslut"}
    for name in ("first", "second"):
        written.to_disk(tmp_path / name)  # two directories, the same bytes
    first = LemmaLookupBackoff("a", pos=["NOUN"], mode="feature").from_disk(tmp_path / "first")
    second = LemmaLookupBackoff("b", pos=["NOUN"], mode="backoff").from_disk(tmp_path / "second")
    assert first.table == {"nämnderna": "nämnd", "besluten": "beslut"}
    assert first.table is second.table


def test_a_seen_form_with_a_trained_lemma_outside_the_lexicon_takes_the_lexicon_lemma() -> None:
    # round 42 (analysis 42-bc): the trained lemmatizer's guess for a seen supine is no word
    comp = LemmaLookupBackoff("t", pos=["VERB"], mode="backoff")
    comp.table = {"ställt": "ställa", "ställer": "ställa", "gjort": "göra", "dock": "docka"}
    comp.seen = frozenset({"ställt", "gjort", "dock"})
    words = ["ställt", "gjort", "dock"]
    doc = Doc(spacy.blank("sv").vocab, words=words, pos=["VERB", "VERB", "ADV"])
    doc[0].lemma_, doc[1].lemma_, doc[2].lemma_ = "ställtma", "göra", "dock"
    comp(doc)
    # a trained lemma that is the form itself stays (``dock`` is no ``docka`` here)
    assert [t.lemma_ for t in doc] == ["ställa", "göra", "dock"]


# --------------------------------------------------------------------------- shared lexicon


def _write_lookup(path: Path, table: dict[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_gzip_json(path, table)
    return path


def test_two_lookup_files_give_their_own_tables_and_lemmas(tmp_path: Path) -> None:
    """The per-process table cache is keyed by the file's bytes: a second table is never
    answered from the first one's cache entry, nor are its lemmas."""
    first = read_lookup_table(_write_lookup(tmp_path / "a" / LOOKUP_FILE, {"hundar": "hund"}))
    second = read_lookup_table(_write_lookup(tmp_path / "b" / LOOKUP_FILE, {"katter": "katt"}))
    assert first == {"hundar": "hund"} and second == {"katter": "katt"}
    assert lookup_lemmas(first) == {"hund"} and lookup_lemmas(second) == {"katt"}
    same = read_lookup_table(_write_lookup(tmp_path / "c" / LOOKUP_FILE, {"hundar": "hund"}))
    assert same is first  # the same bytes elsewhere: one parse


def test_a_rewritten_lookup_file_is_read_again(tmp_path: Path) -> None:
    path = _write_lookup(tmp_path / LOOKUP_FILE, {"hundar": "hund"})
    assert read_lookup_table(path) == {"hundar": "hund"}
    _write_lookup(path, {"hundarna": "hund"})
    assert read_lookup_table(path) == {"hundarna": "hund"}


def test_lemmas_of_an_unshared_table_are_its_own() -> None:
    assert lookup_lemmas({"bilar": "bil"}) == {"bil"}


def test_the_word_rules_and_the_model_share_one_lexicon() -> None:
    """`lemma_lexicon` reads the shipped model's lexicon file: the model's two lookup
    components and the word-level rules hold one parsed table (and one set of lemmas)."""
    assert SHIPPED_LEXICON == MODEL_DIR / "lexicon" / LOOKUP_FILE
    lemma_lexicon.cache_clear()  # the tests above filled the cache with other tables
    table, lemmas = lemma_lexicon()
    nlp = load_model()
    for name in ("lexicon", "lemma_lookup"):
        assert nlp.get_pipe(name).table is table
    assert lookup_lemmas(table) is lemmas


def test_the_shipped_lexicon_is_spacy_lookups_data_sv_lemma_lookup() -> None:
    """The shipped lexicon was written from spacy-lookups-data's table (`initialize`): the
    word rules read it in its place, so the two must hold the same forms and lemmas."""
    assert read_lookup_table(SHIPPED_LEXICON) == read_sv_lookup()
