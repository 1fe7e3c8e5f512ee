#include "namebank.h"

#include "seededrandom.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

// ---- The bank: common names only, combined at random ----

const QStringList kKazakhSurnames = {
    u"Жұмабаев"_s,
    u"Ахметов"_s,
    u"Омаров"_s,
    u"Сейітов"_s,
    u"Нұрпейісов"_s,
    u"Әбенов"_s,
    u"Бекмағамбетов"_s,
    u"Сұлтанов"_s,
    u"Қасымов"_s,
    u"Төлеуов"_s,
    u"Есенов"_s,
    u"Ермеков"_s,
    u"Мұқанов"_s,
    u"Ысқақов"_s,
    u"Әлиев"_s,
    u"Байжанов"_s,
    u"Жақсылықов"_s,
    u"Серікбаев"_s,
    u"Құрманов"_s,
    u"Ибраев"_s,
    u"Садықов"_s,
    u"Әбдірахманов"_s,
    u"Оспанов"_s,
    u"Сәрсенбаев"_s,
    u"Дүйсенов"_s,
    u"Жүнісов"_s,
    u"Қалиев"_s,
    u"Бектұров"_s,
    u"Рахимов"_s,
    u"Исаев"_s,
    u"Мамытов"_s,
    u"Әміров"_s,
    u"Тұрсынов"_s,
    u"Мұхамеджанов"_s,
    u"Кенжебаев"_s,
    u"Айтбаев"_s,
    u"Шәріпов"_s,
    u"Бейсенов"_s,
    u"Тәжібаев"_s,
    u"Смағұлов"_s,
    u"Асанов"_s,
    u"Өтебаев"_s,
    u"Нұрғалиев"_s,
    u"Ержанов"_s,
    u"Абдуллаев"_s,
    u"Мырзахметов"_s,
    u"Жолдасбеков"_s,
    u"Қожахметов"_s,
    u"Бекішев"_s,
    u"Тоқтаров"_s,
    u"Иманғалиев"_s,
    u"Ғабдуллин"_s,
    u"Әбілқасымов"_s,
    u"Ахмедиев"_s,
    u"Сейткали"_s,
    u"Әбдіғали"_s,
    u"Жұмағали"_s,
    u"Нұрали"_s,
    u"Бекқали"_s,
    u"Сейілбек"_s,
    u"Жұмабайұлы"_s,
    u"Серікұлы"_s,
    u"Тілеубай"_s,
    u"Әбдіқадыр"_s,
};

const QStringList kKazakhMale = {
    u"Нұрлан"_s,
    u"Серік"_s,
    u"Қайрат"_s,
    u"Ерлан"_s,
    u"Асхат"_s,
    u"Бауыржан"_s,
    u"Дәурен"_s,
    u"Ержан"_s,
    u"Мұрат"_s,
    u"Тимур"_s,
    u"Арман"_s,
    u"Айдос"_s,
    u"Ерболат"_s,
    u"Жандос"_s,
    u"Нұрсұлтан"_s,
    u"Дамир"_s,
    u"Алмас"_s,
    u"Бекзат"_s,
    u"Ерасыл"_s,
    u"Мақсат"_s,
    u"Азамат"_s,
    u"Ринат"_s,
    u"Руслан"_s,
    u"Самат"_s,
    u"Талғат"_s,
    u"Ғалым"_s,
    u"Әли"_s,
    u"Абылай"_s,
    u"Әділет"_s,
    u"Данияр"_s,
    u"Ақылбек"_s,
    u"Ербол"_s,
    u"Берік"_s,
    u"Марат"_s,
    u"Болат"_s,
    u"Қанат"_s,
    u"Нұржан"_s,
    u"Аслан"_s,
    u"Ильяс"_s,
    u"Ислам"_s,
    u"Мирас"_s,
    u"Алишер"_s,
    u"Рустем"_s,
    u"Санжар"_s,
    u"Елдос"_s,
    u"Еркебұлан"_s,
    u"Бақытжан"_s,
    u"Дулат"_s,
    u"Жасұлан"_s,
    u"Мейрам"_s,
    u"Ерғали"_s,
    u"Серғазы"_s,
    u"Төлеген"_s,
    u"Жеңіс"_s,
};

