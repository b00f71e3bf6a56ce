"""The resources pages: what every role sees, the article as shipped, and 404s."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from resources.loading import parse_article, shipped_articles
from resources.models import Article, SupportOrganisation
from resources.rendering import plain_text
from tests.conftest import ROLES

ARTICLE_URL = "/resources/nk-cells-and-recurrent-miscarriage/"


class _BlockText(HTMLParser):
    """Collects the text of every <p> and <li>, as a reader sees it."""

    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._depth = 0
        self._parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li"):
            if self._depth:
                self.blocks.append(" ".join("".join(self._parts).split()))
            self._depth += 1
            self._parts = []

    def handle_endtag(self, tag):
        if tag in ("p", "li") and self._depth:
            self._depth -= 1
            self.blocks.append(" ".join("".join(self._parts).split()))
            self._parts = []

    def handle_data(self, data):
        if self._depth:
            self._parts.append(data)


def page_blocks(html: str) -> list[str]:
    parser = _BlockText()
    parser.feed(html)
    return [
        re.sub(r"\[\d+\]$|\[\d+\](?= )", "", block).strip() for block in parser.blocks
    ]


@pytest.mark.parametrize("role", ROLES)
def test_resources_pages_are_open_to_every_role(client_for, article, role):
    client = client_for(role)
    assert client.get("/resources/").status_code == 200
    assert client.get(ARTICLE_URL).status_code == 200


def test_every_paragraph_and_source_of_the_shipped_copy_is_on_the_page(client, article):
    html = client.get(ARTICLE_URL).content.decode()
    blocks = page_blocks(html)
    (path,) = shipped_articles()
    for paragraph in parse_article(path).paragraphs():
        assert plain_text(paragraph) in blocks, paragraph[:60]

    sources = re.findall(r'<li id="source-(\d)" value="\d">(.*?)</li>', html, re.S)
    assert [int(number) for number, _ in sources] == [1, 2, 3, 4, 5, 6, 7]
    for source in article.sources.all():
        item = dict(sources)[str(source.number)]
        assert source.title in item.replace("&#x27;", "'")
        if source.doi:
            assert f'href="https://doi.org/{source.doi}"' in item
        else:
            assert "doi.org" not in item


def test_article_page_shows_key_points_contents_anchors_and_review_date(
    client, article
):
    html = client.get(ARTICLE_URL).content.decode()
    assert "Key points" in html
    assert "No medical organization formally recommends testing for" in html
    for section in article.sections.all():
        assert f'href="#{section.slug}"' in html  # table of contents
        assert f'id="{section.slug}"' in html
    assert 'id="therapies-for-miscarriage"' in html
    assert "Last reviewed" in html
    assert "By Krissi Danielsson, MD" in html
    assert "Stocktrek Images/Getty Images" in html
    assert "first published by Verywell Family" in html
    # Citation markers link to their numbered source.
    assert '<a href="#source-5" title="Source 5">[5]</a>' in html


def test_unknown_article_is_a_styled_404(client, article):
    response = client.get("/resources/no-such-article/")
    assert response.status_code == 404
    assert "Back to the forum" in response.content.decode()


def test_a_draft_is_hidden_from_members_and_previewable_by_admins(client_for, article):
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert client_for("anonymous").get(ARTICLE_URL).status_code == 404
    assert client_for("member").get(ARTICLE_URL).status_code == 404
    assert client_for("moderator").get(ARTICLE_URL).status_code == 404
    response = client_for("admin").get(ARTICLE_URL)
    assert response.status_code == 200
    assert "Draft: only editors can see this article." in response.content.decode()
    assert article.title not in client_for("member").get("/resources/").content.decode()


def test_index_lists_articles_and_only_shown_support_organisations(client, article):
    SupportOrganisation.objects.create(
        name="Hidden Helpline", url="https://hidden.example", is_active=False
    )
    html = client.get(reverse("resources:index")).content.decode()
    assert article.title in html
    assert "The Miscarriage Association" in html
    assert "Hidden Helpline" not in html


def test_article_page_has_a_fixed_query_budget(
    client, article, django_assert_max_num_queries
):
    client.get(ARTICLE_URL)  # warm the session and per-process caches
    with django_assert_max_num_queries(8):
        assert client.get(ARTICLE_URL).status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get("/resources/").status_code == 200


def test_resources_pages_refuse_writes(client, article):
    assert client.post(ARTICLE_URL).status_code == 405
