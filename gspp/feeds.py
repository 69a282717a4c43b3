"""Atom feeds of the latest progress updates, in the language of the URL, for the plan or one area."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from bps_portal.alerts import current_alerts
from bps_portal.models import Alert
from gspp import selectors

LATEST = 30


class LatestUpdatesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, edition=None, slug=None):
        if slug is None:
            return None
        return get_object_or_404(selectors.area_for_page(), edition__key=edition, slug=slug)

    def title(self, area):
        if area is None:
            return _("Global Security and Prevention Plan: latest progress")
        return _("%(area)s: latest progress") % {"area": area.title}

    def link(self, area):
        return area.get_absolute_url() if area else reverse("gspp:plan")

    def subtitle(self, area):
        return _("The latest progress updates of the measures of the plan.")

    def feed_url(self, area):
        if area is None:
            return reverse("gspp:updates_feed")
        return reverse("gspp:area_updates_feed", kwargs={"edition": area.edition.key, "slug": area.slug})

    def items(self, area):
        """The plan's feed starts with the crisis alerts in force; then the latest updates."""
        alerts = current_alerts() if area is None else []
        return [*alerts, *selectors.latest_updates(area)[:LATEST]]

    def item_title(self, update):
        if isinstance(update, Alert):
            return _("%(level)s: %(message)s") % {
                "level": update.get_level_display().capitalize(),
                "message": update.message,
            }
        return _("Measure %(reference)s: %(title)s (%(status)s, %(progress)s%%)") % {
            "reference": update.measure.reference,
            "title": update.measure.title,
            "status": update.get_status_display(),
            "progress": update.progress,
        }

    def item_description(self, update):
        return update.message if isinstance(update, Alert) else update.note

    def item_link(self, update):
        if isinstance(update, Alert):
            return update.link or reverse("home")
        return update.measure.get_absolute_url()

    def item_guid(self, update):
        if isinstance(update, Alert):
            return f"{reverse('home')}#alert-{update.pk}"
        return f"{self.item_link(update)}#update-{update.pk}"

    def item_guid_is_permalink(self, update):
        return False

    def item_pubdate(self, update):
        if isinstance(update, Alert):
            return update.publish_from or update.created_at
        return update.created_at

    def item_updateddate(self, update):
        return update.updated_at if isinstance(update, Alert) else update.created_at
