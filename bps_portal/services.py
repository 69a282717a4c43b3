"""Writes of the site-wide part of the portal."""

import logging
import smtplib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from bps_portal.models import Feedback, OldSlug

logger = logging.getLogger(__name__)


@transaction.atomic
def remember_old_slugs(obj, previous):
    """Keep the slugs that staff just replaced, per language, so their old addresses redirect.

    `previous` is the object as it was before the change (None for a new object).
    """
    if previous is None:
        return
    content_type = ContentType.objects.get_for_model(obj)
    for language, _name in settings.LANGUAGES:
        field = f"slug_{language}"
        old, new = getattr(previous, field), getattr(obj, field)
        if old and old != new:
            OldSlug.objects.update_or_create(
                content_type=content_type, language=language, slug=old, defaults={"object_id": obj.pk}
            )
        # A slug given back to an object is an address again, not a redirect.
        OldSlug.objects.filter(content_type=content_type, language=language, slug=new).delete()


def receive_feedback(*, kind, page_url, message, name, email, language, site_url):
    """Keep a visitor's message, then tell BPS staff by e-mail (FEEDBACK_RECIPIENTS; none: no mail).

    The visitor's address on the network is not kept. `site_url` ("https://host") makes the links
    of the mail. A mail that cannot be sent is logged: the message stays in the admin's inbox.
    """
    feedback = Feedback(kind=kind, page_url=page_url, message=message, name=name, email=email, language=language)
    feedback.full_clean()
    feedback.save()
    notify_staff_of_feedback(feedback, site_url)
    return feedback


def notify_staff_of_feedback(feedback, site_url):
    """The mail to staff, in the portal's default language: what the message is about, the page, the
    language, the message and the link to it in the admin. The sender's address goes in Reply-To,
    never in From (the portal's own address, which mail servers trust). Returns whether it went."""
    recipients = settings.FEEDBACK_RECIPIENTS
    if not recipients:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        language = translation.get_language_info(feedback.language)["name_translated"]
        page = feedback.page_url or gettext("not given")
        if feedback.page_url.startswith("/") and not feedback.page_url.startswith("//"):
            page = site_url + feedback.page_url
        admin_url = site_url + reverse("admin:bps_portal_feedback_change", args=[feedback.pk])
        subject = gettext("BPS portal: new message (%(kind)s, %(language)s)") % {
            "kind": feedback.get_kind_display(),
            "language": language,
        }
        lines = [
            gettext("A visitor sent a message with the portal’s feedback form."),
            "",
            gettext("About: %(kind)s") % {"kind": feedback.get_kind_display()},
            gettext("Page: %(page)s") % {"page": page},
            gettext("Language: %(language)s") % {"language": language},
            gettext("Name: %(name)s") % {"name": feedback.name or gettext("not given")},
            gettext("Reply to this e-mail to answer the visitor.")
            if feedback.email
            else gettext("The visitor gave no e-mail address: no reply is possible."),
            "",
            gettext("Message:"),
            feedback.message,
            "",
            gettext("Handle it in the admin (status, note):"),
            admin_url,
        ]
    mail = EmailMessage(
        subject,
        "\n".join(lines) + "\n",
        settings.DEFAULT_FROM_EMAIL,
        recipients,
        reply_to=[feedback.email] if feedback.email else None,
    )
    try:
        mail.send()
    except (OSError, smtplib.SMTPException):
        logger.exception("The notification of feedback %s could not be sent.", feedback.pk)
        return False
    return True


def set_feedback_status(feedbacks, status):
    """Give the messages `status`; returns those that changed (for the audit log)."""
    changed = [feedback for feedback in feedbacks if feedback.status != status]
    Feedback.objects.filter(pk__in=[feedback.pk for feedback in changed]).update(status=status)
    for feedback in changed:
        feedback.status = status
    return changed
