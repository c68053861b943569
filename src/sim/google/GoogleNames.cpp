#include "sim/google/GoogleNames.h"
#include "sim/DemoWords.h"

namespace sim {

namespace {

struct Script
{
    bool familyFirst;
    int weight;
    QStringList given, givenAscii, family, familyAscii;
    QString domain;
};

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(u'|');
}

const QList<Script> &scripts()
{
    static const QList<Script> s = {
        {false, 55,
         split("José|Zoë|Björn|Łukasz|Ørjan|Siobhán|François|Anaïs|Jürgen|Małgorzata|Søren|Inês|Maria|John|Aoife|"
               "Çağrı|Tomáš|Renée|Núria|Émile|Ángel|Dagný|Miloš|Ana|Olivia|Liam|Noah|Emma|Sofía|Mateo"),
         split("jose|zoe|bjorn|lukasz|orjan|siobhan|francois|anais|jurgen|malgorzata|soren|ines|maria|john|aoife|"
               "cagri|tomas|renee|nuria|emile|angel|dagny|milos|ana|olivia|liam|noah|emma|sofia|mateo"),
         split("Müller|Dvořák|Núñez|O'Brien|Łącki|Şahin|García|Ødegaard|Kovačević|Lefèvre|Smith|Johansson|"
               "Nguyễn|da Silva|van der Berg|Schmidt|Rossi|Fernández|Kowalski|Andersen"),
         split("muller|dvorak|nunez|obrien|lacki|sahin|garcia|odegaard|kovacevic|lefevre|smith|johansson|"
               "nguyen|dasilva|vanderberg|schmidt|rossi|fernandez|kowalski|andersen"),
         QStringLiteral("example.com")},
        {false, 10, split("Иван|Ольга|Дмитрий|Наталья|Сергей|Анастасия|Алексей|Татьяна"),
         split("ivan|olga|dmitry|natalya|sergey|anastasia|alexey|tatyana"),
         split("Петров|Смирнова|Иванов|Кузнецова|Соколов|Попова|Лебедев|Козлова"),
         split("petrov|smirnova|ivanov|kuznetsova|sokolov|popova|lebedev|kozlova"), QStringLiteral("example.ru")},
        {false, 7, split("Γιώργος|Μαρία|Νίκος|Ελένη|Δημήτρης|Κατερίνα"),
         split("giorgos|maria|nikos|eleni|dimitris|katerina"),
         split("Παπαδόπουλος|Οικονόμου|Γεωργίου|Νικολάου|Καραγιάννης|Βλάχου"),
         split("papadopoulos|oikonomou|georgiou|nikolaou|karagiannis|vlachou"), QStringLiteral("example.gr")},
        {true, 7, split("秀英|伟|芳|娜|敏|静|强"), split("xiuying|wei|fang|na|min|jing|qiang"),
         split("王|李|张|刘|陈|杨|欧阳"), split("wang|li|zhang|liu|chen|yang|ouyang"), QStringLiteral("example.cn")},
        {true, 6, split("太郎|花子|健|さくら|翔太|美咲"), split("taro|hanako|ken|sakura|shota|misaki"),
         split("山田|佐藤|鈴木|高橋|田中|渡辺"), split("yamada|sato|suzuki|takahashi|tanaka|watanabe"),
         QStringLiteral("example.jp")},
        {true, 4, split("민준|서연|지호|하은"), split("minjun|seoyeon|jiho|haeun"), split("김|박|이|최"),
         split("kim|park|lee|choi"), QStringLiteral("example.kr")},
        {false, 6, split("محمد|فاطمة|أحمد|ليلى|يوسف|مريم"),
         split("mohammed|fatima|ahmed|layla|youssef|maryam"), split("العلي|حداد|منصور|الخطيب|ناصر|عباس"),
         split("alali|haddad|mansour|alkhatib|nasser|abbas"), QStringLiteral("example.ae")},
        {false, 5, split("अनिल|प्रिया|राहुल|सुनीता|विकास|अंजलि"),
         split("anil|priya|rahul|sunita|vikas|anjali"), split("शर्मा|वर्मा|गुप्ता|सिंह|पटेल|जोशी"),
         split("sharma|verma|gupta|singh|patel|joshi"), QStringLiteral("example.in")},
    };
    return s;
}

const QStringList &orgNames()
{
    static const QStringList l = split("KDE e.V.|Acme GmbH|Globex Corporation|Initech|Umbrella Ltd.|Hooli|"
                                       "Cyberdyne Systems|ООО «Ромашка»|株式会社サンプル|Σύλλογος Αθηνών|"
                                       "Tata & Sons|Banco Ñandú|Müller & Söhne KG|\"Quotes\" Inc.|Wayne Enterprises");
    return l;
}
const QStringList &titles()
{
    static const QStringList l = split("Engineer|Product Manager|CEO|Designer|Accountant|Nurse|Teacher|"
                                       "Sales Lead|Data Scientist|Intern|Directeur général|Инженер");
    return l;
}
const QStringList &departments()
{
    static const QStringList l = split("R&D|Sales|Finance|HR|Support|PIM|Operations|Legal");
    return l;
}

struct Place
{
    const char *city, *region, *postal, *country, *code;
};
const Place places[] = {
    {"Málaga", "Andalucía", "29001", "Spain", "ES"},     {"Berlin", "Berlin", "10115", "Germany", "DE"},
    {"Москва", "", "101000", "Россия", "RU"},             {"Αθήνα", "Αττική", "105 57", "Ελλάδα", "GR"},
    {"東京都", "渋谷区", "150-0002", "日本", "JP"},          {"Springfield", "IL", "62701", "USA", "US"},
    {"मुंबई", "महाराष्ट्र", "400001", "India", "IN"},        {"Zürich", "ZH", "8001", "Schweiz", "CH"},
};

const QString &longText(int which)
{
    static const QList<QString> texts = [] {
        const QString para = QString::fromUtf8(
            "Met at the conference in Málaga; follow up about the \"sync\" project. Говорили о планах на "
            "следующий год. Συναντηθήκαμε στην Αθήνα. 会議で会いました。 التقينا في المؤتمر. "
            "हमने परियोजना पर चर्चा की। Notes:\n\t- prefers e-mail\n\t- path C:\\Users\\shared\n");
        QList<QString> out;
        for (int n : {8, 20, 45})
            out << para.repeated(n);
        return out;
    }();
    return texts[which % texts.size()];
}

} // namespace

