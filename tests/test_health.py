import pytest
from django.db import DatabaseError


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_fails(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def fail(self, sql, params=None):
        raise DatabaseError("down")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    response = client.get("/healthz")
    assert response.status_code == 503
