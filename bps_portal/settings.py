"""Settings of the BPS portal: one module, read from the environment.

Development defaults are safe; production (DJANGO_DEBUG off, the default) refuses to start
without DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS. Every variable is listed in .env.example.
"""

import os
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def read_dot_env(path):
    """Development convenience: KEY=VALUE lines of a local `.env` (written by `make install`,
    git-ignored), read only when DJANGO_READ_DOT_ENV_FILE=1 asks for it (the Makefile's
    development targets do), so that a file left on a server can never turn debug on.
    The real environment always wins."""
    if not path.is_file():
        return
    for line in path.read_text().splitlines():
        name, _, value = line.partition("=")
        if line.strip() and not line.lstrip().startswith("#") and _:
            os.environ.setdefault(name.strip(), value.strip())


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


if env_bool("DJANGO_READ_DOT_ENV_FILE", False):
    read_dot_env(Path(os.environ.get("DJANGO_DOT_ENV_FILE", BASE_DIR / ".env")))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def require_env(name):
    """Stop with a one-line message, not a traceback, when production lacks a variable."""
    value = os.environ.get(name, "").strip()
    if not value:
        sys.exit(
            f"Configuration error: the environment variable {name} must be set when DJANGO_DEBUG is off. "
            "(In development: use the make targets, or export DJANGO_READ_DOT_ENV_FILE=1 to read .env.)"
        )
    return value


DEBUG = env_bool("DJANGO_DEBUG", False)

if DEBUG:
    SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or "django-insecure-development-only-key-never-use-in-production"
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
else:
    SECRET_KEY = require_env("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or require_env("DJANGO_ALLOWED_HOSTS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its admin classes win.
    "modeltranslation",
    "bps_portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "django_prose_editor",
    "phonenumber_field",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "reversion",
    "rest_framework",
    "drf_spectacular",
    "bps_portal",
    "agencies",
    "gspp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A cached anonymous page answers here, before anything reads the session or renders.
    "bps_portal.page_cache.AnonymousPageCacheMiddleware",
    # ETags and 304 answers for every page, cached or not.
    "django.middleware.http.ConditionalGetMiddleware",
    "bps_portal.middleware.PrivateWhenPersonalMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the locale (their error pages speak the URL's language), before anything reads a cookie.
    "bps_portal.middleware.RejectMalformedRequestsMiddleware",
    "bps_portal.middleware.AllowedMethodsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "bps_portal.middleware.SessionLimitsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bps_portal.urls"
WSGI_APPLICATION = "bps_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "bps_portal.context_processors.portal",
            ],
        },
    },
]

# Form widgets render with the templates above, so templates/ can mend one of Django's (admin/widgets/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: DATABASE_URL (PostgreSQL in production and CI), else an SQLite file under var/,
# a folder git ignores: created here, where the default needs it.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
# After a failed connection, seconds during which new connections fail at once (503 without waiting).
DATABASE_FAILURE_BACKOFF = float(os.environ.get("DATABASE_FAILURE_BACKOFF", "5"))
if not os.environ.get("DATABASE_URL", "").strip():
    (BASE_DIR / "var").mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL behind a circuit breaker: see bps_portal/database/base.py.
    DATABASES["default"]["ENGINE"] = "bps_portal.database"
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
else:
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = DATABASE_CONNECT_TIMEOUT

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "bps_portal.redis_cache.ReusingRedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous pages served from the cache (bps_portal/page_cache.py): on with a shared cache (Redis);
# with a process-local cache only when asked (one process), since saves would not reach the others.
PAGE_CACHE_ENABLED = env_bool("DJANGO_PAGE_CACHE", default=bool(REDIS_URL))
# Records and template fragments every page shows (header, footer), kept per content generation: on
# under the same condition, even when the page cache itself is switched off.
KEEP_PER_GENERATION = bool(REDIS_URL) or PAGE_CACHE_ENABLED
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "600"))

# Where `make backup` writes the database's dumps (keep copies off this machine: see the README).
BACKUP_DIR = Path(os.environ.get("DJANGO_BACKUP_DIR", BASE_DIR / "var" / "backups"))

