#pragma once

#include "store/database.h"

#include <QSet>
#include <QString>

namespace Qadam {

/** Steps a bound statement until done, collecting the first column of every row as text. */
[[nodiscard]] inline Result<QSet<QString>> textSet(Statement &stmt)
{
    QSet<QString> texts;
    while (true) {
        auto row = stmt.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return texts;
        texts.insert(stmt.text(0));
    }
}

} // namespace Qadam
