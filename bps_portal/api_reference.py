"""The API's reference, drawn on the server from its OpenAPI schema (drf-spectacular), in the
reader's language: every endpoint with its parameters and the fields of its answers.

Rendered as an ordinary page (no JavaScript, nothing from another host), so it keeps the
portal's bars: light, keyboard- and screen-reader-friendly, in French and Dutch. The schema's
titles come from the models' translated names; what each endpoint is for is said here.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.generators import SchemaGenerator

PURPOSES = {
    "editions_list": gettext_lazy("The editions of the plan, with their period and status."),
    "editions_retrieve": gettext_lazy("One edition of the plan, by its key (e.g. 2021-2024)."),
    "areas_list": gettext_lazy("The thematic areas of every public edition."),
    "areas_retrieve": gettext_lazy("One thematic area, by its number in the API."),
    "measures_list": gettext_lazy(
        "The published measures, filtered like the measure finder, with their progress updates."
    ),
    "measures_retrieve": gettext_lazy("One published measure, by its number in the API."),
    "actors_list": gettext_lazy("The actors of the directory with their public contact points, filtered like it."),
    "actors_retrieve": gettext_lazy("One actor, by its key."),
    "municipalities_list": gettext_lazy("The 19 communes with their postcodes and police zone."),
    "municipalities_retrieve": gettext_lazy("One commune, by its key."),
}


@dataclass
class Parameter:
    name: str
    location: str
    required: bool
    type: str
    description: str


@dataclass
class Field:
    name: str
    type: str
    description: str


@dataclass
class Endpoint:
    path: str
    anchor: str
    purpose: str
    parameters: list
    fields: list
    paginated: bool


def endpoints():
    """The API's GET endpoints, described in the active language."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    components = schema["components"]["schemas"]
    found = []
    for path, operations in schema["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        answer = resolve(operation["responses"]["200"]["content"]["application/json"]["schema"], components)
        paginated = "results" in answer.get("properties", {})
        if paginated:
            answer = resolve(answer["properties"]["results"]["items"], components)
        found.append(
            Endpoint(
                path=path,
                anchor=operation["operationId"].replace("_", "-"),
                purpose=str(PURPOSES.get(operation["operationId"], "")),
                parameters=[parameter(item, components) for item in operation.get("parameters", [])],
                fields=[
                    Field(name, type_of(field, components), describe(field))
                    for name, field in answer.get("properties", {}).items()
                ],
                paginated=paginated,
            )
        )
    return found


def resolve(schema, components):
    """The schema itself, following a `$ref` (or a lone `allOf`) to its component."""
    if "allOf" in schema and len(schema["allOf"]) == 1:
        schema = {**schema["allOf"][0], **{key: value for key, value in schema.items() if key != "allOf"}}
    if "$ref" in schema:
        return {**components[schema["$ref"].rsplit("/", 1)[1]], **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def type_of(schema, components):
    schema = resolve(schema, components)
    if "enum" in schema:
        values = ", ".join(str(value) for value in schema["enum"] if value not in ("", None))
        return _("one of: %(values)s") % {"values": values}
    kind = schema.get("type", "object")
    if kind == "array":
        return _("list of: %(type)s") % {"type": type_of(schema.get("items", {}), components)}
    words = {
        "string": {"date": _("date"), "date-time": _("date and time"), "uri": _("web address")}.get(
            schema.get("format"), _("text")
        ),
        "integer": _("whole number"),
        "number": _("number"),
        "boolean": _("true or false"),
        "object": _("object"),
    }
    text = words.get(kind, kind)
    return _("%(type)s or empty") % {"type": text} if schema.get("nullable") else text


def describe(schema):
    """The schema's title and description; drf-spectacular appends a list of the values after a
    blank line, which the type already gives."""
    texts = [schema.get("title", ""), schema.get("description", "").split("\n\n", 1)[0]]
    return ". ".join(text.strip().rstrip(".") for text in texts if text.strip())


def parameter(item, components):
    schema = item.get("schema", {})
    return Parameter(
        name=item["name"],
        location=_("in the path") if item["in"] == "path" else _("in the query"),
        required=item.get("required", False),
        type=type_of(schema, components),
        description=describe({"description": item.get("description", "")}),
    )
