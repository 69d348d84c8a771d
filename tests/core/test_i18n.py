"""Pure code translates through the window's catalogues (gzmap.core.i18n)."""

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import language
from gzmap.core.i18n import translate
from gzmap.core.i18n import translator


def test_marked_text_is_translated_from_the_catalogue():
    legend = QT_TRANSLATE_NOOP("HtmlExport", "Legend")
    assert legend == "Legend"
    assert translate("HtmlExport", legend, "zh_CN") == "图例"
    assert translate("HtmlExport", legend, "en") == "Legend"
    assert translator("Fields", "zh-CN")("Employees") == "从业人员"


def test_values_fill_placeholders_after_lookup_and_are_never_a_format_string():
    text = QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}' has no features; exported as an empty layer.")
    out = translate("HtmlExport", text, "zh_CN", layer="{0.__class__} {{7*7}}")
    assert out == "图层“{0.__class__} {{7*7}}”没有要素，已导出为空图层。"


def test_unknown_text_falls_back_to_the_english_source():
    assert translate("Nowhere", "Something new", "zh_CN") == "Something new"


def test_language_tags():
    assert [language(x) for x in ("zh", "zh_CN.UTF-8", "zh-TW", "ZH", "en_US", None, "")] == [
        "zh_CN",
        "zh_CN",
        "zh_CN",
        "zh_CN",
        "en",
        "en",
        "en",
    ]
