"""Attachments: electronic copies of a dossier's documents (by their position in the
checklist) and of its result, the digitising the national scorecard counts (issue 26).

The file is stored by attachment_files (one PDF, named by its hash); its record is written
through the store, so the audit log chains the hash; `check_files` finds a file changed or
deleted outside the program. The text an OCR recognised is kept folded for the search."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from desk_app.core import attachment_files as files
from desk_app.core import lifecycle
from desk_app.core.attachment_files import AttachmentError
from desk_app.core.audit_verify import Finding
from desk_app.core.dossiers import DossierService, NotFound
from desk_app.core.text import clean, fold
from desk_app.db import attachments as repo
from desk_app.db import audit as audit_repo
from desk_app.db import dossiers as dossier_repo
from desk_app.db import officers as officer_repo
from desk_app.db.store import Store

__all__ = ["AttachmentError", "AttachmentService", "DIGITISED_COUNTS", "digitised_figures"]

OPEN_FOLDER = "attachments-open"  # copies handed to the system's viewer (copy_to_open)
# What db/attachments.digitised_counts_by_group (and the district's) counts for each group.
DIGITISED_COUNTS = ("dossiers", "documents", "documents_digitised", "dossiers_digitised", "results",
                    "results_digitised")


def digitised_figures(counts: dict) -> dict:
    """The scorecard's figures from the DIGITISED_COUNTS: documents received with an
    attachment and their share of the documents received; dossiers digitised whole (every
    received document has one, and a ready result too); results (ready) with one."""
    share = counts["documents_digitised"] / counts["documents"] if counts["documents"] else 0.0
    return {"digitised_documents": counts["documents_digitised"], "documents_received": counts["documents"],
            "digitised_share": round(share, 4), "digitised_dossiers": counts["dossiers_digitised"],
            "dossiers_received": counts["dossiers"], "digitised_results": counts["results_digitised"],
            "results_ready": counts["results"]}


class AttachmentService:
    def __init__(self, store: Store, folder: Path):
        self.store = store
        self.folder = Path(folder)

    def _dossier(self, code: str) -> dict:
        row = dossier_repo.get_row(self.store, clean(code).upper())
        if row is None:
            raise NotFound(f"Không tìm thấy hồ sơ mã “{clean(code)}”.")
        return row

    def attach(self, code: str, sources: list[Path], officer_id: str | None, document: int | None = None,
               result: bool = False) -> dict:
        """One attachment of `sources` (pictures: one page each, in order; or one PDF) to the
        dossier's document at checklist position `document`, or to its result."""
        dossier = self._dossier(code)
        if result == (document is not None):
            raise AttachmentError("Chọn một đích: giấy tờ số mấy (--document N) hoặc kết quả (--result).")
        if document is not None:
            positions = {d["position"]: d for d in dossier_repo.documents(self.store, dossier["id"])}
            if document not in positions:
                listed = ", ".join(str(p) for p in sorted(positions)) or "không có"
                raise AttachmentError(f"Hồ sơ {dossier['code']} không có giấy tờ số {document} (các số: {listed}).")
        prepared = files.prepare([Path(p) for p in sources])
        files.store(self.folder, prepared)
        with self.store.transaction(officer_id) as writer:
            row = repo.add(writer, {
                "dossier_id": dossier["id"], "target": "result" if result else "document",
                "position": document, "file_sha256": prepared.sha256, "size": len(prepared.data),
                "pages": prepared.pages, "original_sha256": prepared.original_sha256,
                "original_name": prepared.original_name, "added_at": writer.now})
        label = "Kết quả" if result else positions[document]["name"]
        return dict(row, dossier_code=dossier["code"], label=label)

    def remove(self, code: str, attachment_id: str, reason: str, officer_id: str | None) -> dict:
        """Take back an attachment made by mistake (another citizen's paper, the wrong page): its
        record is deleted through the store (the audit log chains the deletion, the end-of-day file
        carries it), the dossier's history says what and why, and its file goes unless another
        attachment holds the same one. The officer who attached it, on that day, or a commander."""
        dossier = self._dossier(code)
        reason = clean(reason or "")
        if len(reason) < 5:
            raise AttachmentError("Gỡ tệp đính kèm cần ghi rõ lý do (ví dụ: quét nhầm giấy tờ của người khác).")
        row = self._row(dossier, attachment_id)
        officer = officer_repo.get(self.store, officer_id) if officer_id else None
        if officer is None:
            raise AttachmentError("Gỡ tệp đính kèm cần cán bộ thực hiện (đăng nhập, hoặc --officer).")
        today = self.store.clock().date().isoformat()
        # Who attached it, from the audit log: the text read since rewrote the row (updated_by).
        attacher = audit_repo.inserted_by(self.store, "attachments", row["id"]) or row["updated_by"]
        if officer["role"] != "commander" and (attacher != officer["id"] or row["added_at"][:10] != today):
            raise AttachmentError("Chỉ cán bộ đã đính kèm tệp này (trong ngày đính kèm) hoặc chỉ huy được gỡ tệp.")
        what = {k: row[k] for k in ("target", "position", "file_sha256", "pages", "original_name")}
        with self.store.transaction(officer_id) as writer:
            repo.remove(writer, row["id"])
            DossierService.write_event(writer, dossier["id"], lifecycle.ATTACHMENT_REMOVED, dossier["status"],
                                       dossier["status"], reason, what)
        if not repo.file_held(self.store, row["file_sha256"]):
            self.path(row).unlink(missing_ok=True)  # the paper of someone else is not kept
        return dict(what, id=row["id"], dossier_code=dossier["code"], reason=reason)

    def _row(self, dossier: dict, attachment_id: str) -> dict:
        """The dossier's attachment by its id, or the id's first characters (`attachments` shows 8)."""
        found = [r for r in repo.of_dossier(self.store, dossier["id"]) if attachment_id
                 and r["id"].startswith(attachment_id.strip().lower())]
        if len(found) != 1:
            raise AttachmentError(f"Hồ sơ {dossier['code']} không có tệp đính kèm mã “{attachment_id}”"
                                  + (" (nhiều tệp khớp: ghi đủ mã)." if found else "."))
        return found[0]

    def of(self, code: str, look: bool = True) -> list[dict]:
        """A dossier's attachments, each with its document's name (the result's: "Kết quả")."""
        dossier = self._dossier(code)
        names = {d["position"]: d["name"] for d in dossier_repo.documents(self.store, dossier["id"])}
        rows = repo.of_dossier(self.store, dossier["id"])
        for row in rows:
            row["label"] = "Kết quả" if row["target"] == "result" else names.get(row["position"], "")
            row["path"] = str(self.path(row))
        if look and rows and self.store.auditor is not None:
            self.store.auditor.look("view", dossier["id"], f"{dossier['code']} (tệp đính kèm)")
        return rows

    def path(self, row: dict) -> Path:
        return files.stored_path(self.folder, row["file_sha256"])

    def copy_to_open(self, code: str, attachment_id: str) -> Path:
        """A copy of one attachment in the data folder's attachments-open/, named by the dossier
        and what it is (MÃ-giay-to-2.pdf, MÃ-ket-qua.pdf), for the system's viewer; the look is
        logged like any look at the dossier."""
        dossier = self._dossier(code)
        row = self._row(dossier, attachment_id)
        what = "ket-qua" if row["target"] == "result" else f"giay-to-{row['position']}"
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in dossier["code"])
        try:
            copy = files.copy_for_viewer(self.path(row), self.folder.parent / OPEN_FOLDER, f"{safe}-{what}.pdf")
        except FileNotFoundError:
            raise AttachmentError(f"Tệp đính kèm của hồ sơ {dossier['code']} không còn trong thư mục dữ liệu "
                                  "(xem Kiểm tra nhật ký).") from None
        if self.store.auditor is not None:
            self.store.auditor.look("view", dossier["id"], f"{dossier['code']} (mở tệp đính kèm {what})")
        return copy

    def stored_size(self) -> tuple[int, int]:
        """(files, bytes) kept: what the end-of-day file would carry at most if the unit sends them."""
        return repo.stored_size(self.store)

    def offered_scans(self, folder: str) -> list[Path]:
        """The files in the scanner's folder not attached to any dossier yet (core/scanning)."""
        from desk_app.core.scanning import scan_files

        return scan_files(Path(folder), repo.original_hashes(self.store)) if folder else []

    def check_files(self) -> list[Finding]:
        """Every attachment's file against the hash its record (chained in the audit log) holds."""
        found = []
        for row in repo.files(self.store):
            path = self.path(row)
            if not path.exists():
                found.append(Finding("file_deleted", "attachments", row["id"], row["dossier_code"]))
            elif path.stat().st_size != row["size"] or files.sha256_of(path) != row["file_sha256"]:
                found.append(Finding("file_edited", "attachments", row["id"], row["dossier_code"]))
        return found

    # -- the text recognised, for search -----------------------------------------------------

    def waiting_for_text(self, limit: int = 20) -> list[dict]:
        return repo.waiting_for_ocr(self.store, limit)

    def save_text(self, attachment_id: str, text: str | None, officer_id: str | None = None) -> None:
        """`text` None: no OCR could read it (none installed, or it failed)."""
        state = "none" if text is None else "done"
        text = clean(text or "")
        with self.store.transaction(officer_id) as writer:
            repo.set_text(writer, attachment_id, state, text, fold(text))

    def recognise_waiting(self, read_text: Callable[[Path], str | None], limit: int = 20,
                          officer_id: str | None = None) -> int:
        """OCR the attachments waiting for it (read_text: a file to its text); how many were read."""
        rows = self.waiting_for_text(limit)
        for row in rows:
            self.save_text(row["id"], read_text(self.path(row)), officer_id)
        return len(rows)
