"""The portal's face (issue 16): its typeface, served by the portal itself, its palette and its wordmark.

The typeface comes from a PyPI package and reaches the browser as two small WOFF2 files and their
licence, through the static files (bps_portal/fonts.py); no font comes from another host. The
palette is the custom properties at the top of main.css: every pair of colours that text is
written in reaches WCAG AA (4.5:1).
"""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from bps_portal import fonts

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
MAIN_CSS = ROOT / "static" / "css" / "main.css"
WOFF2 = [f"fonts/{fonts.file_name(weight)}" for weight in fonts.WEIGHTS]
# The page weight budget (docs/benchmarks.md) leaves room for both files with plenty to spare.
FONT_BUDGET = 30 * 1024


def served(client, path):
    response = client.get(static(path))
    assert response.status_code == 200, path
    return response, b"".join(response.streaming_content)


# --- the typeface ---------------------------------------------------------------------------------


def test_at_most_two_font_files_both_woff2_and_light():
    assert len(WOFF2) <= 2
    sizes = []
    for path in WOFF2:
        found = finders.find(path)
        assert found, f"{path}: not found by the static files finders"
        data = Path(found).read_bytes()
        assert data[:4] == b"wOF2", f"{path} is not WOFF2"
        sizes.append(len(data))
    assert sum(sizes) < FONT_BUDGET, f"the typeface weighs {sizes} bytes"


def test_the_fonts_hold_the_latin_characters_french_and_dutch_need_and_no_more():
    from fontTools.ttLib import TTFont

    for path in WOFF2:
        characters = set(TTFont(finders.find(path)).getBestCmap())
        samples = ("Bruxelles Prévention & Sécurité", "Brussel Preventie & Veiligheid", "«\u00a0œuvre\u00a0»", "€ – ’")
        for text in samples:
            assert {ord(character) for character in text} <= characters, text
        assert characters <= fonts.code_points(), "only the Latin subset"
        assert ord("Ж") not in characters


@pytest.mark.parametrize("path", [*WOFF2, "fonts/OFL.txt"])
def test_the_font_files_and_their_licence_are_served_by_the_portal_with_a_long_cache(client, path):
    response, body = served(client, path)
    expected = "font/woff2" if path.endswith(".woff2") else "text/plain"
    assert response["Content-Type"].startswith(expected)
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert max_age >= 365 * 24 * 3600
    assert re.search(r"\.[0-9a-f]{12}\.\w+$", static(path)), "a hashed name, so that a new version is fetched"
    if path.endswith(".txt"):
        assert "SIL OPEN FONT LICENSE Version 1.1" in body.decode()
        assert "Braille Institute" in body.decode()


def test_the_style_sheet_declares_the_typeface_with_swap_and_the_latin_range():
    css = MAIN_CSS.read_text()
    faces = re.findall(r"@font-face\s*{([^}]*)}", css)
    assert len(faces) == len(fonts.WEIGHTS)
    for face, weight in zip(faces, fonts.WEIGHTS, strict=True):
        assert "font-display: swap" in face
        assert f"font-weight: {weight}" in face
        assert f'url("../fonts/{fonts.file_name(weight)}") format("woff2")' in face
        declared = re.search(r"unicode-range:\s*([^;]*);", face).group(1)
        assert fonts.code_points(" ".join(declared.split())) == fonts.code_points()
    body_font = re.search(r"--font:\s*([^;]*);", css).group(1)
    assert body_font.startswith('"Atkinson Hyperlegible", system-ui'), "the system's font until it arrives"


def test_the_collected_style_sheet_points_at_the_hashed_font_files(client):
    _response, body = served(client, "css/main.css")
    for path in WOFF2:
        assert Path(static(path)).name in body.decode()


def test_no_font_comes_from_another_host(client):
    for sheet in sorted((ROOT / "static" / "css").glob("*.css")):
        text = sheet.read_text()
        assert "@import" not in text, sheet.name
        for address in re.findall(r"url\(\s*['\"]?([^'\")]+)", text):
            assert not re.match(r"^(?:[a-z]+:)?//", address), f"{sheet.name}: {address}"
    for template in sorted((ROOT / "templates").rglob("*.html")):
        text = template.read_text()
        assert not re.search(r"fonts\.(googleapis|gstatic)|use\.typekit|fonts\.bunny|fontawesome\.com", text), template
    response = client.get("/fr/")
    csp = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in csp.split(";") if part.strip()}
    assert directives["default-src"] == ["'self'"]
    assert directives.get("font-src", ["'self'"]) == ["'self'"], "fonts from the portal only"
    soup = BeautifulSoup(response.content, "html.parser")
    preloaded = [link["href"] for link in soup.find_all("link", rel="preload")]
    assert sorted(preloaded) == sorted(static(path) for path in WOFF2)
    assert all(link.get("crossorigin") is not None for link in soup.find_all("link", rel="preload"))


def test_a_new_version_of_the_package_is_built_once_into_its_own_folder(tmp_path, settings):
    fonts.built_directory.cache_clear()
    settings.FONT_BUILD_DIR = tmp_path
    try:
        directory = fonts.built_directory()
        assert directory.parent == tmp_path
        assert sorted(path.name for path in directory.iterdir()) == sorted(fonts.file_names())
        stamp = (directory / fonts.file_name(400)).stat().st_mtime_ns
        fonts.built_directory.cache_clear()
        assert fonts.built_directory() == directory
        assert (directory / fonts.file_name(400)).stat().st_mtime_ns == stamp, "not built again"
    finally:
        fonts.built_directory.cache_clear()


