from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from accounts.roles import is_moderator
from forum import notifications, search
from forum.forms import ReplyForm, SearchForm
from forum.models import Category, Notification, Reaction, Subscription, Thread
from forum.permissions import (
    can_delete_post,
    can_edit_post,
    can_react,
    check_can_read_site,
    get_category_for_read,
    get_post_for_history,
    get_post_for_read,
    get_thread_for_read,
    why_cannot_reply,
)
from resources.topics import evidence_cards_for

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 20


@require_GET
def index(request):
    check_can_read_site(request.user)
    categories = Category.objects.select_related("last_thread")
    return render(request, "forum/index.html", {"categories": categories})


@require_GET
def category(request, slug: str):
    category = get_category_for_read(request.user, slug)
    threads = (
        Thread.objects.visible_to(request.user).filter(category=category).for_listing()
    )
    page = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "forum/category.html", {"category": category, "page": page})


@require_GET
def thread(request, pk: int, slug: str = ""):
    thread = get_thread_for_read(request.user, pk)
    if slug != thread.slug:
        return redirect(thread, permanent=True)
    posts = (
        thread.posts.visible_to(request.user)
        .with_authors()
        .order_by("created_at", "pk")
    )
    page = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    user = request.user
    supported = set()
    subscribed = False
    if user.is_authenticated:
        supported = set(
            Reaction.objects.filter(user=user, post__in=page.object_list).values_list(
                "post_id", flat=True
            )
        )
        subscribed = Subscription.objects.filter(user=user, thread=thread).exists()
    # Held posts show their author why; one query, only when there are any.
    held = [p for p in page.object_list if p.is_held or p.has_held_edit]
    prefetch_related_objects(held, "flags")
    for post in page.object_list:
        post.can_edit = can_edit_post(user, post)
        post.can_delete = can_delete_post(user, post)
        post.can_react = can_react(user, post)
        post.supported = post.pk in supported
    opening = page.object_list[0] if page.number == 1 and page.object_list else None
    cannot_reply = why_cannot_reply(user, thread)
    return render(
        request,
        "forum/thread.html",
        {
            "thread": thread,
            "page": page,
            "subscribed": subscribed,
            "cannot_reply": cannot_reply,
            "form": None if cannot_reply else ReplyForm(draft_key=f"reply-{thread.pk}"),
            "is_moderator": is_moderator(user),
            "evidence_cards": evidence_cards_for(
                thread.title + "\n" + (opening.body if opening else "")
            ),
        },
    )


@require_GET
def post_redirect(request, pk: int):
    """Send a link to one post to the page of its thread where it appears."""
    post = get_post_for_read(request.user, pk)
    thread = get_thread_for_read(request.user, post.thread_id)
    earlier = (
        thread.posts.visible_to(request.user)
        .filter(created_at__lte=post.created_at)
        .exclude(created_at=post.created_at, pk__gt=post.pk)
        .count()
    )
    page = (max(earlier, 1) - 1) // POSTS_PER_PAGE + 1
    suffix = f"?page={page}" if page > 1 else ""
    return redirect(f"{thread.get_absolute_url()}{suffix}#post-{post.pk}")


@require_GET
def search_view(request):
    check_can_read_site(request.user)
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page = None
    if query.strip():
        results = search.search_posts(query, request.user).select_related(
            "thread", "author"
        )
        page = Paginator(results, 20).get_page(request.GET.get("page"))
        for post in page.object_list:
            post.snippet = search.highlight(post.body, query)
    return render(
        request, "forum/search.html", {"form": form, "query": query, "page": page}
    )


@login_required
@require_GET
def notification_list(request):
    items = (
        Notification.objects.filter(recipient=request.user)
        .select_related("post__thread")
        .order_by("-created_at", "-pk")
    )
    page = Paginator(items, 30).get_page(request.GET.get("page"))
    return render(request, "forum/notifications.html", {"page": page})


@login_required
@require_GET
def notification_open(request, pk: int):
    """Mark one notification read and go to what it is about."""
    item = Notification.objects.filter(recipient=request.user, pk=pk).select_related(
        "post"
    )
    found = item.first()
    if found is None:
        return redirect("forum:notifications")
    notifications.mark_read(request.user, notification_ids=[found.pk])
    return redirect(found.get_absolute_url())


@require_GET
def guidelines(request):
    return render(
        request,
        "forum/guidelines.html",
        {"premoderate": settings.MODERATION_PREMODERATE_FIRST_POSTS},
    )


@require_GET
def post_history(request, pk: int):
    """Earlier versions of a post, for moderators."""
    post = get_post_for_history(request.user, pk)
    revisions = post.revisions.select_related("editor")
    return render(
        request, "forum/post_history.html", {"post": post, "revisions": revisions}
    )
