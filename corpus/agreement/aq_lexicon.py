"""ACTOR lexicon of the part-aq second annotation: canonical -> (category, role or "")."""

from __future__ import annotations

PO, FO, ORG, EXT = "politiskt organ", "förvaltningsorganisation", "organisation", "extern"
TJ, FV, OV = "tjänsteperson", "förtroendevald", "övrig"

CAT: dict[str, tuple[str, str]] = {
    # bodies
    "kultur- och fritidsnämnd": (PO, "committee"),
    "fritid- och kulturnämnd": (PO, "committee"),
    "socialnämnd": (PO, "committee"),
    "krisledningsnämnd": (PO, "committee"),
    "valnämnd": (PO, "committee"),
    "nämnd": (PO, "committee"),
    "funktionsrättsråd": (PO, "committee"),
    "handikappråd": (PO, "committee"),
    "kommunalt pensionärsråd": (PO, "committee"),
    "pensionärsråd": (PO, "committee"),
    "kommunstyrelsens arbetsutskott": (PO, "committee"),
    "valberedning": (PO, "committee"),
    "kommunstyrelse": (PO, "board"),
    "styrelse": (PO, "board"),
    "kommunfullmäktige": (PO, "assembly"),
    # units
    "kultur- och fritidskontor": (FO, "unit"),
    "socialförvaltning": (FO, "unit"),
    "avdelning": (FO, "unit"),
    "länstrafik": (FO, "unit"),
    # office holders and staff
    "förtroendevald": (FV, "elected"),
    "ledamot": (FV, "elected"),
    "ersättare": (FV, "elected"),
    "politiker": (FV, "elected"),
    "ordförande": (FV, "chair"),
    "vice ordförande": (FV, "chair"),
    "krisledningsnämndens ordförande": (FV, "chair"),
    "kommunala pensionärsrådets sekreterare": (TJ, "employee"),
    "chef": (TJ, "manager"),
    "personal": (TJ, "employee"),
    "tjänsteperson": (TJ, "employee"),
    "representant": (OV, "elected"),
    "företrädare": (OV, "other"),
    "medlem": (OV, "other"),
    # organisations
    "kommun": (ORG, "organisation"),
    "landsting": (ORG, "organisation"),
    "förening": (ORG, "organisation"),
    "studieförbund": (ORG, "organisation"),
    "organisation": (ORG, "organisation"),
    "pensionärsorganisation": (ORG, "organisation"),
    "riksorganisation": (ORG, "organisation"),
    # populations and outside parties
    "barn": (EXT, "external"),
    "ungdom": (EXT, "external"),
    "pensionär": (EXT, "external"),
    "familjehem": (EXT, "external"),
    "valmyndighet": (EXT, "external"),
    "riksdag": (EXT, "external"),
    "europaparlamentet": (EXT, "external"),
    "länsstyrelse": (EXT, "external"),
}