GoogleGenerator::GoogleGenerator(quint32 seed, bool demo)
    : m_rng(seed)
    , m_demo(demo)
{
}

QString GoogleGenerator::resourceNameCandidate()
{
    const quint64 n = 1000000000000000000ull + next64() % 8000000000000000000ull;
    return QStringLiteral("people/c") + QString::number(n);
}

QString GoogleGenerator::hexId()
{
    return QString::number(next64() | (1ull << 60), 16).right(16);
}

QString GoogleGenerator::groupName(int index)
{
    static const QStringList names = split("Family|Work|Book club|Climbing 🧗|Φίλοι|Коллеги|Neighbours|"
                                           "Conference 2023|Suppliers|VIP|École des parents|同事");
    const QString base = names[index % names.size()];
    return index < names.size() ? base : base + u' ' + QString::number(index / names.size() + 1);
}

void GoogleGenerator::makeName(GContact &c)
{
    int total = 0;
    for (const Script &s : scripts())
        total += s.weight;
    int pick = bounded(total);
    const Script *script = &scripts().first();
    for (const Script &s : scripts()) {
        if (pick < s.weight) {
            script = &s;
            break;
        }
        pick -= s.weight;
    }
    const int g = bounded(int(script->given.size()));
    const int f = bounded(int(script->family.size()));
    c.familyFirst = script->familyFirst;
    c.givenName = script->given[g];
    c.familyName = script->family[f];
    c.middleName.clear();
    c.honorificPrefix.clear();
    c.honorificSuffix.clear();
    m_handle = script->givenAscii[g] + u'.' + script->familyAscii[f];
    if (!script->familyFirst) {
        const int roll = bounded(100);
        if (roll < 5) {
            c.familyName.clear(); // a single name, like "Konqui"
            m_handle = script->givenAscii[g];
        } else if (roll < 10 && script == &scripts().first()) {
            c.middleName = scripts().first().given[bounded(int(scripts().first().given.size()))];
        } else if (roll < 13 && script == &scripts().first()) {
            c.honorificPrefix = QStringLiteral("Dr.");
            if (chance(30))
                c.honorificSuffix = QStringLiteral("III");
        }
    }
    m_handle += u'@' + script->domain;
}

