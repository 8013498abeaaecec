"""Finding and reading the UD treebanks: the Talbanken directory (argument, environment,
split file, default), its local files or the official download, cutting CoNLL-U into
``newdoc`` documents, and the PUD directory and files the split enables.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml

from pipeline.train.paths import (
    DEFAULT_UD_DIR,
    PUD_DIR_ENV,
    REPO_ROOT,
    SPLIT_PATH,
    UD_DIR_ENV,
    UD_FILE,
    UD_PARTS,
    UD_URL,
    UDDataNotFoundError,
)
from pipeline.train.split import PudSplit, load_split


def resolve_ud_dir(ud_dir: str | Path | None = None) -> Path:
    """Argument, else ``$STYRDOK_UD_DIR``, else ``ud_dir`` in ``configs/model/split.yaml``,
    else ``../shared/ud/UD_Swedish-Talbanken``.

    Relative paths are taken relative to the repository root, so the recipe behaves the
    same whatever the current directory is.
    """
    raw = ud_dir if ud_dir is not None else os.environ.get(UD_DIR_ENV) or _configured_ud_dir()
    path = Path(raw).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def _configured_ud_dir() -> str | Path:
    if SPLIT_PATH.is_file():
        configured = (yaml.safe_load(SPLIT_PATH.read_text(encoding="utf-8")) or {}).get("ud_dir")
        if configured:
            return configured
    return DEFAULT_UD_DIR


def _download(url: str, timeout: float) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (fixed https URL)
        return response.read().decode("utf-8")


def read_treebank(
    ud_dir: str | Path | None = None, *, download: bool = True, timeout: float = 20.0
) -> dict[str, str]:
    """Return ``{part: conllu_text}`` for the Talbanken parts that can be found.

    Local files win; parts missing locally are fetched from the official UD repository
    (``UD_URL``) when ``download`` is true.  Missing parts are fine (this project only has
    dev and test), but finding no part at all raises :class:`UDDataNotFoundError`, naming
    both places that were tried.
    """
    local = resolve_ud_dir(ud_dir)
    texts: dict[str, str] = {}
    for part in UD_PARTS:
        path = local / UD_FILE.format(part=part)
        if path.is_file():
            texts[part] = path.read_text(encoding="utf-8")
    errors: list[str] = []
    if download:
        for part in UD_PARTS:
            if part in texts:
                continue
            url = UD_URL.format(part=part)
            try:
                texts[part] = _download(url, timeout)
            except (urllib.error.URLError, OSError, TimeoutError) as err:
                errors.append(f"{url}: {err}")
                if not texts:
                    continue
                break  # offline: don't wait for every part to time out
    if not texts:
        raise UDDataNotFoundError(
            "UD Swedish-Talbanken not found.\n"
            f"  local directory: {local} (set ${UD_DIR_ENV} or pass ud_dir to change it)\n"
            f"  official download: {UD_URL.format(part='{train,dev,test}')}"
            + (f"\n  download errors: {'; '.join(errors)}" if errors else "")
        )
    return texts


def split_by_document(conllu: str) -> dict[str, str]:
    """Cut a CoNLL-U text into ``{newdoc_id: conllu_text}``, keeping file order."""
    docs: dict[str, list[str]] = {}
    current: list[str] | None = None
    for block in conllu.strip().split("\n\n"):
        first = block.lstrip().split("\n", 1)[0]
        if first.startswith("# newdoc id"):
            doc_id = first.split("=", 1)[1].strip()
            current = docs.setdefault(doc_id, [])
        if current is None:
            current = docs.setdefault("_no_doc", [])
        current.append(block.strip())
    return {doc_id: "\n\n".join(blocks) + "\n\n" for doc_id, blocks in docs.items()}


def resolve_pud_dir(pud_dir: str | Path | None = None, split_path: str | Path = SPLIT_PATH) -> Path:
    """Argument, else ``$STYRDOK_PUD_DIR``, else ``pud.ud_dir`` in the split file (relative
    paths against the repository root), as for Talbanken."""
    if pud_dir is None:
        pud_dir = os.environ.get(PUD_DIR_ENV)
    if pud_dir is None:
        pud = load_split(split_path).get("pud") or {}
        pud_dir = pud.get("ud_dir") or PudSplit().ud_dir
    path = Path(pud_dir).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def read_pud(pud_dir: str | Path | None, split: dict[str, Any]) -> str | None:
    """The PUD CoNLL-U text, or ``None`` when the split disables PUD.

    An enabled PUD whose files are missing is an error naming the directory."""
    pud = split.get("pud")
    if not pud or not pud["enabled"]:
        return None
    directory = resolve_pud_dir(pud_dir)
    paths = [directory / name for name in pud["files"]]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise UDDataNotFoundError(
            f"UD Swedish-PUD not found: {', '.join(missing)} "
            f"(set ${PUD_DIR_ENV}, pass --pud-dir, or set pud.enabled: false in {SPLIT_PATH.name})"
        )
    return "".join(path.read_text(encoding="utf-8").strip() + "\n\n" for path in paths)
