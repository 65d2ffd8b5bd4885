"""The design tokens of every window: type scale, spacing grid, colours (ink, surfaces, status
families, messages), button roles. Pure data, no Qt: style.py makes the style sheet from them,
widgets take their colours and margins from here (a test keeps colour literals out of the rest
of desk_app/ui), and tests/ui/test_design_tokens.py checks every text colour's contrast.

docs/design.md shows them with the rules for a new page."""

from __future__ import annotations

# -- spacing: an 8-pixel grid (4 is the half step for tight rows) -----------------------------
GRID = 8
HALF = GRID // 2
PAGE_MARGIN = 2 * GRID  # round a page's content
CARD_PADDING = 2 * GRID  # inside a card (a group box)
GAP = GRID  # between fields and buttons
SECTION_GAP = 2 * GRID  # between cards / sections
RADIUS = 6
SMALL_RADIUS = 4


def space(steps: float = 1) -> int:
    """Pixels for `steps` of the grid (0.5 = the half step)."""
    return round(steps * GRID)


# -- type scale (points; the body is the application font's size) ----------------------------
BODY = 10
CAPTION = 9
SECTION = 11
PAGE_TITLE = 15
NUMBER = 18  # the counts on the tiles
LOGIN_TITLE = 18

# -- ink and surfaces ------------------------------------------------------------------------
INK = "#1f2937"  # body text
MUTED = "#4b5563"  # captions, hints, placeholders
DISABLED_INK = "#6b7280"
WINDOW = "#eef1f5"  # behind the cards
CARD = "#ffffff"
FIELD = "#ffffff"
LINE = "#cfd6df"  # card and field borders
STRONG_LINE = "#8d96a3"  # buttons' borders
HEADER = "#f5f7fa"  # list headers, secondary buttons
SELECTION = "#dbe8fb"  # a selected row (text stays INK)
HOVER = "#edf3fc"
PRESSED = "#dbe6f5"
ACCENT = "#1a56b0"  # primary buttons, the current page's bar, links
ACCENT_INK = "#ffffff"
ACCENT_FOCUSED = "#123f85"  # a focused primary button: darker inside its focus ring
FOCUS = "#1a73e8"  # the focus ring (2 px), never removed

# -- the sidebar -----------------------------------------------------------------------------
NAV = "#1d2b3f"
NAV_INK = "#e8edf4"
NAV_MUTED = "#a9b8cc"  # group headers, the commander mark, keys
NAV_CURRENT = "#2f4a70"
NAV_BAR = "#f5b83d"  # the current page's left bar (with the bold name and the lighter row)
NAV_HOVER = "#26374f"
NAV_ICON = "#e8edf4"  # baked into assets/icons/*.svg (assets/icons/make_icons.py)
NAV_KEY = "#3a5478"  # the key cap's background

# -- messages ---------------------------------------------------------------------------------
ERROR = "#b3261e"
NOTICE = "#1b5e20"
WARN = "#7a4b00"
WARN_BG = "#fff4d6"
WARN_LINE = "#e0b44c"
ERROR_BG = "#fde7e5"
MISSING = "#ffe0b2"  # a document not handed in, in the checklist

# -- status families: (text, background), the same on the tiles, the list's chips, the detail
# and the citizen screen. The text says the status too: colour is never the only sign.
RECEIVED = ("#123a6b", "#e7f0fb")
IN_PROGRESS = ("#3d2a80", "#ece8fb")
SUPPLEMENT = ("#7a4b00", "#fff4d6")
READY = ("#0b5560", "#ddf3f5")
RETURNED = ("#14532d", "#e6f4ea")
STOPPED = ("#4b5563", "#eceff3")  # refused, stopped
OVERDUE = ("#9b1c1c", "#fde2e1")
DUE_TODAY = ("#7a4b00", "#fff4d6")
STATUS_FAMILY = {
    "received": RECEIVED, "in_progress": IN_PROGRESS, "needs_supplement": SUPPLEMENT, "result_ready": READY,
    "returned": RETURNED, "refused": STOPPED, "stopped": STOPPED, "overdue": OVERDUE, "due_today": DUE_TODAY,
}
# A row of the list whose appointment is today or past: a tint and a bold date, no red flood.
ROW_TINT = {"overdue": OVERDUE[1], "due_today": DUE_TODAY[1]}
PRINT_FAILED = OVERDUE[1]
PRINT_UNCONFIRMED = "#fff1c2"

