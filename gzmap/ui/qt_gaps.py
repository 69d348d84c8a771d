"""Qt's own words that Qt's Chinese catalogue lacks, so that stock dialogs speak one language.

Qt 6 renamed some strings of its file dialog (``&Look in:``, ``Files of &type:``)
and its ``qtbase_zh_CN.qm`` still translates the old ones, so the Chinese file
dialog says "Look in:". These marks put the missing ones in GZMap's catalogue
(group ``qt_gaps``) under Qt's own contexts; :func:`gzmap.ui.i18n.install`
installs GZMap's catalogues after Qt's, so they fill the gaps.
"""

from __future__ import annotations

from gzmap.core.i18n import QT_TRANSLATE_NOOP

#: (context, source) of Qt strings seen untranslated in the Chinese window.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
)
