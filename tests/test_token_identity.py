"""spaCy tokens are compared by value, never by identity (found in session 20: a climb to
the root on ``tok.head is not tok`` never ended on a verbless sentence).

spaCy builds a new ``Token`` object at each access (``doc[0] is doc[0]`` is False, and
``tok.head is tok`` is False even at the root), so ``is`` / ``is not`` between tokens
never (or always) holds; ``a.i == b.i`` (one doc) or ``a == b`` (same doc and index) is
what such a check means. The guard below scans the package's source with :mod:`ast` for
``is`` / ``is not`` with a token attribute (``.head``, ``.root``, ``.left_edge``,
``.right_edge``) on either side and anything but ``None`` on the other."""

from __future__ import annotations

import ast
from pathlib import Path

from crisisdesk.coding.coder import _own_clause_text

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "crisisdesk"

#: Attributes that hold a spaCy ``Token`` (``Token.head``, ``Span.root``, ``Token.left_edge``, ...).
TOKEN_ATTRIBUTES = frozenset({"head", "root", "left_edge", "right_edge"})


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _token_attribute(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr in TOKEN_ATTRIBUTES


def identity_on_tokens(source: str) -> list[int]:
    """Line numbers of ``is`` / ``is not`` comparisons in ``source`` (Python text) where
    one operand is a token attribute (:data:`TOKEN_ATTRIBUTES`) and the other is not the
    constant ``None``; chained comparisons are checked pair by pair."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:]):
            if isinstance(op, (ast.Is, ast.IsNot)) and not (_is_none(left) or _is_none(right)) \
                    and (_token_attribute(left) or _token_attribute(right)):
                lines.append(node.lineno)
    return sorted(lines)


def test_the_guard_flags_identity_between_tokens_and_spares_none_tests():
    source = ("while tok.head is not tok:\n    tok = tok.head\n"
              "if right is span.right_edge or span.root is verb:\n    pass\n"
              "if tok.head is None or None is not span.root or tok.head.i == tok.i:\n    pass\n")
    assert identity_on_tokens(source) == [1, 3, 3]


def test_no_token_is_compared_by_identity_in_the_package():
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}" for path in sorted(PACKAGE.rglob("*.py"))
             for line in identity_on_tokens(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_own_clause_text_leaves_out_the_coordinator_of_its_verb(annotator):
    doc = annotator.nlp("No convoy was attacked but the drivers stayed home.")
    assert _own_clause_text(doc[1]) == "No convoy was attacked"
