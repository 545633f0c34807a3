"""The learner's data on this computer: SQLite, migrated on open, written answer by answer."""

from quizapp.storage.database import DATABASE_FILE, open_database, transaction
from quizapp.storage.errors import (
    HistoryDamaged,
    HistoryTooNew,
    HistoryUnavailable,
    StorageError,
)
from quizapp.storage.flags import Flag
from quizapp.storage.health import OpenedHistory, open_history
from quizapp.storage.history import (
    HistoryStore,
    Profile,
    ProfileNameError,
    RecentPack,
    SessionSummary,
    UnfinishedSession,
)
from quizapp.storage.review_schedule import ReviewSchedule
from quizapp.storage.statistics import DayActivity, QuestionSummary, StatisticsStore, Totals

__all__ = [
    "DATABASE_FILE", "DayActivity", "Flag", "HistoryDamaged", "HistoryStore", "HistoryTooNew",
    "HistoryUnavailable", "OpenedHistory", "Profile", "ProfileNameError", "QuestionSummary",
    "RecentPack", "ReviewSchedule", "SessionSummary", "StatisticsStore", "StorageError", "Totals",
    "UnfinishedSession", "open_database", "open_history", "transaction",
]
