"""``import styrdok``: the user-facing name of the ``pipeline`` package's API.

``styrdok.analyze(text_or_path)`` returns the same tables as ``styrdok run``, in memory;
``styrdok.load("processed/")`` reads the tables ``styrdok run`` wrote.
"""

from pipeline import __version__
from pipeline.api import analyze, diff, export, load, load_model

__all__ = ["__version__", "analyze", "diff", "export", "load", "load_model"]
