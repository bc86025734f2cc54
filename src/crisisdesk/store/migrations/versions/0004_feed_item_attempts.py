"""feed_items.attempts, last_reason, last_attempt_at: why an item was not fetched

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 02:10:00

A feed item whose page fetch failed was either left pending without a trace or
marked processed like a fetched one, so the next run said "all fetched before". The
attempt count and the last Reject reason let a passing failure (timeout, 5xx, 429)
be retried with its count recorded, and a lasting one (robots, 4xx) be reported as
"rejected before (reason)". Existing rows: 0 attempts, no reason (unknown).
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('feed_items') as batch:
        batch.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('last_reason', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('last_attempt_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feed_items') as batch:
        batch.drop_column('last_attempt_at')
        batch.drop_column('last_reason')
        batch.drop_column('attempts')
