#include "casereportpdf.h"

#include "casereport.h"
#include "personlabels.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Qadam::CaseReportPdf {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF device
constexpr auto kFontFamily = "DejaVu Sans"; // Cyrillic with the Kazakh letters, on every Linux desktop
const QColor kInk(0x1f, 0x2a, 0x37);
const QColor kRule(0x8a, 0x96, 0xa3);

QString tr(const char *source, const char *comment = nullptr)
{
    // The context lupdate gives tr() in this namespace, so the .ts translations are found.
    return QCoreApplication::translate("Qadam::CaseReportPdf", source, comment);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kStyle = uR"(
body { color: #1f2a37; }
h1 { font-size: 17pt; font-weight: bold; margin-top: 2pt; margin-bottom: 2pt; color: #13243a; }
h2 { font-size: 11.5pt; font-weight: bold; margin-top: 14pt; margin-bottom: 5pt; color: #13243a; }
p.agency { font-size: 8pt; color: #4a5663; letter-spacing: 1px; margin-bottom: 0; }
p.subtitle { font-size: 9.5pt; color: #4a5663; margin-top: 0; margin-bottom: 8pt; }
p.note { font-size: 8pt; color: #4a5663; margin-top: 6pt; }
p.empty { font-size: 9pt; color: #4a5663; font-style: italic; }
table.grid { border-collapse: collapse; border-color: #8a96a3; }
th { background-color: #e4e9f0; font-weight: bold; text-align: left; font-size: 8.5pt; }
td { font-size: 9pt; vertical-align: top; }
td.key { background-color: #f3f5f8; font-weight: bold; }
span.sub { color: #4a5663; font-size: 8.5pt; }
span.detail { color: #4a5663; font-size: 8pt; font-style: italic; }
)"_s;

QString tableOpen(const QStringList &headings)
{
    QString html = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>"_s;
    for (const QString &h : headings)
        html += u"<th>"_s + esc(h) + u"</th>"_s;
    return html + u"</tr></thead>"_s;
}

/** The entry cell: title (bold at the top level), then its subtitle and detail on lines of their own. */
QString entryCell(const SectionRow &row)
{
    QString cell = QString(u"&nbsp;"_s).repeated(4 * row.depth);
    const QString title = esc(row.title.isEmpty() ? PersonLabels::entityText(row.entity) : row.title);
    cell += row.depth == 0 ? u"<b>"_s + title + u"</b>"_s : title;
    if (!row.subtitle.isEmpty())
        cell += u"<br/><span class=\"sub\">"_s + esc(row.subtitle) + u"</span>"_s;
    if (!row.detail.isEmpty())
        cell += u"<br/><span class=\"detail\">"_s + esc(row.detail) + u"</span>"_s;
    return cell;
}

QString factsTable(const QList<std::pair<QString, QString>> &facts)
{
    QString html = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const auto &[key, value] : facts)
        html += u"<tr><td class=\"key\" width=\"30%\">"_s + esc(key) + u"</td><td>"_s + value + u"</td></tr>"_s;
    return html + u"</table>"_s;
}

QString overviewTable(const CaseReportSection &section)
{
    QList<std::pair<QString, QString>> facts;
    for (const SectionRow &row : section.rows)
        facts.append({ row.title, esc(row.subtitle) });
    return factsTable(facts);
}

QString rowsTable(const CaseReportSection &section)
{
    const bool programme = section.key == u"programme";
    QStringList headings = { tr("Date"), tr("Entry"), tr("Status") };
    if (programme)
        headings = { tr("Item"), tr("Status"), tr("Progress") };
    QString html = tableOpen(headings);
    for (const SectionRow &row : section.rows) {
        const QString status = esc(row.statusText.isEmpty() ? row.status : row.statusText);
        html += u"<tr>"_s;
        if (programme) {
            const QString progress = row.progress >= 0 ? u"%1 %"_s.arg(row.progress) : u"—"_s;
            html += u"<td width=\"66%\">"_s + entryCell(row) + u"</td><td>"_s + status + u"</td><td align=\"right\">"_s
                + progress + u"</td>"_s;
        } else {
            html += u"<td width=\"14%\">"_s + esc(PersonLabels::dateText(row.date)) + u"</td><td width=\"60%\">"_s
                + entryCell(row) + u"</td><td>"_s + status + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString sectionHtml(int number, const CaseReportSection &section)
{
    QString html = u"<h2>%1. %2</h2>"_s.arg(number).arg(esc(section.title));
    if (section.withheld)
        return html + u"<p class=\"empty\">"_s + esc(tr("Not included: your role may not export this part of the case."))
            + u"</p>"_s;
    if (section.rows.isEmpty())
        return html + u"<p class=\"empty\">"_s + esc(tr("Nothing recorded.")) + u"</p>"_s;
    return html + (section.key == u"overview" ? overviewTable(section) : rowsTable(section));
}

QString exportedAtText(const CaseReport &report)
{
    const QDateTime at = report.exportedAt;
    const int minutes = at.offsetFromUtc() / 60;
    return at.toString(u"dd.MM.yyyy HH:mm"_s)
        + u" (UTC%1%2:%3)"_s.arg(minutes < 0 ? u"-"_s : u"+"_s)
              .arg(qAbs(minutes) / 60, 2, 10, QChar(u'0'))
              .arg(qAbs(minutes) % 60, 2, 10, QChar(u'0'));
}

QString titleBlock(const CaseReport &report)
{
    QString html = u"<p class=\"agency\">"_s
        + esc(tr("PROBATION SERVICE · ADMINISTRATIVE SUPERVISION", "DOMAIN glossary; printed in capitals")) + u"</p>"_s;
    html += u"<h1>"_s + esc(tr("Case report")) + u"</h1>"_s;
    html += u"<p class=\"subtitle\">"_s
        + esc(tr("Person under administrative supervision (Penal Enforcement Code, Art. 172)", "DOMAIN glossary"))
        + u"</p>"_s;
    QList<std::pair<QString, QString>> facts;
    if (!report.namesCyrillic.isEmpty() || !report.namesLatin.isEmpty())
        facts.append({ tr("Person"), u"<b>"_s + esc(report.namesCyrillic) + u"</b><br/>"_s + esc(report.namesLatin) });
    else
        facts.append({ tr("Person"), esc(tr("Names withheld: your role may not export them")) });
    facts.append({ tr("Case reference"), esc(report.personId) });
    if (!report.categories.isEmpty())
        facts.append({ tr("Categories"), esc(report.categories.join(u"; "_s)) });
    if (!report.caseStatusText.isEmpty())
        facts.append({ tr("Case status"), esc(report.caseStatusText) });
    facts.append({ tr("Prepared by"), esc(report.exportedByName) + u", "_s + esc(report.exportedByRole) });
    facts.append({ tr("Prepared on"), esc(exportedAtText(report)) });
    html += factsTable(facts);
    html += u"<p class=\"note\">"_s
        + esc(tr("This report is redacted for the role of the person who prepared it: parts and fields that role may "
                 "not export are left out. Counselling notes are never part of a report."))
        + u"</p>"_s;
    return html;
}

QFont font(qreal points, bool bold = false)
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No shaping for Cyrillic and Latin, so no ligatures: "officer" stays seven letters for search,
    // copy and screen readers instead of an "ffi" glyph.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

/** The running header and the footer watermark of page `page` (1-based) of `pages`. */
void paintFurniture(QPainter &painter, const QRectF &area, qreal band, const CaseReport &report, int page, int pages)
{
    painter.save();
    painter.setPen(QPen(kRule, kResolution / 120.0));
    const QRectF head(area.left(), area.top(), area.width(), band * 0.7);
    const QRectF foot(area.left(), area.bottom() - band * 0.7, area.width(), band * 0.7);
    painter.drawLine(head.bottomLeft(), head.bottomRight());
    painter.drawLine(foot.topLeft(), foot.topRight());
    painter.setPen(kInk);
    painter.setFont(font(7.5));
    painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
        u"Qadam · "_s + tr("Case report") + u" · "_s + tr("Ref. %1", "case reference").arg(report.reference));
    painter.setFont(font(7.5, true));
    painter.drawText(head, Qt::AlignRight | Qt::AlignVCenter, tr("FOR OFFICIAL USE", "printed in capitals"));
    painter.setFont(font(7.5));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, watermark(report));
    painter.setFont(font(7.5, true));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

} // namespace

QString watermark(const CaseReport &report)
{
    return tr("Exported by %1 (%2) on %3", "footer of every page: user, role, date and time")
        .arg(report.exportedByName, report.exportedByRole, exportedAtText(report));
}

QString html(const CaseReport &report)
{
    QString body = titleBlock(report);
    int number = 0;
    for (const CaseReportSection &section : report.sections)
        body += sectionHtml(++number, section);
    return u"<html><head><style>"_s + kStyle + u"</style></head><body>"_s + body + u"</body></html>"_s;
}

Result<QByteArray> render(const CaseReport &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 12, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(tr("Case report") + u' ' + report.reference); // no names in the metadata
    writer.setCreator(u"Qadam"_s);

    const QRectF area(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size());
    const qreal band = kResolution * 0.4; // header and footer bands, 10 mm each
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font(9));
    doc.setDocumentMargin(0);
    doc.setHtml(html(report));
    const QSizeF body(area.width(), area.height() - 2 * band);
    doc.setPageSize(body);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Storage, u"case report: the PDF device could not be painted on"_s);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        paintFurniture(painter, area, band, report, page + 1, pages);
        painter.save();
        painter.translate(0, band - page * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
    }
    painter.end();
    return bytes;
}

} // namespace Qadam::CaseReportPdf
