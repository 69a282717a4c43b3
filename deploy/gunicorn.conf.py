"""How production runs the portal: `gunicorn -c deploy/gunicorn.conf.py bps_portal.wsgi`.

Threaded workers (gthread): a request waiting on the database holds one thread, not a whole
process, so `/health/live` and pages that need no database keep answering while some requests
wait. With the database circuit breaker (bps_portal/database/base.py) a request waits at most
DATABASE_CONNECT_TIMEOUT once per outage and process, then answers 503 at once.

Every setting can be overridden from the environment (names below) or with GUNICORN_CMD_ARGS.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
# More threads than the connections a burst holds while the database hangs (20 in the tests).
threads = int(os.environ.get("GUNICORN_THREADS", "16"))
# A worker whose main loop is stuck this long is killed and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then: bounded memory whatever a library leaks. Rarely: a worker serves
# a thousand cached pages a second at a peak, and each restart loads Django again (about a second
# of CPU, with that worker's connections waiting); the jitter keeps workers from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# Requests no browser sends: an oversized request line or headers is refused before Django.
limit_request_line = 8190
limit_request_fields = 100
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
