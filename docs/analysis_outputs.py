"""Regenerate the outputs shown in docs/analysis.md by running its Python blocks.

    .venv/bin/python docs/analysis_outputs.py      # rewrites docs/analysis.md in place

Every ```python block runs in one namespace (in order, from the repository root); the plain
``` block right after it is replaced by what the block prints and the value of each of its
top-level expressions, as a Python prompt would show them.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import re
from pathlib import Path

import pandas as pd

DOC = Path(__file__).resolve().parent / "analysis.md"
BLOCK = re.compile(r"```python\n(?P<code>.*?)```\n(?P<gap>\n*)(?P<output>```\n.*?```\n)?", re.S)


def run(code: str, namespace: dict) -> str:
    parts = []
    for node in ast.parse(code).body:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            if isinstance(node, ast.Expr):
                value = eval(compile(ast.Expression(node.value), "<doc>", "eval"), namespace)
                if value is not None:
                    print(value if isinstance(value, str) else repr(value))
            else:
                exec(compile(ast.Module([node], []), "<doc>", "exec"), namespace)
        if buffer.getvalue().strip():
            parts.append(buffer.getvalue().rstrip())
    return "\n\n".join(parts)


def main() -> None:
    os.chdir(DOC.parent.parent)
    pd.set_option("display.width", 110)
    pd.set_option("display.max_colwidth", 42)
    pd.set_option("display.max_columns", 12)
    namespace: dict = {}
    text = DOC.read_text(encoding="utf-8")

    def replace(match: re.Match) -> str:
        output = run(match["code"], namespace)
        if match["output"] is None:
            return match.group(0)
        return f"```python\n{match['code']}```\n{match['gap']}```\n{output}\n```\n"

    DOC.write_text(BLOCK.sub(replace, text), encoding="utf-8")


if __name__ == "__main__":
    main()
