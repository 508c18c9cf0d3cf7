#pragma once

#include "text.h"

#include <QString>

#include <span>

namespace gc::core {

// One value of a closed list (category, method, status, variant): stable code plus labels.
struct CatalogEntry {
    const char *code;
    const char *ko;
    const char *en;
    const char *codePrefix = ""; // categories only: the middle part of readable codes (GC-SIGN-000123)
};

// The closed lists of the inventory; codes are what the files store, labels what people read.
namespace catalog {
std::span<const CatalogEntry> categories();
std::span<const CatalogEntry> methods();
std::span<const CatalogEntry> statuses();
std::span<const CatalogEntry> variants();

// Finds an entry by code or by Korean/English label (case- and space-insensitive); nullptr if none.
const CatalogEntry *find(std::span<const CatalogEntry> list, const QString &codeOrLabel);
bool isValid(std::span<const CatalogEntry> list, const QString &code);
QString labelKo(std::span<const CatalogEntry> list, const QString &code);
// The label in `lang` (the ko and en columns chosen by gc::inLanguage); the code itself when the list
// has no such entry. Without a language: the user's (Lang::Ui: English when QLocale's default is English).
QString label(const CatalogEntry &e, Lang lang = Lang::Ui);
QString label(std::span<const CatalogEntry> list, const QString &code, Lang lang = Lang::Ui);
// "a (ko), b (ko), …" for error messages that tell the user what is allowed.
QString allowedValues(std::span<const CatalogEntry> list);
} // namespace catalog

} // namespace gc::core