AUTHENTICATION_BACKENDS = [
    # First: refuses logins while an account is locked out after repeated failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "agencies:actor_list"
LOGOUT_REDIRECT_URL = "home"

# Repeated failed logins (partner login and admin): locked out per user name *and* address, so that
# failures from one address never lock the account for everyone else.
# Behind reverse proxies, the client address is read from X-Forwarded-For, trusting only as many
# entries from the right as there are proxies (bps_portal.client_address).
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "bps_portal.client_address.client_ip_address"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

# E-mail (password resets): printed on the console in development, sent by SMTP in production.
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "BPS portal <noreply@localhost>")
if DEBUG:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
# Who is told of each message sent with the feedback form (comma-separated addresses); empty: nobody
# is mailed, the messages wait in the admin's inbox. The sender's address goes in Reply-To, never in From.
FEEDBACK_RECIPIENTS = env_list("FEEDBACK_RECIPIENTS")

# Sessions: partners stay logged in for a day; staff for 8 hours at most, 30 minutes idle.
SESSION_COOKIE_AGE = 24 * 3600
STAFF_SESSION_MAX_AGE = 8 * 3600
STAFF_SESSION_IDLE = 30 * 60

# Two-factor authentication of staff (bps_portal/two_factor.py): the name authenticator apps show.
OTP_TOTP_ISSUER = "BPS portal"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French first (the default), then Dutch. Message ids are in English.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("nl", _("Dutch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

# Phone numbers typed without +32 are Belgian; stored and exchanged (API, exports, vCard) as E.164.
PHONENUMBER_DEFAULT_REGION = "BE"
PHONENUMBER_DB_FORMAT = "E164"
PHONENUMBER_DEFAULT_FORMAT = "E164"

MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fr",), "fr": ("nl",), "nl": ("fr",)}

# Static files: hashed names, compressed, cached for a year (WhiteNoise).
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# The typeface (bps_portal/fonts.py): built from its PyPI package into FONT_BUILD_DIR, served as static/fonts/.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "bps_portal.fonts.TypefaceFinder",
]
FONT_BUILD_DIR = BASE_DIR / "var" / "fonts"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 0 if DEBUG else 365 * 24 * 3600

# Security. HSTS is sent only over HTTPS; the redirect can be turned off where TLS ends earlier.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("DJANGO_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Probes often speak plain HTTP inside the cluster: a redirect would read as "healthy".
SECURE_REDIRECT_EXEMPT = [r"^health/"]
if env_bool("DJANGO_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

CSRF_FAILURE_VIEW = "bps_portal.errors.csrf_failure"

# Browser features the portal never uses, denied to it and to anything it could ever embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "ambient-light-sensor", "autoplay", "bluetooth", "browsing-topics", "camera",
        "clipboard-read", "display-capture", "encrypted-media", "geolocation", "gyroscope", "hid",
        "idle-detection", "interest-cohort", "local-fonts", "magnetometer", "microphone", "midi", "payment",
        "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial", "usb",
        "window-management", "xr-spatial-tracking",
    )
}  # fmt: skip

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # The nonce appears only on pages that use it (the page editor's import map).
        "script-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_breaker_tracebacks": {"()": "bps_portal.database.base.WithoutBreakerTracebacks"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["without_breaker_tracebacks"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # django-axes logs every failed login at INFO; lockouts still come through as warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Read-only public JSON API: no session, no cookie, JSON only, described by OpenAPI.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "bps_portal.api.StrictPageNumberPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_VERSIONING_CLASS": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Brussels Prevention & Security portal API",
    "DESCRIPTION": "Read-only data of the Global Security and Prevention Plan and of the partner directory, "
    "in French and Dutch (`_fr` and `_nl` fields). Partners-only contact points are never included.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {
        "MeasureStatusEnum": "gspp.models.MeasureStatus",
        "EditionStatusEnum": "gspp.models.EditionStatus",
    },
}

# The portal's own settings.
# Language-neutral key of the directory record whose contact details the footer shows.
PORTAL_OWNER_ACTOR_KEY = "bps"
