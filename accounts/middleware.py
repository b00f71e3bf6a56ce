from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect

from accounts.roles import is_moderator

PROTECTED_PREFIXES = ("/admin/", "/moderation/")


class StaffTwoFactorMiddleware:
    """Moderators and admins must turn on two-factor before the queue or the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.needs_two_factor(request):
            messages.warning(
                request,
                "Moderators and admins must set up two-factor authentication first.",
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def needs_two_factor(request) -> bool:
        user = request.user
        return (
            settings.MFA_REQUIRED_FOR_STAFF
            and request.path.startswith(PROTECTED_PREFIXES)
            and user.is_authenticated
            and (user.is_staff or is_moderator(user))
            and not Authenticator.objects.filter(user=user).exists()
        )
