"""Two-factor authentication for every staff account (django-otp: TOTP and single-use backup codes).

After the password, a staff member enrols an authenticator app on the first login (QR code or
key, then one code to confirm it, then ten backup codes shown once), and on every later login
types a code from the app or a backup code. The admin site refuses anyone not verified
(`PortalAdminSite.has_permission`). A lost phone: another administrator removes the person's
devices in the admin (Django OTP › TOTP devices and static devices) or runs
`manage.py reset_two_factor <user name>`; the next login enrols again.
"""

import base64
import math
import secrets

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from bps_portal import audit

BACKUP_CODES = 10
APP_DEVICE_NAME = "app"
BACKUP_DEVICE_NAME = "backup"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 10}),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def staff_to_verify(request):
    """The logged-in staff member still owing a second factor; anyone else is refused."""
    user = request.user
    if not (user.is_authenticated and user.is_active and user.is_staff):
        raise PermissionDenied
    return user


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if allowed else reverse("admin:index")


def render_step(request, template, context):
    from django.contrib import admin

    return render(request, template, {**admin.site.each_context(request), "next": next_url(request), **context})


@never_cache
@sensitive_post_parameters("code")
@login_required(login_url="admin:login")
def verify(request):
    """The second step of every staff login: a code from the app, or a backup code."""
    user = staff_to_verify(request)
    if not user_has_device(user, confirmed=True):
        return redirect(f"{reverse('admin:two_factor_setup')}?next={next_url(request)}")
    if user.is_verified():
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            detail = "backup code" if isinstance(device, StaticDevice) else "app code"
            audit.record(audit.AuditAction.TWO_FACTOR, request=request, detail=f"verified with {detail}")
            return redirect(next_url(request))
        audit.record(audit.AuditAction.TWO_FACTOR, request=request, detail="wrong code")
        form.add_error("code", refusal(TOTPDevice.objects.filter(user=user, confirmed=True).first()))
    return render_step(request, "admin/two_factor/verify.html", {"form": form, "title": _("Two-step verification")})


@never_cache
@sensitive_post_parameters("code")
@login_required(login_url="admin:login")
def setup(request):
    """First login: link an authenticator app, confirm it with one code, get the backup codes."""
    user = staff_to_verify(request)
    if user_has_device(user, confirmed=True):
        return redirect(f"{reverse('admin:two_factor')}?next={next_url(request)}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name=APP_DEVICE_NAME, confirmed=False
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            codes = confirm(device)
            otp_login(request, device)
            audit.record(audit.AuditAction.TWO_FACTOR, request=request, detail="authenticator app enrolled")
            return render_step(
                request, "admin/two_factor/backup_codes.html", {"codes": codes, "title": _("Your backup codes")}
            )
        form.add_error("code", refusal(device))
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, title=str(_("QR code of your account")))
    qr_code = mark_safe(svg)  # noqa: S308 - an SVG segno drew from our own data
    return render_step(
        request,
        "admin/two_factor/setup.html",
        {"form": form, "qr_code": qr_code, "key": grouped_key(device), "title": _("Set up two-step verification")},
    )


def refusal(device):
    """Why a code was refused: a wrong code, or too many in a row (django-otp then waits 1, 2,
    4 ... seconds before it checks the next one, whatever it is)."""
    allowed, data = device.verify_is_allowed() if device is not None else (True, None)
    if not allowed and data and data.get("locked_until"):
        seconds = max(1, math.ceil((data["locked_until"] - timezone.now()).total_seconds()))
        return ngettext(
            "Several wrong codes in a row: wait %(seconds)d second, then type the code shown then.",
            "Several wrong codes in a row: wait %(seconds)d seconds, then type the code shown then.",
            seconds,
        ) % {"seconds": seconds}
    return _("This code is not valid. Type the code your app shows now, or a backup code.")


@transaction.atomic
def confirm(device):
    """Confirm the app and give the user a fresh set of backup codes (returned, shown once)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_backup_codes(device.user)


def new_backup_codes(user):
    backup, _created = StaticDevice.objects.get_or_create(user=user, name=BACKUP_DEVICE_NAME)
    backup.token_set.all().delete()
    codes = [f"{secrets.randbelow(10**8):08d}" for _number in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=backup, token=code) for code in codes])
    return codes


def grouped_key(device):
    """The secret in base32, in groups of four, for typing into an app without a camera."""
    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[index : index + 4] for index in range(0, len(key), 4))


def remove_devices(user):
    """Recovery: forget every second factor of `user`; the next login enrols again."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
