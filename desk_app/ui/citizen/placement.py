"""Which screen the citizen page goes on (Settings → "Màn hình cho người dân")."""

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
