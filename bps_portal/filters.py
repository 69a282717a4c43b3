"""What the finder pages of every app share: their filter sets (see generic_views.FilteredListView)."""

import django_filters


class FinderFilterSet(django_filters.FilterSet):
    """The filters of a finder page (measures, directory), which FilteredListView shows as a form.

    The view drops a value that does not fit its filter and filters again without it; the page says so
    next to the field, in an element whose id is Django's `<auto_id>_error` (_filter_form.html). The field
    that lost its value points to that message (aria-describedby, aria-invalid), so that a screen reader
    reads it with the field. A group of checkboxes is a fieldset: the template describes the fieldset.
    """

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form = super().form
            for name in self.ignored_names():
                bound = form[name]
                if bound.auto_id and not bound.use_fieldset:
                    attrs = form.fields[name].widget.attrs
                    attrs.update({"aria-invalid": "true", "aria-describedby": f"{bound.auto_id}_error"})
        return self._form

    def ignored_names(self):
        """The filters asked for in the address whose value this filter set was not given (dropped as invalid)."""
        asked = getattr(self.request, "GET", None)
        if not self.is_bound or asked is None or not hasattr(self.data, "getlist"):
            return []
        return [name for name in self.filters if name in asked and asked.getlist(name) != self.data.getlist(name)]
