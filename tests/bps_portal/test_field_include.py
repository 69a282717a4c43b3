"""Errors and help texts are read out with their field (issue 16): the ids a control names in its
aria-describedby are the ids of the elements that say the error and the help text, in includes/_field.html,
in the finders' filter form and on every public form page, in French and Dutch."""

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.contrib.auth.tokens import default_token_generator
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext

from bps_portal.search import MAX_QUERY_LENGTH
from tests.factories import UserFactory

IGNORED = "This value was not understood and has been ignored."
REQUIRED = "This field is required."
EMAIL = "Enter a valid email address."


class SampleForm(forms.Form):
    name = forms.CharField(label="Name", help_text="As on your identity card.", max_length=5)
    email = forms.EmailField(label="E-mail")
    topics = forms.MultipleChoiceField(
        label="Topics", choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
    )


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def description(soup, element):
    """The text of the elements `element` names in aria-describedby; each id names exactly one element."""
    texts = []
    for element_id in (element.get("aria-describedby") or "").split():
        found = soup.select(f'[id="{element_id}"]')
        assert len(found) == 1, f"aria-describedby names {element_id!r}, found {len(found)} elements with that id"
        texts.append(found[0].get_text(" ", strip=True))
    return " ".join(texts)


def rendered(form, name):
    return soup_of(render_to_string("includes/_field.html", {"field": form[name]}))


def test_a_field_with_an_error_and_a_help_text_names_both():
    form = SampleForm({"name": "far too long", "email": "not an address", "topics": ["z"]})
    assert not form.is_valid()
    soup = rendered(form, "name")
    control = soup.select_one("input[name=name]")
    assert control["aria-invalid"] == "true"
    assert control["aria-describedby"].split() == ["id_name_helptext", "id_name_error"]
    said = description(soup, control)
    assert "As on your identity card." in said
    assert form.errors["name"][0] in said

    soup = rendered(form, "email")
    assert description(soup, soup.select_one("input[name=email]")) == form.errors["email"][0]


def test_a_group_of_checkboxes_is_a_fieldset_that_names_its_error():
    form = SampleForm({"name": "Ann", "email": "ann@example.org", "topics": ["z"]})
    assert not form.is_valid()
    soup = rendered(form, "topics")
    group = soup.select_one("fieldset")
    assert group.legend.get_text(strip=True) == "Topics"
    assert description(soup, group) == form.errors["topics"][0]
    assert all(not box.get("aria-describedby") for box in soup.select("input[type=checkbox]"))


def test_a_valid_field_names_its_help_text_only_and_an_unbound_one_no_error():
    soup = rendered(SampleForm({"name": "Ann", "email": "ann@example.org", "topics": ["a"]}), "name")
    control = soup.select_one("input[name=name]")
    assert control["aria-describedby"] == "id_name_helptext" and not control.get("aria-invalid")
    assert soup.select(".field-error") == []
    soup = rendered(SampleForm(), "email")
    assert not soup.select_one("input").get("aria-describedby") and soup.select(".field-error") == []


def test_a_form_without_ids_renders_no_dangling_reference():
    form = SampleForm({"name": "far too long"}, auto_id=False)
    form.is_valid()
    soup = rendered(form, "name")
    assert not soup.select_one("input").get("aria-describedby")
    assert form.errors["name"][0] in soup.select_one(".field-error").get_text()


# --- the pages -------------------------------------------------------------------------------------


def password_reset_confirm(language):
    user = UserFactory(email="partner@example.org")
    with translation.override(language):
        return reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )


def path(view_name, language, **kwargs):
    with translation.override(language):
        return reverse(view_name, kwargs=kwargs)


def ignored():
    return gettext(IGNORED)


