"""The institutional roles an actor can have: the `role` of `configs/actors.yaml` heads and
the `role` column of the actors and statements tables (one home for the list)."""

from __future__ import annotations

from typing import Literal

ROLES: tuple[str, ...] = (
    "chief_executive",
    "assembly",
    "board",
    "committee",
    "chair",
    "elected",
    "auditor",
    "manager",
    "employee",
    "unit",
    "organisation",
    "owner",
    "external",
    "other",
)
Role = Literal[ROLES]  # type: ignore[valid-type]  # the same values, for pydantic