def test_the_finder_finds_only_its_own_files():
    finder = fonts.TypefaceFinder()
    assert finder.find("fonts/OFL.txt").endswith("OFL.txt")
    assert finder.find("fonts/other.woff2") is None
    assert finder.find("css/main.css") is None
    assert finder.find("fonts/OFL.txt", find_all=True)[0].endswith("OFL.txt")
    assert sorted(name for name, _storage in finder.list([])) == sorted(fonts.file_names())


# --- the palette ----------------------------------------------------------------------------------

# (text, background, where): every pair in which main.css writes text, or draws a control's frame.
TEXT_PAIRS = [
    ("--ink", "--paper", "body text"),
    ("--ink", "--tint", "text in cards, filters and the site alert"),
    ("--muted", "--paper", "secondary text"),
    ("--muted", "--tint", "secondary text in cards"),
    ("--link", "--paper", "links"),
    ("--link", "--tint", "links in cards"),
    ("--brand", "--paper", "the wordmark's 'safe', the plan's figures"),
    ("--brand", "--tint", "the plan's figures in their card"),
    ("--brand-dark", "--paper", "headings, the wordmark's '.brussels'"),
    ("--brand-dark", "--tint", "headings in cards"),
    ("--paper", "--brand", "the menu, buttons, the wordmark's BPS"),
    ("--paper", "--brand-dark", "the footer, the current menu entry"),
    ("--paper", "--alert", "the emergency numbers"),
    ("--alert", "--paper", "form errors, the emergency box"),
    ("--alert-ink", "--alert", "the emergency alert"),
    ("--notice-ink", "--notice-bg", "notices and badges"),
    ("--ink", "--notice-bg", "notice text"),
    ("--ink", "--partners-bg", "partners-only contact points"),
]
# Marks and frames (WCAG 1.4.11, 3:1): the yellow is drawn on the blue, never as text on paper.
MARK_PAIRS = [
    ("--accent", "--brand", "the wordmark's yellow rule, on its blue tile"),
    ("--accent", "--brand", "the yellow rule under the blue menu"),
    ("--muted", "--paper", "the frame of a text field"),
    ("--brand", "--paper", "the frame of the home page's forms"),
    ("--ink", "--focus", "the focus ring's two colours"),
]


def palette():
    root = re.search(r"(?<![\w-]):root\s*{([^{}]*)}", re.sub(r"/\*.*?\*/", "", MAIN_CSS.read_text(), flags=re.S))
    return dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;", root.group(1)))


def luminance(colour):
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(2 * digit for digit in colour)
    channels = [int(colour[index : index + 2], 16) / 255 for index in (0, 2, 4)]
    linear = [value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4 for value in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_reader_knows_the_extremes():
    assert round(contrast("#000", "#fff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54
    assert contrast("#ffcc00", "#ffffff") < 3


def test_the_palette_has_the_regions_blue_and_a_yellow_accent():
    colours = palette()
    red, green, blue = (int(colours["--brand"][index : index + 2], 16) for index in (1, 3, 5))
    assert blue > 2 * max(red, green), "a blue"
    red, green, blue = (int(colours["--accent"][index : index + 2], 16) for index in (1, 3, 5))
    assert red > 200 and green > 180 and blue < 80, "a yellow"


@pytest.mark.parametrize(("text", "background", "where"), TEXT_PAIRS)
def test_every_text_pair_of_the_palette_reaches_aa(text, background, where):
    colours = palette()
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"{where}: {text} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize(("mark", "background", "where"), MARK_PAIRS)
def test_marks_and_frames_reach_three_to_one(mark, background, where):
    colours = palette()
    assert contrast(colours[mark], colours[background]) >= 3, where


def test_the_yellow_is_never_text_on_paper():
    css = re.sub(r"/\*.*?\*/", "", MAIN_CSS.read_text(), flags=re.S)
    for selector, declarations in re.findall(r"([^{}]+){([^{}]*)}", css):
        if re.search(r"(?<![\w-])(color|fill)\s*:\s*var\(--accent\)", declarations):
            assert "wordmark__rule" in selector, f"{selector.strip()}: yellow text"


# --- the wordmark ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/fr/", "/nl/", "/fr/pgsp/", "/nl/partners/"])
def test_every_page_header_shows_the_wordmark_with_its_name(initial_data, client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    header = soup.find("header", class_="site-header")
    svg = header.find("svg", class_="wordmark")
    assert svg["role"] == "img"
    assert soup.find(id=svg["aria-labelledby"]).get_text() == "BPS · safe.brussels"
    assert svg.find_parent("a")["href"] == f"/{path.split('/')[1]}/"
    drawn = " ".join(text.get_text() for text in svg.find_all("text"))
    assert "BPS" in drawn and "safe.brussels" in drawn.replace(" ", "")
    assert not any(tag.get("fill") or tag.get("style") for tag in svg.find_all(True)), "colours come from main.css"
