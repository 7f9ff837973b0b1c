// Facilities the two sides agreed to study (see deal_agreed_study.h).
#include "deal_agreed_study.h"

#include <string_view>

namespace entente {

namespace {

bool study_verb(std::string_view w) {
  return w == "study" || w == "explore" || w == "examine" || w == "consider";
}

bool agree_verb(std::string_view w) {
  return w == "agreed" || w == "agree" || w == "agrees" || w == "decided";
}

// "and", a comma or any other punctuation ends the verb's object.
bool breaks_object(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return w == "and" || w == "or" || w == "," || w == ";" || w == ":" || w == "." || w == "(";
}

// "agreed to study", "agreed on Tuesday to study": an agreeing verb right before the "to" at k, or before a
// short time phrase (at most three lexemes, no punctuation) that ends there.
bool agreed_before(const LexedText& t, LexRange c, std::size_t k) {
  for (std::size_t j = k; j > c.b && j + 4 > k; --j) {
    if (agree_verb(t.low(j - 1))) return true;
    if (breaks_object(t, j - 1)) return false;
  }
  return false;
}

}  // namespace

bool agreed_to_study(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  constexpr std::size_t kNear = 6;  // "to study a second undersea electricity interconnection"
  for (std::size_t k = b; k > c.b && k + kNear > b; --k) {
    if (breaks_object(t, k - 1)) return false;
    if (!study_verb(t.low(k - 1))) continue;
    std::size_t v = k - 1;  // the study verb
    return v > c.b && t.is(v - 1, "to") && agreed_before(t, c, v - 1);
  }
  return false;
}

}  // namespace entente
