"""events.reported_by(_code), event_mentions.reported_by(_code): who reports an event

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 07:20:00

The speaker an event's sentence attributes it to ("the army said", "according to
residents") was kept only inside the evidence sentence, so analysts could not filter
on who says so, and the status ``asserted`` hid it. ``reported_by`` is the speaker as
written, ``reported_by_code`` the actor code it resolves to (``MLIMIL``). Rows stored
before this revision have NULL: re-run the articles to fill them (re-running replaces
an article's mentions, it does not duplicate them).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('events', 'event_mentions'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('reported_by', sa.Text(), nullable=True))
            batch.add_column(sa.Column('reported_by_code', sa.String(length=32), nullable=True))


def downgrade() -> None:
    for table in ('event_mentions', 'events'):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('reported_by_code')
            batch.drop_column('reported_by')
