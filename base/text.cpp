#include "text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace gc {

namespace {

// The compiled Korean catalogue, embedded in gc_base (CMakeLists.txt): Korean (and "한국어 / English")
// works in the CLI and the server whatever the process locale, without the app's translator.
const QTranslator &koreanCatalogue()
{
    static const QTranslator *const catalogue = [] {
        auto *t = new QTranslator; // lives for the process: read-only after loading, so any thread may ask
        if (!t->load(QStringLiteral(":/gc/i18n/goodcity_ko.qm")))
            qWarning("gc: the embedded Korean catalogue did not load; messages fall back to English");
        return t;
    }();
    return *catalogue;
}

// Whether `format` holds the placeholder `mark` ("%1"), not as the start of a longer one ("%12").
bool namesArg(const QString &format, const QString &mark)
{
    for (qsizetype at = format.indexOf(mark); at >= 0; at = format.indexOf(mark, at + 1))
        if (at + mark.size() >= format.size() || !format.at(at + mark.size()).isDigit())
            return true;
    return false;
}

} // namespace

Text Text::verbatim(QString words)
{
    Text t;
    t.m_words = std::move(words);
    return t;
}

Text Text::recorded(QString ko, QString en)
{
    Text t;
    t.m_words = std::move(ko);
    t.m_english = std::move(en);
    t.m_recorded = true;
    return t;
}

Lang localeLanguage() { return QLocale().language() == QLocale::English ? Lang::English : Lang::Korean; }

QString inLanguage(Lang lang, const QString &ko, const QString &en)
{
    if (lang == Lang::Ui)
        lang = localeLanguage();
    switch (lang) {
    case Lang::Korean:
        return ko.isEmpty() ? en : ko;
    case Lang::English:
        return en.isEmpty() ? ko : en;
    case Lang::Both:
    case Lang::Ui:
        break;
    }
    if (ko.isEmpty() || en.isEmpty())
        return ko.isEmpty() ? en : ko;
    return ko + QStringLiteral(" / ") + en;
}

QString korean(const char *source, const char *disambiguation)
{
    return source ? koreanCatalogue().translate("gc", source, disambiguation) : QString();
}

// %1…%99 replaced by the arguments rendered in `lang`; a number with no argument stays as it is (the
// Korean of a message may leave out an argument its English names).
QString Text::substituted(const QString &format, Lang lang) const
{
    QString out;
    out.reserve(format.size());
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        const bool digit = i + 1 < format.size() && format.at(i + 1).isDigit() && format.at(i + 1) != u'0';
        if (c != u'%' || !digit) {
            out.append(c);
            continue;
        }
        qsizetype n = format.at(i + 1).digitValue();
        qsizetype used = 1;
        if (i + 2 < format.size() && format.at(i + 2).isDigit() && n * 10 + format.at(i + 2).digitValue() <= qsizetype(m_args.size())) {
            n = n * 10 + format.at(i + 2).digitValue();
            used = 2;
        }
        if (n > qsizetype(m_args.size())) {
            out.append(c);
            continue;
        }
        out.append(m_args[size_t(n - 1)].render(lang));
        i += used;
    }
    return out;
}

QString Text::render(Lang lang) const
{
    if (m_recorded)
        return inLanguage(lang, m_words, m_english);
    if (!m_source)
        return m_words;
    const QString english = QString::fromUtf8(m_source);
    switch (lang) {
    case Lang::English:
        return substituted(english, lang);
    case Lang::Ui:
        return substituted(QCoreApplication::translate("gc", m_source, m_disambiguation), lang);
    case Lang::Korean: {
        const QString ko = korean(m_source, m_disambiguation);
        return substituted(ko.isEmpty() ? english : ko, lang);
    }
    case Lang::Both: {
        const QString ko = korean(m_source, m_disambiguation);
        if (ko.isEmpty() || ko == english)
            return substituted(english, lang);
        // "한국어 / English": an argument both halves name is rendered in each half's language; one that
        // only one half names is shown there in both languages, so neither reader misses it.
        Text koHalf = *this, enHalf = *this;
        for (size_t i = 0; i < m_args.size(); ++i) {
            const QString mark = QLatin1Char('%') + QString::number(i + 1);
            const bool inBoth = namesArg(ko, mark) && namesArg(english, mark);
            koHalf.m_args[i] = verbatim(m_args[i].render(inBoth ? Lang::Korean : Lang::Both));
            enHalf.m_args[i] = verbatim(m_args[i].render(inBoth ? Lang::English : Lang::Both));
        }
        return koHalf.substituted(ko, Lang::Korean) + QStringLiteral(" / ") + enHalf.substituted(english, Lang::English);
    }
    }
    return substituted(english, lang);
}

QString render(const Text &text, Lang lang) { return text.render(lang); }

} // namespace gc
