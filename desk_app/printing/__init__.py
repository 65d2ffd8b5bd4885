"""Printing: slips on thermal printers (raster ESC/POS) and forms, sheets and boards as PDF. Qt-free."""