# -- buttons: role -> (text, background, border); hover and pressed shade the background -------
BUTTON_ROLES = {
    "primary": (ACCENT_INK, ACCENT, ACCENT),
    "secondary": (INK, HEADER, STRONG_LINE),
    "danger": ("#ffffff", ERROR, ERROR),
}
BUTTON_HOVER = {"primary": "#164a97", "secondary": HOVER, "danger": "#9a2019"}

# -- the citizen's screen (a large display read from a metre or two) ---------------------------
CITIZEN = {
    "page": "#f8fafc", "ink": "#0f172a", "body": "#334155", "muted": "#475569", "frame": "#1d4ed8",
    "unit": "#7f1d1d", "motto": "#b91c1c", "number": "#1d4ed8", "thanks": "#15803d", "choice": "#e2e8f0",
    "very_satisfied": "#15803d", "satisfied": "#1d4ed8", "unsatisfied": "#b91c1c",
}
QR_DARK, QR_LIGHT = "#000000", "#ffffff"

# -- charts (pyqtgraph) -------------------------------------------------------------------------
CHART = {
    "received": "#1f5fa8", "resolved": "#2e8b57", "early": "#2e8b57", "on_time": "#7fb3d5", "late": "#c0392b",
    "ink": "#333333", "muted": "#595959", "background": "#ffffff",
}

# Every text colour on the background it is drawn on (tests/ui/test_design_tokens.py: ≥ 4.5:1).
TEXT_PAIRS = {
    "body": (INK, CARD), "body on window": (INK, WINDOW), "muted": (MUTED, CARD), "muted on window": (MUTED, WINDOW),
    "disabled": (DISABLED_INK, HEADER), "selected row": (INK, SELECTION), "header": (INK, HEADER),
    "nav": (NAV_INK, NAV), "nav current": (NAV_INK, NAV_CURRENT), "nav muted": (NAV_MUTED, NAV),
    "nav key": (NAV_INK, NAV_KEY), "nav hover": (NAV_INK, NAV_HOVER),
    "error": (ERROR, CARD), "error on window": (ERROR, WINDOW), "error on its band": (ERROR, ERROR_BG),
    "notice": (NOTICE, CARD), "notice on window": (NOTICE, WINDOW), "warning": (WARN, WARN_BG),
    "missing document": (INK, MISSING), "print failed": (INK, PRINT_FAILED), "print unconfirmed": (INK, PRINT_UNCONFIRMED),
    **{f"status {name}": pair for name, pair in STATUS_FAMILY.items()},
    **{f"row {name}": (INK, tint) for name, tint in ROW_TINT.items()},
    **{f"row {name} date": (STATUS_FAMILY[name][0], tint) for name, tint in ROW_TINT.items()},
    **{f"{role} button": (ink, bg) for role, (ink, bg, _line) in BUTTON_ROLES.items()},
    "primary button focused": (ACCENT_INK, ACCENT_FOCUSED),
    "citizen body": (CITIZEN["body"], CITIZEN["page"]), "citizen muted": (CITIZEN["muted"], CITIZEN["page"]),
    "citizen unit": (CITIZEN["unit"], CITIZEN["page"]), "citizen number": (CITIZEN["number"], CITIZEN["page"]),
    "citizen thanks": (CITIZEN["thanks"], CITIZEN["page"]), "citizen choice": (CITIZEN["ink"], CITIZEN["choice"]),
    **{f"citizen {level}": ("#ffffff", CITIZEN[level]) for level in ("very_satisfied", "satisfied", "unsatisfied")},
    "chart text": (CHART["ink"], CHART["background"]), "chart note": (CHART["muted"], CHART["background"]),
}


def css_colours(pair: tuple[str, str]) -> str:
    """`color` and `background` of a (text, background) pair, for a label's style."""
    return f"color:{pair[0]};background:{pair[1]};"


ERROR_STYLE = f"color: {ERROR};"
NOTICE_STYLE = f"color: {NOTICE};"
WARN_STYLE = f"color: {WARN};"
