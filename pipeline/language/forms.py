"""The endings of Swedish nouns' definite forms, shared by segmentation (`pipeline.normalize`,
which cannot import `pipeline.nlp`) and the NLP rules (review 55b should-fix 3).

A definite singular ends in ``-en``, ``-et`` or, after a vowel, ``-n``, ``-t`` (``nämnden``,
``utskottet``, ``ledaren``, ``årsmötet``); a definite plural in ``-na`` (``-arna``, ``-erna``,
``-orna``, ``-rna``, ``-ena``; ``-nen`` for plurals in ``-n``: ``tjänstemännen``).
"""

from __future__ import annotations

# The endings of a head's definite singular (`nämnden`, `ledaren`, `utskottet`, `området`).
DEFINITE_SINGULAR_ENDINGS = frozenset({"en", "et", "n", "t"})
# Those and the short plural endings, as the whole rest after a base (`ledamot` → `ledamöterna`
# is no such rest: `DEFINITE_PLURAL_ENDINGS`).
DEFINITE_ENDINGS = DEFINITE_SINGULAR_ENDINGS | {"na", "ena"}
# The plural endings a rest may end in (``tjänstemännen``, ``ledamöterna``).
DEFINITE_PLURAL_ENDINGS = ("erna", "arna", "orna", "rna", "nen")
# The endings of a definite noun told by its spelling alone, a whole syllable (``Stiftelsen``,
# ``Aktiebolaget``, ``Bolagen``, ``Skollagen``, ``Nämnderna``): `-n` and `-t` alone would
# read too many words.
SYLLABIC_DEFINITE_ENDINGS = ("en", "et", "na")
# The rests a definite form adds to a base it repeats (``Valnämnd Valnämnden``, ``Ersättare
# Ersättarna``), singular and plural.
REPEATED_DEFINITE_ENDINGS = DEFINITE_SINGULAR_ENDINGS | {"na", "arna", "erna", "orna"}
# The rests a document kind or a statute takes where it is cited (``reglementet``,
# ``riktlinjerna``), the bare kind included.
CITED_DEFINITE_ENDINGS = ("", "en", "n", "et", "t", "na", "erna")
