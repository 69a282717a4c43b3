"""Backups of the PostgreSQL database with pg_dump (custom format) and their restore with pg_restore.

The connection comes from the `default` database settings (DATABASE_URL); the password, if any,
goes to the tools through PGPASSWORD, never on a command line.
"""

import datetime
import os
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connections


def tool_environment(database=None):
    """(arguments, environment) that point pg_dump / pg_restore / createdb at the database."""
    config = settings.DATABASES["default"]
    if connections["default"].vendor != "postgresql":
        raise CommandError("Backups are for PostgreSQL: set DATABASE_URL to the PostgreSQL database.")
    arguments = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if config.get(key):
            arguments += [flag, str(config[key])]
    environment = {**os.environ}
    if config.get("PASSWORD"):
        environment["PGPASSWORD"] = config["PASSWORD"]
    return arguments, environment, database or connections["default"].settings_dict["NAME"]


def run(command, environment):
    # The commands are PostgreSQL's tools with arguments from the settings, never from a visitor.
    result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise CommandError(f"{command[0]} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result


def backup(directory, now=None):
    """Dump the database to `directory`/bps_portal-<timestamp>.dump; returns the file's path."""
    arguments, environment, name = tool_environment()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%d-%H%M%SZ")
    path = directory / f"{name}-{stamp}.dump"
    run(
        ["pg_dump", *arguments, "--format=custom", "--no-owner", "--no-privileges", f"--file={path}", name], environment
    )
    return path


def restore(path, database, replace=False):
    """Restore the dump `path` into a new database named `database` (dropped first with `replace`)."""
    if not Path(path).is_file():
        raise CommandError(f"No backup file at {path}.")
    arguments, environment, _name = tool_environment(database)
    if replace:
        run(["dropdb", *arguments, "--if-exists", database], environment)
    run(["createdb", *arguments, database], environment)
    run(
        [
            "pg_restore",
            *arguments,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            f"--dbname={database}",
            str(path),
        ],
        environment,
    )
    return database
