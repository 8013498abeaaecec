"""ACTOR lexicon of the part-av second annotation: canonical -> (category, role or "")."""

from __future__ import annotations

PO, FO, ORG, EXT = "politiskt organ", "förvaltningsorganisation", "organisation", "extern"
TJ, FV, OV = "tjänsteperson", "förtroendevald", "övrig"

CAT: dict[str, tuple[str, str]] = {
    # companies, foundations, municipalities
    "kraftringen energi ab": (ORG, "organisation"),
    "nacka energi ab": (ORG, "organisation"),
    "nacka energiföretag ab": (ORG, "organisation"),
    "nacka kommun": (ORG, "organisation"),
    "lunds kommun": (ORG, "organisation"),
    "eslövs kommun": (ORG, "organisation"),
    "hörby kommun": (ORG, "organisation"),
    "lomma kommun": (ORG, "organisation"),
    "revisionsbolag": (EXT, "external"),
    "reinhold gustafssons stiftelse": (ORG, "organisation"),
    "stiftelsen för njursjuka": (ORG, "organisation"),
    "murmestare embetet i stockholm": (ORG, "organisation"),
    # bodies and officers
    "styrelse": (PO, "board"),
    "bolagsstämma": (PO, "assembly"),
    "kommunfullmäktige": (PO, "assembly"),
    "fullmäktige": (PO, "assembly"),
    "ledamot": (FV, "elected"),
    "suppleant": (FV, "elected"),
    "ordförande": (FV, "chair"),
    "vice ordförande": (FV, "chair"),
    "revisor": (FV, "auditor"),
    "revisorssuppleant": (FV, "auditor"),
    "lekmannarevisor": (FV, "auditor"),
    "verkställande direktör": (TJ, "chief_executive"),
    # state
    "regering": (EXT, "external"),
    "regeringskansliet": (EXT, "external"),
    "justitiedepartementet": (EXT, "external"),
    "utbildningsdepartementet": (EXT, "external"),
    "kriminalvården": (ORG, "organisation"),
    "domstolsverket": (EXT, "external"),
    "myndighet": (EXT, "external"),
    "myndigheten för kulturanalys": (EXT, "external"),
    "statens skolverk": (ORG, "organisation"),
    "tillsynsmyndighet": (EXT, "external"),
    # populations (§2.6 D1)
    "barn": (EXT, "external"),
    "elev": (EXT, "external"),
    "intagen": (EXT, "external"),
}
