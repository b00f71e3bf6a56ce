"""Editors maintain resources in the Django admin; every change keeps a revision."""

import pytest
from django.urls import reverse

from resources.models import ArticleRevision, SupportOrganisation, Topic


def form_data(response) -> dict:
    """The POST data an unchanged admin change form would submit, inlines included."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None:
                continue
            key = form.add_prefix(name)
            if isinstance(value, list):
                data[key] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[key] = "on"
            else:
                data[key] = field.widget.format_value(value) or value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = value
        for form in formset.forms:
            add(form)
    return data


@pytest.fixture
def admin_client(client_for):
    return client_for("admin")


def test_editing_an_article_in_the_admin_keeps_a_revision(
    admin_client, article, admin_user
):
    url = reverse("admin:resources_article_change", args=[article.pk])
    data = form_data(admin_client.get(url))
    data["last_reviewed_on"] = "2027-02-01"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert str(article.last_reviewed_on) == "2027-02-01"
    revision = ArticleRevision.objects.first()
    assert revision.editor == admin_user
    assert revision.note == "Edited in the admin"
    assert revision.snapshot["last_reviewed_on"] == "2027-02-01"
    assert len(revision.snapshot["sources"]) == 7


def test_saving_without_changes_adds_no_duplicate_revision(admin_client, article):
    url = reverse("admin:resources_article_change", args=[article.pk])
    before = ArticleRevision.objects.count()
    admin_client.post(url, form_data(admin_client.get(url)))
    assert ArticleRevision.objects.count() == before


@pytest.mark.parametrize(
    "name",
    [
        "admin:resources_article_changelist",
        "admin:resources_topic_changelist",
        "admin:resources_supportorganisation_changelist",
        "admin:resources_articlerevision_changelist",
        "admin:resources_keypoint_changelist",
    ],
)
def test_admin_lists_open_for_admins(admin_client, article, name):
    assert admin_client.get(reverse(name)).status_code == 200


def test_topic_and_organisation_change_pages_open(admin_client, article):
    topic = Topic.objects.get(slug="ivig")
    organisation = SupportOrganisation.objects.first()
    assert (
        admin_client.get(
            reverse("admin:resources_topic_change", args=[topic.pk])
        ).status_code
        == 200
    )
    assert (
        admin_client.get(
            reverse(
                "admin:resources_supportorganisation_change", args=[organisation.pk]
            )
        ).status_code
        == 200
    )


@pytest.mark.parametrize("role", ["member", "suspended_member", "moderator"])
def test_non_editors_cannot_edit_articles(client_for, article, role):
    url = reverse("admin:resources_article_change", args=[article.pk])
    assert client_for(role).get(url).status_code in (302, 403)
