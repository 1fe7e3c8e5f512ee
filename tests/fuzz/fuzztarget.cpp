// One libFuzzer binary per target (QADAM_FUZZ_TARGET names it): the entry function, and the
// target's seeds written into QADAM_FUZZ_SEED_DIR when that is set (tests/fuzz/run.sh).
#include "fuzzentries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace {

constexpr Qadam::Fuzz::Target kTarget = Qadam::Fuzz::Target::QADAM_FUZZ_TARGET;

void writeSeeds(const QString &folder)
{
    QDir().mkpath(folder);
    for (const QByteArray &seed : Qadam::Fuzz::seeds(kTarget)) {
        const QString name = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
        QFile f(QDir(folder).filePath(QStringLiteral("seed-") + name));
        if (f.open(QIODevice::WriteOnly))
            f.write(seed);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QByteArray folder = qgetenv("QADAM_FUZZ_SEED_DIR");
    if (!folder.isEmpty())
        writeSeeds(QString::fromLocal8Bit(folder));
    (void)Qadam::Fuzz::entry(kTarget)(nullptr, 0);  // builds the seeded world outside the per-input timeout
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return Qadam::Fuzz::entry(kTarget)(data, size);
}
