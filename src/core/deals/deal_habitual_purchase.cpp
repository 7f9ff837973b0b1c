// Buying as a habit, not a deal (see deal_habitual_purchase.h).
#include "deal_habitual_purchase.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kSpan = 4;  // "for" + "many" / "thirty" + "years"
constexpr std::size_t kNear = 8;  // "For thirty years Armenia bought", "bought wheat from Russia for years"

// Buying and selling only: a flow received ("Italy receives most of the gas") is left to the trade-flow
// rules.
bool trade_verb(std::string_view w) {
  return in_words(w, {"buy", "buys", "bought", "buying", "purchased", "sold", "sells"});
}

bool years_word(std::string_view w) {
  return w == "years" || w == "decades";
}

// "most of its heavy weapons", "almost every rifle", "nearly all its gas": a share of a whole.
bool share_object(const LexedText& t, LexRange c, std::size_t b) {
  std::size_t k = b + 1;
  if (k < c.e && t.is(k, "also")) ++k;
  if (k + 1 >= c.e) return false;
  if (t.is(k, "most") && t.is(k + 1, "of")) return true;
  return (t.is(k, "almost") || t.is(k, "nearly")) && (t.is(k + 1, "every") || t.is(k + 1, "all"));
}

// Whether lexeme k opens a span of time: "for years", "for thirty years", "since the 1990s", "in recent
// years", "at a remarkable pace".
bool span_at(const LexedText& t, LexRange c, std::size_t k) {
  if (t.is(k, "for")) {
    for (std::size_t j = k + 1; j < c.e && j <= k + kSpan; ++j)
      if (years_word(t.low(j))) return true;
    return false;
  }
  if (t.is(k, "since") && t.is(k + 1, "the") && k + 2 < c.e) {
    // "1990s", lexed whole or as "1990" + "s".
    std::string_view d = t.low(k + 2);
    if (t.lex[k + 2].kind != LexKind::Number || d.size() < 4 || d[3] != '0') return false;
    return (d.size() == 5 && d.back() == 's') || (d.size() == 4 && t.joined(k + 2) && t.is(k + 3, "s"));
  }
  // "in recent years", "over the years", "over the past decade".
  if ((t.is(k, "in") && t.is(k + 1, "recent")) || (t.is(k, "over") && t.is(k + 1, "the")))
    for (std::size_t j = k + 2; j < c.e && j <= k + kSpan; ++j)
      if (years_word(t.low(j)) || t.is(j, "decade")) return true;
  if (!t.is(k, "at")) return false;
  for (std::size_t j = k + 1; j < c.e && j <= k + kSpan; ++j)
    if (t.is(j, "pace")) return true;
  return false;
}

// "has bought wheat for years, including a contract for 480,000 tonnes": the habit heads the deals it
// lists, which the list rules read against it.
bool lists_after(const LexedText& t, std::size_t k) {
  for (std::size_t j = k + 1; j < t.lex.size() && j <= k + kSpan + 2; ++j)
    if (t.is(j, "including")) return true;
  return false;
}

// A span of time near the verb at b in clause c, with no punctuation and no number between them: "For
// thirty years Armenia bought", "has bought wheat from Russia for years".
bool habit_span(const LexedText& t, LexRange c, std::size_t b) {
  for (std::size_t k = b; k > c.b && k + kNear > b; --k) {
    if (t.lex[k - 1].kind == LexKind::Punct) break;
    if (span_at(t, c, k - 1)) return true;
  }
  for (std::size_t k = b + 1; k < c.e && k <= b + kNear; ++k) {
    if (t.lex[k].kind == LexKind::Number || t.lex[k].kind == LexKind::Punct) return false;
    if (span_at(t, c, k)) return !lists_after(t, k);
  }
  return false;
}

}  // namespace

bool habitual_purchase(const LexedText& t, LexRange c, std::size_t b) {
  if (!trade_verb(t.low(b))) return false;
  return share_object(t, c, b) || habit_span(t, c, b);
}

}  // namespace entente
