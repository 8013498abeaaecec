"""How many spaCy ``Token`` objects styrdok's components make, and where (issue #15).

Every ``doc[i]``, ``token.head``, ``token.children`` and span iteration makes a new ``Token``.
Here the ``Token`` type's allocator (``tp_alloc``, CPython's ``PyType_GenericAlloc``) is swapped
through ctypes for one that counts each allocation and the Python function that asked for it,
while ``styrdok_merges`` and the three rule components run on the Docs of a ``DocBin``
(`bench_components.py prepare`). Counting slows the run; the counts are exact.

    python benchmarks/count_tokens.py /tmp/docs.docbin [--top 30]
"""

from __future__ import annotations

import argparse
import ctypes
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Token

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from benchmarks.bench_components import PAIRED_COMPONENTS, load_docs, load_nlp  # noqa: E402

_TP_ALLOC = 38 * ctypes.sizeof(ctypes.c_void_p)  # the slot's offset in PyTypeObject (3.11)
_ALLOC = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ssize_t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docbin", type=Path)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    slot = ctypes.c_void_p.from_address(id(Token) + _TP_ALLOC)
    generic = ctypes.cast(ctypes.pythonapi.PyType_GenericAlloc, ctypes.c_void_p).value
    if slot.value != generic:
        sys.exit("Token's tp_alloc is not PyType_GenericAlloc here: cannot count")
    allocate = _ALLOC(generic)
    sites: Counter[tuple[str, int, str]] = Counter()

    def counting(kind: int, items: int) -> int:
        caller = sys._getframe(1)
        name = caller.f_code.co_filename.split("/pipeline/")[-1]
        sites[(name, caller.f_lineno, caller.f_code.co_name)] += 1
        return allocate(kind, items)

    hook = _ALLOC(counting)
    nlp = load_nlp()
    components = [(name, nlp.get_pipe(name)) for name in PAIRED_COMPONENTS]
    docs = load_docs(nlp, args.docbin)
    made = dict.fromkeys(PAIRED_COMPONENTS, 0)
    slot.value = ctypes.cast(hook, ctypes.c_void_p).value
    try:
        for doc in docs:
            for name, component in components:
                before = sites.total()
                doc = component(doc)
                made[name] += sites.total() - before
    finally:
        slot.value = generic
    print(f"{len(docs)} Docs: {sites.total():,} Tokens made")
    for name, count in made.items():
        print(f"  {name}: {count:,}")
    for (name, line, function), count in sites.most_common(args.top):
        print(f"{count:>9,}  {name}:{line} {function}")


if __name__ == "__main__":
    main()
