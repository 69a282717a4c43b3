from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from bps_portal.models import Feedback, FeedbackKind


class LoginForm(AuthenticationForm):
    """Django's login form without autofocus: keyboard users start, as on every page, at the skip link."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.pop("autofocus", None)


class FeedbackForm(forms.Form):
    """The feedback form, the portal's electronic channel (accessibility problems, corrections).

    `website` is a trap for robots: hidden from people and from screen readers (the template puts it
    in a `hidden` block) and never reached with the keyboard; a robot fills it in, and its message is
    answered as if sent and dropped.
    """

    kind = forms.ChoiceField(
        label=_("What is your message about?"),
        choices=[("", _("Choose…")), *FeedbackKind.choices],
        error_messages={
            "required": _("Choose what your message is about."),
            "invalid_choice": _("Choose what your message is about."),
        },
    )
    page_url = forms.CharField(
        label=_("Page concerned (optional)"),
        max_length=Feedback._meta.get_field("page_url").max_length,
        required=False,
        error_messages={"max_length": _("Type at most %(limit_value)d characters.")},
    )
    message = forms.CharField(
        label=format_lazy(_("Your message (at most {} characters)"), Feedback.MESSAGE_MAX_LENGTH),
        max_length=Feedback.MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write your message."),
            "max_length": _(
                "Your message has %(show_value)d characters: shorten it to at most %(limit_value)d, then send it again."
            ),
        },
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=Feedback._meta.get_field("name").max_length,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"max_length": _("Type at most %(limit_value)d characters.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        max_length=Feedback._meta.get_field("email").max_length,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"max_length": _("Type at most %(limit_value)d characters.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # No maxlength on the text: a browser would cut a pasted text short without a word; the
        # label gives the limit and a longer text comes back with its length, as typed.
        self.fields["message"].widget.attrs.pop("maxlength", None)

    def is_robot(self):
        """The trap field is filled in (read from the raw data: valid or not, a robot gets no hint)."""
        return bool(self.is_bound and self.data.get("website", "").strip())
