"""events.fatalities_vague, event_mentions.fatalities_vague: the vague toll words

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 02:20:00

``Count.vague`` ("dozens", "hundreds", "several") was held in memory only, so the
stored ``fatalities_min`` of "dozens were killed" was the word's literal floor (24)
with nothing saying it came from a word, and the ACLED export could not apply
ACLED's figures (the ACLED FAQ codes "dozens" 12, "hundreds" 100). Rows stored
before this revision have no vague words (NULL): re-run the articles to fill them.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('events', 'event_mentions'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('fatalities_vague', sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in ('event_mentions', 'events'):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('fatalities_vague')