const QStringList kKazakhFemale = {
    u"Айгерім"_s,
    u"Гүлнар"_s,
    u"Динара"_s,
    u"Жанар"_s,
    u"Айнұр"_s,
    u"Мадина"_s,
    u"Меруерт"_s,
    u"Ақбота"_s,
    u"Аружан"_s,
    u"Гүлмира"_s,
    u"Сәуле"_s,
    u"Әсел"_s,
    u"Назерке"_s,
    u"Дана"_s,
    u"Салтанат"_s,
    u"Жұлдыз"_s,
    u"Ботагөз"_s,
    u"Гаухар"_s,
    u"Перизат"_s,
    u"Айжан"_s,
    u"Дариға"_s,
    u"Қарлығаш"_s,
    u"Ләззат"_s,
    u"Бибігүл"_s,
    u"Ұлжан"_s,
    u"Әсем"_s,
    u"Інкәр"_s,
    u"Томирис"_s,
    u"Камила"_s,
    u"Зарина"_s,
    u"Ару"_s,
    u"Жансая"_s,
    u"Мөлдір"_s,
    u"Ақмарал"_s,
    u"Ардақ"_s,
    u"Гүлшат"_s,
    u"Алия"_s,
    u"Аида"_s,
    u"Анар"_s,
    u"Айым"_s,
    u"Сымбат"_s,
    u"Толқын"_s,
};

const QStringList kRussianSurnames = {
    u"Иванов"_s,
    u"Петров"_s,
    u"Смирнов"_s,
    u"Кузнецов"_s,
    u"Попов"_s,
    u"Соколов"_s,
    u"Лебедев"_s,
    u"Козлов"_s,
    u"Новиков"_s,
    u"Морозов"_s,
    u"Волков"_s,
    u"Соловьёв"_s,
    u"Васильев"_s,
    u"Зайцев"_s,
    u"Павлов"_s,
    u"Семёнов"_s,
    u"Голубев"_s,
    u"Виноградов"_s,
    u"Богданов"_s,
    u"Воробьёв"_s,
    u"Фёдоров"_s,
    u"Михайлов"_s,
    u"Беляев"_s,
    u"Тарасов"_s,
    u"Белов"_s,
    u"Комаров"_s,
    u"Орлов"_s,
    u"Киселёв"_s,
    u"Макаров"_s,
    u"Андреев"_s,
    u"Ковалёв"_s,
    u"Ильин"_s,
    u"Гусев"_s,
    u"Титов"_s,
    u"Кузьмин"_s,
    u"Кудрявцев"_s,
    u"Баранов"_s,
    u"Куликов"_s,
    u"Алексеев"_s,
    u"Степанов"_s,
    u"Яковлев"_s,
    u"Сорокин"_s,
    u"Сергеев"_s,
    u"Романов"_s,
    u"Захаров"_s,
    u"Борисов"_s,
    u"Королёв"_s,
    u"Герасимов"_s,
    u"Пономарёв"_s,
    u"Григорьев"_s,
    u"Лазарев"_s,
    u"Медведев"_s,
    u"Ершов"_s,
    u"Никитин"_s,
    u"Соболев"_s,
    u"Рябов"_s,
    u"Поляков"_s,
    u"Цветков"_s,
    u"Данилов"_s,
    u"Жуков"_s,
    u"Фролов"_s,
    u"Журавлёв"_s,
    u"Николаев"_s,
    u"Крылов"_s,
    u"Максимов"_s,
    u"Сидоров"_s,
    u"Осипов"_s,
    u"Белоусов"_s,
    u"Егоров"_s,
    u"Матвеев"_s,
    u"Бобров"_s,
    u"Дмитриев"_s,
    u"Калинин"_s,
    u"Антонов"_s,
    u"Тимофеев"_s,
    u"Филиппов"_s,
    u"Марков"_s,
    u"Миронов"_s,
    u"Коновалов"_s,
    u"Казаков"_s,
    u"Денисов"_s,
    u"Громов"_s,
    u"Фомин"_s,
    u"Давыдов"_s,
};

