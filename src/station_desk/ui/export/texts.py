"""The export and union screens' wording as (zh, en) pairs, picked in the running language.

Kept beside the screens, as the printing screens do, so they ship complete in both languages
without touching the shared Qt catalogues."""

from __future__ import annotations

from station_desk.ui.i18n import arg, pick

TEXTS: dict[str, tuple[str, str]] = {
    "section": ("统计上报", "Statistics"),
    "page_title": ("向市总工会报送匿名统计", "Anonymous statistics for the city union"),
    "page_intro": (
        "数据包只含汇总计数：没有姓名、电话、档案编号、记录内容，日期不细于月份。"
        "少于 k 的计数及可据以推算它们的数值一律隐去（显示为 x）。导出前可逐表预览，"
        "导出会记入审计日志。",
        "A package holds counts only: no names, phone numbers, file numbers or notes, and no "
        "date finer than a month. Counts below k, and any figure they could be worked out "
        "from, are withheld (shown as x). Every table can be previewed first; the export is "
        "recorded in the audit trail."),
    "fingerprint": ("本站签名公钥指纹（市总工会登记时核对）：", "This station's key fingerprint "
                    "(read it to the union when registering):"),
    "start": ("导出统计数据包…", "Export a statistics package…"),
    "history": ("以往导出", "Earlier exports"),
    "wizard_title": ("导出匿名统计数据包", "Export anonymous statistics"),
    "period_title": ("选择统计期间", "Choose the period"),
    "period_sub": ("按月、季度或年度导出；阈值 k 不得小于 3。",
                   "A month, a quarter or a year; the threshold k is at least 3."),
    "kind": ("期间类型", "Period"),
    "month": ("月度", "Month"),
    "quarter": ("季度", "Quarter"),
    "year": ("年度", "Year"),
    "year_label": ("年份", "Year"),
    "which": ("月份/季度", "Month / quarter"),
    "k": ("阈值 k", "Threshold k"),
    "preview_title": ("预览：各表将按此原样报送", "Preview: every table exactly as it leaves"),
    "preview_sub": ("x 表示为保护隐私而隐去的数值。检查无误后点“下一步”。",
                    "x marks a withheld figure. Check the tables, then press Next."),
    "summary": ("%1 · %2 · k = %3 · 共 %4 张表，隐去 %5 个单元格（少于 k：%6，防推算：%7）。",
                "%1 · %2 · k = %3 · %4 tables, %5 cells withheld (below k: %6, to prevent "
                "recomputation: %7)."),
    "write_title": ("写出数据包", "Write the package"),
    "write_sub": ("数据包由本站密钥签名；请通过单位规定的渠道交市总工会。",
                  "The package is signed with the station's key; send it to the union the "
                  "way your organisation prescribes."),
    "file": ("保存到", "Save to"),
    "browse": ("浏览…", "Browse…"),
    "save_title": ("保存统计数据包", "Save the statistics package"),
    "zip_filter": ("统计数据包 (*.zip)", "Statistics package (*.zip)"),
    "no_file": ("请选择保存位置。", "Choose where to save the package."),
    "written": ("数据包已写出：\n%1\n\nSHA-256：%2\n签名公钥指纹：%3",
                "Package written:\n%1\n\nSHA-256: %2\nKey fingerprint: %3"),
    "item": ("项目", "Item"),
    "legend": ("为保护隐私不公布：少于 k 的计数，或可据以推算它的数值。",
               "Withheld: a count below k, or a figure it could be worked out from."),
    "range": ("含服务站隐去的数值：真实值在此范围内。",
              "Includes figures stations withheld: the true value lies in this range."),
    # union window
    "union_title": ("市总工会 · 统计数据包汇总", "City union · merging statistics packages"),
    "registry": ("登记册文件夹", "Registry folder"),
    "choose": ("选择…", "Choose…"),
    "stations": ("已登记服务站", "Registered stations"),
    "register": ("登记公钥文件…", "Register a key file…"),
    "code": ("工会代码", "Union code"),
    "station": ("服务站", "Station"),
    "print": ("指纹", "Fingerprint"),
    "registered_on": ("登记日期", "Registered"),
    "result": ("结果", "Result"),
    "reason": ("原因", "Reason"),
    "refused": ("拒收", "Refused"),
    "key_filter": ("服务站公钥 (*.key *.json);;所有文件 (*)",
                   "Station key (*.key *.json);;All files (*)"),
    "registered": ("已登记 %1（%2）\n指纹：%3\n请与服务站电话核对指纹。",
                   "Registered %1 (%2)\nFingerprint: %3\nCheck it with the station by phone."),
    "inputs": ("要汇总的数据包", "Packages to merge"),
    "add_files": ("添加数据包…", "Add packages…"),
    "add_folder": ("添加文件夹…", "Add a folder…"),
    "clear": ("清空", "Clear"),
    "period": ("统计期间（可留空）", "Period (optional)"),
    "period_hint": ("如 2026-10、2026-Q3、2026", "e.g. 2026-10, 2026-Q3, 2026"),
    "out": ("报告输出文件夹", "Report folder"),
    "merge": ("核验并汇总", "Check and merge"),
    "working": ("正在核验和汇总…", "Checking and merging…"),
    "results": ("核验结果", "Checks"),
    "reporting": ("报送情况", "Who reported"),
    "tables": ("汇总表", "City tables"),
    "done": ("统计期间 %1：采用 %2 个，拒收 %3 个，未报送 %4 站。报告已写入：%5",
             "Period %1: %2 accepted, %3 refused, %4 stations missing. Report written to: %5"),
    "need_registry": ("请先选择登记册文件夹。", "Choose the registry folder first."),
    "need_inputs": ("请添加要汇总的数据包。", "Add the packages to merge."),
    "need_out": ("请选择报告输出文件夹。", "Choose the report folder."),
}


def t(key: str, *values: object) -> str:
    text = pick(TEXTS[key])
    return arg(text, *values) if values else text
