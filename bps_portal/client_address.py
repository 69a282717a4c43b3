"""The visitor's address, as the login lockout (django-axes) must see it behind reverse proxies.

Each proxy appends the address it received the request from to X-Forwarded-For, so only the
last DJANGO_TRUSTED_PROXY_COUNT entries were written by machines we trust; whatever stands left
of them came from the client and may be forged. With no proxy (the default) the socket address
is the visitor's.
"""

import ipaddress

from django.conf import settings


def client_ip_address(request):
    remote = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < count:
        return remote  # the request did not come through all the proxies: trust only the socket
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
