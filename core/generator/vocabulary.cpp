#include "vocabulary.h"

#include "namebank.h"
#include "seededrandom.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Qadam::Vocabulary {

const QList<Region> &regions()
{
    static const QList<Region> list = {
        { u"KZ-AST"_s, u"Астана қаласы"_s, u"г. Астаны"_s, u"Astana"_s, u"Астана"_s, u"Астана"_s, 14 },
        { u"KZ-ALA"_s, u"Алматы қаласы"_s, u"г. Алматы"_s, u"Almaty"_s, u"Алматы"_s, u"Алматы"_s, 22 },
        { u"KZ-SHY"_s, u"Шымкент қаласы"_s, u"г. Шымкента"_s, u"Shymkent"_s, u"Шымкент"_s, u"Шымкент"_s, 12 },
        { u"KZ-ABA"_s, u"Абай облысы"_s, u"области Абай"_s, u"Abai Region"_s, u"Семей"_s, u"Семей"_s, 6 },
        { u"KZ-AKM"_s, u"Ақмола облысы"_s, u"Акмолинской области"_s, u"Akmola Region"_s, u"Көкшетау"_s,
            u"Кокшетау"_s, 8 },
        { u"KZ-AKT"_s, u"Ақтөбе облысы"_s, u"Актюбинской области"_s, u"Aktobe Region"_s, u"Ақтөбе"_s,
            u"Актобе"_s, 9 },
        { u"KZ-ALM"_s, u"Алматы облысы"_s, u"Алматинской области"_s, u"Almaty Region"_s, u"Қонаев"_s,
            u"Конаев"_s, 15 },
        { u"KZ-ATY"_s, u"Атырау облысы"_s, u"Атырауской области"_s, u"Atyrau Region"_s, u"Атырау"_s,
            u"Атырау"_s, 7 },
        { u"KZ-ZAP"_s, u"Батыс Қазақстан облысы"_s, u"Западно-Казахстанской области"_s,
            u"West Kazakhstan Region"_s, u"Орал"_s, u"Уральск"_s, 7 },
        { u"KZ-ZHA"_s, u"Жамбыл облысы"_s, u"Жамбылской области"_s, u"Zhambyl Region"_s, u"Тараз"_s,
            u"Тараз"_s, 12 },
        { u"KZ-ZHT"_s, u"Жетісу облысы"_s, u"области Жетісу"_s, u"Jetisu Region"_s, u"Талдықорған"_s,
            u"Талдыкорган"_s, 7 },
        { u"KZ-KAR"_s, u"Қарағанды облысы"_s, u"Карагандинской области"_s, u"Karaganda Region"_s,
            u"Қарағанды"_s, u"Караганда"_s, 11 },
        { u"KZ-KUS"_s, u"Қостанай облысы"_s, u"Костанайской области"_s, u"Kostanay Region"_s, u"Қостанай"_s,
            u"Костанай"_s, 8 },
        { u"KZ-KZY"_s, u"Қызылорда облысы"_s, u"Кызылординской области"_s, u"Kyzylorda Region"_s,
            u"Қызылорда"_s, u"Кызылорда"_s, 8 },
        { u"KZ-MAN"_s, u"Маңғыстау облысы"_s, u"Мангистауской области"_s, u"Mangystau Region"_s, u"Ақтау"_s,
            u"Актау"_s, 8 },
        { u"KZ-PAV"_s, u"Павлодар облысы"_s, u"Павлодарской области"_s, u"Pavlodar Region"_s, u"Павлодар"_s,
            u"Павлодар"_s, 7 },
        { u"KZ-SEV"_s, u"Солтүстік Қазақстан облысы"_s, u"Северо-Казахстанской области"_s,
            u"North Kazakhstan Region"_s, u"Петропавл"_s, u"Петропавловск"_s, 5 },
        { u"KZ-YUZ"_s, u"Түркістан облысы"_s, u"Туркестанской области"_s, u"Turkistan Region"_s,
            u"Түркістан"_s, u"Туркестан"_s, 21 },
        { u"KZ-ULT"_s, u"Ұлытау облысы"_s, u"области Ұлытау"_s, u"Ulytau Region"_s, u"Жезқазған"_s,
            u"Жезказган"_s, 2 },
        { u"KZ-VOS"_s, u"Шығыс Қазақстан облысы"_s, u"Восточно-Казахстанской области"_s,
            u"East Kazakhstan Region"_s, u"Өскемен"_s, u"Усть-Каменогорск"_s, 7 },
    };
    return list;
}

