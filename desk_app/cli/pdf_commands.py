"""PDF forms, sheets, boards and the register on the command line (filled in by the printing work)."""


def register_print(printing) -> None:
    pass
