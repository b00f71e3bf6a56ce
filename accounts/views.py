from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from accounts.forms import SettingsForm
from accounts.models import User
from forum.models import Post
from forum.permissions import check_can_read_site


def profile(request, pk: int):
    """Public profile: pseudonym, join date, post count and public posts only."""
    check_can_read_site(request.user)
    member = get_object_or_404(User.objects.filter(is_active=True), pk=pk)
    posts = Post.objects.public_by(member, viewer=request.user)
    page = Paginator(posts, 20).get_page(request.GET.get("page"))
    return render(request, "accounts/profile.html", {"member": member, "page": page})


@login_required
@require_http_methods(["GET", "POST"])
def settings_view(request):
    form = SettingsForm(request.POST or None, instance=request.user)
    if form.is_valid():
        form.save()
        messages.success(request, "Your settings are saved.")
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})
