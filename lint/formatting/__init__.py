"""Report formats.  Each is a :class:`~newslint.formatting.base.Formatter`
plugin; the built-in ones are registered by :mod:`newslint.formatting.builtin`."""
