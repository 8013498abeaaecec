"""ACTOR lexicon of the part-ar second annotation: canonical -> (category, role or "")."""

from __future__ import annotations

PO, FO, ORG, EXT = "politiskt organ", "förvaltningsorganisation", "organisation", "extern"
TJ, FV, OV = "tjänsteperson", "förtroendevald", "övrig"

CAT: dict[str, tuple[str, str]] = {
    # organisations
    "tornberget fastighetsförvaltnings ab": (ORG, "organisation"),
    "haninge kommun": (ORG, "organisation"),
    "haninge kommun holding ab": (ORG, "organisation"),
    "akavia": (ORG, "organisation"),
    "förbund": (ORG, "organisation"),
    "professionsförening": (ORG, "organisation"),
    "högskola": (ORG, "organisation"),
    "stiftelse": (ORG, "organisation"),
    # bodies
    "styrelse": (PO, "board"),
    "förbundsstyrelse": (PO, "board"),
    "styre": (PO, "board"),
    "förtroendemannaorganisation": (PO, "other"),
    "kommunfullmäktige": (PO, "assembly"),
    "fullmäktige": (PO, "assembly"),
    "bolagsstämma": (PO, "assembly"),
    "stämma": (PO, "assembly"),
    "presidium": (PO, "committee"),
    "insynsråd": (PO, "committee"),
    "länsledning": (FO, "unit"),
    "ledning": (OV, "other"),
    # persons
    "styrelsens ordförande": (FV, "chair"),
    "ordförande": (FV, "chair"),
    "vice ordförande": (FV, "chair"),
    "andre vice ordförande": (FV, "chair"),
    "ledamot": (FV, "elected"),
    "revisor": (FV, "auditor"),
    "huvudman": (EXT, "external"),
    "rektor": (TJ, "manager"),
    "prorektor": (TJ, "manager"),
    "myndighetschef": (TJ, "chief_executive"),
    "länsråd": (TJ, "manager"),
    "person": (OV, "other"),
    # state and external
    "länsstyrelse": (EXT, "external"),
    "landshövding": (EXT, "external"),
    "regering": (EXT, "external"),
    "riksdag": (EXT, "external"),
    "myndighet": (EXT, "external"),
    "förvaltningsmyndighet": (EXT, "external"),
    "ekonomistyrningsverket": (EXT, "external"),
    "finansdepartementet": (EXT, "external"),
    "civildepartementet": (EXT, "external"),
    "kommun": (EXT, "external"),
    "landstingskommun": (EXT, "external"),
    "enskild": (EXT, "external"),
    "kommunmedlem": (EXT, "external"),
}
