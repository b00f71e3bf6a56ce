from django.shortcuts import render

from forum.permissions import SignInRequired


def permission_denied(request, exception=None):
    """403 with the reason the permission check gave, and a sign-in link where it helps."""
    reason = str(exception) if exception and str(exception) else ""
    return render(
        request,
        "403.html",
        {"reason": reason, "sign_in": isinstance(exception, SignInRequired)},
        status=403,
    )


def csrf_failure(request, reason=""):
    """A form sent with an expired session: show the member their text, never lose it."""
    kept = {
        key: request.POST.get(key, "")
        for key in ("title", "body")
        if request.POST.get(key)
    }
    action = request.path if request.path.startswith("/") else "/"
    return render(
        request, "csrf_failure.html", {"kept": kept, "action": action}, status=403
    )
