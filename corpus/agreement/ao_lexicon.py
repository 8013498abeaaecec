"""ACTOR lexicon of the part-ao second annotation: canonical -> (category, role or "")."""

from __future__ import annotations

PO, FO, ORG, EXT = "politiskt organ", "förvaltningsorganisation", "organisation", "extern"
TJ, FV, OV = "tjänsteperson", "förtroendevald", "övrig"

CAT: dict[str, tuple[str, str]] = {
    # municipalities and companies
    "götene kommun": (ORG, "organisation"),
    "strängnäs kommun": (ORG, "organisation"),
    "ystads kommun": (ORG, "organisation"),
    "kommun": (ORG, "organisation"),
    "bolag": (ORG, "organisation"),
    # political bodies
    "kommunfullmäktige": (PO, "assembly"),
    "kommunfullmäktiges presidium": (PO, "committee"),
    "kommunstyrelse": (PO, "board"),
    "styrelse": (PO, "board"),
    "bolagsstyrelse": (PO, "board"),
    "nämnd": (PO, "committee"),
    "socialnämnd": (PO, "committee"),
    "kultur- och fritidsnämnd": (PO, "committee"),
    "kulturnämnd": (PO, "committee"),
    "utbildningsnämnd": (PO, "committee"),
    "barn- och skolnämnd": (PO, "committee"),
    "teknik- och servicenämnd": (PO, "committee"),
    "teknikoch fritidsnämnd": (PO, "committee"),
    "samhällsbyggnadsnämnd": (PO, "committee"),
    "kommunalt pensionärsråd": (PO, "committee"),
    # administration
    "förvaltning": (FO, "unit"),
    "kansliavdelning": (FO, "unit"),
    "förvaltningschef": (TJ, "manager"),
    "verkställande direktör": (TJ, "chief_executive"),
    "verksamhetsansvarig": (TJ, "manager"),
    "befattningshavare": (TJ, "employee"),
    "handläggare": (TJ, "employee"),
    "tjänsteman": (TJ, "employee"),
    "medarbetare": (TJ, "employee"),
    "anställd": (TJ, "employee"),
    # elected
    "förtroendevald": (FV, "elected"),
    "politiker": (FV, "elected"),
    "ledamot": (FV, "elected"),
    "ersättare": (FV, "elected"),
    "revision": (FV, "auditor"),
    # others
    "företrädare": (OV, "other"),
    "ombud": (OV, "other"),
    "medlem": (OV, "other"),
    "pensionärsorganisation": (EXT, "external"),
    "pensionärsförening": (EXT, "external"),
    "riksorganisation": (EXT, "external"),
    "lokalförening": (EXT, "external"),
    "organisation": (EXT, "external"),
    "vänortsförening": (EXT, "external"),
    "studieförbund": (EXT, "external"),
    "pensionär": (EXT, "external"),
    "äldre": (EXT, "external"),
    "elev": (EXT, "external"),
}