/** Russian given names with the father's-name form (-ович/-евич) of each. */
const QList<std::pair<QString, QString>> kRussianMale = {
    { u"Александр"_s, u"Александрович"_s },
    { u"Сергей"_s, u"Сергеевич"_s },
    { u"Дмитрий"_s, u"Дмитриевич"_s },
    { u"Андрей"_s, u"Андреевич"_s },
    { u"Алексей"_s, u"Алексеевич"_s },
    { u"Владимир"_s, u"Владимирович"_s },
    { u"Николай"_s, u"Николаевич"_s },
    { u"Евгений"_s, u"Евгеньевич"_s },
    { u"Михаил"_s, u"Михайлович"_s },
    { u"Игорь"_s, u"Игоревич"_s },
    { u"Олег"_s, u"Олегович"_s },
    { u"Виктор"_s, u"Викторович"_s },
    { u"Павел"_s, u"Павлович"_s },
    { u"Юрий"_s, u"Юрьевич"_s },
    { u"Роман"_s, u"Романович"_s },
    { u"Максим"_s, u"Максимович"_s },
    { u"Денис"_s, u"Денисович"_s },
    { u"Артём"_s, u"Артёмович"_s },
    { u"Константин"_s, u"Константинович"_s },
    { u"Вадим"_s, u"Вадимович"_s },
    { u"Антон"_s, u"Антонович"_s },
    { u"Станислав"_s, u"Станиславович"_s },
    { u"Кирилл"_s, u"Кириллович"_s },
    { u"Виталий"_s, u"Витальевич"_s },
    { u"Геннадий"_s, u"Геннадьевич"_s },
    { u"Анатолий"_s, u"Анатольевич"_s },
    { u"Валерий"_s, u"Валерьевич"_s },
    { u"Григорий"_s, u"Григорьевич"_s },
    { u"Василий"_s, u"Васильевич"_s },
    { u"Владислав"_s, u"Владиславович"_s },
};

const QStringList kRussianFemale = {
    u"Елена"_s,
    u"Ольга"_s,
    u"Наталья"_s,
    u"Татьяна"_s,
    u"Ирина"_s,
    u"Светлана"_s,
    u"Анна"_s,
    u"Мария"_s,
    u"Екатерина"_s,
    u"Юлия"_s,
    u"Оксана"_s,
    u"Людмила"_s,
    u"Галина"_s,
    u"Марина"_s,
    u"Надежда"_s,
    u"Валентина"_s,
    u"Виктория"_s,
    u"Анастасия"_s,
    u"Ксения"_s,
    u"Дарья"_s,
    u"Алёна"_s,
    u"Евгения"_s,
    u"Вера"_s,
    u"Кристина"_s,
    u"Полина"_s,
};

// ---- Transliteration ----

const QHash<QChar, QString> &latinLetters()
{
    static const QHash<QChar, QString> map = {
        { u'а', u"a"_s },
        { u'б', u"b"_s },
        { u'в', u"v"_s },
        { u'г', u"g"_s },
        { u'д', u"d"_s },
        { u'ж', u"zh"_s },
        { u'з', u"z"_s },
        { u'и', u"i"_s },
        { u'к', u"k"_s },
        { u'л', u"l"_s },
        { u'м', u"m"_s },
        { u'н', u"n"_s },
        { u'о', u"o"_s },
        { u'п', u"p"_s },
        { u'р', u"r"_s },
        { u'с', u"s"_s },
        { u'т', u"t"_s },
        { u'у', u"u"_s },
        { u'ф', u"f"_s },
        { u'х', u"kh"_s },
        { u'ц', u"ts"_s },
        { u'ч', u"ch"_s },
        { u'ш', u"sh"_s },
        { u'щ', u"shch"_s },
        { u'ъ', QString() },
        { u'ы', u"y"_s },
        { u'ь', QString() },
        { u'э', u"e"_s },
        { u'ю', u"yu"_s },
        { u'я', u"ya"_s },
        { u'ё', u"yo"_s },
        { u'ә', u"a"_s },
        { u'ғ', u"g"_s },
        { u'қ', u"k"_s },
        { u'ң', u"n"_s },
        { u'ө', u"o"_s },
        { u'ұ', u"u"_s },
        { u'ү', u"u"_s },
        { u'һ', u"h"_s },
        { u'і', u"i"_s },
    };
    return map;
}

bool isCyrillicVowel(QChar c)
{
    static const QString vowels = u"аеёиоуыэюяәөұүі"_s;
    return vowels.contains(c);
}

/** е and й depend on their neighbours; every other letter maps on its own. */
QString latinOf(QChar lower, QChar previous, QChar following)
{
    if (lower == u'е') {
        const bool afterVowel
            = previous.isNull() || isCyrillicVowel(previous) || previous == u'ь' || previous == u'ъ';
        return afterVowel ? u"ye"_s : u"e"_s;
    }
    if (lower == u'й')
        return following.isLetter() ? u"i"_s : u"y"_s;
    return latinLetters().value(lower, QString(lower));
}

// ---- Patronymics ----

const QHash<QChar, QChar> &russianBaseLetters()
{
    static const QHash<QChar, QChar> map = { { u'ә', u'а' }, { u'ғ', u'г' }, { u'қ', u'к' }, { u'ң', u'н' },
        { u'ө', u'о' }, { u'ұ', u'у' }, { u'ү', u'у' }, { u'һ', u'х' }, { u'і', u'и' } };
    return map;
}

