"""How times are written in the database, in one place so that text order is time order.

SQL compares these columns as text (``due <= ?``, ``ORDER BY answered_at``), which only matches
chronological order if every value is in UTC and has the same shape.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def as_utc(moment: datetime | None) -> datetime:
    """``moment`` in UTC (now if None). A naive datetime is taken as local time, as Python does."""
    return (moment or datetime.now(UTC)).astimezone(UTC)


def instant_text(moment: datetime | None = None) -> str:
    """Whole seconds, the shape history has always had: ``2024-05-01T08:30:00+00:00``."""
    return as_utc(moment).isoformat(timespec="seconds")


def due_text(moment: datetime) -> str:
    """Fixed-width with microseconds, so a card due a moment from now still sorts after now."""
    return as_utc(moment).isoformat(timespec="microseconds")


def parse_instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def local_day(moment: datetime) -> date:
    """The learner's calendar day: a streak follows the wall clock, not UTC midnight."""
    return as_utc(moment).astimezone().date()
