"""event_mentions.place: the whole resolved Place as JSON

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 15:10:00

The flat columns (place_name, geonames_id, country, admin1, admin2, lat, lon,
geo_precision) stay for queries; ``place`` keeps every Place field (feature code,
admin1 code, ISO 3166-2, the toponym's span) so a stored mention reads back whole.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event_mentions') as batch:
        batch.add_column(sa.Column('place', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event_mentions') as batch:
        batch.drop_column('place')