/** Нұрлан → Нурланович, Әли → Алиевич, Абылай → Абылаевич; empty where the Russian form is not used. */
QString russianStyleFromKazakh(const QString &father)
{
    QString base;
    for (const QChar c : father)
        base += russianBaseLetters().value(c, c);
    const QChar last = base.back();
    if (last == u'й')
        return base.chopped(1) + u"евич"_s;
    if (last == u'и')
        return base + u"евич"_s;
    return isCyrillicVowel(last) ? QString() : base + u"ович"_s;
}

QString feminineOfRussianPatronymic(const QString &masculine)
{
    return masculine.chopped(3) + u"вна"_s; // -вич → -вна
}

QString russianPatronymicOf(const QString &father)
{
    for (const auto &[name, patronymic] : kRussianMale)
        if (name == father)
            return patronymic;
    return {};
}

} // namespace

QString NameBank::transliterate(const QString &cyrillic)
{
    QString out;
    for (int i = 0; i < cyrillic.size(); ++i) {
        const QChar c = cyrillic.at(i);
        const QChar previous = i > 0 ? cyrillic.at(i - 1).toLower() : QChar();
        const QChar following = i + 1 < cyrillic.size() ? cyrillic.at(i + 1) : QChar();
        QString latin = latinOf(c.toLower(), previous.isLetter() ? previous : QChar(), following);
        if (c.isUpper() && !latin.isEmpty())
            latin[0] = latin.at(0).toUpper();
        out += latin;
    }
    return out;
}

QString NameBank::surnameForm(const QString &masculine, Sex sex)
{
    if (sex == Sex::Male)
        return masculine;
    if (masculine.endsWith(u"ұлы"_s))
        return masculine.chopped(3) + u"қызы"_s;
    static const QStringList declined = { u"ов"_s, u"ев"_s, u"ёв"_s, u"ин"_s };
    for (const QString &ending : declined)
        if (masculine.endsWith(ending))
            return masculine + u'а';
    return masculine; // Сейткали, Әбдіғали: the same for women and men
}

QString NameBank::patronymic(const Family &family, Sex sex)
{
    if (family.ethnicity == Ethnicity::Kazakh) {
        const QString russian = russianStyleFromKazakh(family.father);
        if (family.kazakhPatronymic || russian.isEmpty())
            return family.father + (sex == Sex::Male ? u"ұлы"_s : u"қызы"_s);
        return sex == Sex::Male ? russian : feminineOfRussianPatronymic(russian);
    }
    const QString masculine = russianPatronymicOf(family.father);
    return sex == Sex::Male ? masculine : feminineOfRussianPatronymic(masculine);
}

Family NameBank::family(SeededRandom &rng, Ethnicity ethnicity)
{
    Family f;
    f.ethnicity = ethnicity;
    if (ethnicity == Ethnicity::Kazakh) {
        f.surname = rng.pick(kKazakhSurnames);
        f.father = rng.pick(kKazakhMale);
        f.kazakhPatronymic = rng.chance(0.55);
    } else {
        f.surname = rng.pick(kRussianSurnames);
        f.father = rng.pick(kRussianMale).first;
        f.kazakhPatronymic = false;
    }
    return f;
}

PersonName NameBank::member(SeededRandom &rng, const Family &family, Sex sex)
{
    const bool kazakh = family.ethnicity == Ethnicity::Kazakh;
    PersonName n;
    n.surnameCyr = surnameForm(family.surname, sex);
    if (sex == Sex::Male)
        n.givenNameCyr = kazakh ? rng.pick(kKazakhMale) : rng.pick(kRussianMale).first;
    else
        n.givenNameCyr = rng.pick(kazakh ? kKazakhFemale : kRussianFemale);
    n.patronymicCyr = patronymic(family, sex);
    n.surnameLat = transliterate(n.surnameCyr);
    n.givenNameLat = transliterate(n.givenNameCyr);
    n.patronymicLat = transliterate(n.patronymicCyr);
    return n;
}

QString NameBank::staffDisplayName(SeededRandom &rng)
{
    const Ethnicity ethnicity = rng.chance(0.7) ? Ethnicity::Kazakh : Ethnicity::Russian;
    const PersonName n = member(rng, family(rng, ethnicity), rng.chance(0.5) ? Sex::Female : Sex::Male);
    return n.givenNameCyr + u' ' + n.surnameCyr;
}

} // namespace Qadam
