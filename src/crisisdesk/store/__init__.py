"""Storage: schema, migrations and repository functions (SQLite by default, PostgreSQL)."""
