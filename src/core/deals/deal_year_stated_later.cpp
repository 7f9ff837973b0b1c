// Signing years told in a follow-up sentence (see deal_year_stated_later.h).
#include "deal_year_stated_later.h"

#include <string>
#include <string_view>

namespace entente {

namespace {

// "in 2025", "October 2025": four digits in a row.
bool has_year(const std::string& s) {
  int run = 0;
  for (char c : s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// The word of `s` that ends at `end` (spaces before `end` skipped); `end` moves to its start.
std::string_view word_before(std::string_view s, std::size_t* end) {
  std::size_t e = *end;
  while (e > 0 && s[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && s[b - 1] != ' ' && s[b - 1] != ',') --b;
  *end = b;
  return s.substr(b, e - b);
}

// "concluded in 2025", "reached in October 2025", "signed on 3 May 2025": the date follows a signing word
// (not "work would end in 2028").
bool signing_date(const Deal& later) {
  std::string_view text = later.evidence.text;
  std::size_t at = text.find(*later.date_text);
  if (at == std::string_view::npos) return false;
  std::string_view w = word_before(text, &at);
  if (w == "in" || w == "on") w = word_before(text, &at);
  for (std::string_view x : {"concluded", "reached", "signed", "agreed", "struck", "inked", "made",
                             "finalised", "finalized", "sealed"})
    if (w == x) return true;
  return false;
}

}  // namespace

bool year_stated_later(const Deal& prev, const Deal& later) {
  if (!later.year || !later.date_text || !has_year(*later.date_text) || !signing_date(later)) return false;
  return !prev.date_text || !has_year(*prev.date_text);
}

}  // namespace entente
