"""What the command line says when something goes wrong, in the UI language.

A small catalogue of the generic reasons (file not found, disk full, file
locked, ...) keyed by kind, in English and Simplified Chinese, and the choice
of the UI language from the locale. The window translates through Qt; this
catalogue is for the command line until the two are merged, so keep it small
and keep every text here.

Pure: no Qt.
"""

from __future__ import annotations

import locale
import os

__all__ = ["LANGS", "TEXTS", "text", "ui_language", "normalize_language"]

LANGS = ("en", "zh_CN")

#: kind -> (English, Simplified Chinese). ``{folder}``, ``{command}``,
#: ``{row}``, ``{column}``, ``{n}`` and ``{message}`` are filled in by :func:`text`.
TEXTS: dict[str, tuple[str, str]] = {
    # generic reasons, after "gzmap <command>: <file>: "
    "missing": ("file not found", "找不到文件"),
    "folder": ("is a folder, not a file", "这是一个文件夹，不是文件"),
    "empty": ("the file is empty (0 bytes)", "文件是空的（0 字节）"),
    "permission": ("permission denied: you may not open this file or write in its folder",
                   "没有权限：不能打开此文件，或不能在它所在的文件夹中写入"),
    "read_only_file": ("the file is read-only; choose another file name or make the file writable",
                       "文件是只读的；请换一个文件名，或先取消文件的只读属性"),
    "read_only_fs": ("the disk is read-only (read-only file system); write to another folder",
                     "磁盘是只读的（只读文件系统）；请写到其他文件夹"),
    "disk_full": ("the disk is full; free some space or write to another disk",
                  "磁盘已满；请腾出空间，或写到其他磁盘"),
    "locked": ("the file is locked by another program; close that program and try again",
               "文件被其他程序锁定；请关闭该程序后重试"),
    "format": ("unknown or unsupported file format, or a damaged file",
               "未知或不支持的文件格式，或文件已损坏"),
    "shapefile_part": ("the shapefile is incomplete: its .shx or .dbf file is missing beside it",
                       "Shapefile 不完整：同一文件夹中缺少它的 .shx 或 .dbf 文件"),
    "no_folder": ("the folder {folder} does not exist; create it or choose another folder",
                  "文件夹 {folder} 不存在；请先创建，或选择其他文件夹"),
    "not_folder": ("{folder} is not a folder", "{folder} 不是文件夹"),
    "memory": ("not enough memory to finish; close other programs or use a smaller file",
               "内存不足，无法完成；请关闭其他程序，或使用较小的文件"),
    "write_failed": ("could not be written; run again with --debug for the details",
                     "无法写入；加 --debug 重新运行可查看详情"),
    "unexpected": ("could not be processed because of an unexpected problem; run again with --debug "
                   "for the details", "因意外问题无法处理；加 --debug 重新运行可查看详情"),
    # framing
    "cancelled": ("cancelled", "已取消"),
    "warning": ("warning: {message}", "警告：{message}"),
    "detail": ("details: {message}", "详情：{message}"),
    "usage": ("{message}; see '{command} --help'", "{message}；用法见 '{command} --help'"),
    "row": (", row {row}", "，第 {row} 行"),
    "column": (", column {column!r}", "，列 {column!r}"),
    # command results
    "unmatched_rows": ("{n} row(s) match no region", "{n} 行没有匹配到地区"),
    "unusable_values": ("{n} problem(s) with values (--strict)", "{n} 个数值问题（--strict）"),
}


def normalize_language(lang: str | None) -> str:
    """``'zh_CN'`` for any Chinese locale or language name (zh, zh_CN.UTF-8, zh-Hans, Chinese_China), else ``'en'``."""
    value = (lang or "").strip().lower()
    return "zh_CN" if value.startswith(("zh", "chinese")) else "en"


def ui_language(environ=None) -> str:
    """The UI language of the command line from the locale: ``'zh_CN'`` or ``'en'``.

    The first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (the POSIX order)
    decides; with none set (Windows), the process locale does.
    """
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return normalize_language(value)
    if environ is None:
        try:
            return normalize_language(locale.getlocale()[0])
        except (ValueError, TypeError):
            return "en"
    return "en"


def text(kind: str, lang: str = "en", **values) -> str:
    """The text of ``kind`` in ``lang`` (English for any language but Chinese), with ``values`` filled in."""
    en, zh = TEXTS[kind]
    template = zh if normalize_language(lang) == "zh_CN" else en
    return template.format(**values) if values else template