const QList<Article> &articles()
{
    static const QList<Article> list = {
        { u"256.1"_s, u"1"_s, 30 },
        { u"256.2"_s, u"2"_s, 12 },
        { u"174"_s, u"1"_s, 14 },
        { u"255"_s, u"2"_s, 6 },
        { u"258"_s, u"1"_s, 8 },
        { u"259"_s, u"2"_s, 10 },
        { u"260"_s, u"1"_s, 12 },
        { u"184"_s, QString(), 2 },
        { u"273"_s, QString(), 6 },
    };
    return list;
}

const QStringList &restrictionTypes()
{
    static const QStringList list = { u"night_at_home"_s, u"no_leaving_district"_s, u"no_visiting_places"_s,
        u"no_mass_events"_s, u"phone_reporting"_s, u"residence_change_notice"_s };
    return list;
}

const QStringList &needDomains()
{
    static const QStringList list = { u"documents_legal_status"_s, u"housing"_s, u"employment_income"_s,
        u"education"_s, u"family_relationships"_s, u"health_mental_health"_s, u"religious_counselling"_s,
        u"social_network_online"_s, u"women_child_needs"_s };
    return list;
}

const QList<Intervention> &interventions()
{
    static const QList<Intervention> list = {
        { u"legal_aid_documents"_s, u"documents_legal_status"_s, u"probation_service"_s },
        { u"social_benefits"_s, u"documents_legal_status"_s, u"probation_service"_s },
        { u"housing_support"_s, u"housing"_s, u"probation_service"_s },
        { u"employment_referral"_s, u"employment_income"_s, u"probation_service"_s },
        { u"vocational_training"_s, u"employment_income"_s, u"ngo"_s },
        { u"education_enrolment"_s, u"education"_s, u"probation_service"_s },
        { u"vocational_training"_s, u"education"_s, u"ngo"_s },
        { u"family_mediation"_s, u"family_relationships"_s, u"ngo"_s },
        { u"family_violence_screening"_s, u"family_relationships"_s, u"ngo"_s },
        { u"psychological_counselling"_s, u"health_mental_health"_s, u"health"_s },
        { u"psychiatric_assessment"_s, u"health_mental_health"_s, u"health"_s },
        { u"medical_care"_s, u"health_mental_health"_s, u"health"_s },
        { u"theological_counselling"_s, u"religious_counselling"_s, u"religious_board"_s },
        { u"online_exposure_counselling"_s, u"social_network_online"_s, u"ngo"_s },
        { u"womens_support_group"_s, u"women_child_needs"_s, u"ngo"_s },
        { u"child_safeguarding_visit"_s, u"women_child_needs"_s, u"probation_service"_s },
    };
    return list;
}

QList<Intervention> interventionsFor(const QString &domain)
{
    QList<Intervention> out;
    for (const Intervention &i : interventions())
        if (i.domain == domain)
            out << i;
    return out;
}

const QStringList &streets()
{
    static const QStringList list = { u"ул. Абая"_s, u"ул. Сатпаева"_s, u"пр. Республики"_s,
        u"ул. Желтоксан"_s, u"ул. Толе би"_s, u"ул. Байтурсынова"_s, u"ул. Ауэзова"_s, u"ул. Жамбыла"_s,
        u"ул. Кенесары"_s, u"ул. Гагарина"_s, u"ул. Пушкина"_s, u"мкр. Самал"_s, u"мкр. Восток"_s,
        u"ул. Строителей"_s, u"ул. Достык"_s, u"ул. Шокана Уалиханова"_s };
    return list;
}

QStringList organisationNames(const QString &kind, const Region &r, int n)
{
    static const QStringList ngoNames
        = { u"Ақниет"_s, u"Сенім"_s, u"Шаңырақ"_s, u"Мейірім"_s, u"Жол"_s, u"Бірлік"_s };
    if (kind == u"probation_service")
        return { r.nameKk + u" бойынша пробация қызметі"_s, u"Служба пробации "_s + r.nameRu,
            u"Probation Service, "_s + r.nameEn };
    if (kind == u"police")
        return { r.nameKk + u" Полиция департаменті"_s, u"Департамент полиции "_s + r.nameRu,
            u"Police Department, "_s + r.nameEn };
    if (kind == u"religious_board")
        return { u"ҚМДБ "_s + r.cityKk + u" өкілдігі"_s, u"Представительство ДУМК, г. "_s + r.cityRu,
            u"Spiritual Administration of Muslims, "_s + NameBank::transliterate(r.cityKk) };
    if (kind == u"health")
        return { r.cityKk + u" психикалық денсаулық орталығы"_s,
            u"Центр психического здоровья, г. "_s + r.cityRu,
            u"Mental Health Centre, "_s + NameBank::transliterate(r.cityKk) };
    const QString ngo = ngoNames.at((n + int(r.code.back().unicode())) % ngoNames.size());
    return { u"«%1» қоғамдық қоры (%2)"_s.arg(ngo, r.cityKk),
        u"Общественный фонд «%1», г. %2"_s.arg(ngo, r.cityRu),
        u"%1 Public Foundation, %2"_s.arg(NameBank::transliterate(ngo), NameBank::transliterate(r.cityKk)) };
}

