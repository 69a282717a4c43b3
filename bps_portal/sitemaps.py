"""/sitemap.xml: every public page in French and Dutch, each with its hreflang alternates.

Items come from the apps' selectors, in their own order."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from agencies import selectors as directory
from bps_portal.selectors import published_pages
from gspp import selectors as plan


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    # Pages declare the French page as x-default themselves; Django's x-default would drop the prefix.
    x_default = False


class SectionSitemap(BilingualSitemap):
    """The entry pages of each section, named by their URL names."""

    priority = 0.8

    def items(self):
        return ["home", "gspp:plan", "gspp:measure_finder", "agencies:actor_list", "agencies:police_zone_finder"]

    def location(self, item):
        return reverse(item)


class PageSitemap(BilingualSitemap):
    def items(self):
        return published_pages()

    def lastmod(self, page):
        return page.updated_at


class EditionSitemap(BilingualSitemap):
    priority = 0.7

    def items(self):
        return plan.public_editions()


class AreaSitemap(BilingualSitemap):
    priority = 0.7

    def items(self):
        return plan.area_for_page()


class MeasureSitemap(BilingualSitemap):
    def items(self):
        return plan.measures_for_list()

    def lastmod(self, measure):
        return measure.last_progress_date


class ActorSitemap(BilingualSitemap):
    priority = 0.4

    def items(self):
        return directory.directory_actors()


SITEMAPS = {
    "sections": SectionSitemap,
    "pages": PageSitemap,
    "editions": EditionSitemap,
    "areas": AreaSitemap,
    "measures": MeasureSitemap,
    "actors": ActorSitemap,
}
