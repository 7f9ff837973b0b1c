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

}  // namespace

bool agreed_to_study(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  constexpr std::size_t kNear = 6;  // "to study a second undersea electricity interconnection"
  for (std::size_t k = b; k > c.b && k + kNear > b; --k) {
    if (breaks_object(t, k - 1)) return false;
    if (!study_verb(t.low(k - 1))) continue;
    std::size_t v = k - 1;  // the study verb
    // "agreed to study", "also agreed to study": the agreeing verb right before "to".
    return v >= c.b + 2 && t.is(v - 1, "to") && agree_verb(t.low(v - 2));
  }
  return false;
}

}  // namespace entente
