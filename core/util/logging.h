#pragma once

#include <QLoggingCategory>

/** The core library's one logging category. Never log names, notes, tokens or keys. */
Q_DECLARE_LOGGING_CATEGORY(lcCore)
