"""ACTOR lexicon of the part-at second annotation: canonical -> (category, role or "")."""

from __future__ import annotations

PO, FO, ORG, EXT = "politiskt organ", "förvaltningsorganisation", "organisation", "extern"
TJ, FV, OV = "tjänsteperson", "förtroendevald", "övrig"

CAT: dict[str, tuple[str, str]] = {
    # organisations
    "gu holding ab": (ORG, "organisation"),
    "göteborgs universitet": (ORG, "organisation"),
    "stockholms universitet": (ORG, "organisation"),
    "kutchy stiftelsen": (ORG, "organisation"),
    "församling": (ORG, "organisation"),
    "pastorat": (ORG, "organisation"),
    # bodies
    "universitetsstyrelse": (PO, "board"),
    "årsstämma": (PO, "assembly"),
    "kyrkofullmäktige": (PO, "assembly"),
    "församlingsråd": (PO, "board"),
    "kyrkoråd": (PO, "board"),
    "organ": (PO, "other"),
    # units
    "statens historiska museum": (FO, "unit"),
    "kungl. myntkabinettet – sveriges ekonomiska museum": (FO, "unit"),
    # persons
    "rektor": (TJ, "manager"),
    "överintendent": (TJ, "chief_executive"),
    "stiftare": (OV, "other"),
    "kandidat": (OV, "other"),
    "partner": (OV, "other"),
    # state and external
    "länsstyrelse": (EXT, "external"),
    "regering": (EXT, "external"),
    "regeringskansliet": (EXT, "external"),
    "inrikesdepartementet": (EXT, "external"),
    "kulturdepartementet": (EXT, "external"),
    "myndighet": (EXT, "external"),
    "statens historiska museer": (EXT, "external"),
    "riksantikvarieämbetet": (EXT, "external"),
    "museum": (EXT, "external"),
    "universitet": (EXT, "external"),
    "enskild": (EXT, "external"),
    "juridisk person": (EXT, "external"),
    "intressent": (EXT, "external"),
    "medlem": (EXT, "external"),
}
