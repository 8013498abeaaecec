"""Typed settings loaded from the YAML files in ``configs/``."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from pipeline.normalize import NormalizeOptions

DEFAULT_CONFIG_DIR = Path("configs")


class ConfigError(ValueError):
    """A configuration file that is missing or malformed; names the file."""


@dataclass(frozen=True)
class Settings:
    config_dir: Path
    model: str = "styrdok-default"
    batch_size: int = 64
    nlp: bool = True
    input_suffixes: tuple[str, ...] = (".txt", ".pdf", ".docx")
    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    ingest: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    fingerprint: str = ""

    @property
    def actors_path(self) -> Path:
        return self.config_dir / "actors.yaml"

    @property
    def deontics_path(self) -> Path:
        return self.config_dir / "deontics.yaml"


def read_yaml(path: Path, *, required: bool = True) -> dict[str, Any]:
    if not path.exists():
        if required:
            raise ConfigError(f"{path}: configuration file not found")
        return {}
    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: invalid YAML ({error})") from error
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return values


def config_fingerprint(config_dir: Path) -> str:
    """A hash of every YAML file that shapes the tables, for incremental runs."""
    digest = hashlib.sha256()
    for path in sorted(config_dir.glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _check_reader_options(path: Path, ingest: Mapping[str, Any]) -> None:
    """Fail once at start-up on a bad reader option, not once per document."""
    from pipeline.ingest import layout
    from pipeline.ingest.docx import DocxOptions
    from pipeline.ingest.pdf import PdfOptions

    unknown = set(ingest) - {"pdf", "docx"}
    if unknown:
        raise ConfigError(f"{path}: unknown sections {sorted(unknown)}")
    for section, options in (("pdf", PdfOptions), ("docx", DocxOptions)):
        try:
            layout.options_from_mapping(options, ingest.get(section), section)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"{path}: {error}") from error


def load_settings(config_dir: Path | str = DEFAULT_CONFIG_DIR, **overrides: Any) -> Settings:
    config_dir = Path(config_dir)
    general = read_yaml(config_dir / "pipeline.yaml")
    known = {"model", "batch_size", "nlp", "input_suffixes"}
    unknown = set(general) - known
    if unknown:
        raise ConfigError(f"{config_dir / 'pipeline.yaml'}: unknown keys {sorted(unknown)}")
    try:
        normalize_options = NormalizeOptions.from_mapping(
            read_yaml(config_dir / "normalize.yaml", required=False)
        )
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{config_dir / 'normalize.yaml'}: {error}") from error
    values: dict[str, Any] = {
        **general,
        "input_suffixes": tuple(general.get("input_suffixes", Settings.input_suffixes)),
        **{key: value for key, value in overrides.items() if value is not None},
    }
    ingest = read_yaml(config_dir / "ingest.yaml", required=False)
    _check_reader_options(config_dir / "ingest.yaml", ingest)
    batch_size = values.get("batch_size", Settings.batch_size)
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"{config_dir / 'pipeline.yaml'}: batch_size must be a whole number ≥ 1")
    return Settings(
        config_dir=config_dir,
        normalize=normalize_options,
        ingest=MappingProxyType(ingest),
        fingerprint=config_fingerprint(config_dir),
        **values,
    )
