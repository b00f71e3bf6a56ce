from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from resources.models import Article, KeyPoint, SupportOrganisation


@require_GET
def index(request):
    return render(
        request,
        "resources/index.html",
        {
            "articles": Article.objects.published(),
            "organisations": SupportOrganisation.objects.filter(is_active=True),
        },
    )


@require_GET
def article(request, slug: str):
    # Editors can preview drafts; everyone else sees published articles only.
    can_preview = request.user.has_perm("resources.change_article")
    articles = Article.objects.all() if can_preview else Article.objects.published()
    article = get_object_or_404(
        articles.prefetch_related(
            "sections",
            "sources",
            Prefetch("key_points", KeyPoint.objects.select_related("section")),
        ),
        slug=slug,
    )
    return render(request, "resources/article.html", {"article": article})
