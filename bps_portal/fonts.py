"""The portal's typeface, served by the portal itself: no font service, no other host.

Atkinson Hyperlegible (Braille Institute of America, SIL Open Font License 1.1, no reserved name),
designed to keep letters apart for readers with low vision, comes from PyPI
(`fontpkg-atkinson-hyperlegible`, pinned in requirements.txt) as TrueType files. `TypefaceFinder`
is a static files finder that offers, under `fonts/`:

- `atkinson-hyperlegible-latin-400.woff2` and `...-700.woff2`: the regular and the bold, cut to the
  Latin characters French and Dutch need (`LATIN`, the range Google Fonts calls "latin") and packed
  as WOFF2, 11 KB each;
- `OFL.txt`: the font's licence, which travels with it.

`collectstatic` copies them like any static file (hashed names, cached a year by WhiteNoise); in
development WhiteNoise finds them through the finder. They are built from the package's files once
per version, into `settings.FONT_BUILD_DIR`.
"""

import hashlib
import io
import logging
import os
import tempfile
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PREFIX = "fonts"
LICENCE = "OFL.txt"
# Weight -> the package's file.
WEIGHTS = {400: "AtkinsonHyperlegible-Regular.ttf", 700: "AtkinsonHyperlegible-Bold.ttf"}
# The code points kept; the same list is the @font-face's unicode-range in main.css.
LATIN = (
    "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, "
    "U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD"
)


def file_name(weight):
    return f"atkinson-hyperlegible-latin-{weight}.woff2"


def file_names():
    return [file_name(weight) for weight in WEIGHTS] + [LICENCE]


def code_points(ranges=LATIN):
    points = set()
    for part in ranges.split(","):
        first, _dash, last = part.strip().removeprefix("U+").partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def package_root():
    import fontpkg_atkinson_hyperlegible

    return Path(fontpkg_atkinson_hyperlegible.ROOT)


def _write_atomically(path, data):
    """Parallel test processes may build at the same time: each writes a file of its own, then renames it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _subset(source):
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # kerning and ligatures of what is kept
    options.name_IDs = ["*"]  # the copyright and licence notices stay in the font
    options.hinting = False  # browsers of today draw it well without; a third smaller
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=code_points())
    quiet = logging.getLogger("fontTools")
    level, quiet.level = quiet.level, logging.WARNING  # it reports every step at INFO
    try:
        subsetter.subset(font)
    finally:
        quiet.level = level
    output = io.BytesIO()
    font.flavor = "woff2"
    font.save(output)
    return output.getvalue()


@cache
def built_directory():
    """The folder holding the built files, built first if needed; named after what it is built from."""
    import fontTools

    root = package_root()
    recipe = hashlib.sha256()
    for name in sorted(WEIGHTS.values()):
        recipe.update((root / "files" / name).read_bytes())
    recipe.update(f"{LATIN}|{fontTools.version}".encode())
    directory = Path(settings.FONT_BUILD_DIR) / recipe.hexdigest()[:16]
    if all((directory / name).exists() for name in file_names()):
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    for weight, source in WEIGHTS.items():
        _write_atomically(directory / file_name(weight), _subset(root / "files" / source))
    _write_atomically(directory / LICENCE, (root / "LICENSE").read_bytes())
    return directory


class TypefaceFinder(BaseFinder):
    """Finds `fonts/<name>` among the built files (see the module's docstring)."""

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        find_all = find_all or kwargs.get("all", False)
        name = path.removeprefix(f"{PREFIX}/") if path.startswith(f"{PREFIX}/") else None
        if name not in file_names():
            return [] if find_all else None
        found = str(built_directory() / name)
        return [found] if find_all else found

    def list(self, ignore_patterns):
        storage = FileSystemStorage(location=built_directory())
        storage.prefix = PREFIX
        for name in file_names():
            yield name, storage
