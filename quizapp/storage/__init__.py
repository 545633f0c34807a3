"""The learner's data on this computer: SQLite, migrated on open, written answer by answer."""

from quizapp.storage.database import DATABASE_FILE, open_database, transaction
from quizapp.storage.history import (
    HistoryStore,
    Profile,
    ProfileNameError,
    RecentPack,
    SessionSummary,
    StorageError,
)

__all__ = [
    "DATABASE_FILE", "HistoryStore", "Profile", "ProfileNameError", "RecentPack",
    "SessionSummary", "StorageError", "open_database", "transaction",
]
