

def test_components_find_their_shipped_configuration_from_any_directory(tmp_path, monkeypatch) -> None:
    import spacy

    monkeypatch.chdir(tmp_path)
    nlp = spacy.blank("sv")
    for name in ("styrdok_actors", "styrdok_verbs", "styrdok_statements", "styrdok_document"):
        nlp.add_pipe(name)
    assert nlp.pipe_names[-1] == "styrdok_document"
