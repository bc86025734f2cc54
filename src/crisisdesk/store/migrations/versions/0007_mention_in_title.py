"""event_mentions.in_title: the evidence is the article's headline

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 07:40:00

Headlines are coded (issue 4): a mention coded from ``Article.title`` has its evidence,
trigger and span offsets into the title, not into ``Article.text``
(``Evidence.in_title``). Rows stored before this revision were all coded from the
text: false.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event_mentions') as batch:
        batch.add_column(sa.Column('in_title', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('event_mentions') as batch:
        batch.drop_column('in_title')