void GoogleGenerator::makeEmails(GContact &c, const QString &handle)
{
    c.emails.clear();
    const int roll = bounded(100);
    const int n = roll < 15 ? 0 : roll < 75 ? 1 : roll < 95 ? 2 : 3;
    static const char *types[] = {"work", "home", "other"};
    for (int i = 0; i < n; ++i) {
        QString value = handle;
        if (i == 1)
            value.replace(u'@', QStringLiteral("+news@"));
        else if (i == 2)
            value = value.section(u'@', 0, 0) + QStringLiteral("@mail.test");
        if (i == 0 && chance(3))
            value = value.left(1).toUpper() + value.mid(1); // odd but valid: mixed case
        c.emails.append({value, QString::fromLatin1(types[i % 3])});
    }
}

GPhone GoogleGenerator::makePhone()
{
    static const char *types[] = {"mobile", "home", "work", "other"};
    GPhone p;
    p.type = QString::fromLatin1(types[bounded(4)]);
    const int a = 100 + bounded(900), b = 1000 + bounded(9000), x = 100 + bounded(900);
    switch (bounded(6)) {
    case 0:
        p.value = QStringLiteral("(555) %1-%2").arg(a).arg(b);
        p.canonicalForm = QStringLiteral("+1555%1%2").arg(a).arg(b);
        break;
    case 1:
        p.value = QStringLiteral("030 %1%2").arg(x).arg(b);
        p.canonicalForm = QStringLiteral("+4930%1%2").arg(x).arg(b);
        break;
    case 2:
        p.value = QStringLiteral("666 %1 %2 %3").arg(x % 100, 2, 10, QChar(u'0')).arg(b / 100).arg(b % 100, 2, 10, QChar(u'0'));
        p.canonicalForm = QStringLiteral("+34666%1%2").arg(x % 100, 2, 10, QChar(u'0')).arg(b);
        break;
    case 3:
        p.value = QStringLiteral("090-%1-%2").arg(b).arg(b + 1);
        p.canonicalForm = QStringLiteral("+8190%1%2").arg(b).arg(b + 1);
        break;
    case 4:
        p.value = QStringLiteral("8 (912) %1-%2-%3").arg(x).arg(b / 100).arg(b % 100, 2, 10, QChar(u'0'));
        p.canonicalForm = QStringLiteral("+7912%1%2%3").arg(x).arg(b / 100).arg(b % 100, 2, 10, QChar(u'0'));
        break;
    default:
        p.value = QStringLiteral("+1 555-0%1 ext. %2").arg(a).arg(bounded(90) + 10); // no canonical form
        break;
    }
    return p;
}

GOrganization GoogleGenerator::makeOrganization()
{
    GOrganization o;
    const int which = bounded(int(orgNames().size()));
    o.name = m_demo ? demo::organization(quint32(which) * 7919u + quint32(m_handle.size())) : orgNames()[which];
    if (chance(80))
        o.title = titles()[bounded(int(titles().size()))];
    if (chance(50))
        o.department = departments()[bounded(int(departments().size()))];
    return o;
}

