#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "qadam.core")
