"""A list of abbreviations' shapes shared by cell_rows and document_abbreviations
(pipeline/language/abbreviations.py; review 46a item 5); invented words."""

import pytest

from pipeline.language.abbreviations import (
    has_list_label_line,
    is_abbreviation_word,
    is_list_label,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("FC", True), ("BiH", True), ("ÉK", True), ("MBN", True), ("Fc", False), ("F", False),
     ("FC2", False), ("FC-A", False), ("ABCDEFG", False), ("fC", False)],
)  # fmt: skip
def test_an_abbreviation_word_is_two_to_six_letters_two_capitals_first(
    word: str, expected: bool
) -> None:
    assert is_abbreviation_word(word) is expected


def test_a_list_label_stands_alone_with_its_colon_or_none() -> None:
    assert is_list_label("Förkortningar")
    assert is_list_label(" FÖRKLARINGAR : ")
    assert not is_list_label("Förkortningar i dokumentet")
    assert has_list_label_line("Delegationsordning\n\fförkortningar:\nFC\nFörvaltningschef\n")
    assert not has_list_label_line("Förkortningar som används: FC, MI.\n")
