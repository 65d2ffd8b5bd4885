"""The error of a printer that cannot take the job (unplugged, a queue that refuses, a slip
sent but not confirmed): what the sinks (printers.py), the confirmation (confirm.py) and the
jobs (jobs.py) raise, and what the window and the CLI tell the officer."""


class PrinterError(RuntimeError):
    """A printer that cannot take the job; the message is for the officer."""