GAddress GoogleGenerator::makeAddress()
{
    const Place &p = places[bounded(int(std::size(places)))];
    GAddress a;
    a.type = chance(60) ? QStringLiteral("home") : QStringLiteral("work");
    a.streetAddress = QStringLiteral("%1 Main Street").arg(1 + bounded(200));
    a.city = QString::fromUtf8(p.city);
    a.region = QString::fromUtf8(p.region);
    a.postalCode = QString::fromUtf8(p.postal);
    a.country = QString::fromUtf8(p.country);
    a.countryCode = QString::fromUtf8(p.code);
    return a;
}

QString GoogleGenerator::makeBiography()
{
    const int roll = bounded(100);
    if (roll < 60)
        return {};
    if (roll < 85)
        return QStringLiteral("Met at a meetup. Likes hiking ⛰️ and \"good\" coffee.");
    if (roll < 92)
        return QString::fromUtf8("\u200FRTL mark first; then a tab\tand a backslash \\ and a quote \".");
    return longText(bounded(3));
}

void GoogleGenerator::rerollGroups(GContact &c, const QStringList &userGroups)
{
    c.groupIds = {QStringLiteral("myContacts")};
    if (chance(10))
        c.groupIds << QStringLiteral("starred");
    for (const QString &g : userGroups) {
        if (chance(15))
            c.groupIds << g;
    }
}

GContact GoogleGenerator::makeContact(const QStringList &userGroups)
{
    GContact c;
    c.sourceId = hexId();
    if (chance(99))
        makeName(c);
    else
        m_handle = QStringLiteral("nobody.%1@example.net").arg(bounded(100000)); // no name at all
    makeEmails(c, m_handle);
    const int phones = bounded(100) < 25 ? 0 : (chance(70) ? 1 : 2);
    for (int i = 0; i < phones; ++i)
        c.phones.append(makePhone());
    if (chance(60))
        c.organizations.append(makeOrganization());
    if (chance(25))
        c.addresses.append(makeAddress());
    if (chance(10))
        c.nicknames.append({chance(20) ? QStringLiteral("🎸 Rocker") : c.givenName.left(3), QString()});
    if (chance(10))
        c.urls.append({QStringLiteral("https://blog.example.org/%1").arg(c.sourceId.left(6)), QStringLiteral("blog")});
    if (chance(30)) {
        GBirthday b{chance(80) ? 1940 + bounded(65) : 0, 1 + bounded(12), 1 + bounded(28)};
        c.birthdays.append(b);
    }
    c.biography = makeBiography();
    if (chance(85)) {
        c.photoId = QString::fromLatin1(QByteArray::number(next64(), 36) + QByteArray::number(next64(), 36));
        c.photoDefault = chance(70);
    }
    rerollGroups(c, userGroups);
    return c;
}

void GoogleGenerator::mutate(GContact &c, const QStringList &userGroups)
{
    const int changes = 1 + bounded(3);
    for (int i = 0; i < changes; ++i) {
        switch (bounded(5)) {
        case 0:
            makeName(c);
            break;
        case 1:
            if (!c.emails.isEmpty() && chance(30))
                c.emails.removeLast();
            else
                c.emails.prepend({QStringLiteral("changed.%1@example.org").arg(bounded(1000000)), QStringLiteral("work")});
            break;
        case 2:
            if (!c.phones.isEmpty() && chance(30))
                c.phones.removeLast();
            else
                c.phones.prepend(makePhone());
            break;
        case 3:
            if (!c.organizations.isEmpty() && chance(25))
                c.organizations.clear();
            else
                c.organizations = {makeOrganization()};
            break;
        default:
            rerollGroups(c, userGroups);
            break;
        }
    }
}

} // namespace sim
