"""A small layout model for slips: what goes on the paper, not how it is drawn.

A layout is a list of blocks (text, label/value pairs, numbered items, rules, QR codes,
spacing). It is built from plain data (dicts, as a slip builder or a JSON file would write
it) and drawn by `raster` (thermal image) or read as lines by the text mode. All text is
normalised to NFC here, so a decomposed name from a scanner prints its marks in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.core.text import clean

SIZES = ("small", "normal", "large", "title")
ALIGNS = ("left", "center", "right")


class LayoutError(ValueError):
    pass


@dataclass(frozen=True)
class Text:
    text: str
    size: str = "normal"
    bold: bool = False
    align: str = "left"


@dataclass(frozen=True)
class Pair:
    """'Label: value' with the value wrapping under itself when long."""
    label: str
    value: str
    bold_value: bool = False
    size: str = "normal"


@dataclass(frozen=True)
class Item:
    """A numbered or bulleted line whose continuation lines hang under the text."""
    marker: str
    text: str
    size: str = "normal"


@dataclass(frozen=True)
class Rule:
    style: str = "solid"  # solid | dashed


@dataclass(frozen=True)
class QrCode:
    data: str
    caption: str = ""


@dataclass(frozen=True)
class QrRow:
    """One or more QR codes side by side, each with its caption below, then the aside lines."""
    codes: tuple[QrCode, ...]
    aside: tuple[str, ...] = ()


@dataclass(frozen=True)
class Space:
    dots: int = 12


Block = Text | Pair | Item | Rule | QrRow | Space


@dataclass
class Layout:
    blocks: list[Block] = field(default_factory=list)

    # Builder helpers keep slip code short and readable.
    def text(self, text: str, size: str = "normal", bold: bool = False, align: str = "left") -> "Layout":
        return self._add(Text(clean(text), _size(size), bold, _align(align)))

    def center(self, text: str, size: str = "normal", bold: bool = False) -> "Layout":
        return self.text(text, size, bold, "center")

    def pair(self, label: str, value: str, bold_value: bool = False, size: str = "normal") -> "Layout":
        return self._add(Pair(clean(label), clean(value), bold_value, _size(size)))

    def item(self, marker: str, text: str, size: str = "normal") -> "Layout":
        return self._add(Item(clean(marker), clean(text), _size(size)))

    def rule(self, style: str = "solid") -> "Layout":
        if style not in ("solid", "dashed"):
            raise LayoutError(f"rule style {style!r}")
        return self._add(Rule(style))

    def qr(self, *codes: tuple[str, str], aside: tuple[str, ...] = ()) -> "Layout":
        """qr(("data", "caption"), ...): the non-empty ones side by side, then the aside lines
        (the aside lines alone when no code is left)."""
        kept = tuple(QrCode(clean(d), clean(c)) for d, c in codes if clean(d))
        aside = tuple(clean(a) for a in aside if clean(a))
        if kept:
            return self._add(QrRow(kept, aside))
        for line in aside:
            self.center(line, "small")
        return self

    def space(self, dots: int = 12) -> "Layout":
        return self._add(Space(int(dots)))

    def _add(self, block: Block) -> "Layout":
        self.blocks.append(block)
        return self

    def plain_text(self) -> str:
        """Every word on the slip, one block a line (checks, logs, a screen reader)."""
        out = []
        for block in self.blocks:
            if isinstance(block, (Text, Item)):
                out.append(f"{getattr(block, 'marker', '')} {block.text}".strip())
            elif isinstance(block, Pair):
                out.append(f"{block.label}: {block.value}")
            elif isinstance(block, QrRow):
                out += [f"[QR {c.data}] {c.caption}" for c in block.codes] + list(block.aside)
        return "\n".join(out)

def _size(size: str) -> str:
    if size not in SIZES:
        raise LayoutError(f"size {size!r} (one of {', '.join(SIZES)})")
    return size


def _align(align: str) -> str:
    if align not in ALIGNS:
        raise LayoutError(f"align {align!r} (one of {', '.join(ALIGNS)})")
    return align
