"""The bundle's entry script: the same `main()` as `python -m desk_app` and the `desk-app` command."""

import multiprocessing
import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    # `audit verify` on a large log starts a second process of this same executable (spawn):
    # in the bundle, that process must run the task it was started for, not the desk.
    multiprocessing.freeze_support()
    sys.exit(main())