namespace {

using Phrases = QList<Phrase>;

const QMap<Text, Phrases> &texts()
{
    static const QMap<Text, Phrases> map = {
        { Text::PoliceSummary,
            { { u"Тіркеуге келді, профилактикалық әңгіме жүргізілді."_s,
                  u"Явился на регистрацию, проведена профилактическая беседа."_s },
                { u"Тіркеуден өтті, шектеулер түсіндірілді."_s,
                    u"Прошёл регистрацию, разъяснены ограничения."_s },
                { u"Келді, тұрғылықты жері мен жұмысы туралы хабарлады."_s,
                    u"Явился, сообщил о месте жительства и работе."_s } } },
        { Text::ProbationSummary,
            { { u"Алған әлеуметтік-құқықтық көмек туралы есеп берді."_s,
                  u"Отчитался о полученной социально-правовой помощи."_s },
                { u"Бағдарлама шаралары бойынша ілгерілеу талқыланды."_s,
                    u"Обсуждён ход выполнения мер программы."_s },
                { u"Жұмысқа орналасу мәселелері талқыланды."_s, u"Обсуждены вопросы трудоустройства."_s } } },
        { Text::MissedFollowUp,
            { { u"Тұрғылықты жері бойынша тексеру жүргізілді."_s,
                  u"Проведена проверка по месту жительства."_s },
                { u"Телефон арқылы байланыс орнатылды, келу күні белгіленді."_s,
                    u"Связались по телефону, назначена новая дата явки."_s } } },
        { Text::ExcuseReason,
            { { u"Науқастануына байланысты, анықтама берілді."_s, u"По болезни, представлена справка."_s },
                { u"Жұмыс бойынша іссапарда болды."_s, u"Находился в служебной командировке."_s },
                { u"Отбасылық жағдайға байланысты."_s, u"По семейным обстоятельствам."_s } } },
        { Text::ReferralReason,
            { { u"Жеке бағдарлама шарасын орындау үшін жолдама."_s,
                  u"Направление для выполнения меры индивидуальной программы."_s },
                { u"Консультация алуға ерікті келісім берді."_s,
                    u"Дал добровольное согласие на консультации."_s } } },
        { Text::SessionTopic,
            { { u"Діни көзқарастар, отбасы, жұмыс."_s, u"Религиозные взгляды, семья, работа."_s },
                { u"Қоғамға бейімделу, әлеуметтік байланыстар."_s,
                    u"Адаптация в обществе, социальные связи."_s },
                { u"Стрессті басқару, болашақ жоспарлары."_s,
                    u"Управление стрессом, планы на будущее."_s } } },
        { Text::StabilityRationale,
            { { u"Сөйлеуі сабырлы, жоспарлары нақты."_s, u"Речь спокойная, планы конкретные."_s },
                { u"Көңіл-күйі өзгермелі, отбасылық қиындықтар бар."_s,
                    u"Настроение меняется, есть семейные трудности."_s } } },
        { Text::Observation,
            { { u"Уақытында келді, байланысқа ашық."_s, u"Пришёл вовремя, открыт к контакту."_s },
                { u"Сұрақтарға қысқа жауап берді."_s, u"Отвечал на вопросы кратко."_s } } },
        { Text::Analysis,
            { { u"Отбасымен байланыс күшейіп келеді."_s, u"Связь с семьёй укрепляется."_s },
                { u"Жұмыссыздық негізгі қиындық болып отыр."_s,
                    u"Основная трудность — отсутствие работы."_s } } },
        { Text::Conclusion,
            { { u"Оң динамика байқалады."_s, u"Наблюдается положительная динамика."_s },
                { u"Қолдауды жалғастыру қажет."_s, u"Необходимо продолжить поддержку."_s } } },
        { Text::Plan,
            { { u"Келесі кездесуде жұмыс іздеу жоспарын талқылау."_s,
                  u"На следующей встрече обсудить план поиска работы."_s },
                { u"Отбасы мүшелерімен кездесу ұйымдастыру."_s,
                    u"Организовать встречу с членами семьи."_s } } },
        { Text::Evidence,
            { { u"Қызмет көрсетушінің анықтамасы."_s, u"Справка поставщика услуги."_s },
                { u"Еңбек шартының көшірмесі."_s, u"Копия трудового договора."_s } } },
        { Text::NotPossibleReason,
            { { u"Қызмет көрсетуші орын жоқ деп хабарлады."_s, u"Поставщик сообщил об отсутствии мест."_s },
                { u"Адам басқа қалаға көшті."_s, u"Человек переехал в другой город."_s } } },
        { Text::PreventiveNote,
            { { u"Заңды бұзудың салдары түсіндірілді."_s, u"Разъяснены последствия нарушения закона."_s },
                { u"Деструктивті топтармен байланыстың қаупі туралы әңгіме."_s,
                    u"Беседа об опасности контактов с деструктивными группами."_s } } },
        { Text::Assessment,
            { { u"Қажеттілік әңгіме барысында анықталды."_s, u"Потребность выявлена в ходе беседы."_s },
                { u"Құжаттар мен анықтамалар негізінде бағаланды."_s,
                    u"Оценено по документам и справкам."_s } } },
        { Text::JudgementRationale,
            { { u"Шаралар уақытында орындалуда."_s, u"Меры выполняются в срок."_s },
                { u"Ілгерілеу баяу, қосымша қолдау қажет."_s,
                    u"Продвижение медленное, нужна дополнительная поддержка."_s } } },
        { Text::AlertResolution,
            { { u"Себебі анықталды, келу күні белгіленді."_s,
                  u"Причина установлена, назначена дата явки."_s },
                { u"Басшымен келісілді."_s, u"Согласовано с руководителем."_s } } },
        { Text::StatusReason,
            { { u"Сот шешімі бойынша."_s, u"По решению суда."_s },
                { u"Ішкі істер органының ұсынысы бойынша."_s, u"По представлению ОВД."_s } } },
        { Text::SupervisorComment,
            { { u"Бекітілді, шаралар нақты."_s, u"Утверждено, меры конкретные."_s },
                { u"Мерзімдерді сақтауды бақылау."_s, u"Контролировать соблюдение сроков."_s } } },
        { Text::SharePurpose,
            { { u"Келулерді салыстыру."_s, u"Сверка явок."_s },
                { u"Жолдама бойынша ақпарат."_s, u"Информация по направлению."_s } } },
    };
    return map;
}

} // namespace

