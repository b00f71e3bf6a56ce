"""Loading the shipped copy: idempotent, kind to editors' changes, clear on bad input."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from resources.loading import (
    ContentError,
    load_article,
    parse_article,
    shipped_articles,
)
from resources.models import Article, ArticleRevision, KeyPoint, Section, Source, Topic


def test_load_article_command_is_idempotent(db, capsys):
    call_command("load_article")
    call_command("load_article")
    out = capsys.readouterr().out
    assert "loaded (7 sections, 7 sources)" in out
    assert "unchanged (7 sections, 7 sources)" in out
    assert Article.objects.count() == 1
    assert Section.objects.count() == 7
    assert Source.objects.count() == 7
    assert KeyPoint.objects.count() == 5
    assert Topic.objects.count() == 5
    assert ArticleRevision.objects.count() == 1


def test_reloading_an_unchanged_copy_keeps_editors_changes(article):
    article.last_reviewed_on = "2027-01-01"
    article.save()
    load_article(shipped_articles()[0])
    article.refresh_from_db()
    assert str(article.last_reviewed_on) == "2027-01-01"


def test_forced_reload_restores_the_copy_and_keeps_the_edit_as_a_revision(article):
    Section.objects.filter(slug="bottom-line").update(body="Edited by an editor.")
    _, changed = load_article(shipped_articles()[0], force=True)
    assert changed
    assert "There are many gaps" in Section.objects.get(slug="bottom-line").body
    kept = ArticleRevision.objects.get(note="Before reloading the shipped copy")
    bottom = [s for s in kept.snapshot["sections"] if s["slug"] == "bottom-line"]
    assert bottom[0]["body"] == "Edited by an editor."


def test_topics_and_key_points_point_at_the_right_sections(article):
    ivig = Topic.objects.get(slug="ivig")
    assert ivig.key_point.section.slug == "therapies-for-miscarriage"
    assert "therapies-for-miscarriage" in {s.slug for s in ivig.sections.all()}
    assert "IV gammaglobulin" in ivig.term_list


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("no front matter\n## Heading\ntext", "expected front matter"),
        ("+++\ntitle = \n+++\n## H\ntext", "front matter:"),
        ('+++\ntitle = "x"\n+++\n## H\ntext', "front matter lacks slug"),
    ],
)
def test_malformed_copy_is_refused_with_where_it_went_wrong(tmp_path, content, message):
    path = tmp_path / "broken.md"
    path.write_text(content)
    with pytest.raises(ContentError, match=message):
        parse_article(path)


def test_text_before_the_first_heading_is_refused(tmp_path):
    good = shipped_articles()[0].read_text()
    path = tmp_path / "stray.md"
    front, body = good.split("+++\n")[1], good.split("+++\n")[2]
    path.write_text(f"+++\n{front}+++\nstray words\n{body}")
    with pytest.raises(ContentError, match="before the first"):
        parse_article(path)


def test_command_reports_a_missing_file_as_an_error(db):
    with pytest.raises(CommandError):
        call_command("load_article", Path("/nonexistent/article.md"))
