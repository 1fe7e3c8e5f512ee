#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Qadam {

/**
 * Builds CSV text: UTF-8, LF line ends, RFC 4180 quoting (a field holding a comma, quote or line
 * break is quoted, quotes doubled), and formula-safe — a text field starting with =, +, -, @, a
 * tab or a carriage return gets a leading apostrophe, so a spreadsheet never runs it.
 */
class CsvWriter
{
public:
    /** Appends one row. */
    void row(const QStringList &cells);
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }

    /** One field as written. */
    [[nodiscard]] static QString field(const QString &value);

private:
    QByteArray m_bytes;
};

} // namespace Qadam
