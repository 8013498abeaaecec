"""NLP stage: the Swedish spaCy model and styrdok's own spaCy components."""
