// The story's home side (deal_home_side.h).
#include "deal_home_side.h"

#include <algorithm>
#include <cstdint>

namespace entente {

namespace {

constexpr std::uint32_t kTop = 800;  // bytes of the text that may hold the dateline

// True when lexeme k is a word of upper-case letters only, of at least three ("DUSHANBE").
bool upper_word(const LexedText& t, std::size_t k) {
  std::string_view w = t.raw(k);
  if (w.size() < 3 || t.lex[k].kind != LexKind::Word) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// True when lexeme k opens a line.
bool line_start(const LexedText& t, std::size_t k) {
  std::uint32_t s = t.lex[k].start;
  return s == 0 || t.text[s - 1] == '\n';
}

// The country of the dateline's place, or empty.
std::string_view dateline_country(const FillContext& f) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = 0; k < t.lex.size() && t.lex[k].start < kTop; ++k) {
    if (!line_start(t, k) || !upper_word(t, k)) continue;
    std::size_t e = k + 1;
    while (e < t.lex.size() && e < k + 3 && upper_word(t, e)) ++e;  // "NEW DELHI"
    if (!t.is(e, ",")) continue;
    NameSet c = countries_in(f, {k, e});
    return c.size() == 1 ? *c.begin() : std::string_view{};
  }
  return {};
}

}  // namespace

std::string_view home_side(const FillContext& f, const NameSet& p) {
  std::string_view home = dateline_country(f);
  bool paired = std::find(f.main_pair.begin(), f.main_pair.end(), home) != f.main_pair.end();
  if (!home.empty() && paired && !p.count(home)) return home;
  return f.main_pair[0];
}

}  // namespace entente
