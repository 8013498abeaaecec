"""Load the spaCy pipeline styrdok analyses text with.

styrdok ships its own Swedish pipeline (``pipeline/models/sv_styrdok``, trained on UD
Swedish-Talbanken by ``python -m pipeline.train``) as the default, because the official
``sv_core_news_*`` packages cannot be downloaded everywhere.  Any installed spaCy package
(e.g. ``sv_core_news_sm``) or model directory can be named instead.

Nothing is cached here: every call loads a fresh ``Language`` and the caller keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

DEFAULT_MODEL_NAME = "styrdok-default"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # .../pipeline
REPO_ROOT = PACKAGE_ROOT.parent
SHIPPED_MODEL_DIR = PACKAGE_ROOT / "models" / "sv_styrdok"
REBUILD_HINT = (
    "python -m pipeline.train convert && python -m pipeline.train train && "
    "python -m pipeline.train evaluate && python -m pipeline.train package"
)


class ModelNotFoundError(OSError):
    """The named spaCy pipeline is neither an installed package nor an existing directory."""


def shipped_model_path() -> Path:
    """Directory of the model that ships with styrdok (``styrdok-default``)."""
    return SHIPPED_MODEL_DIR


def _is_model_dir(path: Path) -> bool:
    return path.is_dir() and (path / "config.cfg").is_file()


def _candidate_paths(name: str | Path) -> list[Path]:
    """Where a relative path may live: current directory, then repo root, then package."""
    path = Path(name).expanduser()
    if path.is_absolute():
        return [path]
    return [Path.cwd() / path, REPO_ROOT / path, PACKAGE_ROOT / path]


def resolve_model(name: str | Path | None = None) -> str | Path:
    """Turn a model name from the config into a package name or a model directory.

    ``None`` / ``"styrdok-default"`` -> the shipped model; an installed spaCy package name
    -> that name; otherwise the first existing model directory among the candidate paths.
    Raises :class:`ModelNotFoundError` with installation hints when nothing matches.
    """
    if name is None or str(name) == DEFAULT_MODEL_NAME:
        if _is_model_dir(SHIPPED_MODEL_DIR):
            return SHIPPED_MODEL_DIR
        raise ModelNotFoundError(
            f"The shipped styrdok model is missing at {SHIPPED_MODEL_DIR}.\n"
            f"Rebuild it with: {REBUILD_HINT}\n"
            "(needs UD Swedish-Talbanken in ../shared/ud/UD_Swedish-Talbanken, "
            "$STYRDOK_UD_DIR, or internet access)."
        )
    if isinstance(name, str) and spacy.util.is_package(name):
        return name
    tried = _candidate_paths(name)
    for path in tried:
        if _is_model_dir(path):
            return path
    raise ModelNotFoundError(_not_found_message(str(name), tried))


def _not_found_message(name: str, tried: Iterable[Path]) -> str:
    looks_like_package = "/" not in name and "\\" not in name and not name.startswith(".")
    lines = [f"spaCy model {name!r} not found: it is not an installed package"]
    lines.append("and none of these is a model directory (with config.cfg):")
    lines += [f"  {p}" for p in tried]
    if looks_like_package:
        lines.append(f"Install it with: python -m spacy download {name}")
    lines.append(
        f"or set `model` in configs/pipeline.yaml to a model directory or "
        f"{DEFAULT_MODEL_NAME!r} (the shipped model; rebuild it with: {REBUILD_HINT})."
    )
    return "\n".join(lines)


def load_model(
    name: str | Path | None = None,
    *,
    exclude: Iterable[str] = (),
    disable: Iterable[str] = (),
    config: dict[str, Any] | None = None,
) -> Language:
    """Load a spaCy pipeline by installed package name or path.

    ``None`` or ``"styrdok-default"`` loads the model shipped in
    ``pipeline/models/sv_styrdok``.  Relative paths are resolved against the current
    directory first, then the repository root, then the ``pipeline`` package.  ``exclude``,
    ``disable`` and ``config`` are passed to :func:`spacy.load`.
    """
    target = resolve_model(name)
    return spacy.load(
        target, exclude=list(exclude), disable=list(disable), config=config or {}
    )


__all__ = [
    "DEFAULT_MODEL_NAME",
    "ModelNotFoundError",
    "load_model",
    "resolve_model",
    "shipped_model_path",
]
