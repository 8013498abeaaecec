"""Typed settings loaded from the YAML files of a configuration directory.

Where the files are: ``--config DIR``, else ``$STYRDOK_CONFIG``, else the defaults shipped
inside the package (``pipeline/configs``, the repository's ``configs/``), so ``styrdok run``
works from any directory. ``--set key=value`` overrides one value (``model``,
``batch_size``, ``limits.max_seconds``, ``normalize.…``, ``ingest.pdf.…``). Every file is
validated on load (pydantic models, unknown keys are errors) and every error is one line
naming the file and the key.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, TypeVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from pipeline.ingest import READERS, Limits
from pipeline.normalize import NormalizeOptions
from pipeline.normalize.model import RUN_FILE_OPTIONS

CONFIG_ENV = "STYRDOK_CONFIG"
_PACKAGE = Path(__file__).resolve().parent
# pipeline/configs is the repository's configs/ (a symlink there, package data in a wheel).
PACKAGED_CONFIG_DIR = (
    _PACKAGE / "configs" if (_PACKAGE / "configs").is_dir() else _PACKAGE.parent / "configs"
)


class ConfigError(ValueError):
    """A configuration file that is missing or malformed; names the file and the key."""


# libyaml's safe loader where PyYAML was built with it: the same values, parsed 5–8× faster
# (the actor lexicon is read at every start, docs/performance.md).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_YAML_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a mapping that names one key twice: YAML would keep the
    last value silently, and a word list edited in two places would lose one of them."""


