"""Makes the sample registers in this folder: what a station keeps in Excel before it has
Station Desk, with good rows and the mistakes real registers have. Run it again after changing
it: `python tests/data/make_ledgers.py` (needs openpyxl).

Made up by us: no real person's data. The names are common ones, the phone numbers are in the
reserved-looking 1380000xxxx range, the units are "示例市" ones.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

VISITOR_HEADERS = ["序号", "档案编号", "姓名", "性别", "出生年月", "联系电话", "工作单位",
                   "所属行业", "建档日期", "责任咨询师"]
VISITORS = [
    # good rows
    [1, "2023-001", "张伟", "男", "1985-06", "13800001111", "示例市机械厂", "制造业",
     "2023-03-02", "林咨询师"],
    [2, "2023-002", "李娜", "女", "1990", "13800002222", "示例市快递公司", "快递物流",
     "2023/3/10", "何咨询师"],
    [3, "2023-003", "王芳", "女", "1978年5月", "13800003333", "示例市第一中学", "教育",
     "2023年4月1日", "林咨询师"],
    # bad rows
    [4, "2023-004", "刘洋", "男", "八五年", "13800004444", "示例市建工集团", "建筑业",
     "2023-04-08", "林咨询师"],
    [5, "2023-005", "陈静", "女", "1992", "138-0000-55x5", "示例市商场", "商贸服务",
     "2023-04-12", "何咨询师"],
    [6, "2023-006", "赵磊", "男", "1988", "13800006666", "示例市研究所", "航天",
     "2023-05-06", "何咨询师"],
    [7, "2023-002", "李娜", "女", "1990", "13800002222", "示例市快递公司", "快递物流",
     "2023/3/10", "何咨询师"],
    # good, without a number of its own: the app gives it one
    [8, "", "周敏", "女", "1992", "13800008888", "示例市环卫所", "环卫与物业", "2023-05-05",
     "林咨询师"],
    [9, "2023-009", "孙强", "男", "1980", "13800009999", "示例市公交公司", "交通运输",
     "2023-05-20", "钱老师"],
    [10, "2023-010", "", "女", "1995", "13800001010", "示例市医院", "医疗卫生", "2023-06-01",
     "林咨询师"],
    # the same worker registered twice (same name and phone): imported, with a warning
    [11, "2023-011", "张伟", "男", "1985", "138 0000 1111", "示例市机械厂", "制造业",
     "2023-06-15", "何咨询师"],
]

SESSION_HEADERS = ["序号", "咨询日期", "档案编号", "姓名", "咨询师", "咨询形式", "问题类型",
                   "风险等级", "简要情况"]
SESSIONS = [
    # good rows
    [1, "2024-01-08", "2023-001", "张伟", "林咨询师", "面谈", "工作压力", "低",
     "车间轮岗后压力大，入睡困难。"],
    [2, "2024/1/15", "2023-001", "张伟", "林咨询师", "面询", "工作压力、睡眠问题", "低风险", ""],
    [3, "2024年2月3日", "2023-002", "李娜", "何咨询师", "电话", "恋爱与婚姻", "无", ""],
    [4, dt.date(2024, 2, 20), "2023-003", "王芳", "林咨询师", "线上", "情绪低落", "中风险", ""],
    [5, "2024-03-05", "", "吴刚", "何咨询师", "面谈", "焦虑", "无", "首次来访，未建档。"],
    # bad rows
    [6, "2024-02-30", "2023-001", "张伟", "林咨询师", "面谈", "工作压力", "低", ""],
    [7, "2024-03-01", "2023-099", "", "林咨询师", "面谈", "焦虑紧张", "无", ""],
    [8, "2024-03-02", "2023-001", "张伟", "钱老师", "面谈", "工作压力", "低", ""],
    [9, "2024-01-08", "2023-001", "张伟", "林咨询师", "面谈", "工作压力", "低",
     "车间轮岗后压力大，入睡困难。"],
    [10, "2024-03-08", "2023-002", "王芳", "何咨询师", "电话", "恋爱与婚姻", "无", ""],
    [11, "2024-03-09", "2023-003", "王芳", "林咨询师", "面谈", "失恋", "低", ""],
    [12, "2024-03-10", "2023-001", "张伟", "林咨询师", "", "工作压力", "低", ""],
    [13, "2030-01-01", "2023-001", "张伟", "林咨询师", "面谈", "工作压力", "低", ""],
]

ACTIVITY_HEADERS = ["日期", "活动名称", "活动类型", "活动地点", "主办单位", "参与人数"]
ACTIVITIES = [
    [dt.date(2024, 3, 8), "女职工心理健康讲座", "讲座", "工人文化宫", "市总工会女工部", 120],
    ["2024-04-12", "快递小哥减压团辅", "团体辅导", "服务站团辅室", "示例市快递公司", "16人"],
    ["2024-05-20", "一线职工情绪管理沙龙", "沙龙", "服务站", "示例市机械厂", "约三十"],
    ["2024-06-01", "心理健康巡讲", "宣传", "示例市第一中学", "市教育工会", 80],
]


def _xlsx(path: Path, title: str, headers: list[str], rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append([title])  # the title row registers have above the header
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)


def _csv(path: Path, headers: list[str], rows: list[list[object]], encoding: str) -> None:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in row])


def main() -> None:
    _xlsx(HERE / "ledger_sessions.xlsx", "2024年心理咨询登记表", SESSION_HEADERS, SESSIONS)
    _csv(HERE / "ledger_sessions.csv", SESSION_HEADERS, SESSIONS, "utf-8-sig")
    _xlsx(HERE / "ledger_visitors.xlsx", "来访者信息登记表", VISITOR_HEADERS, VISITORS)
    _csv(HERE / "ledger_visitors_gbk.csv", VISITOR_HEADERS, VISITORS, "gbk")
    _xlsx(HERE / "ledger_activities.xlsx", "2024年团体活动登记表", ACTIVITY_HEADERS, ACTIVITIES)


if __name__ == "__main__":
    main()
