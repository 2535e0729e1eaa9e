"""The printing screens' wording as (zh, en) pairs, picked in the running language.

Kept here rather than in the Qt catalogues so the printing screens ship complete in both
languages without touching the shared .ts files; `i18n.pick` chooses like everywhere else."""

from __future__ import annotations

from station_desk.ui.i18n import pick

TEXTS: dict[str, tuple[str, str]] = {
    "section": ("打印", "Print"),
    "document": ("文件", "Document"),
    "file_no": ("档案编号", "File number"),
    "file_hint": ("留空：最近查看的档案", "empty: the file you saw last"),
    "session_no": ("辅导次数", "Session"),
    "latest": ("最近一次", "latest"),
    "month": ("月份", "Month"),
    "ledger": ("台账", "Register"),
    "form": ("表单", "Form"),
    "all": ("全部", "All"),
    "preview": ("预览", "Preview"),
    "print": ("打印…", "Print…"),
    "save": ("另存为 PDF…", "Save as PDF…"),
    "watermark": ("加水印（打印人姓名）", "Watermark with my name"),
    "zoom": ("缩放", "Zoom"),
    "fit": ("适合宽度", "Fit width"),
    "pages": ("共 %1 页", "%1 pages"),
    "no_doc": ("选择文件类型后点“预览”。预览不编号；打印或保存时生成文件编号并记入审计日志。",
               "Choose a document and press Preview. A preview has no number; printing or "
               "saving gives the copy a number and records it in the audit trail."),
    "save_title": ("另存为 PDF", "Save as PDF"),
    "save_warning": (
        "PDF 文件不加密：保存后，任何能打开该文件夹的人都能阅读其中内容。\n\n"
        "• 只保存到本机或单位加密的位置，不要存入 U 盘、网盘或聊天软件；\n"
        "• 用完请删除；\n"
        "• 本次保存将连同文件编号和保存位置记入审计日志。\n\n确定要保存吗？",
        "A PDF is not encrypted: once saved, anyone who can open the folder can read it.\n\n"
        "• Save only to this PC or an encrypted location, never to a USB stick, cloud drive "
        "or chat app;\n• delete it when done;\n• this save, with its document number and "
        "location, goes into the audit trail.\n\nSave anyway?"),
    "saved": ("已保存：%1（%2 页，文件编号 %3）。", "Saved: %1 (%2 pages, document number %3)."),
    "printed": ("已发送到打印机（%1 页，文件编号 %2）。",
                "Sent to the printer (%1 pages, document number %2)."),
    "print_failed": ("打印未完成：%1", "Printing did not complete: %1"),
    "printer_refused": ("无法开始打印（打印机不可用）。", "Could not start printing "
                        "(the printer is not available)."),
    "pdf_filter": ("PDF 文件 (*.pdf)", "PDF files (*.pdf)"),
    "print_title": ("打印", "Print"),
    "close": ("关闭", "Close"),
}


def t(key: str, *values: object) -> str:
    text = pick(TEXTS[key])
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
