from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from forum import notifications, posting
from forum.forms import EditPostForm, ReplyForm, ThreadForm
from forum.markdown import MarkdownError, render_markdown
from forum.models import Post
from forum.permissions import (
    check_can_post,
    get_category_for_read,
    get_post_for_delete,
    get_post_for_edit,
    get_post_for_react,
    get_thread_for_read,
    get_thread_for_reply,
)

HELD_MESSAGE = (
    "Thank you. Your post is waiting for a moderator and only you can see it for now."
)


def _announce(request, post: Post) -> None:
    if post.is_held:
        messages.info(request, HELD_MESSAGE)
    elif post.has_held_edit:
        messages.info(
            request,
            "Your edit is waiting for a moderator; the earlier text stays up meanwhile.",
        )


def _needs_warning(request, form, text: str) -> list:
    """Matches to show the author first, unless they already chose to submit for review."""
    if form.cleaned_data.get("submit_for_review"):
        return []
    return posting.warn_before_posting(request.user, text)


@login_required
@require_http_methods(["GET", "POST"])
def new_thread(request, slug: str):
    category = get_category_for_read(request.user, slug)
    check_can_post(request.user)
    form = ThreadForm(request.POST or None, draft_key=f"thread-{category.slug}")
    warning = []
    if form.is_valid() and not (
        warning := _needs_warning(
            request,
            form,
            f"{form.cleaned_data['title']}\n\n{form.cleaned_data['body']}",
        )
    ):
        try:
            thread = posting.create_thread(
                request.user,
                category=category,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
            )
        except posting.PostingError as error:
            form.add_error(None, str(error))
        else:
            _announce(request, thread.posts.get(is_opening=True))
            return redirect(thread)
    return render(
        request,
        "forum/new_thread.html",
        {"category": category, "form": form, "warning": warning},
    )


@login_required
@require_http_methods(["GET", "POST"])
def reply(request, pk: int):
    thread = get_thread_for_reply(request.user, pk)
    form = ReplyForm(request.POST or None, draft_key=f"reply-{thread.pk}")
    warning = []
    if form.is_valid() and not (
        warning := _needs_warning(request, form, form.cleaned_data["body"])
    ):
        try:
            post = posting.create_post(
                request.user, thread=thread, body=form.cleaned_data["body"]
            )
        except posting.PostingError as error:
            form.add_error("body", str(error))
        else:
            _announce(request, post)
            return redirect(post)
    return render(
        request,
        "forum/reply.html",
        {"thread": thread, "form": form, "warning": warning},
    )


@login_required
@require_http_methods(["GET", "POST"])
def edit_post(request, pk: int):
    post = get_post_for_edit(request.user, pk)
    initial = {"body": post.pending_body or post.body}
    form = EditPostForm(
        request.POST or None, initial=initial, draft_key=f"edit-{post.pk}"
    )
    warning = []
    if form.is_valid() and not (
        warning := _needs_warning(request, form, form.cleaned_data["body"])
    ):
        try:
            post = posting.edit_post(
                request.user, post=post, body=form.cleaned_data["body"]
            )
        except posting.PostingError as error:
            form.add_error("body", str(error))
        else:
            _announce(request, post)
            return redirect(post)
    return render(
        request,
        "forum/edit_post.html",
        {"post": post, "form": form, "warning": warning},
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_post(request, pk: int):
    post = get_post_for_delete(request.user, pk)
    if request.method == "POST":
        posting.remove_own_post(request.user, post=post)
        messages.success(request, "Your post was removed.")
        return redirect(post.thread)
    return render(request, "forum/delete_post.html", {"post": post})


@login_required
@require_POST
def support(request, pk: int):
    post = get_post_for_react(request.user, pk)
    given = posting.toggle_support(request.user, post=post)
    post.refresh_from_db(fields=["support_count"])
    if request.htmx:
        post.supported, post.can_react = given, True
        return render(request, "forum/_reactions.html", {"post": post})
    return redirect(post)


@login_required
@require_POST
def subscribe(request, pk: int):
    thread = get_thread_for_read(request.user, pk)
    subscribed = request.POST.get("subscribed") == "1"
    posting.set_subscribed(request.user, thread=thread, subscribed=subscribed)
    messages.success(
        request,
        "You'll be notified of new replies."
        if subscribed
        else "You won't be notified of new replies in this thread.",
    )
    return redirect(thread)


@login_required
@require_POST
def preview(request):
    """Render Markdown exactly as the post will look (htmx swaps it in)."""
    try:
        html = render_markdown(request.POST.get("body", ""))
    except MarkdownError as error:
        return render(request, "forum/_preview.html", {"error": str(error)})
    return render(request, "forum/_preview.html", {"html": html})


@login_required
@require_POST
def notifications_read(request):
    notifications.mark_read(request.user)
    messages.success(request, "All notifications marked as read.")
    return redirect("forum:notifications")
