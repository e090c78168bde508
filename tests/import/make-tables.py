#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the tables test-import reads into OUTDIR, as the programs people use would: an XLSX by
openpyxl (Excel's format), an ODS by odfpy (LibreOffice's), a DOCX with a CPD table after a
table of the member's details (as BACP's and NCPS's templates are), CSV in Windows-1252 with
semicolons, and files that are not what their names say."""

import datetime
import sys
import zipfile
from pathlib import Path

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

# XLSX: a title line, a blank row, messy headers; real date cells, an hours number, a time cell,
# "1:30" as text, an empty duration, an empty row, a row that repeats an earlier one.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "CPD log"
ws.append(["CPD RECORD — Jane Doe, MBACP"])
ws.append([])
ws.append(["Date", "Course / Activity", "CPD Hours", "Provider", "Type",
           "What I learned", "How it changed my practice"])
ws.append([datetime.datetime(2025, 1, 14), "Working with shame", 6, "Metanoia",
           "Workshop", "Shame and silence", "I wait longer"])
ws.append([datetime.datetime(2025, 2, 3), "Attachment reading", "1:30", "", "Reading", "", ""])
ws.append([datetime.datetime(2025, 3, 10), "Ethics webinar", None, "BACP", "Webinar", "", ""])
ws.append([])
ws.append(["12/04/2025", "Peer case discussion", datetime.time(1, 30), "", "Peer", "", ""])
ws.cell(row=8, column=3).number_format = "h:mm"
ws.append([datetime.datetime(2025, 1, 14), "Working with shame", 6, "Metanoia", "Workshop",
           "", ""])
wb.create_sheet("Second sheet").append(["Date", "Hours", "Title"])
wb.save(out / "cpd.xlsx")

# ODS: a supervision log with a title row, date cells, minutes as numbers, a group.
doc = OpenDocumentSpreadsheet()
table = Table(name="Supervision")


def row(*cells):
    tr = TableRow()
    for cell in cells:
        if isinstance(cell, datetime.date):
            tc = TableCell(valuetype="date", datevalue=cell.isoformat())
            tc.addElement(P(text=cell.strftime("%d/%m/%Y")))
        elif isinstance(cell, (int, float)):
            tc = TableCell(valuetype="float", value=cell)
            tc.addElement(P(text=str(cell)))
        elif cell is None:
            tc = TableCell()
        else:
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=cell))
        tr.addElement(tc)
    table.addElement(tr)


row("Clinical supervision 2025")
row("Session date", "Supervisor", "Length (mins)", "No. in group", "Mode", "Client hours",
    "Notes")
row(datetime.date(2025, 1, 8), "Ann Smith", 90, None, "Zoom", 12, "Client A ending")
row(datetime.date(2025, 2, 5), "Ann Smith", 60, 4, "In person", None, "Group: ruptures")
row(datetime.date(2025, 3, 5), "Ann Smith", None, None, "Phone", None, "No length")
row(None, None, None, None, None, None, None)
doc.spreadsheet.addElement(table)
doc.save(str(out / "supervision.ods"))

# DOCX: a details table first (no header Ethos knows), then the CPD record table.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def tc(text):
    runs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>"
                   for line in text.split("\n"))
    return f"<w:tc>{runs or '<w:p/>'}</w:tc>"


def tbl(rows):
    return "<w:tbl>" + "".join("<w:tr>" + "".join(tc(c) for c in r) + "</w:tr>"
                               for r in rows) + "</w:tbl>"


body = (f"<w:p><w:r><w:t>CPD Record</w:t></w:r></w:p>"
        + tbl([["Name", "Jane Doe"], ["Membership number", "123456"]])
        + "<w:p/>"
        + tbl([["Date(s)", "Title of activity", "Hours", "Type of CPD", "Reflection"],
               ["14 Jan 2025", "Trauma-informed practice", "6 hrs", "Course",
                "Pacing\nmatters"],
               ["5/2/25", "Supervision skills", "2h", "Seminar", ""],
               ["", "", "", "", ""]]))


def write_docx(name, body):
    with zipfile.ZipFile(out / name, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.'
                   'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
                   '</w:body></w:document>')


write_docx("cpd.docx", body)


# DOCX from a form: a row, and two cells of another, inside content controls (w:sdt, as a
# repeating section wraps them), and a header cell merged across two columns.
def sdt(content):
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>"


merged = ('<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
          '<w:p><w:r><w:t>Notes</w:t></w:r></w:p></w:tc>')
write_docx("form.docx",
           "<w:tbl>"
           + "<w:tr>" + tc("Date") + tc("Title of activity") + merged + tc("Hours") + "</w:tr>"
           + sdt("<w:tr>" + tc("3 Mar 2025") + tc("Ethics day") + tc("Boundaries") + tc("")
                 + tc("5") + "</w:tr>")
           + "<w:tr>" + sdt(tc("4 Apr 2025") + tc("Reading group")) + tc("") + tc("")
           + tc("2") + "</w:tr>"
           + "</w:tbl>")

# CSV as Excel writes it on Windows: Windows-1252, semicolons, CRLF, a quoted newline.
csv = ("Date;Supervisor;Duration;Reflection\r\n"
       "14/01/2025;Siân Évans;1:30;\"Café talk;\r\nand more\"\r\n"
       "21/01/2025;Siân Évans;90;\r\n")
(out / "supervision-1252.csv").write_bytes(csv.encode("cp1252"))

# Bad files.
(out / "not-really.xlsx").write_text("Date,Hours\n2025-01-01,1\n")
(out / "no-header.csv").write_text("a,b,c\n1,2,3\n4,5,6\n")
(out / "empty.csv").write_text("")
openpyxl.Workbook().save(out / "empty-sheet.xlsx")
empty = OpenDocumentSpreadsheet()
empty.spreadsheet.addElement(Table(name="Sheet1"))
empty.save(str(out / "empty-sheet.ods"))
(out / "notes.pdf").write_text("%PDF-1.4")
