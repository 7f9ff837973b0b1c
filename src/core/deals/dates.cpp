// Date scanner over lexemes. Month names must be capitalised unless the whole text is lower case, so "may"
// the verb is not a month.
#include "dates.h"

#include <array>
#include <cstdio>
#include <string_view>

namespace entente {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                      "may",       "june",     "july",     "august",
                                                      "september", "october",  "november", "december"};

// One bit per month name and per 3- or 4-letter start of one, at bit (hash mod 256): a clear bit rejects
// most other capitalised words at once.
constexpr std::array<std::uint64_t, 4> kMonthFilter = [] {
  std::array<std::uint64_t, 4> f{};
  for (std::string_view m : kMonths)
    for (std::uint64_t h : {word_hash(m), word_hash(m.substr(0, 3)), word_hash(m.substr(0, 4))})
      f[(h % 256) / 64] |= std::uint64_t(1) << (h % 64);
  return f;
}();

int month_of(const LexedText& t, std::size_t i) {
  if (i >= t.lex.size() || t.lex[i].kind != LexKind::Word || !t.capitalized(i)) return 0;
  if (!((kMonthFilter[(t.hash[i] % 256) / 64] >> (t.hash[i] % 64)) & 1)) return 0;
  std::string_view w = t.low(i);
  // Every month name or abbreviation has 3 to 9 letters and starts with one of these.
  if (w.size() < 3 || w.size() > 9 || std::string_view("jfmasond").find(w[0]) == std::string_view::npos)
    return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m][0] != w[0]) continue;
    if (w == kMonths[m]) return int(m) + 1;
    if (w.size() >= 3 && w.size() <= 4 && kMonths[m].substr(0, w.size()) == w && w != "mar" && w != "may")
      return t.is(i + 1, ".") || w.size() == 3 ? int(m) + 1 : 0;
  }
  return 0;
}

int int_of(const LexedText& t, std::size_t i, int lo, int hi) {
  if (i >= t.lex.size() || t.lex[i].kind != LexKind::Number) return 0;
  std::string_view r = t.raw(i);
  if (r.size() > 4) return 0;
  int v = 0;
  for (char c : r) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : 0;
}

int year_at(const LexedText& t, std::size_t i) {
  return int_of(t, i, 1800, 2100);
}

// "1980s" / "1980's" at i: a four-digit year with a plural suffix names a decade.
bool decade_at(const LexedText& t, std::size_t i) {
  if (!t.joined(i)) return false;
  if (t.is(i + 1, "s")) return true;
  return (t.is(i + 1, "'") || t.is(i + 1, "\xE2\x80\x99")) && t.joined(i + 1) && t.is(i + 2, "s");
}

// A day number at i with an optional ordinal suffix; returns the lexeme after it or 0.
std::size_t day_at(const LexedText& t, std::size_t i, int* day) {
  *day = int_of(t, i, 1, 31);
  if (!*day) return 0;
  std::size_t j = i + 1;
  if (j < t.lex.size() && t.joined(i) && (t.is(j, "st") || t.is(j, "nd") || t.is(j, "rd") || t.is(j, "th")))
    ++j;
  return j;
}

std::string iso(int y, int m, int d) {
  if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {  // never from year_at; kept exact
    char buf[40];
    std::snprintf(buf, sizeof buf, d ? "%04d-%02d-%02d" : m ? "%04d-%02d" : "%04d", y, m, d);
    return buf;
  }
  char buf[10] = {char('0' + y / 1000),
                  char('0' + y / 100 % 10),
                  char('0' + y / 10 % 10),
                  char('0' + y % 10),
                  '-',
                  char('0' + m / 10),
                  char('0' + m % 10),
                  '-',
                  char('0' + d / 10),
                  char('0' + d % 10)};
  return std::string(buf, d ? 10 : m ? 7 : 4);
}

