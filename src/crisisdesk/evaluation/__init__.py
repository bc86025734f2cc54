"""Evaluation: scoring crisisdesk against data nobody on the project wrote.

- :mod:`.gold`: article-level gold files (required-event recall, spurious events, fields);
- :mod:`.acled`: ACLED export notes coded as articles;
- :mod:`.case2021`: CASE 2021 Task 2 snippets (weighted F1);
- :mod:`.plover`: PLOVER gold standard records;
- :mod:`.consolidation`: false merges when ACLED notes are consolidated;
- :mod:`.metrics`, :mod:`.actors`: the shared arithmetic and actor matching rules;
- :mod:`.system`: the pipeline under test; :mod:`.runner`: one function per kind;
- :mod:`.history`: the ``eval_runs`` table; :mod:`.report`: tables and Markdown.
"""
