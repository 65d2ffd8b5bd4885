"""Dialogs: an action on a dossier, the first-run wizard, login and lock screen, a procedure of the catalog."""
