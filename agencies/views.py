"""Partner directory: the list of actors, an actor's page and vCard, the police-zone finder."""

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, FormView

from agencies import exports, selectors
from agencies.filters import ActorFilter
from bps_portal.generic_views import BreadcrumbsMixin, FilteredListView, FollowsOldSlugsMixin
from bps_portal.middleware import read_only
from bps_portal.selectors import sources_of


def directory_crumb():
    return (_("Partner directory"), reverse("agencies:actor_list"))


class ActorListView(FilteredListView):
    template_name = "agencies/actor_list.html"
    filterset_class = ActorFilter
    context_object_name = "actors"
    export_name = "actors"
    export_module = exports

    def get_base_queryset(self):
        return selectors.directory_actors()

    def get_breadcrumbs(self):
        return [(_("Partner directory"), None)]


class ActorDetailView(FollowsOldSlugsMixin, BreadcrumbsMixin, DetailView):
    template_name = "agencies/actor_detail.html"
    context_object_name = "actor"

    def get_queryset(self):
        return selectors.actor_page(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sources"] = sources_of(self.object)
        return context

    def get_breadcrumbs(self):
        return [directory_crumb(), (self.object.name, None)]


@read_only
def actor_vcard(request, slug):
    """The actor's contacts as a vCard file, with partners-only lines for partners only."""
    actor = get_object_or_404(selectors.actor_page(request.user), slug=slug)
    response = HttpResponse(exports.vcard(actor), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{actor.slug}.vcf"'
    return response


# The id of the page's answer to a postcode that no commune has (police_zone_finder.html).
UNKNOWN_POSTCODE_ID = "postcode-unknown"


class PoliceZoneForm(forms.Form):
    postcode = forms.RegexField(
        label=_("Postcode"),
        regex=r"^\s*\d{4}\s*$",
        required=False,
        max_length=10,
        error_messages={"invalid": _("Enter a postcode of four digits, for example 1060.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code", "size": 6}),
    )
    commune = forms.ModelChoiceField(
        label=_("or choose your commune"),
        queryset=selectors.municipalities(),
        to_field_name="key",
        required=False,
        empty_label=_("Choose a commune"),
        error_messages={"invalid_choice": _("This commune is not one of the 19 communes of the Region.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = selectors.municipalities()


class PoliceZoneFinderView(BreadcrumbsMixin, FormView):
    """Which police zone serves my commune? Answers a postcode or a commune, without JavaScript."""

    template_name = "agencies/police_zone_finder.html"
    form_class = PoliceZoneForm

    def get_form_kwargs(self):
        return {"data": self.request.GET or None, "prefix": None, "initial": {}}

    def get(self, request, *args, **kwargs):
        form = self.get_form()
        context = {"form": form, "results": None, "searched": None}
        if form.is_bound and form.is_valid():
            postcode = (form.cleaned_data["postcode"] or "").strip()
            commune = form.cleaned_data["commune"]
            user = request.user
            if postcode:
                context["searched"] = postcode
                context["results"] = list(selectors.municipalities_for_postcode(postcode, user))
                if not context["results"]:
                    # "No commune has this postcode" is read out with the field, as an error would be.
                    form.fields["postcode"].widget.attrs.update(
                        {"aria-describedby": UNKNOWN_POSTCODE_ID, "aria-invalid": "true"}
                    )
            elif commune:
                context["searched"] = commune.name
                context["results"] = list(selectors.municipalities_with_zone(user).filter(pk=commune.pk))
        context["unknown_postcode_id"] = UNKNOWN_POSTCODE_ID
        return self.render_to_response(self.get_context_data(**context))

    def get_breadcrumbs(self):
        return [directory_crumb(), (_("Police zones"), None)]
