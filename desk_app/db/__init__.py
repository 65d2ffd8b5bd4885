"""SQLite through sqlite-utils: connection, migrations, repositories."""
