"""End-of-day export, keys and the district side on the command line (filled in by the sync work)."""


def register(commands) -> None:
    pass