// "02/07/2025" at i: day and month (or month and day; the one over 12 is the day) and a four-digit year,
// joined by slashes. Sets the span and returns true when it is one.
bool numeric_date(const LexedText& t, std::size_t i, DateSpan* d) {
  int a = int_of(t, i, 1, 31), b = int_of(t, i + 2, 1, 31), y = year_at(t, i + 4);
  if (!a || !b || !y || t.raw(i + 4).size() != 4 || !t.is(i + 1, "/") || !t.is(i + 3, "/")) return false;
  if (!t.joined(i) || !t.joined(i + 1) || !t.joined(i + 2) || !t.joined(i + 3) || (a > 12 && b > 12))
    return false;
  d->first = i, d->end = i + 5, d->year = y;
  d->month = b > 12 ? a : b, d->day = b > 12 ? b : a;
  return true;
}

// "Month day[, year]" / "day Month[ year]" / "Month year" at i; an abbreviated month may keep its point
// ("Sept. 3, 2025").
bool simple_date(const LexedText& t, std::size_t i, DateSpan* d) {
  if (numeric_date(t, i, d)) return true;
  int m = month_of(t, i), day = 0;
  std::size_t j = 0;
  std::size_t after = m && t.is(i + 1, ".") && t.joined(i) ? i + 2 : i + 1;  // past "Sept."
  if (m) {
    if ((j = day_at(t, after, &day))) {
      std::size_t k = t.is(j, ",") ? j + 1 : j;
      if (int y = year_at(t, k)) d->year = y, j = k + 1;
    } else if (int y = year_at(t, after)) {
      d->year = y, j = after + 1;
    } else {
      return false;
    }
  } else if ((j = day_at(t, i, &day)) && (m = month_of(t, j))) {
    j = j + 1;
    if (int y = year_at(t, j)) d->year = y, ++j;
  } else {
    return false;
  }
  d->first = i, d->end = j, d->month = m, d->day = day;
  return true;
}

constexpr std::array<std::string_view, 5> kRelative = {"last", "this", "next", "previous", "latter"};
constexpr std::array<std::uint64_t, 5> kRelativeHash = {word_hash(kRelative[0]), word_hash(kRelative[1]),
                                                        word_hash(kRelative[2]), word_hash(kRelative[3]),
                                                        word_hash(kRelative[4])};

// One bit per relative word, at bit (hash mod 64): a clear bit rejects most other words at once.
constexpr std::uint64_t kRelativeFilter = [] {
  std::uint64_t f = 0;
  for (std::uint64_t h : kRelativeHash) f |= std::uint64_t(1) << (h % 64);
  return f;
}();

bool relative_word(const LexedText& t, std::size_t i) {
  if (i >= t.lex.size() || !((kRelativeFilter >> (t.hash[i] % 64)) & 1)) return false;
  for (std::size_t k = 0; k < kRelative.size(); ++k)  // integers first: bytes only on an equal hash
    if (t.hash[i] == kRelativeHash[k]) return t.is(i, kRelative[k]);
  return false;
}

// Whether a date can start at lexeme i: a number, a capitalised word (a month) or a relative word.
bool may_start_date(const LexedText& t, std::size_t i) {
  return t.lex[i].kind == LexKind::Number || t.capitalized(i) || relative_word(t, i);
}

// Capitalised words that may stand before a year in a title or a heading ("Signed In 2019", "The 2019 Deal").
constexpr std::array<std::string_view, 30> kBeforeYear = {
    "in",     "by",  "since", "from", "until", "till",   "to",      "for",    "after",  "before",
    "during", "and", "or",    "late", "early", "summer", "winter",  "spring", "autumn", "fall",
    "the",    "of",  "at",    "on",   "as",    "about",  "between", "within", "its",    "their"};

// "Mirage 2000-5": a year-like number right after a capitalised name inside a sentence
// (not a month, not a word that opens a time) and joined by a hyphen to a one-digit variant number names a
// model, and is not a date. An edition's year stays one ("AMAN 2017", "Eagles of Civilization 2025").
bool named_number(const LexedText& t, std::size_t i) {
  if (i < 2 || t.lex[i - 1].kind != LexKind::Word || !t.capitalized(i - 1) || month_of(t, i - 1))
    return false;
  if (t.lex[i - 2].kind == LexKind::Punct || t.lex[i - 2].kind == LexKind::Number) return false;
  if (!t.is(i + 1, "-") || !t.joined(i) || !t.joined(i + 1) || t.raw(i + 2).size() != 1 ||
      !int_of(t, i + 2, 0, 9))
    return false;
  std::string_view w = t.low(i - 1);
  if (w.size() < 3 || w.find_first_of("0123456789") != std::string_view::npos) return false;
  for (std::string_view b : kBeforeYear)
    if (w == b) return false;
  return true;
}