FIELDS = ("what", "view_name", "method", "data", "control", "message")
# What, the page, how to send it ("get" a query or "post" data), the control and the message it must say
# (a function, called in the page's language).
PAGES = [
    (
        "postcode",
        "agencies:police_zone_finder",
        "get",
        {"postcode": "10a0"},
        "#id_postcode",
        lambda: gettext("Enter a postcode of four digits, for example 1060."),
    ),
    (
        "unknown postcode",
        "agencies:police_zone_finder",
        "get",
        {"postcode": "1300"},
        "#id_postcode",
        lambda: (
            gettext(
                "No commune of the Brussels-Capital Region has the postcode %(searched)s. "
                "Check the number, or choose your commune in the list."
            )
            % {"searched": "1300"}
        ),
    ),
    (
        "commune",
        "agencies:police_zone_finder",
        "get",
        {"commune": "paris"},
        "#id_commune",
        lambda: gettext("This commune is not one of the 19 communes of the Region."),
    ),
    ("directory", "agencies:actor_list", "get", {"commune": "atlantis"}, "#id_commune", ignored),
    ("measure area", "gspp:measure_finder", "get", {"area": "99"}, "#id_area", ignored),
    ("measure status", "gspp:measure_finder", "get", {"status": "exploded"}, "fieldset:has(#id_status)", ignored),
    (
        "search",
        "search",
        "get",
        {"q": "x" * 300},
        "#id_q",
        lambda: gettext("Type at most %(limit_value)d characters.") % {"limit_value": MAX_QUERY_LENGTH},
    ),
    ("login", "login", "post", {"username": "", "password": ""}, "#id_username", lambda: gettext(REQUIRED)),
    ("password reset", "password_reset", "post", {"email": "not an address"}, "#id_email", lambda: gettext(EMAIL)),
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize(
    ("what", "view_name", "method", "data", "control", "message"), PAGES, ids=[p[0] for p in PAGES]
)
def test_every_public_form_names_its_error_on_the_field(
    initial_data, client, language, what, view_name, method, data, control, message
):
    url = path(view_name, language)
    response = client.get(url, data) if method == "get" else client.post(url, data)
    assert response.status_code == 200
    soup = soup_of(response.content)
    element = soup.select_one(control)
    assert element is not None, f"{what}: no {control}"
    with translation.override(language):
        words = message()
    assert words in description(soup, element), f"{what} ({language})"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_new_password_names_its_help_text_and_the_mismatch(initial_data, client, language):
    response = client.get(password_reset_confirm(language), follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": "correct horse battery", "new_password2": "other horse"})
    soup = soup_of(response.content)
    first = soup.select_one("#id_new_password1")
    assert "id_new_password1_helptext" in first["aria-describedby"].split()
    assert len(description(soup, first)) > 20, "the password rules are read out with the field"
    with translation.override(language):
        mismatch = translation.gettext("The two password fields didn’t match.")
    assert mismatch in description(soup, soup.select_one("#id_new_password2"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("view_name", "query"),
    [
        ("agencies:police_zone_finder", {"postcode": "10a0", "commune": "paris"}),
        ("agencies:actor_list", {"type": "ufo", "level": "planet", "area": "x", "q": "x" * 101}),
        ("gspp:measure_finder", {"edition": "1900", "objective": "x", "actor": "nobody", "sort": "random"}),
        ("search", {"q": "x" * 300}),
        ("login", {}),
        ("password_reset", {}),
    ],
)
def test_no_aria_reference_on_a_form_page_points_nowhere(initial_data, client, view_name, query):
    for language in ("fr", "nl"):
        soup = soup_of(client.get(path(view_name, language), query).content)
        for element in soup.select("[aria-describedby]"):
            description(soup, element)
        ids = [element["id"] for element in soup.select("[id]")]
        assert len(ids) == len(set(ids)), f"an id is used twice: {sorted(i for i in ids if ids.count(i) > 1)}"


@pytest.mark.django_db
def test_each_ignored_filter_value_is_described_on_its_own_field(initial_data, client):
    soup = soup_of(client.get(path("gspp:measure_finder", "fr"), {"area": "99", "objective": "1"}).content)
    area, objective = soup.select_one("#id_area"), soup.select_one("#id_objective")
    assert area["aria-invalid"] == "true" and area["aria-describedby"] == "id_area_error"
    assert not objective.get("aria-describedby") and not objective.get("aria-invalid")
    assert (
        soup.select_one("#id_area_error").get_text(strip=True) == "Cette valeur n’a pas été comprise et a été ignorée."
    )
