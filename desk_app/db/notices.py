"""The citizen's consent to notices and the outbox of text messages: SQL only."""

from __future__ import annotations

from desk_app.db.store import Store, Writer

OUTBOX_COLUMNS = ("id", "dossier_id", "kind", "source", "phone", "text", "encoding", "parts", "status", "attempts",
                  "next_try_at", "created_at", "sent_at", "delivered_at", "refs", "error", "by_hand", "officer_id")
_SELECT = "SELECT o.*, d.code FROM outbox o LEFT JOIN dossiers d ON d.id = o.dossier_id"


def consent(store: Store, dossier_id: str) -> dict | None:
    return store.one("SELECT * FROM notice_consents WHERE dossier_id = ?", (dossier_id,))


def put_consent(writer: Writer, dossier_id: str, given: bool, phone: str, officer_id: str | None) -> None:
    writer.execute("INSERT OR REPLACE INTO notice_consents (dossier_id, consent, phone, at, officer_id) "
                   "VALUES (?, ?, ?, ?, ?)", (dossier_id, int(given), phone, writer.now, officer_id))


def pending_events(store: Store, dossier_id: str | None = None) -> list[dict]:
    """Events of consenting dossiers that a notice follows and none was queued for yet, while
    the notice still means something (the result not yet collected, the supplement not yet
    brought, the dossier still open)."""
    one = " AND d.id = ?" if dossier_id else ""
    return store.all(
        "SELECT e.id AS event_id, e.action, e.at, e.reason, e.details, d.id AS dossier_id, d.code, d.status, "
        "d.due_at, c.phone FROM notice_consents c JOIN dossiers d ON d.id = c.dossier_id "
        "JOIN dossier_events e ON e.dossier_id = d.id "
        "WHERE c.consent = 1 AND c.phone != '' AND ("
        "(e.action = 'result_ready' AND d.status = 'result_ready') OR "
        "(e.action = 'supplement' AND d.status = 'needs_supplement') OR "
        "(e.action = 'extend' AND d.status IN ('received', 'in_progress')))"
        f"{one} ORDER BY e.at", (dossier_id,) if dossier_id else ())


def queued_sources(store: Store, sources: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(sources), 500):
        chunk = sources[start:start + 500]
        found |= {r["source"] for r in store.all(
            f"SELECT source FROM outbox WHERE source IN ({', '.join('?' for _ in chunk)})", chunk)}
    return found


def enqueue(writer: Writer, row: dict) -> int | None:
    """The message's id; None when one from the same source is queued already."""
    columns = ", ".join(row)
    cursor = writer.execute(f"INSERT OR IGNORE INTO outbox ({columns}) VALUES ({', '.join('?' for _ in row)})",
                            tuple(row.values()))
    return cursor.lastrowid if cursor.rowcount else None


def listed(store: Store, status: str | None = None, dossier_id: str | None = None, limit: int = 500) -> list[dict]:
    where, params = [], []
    if status:
        where.append("o.status = ?")
        params.append(status)
    if dossier_id:
        where.append("o.dossier_id = ?")
        params.append(dossier_id)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return store.all(f"{_SELECT}{clause} ORDER BY o.id DESC LIMIT ?", (*params, limit))


def get(store: Store, message_id: int) -> dict | None:
    return store.one(f"{_SELECT} WHERE o.id = ?", (message_id,))


def due(store: Store, now_text: str, limit: int = 50) -> list[dict]:
    """Queued messages whose time has come, oldest first."""
    return store.all(f"{_SELECT} WHERE o.status = 'queued' AND (o.next_try_at IS NULL OR o.next_try_at <= ?) "
                     "ORDER BY o.id LIMIT ?", (now_text, limit))


def interrupted(store: Store) -> list[dict]:
    return store.all(f"{_SELECT} WHERE o.status = 'sending' ORDER BY o.id")


def by_ref(store: Store, ref: str) -> dict | None:
    """The sent message one of whose parts the modem numbered `ref` (the latest such)."""
    return store.one(f"{_SELECT} WHERE o.status = 'sent' AND (',' || o.refs || ',') LIKE ? ORDER BY o.id DESC LIMIT 1",
                     (f"%,{ref},%",))


def update(writer: Writer, message_id: int, values: dict) -> None:
    assignments = ", ".join(f"{column} = ?" for column in values)
    writer.execute(f"UPDATE outbox SET {assignments} WHERE id = ?", (*values.values(), message_id))


def counts(store: Store) -> dict[str, int]:
    return {r["status"]: r["n"] for r in store.all("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status")}


def claim(writer: Writer, message_id: int) -> bool:
    """Queued → sending, one more attempt; False when another sender took it first."""
    cursor = writer.execute("UPDATE outbox SET status = 'sending', attempts = attempts + 1 "
                            "WHERE id = ? AND status = 'queued'", (message_id,))
    return cursor.rowcount == 1


def awaiting_report(store: Store, since_text: str) -> int:
    """Messages sent through the modem since then whose delivery report has not come yet."""
    return store.scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND by_hand = 0 AND sent_at >= ?",
                        (since_text,))
