"""The end-of-day sync file: build, sign and encrypt it on the desk; verify, import and
report on it at the district (the upper level). Pure Python, no Qt."""
