"""Backups of the desk: sealed copies of the database (copies.py, sealed_file.py), the key they
are sealed with and the recovery passphrase that opens them elsewhere (key.py), and putting one
back (restore.py); reached as desk.backups (service.py). What SQLite does for them, the copy and
its check, is db/file_copy.py. No Qt."""
