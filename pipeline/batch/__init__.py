"""Batch: run the stages over many documents, isolating failures and skipping unchanged work.

One module per job (docs/scale.md):

``plan``       which documents changed since the manifest (the registry of ids) was written
``stages``     ingest → normalize → segment → nlp → table rows for a few documents, bounded
``executors``  annotators, how many workers, the executor in this process
``pool``       a process pool that survives a dying or stuck worker and dies with its parent
``dask_cluster`` one task per document on a Dask cluster
``run``        the output directory's lock, the manifest, ``errors.parquet``, the summary
"""

from pipeline.batch.executors import (
    AnnotatorFactory,
    ReadyAnnotator,
    TaskContext,
    UnavailableAnnotator,
    build_annotator_safely,
    choose_workers,
    default_annotator_factory,
)
from pipeline.batch.plan import BatchPlan, check_document, model_fingerprint, plan_batch
from pipeline.batch.pool import pool_chunk_size
from pipeline.batch.records import (
    DocumentFailure,
    DocumentResult,
    LimitExceeded,
    RunError,
    StageError,
    WorkItem,
    Written,
)
from pipeline.batch.run import BatchSummary, locked, run_batch
from pipeline.batch.stages import (
    Annotator,
    document_tables,
    prepare_document,
    process_items,
    run_items,
    structure_tables,
)
from pipeline.ingest import assign_doc_ids

__all__ = [
    "Annotator",
    "AnnotatorFactory",
    "BatchPlan",
    "BatchSummary",
    "DocumentFailure",
    "DocumentResult",
    "LimitExceeded",
    "ReadyAnnotator",
    "RunError",
    "StageError",
    "TaskContext",
    "UnavailableAnnotator",
    "WorkItem",
    "Written",
    "assign_doc_ids",
    "build_annotator_safely",
    "check_document",
    "choose_workers",
    "default_annotator_factory",
    "locked",
    "model_fingerprint",
    "plan_batch",
    "pool_chunk_size",
    "prepare_document",
    "process_items",
    "run_batch",
    "run_items",
    "document_tables",
    "structure_tables",
]
