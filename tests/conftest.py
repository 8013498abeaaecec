from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.config import Settings, load_settings
from pipeline.ingest import RawDocument, read_document
from pipeline.normalize import NormalizedDocument, normalize
from pipeline.segment import SegmentedDocument, segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {
    "region-norrbotten": ROOT / "raw" / "region-norrbotten.txt",
    "region-orebro-lan-2023": ROOT / "raw" / "region-orebro-lan-2023.txt",
}


# Fixtures that run for minutes, longest first (test_nlp.py: the whole corpus evaluated, the
# seeds processed with the model). Their tests are collected first: `--dist worksteal` hands
# each xdist worker a contiguous half of the collection and steals from the tail of a queue, so
# one worker starts them at once and builds each fixture once while the others run short tests.
SLOW_FIXTURES = ("corpus_evaluation", "processed")


def slowness_rank(item: pytest.Item) -> int:
    names = getattr(item, "fixturenames", ())
    return next(
        (rank for rank, name in enumerate(SLOW_FIXTURES) if name in names), len(SLOW_FIXTURES)
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=slowness_rank)  # stable: the order within each rank is pytest's


def raw_from_text(text: str, doc_id: str = "doc") -> RawDocument:
    return RawDocument(
        doc_id=doc_id, source_path=f"{doc_id}.txt", source_sha256="", encoding="utf-8", text=text
    )


def segment_text(text: str) -> SegmentedDocument:
    return segment(normalize(raw_from_text(text)))


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    """A blank Swedish pipeline for hand-parsed rule tests (`tests/nlp_helpers.parsed`)."""
    return spacy.blank("sv")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(ROOT / "configs")


@pytest.fixture(scope="session")
def seeds() -> dict[str, SegmentedDocument]:
    return {
        doc_id: segment(normalize(read_document(path, doc_id))) for doc_id, path in SEEDS.items()
    }


@pytest.fixture(scope="session")
def normalized_seeds(seeds: dict[str, SegmentedDocument]) -> dict[str, NormalizedDocument]:
    return {doc_id: document.doc for doc_id, document in seeds.items()}
