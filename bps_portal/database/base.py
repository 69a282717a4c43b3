"""PostgreSQL behind a circuit breaker: while the database is unreachable, fail at once.

Without it, every request waits the connect timeout (DATABASE_CONNECT_TIMEOUT) in turn while the
database hangs, and a few of them hold every worker thread. Here, once a connection attempt of
this process has failed, new attempts fail immediately for DATABASE_FAILURE_BACKOFF seconds; the
request answers the 503 page (or JSON for the API) in milliseconds. After the back-off, a single
attempt probes the database while the others keep failing fast; its success closes the breaker.
Connections already open are untouched: Django closes them when they break.
"""

import logging
import threading
import time

from django.conf import settings
from django.db.backends.postgresql import base


class DatabaseUnavailable(base.Database.OperationalError):
    """Raised without trying while the breaker is open (Django wraps it in its OperationalError)."""


class ConnectionBreaker:
    def __init__(self):
        self._lock = threading.Lock()
        self._failing = False
        self._closed_until = 0.0  # monotonic time before which no attempt is made

    def before_attempt(self):
        """Raise while the breaker is open; let through one probe once the back-off is over."""
        with self._lock:
            if not self._failing:
                return
            now = time.monotonic()
            if now < self._closed_until:
                raise DatabaseUnavailable("the database was unreachable a moment ago; not retrying yet")
            # This attempt is the probe: the others fail fast until it ends.
            self._closed_until = now + settings.DATABASE_CONNECT_TIMEOUT + settings.DATABASE_FAILURE_BACKOFF

    def attempt_failed(self):
        with self._lock:
            self._failing = True
            self._closed_until = time.monotonic() + settings.DATABASE_FAILURE_BACKOFF

    def attempt_succeeded(self):
        with self._lock:
            self._failing = False
            self._closed_until = 0.0


breaker = ConnectionBreaker()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        breaker.before_attempt()
        try:
            connection = super().get_new_connection(conn_params)
        except base.Database.OperationalError:
            breaker.attempt_failed()
            raise
        breaker.attempt_succeeded()
        return connection


class WithoutBreakerTracebacks(logging.Filter):
    """Log a request failed by the open breaker in one line: the attempt that opened it has
    already logged the real error with its traceback, and an outage must not flood the logs."""

    def filter(self, record):
        exception = record.exc_info[1] if record.exc_info else None
        if exception is not None and isinstance(exception.__cause__, DatabaseUnavailable):
            record.exc_info = None
            record.exc_text = None
        return True
