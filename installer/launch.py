"""The bundle's entry script: the same `main()` as `python -m desk_app` and the `desk-app` command."""

import sys

from desk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
