"""newslint's built-in rules, one family per package, one rule per module.

Each family package registers its rules with the ``newslint_rules`` hook and
is listed under the ``newslint`` entry-point group in ``pyproject.toml``,
exactly as a third-party rule package would be.
"""
