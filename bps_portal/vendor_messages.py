"""Messages of Django and of the libraries the portal uses that their own Dutch catalogs lack.

Django shows a message missing in Dutch in French (the LANGUAGE_CODE), so the Dutch admin said "Nom du
modèle" and "Tentatives de connexion". Listed here, `make messages` puts them in our catalogs, which
translate them in both languages and win over the libraries' own. This module is read by makemessages,
never imported; tests/bps_portal/test_i18n.py names any message a library update adds.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES = (
    # axes
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("Access lock out"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("Account locked: too many login attempts. Contact an admin to unlock your account."),
    gettext_noop("Account locked: too many login attempts. Please try again later."),
    gettext_noop("Attempt Time"),
    gettext_noop("Failed Logins"),
    gettext_noop("Form Data"),
    gettext_noop("GET Data"),
    gettext_noop("HTTP Accept"),
    gettext_noop("IP Address"),
    gettext_noop("Logout Time"),
    gettext_noop("Meta Data"),
    gettext_noop("Path"),
    gettext_noop("POST Data"),
    gettext_noop("User Agent"),
    # django.conf
    gettext_noop("%(model)s instance with %(field)s %(value)r is not a valid choice."),
    # django.contrib.admin
    gettext_noop("Add link"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Change or view list link"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
    gettext_noop("Model name"),
    # django.contrib.flatpages
    gettext_noop("content"),
    # django_otp
    gettext_noop("Error generating challenge: {0}"),
    gettext_noop("Get OTP Challenge"),
    gettext_noop("Invalid token. Please make sure you have entered it correctly."),
    gettext_noop("OTP Challenge: {0}"),
    gettext_noop("OTP Device:"),
    gettext_noop("OTP Token:"),
    gettext_noop("Please correct the errors below."),
    gettext_noop("Please enter your OTP token."),
    gettext_noop("The selected OTP device is not interactive"),
    gettext_noop("Verification of the token is currently disabled"),
    # rest_framework
    gettext_noop("A page number within the paginated result set."),
    gettext_noop("A search term."),
    gettext_noop("A {value_type} identifying this {name}."),
    gettext_noop("Datetime value out of range."),
    gettext_noop("Ensure this field has at least {min_length} elements."),
    gettext_noop("Ensure this field has no more than {max_length} elements."),
    gettext_noop('Enter a valid "slug" consisting of Unicode letters, numbers, underscores, or hyphens.'),
    gettext_noop("Expected available in {wait} second."),
    gettext_noop("Expected available in {wait} seconds."),
    gettext_noop("Extra Actions"),
    gettext_noop('Invalid datetime for the timezone "{timezone}".'),
    gettext_noop("Invalid input."),
    gettext_noop("main content"),
    gettext_noop("Must be a valid boolean."),
    gettext_noop("Must be a valid UUID."),
    gettext_noop("navbar"),
    gettext_noop("Not a valid string."),
    gettext_noop("Number of results to return per page."),
    gettext_noop("request form"),
    gettext_noop("request info"),
    gettext_noop("response info"),
    gettext_noop("Surrogate characters are not allowed: U+{code_point:X}."),
    gettext_noop("The initial index from which to return the results."),
    gettext_noop("The pagination cursor value."),
    gettext_noop("This dictionary may not be empty."),
    gettext_noop("unique integer value"),
    gettext_noop("unique value"),
    gettext_noop("UUID string"),
    gettext_noop("Which field to use when ordering the results."),
)

PLURAL_MESSAGES = (
    # django.contrib.admin
    ngettext_lazy("Please correct the error below.", "Please correct the errors below."),
    # django.contrib.auth
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ),
    # django_otp
    ngettext_lazy(
        "Verification temporarily disabled because of %(failure_count)d failed attempt, please try again soon.",
        "Verification temporarily disabled because of %(failure_count)d failed attempts, please try again soon.",
    ),
)
