"""Swedish word knowledge that every stage may read: the grammar word lists and deontic cues
(`grammar`, from ``configs/grammar.yaml`` and ``configs/deontics.yaml``), the actor lexicon
and head table (`lexicon`, ``configs/actors.yaml``), the sentence rules
(`sentence_rules`, ``configs/sentences.yaml``) and verb forms by spelling and the lemma
lexicon (`spelling`). It imports no stage, so segmentation and the NLP rules read the same
lists without segmentation importing the NLP stage."""
