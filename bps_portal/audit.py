"""The audit log: what staff and partners did, with who, when, what and from where.

`record()` is the one way to write an entry; the admin (through `AuditedAdmin`), the bulk
actions, the login signals, two-factor authentication and the management commands call it.
"""

from django.contrib.contenttypes.models import ContentType

from bps_portal import page_cache
from bps_portal.client_address import client_ip_address
from bps_portal.models import AuditAction, AuditEntry

__all__ = ["AuditAction", "record"]

# What staff and commands write changes what the public sees: cached pages are rendered again.
CHANGES_CONTENT = {
    AuditAction.CREATE,
    AuditAction.CHANGE,
    AuditAction.DELETE,
    AuditAction.BULK_ACTION,
    AuditAction.PUBLISH,
    AuditAction.RESTORE,
    AuditAction.COMMAND,
    AuditAction.IMPORT,
}


def record(action, *, request=None, user=None, obj=None, changes=(), detail="", username=""):
    """Write one entry. `request` gives the user (when logged in) and the address."""
    if user is None and request is not None and getattr(request, "user", None) is not None:
        user = request.user if request.user.is_authenticated else None
    if action in CHANGES_CONTENT:
        page_cache.content_changed()
    return AuditEntry.objects.create(
        action=action,
        user=user,
        username=username or (user.get_username() if user is not None else ""),
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
        object_repr=str(obj)[:250] if obj is not None else "",
        changes=list(changes),
        detail=str(detail)[:250],
        ip_address=client_ip_address(request) if request is not None else None,
    )


def logged_in(sender, request, user, **kwargs):
    record(AuditAction.LOGIN, request=request, user=user)


def logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(AuditAction.LOGOUT, request=request, user=user, detail=getattr(request, "logout_reason", ""))


def login_failed(sender, credentials, request=None, **kwargs):
    """The user name as typed (the password is never kept)."""
    record(AuditAction.LOGIN_FAILED, request=request, username=str(credentials.get("username", ""))[:150])
