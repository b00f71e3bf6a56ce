"""Data built once per process and rebuilt after a change made on any server.

Each process keeps the built value beside the version it was built for; the version lives
in the shared cache (Redis in production), so a change on one app server reaches every
server on its next request, at the cost of one cache read per use.
"""

import time
from collections.abc import Callable
from typing import Generic, TypeVar

from django.core.cache import cache

T = TypeVar("T")


class VersionedValue(Generic[T]):
    def __init__(self, key: str, build: Callable[[], T]) -> None:
        self.key = key
        self.build = build
        self._version: int | None = None
        self._value: T | None = None

    def get(self) -> T:
        version = cache.get(self.key)
        if version is None:
            # A fresh start, not 1: after the cache is flushed, no process may mistake
            # the new version for the one its stale copy was built for.
            cache.add(self.key, time.time_ns(), timeout=None)
            version = cache.get(self.key)
        if self._version != version or self._value is None:
            self._value = self.build()
            self._version = version
        return self._value

    def invalidate(self, **signal_kwargs) -> None:
        """Mark every process's copy stale; usable directly as a signal receiver."""
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, time.time_ns(), timeout=None)
