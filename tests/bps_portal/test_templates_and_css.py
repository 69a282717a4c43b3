"""The templates and the style sheets keep each rule in one place.

Static checks on the files: every class a template uses has a rule in a style sheet, every colour
is a custom property defined once in `:root`, lines stay under 120 characters. Then the shared
pieces (postal address, translated text with its fallback notice, the filtered-list layout) are
rendered to show they keep what the pages showed before.
"""

import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
CSS = ROOT / "static" / "css"
MAX_LINE = 119


def template_files():
    """Our templates; Django's own admin templates (and any override of them) are not ours to check."""
    return sorted(path for path in TEMPLATES.rglob("*.html") if "admin" not in path.relative_to(TEMPLATES).parts)


def css_files():
    return sorted(CSS.glob("*.css"))


# --- classes -------------------------------------------------------------------------------------

DJANGO_COMMENT = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}", re.DOTALL)
DJANGO_TAG = re.compile(r"{%.*?%}")
DJANGO_VARIABLE = re.compile(r"{{.*?}}")
CLASS_ATTRIBUTE = re.compile(r"(?<![\w-])class\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)
HOLE = "\x00"


def classes_in_template(text):
    """The class names a template writes literally.

    A `{% tag %}` inside the attribute separates names (`a{% if x %} b{% endif %}` gives a and b);
    a name glued to a `{{ variable }}` is made at run time (`status--{{ measure.status }}`) and is
    left out: only its literal neighbours are checked.
    """
    text = DJANGO_COMMENT.sub("", text)
    text = DJANGO_TAG.sub(" ", text)
    text = DJANGO_VARIABLE.sub(HOLE, text)
    names = set()
    for double, single in CLASS_ATTRIBUTE.findall(text):
        names.update(name for name in (double or single).split() if HOLE not in name)
    return names


CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
CSS_STRING = re.compile(r"\"[^\"]*\"|'[^']*'")
CSS_DECLARATIONS = re.compile(r"{[^{}]*}")
CSS_CLASS_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def without_css_comments(text):
    return CSS_COMMENT.sub("", text)


def classes_in_css(text):
    """The class names the selectors of a style sheet name (declarations and strings removed)."""
    selectors = CSS_DECLARATIONS.sub("{}", CSS_STRING.sub('""', without_css_comments(text)))
    return set(CSS_CLASS_SELECTOR.findall(selectors))


def test_the_class_reader_understands_template_expressions():
    text = (
        '<li class="contact-point{% if p.partners %} contact-point--partners{% endif %}">'
        '<span class="status status--{{ m.status }}">{# class="commented" #}'
        '<p class=\'single\'>{% include "x.html" with text=t %}<div class="{{ only_variable }}">'
    )
    assert classes_in_template(text) == {"contact-point", "contact-point--partners", "status", "single"}


def test_the_selector_reader_skips_declarations_strings_and_comments():
    text = (
        '/* .in-comment */ .a, .b > .c:hover, a[href$=".pdf"] { margin: 0.5rem; content: ".x"; }\n'
        "@media (min-width: 40.5rem) { .d .e--f { padding: 1.25rem; } }"
    )
    assert classes_in_css(text) == {"a", "b", "c", "d", "e--f"}


def test_every_class_a_template_uses_has_a_rule_in_a_style_sheet():
    defined = set().union(*(classes_in_css(path.read_text()) for path in css_files()))
    undefined = {}
    for path in template_files():
        for name in sorted(classes_in_template(path.read_text()) - defined):
            undefined.setdefault(name, []).append(str(path.relative_to(TEMPLATES)))
    assert not undefined, f"classes used in templates but defined in no style sheet: {undefined}"


# --- colours -------------------------------------------------------------------------------------

ROOT_BLOCK = re.compile(r"(?<![\w-]):root\s*{([^{}]*)}")
DECLARATION = re.compile(r"(--[\w-]+|[a-zA-Z-]+)\s*:\s*([^;{}]+)(?=[;}])")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")
COLOUR_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(", re.IGNORECASE)
VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
# CSS Color Module 4 named colours; transparent, currentColor and inherit are allowed anywhere.
NAMED_COLOUR_LIST = """
    aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
    burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan
    darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred
    darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink
    deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold
    goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
    lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey
    lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
    limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
    mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
    navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise
    palevioletred papayawhip peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown
    salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
    steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen"""
NAMED_COLOURS = frozenset(NAMED_COLOUR_LIST.split())


def raw_colours(value):
    """The colours written literally in a declaration's value (not through a custom property)."""
    value = CSS_STRING.sub('""', value)
    found = HEX_COLOUR.findall(value) + [match.group(0) for match in COLOUR_FUNCTION.finditer(value)]
    found += [word for word in re.findall(r"(?<![\w-])[a-zA-Z]+(?![\w-])", value) if word.lower() in NAMED_COLOURS]
    return found


def declarations_outside_root(text):
    text = ROOT_BLOCK.sub("", without_css_comments(text))
    return [(name, value.strip()) for name, value in DECLARATION.findall(text)]


def custom_properties():
    """Every custom property defined in a :root block: {name: [(file, value), ...]}."""
    defined = {}
    for path in css_files():
        for block in ROOT_BLOCK.findall(without_css_comments(path.read_text())):
            for name, value in DECLARATION.findall(block + ";"):
                if name.startswith("--"):
                    defined.setdefault(name, []).append((path.name, value.strip()))
    return defined


def test_the_colour_reader_finds_hex_functions_and_names_but_not_variables():
    assert raw_colours("1px solid #c5ced8") == ["#c5ced8"]
    assert raw_colours("0 0 0 6px rgba(0, 0, 0, 0.5)") == ["rgba("]
    assert raw_colours("white") == ["white"]
    assert raw_colours("1px solid var(--rule)") == []
    assert raw_colours('transparent currentColor inherit "red" system-ui') == []
    css = ":root { --red: #f00; }\n.a { color: var(--red); }\n.b { border: 1px solid black; }"
    assert declarations_outside_root(css) == [("color", "var(--red)"), ("border", "1px solid black")]


def test_every_colour_is_a_custom_property_defined_in_root():
    raw = {}
    for path in css_files():
        for name, value in declarations_outside_root(path.read_text()):
            if not name.startswith("--") and raw_colours(value):
                raw.setdefault(path.name, []).append(f"{name}: {value}")
    assert not raw, f"write these colours as var(--…) defined in :root: {raw}"


def test_custom_properties_are_defined_once_and_every_one_used_exists():
    defined = custom_properties()
    assert {name: places for name, places in defined.items() if len(places) > 1} == {}
    # The admin's own stylesheet also draws on the colours Django's admin defines (and switches in dark mode).
    django_admin_css = Path(admin.__file__).parent / "static" / "admin" / "css" / "base.css"
    django_admin_properties = {
        name for name, _value in DECLARATION.findall(django_admin_css.read_text()) if name.startswith("--")
    }
    for path in css_files():
        text = without_css_comments(path.read_text())
        available = set(defined) | (django_admin_properties if path.name == "admin.css" else set())
        undefined = set(VARIABLE_USE.findall(text)) - available
        assert not undefined, f"{path.name} uses custom properties that no :root defines: {undefined}"
        outside = [name for name, _value in declarations_outside_root(text) if name.startswith("--")]
        assert not outside, f"{path.name} defines custom properties outside :root: {outside}"


# --- lines and the content security policy --------------------------------------------------------


@pytest.mark.parametrize("path", template_files() + css_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_lines_are_shorter_than_120_characters(path):
    long_lines = [number for number, line in enumerate(path.read_text().splitlines(), 1) if len(line) > MAX_LINE]
    assert not long_lines, f"{path.relative_to(ROOT)}: lines over {MAX_LINE} characters: {long_lines}"


@pytest.mark.parametrize("path", sorted(TEMPLATES.rglob("*.html")), ids=lambda path: str(path.relative_to(TEMPLATES)))
def test_short_comments_fit_on_one_line(path):
    """Django reads {# ... #} on one line only: spread over two, it is printed on the page."""
    unclosed = [
        number for number, line in enumerate(path.read_text().splitlines(), 1) if "{#" in line and "#}" not in line
    ]
    assert not unclosed, (
        f"{path.relative_to(ROOT)}: a {{# comment #}} over several lines at {unclosed}: use {{% comment %}}"
    )


@pytest.mark.parametrize("path", template_files(), ids=lambda path: str(path.relative_to(TEMPLATES)))
def test_templates_have_no_inline_style_or_script(path):
    """The Content-Security-Policy forbids them: they would not run, or not apply."""
    text = path.read_text()
    assert not re.search(r"(?<![\w-])style\s*=|<style\b|<script\b|(?<![\w-])on[a-z]+\s*=\s*[\"']", text)


# --- the shared pieces, rendered ------------------------------------------------------------------


def render(source, **context):
    from django.template import Context, Template

    return Template("{% load portal %}" + source).render(Context(context))


def soup_of(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def text(value, lang, is_fallback):
    from bps_portal.templatetags.portal import TranslatedText

    return TranslatedText(value, lang, is_fallback)


def test_lang_attr_marks_only_a_fallback():
    assert render("<li{{ t|lang_attr }}>", t=text("Titre", "fr", True)) == '<li lang="fr">'
    assert render("<li{{ t|lang_attr }}>", t=text("Titel", "nl", False)) == "<li>"
    assert render("<li{{ t|lang_attr }}>", t=text('x" onclick="y', 'fr"><b', True)) == '<li lang="fr&quot;&gt;&lt;b">'


def test_translated_prose_in_the_page_language_has_no_notice_and_no_lang():
    with translation.override("nl"):
        html = render("{% translated_prose t %}", t=text("Eerste regel.\n\nTweede.", "nl", False))
    soup = soup_of(html)
    assert soup.select_one(".fallback-notice") is None
    assert [p.get_text() for p in soup.select("div.prose p")] == ["Eerste regel.", "Tweede."]
    assert soup.div.get("lang") is None


def test_translated_prose_falls_back_with_a_notice_naming_the_language():
    with translation.override("nl"):
        html = render('{% translated_prose t extra_class="lead" %}', t=text("Seulement en français.", "fr", True))
    soup = soup_of(html)
    assert "Frans" in soup.select_one(".fallback-notice").get_text()
    assert soup.div["class"] == ["prose", "lead"] and soup.div["lang"] == "fr"


def test_translated_prose_leaves_the_notice_to_the_title_and_shows_nothing_when_empty():
    with translation.override("nl"):
        after_title = render("{% translated_prose t notice_given=True %}", t=text("Texte.", "fr", True))
        empty = render("{% translated_prose t %}", t=text("", "nl", False))
    assert "fallback-notice" not in after_title and '<div class="prose" lang="fr">' in after_title
    assert empty.strip() == ""


def test_translated_prose_sanitises_staff_html():
    html = render("{% translated_prose t html=True %}", t=text("<p>Bonjour</p><script>alert(1)</script>", "fr", False))
    soup = soup_of(html)
    assert soup.select_one(".prose p").get_text() == "Bonjour" and soup.find("script") is None


def test_the_fallback_notice_shows_only_for_a_fallback():
    source = '{% include "includes/_fallback_notice.html" %}'
    assert render(source, text=text("Titel", "nl", False)).strip() == ""
    assert 'class="fallback-notice"' in render(source, text=text("Titre", "fr", True))


@pytest.mark.parametrize(
    ("place", "lines"),
    [
        (
            {"street": "Rue de Namur 59", "postcode": "1000", "municipality": "Bruxelles"},
            ["Rue de Namur 59", "1000 Bruxelles"],
        ),
        ({"street": "Rue de Namur 59", "postcode": "", "municipality": ""}, ["Rue de Namur 59"]),
        ({"street": "", "postcode": "1000", "municipality": "Bruxelles"}, ["1000 Bruxelles"]),
    ],
)
def test_the_postal_address_entry_of_a_contact_list(place, lines):
    from types import SimpleNamespace

    place = SimpleNamespace(**place, has_address=True)
    with translation.override("fr"):
        soup = soup_of("<dl>" + render('{% include "includes/_postal_address.html" %}', place=place) + "</dl>")
    assert soup.dt.get_text() == "Adresse"
    assert [" ".join(line.split()) for line in soup.address.stripped_strings] == lines


def test_no_postal_address_entry_without_an_address():
    from types import SimpleNamespace

    place = SimpleNamespace(street="", postcode="", municipality="", has_address=False)
    assert render('{% include "includes/_postal_address.html" %}', place=place).strip() == ""


# --- the pages that use them ---------------------------------------------------------------------

DIRECTORY = "/fr/partenaires/"
FINDER = "/fr/pgsp/mesures/"


def chips(client, path, query):
    soup = soup_of(client.get(path, query).content)
    return {
        chip.get_text(" ", strip=True).split(" ✕")[0]: chip["href"] for chip in soup.select(".active-filters .chip")
    }


@pytest.mark.django_db
def test_the_directory_shows_its_filters_as_chips_and_is_not_indexed_when_filtered(initial_data, client):
    found = chips(client, DIRECTORY, {"q": "zone", "type": "police-zone", "page": "1"})
    assert set(found) == {"Nom ou sigle\u00a0: zone", "Type\u00a0: Zone de police"}
    assert found["Type\u00a0: Zone de police"] == "?q=zone"
    assert 'content="noindex, follow"' in client.get(DIRECTORY, {"type": "police-zone"}).content.decode()
    unfiltered = client.get(DIRECTORY).content.decode()
    assert 'name="robots"' not in unfiltered and "active-filters" not in unfiltered


@pytest.mark.django_db
def test_an_ignored_filter_value_gets_no_chip(initial_data, client):
    assert chips(client, DIRECTORY, {"q": "x" * 101, "level": "planet"}) == {}


@pytest.mark.django_db
def test_the_measure_finder_never_offers_to_remove_the_edition(initial_data, client):
    found = chips(client, FINDER, {"edition": "2021-2024", "area": "3"})
    assert set(found) == {"Thématique\u00a0: 3. Drogues et assuétudes"}


@pytest.fixture
def area_without_dutch(initial_data):
    from gspp.models import ThematicArea

    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    area.description_fr = "Description seulement en français."
    area.description_nl = ""
    return area


@pytest.mark.django_db
@pytest.mark.parametrize("title_missing", [True, False])
def test_an_area_shows_one_notice_for_its_title_and_description(area_without_dutch, client, title_missing):
    area = area_without_dutch
    if title_missing:
        area.title_nl = ""
    area.save()
    with translation.override("nl"):
        soup = soup_of(client.get(area.get_absolute_url()).content)
    assert len(soup.select(".fallback-notice")) == 1
    assert soup.h1.get("lang") == ("fr" if title_missing else None)
    assert soup.select_one("div.prose")["lang"] == "fr"


@pytest.mark.django_db
def test_a_measure_shows_one_notice_when_title_and_description_fall_back(area_without_dutch, client):
    from tests.factories import MeasureFactory

    measure = MeasureFactory(
        area=area_without_dutch,
        number=77,
        slug_nl="alleen-frans",
        title_nl="",
        description_fr="Texte.",
        description_nl="",
    )
    with translation.override("nl"):
        soup = soup_of(client.get(measure.get_absolute_url()).content)
    assert len(soup.select(".fallback-notice")) == 1
    assert soup.h1.find("span", lang="fr") and soup.select_one("div.prose")["lang"] == "fr"
