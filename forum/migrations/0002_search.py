"""Full-text search indexes: a GIN index on PostgreSQL, an FTS5 table on SQLite."""

from django.db import migrations

POSTGRES_FORWARD = [
    # Must match forum.search's SearchVector("body", config="english") exactly.
    "CREATE INDEX IF NOT EXISTS post_body_fts ON forum_post "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(body, '')))",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS post_body_fts"]

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE forum_post_fts USING fts5("
    "body, content='forum_post', content_rowid='id', tokenize='porter unicode61')",
    "INSERT INTO forum_post_fts(rowid, body) SELECT id, body FROM forum_post",
    "CREATE TRIGGER forum_post_fts_ai AFTER INSERT ON forum_post BEGIN "
    "INSERT INTO forum_post_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER forum_post_fts_ad AFTER DELETE ON forum_post BEGIN "
    "INSERT INTO forum_post_fts(forum_post_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER forum_post_fts_au AFTER UPDATE OF body ON forum_post BEGIN "
    "INSERT INTO forum_post_fts(forum_post_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); "
    "INSERT INTO forum_post_fts(rowid, body) VALUES (new.id, new.body); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS forum_post_fts_au",
    "DROP TRIGGER IF EXISTS forum_post_fts_ad",
    "DROP TRIGGER IF EXISTS forum_post_fts_ai",
    "DROP TABLE IF EXISTS forum_post_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor, [])
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("forum", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
