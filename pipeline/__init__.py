"""styrdok: Swedish governance documents into analysable Parquet tables.

Stages, in the order data flows: ingest → normalize → segment → nlp → tables → cli.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "load"]


def load(processed_dir: str = "processed/"):  # noqa: ANN201 - returns pipeline.tables.Tables
    """Load every table written by ``styrdok run`` as pandas DataFrames."""
    from pipeline.tables import load_tables

    return load_tables(processed_dir)
