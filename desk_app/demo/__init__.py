"""The demo: realistic Vietnamese dossiers for a desk being tried out. `fresh_file.write_demo`
(what `desk-app demo` runs) writes them into a private copy of the desk that replaces the real
one in one rename; `small` makes a few through the real services, `year` a year of them in
bulk, `chain` puts the bulk rows in the audit log."""
