import pytest

from resources.loading import load_article, load_support_organisations, shipped_articles


@pytest.fixture
def article(db):
    """The shipped evidence article, loaded as `make run` loads it."""
    (path,) = shipped_articles()
    load_support_organisations()
    return load_article(path)[0]
