"""Draw a slip layout as a 1-bit picture, the paper's full width (384 or 576 dots).

Why a picture: code-page text on cheap thermal printers loses Vietnamese marks, a picture
drawn with the bundled Be Vietnam Pro prints the same on every printer. Text is drawn
anti-aliased in grey then cut at a threshold a little above mid-grey, which keeps thin
strokes and stacked marks (ễ, Ặ) whole on thermal paper.

Each word is drawn once and kept as a grey mask (FreeType re-renders every glyph on every
call, which was most of the time of a slip); a slip pastes the masks, so the labels, the
header and the date words of every later slip cost almost nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import ceil

import qrcode
from PIL import Image, ImageDraw, ImageFont

from desk_app.paths import asset
from desk_app.printing.slip_layout import Item, Layout, Pair, QrRow, Rule, Space, Text

PAPER_WIDTHS = {58: 384, 80: 576}
INK_THRESHOLD = 150  # grey below this prints black
QR_QUIET_MODULES = 2  # white modules kept around a code on the slip; the paper edge adds more
FONT_FILES = {False: "BeVietnamPro-Regular.ttf", True: "BeVietnamPro-Bold.ttf"}


@dataclass(frozen=True)
class Metrics:
    margin: int
    sizes: dict
    qr_fraction: float  # of the printable width for a single QR code
    rule_height: int = 2

    def px(self, size: str) -> int:
        return self.sizes[size]


def metrics_for(width: int) -> Metrics:
    """Margins are small on purpose: the printer already leaves 4-5 mm of paper each side of
    what it prints, and every 8 dots of margin cost a byte on every printed row."""
    if width <= 400:
        return Metrics(margin=4, sizes={"small": 17, "normal": 20, "large": 24, "title": 27}, qr_fraction=0.38)
    return Metrics(margin=4, sizes={"small": 18, "normal": 20, "large": 24, "title": 28}, qr_fraction=0.22)


@lru_cache(maxsize=32)
def font(px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(asset("fonts", FONT_FILES[bold])), px)


@lru_cache(maxsize=8192)
def width_of(word: str, f: ImageFont.FreeTypeFont) -> float:
    return f.getlength(word)


@lru_cache(maxsize=8192)
def word_mask(text: str, f: ImageFont.FreeTypeFont) -> tuple[int, int, Image.Image | None]:
    """`text` drawn once: (dx, dy, mask), the mask's ink coverage (255 = full), to paste at
    (x + dx, y + dy) for text anchored at its left ascender (x, y); exactly what drawing the
    word there would do. Callers paste it, never change it. None for a blank word."""
    pad = f.size // 2 + 2  # room for stacked marks above the ascender and overhangs
    ascent, descent = f.getmetrics()
    coverage = Image.new("L", (ceil(width_of(text, f)) + 2 * pad, ascent + descent + 2 * pad), 0)
    ImageDraw.Draw(coverage).text((pad, pad), text, font=f, fill=255, anchor="la")
    box = coverage.getbbox()
    if box is None:
        return 0, 0, None
    return box[0] - pad, box[1] - pad, coverage.crop(box)


def line_height(f: ImageFont.FreeTypeFont) -> int:
    ascent, descent = f.getmetrics()
    return ascent + descent + max(2, f.size // 8)


# -- word wrap ---------------------------------------------------------------------------

Run = tuple[str, ImageFont.FreeTypeFont]  # one word and the font it is drawn in


def wrap_runs(runs: list[Run], first_width: int, next_width: int) -> list[list[tuple[int, str, ImageFont.FreeTypeFont]]]:
    """Greedy wrap of words; returns lines of (x, word, font). Words longer than a line are
    cut between characters (codes, links); Vietnamese breaks between syllables otherwise."""
    lines: list[list] = [[]]
    x, limit = 0, first_width
    for word, f in _split_long(runs, min(first_width, next_width)):
        w = width_of(word, f)
        gap = width_of(" ", f) if lines[-1] else 0
        if lines[-1] and x + gap + w > limit:
            lines.append([])
            x, gap, limit = 0, 0, next_width
        lines[-1].append((round(x + gap), word, f))
        x += gap + w
    return [line for line in lines if line] or [[]]


def _balanced(runs: list[Run], width: int, align: str):
    """Centred headings wrap into lines of even length ("PHIẾU TIẾP NHẬN HỒ SƠ / VÀ HẸN TRẢ
    KẾT QUẢ", not a long line and a stub): the narrowest width giving the same line count."""
    lines = wrap_runs(runs, width, width)
    if align != "center" or len(lines) < 2:
        return lines
    low, high = width // 2, width
    while high - low > 4:
        middle = (low + high) // 2
        if len(wrap_runs(runs, middle, middle)) == len(lines):
            high = middle
        else:
            low = middle
    return wrap_runs(runs, high, high)


def _split_long(runs: list[Run], width: int):
    for word, f in runs:
        while width_of(word, f) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and f.getlength(word[:cut]) > width:
                cut -= 1
            yield word[:cut], f
            word = word[cut:]
        yield word, f


def wrap_text(text: str, f: ImageFont.FreeTypeFont, width: int) -> list[str]:
    return [" ".join(word for _, word, _ in line) for line in wrap_runs([(w, f) for w in text.split()], width, width)]


# -- drawing -----------------------------------------------------------------------------

class _Canvas:
    """Collects draw operations with their y, so the picture is made once at its final height."""

    def __init__(self, width: int, m: Metrics):
        self.width, self.m = width, m
        self.inner = width - 2 * m.margin
        self.y = 0
        self.ops: list = []

    def words(self, line, x0: int, lh: int) -> None:
        """One op per word: a word's mask is drawn once and reused (see `word_mask`)."""
        for x, word, f in line:
            self.ops.append(("text", x0 + x, self.y, word, f))
        self.y += lh

    def block(self, block) -> None:
        m = self.m
        if isinstance(block, Text):
            f = font(m.px(block.size), block.bold)
            lh = line_height(f)
            for line in _balanced([(w, f) for w in block.text.split()], self.inner, block.align):
                used = (line[-1][0] + width_of(line[-1][1], line[-1][2])) if line else 0
                offset = {"left": 0, "center": (self.inner - used) / 2, "right": self.inner - used}[block.align]
                self.words(line, m.margin + round(offset), lh)
        elif isinstance(block, Pair):
            label_font, value_font = font(m.px(block.size)), font(m.px(block.size), block.bold_value)
            runs = [(w, label_font) for w in (block.label + ":").split()] + [(w, value_font) for w in block.value.split()]
            lh = max(line_height(label_font), line_height(value_font))
            for line in wrap_runs(runs, self.inner, self.inner):
                self.words(line, m.margin, lh)
        elif isinstance(block, Item):
            f = font(m.px(block.size))
            lh = line_height(f)
            hang = round(f.getlength(block.marker + " "))
            self.ops.append(("text", m.margin, self.y, block.marker, f))
            for line in wrap_runs([(w, f) for w in block.text.split()], self.inner - hang, self.inner - hang):
                self.words(line, m.margin + hang, lh)
        elif isinstance(block, Rule):
            self.y += 6
            self.ops.append(("rule", self.y, block.style))
            self.y += m.rule_height + 6
        elif isinstance(block, Space):
            self.y += block.dots
        elif isinstance(block, QrRow):
            self.qr_row(block)

    def qr_row(self, row: QrRow) -> None:
        """The codes side by side from the left margin, each with its caption below, then the
        aside lines, left-aligned. The printer is sent each row up to its last ink only, so
        text beside the codes, centred codes or centred notes would all be paid for in bytes;
        white space above and below costs nothing (a paper feed).

        All codes of a row share one height: a short code (the dossier code) gets bigger
        modules rather than a smaller picture, which makes it easier to scan for free.
        Every code keeps QR_QUIET_MODULES white modules from the rule above, the caption
        below and its neighbour."""
        small = font(self.m.px("small"))
        sizes = [len(qr_matrix(code.data)) for code in row.codes]
        target = max(round(self.inner * self.m.qr_fraction), *(n * MIN_MODULE for n in sizes))
        images = [qr_image(code.data, target) for code in row.codes]
        quiet = QR_QUIET_MODULES * max(image.width // n for image, n in zip(images, sizes))
        gap = max(16, quiet)
        top = self.y + quiet
        x, bottom = self.m.margin, top
        for index, (code, image) in enumerate(zip(row.codes, images)):
            self.ops.append(("image", x, top, image))
            # the caption is centred under its code and may run half a gap past it each side,
            # a whole gap on the right of the last code (nothing is printed there)
            room = image.width + gap * (2 if index == len(images) - 1 else 1) - 4
            y = top + image.height + quiet
            for line in wrap_text(code.caption, small, room):
                left = max(self.m.margin, x + round((image.width - small.getlength(line)) / 2))
                self.ops.append(("text", left, y, line, small))
                y += line_height(small)
            bottom = max(bottom, y)
            x += image.width + gap
        self.y = bottom
        for note in row.aside:
            self.block(Text(note, "small", False, "left"))


MIN_MODULE = 4  # dots per module: 0.5 mm at 203 dpi, what phone cameras read off thermal paper


@lru_cache(maxsize=64)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of a QR code for `data`, no quiet zone. A fixed mask pattern (any of the
    eight is valid) spares trying all eight; cached, as the survey code is the same on every
    slip."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=2)
    code.add_data(data, optimize=0)  # one segment, in the densest mode the whole text allows
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


@lru_cache(maxsize=64)
def qr_image(data: str, target: int) -> Image.Image:
    """A QR code as a 1-bit picture about `target` dots wide, whole modules of at least
    MIN_MODULE dots (sharp edges scan better), with no quiet zone: the slip leaves white
    around it. Cached; callers paste the image, never change it."""
    matrix = qr_matrix(data)
    n = len(matrix)
    module = max(MIN_MODULE, target // n)
    small = Image.new("1", (n, n), 1)
    small.putdata([0 if cell else 1 for row in matrix for cell in row])
    return small.resize((n * module, n * module), Image.NEAREST)


def render(layout: Layout, width: int = 576, top: int = 8, bottom: int = 8) -> Image.Image:
    """The layout as a mode '1' picture (0 = black ink), `width` dots wide."""
    canvas = _Canvas(width, metrics_for(width))
    canvas.y = top
    for block in layout.blocks:
        canvas.block(block)
    grey = Image.new("L", (width, canvas.y + bottom), 255)
    draw = ImageDraw.Draw(grey)
    m = canvas.m
    pictures = []
    for op in canvas.ops:
        if op[0] == "text":
            _, x, y, word, f = op
            dx, dy, mask = word_mask(word, f)
            if mask is not None:
                grey.paste(0, (x + dx, y + dy), mask)
        elif op[0] == "rule":
            _, y, style = op
            if style == "dashed":
                for x in range(m.margin, width - m.margin, 12):
                    draw.rectangle((x, y, min(x + 7, width - m.margin - 1), y + m.rule_height - 1), fill=0)
            else:
                draw.rectangle((m.margin, y, width - m.margin - 1, y + m.rule_height - 1), fill=0)
        else:
            pictures.append(op)
    picture = grey.point(lambda v: 0 if v < INK_THRESHOLD else 255, "1")
    for _, x, y, image in pictures:
        picture.paste(image, (x, y))
    return picture