def _unique_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str | int | float | bool):
            continue
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` of `text`, through libyaml when available; a key named twice in
    one mapping is an error."""
    return yaml.load(text, Loader=_UniqueKeyLoader)


def checked_regex(pattern: str) -> str:
    """`pattern` itself if it compiles as a regular expression, else a `ValueError`: a bad
    pattern in a word list stops the run at start, not every document at its first use."""
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"invalid regular expression: {error}") from None
    return pattern


# A regex-valued field of a configuration model (`list[Regex]` for a pattern list).
Regex = Annotated[str, AfterValidator(checked_regex)]


def check_pattern_options(values: Mapping[str, Any], prefix: str = "") -> None:
    """The same check for the option mappings read into dataclasses (ingest sections,
    normalize): every ``*_pattern`` text and every item of a ``*_patterns`` list compiles;
    the `ValueError` names the key (``pdf.page_number_patterns[0]``)."""
    for key, value in values.items():
        if key.endswith("_pattern") and isinstance(value, str):
            items = [(f"{prefix}{key}", value)]
        elif key.endswith("_patterns") and isinstance(value, list | tuple):
            items = [(f"{prefix}{key}[{index}]", item) for index, item in enumerate(value)]
        else:
            continue
        for where, pattern in items:
            if not isinstance(pattern, str):
                raise ValueError(f"{where}: expected a text")
            try:
                checked_regex(pattern)
            except ValueError as error:
                raise ValueError(f"{where}: {error}") from None


class StrictModel(BaseModel):
    """The schema of a configuration file: unknown keys are errors, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


M = TypeVar("M", bound=StrictModel)
T = TypeVar("T")


class PipelineFile(StrictModel):
    """``pipeline.yaml``."""

    model: str = "styrdok-default"
    batch_size: int = Field(64, ge=1)
    nlp: bool = True
    input_suffixes: tuple[str, ...] = (
        ".txt", ".pdf", ".docx", ".odt", ".fodt", ".html", ".htm", ".md", ".markdown",
    )
    workers: Literal["auto"] | int = "auto"
    parallel_min_documents: int = Field(300, ge=1)
    worker_memory_mb: int = Field(900, ge=1)


class LawsFile(StrictModel):
    """``laws.yaml``: statute abbreviations (``KL`` → ``kommunallagen``) and the endings of
    statute names (``kommunallagen``, ``miljöbalken``)."""

    abbreviations: dict[str, str] = {}
    law_endings: list[str] = []


class DelegationColumns(StrictModel):
    """The header words of each column of a delegation list (lower case)."""

    number: list[str] = []
    matter: list[str]
    delegate: list[str]
    substitute: list[str] = []
    law: list[str] = []
    note: list[str] = []
    redelegation: list[str] = []


class ResponsibilityColumns(StrictModel):
    """The header words of a responsibility table's two columns (lower case): the task
    (`Uppgift`) and the role responsible for it (`Ansvarig`)."""

    task: list[str] = []
    responsible: list[str] = []


class DelegateSeparators(StrictModel):
    """What separates two delegates in one cell: signs anywhere, words as whole words; a
    line break of a cell only before a capital and after no `line_glue` word."""

    signs: list[str] = []
    words: list[str] = []
    line_glue: list[str] = []


class DelegationsFile(StrictModel):
    """``delegations.yaml``: how a delegation list's header row names its columns
    (`pipeline.delegations`)."""

    columns: DelegationColumns
    responsibility_columns: ResponsibilityColumns = ResponsibilityColumns()
    max_header_words: int = Field(4, ge=1)
    delegate_separators: DelegateSeparators = DelegateSeparators()
    redelegation_words: list[str] = []  # round 57 (newuser57 fault 3): a note's re-delegation
    redelegation_note_max_words: int = Field(6, ge=1)


class LayoutFile(StrictModel):
    """``layout.yaml``: word lists of the layout patterns (`pipeline.patterns`)."""

    sentence_verbs: list[str]
    abbreviations: list[str]
    heading_links: list[str]
    adoption_words: list[str] = []
    adoption_finite_verbs: list[str] = []
    adoption_place_heads: list[str] = []
    sentence_openers: list[str] = []
    boundary_words: list[str] = []
    question_words: list[str] = []
    prepositions: list[str] = []
    open_line_ends: list[str] = []  # round 45, w45l
    stranding_prepositions: list[str] = []  # round 45 tidy: the prepositions a line may end in
    stranding_openers: list[str] = []  # round 52 (52-av C1)
    stranding_adverbs: list[str] = []  # round 52 (52-av C1)
    month_names: list[str] = []
    dated_line_words: list[str] = []  # round 56 (newuser56 fault 9)
    numberless_words: list[str] = []
    numbered_words: list[str] = []
    number_continuations: list[str] = []
    cover_words: list[str] = []
    protocol_cover_words: list[str] = []  # round 58 (analysis58-cs C1, R1)
    memo_field_words: list[str] = []  # round 36, S4
    section_headings: list[str] = []
    case_headings: list[str] = []
    heading_name_cues: list[str] = []
    clause_links: list[str] = []
    actor_coordinators: list[str] = []
    document_name_cues: list[str] = []
    naming_name_cues: list[str] = []  # round 43, be-C5
    statute_print_openers: list[str] = []  # round 43, be-C4
    noun_phrase_links: list[str] = []
    noun_phrase_determiners: list[str] = []
    noun_phrase_coordinators: list[str] = []
    subject_quantifiers: list[str] = []
    web_field_labels: list[str] = []
    table_column_labels: list[str] = []
    table_number_columns: list[str] = []
    contents_headings: list[str] = []  # round 45, w45w
    contents_page_columns: list[str] = []  # round 46, w46t
    contact_headings: list[str] = []  # round 46, w46t
    mail_header_labels: list[str] = []  # round 54, nu54-3
    mail_sent_labels: list[str] = []  # round 54, nu54-3
    contact_phone_labels: list[str] = []  # round 46, w46t
    viewer_lines: list[str] = []
    viewer_quote_labels: list[str] = []
    link_lead_in_words: list[str] = []  # round 55, analysis 55-ch C5
    link_lead_in_adverbs: list[str] = []  # round 56, review 55b should-fix 6
    link_lead_in_verbs: list[str] = []
    web_skip_links: list[str] = []  # round 43, newuser43 cause 2
    web_home_words: list[str] = []
    web_account_links: list[str] = []  # round 48 (nu48b fault 2)
    web_lead_controls: list[str] = []  # round 49 (bs L3)
    web_control_toggles: list[str] = []  # round 50 (analysis 50-bv, F)
    web_top_links: list[str] = []  # round 51 (w50-y J): `Till sidans topp`
    web_cookie_words: list[str] = []  # round 51 (w50-y J): `Acceptera kakor`
    web_footer_words: list[str] = []
    web_consent_buttons: list[str] = []  # round 49 (analysis 49-br C10)
    web_footer_links: list[str] = []  # round 47 (nu47r fault 3)
    web_share_words: list[str] = []  # round 45, nu45 cause 3
    web_share_fillers: list[str] = []
    web_location_labels: list[str] = []
    web_tool_words: list[str] = []
    web_owner_labels: list[str] = []  # round 47 (nu47 fault 4)
    web_feedback_subjects: list[str] = []
    web_feedback_words: list[str] = []
    web_feedback_answers: list[str] = []
    web_link_labels: list[str] = []  # round 50 (ruling b6)
    web_link_imperatives: list[str] = []  # round 51 (newuser50b fault 6)
    web_download_links: list[str] = []
    web_file_notes: list[str] = []
    web_page_nouns: list[str] = []
    running_field_labels: list[str] = []  # round 44, probe44 S2
    line_heading_nouns: list[str] = []
    dash_lead_in_words: list[str] = []
    glued_dash_lead_in_words: list[str] = []
    attachment_headings: list[str] = []
    contact_labels: list[str] = []
    street_suffixes: list[str] = []  # round 38, at-S1
    title_line_links: list[str] = []  # round 38, at-S4
    statute_field_labels: list[str] = []
    cover_field_labels: list[str] = []  # round 40, aw-S3
    validity_labels: list[str] = []
    front_matter_case_keys: list[str] = []  # round 51 (nu51 fault 7)
    front_matter_adoption_keys: list[str] = []

    @model_validator(mode="after")
    def _front_matter_keys_name_one_field(self) -> LayoutFile:
        both = sorted(set(self.front_matter_case_keys) & set(self.front_matter_adoption_keys))
        if both:
            raise ValueError(f"front matter keys name two fields: {both}")
        return self

    @model_validator(mode="after")
    def _stranding_are_prepositions(self) -> LayoutFile:
        unknown = sorted(set(self.stranding_prepositions) - set(self.prepositions))
        if unknown:
            raise ValueError(f"stranding_prepositions not in prepositions: {unknown}")
        return self


class LimitsFile(StrictModel):
    """``limits.yaml``: per-document bounds (pipeline.ingest.Limits)."""

    max_bytes: int = Field(Limits.max_bytes, ge=1)
    max_chars: int = Field(Limits.max_chars, ge=1)
    max_pages: int = Field(Limits.max_pages, ge=1)
    max_unpacked_bytes: int = Field(Limits.max_unpacked_bytes, ge=1)
    max_unpacked_ratio: float = Field(Limits.max_unpacked_ratio, gt=0)
    max_clause_chars: int = Field(Limits.max_clause_chars, ge=1)
    max_seconds: float = Field(Limits.max_seconds, gt=0)


@dataclass(frozen=True)
class Settings:
    config_dir: Path
    model: str = "styrdok-default"
    batch_size: int = 64
    nlp: bool = True
    input_suffixes: tuple[str, ...] = (
        ".txt", ".pdf", ".docx", ".odt", ".fodt", ".html", ".htm", ".md", ".markdown",
    )
    workers: str | int = "auto"
    parallel_min_documents: int = 300
    worker_memory_mb: int = 900
    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    ingest: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    limits: Limits = field(default_factory=Limits)
    fingerprint: str = ""

    @property
    def actors_path(self) -> Path:
        return folder_file(self.config_dir, "actors.yaml")

    @property
    def deontics_path(self) -> Path:
        return folder_file(self.config_dir, "deontics.yaml")

    @property
    def laws_path(self) -> Path:
        return folder_file(self.config_dir, "laws.yaml")

    @property
    def delegations_path(self) -> Path:
        return folder_file(self.config_dir, "delegations.yaml")

    @property
    def grammar_path(self) -> Path:
        return folder_file(self.config_dir, "grammar.yaml")

    @property
    def sentences_path(self) -> Path:
        return folder_file(self.config_dir, "sentences.yaml")

    @property
    def layout_path(self) -> Path | None:
        """The folder's own layout.yaml, which `pipeline.patterns.using_layout` binds for
        each stage's block (None: the shipped lists, which the stages hold already)."""
        return self.normalize.layout_path

    def __reduce__(self) -> tuple[Any, ...]:
        # A mappingproxy cannot be pickled; worker processes get a plain dict.
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["ingest"] = dict(self.ingest)
        return (_settings_from, (values,))

    def shown(self) -> dict[str, Any]:
        """The effective configuration as plain data (``styrdok config show``)."""
        general = {name: getattr(self, name) for name in PipelineFile.model_fields}
        normalize = asdict(self.normalize)
        return {
            "config_dir": str(self.config_dir),
            "files": config_files(self.config_dir),
            **{k: list(v) if isinstance(v, tuple) else v for k, v in general.items()},
            "limits": asdict(self.limits),
            "normalize": {
                k: sorted(v) if isinstance(v, frozenset) else list(v) if isinstance(v, tuple) else v
                for k, v in normalize.items()
                if k not in RUN_FILE_OPTIONS  # the laws and delegations below
            },
            "ingest": json.loads(json.dumps(dict(self.ingest), default=list)),
            "laws": _laws_file(self.laws_path).model_dump(),
            "delegations": load_delegations(self.delegations_path).model_dump(),
            "layout": load_layout(self.layout_path).model_dump(),
            "fingerprint": self.fingerprint,
        }


def _settings_from(values: dict[str, Any]) -> Settings:
    values["ingest"] = MappingProxyType(values["ingest"])
    return Settings(**values)


def folder_file(config_dir: Path, name: str) -> Path:
    """The file `name` of the configuration folder, else the shipped one: a folder that holds
    only the files a user changed (``deontics.yaml``) takes the others from ``configs/``."""
    path = config_dir / name
    return path if path.exists() else PACKAGED_CONFIG_DIR / name


def config_files(config_dir: Path) -> dict[str, str]:
    """Where each configuration file of a run is read from (`folder_file`), by name."""
    names = {path.name for path in PACKAGED_CONFIG_DIR.glob("*.yaml")}
    names |= {path.name for path in config_dir.glob("*.yaml")}
    return {name: str(folder_file(config_dir, name)) for name in sorted(names)}


def read_yaml(path: Path, *, required: bool = True) -> dict[str, Any]:
    if not path.exists():
        if required:
            raise ConfigError(f"{path}: configuration file not found")
        return {}
    return _yaml_mapping(path, _config_text(path))


def _config_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error})") from error


def _yaml_mapping(path: Path, text: str) -> dict[str, Any]:
    try:
        values = parse_yaml(text) or {}
    except yaml.YAMLError as error:
        problem = " ".join(str(error).split())
        raise ConfigError(f"{path}: invalid YAML ({problem})") from error
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return values


def config_fingerprint(config_dir: Path, sets: Sequence[str] = ()) -> str:
    """A hash of every YAML file that shapes the tables (and of the overrides)."""
    digest = hashlib.sha256()
    for name, path in config_files(config_dir).items():
        digest.update(name.encode())
        digest.update(Path(path).read_bytes())
    for item in sets:
        digest.update(b"\0--set " + item.encode())
    return digest.hexdigest()[:16]


def validate_config(model: type[M], values: Mapping[str, Any], where: str) -> M:
    """`values` validated by `model`; a `ConfigError` of one line naming `where` and every
    key pydantic reports, an unknown key (the likely typo) first with its nearest field."""
    try:
        return model.model_validate(dict(values))
    except ValidationError as error:
        problems = _error_lines(error.errors(), set(model.model_fields))
        shown = "; ".join(problems[:_SHOWN_ERRORS])
        more = len(problems) - _SHOWN_ERRORS
        raise ConfigError(f"{where}: {shown}{f' (and {more} more)' if more > 0 else ''}") from None


_SHOWN_ERRORS = 4


def _error_lines(errors: Sequence[Any], top_fields: set[str]) -> list[str]:
    """``key: problem`` for each error, unknown keys first with the nearest field they may
    misspell (that field's own `Field required` then goes unsaid): a misspelt key is what
    the user must see, not the field it left missing (newuser52b fault 6)."""
    missing: dict[tuple[Any, ...], set[str]] = {}
    for item in errors:
        if item["type"] == "missing" and item["loc"]:
            missing.setdefault(tuple(item["loc"][:-1]), set()).add(str(item["loc"][-1]))
    lines, meant = [], set()
    for item in errors:
        if item["type"] == "extra_forbidden":
            parent = tuple(item["loc"][:-1])
            known = missing.get(parent) or (top_fields if not parent else set())
            near = difflib.get_close_matches(str(item["loc"][-1]), sorted(known), n=1, cutoff=0.75)
            meant.update((*parent, name) for name in near)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            lines.append(f"{_error_key(item['loc'])}: unknown key{hint}")
    for item in errors:
        if item["type"] != "extra_forbidden" and tuple(item["loc"]) not in meant:
            problem = item["msg"].removeprefix("Value error, ")
            lines.append(f"{_error_key(item['loc'])}: {problem}")
    return lines


def _error_key(loc: Sequence[int | str]) -> str:
    """``('never_verb_patterns', 0)`` -> ``never_verb_patterns[0]``."""
    key = ""
    for part in loc:
        key += f"[{part}]" if isinstance(part, int) else f".{part}" if key else str(part)
    return key or "(top level)"


# Validated configuration files by (path, model, text): several loaders read the same file
# (actors.yaml twice, layout.yaml four times per run); each text is parsed and validated
# once, and a changed file is read anew. The models are frozen: callers share them.
_VALIDATED: dict[tuple[str, type, str], StrictModel] = {}
_VALIDATED_KEPT = 64


def read_config(path: Path, model: type[M], *, required: bool = True) -> M:
    """The YAML file at `path` validated by `model` (a missing file that is not `required`
    has the model's defaults); every error is one line naming the file and the key."""
    if not path.exists():
        return validate_config(model, read_yaml(path, required=required), str(path))
    text = _config_text(path)
    key = (str(path), model, text)
    found = _VALIDATED.get(key)
    if found is None:
        found = validate_config(model, _yaml_mapping(path, text), str(path))
        while len(_VALIDATED) >= _VALIDATED_KEPT:
            del _VALIDATED[next(iter(_VALIDATED))]
        _VALIDATED[key] = found
    return found  # type: ignore[return-value]


# How a list or mapping of a validated file becomes the frozen runtime value of a field, by
# the field's declared type (annotations are strings under ``from __future__ import annotations``).
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "frozenset[str]": frozenset,
    "tuple[str, ...]": tuple,
    "dict[str, str]": dict,
    "dict[str, tuple[str, ...]]": lambda mapping: {k: tuple(v) for k, v in mapping.items()},
    "dict[str, frozenset[str]]": lambda mapping: {k: frozenset(v) for k, v in mapping.items()},
    "int": int,
    "bool": bool,
}


def frozen_from_file(
    cls: type[T],
    data: StrictModel,
    converters: Mapping[str, Callable[[Any], Any]] | None = None,
    **computed: Any,
) -> T:
    """An instance of the frozen dataclass `cls` whose every field not in `computed` is the
    file field of the same name, converted by the field's type (`converters` first)."""
    table = {**_CONVERTERS, **(converters or {})}
    values = dict(computed)
    for item in fields(cls):  # type: ignore[arg-type]
        if item.name in values:
            continue
        convert = table.get(str(item.type))
        if convert is None:
            raise TypeError(f"{cls.__name__}.{item.name}: no conversion for {item.type}")
        values[item.name] = convert(getattr(data, item.name))
    return cls(**values)


def _check_reader_options(path: Path, ingest: Mapping[str, Any]) -> None:
    """Fail once at start-up on a bad reader option, not once per document. The sections
    are the formats of the reader registry that take options."""
    from pipeline.ingest import layout

    sections = {spec.format: spec.options() for spec in READERS.values()}
    sections = {name: options for name, options in sections.items() if options is not None}
    unknown = sorted(set(ingest) - set(sections))
    if unknown:
        raise ConfigError(f"{path}: {unknown[0]}: unknown section (known: {sorted(sections)})")
    for section, options in sections.items():
        values = ingest.get(section)
        if values is not None and not isinstance(values, dict):
            raise ConfigError(f"{path}: {section}: expected a mapping")
        try:
            layout.options_from_mapping(options, values, section)
        except (TypeError, ValueError) as error:
            raise ConfigError(f"{path}: {section}: {error}") from error
        try:
            check_pattern_options(values or {}, f"{section}.")
        except ValueError as error:
            raise ConfigError(f"{path}: {error}") from None


def load_laws(path: Path | None = None) -> dict[str, str]:
    """The abbreviations of a ``laws.yaml`` (None: the shipped one); a missing file has none."""
    return dict(_laws_file(path).abbreviations)


def law_endings(path: Path | None = None) -> tuple[str, ...]:
    """The endings of statute names in a ``laws.yaml`` (None: the shipped one)."""
    return tuple(_laws_file(path).law_endings)


def _laws_file(path: Path | None) -> LawsFile:
    return read_config(path or PACKAGED_CONFIG_DIR / "laws.yaml", LawsFile, required=False)


def load_delegations(path: Path | None = None) -> DelegationsFile:
    """The column words of a ``delegations.yaml`` (None, or a folder without one: the shipped
    one, so a configuration folder made before the file existed still works)."""
    if path is None or not path.exists():
        path = PACKAGED_CONFIG_DIR / "delegations.yaml"
    return read_config(path, DelegationsFile)


def load_layout(path: Path | None = None) -> LayoutFile:
    """The word lists of a ``layout.yaml`` (None: the shipped one, which `pipeline.patterns`
    reads on first use; a run's own is bound by `pipeline.patterns.using_layout`)."""
    return read_config(path or PACKAGED_CONFIG_DIR / "layout.yaml", LayoutFile)


def own_layout(config_dir: Path | None) -> Path | None:
    """The layout.yaml of the configuration folder `config_dir`, None where it has none of
    its own (the shipped lists, which `pipeline.patterns` holds as module constants): none,
    the shipped file itself, or a copy of it unchanged (a copied ``configs/``)."""
    if config_dir is None:
        return None
    path = config_dir / "layout.yaml"
    shipped = PACKAGED_CONFIG_DIR / "layout.yaml"
    if not path.exists() or path.resolve() == shipped.resolve():
        return None
    return None if path.read_bytes() == shipped.read_bytes() else path


def resolve_config_dir(config_dir: Path | str | None) -> Path:
    if config_dir is not None:
        return Path(config_dir)
    return Path(os.environ.get(CONFIG_ENV) or PACKAGED_CONFIG_DIR)


def _set_value(item: str, text: str) -> Any:
    """The YAML value of a ``--set`` item. Lists and mappings are written in flow style on a
    command line (``[a, b]``, ``{a: 1}``); a bare text that YAML would read in block style
    (``-`` as a one-item list, ``a: b`` as a mapping) or not at all (``*``, an alias
    without its name) is meant as the string itself."""
    flow = text.lstrip().startswith(("[", "{"))
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as error:
        if not flow:
            return text.strip()
        raise ConfigError(f"--set {item}: invalid value ({error})") from None
    if isinstance(value, list | dict) and not flow:
        return text.strip()
    return value


def _apply_sets(files: dict[str, dict[str, Any]], sets: Sequence[str]) -> None:
    """``key=value`` (value in YAML) into the file it belongs to: ``limits.max_seconds``,
    ``normalize.…``, ``ingest.pdf.…``, else ``pipeline.yaml``."""
    for item in sets:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set {item}: expected key=value")
        value = _set_value(item, text)
        parts = key.strip().split(".")
        target = files[parts[0]] if parts[0] in files and len(parts) > 1 else files["pipeline"]
        path = parts[1:] if parts[0] in files and len(parts) > 1 else parts
        for part in path[:-1]:
            nested = target.setdefault(part, {})
            if not isinstance(nested, dict):
                raise ConfigError(f"--set {item}: {part} is not a section")
            target = nested
        target[path[-1]] = value


CONFIG_INIT_HINT = "; `styrdok config init DIR` writes a copy of the shipped configuration"


def write_config_copy(target: Path, *, force: bool = False) -> list[Path]:
    """The shipped YAML files copied, as real files, into `target` (created if missing);
    a file `target` already holds is an error unless `force`."""
    shipped = sorted(PACKAGED_CONFIG_DIR.glob("*.yaml"))
    if target.is_symlink() and not target.exists():
        raise ConfigError(f"{target}: a dangling symbolic link; remove it or name another folder")
    if target.exists() and not target.is_dir():
        raise ConfigError(f"{target}: exists and is not a folder")
    clashes = [target / path.name for path in shipped if (target / path.name).exists()]
    if clashes and not force:
        raise ConfigError(
            f"{target}: already holds {', '.join(path.name for path in clashes)}; "
            "--force overwrites them"
        )
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in shipped:
        destination = target / path.name
        destination.unlink(missing_ok=True)  # a symlink is replaced, not written through
        destination.write_bytes(path.read_bytes())
        written.append(destination)
    return written


def load_settings(
    config_dir: Path | str | None = None, *, sets: Sequence[str] = (), **overrides: Any
) -> Settings:
    """Settings from `config_dir` (None: ``$STYRDOK_CONFIG`` or the packaged defaults),
    then ``--set`` items, then keyword `overrides` that are not None."""
    config_dir = resolve_config_dir(config_dir)
    if not config_dir.is_dir():
        raise ConfigError(f"{config_dir}: configuration directory not found{CONFIG_INIT_HINT}")
    where = {
        name: str(folder_file(config_dir, f"{name}.yaml"))
        for name in ("pipeline", "limits", "normalize", "ingest")
    }
    files = {
        "pipeline": read_yaml(Path(where["pipeline"])),
        **{name: read_yaml(Path(where[name]), required=False) for name in list(where)[1:]},
    }
    _apply_sets(files, sets)
    if sets:
        where = {name: f"{path} (with --set)" for name, path in where.items()}
    general = validate_config(PipelineFile, files["pipeline"], where["pipeline"])
    limits = validate_config(LimitsFile, files["limits"], where["limits"])
    try:
        check_pattern_options(files["normalize"])
        normalize_options = NormalizeOptions.from_mapping(files["normalize"])
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{where['normalize']}: {error}") from error
    _check_reader_options(Path(where["ingest"]), files["ingest"])
    load_laws(folder_file(config_dir, "laws.yaml"))  # a bad file stops the run once, at start
    load_delegations(folder_file(config_dir, "delegations.yaml"))
    layout_path = own_layout(config_dir)
    if layout_path is not None:
        load_layout(layout_path)  # a bad file stops the run once, at start
    values = general.model_dump()
    values.update({key: value for key, value in overrides.items() if value is not None})
    values = validate_config(PipelineFile, values, "overrides").model_dump()
    values["input_suffixes"] = tuple(values["input_suffixes"])
    return Settings(
        config_dir=config_dir,
        normalize=replace(
            normalize_options,
            laws_path=folder_file(config_dir, "laws.yaml"),
            delegations_path=folder_file(config_dir, "delegations.yaml"),
            actors_path=folder_file(config_dir, "actors.yaml"),
            layout_path=layout_path,
        ),
        ingest=MappingProxyType(files["ingest"]),
        limits=Limits(**limits.model_dump()),
        fingerprint=config_fingerprint(config_dir, sets),
        **values,
    )
