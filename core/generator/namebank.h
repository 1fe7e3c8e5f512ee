#pragma once

#include <QString>

namespace Qadam {

class SeededRandom;

/** Whose naming customs a synthetic person follows. */
enum class Ethnicity { Kazakh, Russian };
/** Grammatical sex of a name form (surname and patronymic endings). */
enum class Sex { Female, Male };

/** A full name in Cyrillic with its Latin spelling, as the Person name fields hold it. */
struct PersonName
{
    QString surnameCyr;
    QString givenNameCyr;
    QString patronymicCyr;
    QString surnameLat;
    QString givenNameLat;
    QString patronymicLat;
};

/** What siblings share: the family surname (masculine form) and the father's given name. */
struct Family
{
    Ethnicity ethnicity = Ethnicity::Kazakh;
    QString surname;
    QString father;
    bool kazakhPatronymic = true; ///< -ұлы/-қызы rather than Russian-style -ович/-овна
};

/**
 * Real, common Kazakh and Russian surnames, given names and patronymic forms for synthetic people
 * (combined at random, so no generated person is a real one), and the Latin spelling used in
 * Kazakhstan passports: BGN/PCGN-style with е → ye after a vowel or at the start of a word, й → i
 * inside a word and y at its end, and Kazakh letters to their base Latin letters
 * (Жұмабаев → Zhumabayev, Сейткали → Seitkali, Нұрланұлы → Nurlanuly, Соловьёв → Solovyov).
 * Stateless; thread-safe.
 */
class NameBank
{
public:
    [[nodiscard]] static Family family(SeededRandom &rng, Ethnicity ethnicity);
    /** A member of `family`: a given name drawn for `sex`, surname and patronymic in that sex's form. */
    [[nodiscard]] static PersonName member(SeededRandom &rng, const Family &family, Sex sex);
    /** A name for a staff user: "Given Surname" in Cyrillic. */
    [[nodiscard]] static QString staffDisplayName(SeededRandom &rng);

    /** Passport-style Latin spelling of a Cyrillic (Kazakh or Russian) name. */
    [[nodiscard]] static QString transliterate(const QString &cyrillic);
    /** The feminine form of a masculine surname (Ахметов → Ахметова, Жұмабайұлы → Жұмабайқызы). */
    [[nodiscard]] static QString surnameForm(const QString &masculine, Sex sex);
    /** The patronymic from a father's given name in the family's style; empty if it has none. */
    [[nodiscard]] static QString patronymic(const Family &family, Sex sex);
};

} // namespace Qadam
