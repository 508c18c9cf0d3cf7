#pragma once

#include <QString>

#include <concepts>
#include <type_traits>
#include <utility>
#include <vector>

namespace gc {

// The language a Text is rendered in: Korean, English, both as "한국어 / English" (the CLI, the server's
// JSON), or the app's current language (the translator the app installed; English without one).
enum class Lang { Korean, English, Both, Ui };

// Words for a person: an English source marked for lupdate in the one C++ context "gc", plus its
// arguments; the Korean comes from the catalogue when rendered. Arguments that are Text render in the
// same language. `Text::verbatim` holds words that are not translated (a path, SQLite's own message).
//   gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (%1)"), why)
// Glue without words ("%1: %2") is passed unmarked: it has no translation and renders as it is.
// One English source with two Korean translations is told apart by a disambiguation, as lupdate reads it:
//   gc::tx(QT_TRANSLATE_NOOP3("gc", "added", "outsideedits"), …)   (ko.tsv: English<TAB>Korean<TAB>disambiguation)
// Where a local variable is named `tx` (a Transaction), write gc::tx.
struct Disambiguated {
    const char *source;
    const char *disambiguation;
};

class Text {
public:
    Text() = default;
    Text(const char *source, std::vector<Text> args) : m_source(source), m_args(std::move(args)) {}
    Text(Disambiguated source, std::vector<Text> args)
        : m_source(source.source), m_disambiguation(source.disambiguation), m_args(std::move(args))
    {
    }
    static Text verbatim(QString words);
    // Words a record holds in both languages (a check's message read back from an event, a catalogue's
    // ko and en columns): data, rendered by choosing a half (inLanguage), never looked up.
    static Text recorded(QString ko, QString en);

    bool isEmpty() const { return m_source == nullptr && m_words.isEmpty() && m_english.isEmpty(); }
    // The English source ("" for verbatim words): what the catalogue is keyed by.
    const char *source() const { return m_source; }
    QString render(Lang lang) const;

private:
    QString substituted(const QString &format, Lang lang) const;

    const char *m_source = nullptr;
    const char *m_disambiguation = nullptr;
    QString m_words;   // verbatim words, or the Korean half of recorded words
    QString m_english; // the English half of recorded words
    bool m_recorded = false;
    std::vector<Text> m_args;
};

QString render(const Text &text, Lang lang);

// The one way to choose between words kept as data in both languages (a catalogue's ko/en columns, a
// reason or check message stored in an event): Korean or English, the other half when that one is
// empty; Both "한국어 / English" (one half alone when the other is empty); Ui the language of the app's
// locale (QLocale(), which AppShell sets with its translator): English when it is English, else Korean.
QString inLanguage(Lang lang, const QString &ko, const QString &en);
// The app's language as Korean or English, from QLocale's default (what AppShell sets with its translator):
// for what is not words from the catalogue (data columns, date formats). English when it is English.
Lang localeLanguage();

// The Korean of an English source from the catalogue embedded in gc_base; empty when it has none.
QString korean(const char *source, const char *disambiguation = nullptr);

namespace detail {
inline Text textArg(Text t) { return t; }
inline Text textArg(const QString &s) { return Text::verbatim(s); }
inline Text textArg(QStringView s) { return Text::verbatim(s.toString()); }
inline Text textArg(QLatin1StringView s) { return Text::verbatim(QString(s)); }
inline Text textArg(QChar c) { return Text::verbatim(QString(c)); }
template <typename N>
    requires(std::is_arithmetic_v<N> && !std::is_same_v<N, bool> && !std::is_same_v<N, char>)
Text textArg(N n)
{
    return Text::verbatim(QString::number(n));
}
} // namespace detail

// A Text from a marked English source and its arguments (%1, %2, … in order): Text, QString or a number
// (formatted as QString::number does, like QString::arg).
template <typename... Args>
Text tx(const char *source, Args &&...args)
{
    return Text(source, std::vector<Text>{detail::textArg(std::forward<Args>(args))...});
}

template <typename... Args>
Text tx(Disambiguated source, Args &&...args)
{
    return Text(source, std::vector<Text>{detail::textArg(std::forward<Args>(args))...});
}

} // namespace gc
