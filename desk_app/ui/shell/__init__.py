"""The window's frame and what it does around the pages: the main window, the scanner and focus filters, the daily backup, the day-end reminder, one window per data folder, the error report."""