bool relative_date(const LexedText& t, std::size_t i, DateSpan* d) {
  if (!relative_word(t, i)) return false;
  if (!(t.is(i + 1, "year") || t.is(i + 1, "month") || t.is(i + 1, "week"))) return false;
  d->first = i, d->end = i + 2, d->relative = true, d->canonical = "relative";
  return true;
}

// A simple date at d extended to a range when one follows: "October 21, to November 4, 2018", "April 6-7",
// "6-7 April 2019"; sets the canonical form of a dated one.
void extend_to_range(const LexedText& t, DateSpan* d) {
  std::size_t k = t.is(d->end, ",") ? d->end + 1 : d->end;
  DateSpan e;
  int day2 = 0;
  bool dash = t.is(k, "-") || t.is(k, "\xE2\x80\x93");
  if ((t.is(k, "to") || t.is(k, "until") || t.is(k, "till") || dash) && simple_date(t, k + 1, &e)) {
    int y = e.year ? e.year : d->year;
    d->canonical = y ? iso(y, d->month, d->day) + "/" + iso(y, e.month, e.day) : "";
    d->year = y, d->end = e.end;
  } else if (dash && d->day && !d->year && day_at(t, k + 1, &day2)) {
    d->end = day_at(t, k + 1, &day2);
  } else if (d->year) {
    d->canonical = iso(d->year, d->month, d->day);
  }
}

// A year at i ("2019", "2017-22", "FY2024-25"): 1 with *d filled; -1 for a year's digits that are no date
// ("the late 1980s", "2018-km"); 0 when no year is at i.
int year_date(const LexedText& t, std::size_t i, DateSpan* d) {
  int y = year_at(t, i);
  if (!y || t.raw(i).size() != 4 || named_number(t, i)) return 0;
  if (decade_at(t, i)) return -1;  // "the late 1980s": a decade, not a year
  d->first = i, d->end = i + 1, d->year = y, d->canonical = iso(y, 0, 0);
  bool fiscal = i > 0 && (t.is(i - 1, "fy") || (t.is(i - 1, "year") && i > 1 && t.is(i - 2, "fiscal")));
  if (t.is(i + 1, "-") && t.joined(i) && int_of(t, i + 2, 0, 99) && t.raw(i + 2).size() == 2) {
    d->end = i + 3;
    d->canonical = std::string(fiscal ? "FY" : "") + std::string(t.raw(i)) + "-" + std::string(t.raw(i + 2));
  } else if (t.is(i + 1, "-") && t.joined(i) && i + 2 < t.lex.size() && t.lex[i + 2].kind == LexKind::Word) {
    return -1;  // "2018-km": not a date
  }
  if (t.is(i - 1, "fy") && t.joined(i - 1)) d->first = i - 1;
  return 1;
}

}  // namespace

std::vector<DateSpan> find_dates(const LexedText& t, const std::vector<std::uint8_t>& taken) {
  std::vector<DateSpan> out;
  std::size_t i = 0, n = t.lex.size();
  while (i < n) {
    if (taken[i] || !may_start_date(t, i)) {
      ++i;
      continue;
    }
    DateSpan d;
    bool found = false;
    if (simple_date(t, i, &d)) {
      extend_to_range(t, &d);
      found = true;
    } else if (int year = year_date(t, i, &d); year != 0) {
      found = year > 0;
    } else {
      found = relative_date(t, i, &d);
    }
    if (!found) {
      ++i;
      continue;
    }
    out.push_back(std::move(d));
    i = out.back().end;
  }
  return out;
}

}  // namespace entente
