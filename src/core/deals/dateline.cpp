// Dateline detection and the relative times that take the dateline's year.
#include "dateline.h"

#include <array>
#include <string_view>

#include "deal_year_clock.h"

namespace entente {
namespace {

constexpr std::size_t kDatelineBytes = 600;
constexpr std::size_t kMaxLead = 6;
constexpr std::size_t kClosingBytes = 400;

constexpr std::array<std::string_view, 19> kMonthWords = {
    "january",  "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan",      "feb",   "aug",   "sept", "sep",  "oct",    "nov",       "dec"};

constexpr std::array<std::string_view, 10> kDayWords = {"monday", "tuesday",  "wednesday", "thursday",
                                                        "friday", "saturday", "sunday",    "yesterday",
                                                        "today",  "tonight"};

// Lexemes between the start of the line holding lexeme i and i.
std::size_t lead_lexemes(const LexedText& t, std::size_t i) {
  std::size_t n = 0;
  for (std::size_t k = i; k > 0; --k, ++n) {
    std::string_view gap = t.text.substr(t.lex[k - 1].end, t.lex[k].start - t.lex[k - 1].end);
    if (gap.find('\n') != std::string_view::npos) break;
  }
  return n;
}

template <std::size_t N>
bool in_list(std::string_view w, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

bool dated(const DateSpan& d) {
  return d.year && (d.month || d.canonical.find('-') != std::string::npos);
}

// "Source: Sputnik News, November 20, 2023" as the text's closing lines: a source or publication line
// with its date.
int closing_year(const LexedText& t, const std::vector<DateSpan>& dates) {
  constexpr std::size_t kMaxSourceLead = 10;
  for (auto d = dates.rbegin(); d != dates.rend(); ++d) {
    if (d->first >= t.lex.size() || t.lex[d->first].start + kClosingBytes < t.text.size()) break;
    std::size_t lead = lead_lexemes(t, d->first);
    std::string_view w = t.low(d->first - lead);
    bool source = w == "source" || w == "posted" || w == "published" || w == "updated";
    if (dated(*d) && lead <= kMaxSourceLead && source) return d->year;
  }
  return 0;
}

// "to be delivered in June", "due in March": a time of delivery or a deadline (a delivery or due word up to
// four lexemes before the month at k).
bool target_before(const LexedText& t, std::size_t b, std::size_t k) {
  for (std::size_t j = k; j > b && j + 5 > k; --j) {
    std::string_view w = t.low(j - 1);
    if (w == "delivered" || w == "delivery" || w == "deliveries" || w == "due" || w == "expected" ||
        w == "completed" || w == "scheduled")
      return true;
  }
  return false;
}

}  // namespace

const DateSpan* dateline_span(const LexedText& t, const std::vector<DateSpan>& dates) {
  for (const DateSpan& d : dates) {
    if (d.first >= t.lex.size() || t.lex[d.first].start >= kDatelineBytes) break;
    if (dated(d) && lead_lexemes(t, d.first) <= kMaxLead) return &d;
  }
  return nullptr;
}

int dateline_year(const LexedText& t, const std::vector<DateSpan>& dates) {
  const DateSpan* top = dateline_span(t, dates);
  return top ? top->year : closing_year(t, dates);
}

int dateline_month(const LexedText& t, const std::vector<DateSpan>& dates) {
  for (const DateSpan& d : dates) {
    if (d.first >= t.lex.size() || t.lex[d.first].start >= kDatelineBytes) break;
    if (!dated(d) || lead_lexemes(t, d.first) > kMaxLead) continue;
    if (d.month) return d.month;
    const std::string& c = d.canonical;  // "2025-02-19"
    bool iso = c.size() >= 7 && c[4] == '-' && c[5] >= '0' && c[5] <= '1' && c[6] >= '0' && c[6] <= '9';
    return iso ? (c[5] - '0') * 10 + (c[6] - '0') : 0;
  }
  return 0;
}

int month_named(const LexedText& t, std::size_t b, std::size_t e) {
  static constexpr std::array<std::string_view, 12> kFull = {"january",   "february", "march",    "april",
                                                             "may",       "june",     "july",     "august",
                                                             "september", "october",  "november", "december"};
  for (std::size_t k = b; k < e && k < t.lex.size(); ++k) {
    if (!t.capitalized(k) || k == b ||
        !(t.is(k - 1, "in") || t.is(k - 1, "on") || t.is(k - 1, "late") || t.is(k - 1, "early")))
      continue;
    std::string_view w = t.low(k);
    for (std::size_t m = 0; m < kFull.size(); ++m)
      if (w == kFull[m] && !target_before(t, b, k)) return static_cast<int>(m) + 1;
  }
  return 0;
}

bool dateline_relative(const LexedText& t, const std::vector<DateSpan>& dates, std::size_t b, std::size_t e) {
  for (const DateSpan& d : dates)
    if (d.first >= b && d.first < e && d.year) return false;  // the sentence names its own year
  if (day_time(t, b, e)) return true;  // "this morning", a live blog's "09:40" entry stamp
  for (std::size_t k = b; k < e && k < t.lex.size(); ++k) {
    std::string_view w = t.low(k);
    if (in_list(w, kDayWords)) return true;
    if (t.capitalized(k) && in_list(w, kMonthWords)) return true;
    // "in May", "early May": the modal verb is never preceded by these.
    if (w == "may" && t.capitalized(k) && k > b &&
        (t.is(k - 1, "in") || t.is(k - 1, "early") || t.is(k - 1, "late") || t.is(k - 1, "since")))
      return true;
    bool next = k + 1 < e;
    if (w == "this" && next && (t.is(k + 1, "year") || t.is(k + 1, "month") || t.is(k + 1, "week")))
      return true;
    // "bought $500m of bonds last month": a month or week before the story's day, taken as in its year.
    if (w == "last" && next && (t.is(k + 1, "month") || t.is(k + 1, "week"))) return true;
    if (w == "recent" && next && (t.is(k + 1, "weeks") || t.is(k + 1, "days") || t.is(k + 1, "months")))
      return true;
  }
  return false;
}

}  // namespace entente
