from __future__ import annotations

from pipeline.language.not_swedish import language_warning


def test_an_english_text_is_told_a_swedish_one_is_not() -> None:
    """Round 51 (nu51 fault 8): a document in English gives one warning naming the
    language; Swedish prose, and a short text, give none."""
    english = (
        "Rules for the audit committee of the board. The committee shall meet at least four "
        "times a year and report to the board on its work. The chair may call an extra "
        "meeting when there is a need for it. The members must not take part in a matter "
        "where they have an interest of their own, and the secretary shall keep minutes."
    )
    swedish = (
        "Reglemente för revisionsutskottet. Utskottet ska sammanträda minst fyra gånger om "
        "året och rapportera till styrelsen om sitt arbete. Ordföranden får kalla till ett "
        "extra sammanträde när det finns behov av det. Ledamöterna får inte delta i ett "
        "ärende där de har ett eget intresse, och sekreteraren ska föra protokoll."
    )
    warning = language_warning(english)
    assert warning is not None and "not to be Swedish (English?)" in warning
    assert language_warning(swedish) is None
    assert language_warning("Annual report 2025") is None
