"""UI: leftover interface strings.  The furniture of a page kept by a scraper:
player labels, sharing buttons, comment notices, menus, timestamps, credits."""
from newslint.hookspecs import hookimpl

from .layout import OutsideBody
from .repetition import MenuRun, RecurringLine, RepeatedLine
from .strings import InterfaceString
from .structure import Counter, CreditLine, SeparatorLine, Timestamp


@hookimpl
def newslint_rules():
    return [InterfaceString, Timestamp, Counter, CreditLine, SeparatorLine, RepeatedLine, MenuRun, RecurringLine, OutsideBody]
