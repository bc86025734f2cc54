"""article_lsh_bands: the persisted near-duplicate (MinHash LSH) index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 17:40:00

One row per LSH band key of each latest article revision's MinHash signature, so a
new article finds its near-duplicate candidates with an indexed query. Articles
hashed before this revision (``articles.minhash`` set) get their band keys here.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'article_lsh_bands',
        sa.Column('bucket', sa.BigInteger(), nullable=False),
        sa.Column('article_id', sa.String(length=64), nullable=False),
        sa.Column('band', sa.SmallInteger(), nullable=False),
        sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('bucket', 'article_id'),
    )
    with op.batch_alter_table('article_lsh_bands') as batch_op:
        batch_op.create_index(batch_op.f('ix_article_lsh_bands_article_id'), ['article_id'], unique=False)
    _index_hashed_articles()


def _index_hashed_articles() -> None:
    from crisisdesk.consolidate.near_duplicates import band_rows

    conn = op.get_bind()
    articles = sa.table('articles', sa.column('article_id'), sa.column('minhash', sa.JSON()),
                        sa.column('published_at', sa.DateTime(timezone=True)), sa.column('is_latest', sa.Boolean()))
    bands = sa.table('article_lsh_bands', sa.column('bucket'), sa.column('article_id'), sa.column('band'),
                     sa.column('published_at'))
    rows = []
    query = sa.select(articles.c.article_id, articles.c.minhash, articles.c.published_at).where(
        articles.c.is_latest.is_(True), articles.c.minhash.is_not(None))
    for article_id, minhash, published_at in conn.execute(query):
        if minhash:
            rows += band_rows(article_id, minhash, published_at)
        if len(rows) >= 10000:
            conn.execute(sa.insert(bands), rows)
            rows = []
    if rows:
        conn.execute(sa.insert(bands), rows)


def downgrade() -> None:
    with op.batch_alter_table('article_lsh_bands') as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_lsh_bands_article_id'))
    op.drop_table('article_lsh_bands')
