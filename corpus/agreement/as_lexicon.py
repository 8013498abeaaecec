"""ACTOR lexicon of the part-as second annotation: canonical -> (category, role or "")."""

from __future__ import annotations

PO, FO, ORG, EXT = "politiskt organ", "förvaltningsorganisation", "organisation", "extern"
TJ, FV, OV = "tjänsteperson", "förtroendevald", "övrig"

CAT: dict[str, tuple[str, str]] = {
    # organisations
    "kommun": (ORG, "organisation"),
    "tanums kommun": (ORG, "organisation"),
    "bolag": (ORG, "organisation"),
    "organisation": (ORG, "organisation"),
    "parti": (PO, "other"),
    # bodies
    "kommunfullmäktige": (PO, "assembly"),
    "kommunstyrelse": (PO, "board"),
    "styrelse": (PO, "board"),
    "nämnd": (PO, "committee"),
    "bildningsnämnd": (PO, "committee"),
    "barn- och utbildningsnämnd": (PO, "committee"),
    "miljö- och byggnadsnämnd": (PO, "committee"),
    "miljö- och räddningsnämnd": (PO, "committee"),
    "byggnadsnämnd": (PO, "committee"),
    "valberedning": (PO, "committee"),
    "kommunfullmäktiges presidium": (PO, "committee"),
    "fullmäktigeberedning": (PO, "committee"),
    "revision": (PO, "other"),
    "förvaltning": (FO, "unit"),
    "kommunkontor": (FO, "unit"),
    # persons
    "chefsjurist": (TJ, "manager"),
    "ledamot": (FV, "elected"),
    "ersättare": (FV, "elected"),
    "förtroendevald": (FV, "elected"),
    "motionär": (FV, "elected"),
    "revisor": (FV, "auditor"),
    "lekmannarevisor": (FV, "auditor"),
    "styrelsens ordförande": (FV, "chair"),
    "fullmäktigeberedningens ordförande": (FV, "chair"),
    "ordförande": (FV, "chair"),
    "sekreterare": (TJ, "employee"),
    "attestant": (TJ, "employee"),
    "person": (OV, "other"),
    "biträde": (OV, "other"),
    # external
    "myndighet": (EXT, "external"),
    "enskild": (EXT, "external"),
    "allmänhet": (EXT, "external"),
    "barn": (EXT, "external"),
    "elev": (EXT, "external"),
    "ungdom": (EXT, "external"),
    "kpmg": (EXT, "external"),
}