const Phrase &phrase(SeededRandom &rng, Text text)
{
    return rng.pick(texts()[text]);
}

const Phrase &goalFor(const QString &domain)
{
    static const QHash<QString, Phrase> goals = {
        { u"documents_legal_status"_s,
            { u"Жеке куәлік пен тіркеуді қалпына келтіру."_s,
                u"Восстановить удостоверение личности и регистрацию."_s } },
        { u"housing"_s, { u"Тұрақты тұрғын үймен қамтамасыз ету."_s, u"Обеспечить постоянное жильё."_s } },
        { u"employment_income"_s,
            { u"Тұрақты жұмысқа орналасу."_s, u"Трудоустроиться на постоянную работу."_s } },
        { u"education"_s, { u"Кәсіптік оқуды аяқтау."_s, u"Завершить профессиональное обучение."_s } },
        { u"family_relationships"_s,
            { u"Отбасымен байланысты қалпына келтіру."_s, u"Восстановить связь с семьёй."_s } },
        { u"health_mental_health"_s,
            { u"Психологиялық қолдау алу."_s, u"Получить психологическую поддержку."_s } },
        { u"religious_counselling"_s,
            { u"Теологпен тұрақты кеңесу."_s, u"Регулярно консультироваться с теологом."_s } },
        { u"social_network_online"_s,
            { u"Деструктивті контенттен бас тарту."_s, u"Отказаться от деструктивного контента."_s } },
        { u"women_child_needs"_s, { u"Балаларды мектепке орналастыру."_s, u"Устроить детей в школу."_s } },
    };
    static const Phrase fallback { u"Мақсат."_s, u"Цель."_s };
    const auto it = goals.constFind(domain);
    return it == goals.constEnd() ? fallback : it.value();
}

} // namespace Qadam::Vocabulary
