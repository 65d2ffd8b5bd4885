"""Thermal slips and printers on the command line (filled in by the printing work)."""


def register_print(printing) -> None:
    pass


def register_printer(commands) -> None:
    pass
