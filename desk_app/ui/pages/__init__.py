"""The pages of the window: receiving, the reception log, the dossier list and its detail, the end-of-day sync, print jobs."""
