#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace Qadam {

void CsvWriter::row(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << field(cell);
    m_bytes += fields.join(u',').toUtf8();
    m_bytes += '\n';
}

QString CsvWriter::field(const QString &value)
{
    QString out = value;
    static const QString formulaStart = u"=+-@\t\r"_s;
    if (!out.isEmpty() && formulaStart.contains(out.front()))
        out.prepend(u'\'');
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
        out.replace(u"\""_s, u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

} // namespace Qadam
