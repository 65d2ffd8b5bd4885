"""What the receive and visit forms say around their fields: a banner on top, a result line by
the Save button, and nothing lost when the disk refuses a save or the form closes."""

from __future__ import annotations

from desk_app.db.store import StorageError
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE


class FormMessages:
    """Mixed into a form (before its Qt class) that has `banner`, `result_label` and `drafts`."""

    def _banner(self, text: str, error: bool = False) -> None:
        self.banner.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.banner.setText(text)
        self.banner.show()

    def _result(self, text: str, error: bool = False) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.result_label.setText(text)

    def _storage_failed(self, exc: StorageError) -> None:
        """The disk, not the form: everything typed stays on screen and in the draft."""
        self.drafts.flush()
        self._result(str(exc), error=True)

    def closeEvent(self, event) -> None:
        self.drafts.flush()
        super().closeEvent(event)
