"""Print jobs as rows (table print_jobs)."""

from __future__ import annotations

from desk_app.db.store import Store


def attempts(store: Store, job_id: str) -> int:
    return store.scalar("SELECT attempts FROM print_jobs WHERE id = ?", (job_id,)) or 0


def get(store: Store, job_id: str) -> dict | None:
    return store.one("SELECT * FROM print_jobs WHERE id = ?", (job_id,))


def latest(store: Store, statuses: tuple[str, ...] | None = None, limit: int = 50) -> list[dict]:
    """Newest first; only those of `statuses` when given."""
    if statuses:
        marks = ", ".join("?" * len(statuses))
        return store.all(f"SELECT * FROM print_jobs WHERE status IN ({marks}) "
                         "ORDER BY created_at DESC, change_seq DESC LIMIT ?", (*statuses, limit))
    return store.all("SELECT * FROM print_jobs ORDER BY created_at DESC, change_seq DESC LIMIT ?", (limit,))


def printed_before(store: Store, kind: str, subject: str, exclude_id: str | None = None) -> int:
    """How many slips of this kind were already printed for the subject (a reprint's number)."""
    return store.scalar("SELECT COUNT(*) FROM print_jobs WHERE kind = ? AND subject = ? AND status = 'printed' "
                        "AND id != ?", (kind, subject, exclude_id or "")) or 0


def printed_times(store: Store, kind: str, subject: str) -> list[str]:
    """When each print of this kind for the subject was done, oldest first (a reprint's number
    and whether an amendment came after the first)."""
    return [r["printed_at"] or "" for r in store.all(
        "SELECT printed_at FROM print_jobs WHERE kind = ? AND subject = ? AND status = 'printed' "
        "ORDER BY printed_at", (kind, subject))]
