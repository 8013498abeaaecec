"""Mapped text: a string that remembers, per character, the raw span it came from.

`Mapped` is the working form of every block while it is normalized: appending, slicing and
dropping characters keep each character's raw [start, end). `nfc_mapped` composes text to
NFC and maps a composed character to the whole raw cluster (base + combining marks) it
replaces, so the offset map stays exact through Unicode normalisation; a typographic
ligature becomes its letters, each mapped to the ligature.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Mapped:
    chars: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def add(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append synthesized text (every char maps to the whole raw span)."""
        for ch in text:
            self.chars.append(ch)
            self.starts.append(raw_start)
            self.ends.append(raw_end)

    def extend(self, other: Mapped) -> None:
        self.chars.extend(other.chars)
        self.starts.extend(other.starts)
        self.ends.extend(other.ends)

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def __len__(self) -> int:
        return len(self.chars)

    def slice(self, start: int, end: int) -> Mapped:
        return Mapped(self.chars[start:end], self.starts[start:end], self.ends[start:end])

    def without(self, drop: Iterable[int]) -> Mapped:
        dropped = set(drop)
        if not dropped:
            return Mapped(list(self.chars), list(self.starts), list(self.ends))
        keep = [i for i in range(len(self.chars)) if i not in dropped]
        return Mapped(
            [self.chars[i] for i in keep],
            [self.starts[i] for i in keep],
            [self.ends[i] for i in keep],
        )


# Latin typographic ligatures (U+FB00–U+FB06: ``ﬁ``, ``ﬂ``, ``ﬀ`` …) that a PDF text layer
# keeps as one character; read as their letters (round 46).
LIGATURE = re.compile("[\ufb00-\ufb06]")


def _composed(cluster: str) -> str:
    composed = unicodedata.normalize("NFC", cluster)  # also Å (U+212B) → Å
    if LIGATURE.search(composed) is None:
        return composed
    return LIGATURE.sub(lambda match: unicodedata.normalize("NFKC", match.group()), composed)


def nfc_mapped(text: str, base: int) -> Mapped:
    """NFC-normalize `text`, mapping each output char to the raw cluster it came from. A
    ligature is spelt with its letters (``ﬁnns`` → ``finns``, docs/annotation.md §1.2 "Round
    46 (writer w46y, probe w45-y; office-suite PDF text layers)"), each letter mapped to the
    ligature's raw character."""
    if unicodedata.is_normalized("NFC", text) and LIGATURE.search(text) is None:
        end = base + len(text)
        return Mapped(list(text), list(range(base, end)), list(range(base + 1, end + 1)))
    mapped = Mapped()
    cluster_start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or unicodedata.combining(text[index]) == 0:
            cluster = text[cluster_start:index]
            composed = _composed(cluster)
            if composed == cluster:
                for offset, ch in enumerate(cluster):
                    mapped.add(ch, base + cluster_start + offset, base + cluster_start + offset + 1)
            else:
                mapped.add(composed, base + cluster_start, base + index)
            cluster_start = index
    return mapped
