"""The period's dossiers by channel (issue 24): online ones (with the portal's code, filed with
an officer's help), those received by post, and the results sent back by post. Biểu 06 has
two columns only (online; direct or by post: db/stats.py): these split them, read from the
partial indexes of migration 0081 (desk) and 0080 (district) alone, a stretch per channel.
"""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.db.database import Database
from desk_app.db.store import Store

CHANNEL_KEYS = ("online", "online_assisted", "online_portal_code", "post", "returned_by_post")

# {live}: the district leaves its tombstones out. The channel condition repeats the partial
# index's WHERE so SQLite takes the index.
_RECEIVED = ("SELECT channel, COUNT(*), IFNULL(SUM(assisted = 1), 0), IFNULL(SUM(IFNULL(portal_code, '') != ''), 0) "
             "FROM dossiers WHERE {partial} AND channel IN ('online', 'post') AND received_at >= ? "
             "AND received_at < ?{live} GROUP BY channel")
_SENT = "SELECT COUNT(*) FROM dossiers WHERE post_sent_at IS NOT NULL AND post_sent_at >= ? AND post_sent_at < ?{live}"


def _counts(conn, first_day: str, last_day: str, partial: str, live: str) -> dict[str, int]:
    start, end = first_day, (date.fromisoformat(last_day) + timedelta(days=1)).isoformat()
    out = dict.fromkeys(CHANNEL_KEYS, 0)
    for channel, count, assisted, with_code in conn.execute(
            _RECEIVED.format(partial=partial, live=live), (start, end)).fetchall():
        out[channel] = count
        if channel == "online":
            out["online_assisted"], out["online_portal_code"] = assisted, with_code
    out["returned_by_post"] = conn.execute(_SENT.format(live=live), (start, end)).fetchone()[0]
    return out


def desk_channels(store: Store, first_day: str, last_day: str) -> dict[str, int]:
    """CHANNEL_KEYS -> count: received from the first to the last day; sent by post in it."""
    return _counts(store.db.conn, first_day, last_day, "channel != 'in_person'", "")


def district_channels(db: Database, first_day: str, last_day: str) -> dict[str, int]:
    """The same over every unit's live dossiers (a format-2 file's dossiers: NULL details, not counted)."""
    return _counts(db.conn, first_day, last_day, "1", " AND deleted = 0")
