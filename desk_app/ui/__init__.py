"""The window: PySide6 lives here and nowhere else.

The Qt-free modules the desk opens with are imported here, before any window module loads
PySide6: from then on PySide6 reads the source of every newly imported module (looking for
`from __feature__ import`), which made each start ~15 ms slower.
"""

from desk_app import app  # noqa: F401
from desk_app.core import cccd, drafts, queue, registration, text, visits  # noqa: F401
