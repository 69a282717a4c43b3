"""Submitting admin forms through the test client, as the browser would."""

from bs4 import BeautifulSoup


def form_data(response, form_id):
    """What the browser would submit for the form as rendered."""
    form = BeautifulSoup(response.content, "html.parser").find("form", id=form_id)
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button"):
            continue
        if field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.name == "textarea":
            data[name] = field.text.removeprefix("\n")  # browsers drop the newline after <textarea>
        elif field.name == "select" and field.has_attr("multiple"):
            data[name] = [option.get("value", "") for option in field.find_all("option", selected=True)]
        elif field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected.get("value", "") if selected else ""
        else:
            data[name] = field.get("value", "")
    return data
