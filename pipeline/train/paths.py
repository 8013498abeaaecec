"""Where the training recipe reads and writes: the repository root, the UD treebank
locations and their environment variables, the config files, the corpus/checkpoint/metrics
outputs, the shipped model and its size limit, and the split names shared by every step,
plus the one error raised when a treebank cannot be found.  Constants only, one home each.
"""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
UD_DIR_ENV = "STYRDOK_UD_DIR"
PUD_DIR_ENV = "STYRDOK_PUD_DIR"
DEFAULT_UD_DIR = Path("../shared/ud/UD_Swedish-Talbanken")
UD_PARTS = ("train", "dev", "test")
UD_FILE = "sv_talbanken-ud-{part}.conllu"
UD_URL = (
    "https://raw.githubusercontent.com/UniversalDependencies/UD_Swedish-Talbanken/"
    "master/sv_talbanken-ud-{part}.conllu"
)
SPLIT_PATH = REPO_ROOT / "configs/model/split.yaml"
CONFIG_PATH = REPO_ROOT / "configs/model/sv_styrdok.cfg"
CORPUS_DIR = REPO_ROOT / "training/corpus"
TRAIN_OUT = REPO_ROOT / "training/sv_styrdok"
METRICS_PATH = REPO_ROOT / "metrics/model.json"
SHIPPED_DIR = REPO_ROOT / "pipeline/models/sv_styrdok"
MAX_MODEL_BYTES = 25 * 1024 * 1024
SPLIT_NAMES = ("train", "tune", "heldout")
PUD_HELDOUT = "heldout_pud"
SEARCH_PATH = REPO_ROOT / "configs/model/search.yaml"
SEARCH_OUT = REPO_ROOT / "training/search"


class UDDataNotFoundError(FileNotFoundError):
    """Neither the local treebank directory nor the official download was reachable."""
