"""Which screen the citizen page goes on (Settings → "Màn hình cho người dân"), and where its
panel sits on the officer's screen when there is no second one."""

from __future__ import annotations

AUTO, OFF, DIALOG = "auto", "off", "dialog"


def pick_screen(choice: str, names: list[str], primary: int = 0) -> int | None:
    """The index of the screen to fill, or None for the dialog the officer turns around.

    "auto": the first screen that is not the officer's (primary) one, if there is one;
    a screen's name: that screen while it is connected, else as "auto"; "dialog": never a
    screen of its own. ("off" is decided before: nothing is shown.)"""
    if choice == DIALOG or len(names) < 2:
        return None
    if choice in names and names.index(choice) != primary:
        return names.index(choice)
    return next(i for i in range(len(names)) if i != primary)


PANEL_MARGIN = 12


def panel_rect(area: tuple[int, int, int, int], least: tuple[int, int] = (0, 0)) -> tuple[int, int, int, int]:
    """(x, y, width, height) of the panel in the free area of the officer's only screen: the
    bottom right corner, big enough for the question and its three answers to be read from
    across the counter, small enough to leave most of the officer's window uncovered; never
    smaller than `least` (what its page needs), never past the area's edges."""
    x, y, width, height = area
    panel_width = min(max(min(560, round(width * 0.42)), least[0]), width - 2 * PANEL_MARGIN)
    panel_height = min(max(min(300, round(height * 0.38)), least[1]), height - 2 * PANEL_MARGIN)
    return (x + width - panel_width - PANEL_MARGIN, y + height - panel_height - PANEL_MARGIN,
            panel_width, panel_height)
